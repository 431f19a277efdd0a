/* test-meeting-frameworks.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "community/seeds-community-dialog.h"
#include "meetings/seeds-meeting-dialog.h"
#include "seeds-date-row.h"
#include "seeds-framework-row.h"
#include "seeds-test-window.h"

/* Every meeting follows its own framework, in the real window: a
 * community chooses one when it is made, its meetings start with it, and
 * the pages show each meeting in its framework's wording. */

#define STUDENTS "students-teachers-2020"

/* The title of the first factor of a built-in framework, in English */
static char *
first_title (const char *framework_id)
{
  g_autoptr(SeedsFramework) framework = seeds_framework_new_builtin (framework_id, "en");

  return g_strdup (seeds_factor_get_title (seeds_framework_get_factor (framework, 0)));
}

/* Creates a community through the dialog, choosing @framework_id in its
 * framework row, or keeping the row's default when it is %NULL */
static void
create_community (SeedsTestWindow *fixture,
                  const char      *name,
                  const char      *framework_id)
{
  SeedsCommunityDialog *dialog;
  GtkWidget *row;

  seeds_test_window_activate (fixture, "win.new-community");
  dialog = seeds_test_find_dialog (SEEDS_TYPE_COMMUNITY_DIALOG);
  seeds_test_type_into (dialog, "Name", name);
  row = seeds_test_find_row (GTK_WIDGET (dialog), "Framework");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_is_visible (row));
  g_assert_cmpstr (seeds_framework_entry_get_id (seeds_community_dialog_get_framework (dialog)), ==,
                   SEEDS_FRAMEWORK_DEFAULT_ID);
  if (framework_id != NULL)
    g_assert_true (seeds_framework_row_select (SEEDS_FRAMEWORK_ROW (row), framework_id, 1));
  seeds_test_iterate ();
  seeds_test_respond (dialog, "save");
}

/* Whether a label in @widget says @text */
static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (has_label (child, text))
      return TRUE;

  return FALSE;
}

/* Whether the scoring page of the meeting shown titles factor 1 @text */
static gboolean
scoring_shows (SeedsTestWindow *fixture,
               const char      *text)
{
  SeedsScoreRow *row;

  seeds_meeting_view_show_page (fixture->window->meeting_view, "scoring");
  seeds_test_iterate ();
  row = seeds_scoring_page_get_row (seeds_test_scoring_page (fixture), "1");
  g_assert_nonnull (row);

  return has_label (GTK_WIDGET (row), text);
}

static void
test_meeting_follows_community (SeedsTestWindow *fixture,
                                gconstpointer    data)
{
  g_autofree char *students = first_title (STUDENTS);
  g_autofree char *research = first_title (SEEDS_FRAMEWORK_DEFAULT_ID);
  g_autoptr(SeedsFrameworkEntry) poster = NULL;
  SeedsMeeting *meeting;

  g_assert_cmpstr (students, !=, research);

  seeds_test_window_open (fixture);
  create_community (fixture, "Project Lab", STUDENTS);
  g_assert_cmpstr (seeds_community_get_framework_id (fixture->window->community), ==, STUDENTS);
  meeting = seeds_test_start_meeting (fixture, "Kick-off", NULL);
  g_assert_cmpstr (seeds_meeting_get_framework_id (meeting), ==, STUDENTS);
  g_assert_true (scoring_shows (fixture, students));
  g_assert_false (scoring_shows (fixture, research));
  poster = seeds_window_find_poster_framework (fixture->window);
  g_assert_cmpstr (seeds_framework_entry_get_id (poster), ==, STUDENTS);

  create_community (fixture, "Greenhouse Lab", NULL);
  meeting = seeds_test_start_meeting (fixture, "Kick-off", NULL);
  g_assert_cmpstr (seeds_meeting_get_framework_id (meeting), ==, SEEDS_FRAMEWORK_DEFAULT_ID);
  g_assert_true (scoring_shows (fixture, research));
  g_assert_false (scoring_shows (fixture, students));
}

/* A meeting keeps its framework: editing it shows which one, and why it
 * cannot be changed */
static void
test_edit_keeps_framework (SeedsTestWindow *fixture,
                           gconstpointer    data)
{
  SeedsMeetingDialog *dialog;
  GtkWidget *row;

  seeds_test_window_open (fixture);
  create_community (fixture, "Project Lab", STUDENTS);
  seeds_test_start_meeting (fixture, "Kick-off", NULL);

  seeds_test_window_activate (fixture, "win.edit-meeting");
  dialog = seeds_test_find_dialog (SEEDS_TYPE_MEETING_DIALOG);
  row = seeds_test_find_row (GTK_WIDGET (dialog), "Framework");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_is_visible (row));
  g_assert_false (gtk_widget_is_sensitive (row));
  g_assert_cmpstr (seeds_framework_entry_get_id (seeds_meeting_dialog_get_framework (dialog)), ==, STUDENTS);
  seeds_test_respond (dialog, "cancel");
}

/* A meeting scored with a framework the database does not have is still
 * shown, with the app's framework, and the reason told */
static void
test_unknown_framework (SeedsTestWindow *fixture,
                        gconstpointer    data)
{
  g_autoptr(SeedsMeeting) meeting = NULL;
  g_autoptr(GError) error = NULL;

  seeds_test_window_open (fixture);
  create_community (fixture, "Project Lab", NULL);
  meeting = seeds_store_add_meeting_full (fixture->window->store,
                                          seeds_community_get_id (fixture->window->community),
                                          "from-a-newer-app", 3, SEEDS_MEETING_SCORES,
                                          "2026-03-01", "Imported", NULL, &error);
  g_assert_no_error (error);
  seeds_test_iterate ();

  seeds_window_select_meeting (fixture->window, seeds_meeting_get_id (meeting));
  seeds_test_iterate ();
  g_assert_true (seeds_window_get_meeting_framework (fixture->window) == fixture->window->framework);
  g_assert_true (seeds_meeting_view_get_meeting (fixture->window->meeting_view) != NULL);
}

/* A community's history across a change of framework is read in the
 * framework of its latest meeting, whichever meeting is shown */
static void
test_history_across_frameworks (SeedsTestWindow *fixture,
                                gconstpointer    data)
{
  g_autoptr(SeedsMeeting) first = NULL;
  SeedsMeetingDialog *dialog;
  SeedsCommunityHistory *history;
  GtkWidget *row;

  seeds_test_window_open (fixture);
  create_community (fixture, "Greenhouse Lab", NULL);
  first = g_object_ref (seeds_test_start_meeting (fixture, "First", NULL));

  /* The next meeting, in the students' wording, chosen in the dialog */
  seeds_test_window_activate (fixture, "win.new-meeting");
  dialog = seeds_test_find_dialog (SEEDS_TYPE_MEETING_DIALOG);
  seeds_test_type_into (dialog, "Title", "Second");
  row = seeds_test_find_row (GTK_WIDGET (dialog), "Framework");
  g_assert_true (gtk_widget_is_sensitive (row));
  g_assert_true (seeds_framework_row_select (SEEDS_FRAMEWORK_ROW (row), STUDENTS, 1));
  seeds_date_row_set_date (SEEDS_DATE_ROW (seeds_test_find_row (GTK_WIDGET (dialog), "Date")), "2099-01-01");
  seeds_test_iterate ();
  seeds_test_respond (dialog, "save");
  seeds_test_iterate ();
  g_assert_cmpstr (seeds_meeting_get_framework_id (seeds_meeting_view_get_meeting (fixture->window->meeting_view)),
                   ==, STUDENTS);

  seeds_window_select_meeting (fixture->window, seeds_meeting_get_id (first));
  seeds_meeting_view_show_page (fixture->window->meeting_view, "history");
  seeds_test_iterate ();
  history = seeds_history_page_get_history (seeds_meeting_view_get_history_page (fixture->window->meeting_view));
  g_assert_nonnull (history);
  g_assert_cmpuint (seeds_community_history_get_n_meetings (history), ==, 2);
  g_assert_cmpstr (seeds_framework_get_id (seeds_community_history_get_framework (history)), ==, STUDENTS);
}

int
main (int   argc,
      char *argv[])
{
  seeds_test_window_init (&argc, &argv);

#define ADD(path, func) SEEDS_TEST_ADD_WINDOW (path, func)
  ADD ("/meeting-frameworks/follows-community", test_meeting_follows_community);
  ADD ("/meeting-frameworks/edit-keeps", test_edit_keeps_framework);
  ADD ("/meeting-frameworks/unknown", test_unknown_framework);
  ADD ("/meeting-frameworks/history", test_history_across_frameworks);
#undef ADD

  return seeds_test_window_run ();
}
