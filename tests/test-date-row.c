/* test-date-row.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "seeds-date-row.h"
#include "seeds-test-window.h"

typedef struct
{
  GtkWindow    *window;
  SeedsDateRow *row;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *list = gtk_list_box_new ();

  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->row = g_object_new (SEEDS_TYPE_DATE_ROW, "title", "Due Date", NULL);
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (fixture->row));
  gtk_window_set_child (fixture->window, list);
  gtk_window_present (fixture->window);
  seeds_test_iterate ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  seeds_test_iterate ();
}

static void
type (Fixture    *fixture,
      const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (fixture->row), text);
}

/* Each form of the issue, typed, is the date meant */
static void
test_typed (Fixture       *fixture,
            gconstpointer  data)
{
  static const char *forms[] = { "15-1-2027", "15 januari 2027", "15 January 2027", "2027-01-15" };

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      seeds_date_row_set_date (fixture->row, "2026-06-01");
      type (fixture, forms[i]);
      g_assert_cmpstr (seeds_date_row_get_date (fixture->row), ==, "2027-01-15");
      g_assert_true (seeds_date_row_get_valid (fixture->row));
    }

  /* Without a year: this year's, last year's or next year's 15 January */
  type (fixture, "15 jan");
  g_assert_true (g_str_has_suffix (seeds_date_row_get_date (fixture->row), "-01-15"));
}

/* Enter shows the date understood in words; what is not understood is
 * marked, and the last date stays */
static void
test_shown_and_refused (Fixture       *fixture,
                        gconstpointer  data)
{
  type (fixture, "15-1-2027");
  g_signal_emit_by_name (fixture->row, "entry-activated");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture->row)), ==, "15 January 2027");

  type (fixture, "31-2-2027");
  g_assert_false (seeds_date_row_get_valid (fixture->row));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (fixture->row), "error"));
  g_assert_cmpstr (seeds_date_row_get_date (fixture->row), ==, "2027-01-15");
  g_signal_emit_by_name (fixture->row, "entry-activated");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture->row)), ==, "31-2-2027");

  /* Empty is "no date" only where none is allowed */
  type (fixture, "");
  g_assert_false (seeds_date_row_get_valid (fixture->row));
  seeds_date_row_set_allow_none (fixture->row, TRUE);
  type (fixture, "15-1-2027");
  type (fixture, "");
  g_assert_true (seeds_date_row_get_valid (fixture->row));
  g_assert_null (seeds_date_row_get_date (fixture->row));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (fixture->row), "error"));
}

/* A screen reader hears the title and the date, never a button "None" */
static void
test_accessible_name (Fixture       *fixture,
                      gconstpointer  data)
{
  seeds_date_row_set_allow_none (fixture->row, TRUE);
  seeds_date_row_set_date (fixture->row, NULL);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (fixture->row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Due Date: none");
  type (fixture, "15-1-2027");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (fixture->row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Due Date: 15 January 2027");
}

static GtkWidget *
find_child_of_type (GtkWidget *widget,
                    GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_child_of_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
press (GtkWidget *widget,
       guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, (GdkModifierType) 0, &handled);
    }

  return handled;
}

static char *
calendar_date (GtkCalendar *calendar)
{
  g_autoptr(GDateTime) when = gtk_calendar_get_date (calendar);

  return g_date_time_format (when, "%Y-%m-%d");
}

/* The calendar opens on the chosen date, and the keys move from there */
static void
test_calendar_keys (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkMenuButton *button = GTK_MENU_BUTTON (find_child_of_type (GTK_WIDGET (fixture->row), GTK_TYPE_MENU_BUTTON));
  GtkWidget *popover = GTK_WIDGET (gtk_menu_button_get_popover (button));
  GtkCalendar *calendar = GTK_CALENDAR (find_child_of_type (popover, GTK_TYPE_CALENDAR));
  g_autofree char *opened = NULL;
  g_autofree char *moved = NULL;

  seeds_date_row_set_date (fixture->row, "2027-01-15");
  gtk_menu_button_popup (button);
  seeds_test_iterate ();
  opened = calendar_date (calendar);
  g_assert_cmpstr (opened, ==, "2027-01-15");
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (calendar)));

  g_assert_true (press (GTK_WIDGET (calendar), GDK_KEY_Right));
  g_assert_true (press (GTK_WIDGET (calendar), GDK_KEY_Down));
  g_assert_true (press (GTK_WIDGET (calendar), GDK_KEY_Page_Down));
  moved = calendar_date (calendar);
  g_assert_cmpstr (moved, ==, "2027-02-23");
  g_assert_cmpstr (seeds_date_row_get_date (fixture->row), ==, "2027-01-15");

  g_assert_true (press (GTK_WIDGET (calendar), GDK_KEY_Return));
  seeds_test_iterate ();
  g_assert_cmpstr (seeds_date_row_get_date (fixture->row), ==, "2027-02-23");
  g_assert_false (gtk_widget_get_visible (popover));
}

int
main (int   argc,
      char *argv[])
{
  /* The accessible name is read from GTK's test context, off any bus */
  g_setenv ("GTK_A11Y", "test", TRUE);
  seeds_test_window_init (&argc, &argv);

  g_test_add ("/date-row/typed", Fixture, NULL, fixture_set_up, test_typed, fixture_tear_down);
  g_test_add ("/date-row/shown-and-refused", Fixture, NULL, fixture_set_up, test_shown_and_refused, fixture_tear_down);
  g_test_add ("/date-row/accessible-name", Fixture, NULL, fixture_set_up, test_accessible_name, fixture_tear_down);
  g_test_add ("/date-row/calendar-keys", Fixture, NULL, fixture_set_up, test_calendar_keys, fixture_tear_down);

  return seeds_test_window_run ();
}
