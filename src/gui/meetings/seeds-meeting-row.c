/* seeds-meeting-row.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "meetings/seeds-meeting-row.h"
#include "model/seeds-text.h"

/* A meeting in the sidebar: its title, and its date below. */
struct _SeedsMeetingRow
{
  GtkListBoxRow  parent_instance;

  SeedsMeeting  *meeting;
  GtkLabel      *title_label;
  GtkLabel      *date_label;
};

G_DEFINE_FINAL_TYPE (SeedsMeetingRow, seeds_meeting_row, GTK_TYPE_LIST_BOX_ROW)

static void
update (SeedsMeetingRow *self)
{
  g_autofree char *date = seeds_date_format (seeds_meeting_get_date (self->meeting));
  g_autofree char *accessible = g_strdup_printf ("%s, %s", seeds_meeting_get_title (self->meeting), date);

  gtk_label_set_text (self->title_label, seeds_meeting_get_title (self->meeting));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->title_label), seeds_meeting_get_title (self->meeting));
  gtk_label_set_text (self->date_label, date);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static void
seeds_meeting_row_dispose (GObject *object)
{
  SeedsMeetingRow *self = (SeedsMeetingRow *)object;

  if (self->meeting != NULL)
    g_signal_handlers_disconnect_by_data (self->meeting, self);
  g_clear_object (&self->meeting);

  G_OBJECT_CLASS (seeds_meeting_row_parent_class)->dispose (object);
}

static void
seeds_meeting_row_class_init (SeedsMeetingRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = seeds_meeting_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/meetings/seeds-meeting-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SeedsMeetingRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsMeetingRow, date_label);
}

static void
seeds_meeting_row_init (SeedsMeetingRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
seeds_meeting_row_new (SeedsMeeting *meeting)
{
  SeedsMeetingRow *self;

  g_return_val_if_fail (SEEDS_IS_MEETING (meeting), NULL);

  self = g_object_new (SEEDS_TYPE_MEETING_ROW, NULL);
  self->meeting = g_object_ref (meeting);
  g_signal_connect_swapped (meeting, "notify", G_CALLBACK (update), self);
  update (self);

  return GTK_WIDGET (self);
}

SeedsMeeting *
seeds_meeting_row_get_meeting (SeedsMeetingRow *self)
{
  g_return_val_if_fail (SEEDS_IS_MEETING_ROW (self), NULL);

  return self->meeting;
}
