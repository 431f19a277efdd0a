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
#include "model/seeds-date-parse.h"
#include "model/seeds-string.h"
#include "model/seeds-text.h"

/* A row to type a date in, as people write one ("15-1-2027", "15 jan",
 * "15 januari 2027"; seeds_date_parse()), with a calendar beside it as an
 * aid. The date is "YYYY-MM-DD", or NULL ("none") when allow-none is set
 * and the row is empty. What was typed is rewritten as the date understood
 * when the row loses focus, so nobody saves a date they did not mean. */
struct _SeedsDateRow
{
  AdwEntryRow    parent_instance;

  GtkMenuButton *button;
  GtkCalendar   *calendar;
  GtkButton     *clear_button;

  char          *date;
  gboolean       allow_none;
  gboolean       valid;
  gboolean       updating;
};

G_DEFINE_FINAL_TYPE (SeedsDateRow, seeds_date_row, ADW_TYPE_ENTRY_ROW)

enum {
  PROP_0,
  PROP_DATE,
  PROP_ALLOW_NONE,
  PROP_VALID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A screen reader hears the row's title and its date in one name, "Date:
 * 15 January 2027", "Due Date: none", rather than a button called "None". */
static void
update_accessible_name (SeedsDateRow *self)
{
  g_autofree char *shown = self->date ? seeds_date_format (self->date) : NULL;
  g_autofree char *name = NULL;

  /* Translators: the accessible name of a date field: its title, then the
   * date, e.g. "Date: 15 January 2027" */
  name = g_strdup_printf (_("%s: %s"),
                          adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self)),
                          /* Translators: a date field without a date */
                          shown ? shown : C_("date", "none"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/* Shows the date understood, without a change of its own */
static void
show_date (SeedsDateRow *self)
{
  g_autofree char *shown = self->date ? seeds_date_format (self->date) : NULL;

  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self), shown ? shown : "");
  self->updating = FALSE;
}

static void
set_valid (SeedsDateRow *self,
           gboolean      valid)
{
  if (valid)
    gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self), "error");

  if (self->valid == valid)
    return;

  self->valid = valid;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
}

static void
store_date (SeedsDateRow *self,
            const char   *date)
{
  if (!seeds_set_string (&self->date, date))
    return;

  update_accessible_name (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

static void
on_text_changed (GtkEditable  *editable,
                 SeedsDateRow *self)
{
  g_autofree char *today = NULL;
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;

  if (self->updating)
    return;

  text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));
  if (*text == '\0')
    {
      if (self->allow_none)
        store_date (self, NULL);
      set_valid (self, self->allow_none);
      return;
    }

  today = seeds_date_today ();
  date = seeds_date_parse (text, today);
  if (date != NULL)
    store_date (self, date);
  set_valid (self, date != NULL);
}

static void
on_focus_leave (GtkEventControllerFocus *controller,
                SeedsDateRow            *self)
{
  if (self->valid)
    show_date (self);
}

static void
on_entry_activated (AdwEntryRow  *row,
                    SeedsDateRow *self)
{
  if (self->valid)
    show_date (self);
}

/* The calendar opens on the chosen date, or today, with the keyboard's
 * focus there too: arrows move from that day, not from the first cell. */
static void
on_popover_show (GtkWidget    *popover,
                 SeedsDateRow *self)
{
  g_autoptr(GDateTime) when = NULL;
  int year, month, day;

  if (self->date != NULL && sscanf (self->date, "%d-%d-%d", &year, &month, &day) == 3)
    when = g_date_time_new_local (year, month, day, 12, 0, 0);
  if (when == NULL)
    when = g_date_time_new_now_local ();

  self->updating = TRUE;
  gtk_calendar_select_day (self->calendar, when);
  self->updating = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->clear_button), self->date != NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->calendar));
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

/* GtkCalendar's own keyboard focus starts in the top-left cell whatever
 * day is selected, and the API cannot move it. So the keys move the
 * selected day itself, from the chosen date: arrows by a day or a week,
 * Page Up and Page Down by a month; Enter or Space takes it. */
static gboolean
on_calendar_key (GtkEventControllerKey *controller,
                 guint                  keyval,
                 guint                  keycode,
                 GdkModifierType        state,
                 SeedsDateRow          *self)
{
  g_autoptr(GDateTime) shown = gtk_calendar_get_date (self->calendar);
  g_autoptr(GDateTime) moved = NULL;

  switch (keyval)
    {
    case GDK_KEY_Left: case GDK_KEY_KP_Left:
      moved = g_date_time_add_days (shown, gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL ? 1 : -1);
      break;
    case GDK_KEY_Right: case GDK_KEY_KP_Right:
      moved = g_date_time_add_days (shown, gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL ? -1 : 1);
      break;
    case GDK_KEY_Up: case GDK_KEY_KP_Up:
      moved = g_date_time_add_days (shown, -7);
      break;
    case GDK_KEY_Down: case GDK_KEY_KP_Down:
      moved = g_date_time_add_days (shown, 7);
      break;
    case GDK_KEY_Page_Up: case GDK_KEY_KP_Page_Up:
      moved = g_date_time_add_months (shown, -1);
      break;
    case GDK_KEY_Page_Down: case GDK_KEY_KP_Page_Down:
      moved = g_date_time_add_months (shown, 1);
      break;
    case GDK_KEY_Return: case GDK_KEY_KP_Enter: case GDK_KEY_ISO_Enter:
    case GDK_KEY_space: case GDK_KEY_KP_Space:
      self->updating = FALSE;
      on_day_selected (self->calendar, self);
      return GDK_EVENT_STOP;
    default:
      return GDK_EVENT_PROPAGATE;
    }

  self->updating = TRUE;
  gtk_calendar_select_day (self->calendar, moved);
  self->updating = FALSE;
  return GDK_EVENT_STOP;
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

    case PROP_VALID:
      g_value_set_boolean (value, self->valid);
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
  properties[PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static GtkWidget *
create_calendar_button (SeedsDateRow *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  const char *label = _("Choose from Calendar");
  GtkEventController *keys;

  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  self->clear_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_No Date")));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->calendar));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->clear_button));
  gtk_popover_set_child (GTK_POPOVER (popover), box);

  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->button, "x-office-calendar-symbolic");
  gtk_menu_button_set_popover (self->button, popover);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_set_valign (GTK_WIDGET (self->button), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->button), "flat");

  g_signal_connect (popover, "show", G_CALLBACK (on_popover_show), self);
  g_signal_connect (self->calendar, "day-selected", G_CALLBACK (on_day_selected), self);
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_calendar_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self->calendar), keys);
  g_signal_connect (self->clear_button, "clicked", G_CALLBACK (on_clear_clicked), self);

  return GTK_WIDGET (self->button);
}

static void
seeds_date_row_init (SeedsDateRow *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), create_calendar_button (self));
  gtk_widget_add_controller (GTK_WIDGET (self), focus);

  g_signal_connect (self, "changed", G_CALLBACK (on_text_changed), self);
  g_signal_connect (self, "entry-activated", G_CALLBACK (on_entry_activated), self);
  g_signal_connect (focus, "leave", G_CALLBACK (on_focus_leave), self);
  g_signal_connect_swapped (self, "notify::title", G_CALLBACK (update_accessible_name), self);

  gtk_widget_set_visible (GTK_WIDGET (self->clear_button), FALSE);
  update_accessible_name (self);
}

const char *
seeds_date_row_get_date (SeedsDateRow *self)
{
  g_return_val_if_fail (SEEDS_IS_DATE_ROW (self), NULL);

  return self->date;
}

/**
 * seeds_date_row_set_date:
 * @date: (nullable): "YYYY-MM-DD", or %NULL for none
 *
 * Sets the date and shows it as words, whatever was typed before.
 */
void
seeds_date_row_set_date (SeedsDateRow *self,
                         const char   *date)
{
  g_return_if_fail (SEEDS_IS_DATE_ROW (self));
  g_return_if_fail (date == NULL || seeds_date_is_valid (date));

  store_date (self, date);
  show_date (self);
  set_valid (self, date != NULL || self->allow_none);
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
  gtk_widget_set_visible (GTK_WIDGET (self->clear_button), allow_none);
  set_valid (self, self->date != NULL || allow_none);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALLOW_NONE]);
}

/**
 * seeds_date_row_get_valid:
 *
 * Returns: whether what the row holds is a date understood, or empty
 *   where no date is allowed
 */
gboolean
seeds_date_row_get_valid (SeedsDateRow *self)
{
  g_return_val_if_fail (SEEDS_IS_DATE_ROW (self), FALSE);

  return self->valid;
}
