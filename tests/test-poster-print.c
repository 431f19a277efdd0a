/* test-poster-print.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "model/seeds-language.h"
#include "poster/seeds-poster-dialog.h"
#include "poster/seeds-poster-print-operation.h"
#include "seeds-preferences-window.h"
#include "seeds-test-tools.h"
#include "seeds-test-window.h"

/* Printing the poster from the real window: the choices of the Print
 * Poster dialog, the print operation that draws it on its paper, and the
 * preference of where its QR codes link to. Printing exports a PDF here,
 * as "Print to File" would, without the print dialog. */

#define BASE_URL "https://example.org/seeds"

static char *
fixture_path (SeedsTestWindow *fixture,
              const char      *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

/* Chooses the item of a combo row that shows @name. */
static void
choose (gpointer    dialog,
        const char *row_title,
        const char *name)
{
  GtkWidget *row = seeds_test_find_row (GTK_WIDGET (dialog), row_title);
  GListModel *model;

  g_assert_true (ADW_IS_COMBO_ROW (row));
  model = adw_combo_row_get_model (ADW_COMBO_ROW (row));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (model), i), name))
      {
        adw_combo_row_set_selected (ADW_COMBO_ROW (row), i);
        seeds_test_iterate ();
        return;
      }

  g_error ("The row “%s” has no “%s”", row_title, name);
}

static const char *
chosen (gpointer    dialog,
        const char *row_title)
{
  GtkWidget *row = seeds_test_find_row (GTK_WIDGET (dialog), row_title);
  GListModel *model = adw_combo_row_get_model (ADW_COMBO_ROW (row));

  return gtk_string_list_get_string (GTK_STRING_LIST (model), adw_combo_row_get_selected (ADW_COMBO_ROW (row)));
}

static gboolean
action_enabled (SeedsTestWindow *fixture,
                const char      *name)
{
  return g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window), name);
}

/* Print Poster… works from the first start, without a community: the
 * paper, orientation and language chosen in its dialog make the PDF. */
static void
test_print_from_dialog (SeedsTestWindow *fixture,
                        gconstpointer    data)
{
  g_autofree char *pdf = fixture_path (fixture, "poster.pdf");
  double width, height;
  gpointer dialog;

  seeds_test_window_open (fixture);
  g_assert_cmpstr (seeds_window_get_page (fixture->window), ==, "welcome");
  g_assert_true (action_enabled (fixture, "print-poster"));
  fixture->window->print_to_file = g_strdup (pdf);

  seeds_test_window_activate (fixture, "win.print-poster");
  dialog = seeds_test_find_dialog (SEEDS_TYPE_POSTER_DIALOG);

  /* The command line's paper, and the app's language */
  g_assert_cmpstr (chosen (dialog, "Paper"), ==, "A2");
  g_assert_cmpstr (chosen (dialog, "Orientation"), ==, "Portrait");
  g_assert_cmpstr (chosen (dialog, "Language"), ==, "English");
  g_assert_true (seeds_test_shows_text (dialog, "For dot stickers of up to 19 mm"));
  /* What the codes hold on the paper chosen, as the poster says */
  g_assert_true (seeds_test_shows_text (dialog, "its QR codes hold each factor’s title and what it "
                                                "means"));

  choose (dialog, "Paper", "A3");
  g_assert_true (seeds_test_shows_text (dialog, "its QR codes hold each factor’s title, which"));
  choose (dialog, "Orientation", "Landscape");
  choose (dialog, "Language", "Nederlands");
  g_assert_true (seeds_test_shows_text (dialog, "For the common dot stickers of 12 mm"));
  g_assert_cmpint (seeds_poster_dialog_get_paper (dialog), ==, SEEDS_PAPER_A3);
  g_assert_true (seeds_poster_dialog_get_landscape (dialog));
  g_assert_cmpstr (seeds_poster_dialog_get_language (dialog), ==, "nl");

  seeds_test_respond (dialog, SEEDS_POSTER_DIALOG_PRINT);

  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  seeds_test_assert_titles (pdf, "nl");
  seeds_paper_get_size (SEEDS_PAPER_A3, TRUE, &width, &height);
  g_assert_cmpfloat (width, >, height);
  seeds_test_assert_page (pdf, width, height);

  /* With a learning community the poster is in its menu too. */
  seeds_test_create_community (fixture, "Field lab");
  g_assert_cmpstr (seeds_window_get_page (fixture->window), ==, "main");
  g_assert_true (action_enabled (fixture, "print-poster"));
}

/* Cancel prints nothing; a base URL in the settings that cannot be used
 * is said, and nothing is printed either. */
static void
test_nothing_printed (SeedsTestWindow *fixture,
                      gconstpointer    data)
{
  g_autofree char *pdf = fixture_path (fixture, "poster.pdf");
  gpointer dialog;

  seeds_test_window_open (fixture);
  fixture->window->print_to_file = g_strdup (pdf);

  seeds_test_window_activate (fixture, "win.print-poster");
  dialog = seeds_test_find_dialog (SEEDS_TYPE_POSTER_DIALOG);
  seeds_test_respond (dialog, "cancel");
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));

  /* Only the preferences' check keeps such an address out of the key. */
  g_settings_set_string (fixture->window->settings, "poster-base-url", "ftp://example.org/seeds");
  seeds_test_window_activate (fixture, "win.print-poster");
  dialog = seeds_test_find_dialog (SEEDS_TYPE_POSTER_DIALOG);
  g_assert_true (seeds_test_shows_text (dialog, "link to the factor pages at ftp://example.org/seeds"));
  seeds_test_respond (dialog, SEEDS_POSTER_DIALOG_PRINT);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (fixture->window), "is not a web address"));

  g_settings_reset (fixture->window->settings, "poster-base-url");
}

/* The operation on its own: the paper it sets up, and what it refuses. */
static void
test_operation (SeedsTestWindow *fixture,
                gconstpointer    data)
{
  g_autofree char *pdf = fixture_path (fixture, "poster-a4.pdf");
  g_autoptr(SeedsPosterPrintOperation) operation = NULL;
  g_autoptr(SeedsPosterPrintOperation) refused = NULL;
  g_autoptr(GError) error = NULL;
  GtkPageSetup *setup;
  double width, height;

  operation = seeds_poster_print_operation_new (NULL, "en", BASE_URL, SEEDS_PAPER_A4, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (seeds_poster_print_operation_get_paper (operation), ==, SEEDS_PAPER_A4);
  g_assert_false (seeds_poster_print_operation_get_landscape (operation));
  g_assert_cmpstr (seeds_poster_get_language (seeds_poster_print_operation_get_poster (operation)), ==, "en");
  g_assert_cmpstr (seeds_poster_get_base_url (seeds_poster_print_operation_get_poster (operation)), ==, BASE_URL);

  setup = gtk_print_operation_get_default_page_setup (GTK_PRINT_OPERATION (operation));
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (setup)), ==, "iso_a4");
  g_assert_cmpint (gtk_page_setup_get_orientation (setup), ==, GTK_PAGE_ORIENTATION_PORTRAIT);
  g_assert_cmpfloat (gtk_page_setup_get_top_margin (setup, GTK_UNIT_POINTS), ==, 0);
  g_assert_cmpfloat (gtk_page_setup_get_left_margin (setup, GTK_UNIT_POINTS), ==, 0);

  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), pdf);
  g_assert_cmpint (gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_EXPORT,
                                            NULL, &error), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  seeds_test_assert_titles (pdf, "en");
  seeds_paper_get_size (SEEDS_PAPER_A4, FALSE, &width, &height);
  seeds_test_assert_page (pdf, width, height);

  refused = seeds_poster_print_operation_new (NULL, "fr", NULL, SEEDS_PAPER_A2, FALSE, &error);
  g_assert_null (refused);
  g_assert_error (error, SEEDS_LANGUAGE_ERROR, SEEDS_LANGUAGE_ERROR_UNSUPPORTED);
  g_clear_error (&error);

  refused = seeds_poster_print_operation_new (NULL, "nl", "https://example.org/?q", SEEDS_PAPER_A2, FALSE, &error);
  g_assert_null (refused);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
}

static void
apply (GtkWidget  *row,
       const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (row, "apply");
  seeds_test_iterate ();
}

/* The address of the factor pages is stored only when it is one; empty
 * goes back to codes that hold the explanation. The map's tiles from
 * OpenStreetMap have their switch. */
/* The stored address of the factor pages. */
static void
assert_base_url (GSettings  *settings,
                 const char *expected)
{
  g_autofree char *base_url = g_settings_get_string (settings, "poster-base-url");

  g_assert_cmpstr (base_url, ==, expected);
}

static void
test_preferences (SeedsTestWindow *fixture,
                  gconstpointer    data)
{
  GSettings *settings;
  GtkWidget *preferences;
  GtkWidget *row;
  GtkWidget *tiles;

  seeds_test_window_open (fixture);
  settings = fixture->window->settings;
  g_action_group_activate_action (G_ACTION_GROUP (seeds_test_window_get_app ()), "preferences", NULL);
  seeds_test_iterate ();
  preferences = seeds_test_find_dialog (SEEDS_TYPE_PREFERENCES_WINDOW);

  row = seeds_test_find_row (preferences, "Factor pages on the web");
  g_assert_true (ADW_IS_ENTRY_ROW (row));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "");

  apply (row, " " BASE_URL " ");
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  g_assert_null (gtk_widget_get_tooltip_text (row));
  assert_base_url (settings, BASE_URL);

  apply (row, "ftp://example.org/seeds");
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_nonnull (gtk_widget_get_tooltip_text (row));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (row), "is not a web address"));
  assert_base_url (settings, BASE_URL);

  apply (row, BASE_URL "?page=1");
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  assert_base_url (settings, BASE_URL);

  apply (row, "");
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  assert_base_url (settings, "");

  tiles = seeds_test_find_row (preferences, "Show OpenStreetMap tiles when online");
  g_assert_true (ADW_IS_ACTION_ROW (tiles));
  g_assert_false (g_settings_get_boolean (settings, "online-map-tiles"));
  adw_action_row_activate (ADW_ACTION_ROW (tiles));
  g_assert_true (g_settings_get_boolean (settings, "online-map-tiles"));

  gtk_window_destroy (GTK_WINDOW (preferences));

  /* A stored address is shown the next time. */
  g_settings_set_string (settings, "poster-base-url", BASE_URL);
  g_action_group_activate_action (G_ACTION_GROUP (seeds_test_window_get_app ()), "preferences", NULL);
  seeds_test_iterate ();
  preferences = seeds_test_find_dialog (SEEDS_TYPE_PREFERENCES_WINDOW);
  row = seeds_test_find_row (preferences, "Factor pages on the web");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, BASE_URL);
  gtk_window_destroy (GTK_WINDOW (preferences));

  g_settings_reset (settings, "poster-base-url");
  g_settings_reset (settings, "online-map-tiles");
}

int
main (int   argc,
      char *argv[])
{
  seeds_test_window_init (&argc, &argv);

#define ADD(path, func) SEEDS_TEST_ADD_WINDOW (path, func)
  ADD ("/poster-print/print-from-dialog", test_print_from_dialog);
  ADD ("/poster-print/nothing-printed", test_nothing_printed);
  ADD ("/poster-print/operation", test_operation);
  ADD ("/poster-print/preferences", test_preferences);
#undef ADD

  return seeds_test_window_run ();
}
