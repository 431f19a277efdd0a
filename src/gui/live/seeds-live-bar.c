/* seeds-live-bar.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "live/seeds-live-bar.h"

/* At the foot of the main window while a live round runs: which meeting,
 * how many have answered (never who), the address to give, and Stop.
 * The window may be on the projector too, so it says no more than the
 * projector may. */
struct _SeedsLiveBar
{
  AdwBin          parent_instance;

  SeedsLiveRound *round;
  char           *meeting_title;
  GtkRevealer    *revealer;
  GtkLabel       *label;
  GtkLabel       *address_label;
};

G_DEFINE_FINAL_TYPE (SeedsLiveBar, seeds_live_bar, ADW_TYPE_BIN)

static void
update (SeedsLiveBar *self)
{
  gboolean running = self->round != NULL && seeds_live_round_get_running (self->round);
  g_autofree char *text = NULL;

  gtk_revealer_set_reveal_child (self->revealer, running);
  if (!running)
    return;

  /* Translators: the live round of a meeting runs; %s is the meeting's title, %u how many have answered */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Live round of “%s”: %u member has answered",
                                       "Live round of “%s”: %u members have answered",
                                       seeds_live_round_get_n_answered (self->round)),
                          self->meeting_title, seeds_live_round_get_n_answered (self->round));
  gtk_label_set_text (self->label, text);
  gtk_label_set_text (self->address_label, seeds_live_round_get_short_url (self->round));
}

static void
on_round_changed (SeedsLiveRound *round,
                  GParamSpec     *pspec,
                  SeedsLiveBar   *self)
{
  update (self);
}

static void
seeds_live_bar_dispose (GObject *object)
{
  SeedsLiveBar *self = (SeedsLiveBar *)object;

  seeds_live_bar_set_round (self, NULL, NULL);

  G_OBJECT_CLASS (seeds_live_bar_parent_class)->dispose (object);
}

static void
seeds_live_bar_class_init (SeedsLiveBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = seeds_live_bar_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/live/seeds-live-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, SeedsLiveBar, revealer);
  gtk_widget_class_bind_template_child (widget_class, SeedsLiveBar, label);
  gtk_widget_class_bind_template_child (widget_class, SeedsLiveBar, address_label);
}

static void
seeds_live_bar_init (SeedsLiveBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* The round to show (nullable: none), of the meeting called @meeting_title */
void
seeds_live_bar_set_round (SeedsLiveBar   *self,
                          SeedsLiveRound *round,
                          const char     *meeting_title)
{
  g_return_if_fail (SEEDS_IS_LIVE_BAR (self));
  g_return_if_fail (round == NULL || SEEDS_IS_LIVE_ROUND (round));

  if (self->round != NULL)
    g_signal_handlers_disconnect_by_data (self->round, self);
  g_set_object (&self->round, round);
  g_free (self->meeting_title);
  self->meeting_title = g_strdup (meeting_title);
  if (round != NULL)
    {
      g_signal_connect (round, "notify::running", G_CALLBACK (on_round_changed), self);
      g_signal_connect (round, "notify::n-answered", G_CALLBACK (on_round_changed), self);
    }
  update (self);
}

/* What the bar says: "Live round of “…”: 3 members have answered" */
const char *
seeds_live_bar_get_text (SeedsLiveBar *self)
{
  g_return_val_if_fail (SEEDS_IS_LIVE_BAR (self), NULL);

  return gtk_revealer_get_reveal_child (self->revealer) ? gtk_label_get_text (self->label) : NULL;
}
