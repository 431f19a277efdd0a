/* test-framework-editor.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "framework/seeds-framework-editor-private.h"
#include "model/seeds-framework.h"
#include "seeds-test-window.h"

/* The framework editor on an adaptation of the research's framework,
 * driven through its widgets as a facilitator would, and the file it
 * saves read back by the app's reader. */

typedef struct
{
  SeedsFrameworkEditor *editor;
  char                 *dir;
  GBytes               *saved;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GBytes) source = seeds_framework_get_builtin_bytes (SEEDS_FRAMEWORK_DEFAULT_ID);
  g_autoptr(SeedsFrameworkDraft) draft = NULL;
  g_autoptr(GError) error = NULL;

  draft = seeds_framework_draft_new_adapted (source, "greenport-2020", "our-adaptation", "Our factors", &error);
  g_assert_no_error (error);

  fixture->dir = g_dir_make_tmp ("seeds-editor-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->editor = g_object_ref_sink (seeds_framework_editor_new (NULL, draft));
  gtk_window_set_default_size (GTK_WINDOW (fixture->editor), 1366, 768);
  gtk_window_present (GTK_WINDOW (fixture->editor));
  seeds_test_iterate ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->editor));
  g_clear_object (&fixture->editor);
  g_clear_pointer (&fixture->saved, g_bytes_unref);
  seeds_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

static void
on_saved (SeedsFrameworkEditor *editor,
          GBytes               *bytes,
          Fixture              *fixture)
{
  g_clear_pointer (&fixture->saved, g_bytes_unref);
  fixture->saved = g_bytes_ref (bytes);
}

/* The sidebar's row of a factor, found by what it shows */
static GtkListBoxRow *
sidebar_row (Fixture    *fixture,
             const char *factor_id)
{
  GtkListBox *sidebar = fixture->editor->sidebar;

  for (int i = 0; gtk_list_box_get_row_at_index (sidebar, i) != NULL; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (sidebar, i);

      if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "id"), factor_id) == 0)
        return row;
    }

  g_assert_not_reached ();
}

static SeedsFramework *
read_saved (GFile      *file,
            const char *language)
{
  g_autoptr(GError) error = NULL;
  SeedsFramework *framework = seeds_framework_new_from_file (file, language, &error);

  g_assert_no_error (error);
  return framework;
}

static void
test_edit_and_save (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "our-adaptation.seedsframework", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsFramework) dutch = NULL;
  g_autoptr(SeedsFramework) english = NULL;

  g_signal_connect (fixture->editor, "saved", G_CALLBACK (on_saved), fixture);

  /* Choosing factor 5 in the sidebar shows its form */
  gtk_list_box_select_row (fixture->editor->sidebar, sidebar_row (fixture, "5"));
  seeds_test_iterate ();
  g_assert_cmpstr (fixture->editor->shown_id, ==, "5");

  g_assert_true (seeds_test_shows_text (GTK_WIDGET (fixture->editor->form), "Building a shared vision of the future"));
  seeds_test_type_into (fixture->editor, "Title in Dutch", "Samen een <toekomst> bouwen & delen");

  /* Factor 9 hidden with its own button */
  gtk_list_box_select_row (fixture->editor->sidebar, sidebar_row (fixture, "9"));
  seeds_test_iterate ();
  g_assert_cmpstr (fixture->editor->shown_id, ==, "9");
  g_signal_emit_by_name (fixture->editor->hide_button, "clicked");
  seeds_test_iterate ();
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (sidebar_row (fixture, "9")), "Hidden"));

  g_assert_true (seeds_framework_editor_save_to_file (fixture->editor, file, &error));
  g_assert_no_error (error);
  g_assert_nonnull (fixture->saved);

  dutch = read_saved (file, "nl");
  english = read_saved (file, "en");
  g_assert_cmpstr (seeds_factor_get_title (seeds_framework_lookup_factor (dutch, "5")), ==,
                   "Samen een <toekomst> bouwen & delen");
  g_assert_cmpstr (seeds_factor_get_title (seeds_framework_lookup_factor (english, "5")), ==,
                   "Building a shared vision of the future");
  g_assert_cmpstr (seeds_factor_get_origin (seeds_framework_lookup_factor (dutch, "5")), ==,
                   "greenport-2020:5");
  g_assert_null (seeds_framework_lookup_factor (dutch, "9"));
  g_assert_cmpuint (seeds_framework_get_n_factors (dutch), ==, 11);
  g_assert_cmpstr (seeds_framework_get_based_on (dutch), ==, SEEDS_FRAMEWORK_DEFAULT_ID);
}

/* A new factor is marked as not in Dutch until its texts are */
static void
test_new_factor_untranslated (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkWidget *add;

  gtk_list_box_select_row (fixture->editor->sidebar, sidebar_row (fixture, "outcomes"));
  seeds_test_iterate ();
  add = seeds_test_find_button (GTK_WIDGET (fixture->editor->form), "Add _Factor");
  g_assert_nonnull (add);
  g_signal_emit_by_name (add, "clicked");
  seeds_test_iterate ();

  g_assert_cmpstr (fixture->editor->shown_id, ==, "13");
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (sidebar_row (fixture, "13")), "Not in Dutch"));
  g_assert_false (seeds_test_shows_text (GTK_WIDGET (sidebar_row (fixture, "12")), "Not in Dutch"));
}

/* A required text left empty: nothing is written, and the reason given */
static void
test_empty_title_not_saved (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "empty.seedsframework", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  seeds_framework_editor_select_factor (fixture->editor, "3");
  seeds_test_type_into (fixture->editor, "Title in English", "");
  g_assert_false (seeds_framework_editor_save_to_file (fixture->editor, file, &error));
  g_assert_error (error, SEEDS_FRAMEWORK_ERROR, SEEDS_FRAMEWORK_ERROR_INVALID);
  g_assert_false (g_file_query_exists (file, NULL));
}

/* A role's factors are chosen with the checks of its factor rows */
static void
test_role_factors (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *expected[] = { "1", "2", "3", "12", NULL };
  GtkWidget *row;

  seeds_framework_editor_show (fixture->editor, EDITOR_ITEM_ROLES, NULL);
  seeds_test_iterate ();
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (fixture->editor->form), "Linking pin"));

  /* The first role's row of factor 1 */
  row = seeds_test_find_row (GTK_WIDGET (fixture->editor->form), "Driven and personally committed");
  g_assert_nonnull (row);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row))),
                               TRUE);
  g_assert_cmpstrv (seeds_framework_draft_get_role_factors (fixture->editor->draft, "linking-pin"), expected);
}

/* A title that looks like markup is shown as it was typed */
static void
test_title_shown_as_text (Fixture       *fixture,
                          gconstpointer  data)
{
  seeds_framework_editor_select_factor (fixture->editor, "2");
  seeds_test_type_into (fixture->editor, "Title in English", "<b>Bold</b> & <i>co");
  seeds_test_iterate ();

  g_assert_true (seeds_test_shows_text (GTK_WIDGET (sidebar_row (fixture, "2")), "<b>Bold</b> & <i>co"));
  /* and as the heading of its form */
  seeds_framework_editor_select_factor (fixture->editor, "2");
  seeds_test_iterate ();
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (fixture->editor->form), "<b>Bold</b> & <i>co"));
}

/* The last factor of a role cannot be unchecked */
static void
test_role_keeps_a_factor (Fixture       *fixture,
                          gconstpointer  data)
{
  const char *only[] = { "2", NULL };
  GtkWidget *row;
  GtkCheckButton *check;

  seeds_framework_draft_set_role_factors (fixture->editor->draft, "linking-pin", only);
  seeds_framework_editor_show (fixture->editor, EDITOR_ITEM_ROLES, NULL);
  seeds_test_iterate ();

  row = seeds_test_find_row (GTK_WIDGET (fixture->editor->form), "The sum of people’s qualities and roles");
  check = GTK_CHECK_BUTTON (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row)));
  g_assert_true (gtk_check_button_get_active (check));
  gtk_check_button_set_active (check, FALSE);

  g_assert_true (gtk_check_button_get_active (check));
  g_assert_cmpstrv (seeds_framework_draft_get_role_factors (fixture->editor->draft, "linking-pin"), only);
}

int
main (int   argc,
      char *argv[])
{
  seeds_test_window_init (&argc, &argv);

  g_test_add ("/framework-editor/edit-and-save", Fixture, NULL, fixture_set_up, test_edit_and_save,
              fixture_tear_down);
  g_test_add ("/framework-editor/new-factor-untranslated", Fixture, NULL, fixture_set_up,
              test_new_factor_untranslated, fixture_tear_down);
  g_test_add ("/framework-editor/empty-title-not-saved", Fixture, NULL, fixture_set_up,
              test_empty_title_not_saved, fixture_tear_down);

  g_test_add ("/framework-editor/role-factors", Fixture, NULL, fixture_set_up, test_role_factors,
              fixture_tear_down);

  g_test_add ("/framework-editor/title-shown-as-text", Fixture, NULL, fixture_set_up,
              test_title_shown_as_text, fixture_tear_down);
  g_test_add ("/framework-editor/role-keeps-a-factor", Fixture, NULL, fixture_set_up,
              test_role_keeps_a_factor, fixture_tear_down);

  return seeds_test_window_run ();
}
