/* test-frameworks-window.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "framework/seeds-framework-editor-private.h"
#include "framework/seeds-frameworks-window.h"
#include "model/seeds-framework.h"
#include "seeds-test-window.h"

/* The list of frameworks from the main menu, driven as a facilitator
 * would: adapt the research's framework under a name of their own,
 * reword it, keep it, edit it again into a second edition, and save it
 * as a file that reads back; and Adapt Framework… on a community, which
 * then uses the adaptation for its next meetings. */

#define NAME "Onze kas 2026"
#define ID   "onze-kas-2026"

/* The row of @id, edition @edition, in the list */
static GtkWidget *
framework_row (SeedsFrameworksWindow *window,
               const char            *id,
               guint                  edition)
{
  GtkListBox *list = seeds_frameworks_window_get_list (window);

  for (int i = 0; gtk_list_box_get_row_at_index (list, i) != NULL; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, i);

      if (seeds_framework_entry_matches (g_object_get_data (G_OBJECT (row), "entry"), id, edition))
        return GTK_WIDGET (row);
    }

  return NULL;
}

static void
click (GtkWidget  *widget,
       const char *label)
{
  GtkWidget *button = seeds_test_find_button (widget, label);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  seeds_test_iterate ();
}

/* The sidebar's row of a factor */
static GtkListBoxRow *
sidebar_row (SeedsFrameworkEditor *editor,
             const char           *factor_id)
{
  for (int i = 0; gtk_list_box_get_row_at_index (editor->sidebar, i) != NULL; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (editor->sidebar, i);

      if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "id"), factor_id) == 0)
        return row;
    }

  g_assert_not_reached ();
}

/* Types @title as factor 5's Dutch title and presses Save */
static void
retitle_and_save (SeedsFrameworkEditor *editor,
                  const char           *title)
{
  gtk_list_box_select_row (editor->sidebar, sidebar_row (editor, "5"));
  seeds_test_iterate ();
  seeds_test_type_into (editor, "Title in Dutch", title);
  g_signal_emit_by_name (editor->save_button, "clicked");
  seeds_test_iterate ();
}

static SeedsFrameworkEditor *
adapt_as (const char *name)
{
  AdwMessageDialog *dialog = seeds_test_find_dialog (ADW_TYPE_MESSAGE_DIALOG);

  seeds_test_type_into (dialog, "Name", name);
  seeds_test_respond (dialog, "adapt");
  return seeds_test_find_dialog (SEEDS_TYPE_FRAMEWORK_EDITOR);
}

static const char *
dutch_title (SeedsTestWindow *fixture,
             guint            edition)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(SeedsFramework) framework = NULL;

  bytes = seeds_framework_registry_get_bytes (seeds_session_get_frameworks (fixture->window->session),
                                              ID, edition, &error);
  g_assert_no_error (error);
  framework = seeds_framework_new_from_bytes (bytes, ID, "nl", &error);
  g_assert_no_error (error);
  return g_intern_string (seeds_factor_get_title (seeds_framework_lookup_factor (framework, "5")));
}

static void
test_adapt_edit_export (SeedsTestWindow *fixture,
                        gconstpointer    data)
{
  g_autoptr(GFile) file = seeds_test_fixture_file (fixture, "exported.seedsframework");
  g_autoptr(GBytes) exported = NULL;
  g_autoptr(SeedsFramework) framework = NULL;
  g_autoptr(GError) error = NULL;
  SeedsFrameworksWindow *window;
  SeedsFrameworkEditor *editor;

  seeds_test_window_open (fixture);
  seeds_test_window_activate (fixture, "win.frameworks");
  window = seeds_test_find_dialog (SEEDS_TYPE_FRAMEWORKS_WINDOW);
  g_assert_nonnull (framework_row (window, SEEDS_FRAMEWORK_STUDENTS_TEACHERS_ID, 1));
  /* A built-in framework is adapted, never edited */
  g_assert_null (seeds_test_find_button (framework_row (window, SEEDS_FRAMEWORK_DEFAULT_ID, 1), "Edit…"));

  click (framework_row (window, SEEDS_FRAMEWORK_DEFAULT_ID, 1), "Adapt…");
  editor = adapt_as (NAME);
  g_assert_cmpstr (seeds_framework_draft_get_id (editor->draft), ==, ID);
  g_assert_cmpstr (seeds_framework_draft_get_based_on (editor->draft), ==, SEEDS_FRAMEWORK_DEFAULT_ID);

  retitle_and_save (editor, "Samen een toekomstbeeld bouwen");
  SEEDS_TEST_WAIT_UNTIL (framework_row (window, ID, 1) != NULL);
  g_assert_null (seeds_test_lookup_dialog (SEEDS_TYPE_FRAMEWORK_EDITOR));
  g_assert_true (seeds_test_shows_text (framework_row (window, ID, 1), "Adapted · edition 1"));

  /* Edited again: a second edition beside the first */
  click (framework_row (window, ID, 1), "Edit…");
  editor = seeds_test_find_dialog (SEEDS_TYPE_FRAMEWORK_EDITOR);
  retitle_and_save (editor, "Een toekomstbeeld delen");
  SEEDS_TEST_WAIT_UNTIL (framework_row (window, ID, 2) != NULL);
  g_assert_nonnull (framework_row (window, ID, 1));
  g_assert_cmpstr (dutch_title (fixture, 1), ==, "Samen een toekomstbeeld bouwen");
  g_assert_cmpstr (dutch_title (fixture, 2), ==, "Een toekomstbeeld delen");

  /* Save As… writes what the registry keeps; the file reads back */
  g_assert_true (seeds_session_export_framework (fixture->window->session, ID, 2, file, &error));
  g_assert_no_error (error);
  exported = g_file_load_bytes (file, NULL, NULL, &error);
  g_assert_no_error (error);
  framework = seeds_framework_new_from_bytes (exported, "exported.seedsframework", "en", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_framework_get_id (framework), ==, ID);
  g_assert_cmpuint (seeds_framework_get_edition (framework), ==, 2);
  g_assert_cmpstr (seeds_framework_get_based_on (framework), ==, SEEDS_FRAMEWORK_DEFAULT_ID);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Adapt Framework… on a community adapts its framework and, once kept,
 * offers it for the community's next meetings */
static void
test_adapt_for_community (SeedsTestWindow *fixture,
                          gconstpointer    data)
{
  SeedsFrameworkEditor *editor;
  AdwMessageDialog *offer;
  g_autoptr(GPtrArray) communities = NULL;

  seeds_test_window_open (fixture);
  seeds_test_create_community (fixture, "Field lab");
  seeds_test_window_activate (fixture, "win.adapt-framework");
  editor = adapt_as (NAME);
  g_assert_cmpstr (seeds_framework_draft_get_based_on (editor->draft), ==,
                   seeds_community_get_framework_id (fixture->window->community));

  retitle_and_save (editor, "Samen een toekomstbeeld bouwen");
  SEEDS_TEST_WAIT_UNTIL (seeds_test_lookup_dialog (ADW_TYPE_MESSAGE_DIALOG) != NULL);
  offer = seeds_test_find_dialog (ADW_TYPE_MESSAGE_DIALOG);
  seeds_test_respond (offer, "use");

  g_assert_cmpstr (seeds_community_get_framework_id (fixture->window->community), ==, ID);
  communities = seeds_store_list_communities (fixture->window->store, NULL);
  g_assert_cmpstr (seeds_community_get_framework_id (g_ptr_array_index (communities, 0)), ==, ID);
  g_assert_cmpuint (seeds_community_get_framework_edition (g_ptr_array_index (communities, 0)), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  seeds_test_window_init (&argc, &argv);

  SEEDS_TEST_ADD_WINDOW ("/frameworks-window/adapt-edit-export", test_adapt_edit_export);
  SEEDS_TEST_ADD_WINDOW ("/frameworks-window/adapt-for-community", test_adapt_for_community);

  return seeds_test_window_run ();
}
