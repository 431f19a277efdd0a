/* seeds-meeting-part.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "meetings/seeds-meeting-part.h"
#include "seeds-widget-util.h"

/* What the scoring page, the overview and the factor panel have in common:
 * they show one meeting from the store and follow its changes. A change
 * is shown once the write is done (from an idle), so that a widget that
 * made it is not replaced while it still handles the click; and a part
 * that is hidden catches up when it is shown, not after every score. */
typedef struct
{
  SeedsStore       *store;
  SeedsFramework   *framework;
  SeedsMeeting     *meeting;
  gulong            changed_id;
  guint             update_id;
  SeedsStoreChange  pending;
} SeedsMeetingPartPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (SeedsMeetingPart, seeds_meeting_part, GTK_TYPE_WIDGET)

static void
run_pending (SeedsMeetingPart *self)
{
  SeedsMeetingPartPrivate *priv = seeds_meeting_part_get_instance_private (self);
  SeedsStoreChange change = priv->pending;

  priv->pending = 0;
  if (change != 0 && priv->meeting != NULL)
    seeds_meeting_part_update (self, change);
}

static gboolean
update_idle (gpointer user_data)
{
  SeedsMeetingPart *self = user_data;
  SeedsMeetingPartPrivate *priv = seeds_meeting_part_get_instance_private (self);

  priv->update_id = 0;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    run_pending (self);

  return G_SOURCE_REMOVE;
}

static void
on_store_changed (SeedsStore       *store,
                  guint             change,
                  SeedsMeetingPart *self)
{
  SeedsMeetingPartPrivate *priv = seeds_meeting_part_get_instance_private (self);

  change &= SEEDS_MEETING_PART_GET_CLASS (self)->changes;
  if (change == 0)
    return;

  priv->pending |= change;
  if (priv->update_id == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    priv->update_id = g_idle_add (update_idle, self);
}

static void
seeds_meeting_part_map (GtkWidget *widget)
{
  run_pending (SEEDS_MEETING_PART (widget));

  GTK_WIDGET_CLASS (seeds_meeting_part_parent_class)->map (widget);
}

static void
seeds_meeting_part_dispose (GObject *object)
{
  SeedsMeetingPart *self = SEEDS_MEETING_PART (object);
  SeedsMeetingPartPrivate *priv = seeds_meeting_part_get_instance_private (self);

  if (priv->store != NULL)
    g_clear_signal_handler (&priv->changed_id, priv->store);
  g_clear_handle_id (&priv->update_id, g_source_remove);
  g_clear_object (&priv->store);
  g_clear_object (&priv->framework);
  g_clear_object (&priv->meeting);

  seeds_widget_remove_children (GTK_WIDGET (self));

  G_OBJECT_CLASS (seeds_meeting_part_parent_class)->dispose (object);
}

static void
seeds_meeting_part_class_init (SeedsMeetingPartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = seeds_meeting_part_dispose;
  widget_class->map = seeds_meeting_part_map;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
seeds_meeting_part_init (SeedsMeetingPart *self)
{
}

/**
 * seeds_meeting_part_set_context:
 * @meeting: (nullable): the meeting to show
 */
void
seeds_meeting_part_set_context (SeedsMeetingPart *self,
                                SeedsStore       *store,
                                SeedsFramework   *framework,
                                SeedsMeeting     *meeting)
{
  SeedsMeetingPartPrivate *priv = seeds_meeting_part_get_instance_private (self);

  g_return_if_fail (SEEDS_IS_MEETING_PART (self));
  g_return_if_fail (SEEDS_IS_STORE (store));
  g_return_if_fail (SEEDS_IS_FRAMEWORK (framework));

  if (priv->store != store)
    {
      if (priv->store != NULL)
        g_clear_signal_handler (&priv->changed_id, priv->store);
      g_set_object (&priv->store, store);
      priv->changed_id = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed), self);
    }

  g_set_object (&priv->framework, framework);
  g_set_object (&priv->meeting, meeting);
  priv->pending = 0;

  /* A lazy part that nobody sees catches up when it is shown. */
  if (SEEDS_MEETING_PART_GET_CLASS (self)->lazy && !gtk_widget_get_mapped (GTK_WIDGET (self)))
    priv->pending = SEEDS_STORE_CHANGE_ALL;
  else
    seeds_meeting_part_update (self, SEEDS_STORE_CHANGE_ALL);
}

/* Shows the meeting again now, after @change. */
void
seeds_meeting_part_update (SeedsMeetingPart *self,
                           SeedsStoreChange  change)
{
  g_return_if_fail (SEEDS_IS_MEETING_PART (self));

  SEEDS_MEETING_PART_GET_CLASS (self)->update (self, change);
}

SeedsStore *
seeds_meeting_part_get_store (SeedsMeetingPart *self)
{
  SeedsMeetingPartPrivate *priv = seeds_meeting_part_get_instance_private (self);

  g_return_val_if_fail (SEEDS_IS_MEETING_PART (self), NULL);

  return priv->store;
}

SeedsFramework *
seeds_meeting_part_get_framework (SeedsMeetingPart *self)
{
  SeedsMeetingPartPrivate *priv = seeds_meeting_part_get_instance_private (self);

  g_return_val_if_fail (SEEDS_IS_MEETING_PART (self), NULL);

  return priv->framework;
}

/* (nullable) */
SeedsMeeting *
seeds_meeting_part_get_meeting (SeedsMeetingPart *self)
{
  SeedsMeetingPartPrivate *priv = seeds_meeting_part_get_instance_private (self);

  g_return_val_if_fail (SEEDS_IS_MEETING_PART (self), NULL);

  return priv->meeting;
}
