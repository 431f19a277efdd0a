/* seeds-damage-banner.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "recovery/seeds-damage-banner.h"

/* A bar across the window that says so when the check of the whole
 * database, after start-up, finds it damaged: the file is kept as it is
 * and no more backups are made of it; work can go on, or the window can
 * reopen on the recovery page (::recover), which offers the newest good
 * backup or a salvage. libadwaita 1.2 has no AdwBanner. */

struct _SeedsDamageBanner
{
  AdwBin                parent_instance;

  SeedsBackupScheduler *scheduler;
  GtkRevealer          *revealer;
};

G_DEFINE_FINAL_TYPE (SeedsDamageBanner, seeds_damage_banner, ADW_TYPE_BIN)

enum {
  RECOVER,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update (SeedsDamageBanner *self)
{
  gboolean damaged = self->scheduler != NULL &&
                     seeds_backup_scheduler_get_damage (self->scheduler) != NULL;

  if (damaged)
    gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
  gtk_revealer_set_reveal_child (self->revealer, damaged);
}

/* A revealer measures its child even while it is hidden: the banner's
 * paragraph was laid out at every start-up. So the banner is only
 * visible while it shows, or slides. */
static void
on_child_revealed (SeedsDamageBanner *self)
{
  if (!gtk_revealer_get_reveal_child (self->revealer) &&
      !gtk_revealer_get_child_revealed (self->revealer))
    gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

static void
on_recover_clicked (SeedsDamageBanner *self)
{
  g_signal_emit (self, signals[RECOVER], 0);
}

static void
seeds_damage_banner_dispose (GObject *object)
{
  SeedsDamageBanner *self = SEEDS_DAMAGE_BANNER (object);

  seeds_damage_banner_set_scheduler (self, NULL);

  G_OBJECT_CLASS (seeds_damage_banner_parent_class)->dispose (object);
}

static void
seeds_damage_banner_class_init (SeedsDamageBannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = seeds_damage_banner_dispose;

  /**
   * SeedsDamageBanner::recover:
   *
   * The user asked to recover the damaged database.
   */
  signals[RECOVER] =
    g_signal_new ("recover",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/recovery/seeds-damage-banner.ui");
  gtk_widget_class_bind_template_child (widget_class, SeedsDamageBanner, revealer);
  gtk_widget_class_bind_template_callback (widget_class, on_recover_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_child_revealed);
}

static void
seeds_damage_banner_init (SeedsDamageBanner *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * seeds_damage_banner_set_scheduler:
 * @scheduler: (nullable): what checks the database in use
 *
 * Shows the banner while @scheduler says the database is damaged.
 */
void
seeds_damage_banner_set_scheduler (SeedsDamageBanner    *self,
                                   SeedsBackupScheduler *scheduler)
{
  g_return_if_fail (SEEDS_IS_DAMAGE_BANNER (self));
  g_return_if_fail (scheduler == NULL || SEEDS_IS_BACKUP_SCHEDULER (scheduler));

  if (self->scheduler != NULL)
    g_signal_handlers_disconnect_by_func (self->scheduler, update, self);
  g_set_object (&self->scheduler, scheduler);
  if (scheduler != NULL)
    g_signal_connect_swapped (scheduler, "notify::damaged", G_CALLBACK (update), self);

  update (self);
}

gboolean
seeds_damage_banner_is_shown (SeedsDamageBanner *self)
{
  g_return_val_if_fail (SEEDS_IS_DAMAGE_BANNER (self), FALSE);

  return gtk_revealer_get_reveal_child (self->revealer);
}
