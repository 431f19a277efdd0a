/* test-review.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "community/seeds-community-dialog.h"
#include "exchange/seeds-file-name.h"
#include "meetings/seeds-meeting-dialog.h"
#include "meetings/seeds-review-dialog.h"
#include "seeds-test-util.h"
#include "seeds-test-window.h"

/* How a meeting starts, in the real window: the kind of meeting chosen in
 * the New Meeting dialog, the review of the open next steps of earlier
 * meetings, and the export of the whole community as JSON. */



static SeedsStore *
store (SeedsTestWindow *fixture)
{
  return fixture->window->store;
}

/* The meeting as the database holds it, not as the window remembers it. */
static SeedsMeetingKind
stored_kind (SeedsTestWindow *fixture,
             SeedsMeeting    *meeting)
{
  g_autoptr(SeedsMeeting) stored = NULL;
  g_autoptr(GError) error = NULL;

  stored = seeds_store_get_meeting (store (fixture), seeds_meeting_get_id (meeting), &error);
  g_assert_no_error (error);
  return seeds_meeting_get_kind (stored);
}

/* Poster or scores is chosen when a meeting starts, and cannot change. */
static void
test_meeting_kind (SeedsTestWindow *fixture,
                   gconstpointer    data)
{
  SeedsMeeting *meeting;
  gpointer dialog;

  seeds_test_window_open (fixture);
  seeds_test_create_community (fixture, "Field lab");

  meeting = seeds_test_start_meeting (fixture, "Market day", "Stickers on a printed poster");
  g_assert_nonnull (meeting);
  g_assert_cmpstr (seeds_meeting_get_title (meeting), ==, "Market day");
  g_assert_cmpint (stored_kind (fixture, meeting), ==, SEEDS_MEETING_POSTER);

  /* the default: everyone scores on screen */
  meeting = seeds_test_start_meeting (fixture, "Autumn round", NULL);
  g_assert_cmpstr (seeds_meeting_get_title (meeting), ==, "Autumn round");
  g_assert_cmpint (stored_kind (fixture, meeting), ==, SEEDS_MEETING_SCORES);

  /* changed back after a click on the poster */
  seeds_test_window_activate (fixture, "win.new-meeting");
  dialog = seeds_test_find_dialog (SEEDS_TYPE_MEETING_DIALOG);
  adw_action_row_activate (ADW_ACTION_ROW (seeds_test_find_row (dialog, "Stickers on a printed poster")));
  adw_action_row_activate (ADW_ACTION_ROW (seeds_test_find_row (dialog, "Everyone scores on screen")));
  g_assert_cmpint (seeds_meeting_dialog_get_kind (dialog), ==, SEEDS_MEETING_SCORES);
  seeds_test_respond (dialog, "cancel");

  /* editing a meeting does not offer the choice */
  seeds_test_window_activate (fixture, "win.edit-meeting");
  dialog = seeds_test_find_dialog (SEEDS_TYPE_MEETING_DIALOG);
  g_assert_false (gtk_widget_is_visible (seeds_test_find_row (dialog, "Stickers on a printed poster")));
  seeds_test_respond (dialog, "cancel");
}

typedef struct
{
  SeedsMeeting  *earlier;
  SeedsNextStep *lunch;
  SeedsNextStep *funding;
  SeedsNextStep *website;
} Steps;

static void
steps_clear (Steps *steps)
{
  g_clear_object (&steps->earlier);
  g_clear_object (&steps->lunch);
  g_clear_object (&steps->funding);
  g_clear_object (&steps->website);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Steps, steps_clear)

/* A community with an earlier meeting that agreed on three steps, still
 * open, and a fourth that is done already. */
static void
add_earlier_meeting (SeedsTestWindow *fixture,
                     Steps           *steps)
{
  g_autoptr(SeedsNextStep) done = NULL;
  g_autoptr(GError) error = NULL;

  seeds_test_create_community (fixture, "Field lab");
  steps->earlier = seeds_test_add_meeting (store (fixture), fixture->window->community, SEEDS_MEETING_SCORES,
                                           "2025-01-15", "Winter round");
  steps->lunch = seeds_test_add_step (store (fixture), steps->earlier, "3", "Plan a monthly lunch <b>together</b>",
                                      "Bram 🌱", "2025-03-01");
  steps->funding = seeds_test_add_step (store (fixture), steps->earlier, "9", "Ask the province about funding",
                                        "", NULL);
  steps->website = seeds_test_add_step (store (fixture), steps->earlier, "7", "Put the results on the website",
                                        "Anna", NULL);
  done = seeds_test_add_step (store (fixture), steps->earlier, "1", "Already done", "", NULL);
  g_assert_true (seeds_store_update_next_step (store (fixture), done, "Already done", "", NULL,
                                               SEEDS_NEXT_STEP_DONE, &error));
  g_assert_no_error (error);
  seeds_test_iterate ();
}

/* The step with this id as the database holds it now. */
static SeedsNextStep *
stored_step (SeedsTestWindow *fixture,
             SeedsNextStep   *step)
{
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GError) error = NULL;

  steps = seeds_store_list_next_steps (store (fixture), seeds_community_get_id (fixture->window->community),
                                       NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < steps->len; i++)
    if (g_str_equal (seeds_next_step_get_id (g_ptr_array_index (steps, i)), seeds_next_step_get_id (step)))
      return g_object_ref (g_ptr_array_index (steps, i));

  g_assert_not_reached ();
}

static void
assert_step (SeedsTestWindow     *fixture,
             SeedsNextStep       *step,
             SeedsNextStepStatus  status,
             SeedsMeeting        *reviewed_in)
{
  g_autoptr(SeedsNextStep) stored = stored_step (fixture, step);

  g_assert_cmpint (seeds_next_step_get_status (stored), ==, status);
  g_assert_cmpstr (seeds_next_step_get_reviewed_in (stored), ==,
                   reviewed_in ? seeds_meeting_get_id (reviewed_in) : NULL);
}

static void
choose (SeedsReviewDialog  *dialog,
        SeedsNextStep      *step,
        SeedsReviewOutcome  outcome)
{
  GtkToggleButton *button = seeds_review_dialog_get_choice (dialog, seeds_next_step_get_id (step), outcome);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  seeds_test_iterate ();
  g_assert_true (gtk_toggle_button_get_active (button));
}

/* A new meeting starts with the review of the open steps: each is marked
 * done, carried over or dropped, and the store remembers where. */
static void
test_review_open_steps (SeedsTestWindow *fixture,
                        gconstpointer    data)
{
  g_auto(Steps) steps = { NULL };
  SeedsReviewDialog *dialog;
  SeedsMeeting *meeting;

  seeds_test_window_open (fixture);
  add_earlier_meeting (fixture, &steps);

  meeting = seeds_test_start_meeting (fixture, "Spring round", NULL);
  g_assert_cmpstr (seeds_meeting_get_title (meeting), ==, "Spring round");

  dialog = seeds_test_find_dialog (SEEDS_TYPE_REVIEW_DIALOG);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (fixture->window));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_cmpstr (seeds_review_dialog_get_meeting_id (dialog), ==, seeds_meeting_get_id (meeting));

  /* the three open steps, oldest first, each with its factor and details,
   * shown as typed; carried over until someone decides otherwise */
  g_assert_cmpuint (seeds_review_dialog_get_n_steps (dialog), ==, 3);
  g_assert_cmpstr (seeds_next_step_get_id (seeds_review_dialog_get_step (dialog, 0)), ==,
                   seeds_next_step_get_id (steps.lunch));
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (dialog), "Plan a monthly lunch <b>together</b>"));
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (dialog), "Continuous attention to community building"));
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (dialog), "Bram 🌱"));
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (dialog), "15 January 2025"));
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (dialog), "1 March 2025"));
  g_assert_false (seeds_test_shows_text (GTK_WIDGET (dialog), "Already done"));
  for (guint i = 0; i < 3; i++)
    g_assert_cmpint (seeds_review_dialog_get_outcome (dialog, i), ==, SEEDS_REVIEW_CARRIED);
  g_assert_true (gtk_toggle_button_get_active (seeds_review_dialog_get_choice (dialog,
                                                                              seeds_next_step_get_id (steps.website),
                                                                              SEEDS_REVIEW_CARRIED)));

  /* the keyboard starts at the first decision */
  g_assert_true (gtk_root_get_focus (GTK_ROOT (dialog)) ==
                 GTK_WIDGET (seeds_review_dialog_get_choice (dialog, seeds_next_step_get_id (steps.lunch),
                                                             SEEDS_REVIEW_CARRIED)));

  choose (dialog, steps.lunch, SEEDS_REVIEW_DONE);
  choose (dialog, steps.website, SEEDS_REVIEW_DONE);
  choose (dialog, steps.website, SEEDS_REVIEW_DROPPED);
  g_assert_false (gtk_toggle_button_get_active (seeds_review_dialog_get_choice (dialog,
                                                                               seeds_next_step_get_id (steps.website),
                                                                               SEEDS_REVIEW_DONE)));
  g_assert_cmpint (seeds_review_dialog_get_outcome (dialog, 2), ==, SEEDS_REVIEW_DROPPED);

  /* nothing is saved before Save */
  assert_step (fixture, steps.lunch, SEEDS_NEXT_STEP_OPEN, NULL);
  seeds_test_respond (dialog, "save");

  assert_step (fixture, steps.lunch, SEEDS_NEXT_STEP_DONE, meeting);
  assert_step (fixture, steps.funding, SEEDS_NEXT_STEP_OPEN, meeting);
  assert_step (fixture, steps.website, SEEDS_NEXT_STEP_DROPPED, meeting);

  /* reopened later, the meeting does not ask again */
  seeds_test_window_close (fixture);
  seeds_test_window_open (fixture);
  {
    g_autoptr(GPtrArray) left = NULL;
    g_autoptr(GError) error = NULL;

    left = seeds_store_list_steps_to_review (store (fixture),
                                             seeds_meeting_get_id (seeds_meeting_view_get_meeting (
                                               fixture->window->meeting_view)),
                                             &error);
    g_assert_no_error (error);
    g_assert_cmpuint (left->len, ==, 0);
  }
  g_assert_null (seeds_test_lookup_dialog (SEEDS_TYPE_REVIEW_DIALOG));
}

/* "Later" changes nothing; the next new meeting asks again. A meeting with
 * nothing to review starts without the dialog. */
static void
test_review_later (SeedsTestWindow *fixture,
                   gconstpointer    data)
{
  g_auto(Steps) steps = { NULL };
  SeedsReviewDialog *dialog;

  seeds_test_window_open (fixture);

  seeds_test_create_community (fixture, "Empty lab");
  seeds_test_start_meeting (fixture, "First of all", NULL);
  g_assert_null (seeds_test_lookup_dialog (SEEDS_TYPE_REVIEW_DIALOG));

  add_earlier_meeting (fixture, &steps);
  seeds_test_start_meeting (fixture, "Spring round", "Stickers on a printed poster");
  dialog = seeds_test_find_dialog (SEEDS_TYPE_REVIEW_DIALOG);
  choose (dialog, steps.lunch, SEEDS_REVIEW_DONE);
  seeds_test_respond (dialog, "later");

  assert_step (fixture, steps.lunch, SEEDS_NEXT_STEP_OPEN, NULL);
  assert_step (fixture, steps.funding, SEEDS_NEXT_STEP_OPEN, NULL);

  seeds_test_start_meeting (fixture, "Spring round, again", NULL);
  dialog = seeds_test_find_dialog (SEEDS_TYPE_REVIEW_DIALOG);
  g_assert_cmpuint (seeds_review_dialog_get_n_steps (dialog), ==, 3);

  /* left open when the window closes: it goes with the window */
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *)&dialog);
  seeds_test_window_close (fixture);
  g_assert_null (dialog);
}

static JsonNode *
parse_file (GFile *file)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

/* The meeting with this title in the export. */
static JsonObject *
exported_meeting (JsonObject *root,
                  const char *title)
{
  JsonArray *meetings = json_object_get_array_member (root, "meetings");

  for (guint i = 0; i < json_array_get_length (meetings); i++)
    {
      JsonObject *meeting = json_array_get_object_element (meetings, i);

      if (g_strcmp0 (json_object_get_string_member (meeting, "title"), title) == 0)
        return meeting;
    }

  g_assert_not_reached ();
}

/* Everything about the community, scores and poster meetings alike, as
 * the window's menu saves it. */
static void
test_export_json (SeedsTestWindow *fixture,
                  gconstpointer    data)
{
  const char *name = "Field lab: <i>Water/Energy</i> 🍅";
  g_autofree char *suggested = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "Field lab_ _i_Water_Energy__i_ 🍅.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;
  guint counts[SEEDS_TALLY_N_VALUES] = { 0 };
  SeedsMeeting *poster;
  JsonObject *root, *meeting;
  JsonArray *tallies;

  seeds_test_window_open (fixture);
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window), "export-json"));

  seeds_test_create_community (fixture, name);
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window), "export-json"));
  seeds_test_start_meeting (fixture, "Spring round", NULL);
  poster = seeds_test_start_meeting (fixture, "Market day", "Stickers on a printed poster");
  counts[3] = 4;  /* four stickers on 3, one on "don't know" */
  counts[0] = 1;
  g_assert_true (seeds_store_set_tallies (store (fixture), seeds_meeting_get_id (poster), "5", counts, &error));
  g_assert_no_error (error);

  /* The menu suggests a file named after the community. (Its save dialog
   * itself is GTK's, left out: the file chooser's libraries keep caches
   * that the leak checker of the sanitized build would report.) */
  suggested = seeds_file_name_for (name, ".json");
  g_assert_cmpstr (suggested, ==, "Field lab_ _i_Water_Energy__i_ 🍅.json");
  seeds_window_save_json (fixture->window, file);
  seeds_test_iterate ();
  g_assert_true (g_file_query_exists (file, NULL));

  node = parse_file (file);
  root = json_node_get_object (node);
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "seeds-community");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "community"), "name"),
                   ==, name);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "meetings")), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (exported_meeting (root, "Spring round"), "kind"), ==, "scores");

  meeting = exported_meeting (root, "Market day");
  g_assert_cmpstr (json_object_get_string_member (meeting, "kind"), ==, "poster");
  tallies = json_object_get_array_member (meeting, "tallies");
  g_assert_cmpuint (json_array_get_length (tallies), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (tallies, 0), "factor"), ==, "5");
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (
                     json_array_get_object_element (tallies, 0), "counts"), "3"), ==, 4);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (
                     json_array_get_object_element (tallies, 0), "counts"), "dont_know"), ==, 1);

  /* a file that cannot be written is an error in a toast, not a crash */
  {
    g_autoptr(GFile) nowhere = g_file_new_build_filename (fixture->dir, "missing", "x.json", NULL);

    seeds_window_save_json (fixture->window, nowhere);
    seeds_test_iterate ();
    g_assert_false (g_file_query_exists (nowhere, NULL));
    g_assert_cmpuint (seeds_job_bar_get_n_jobs (fixture->window->job_bar), ==, 0);
  }
}

int
main (int   argc,
      char *argv[])
{
  seeds_test_window_init (&argc, &argv);

#define ADD(path, func) SEEDS_TEST_ADD_WINDOW (path, func)
  ADD ("/review/meeting-kind", test_meeting_kind);
  ADD ("/review/open-steps", test_review_open_steps);
  ADD ("/review/later", test_review_later);
  ADD ("/review/export-json", test_export_json);
#undef ADD

  return seeds_test_window_run ();
}
