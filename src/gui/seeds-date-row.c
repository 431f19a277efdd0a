/* seeds-date-row.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "seeds-date-row.h"
#include "model/seeds-string.h"
#include "model/seeds-text.h"

/* A row that shows a date and picks another from a calendar. The date is
 * "YYYY-MM-DD", or NULL ("none") when allow-none is set. */
struct _SeedsDateRow
{
  AdwActionRow  parent_instance;

  GtkMenuButton *button;
  GtkCalendar   *calendar;
  GtkButton     *clear_button;

  char          *date;
  gboolean       allow_none;
  gboolean       updating;
};

G_DEFINE_FINAL_TYPE (SeedsDateRow, seeds_date_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_DATE,
  PROP_ALLOW_NONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_button (SeedsDateRow *self)
{
  g_autofree char *shown = NULL;

  if (self->date != NULL)
    shown = seeds_date_format (self->date);

  gtk_menu_button_set_label (self->button, shown ? shown : _("None"));
  gtk_widget_set_visible (GTK_WIDGET (self->clear_button), self->allow_none);
  gtk_widget_set_sensitive (GTK_WIDGET (self->clear_button), self->date != NULL);

  if (self->date != NULL)
    {
      g_autoptr(GDateTime) when = NULL;
      int year, month, day;

      if (sscanf (self->date, "%d-%d-%d", &year, &month, &day) == 3 &&
          (when = g_date_time_new_local (year, month, day, 12, 0, 0)) != NULL)
        {
          self->updating = TRUE;
          gtk_calendar_select_day (self->calendar, when);
          self->updating = FALSE;
        }
    }
}

static void
on_day_selected (GtkCalendar  *calendar,
                 SeedsDateRow *self)
{
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *date = NULL;

  if (self->updating)
    return;

  when = gtk_calendar_get_date (calendar);
  date = g_date_time_format (when, "%Y-%m-%d");
  seeds_date_row_set_date (self, date);
  gtk_menu_button_popdown (self->button);
}

static void
on_clear_clicked (GtkButton    *button,
                  SeedsDateRow *self)
{
  seeds_date_row_set_date (self, NULL);
  gtk_menu_button_popdown (self->button);
}

static void
seeds_date_row_finalize (GObject *object)
{
  SeedsDateRow *self = (SeedsDateRow *)object;

  g_clear_pointer (&self->date, g_free);

  G_OBJECT_CLASS (seeds_date_row_parent_class)->finalize (object);
}

static void
seeds_date_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SeedsDateRow *self = SEEDS_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_ALLOW_NONE:
      g_value_set_boolean (value, self->allow_none);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
seeds_date_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SeedsDateRow *self = SEEDS_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      seeds_date_row_set_date (self, g_value_get_string (value));
      break;

    case PROP_ALLOW_NONE:
      seeds_date_row_set_allow_none (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
seeds_date_row_class_init (SeedsDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = seeds_date_row_finalize;
  object_class->get_property = seeds_date_row_get_property;
  object_class->set_property = seeds_date_row_set_property;

  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ALLOW_NONE] =
    g_param_spec_boolean ("allow-none", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
seeds_date_row_init (SeedsDateRow *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  self->clear_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_No Date")));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->calendar));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->clear_button));
  gtk_popover_set_child (GTK_POPOVER (popover), box);

  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_popover (self->button, popover);
  gtk_widget_set_valign (GTK_WIDGET (self->button), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->button), "flat");
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), GTK_WIDGET (self->button));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self), GTK_WIDGET (self->button));

  g_signal_connect (self->calendar, "day-selected", G_CALLBACK (on_day_selected), self);
  g_signal_connect (self->clear_button, "clicked", G_CALLBACK (on_clear_clicked), self);

  update_button (self);
}

const char *
seeds_date_row_get_date (SeedsDateRow *self)
{
  g_return_val_if_fail (SEEDS_IS_DATE_ROW (self), NULL);

  return self->date;
}

void
seeds_date_row_set_date (SeedsDateRow *self,
                         const char   *date)
{
  g_return_if_fail (SEEDS_IS_DATE_ROW (self));
  g_return_if_fail (date == NULL || seeds_date_is_valid (date));

  if (!seeds_set_string (&self->date, date))
    return;

  update_button (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

gboolean
seeds_date_row_get_allow_none (SeedsDateRow *self)
{
  g_return_val_if_fail (SEEDS_IS_DATE_ROW (self), FALSE);

  return self->allow_none;
}

void
seeds_date_row_set_allow_none (SeedsDateRow *self,
                               gboolean      allow_none)
{
  g_return_if_fail (SEEDS_IS_DATE_ROW (self));

  allow_none = !!allow_none;
  if (self->allow_none == allow_none)
    return;

  self->allow_none = allow_none;
  update_button (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALLOW_NONE]);
}
