/* test-learn-from-others.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "compare/seeds-compare-page.h"
#include "compare/seeds-compare-scale.h"
#include "factor-panel/seeds-next-step-dialog.h"
#include "factor-panel/seeds-peer-row.h"
#include "seeds-test-util.h"
#include "seeds-test-window.h"

/* Learning from communities that do well, in the real window: the
 * "Learn from Others" section of the findings & tips where the group needs
 * attention, and the Compare page that puts every factor next to what the
 * communities in the directory share. */

/* Your meeting: factor 9 needs attention (1, 2, 3: 2.0), factor 7 is worth
 * discussing (3, 3, 4: 3.3), factor 1 is a strength (5, 4, 5: 4.7). */
static const struct { const char *factor_id; int values[3]; } your_scores[] = {
  { "9", { 1, 2, 3 } },
  { "7", { 3, 3, 4 } },
  { "1", { 5, 4, 5 } },
};

static SeedsStore *
store (SeedsTestWindow *fixture)
{
  return fixture->window->store;
}

static SeedsMeetingView *
view (SeedsTestWindow *fixture)
{
  return fixture->window->meeting_view;
}

static SeedsMeeting *
start_scored_meeting (SeedsTestWindow *fixture)
{
  static const char *names[] = { "Anna", "Bram", "Chris" };
  SeedsMeeting *meeting;

  seeds_test_window_open (fixture);
  seeds_test_create_community (fixture, "Field lab");
  meeting = seeds_test_start_meeting (fixture, "Spring round", NULL);
  g_assert_nonnull (meeting);

  for (guint p = 0; p < G_N_ELEMENTS (names); p++)
    {
      g_autoptr(SeedsParticipant) participant = NULL;
      g_autoptr(GError) error = NULL;

      participant = seeds_store_add_participant (store (fixture), seeds_meeting_get_id (meeting), names[p], "",
                                                 SEEDS_PARTNER_COMPANY, &error);
      g_assert_no_error (error);
      for (guint f = 0; f < G_N_ELEMENTS (your_scores); f++)
        {
          seeds_store_set_score (store (fixture), seeds_meeting_get_id (meeting),
                                 seeds_participant_get_id (participant), your_scores[f].factor_id,
                                 your_scores[f].values[p], &error);
          g_assert_no_error (error);
        }
    }

  seeds_test_iterate ();
  return meeting;
}

/* Imports the profile of a community that shares these means × 10 of
 * factors 9, 7 and 1; with a contact or without. */
static void
import_community (SeedsTestWindow *fixture,
                  const char      *name,
                  const char      *email,
                  guint            mean9,
                  guint            mean7,
                  guint            mean1)
{
  g_autoptr(SeedsCommunityProfile) details = seeds_community_profile_new ();
  g_autoptr(SeedsSharedResults) results = NULL;
  g_autoptr(SeedsProfile) profile = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_uuid_string_random ();
  SeedsProfileImport outcome;

  g_free (details->place);
  details->place = g_strdup ("Naaldwijk");
  if (email != NULL)
    {
      g_free (details->contact_name);
      g_free (details->email);
      g_free (details->phone);
      g_free (details->website);
      details->contact_name = g_strdup ("Sam Voorbeeld");
      details->email = g_strdup (email);
      details->phone = g_strdup ("+31 (0)70 000 0002");
      details->website = g_strdup ("https://rain.example.org/about");
    }

  results = seeds_shared_results_new (seeds_framework_get_id (fixture->window->framework), "2026-05-01", 9);
  seeds_shared_results_add (results, "1", 8, mean1, 60);
  seeds_shared_results_add (results, "7", 8, mean7, 60);
  seeds_shared_results_add (results, "9", 8, mean9, 60);

  profile = seeds_profile_new (id, name, g_get_real_time () / G_USEC_PER_SEC, details, email != NULL, results);
  g_assert_true (seeds_store_import_profile (store (fixture), profile, &outcome, &error));
  g_assert_no_error (error);
  g_assert_cmpint (outcome, ==, SEEDS_PROFILE_ADDED);
}

/* Two do well on factor 9, one does not; none does well on factor 7. */
static void
import_communities (SeedsTestWindow *fixture)
{
  import_community (fixture, "Rainwater Roundtable", "sam@rain.example.org", 45, 30, 42);
  import_community (fixture, "Quiet Lab", NULL, 41, 39, 44);
  import_community (fixture, "Weaker Circle", "weak@example.org", 35, 35, 38);
  seeds_test_iterate ();
}

static SeedsFactorPanel *
open_factor (SeedsTestWindow *fixture,
             const char      *factor_id)
{
  seeds_meeting_view_show_factor (view (fixture), seeds_framework_lookup_factor (fixture->window->framework,
                                                                                 factor_id));
  seeds_test_iterate ();
  return seeds_meeting_view_get_factor_panel (view (fixture));
}

static GPtrArray *
list_rows (GtkListBox *list)
{
  GPtrArray *rows = g_ptr_array_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child))
      g_ptr_array_add (rows, child);

  return rows;
}

static guint
count_rows (GtkListBox *list)
{
  g_autoptr(GPtrArray) rows = list_rows (list);

  return rows->len;
}

static const char *
row_name (gpointer row)
{
  return seeds_community_get_name (seeds_peer_row_get_community (SEEDS_PEER_ROW (row)));
}

/* Where the group needs attention, the communities that do well: best
 * first, with their contact as links; not the one that does less well. */
static void
test_panel_lists_good_communities (SeedsTestWindow *fixture,
                                   gconstpointer    data)
{
  SeedsFactorPanel *panel;
  GtkListBox *list;
  g_autoptr(GPtrArray) rows = NULL;
  GtkLinkButton *link;

  start_scored_meeting (fixture);
  import_communities (fixture);

  panel = open_factor (fixture, "9");
  list = seeds_factor_panel_get_peers_list (panel);
  g_assert_nonnull (list);
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (list)));
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (panel), "Learn from Others"));
  g_assert_nonnull (strstr (seeds_factor_panel_get_learn_text (panel), "2 communities"));

  rows = list_rows (list);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstr (row_name (rows->pdata[0]), ==, "Rainwater Roundtable");
  g_assert_cmpstr (row_name (rows->pdata[1]), ==, "Quiet Lab");
  g_assert_false (seeds_test_shows_text (GTK_WIDGET (panel), "Weaker Circle"));

  /* the mean, the place and the contact, each link to where it leads */
  g_assert_true (seeds_test_shows_text (rows->pdata[0], "4.5"));
  g_assert_true (seeds_test_shows_text (rows->pdata[0], "Naaldwijk"));
  g_assert_true (seeds_test_shows_text (rows->pdata[0], "Sam Voorbeeld"));
  link = seeds_peer_row_get_link (rows->pdata[0], "mailto:");
  g_assert_nonnull (link);
  g_assert_cmpstr (gtk_link_button_get_uri (link), ==, "mailto:sam@rain.example.org");
  link = seeds_peer_row_get_link (rows->pdata[0], "tel:");
  g_assert_nonnull (link);
  g_assert_cmpstr (gtk_link_button_get_uri (link), ==, "tel:+31700000002");
  link = seeds_peer_row_get_link (rows->pdata[0], "https:");
  g_assert_nonnull (link);
  g_assert_cmpstr (gtk_link_button_get_uri (link), ==, "https://rain.example.org/about");
  g_assert_true (seeds_test_shows_text (rows->pdata[0], "rain.example.org"));

  /* one that shared no contact says so, and has no links */
  g_assert_null (seeds_peer_row_get_link (rows->pdata[1], "mailto:"));
  g_assert_null (seeds_peer_row_get_link (rows->pdata[1], "tel:"));
  g_assert_null (seeds_peer_row_get_link (rows->pdata[1], "https:"));
  g_assert_true (seeds_test_shows_text (rows->pdata[1], "Shared no contact details."));

  /* on a shared screen it waits, as the scores do, until they are
   * revealed: it tells that the group needs attention here */
  seeds_factor_panel_set_shared (panel, FALSE, 3);
  g_assert_null (seeds_factor_panel_get_peers_list (panel));
  seeds_factor_panel_set_shared (panel, TRUE, 4);
  g_assert_null (seeds_factor_panel_get_peers_list (panel));
  seeds_factor_panel_set_shared (panel, TRUE, 3);
  g_assert_nonnull (seeds_factor_panel_get_peers_list (panel));
}

/* A strength needs nobody else's example; where the group needs attention
 * but no one does well, the section says how to find someone. */
static void
test_panel_hidden_or_empty (SeedsTestWindow *fixture,
                            gconstpointer    data)
{
  SeedsFactorPanel *panel;
  GtkListBox *list;

  start_scored_meeting (fixture);
  import_communities (fixture);

  panel = open_factor (fixture, "1");
  g_assert_null (seeds_factor_panel_get_peers_list (panel));
  g_assert_false (seeds_test_shows_text (GTK_WIDGET (panel), "Learn from Others"));
  g_assert_false (seeds_test_shows_text (GTK_WIDGET (panel), "Quiet Lab"));

  panel = open_factor (fixture, "7");
  list = seeds_factor_panel_get_peers_list (panel);
  g_assert_nonnull (list);
  g_assert_cmpuint (count_rows (list), ==, 0);
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (panel), "Learn from Others"));
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (panel), "No community in the directory that shares its scores "
                                                            "does well on this factor yet"));
}

/* The section follows the directory and the scores: a community that
 * starts sharing shows; a factor that becomes a strength hides it. */
static void
test_panel_follows_changes (SeedsTestWindow *fixture,
                            gconstpointer    data)
{
  SeedsFactorPanel *panel;
  SeedsMeeting *meeting;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) attendees = NULL;
  g_autoptr(GError) error = NULL;

  meeting = start_scored_meeting (fixture);
  panel = open_factor (fixture, "9");
  g_assert_nonnull (seeds_factor_panel_get_peers_list (panel));
  g_assert_cmpuint (count_rows (seeds_factor_panel_get_peers_list (panel)), ==, 0);

  /* the fictional sample: those that do well on 9, marked as samples */
  g_assert_true (seeds_store_add_sample_directory (store (fixture), &error));
  g_assert_no_error (error);
  seeds_test_iterate ();
  rows = list_rows (seeds_factor_panel_get_peers_list (panel));
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstr (row_name (rows->pdata[0]), ==, "Rainwater Roundtable (sample)");
  g_assert_cmpstr (row_name (rows->pdata[1]), ==, "Plant Health Circle (sample)");
  for (guint i = 0; i < rows->len; i++)
    g_assert_true (seeds_test_shows_text (rows->pdata[i], "Fictional sample"));

  /* everyone scores 9 a 5 now: a strength */
  attendees = seeds_store_list_attendees (store (fixture), seeds_meeting_get_id (meeting), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < attendees->len; i++)
    g_assert_true (seeds_store_set_score (store (fixture), seeds_meeting_get_id (meeting),
                                          seeds_participant_get_id (g_ptr_array_index (attendees, i)), "9", 5,
                                          &error));
  seeds_test_iterate ();
  g_assert_null (seeds_factor_panel_get_peers_list (panel));
}

/* The row of @name in the panel's list of those who do well */
static SeedsPeerRow *
find_peer (SeedsFactorPanel *panel,
           const char       *name)
{
  g_autoptr(GPtrArray) rows = list_rows (seeds_factor_panel_get_peers_list (panel));

  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (row_name (rows->pdata[i]), name))
      return rows->pdata[i];

  g_assert_not_reached ();
}

/* Clicks "Take as Next Step…" on the row of @name and saves the step
 * with @text, or with the suggestion when @text is NULL. */
static void
take_lesson (SeedsFactorPanel *panel,
             const char       *name,
             const char       *text)
{
  GtkButton *button = seeds_peer_row_get_take_button (find_peer (panel, name));
  gpointer dialog;

  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (button)));
  g_signal_emit_by_name (button, "clicked");
  seeds_test_iterate ();
  dialog = seeds_test_find_dialog (SEEDS_TYPE_NEXT_STEP_DIALOG);
  if (text != NULL)
    seeds_test_type_into (dialog, "What will we do?", text);
  seeds_test_respond (dialog, "save");
}

static gint64
count_lessons (SeedsTestWindow *fixture)
{
  g_autoptr(GPtrArray) ledger = NULL;
  g_autoptr(GError) error = NULL;
  gint64 n = 0;

  ledger = seeds_store_list_ledger (store (fixture), seeds_community_get_id (fixture->window->community), NULL,
                                    &error);
  g_assert_no_error (error);
  for (guint i = 0; i < ledger->len; i++)
    n += g_str_equal (seeds_ledger_entry_get_reason (g_ptr_array_index (ledger, i)), "lesson-taken");
  return n;
}

/* The window awards points after the write, on the session's worker */
static void
wait_for_lessons (SeedsTestWindow *fixture,
                  gint64           n)
{
  gint64 until = g_get_monotonic_time () + seeds_test_time_limit (10) * G_USEC_PER_SEC;

  while (count_lessons (fixture) != n && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpint (count_lessons (fixture), ==, n);
}

/* "Take as Next Step…" on a community that does well: the step starts
 * from a suggestion the group makes its own, says whose idea it is, and
 * earns the lesson's points once for that community and factor. */
static void
test_panel_take_lesson (SeedsTestWindow *fixture,
                        gconstpointer    data)
{
  static const char name[] = "Rain & <b>Roots</b>";
  SeedsFactorPanel *panel;
  GtkButton *button;
  gpointer dialog;
  g_autofree char *suggestion = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GError) error = NULL;
  SeedsNextStep *step;

  start_scored_meeting (fixture);
  import_communities (fixture);
  import_community (fixture, name, NULL, 44, 30, 40);
  seeds_test_iterate ();
  panel = open_factor (fixture, "9");
  wait_for_lessons (fixture, 0);

  /* Named for screen readers by whose idea it takes */
  button = seeds_peer_row_get_take_button (find_peer (panel, name));
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (button), "Take as Next Step…"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Take an idea of Rain & <b>Roots</b> as a next step");

  /* The suggestion, to be made the group's own */
  g_signal_emit_by_name (button, "clicked");
  seeds_test_iterate ();
  dialog = seeds_test_find_dialog (SEEDS_TYPE_NEXT_STEP_DIALOG);
  suggestion = seeds_next_step_dialog_get_text (dialog);
  g_assert_cmpstr (suggestion, ==, "Ask Rain & <b>Roots</b> how they …");
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (dialog), "Idea from Rain & <b>Roots</b>"));
  seeds_test_type_into (dialog, "What will we do?", "Ask them how they fund their meetings");
  seeds_test_respond (dialog, "save");
  seeds_test_iterate ();

  /* Listed with its origin, the name as it is, never as markup */
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (seeds_factor_panel_get_steps_list (panel)),
                                        "Ask them how they fund their meetings"));
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (seeds_factor_panel_get_steps_list (panel)),
                                        "Idea from Rain & <b>Roots</b>"));
  steps = seeds_store_list_next_steps (store (fixture), seeds_community_get_id (fixture->window->community), "9",
                                       &error);
  g_assert_no_error (error);
  g_assert_cmpuint (steps->len, ==, 1);
  step = g_ptr_array_index (steps, 0);
  g_assert_cmpstr (seeds_next_step_get_origin_id (step), ==,
                   seeds_community_get_id (seeds_peer_row_get_community (find_peer (panel, name))));
  g_assert_cmpstr (seeds_next_step_get_origin_name (step), ==, name);
  wait_for_lessons (fixture, 1);

  /* The same idea again earns nothing; another community's does */
  take_lesson (panel, name, NULL);
  take_lesson (panel, "Quiet Lab", NULL);
  wait_for_lessons (fixture, 2);
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (seeds_factor_panel_get_steps_list (panel)),
                                        "Ask Quiet Lab how they …"));
}

static SeedsComparePage *
open_compare (SeedsTestWindow *fixture)
{
  seeds_test_window_activate (fixture, "win.show-compare");
  g_assert_cmpstr (seeds_meeting_view_get_page (view (fixture)), ==, "compare");
  return seeds_meeting_view_get_compare_page (view (fixture));
}

/* One row per factor, in the framework's order, with the numbers in
 * words: your mean, and the median and range of what the others share. */
static void
test_compare_rows (SeedsTestWindow *fixture,
                   gconstpointer    data)
{
  SeedsComparePage *page;
  SeedsCompareRow *row;
  GtkWidget *list;
  g_auto(GStrv) accels = NULL;
  guint n = 0;

  start_scored_meeting (fixture);
  import_communities (fixture);
  page = open_compare (fixture);
  g_assert_cmpstr (seeds_compare_page_get_state (page), ==, "compare");
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (seeds_test_window_get_app ()),
                                                  "win.show-compare");
  g_assert_cmpstr (accels[0], ==, "<Alt>4");

  for (guint i = 1; i <= 12; i++)
    {
      g_autofree char *id = g_strdup_printf ("%u", i);

      row = seeds_compare_page_get_row (page, id);
      g_assert_nonnull (row);
      g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (row)));
    }

  /* the rows in framework order: the first list holds factors 1 and 2 */
  list = gtk_widget_get_parent (GTK_WIDGET (seeds_compare_page_get_row (page, "1")));
  for (GtkWidget *child = gtk_widget_get_first_child (list); child; child = gtk_widget_get_next_sibling (child))
    if (SEEDS_IS_COMPARE_ROW (child))
      g_assert_cmpuint (seeds_factor_get_position (seeds_compare_row_get_factor (SEEDS_COMPARE_ROW (child))), ==, n++);
  g_assert_cmpuint (n, ==, 2);

  row = seeds_compare_page_get_row (page, "9");
  g_assert_cmpstr (seeds_compare_row_get_description (row), ==,
                   "Your mean 2.0. The 3 communities that share it: median 4.1, from 3.5 to 4.5.");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Your mean 2.0. The 3 communities that share it: median 4.1, from 3.5 to 4.5.");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (seeds_compare_row_get_scale (row)),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Your mean 2.0. The 3 communities that share it: median 4.1, from 3.5 to 4.5.");
  g_assert_true (seeds_compare_row_needs_attention (row));
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (row), "Needs attention"));
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (row), "4.1"));
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (row), "3.5–4.5"));
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (row), "median of 3"));

  row = seeds_compare_page_get_row (page, "7");
  g_assert_cmpstr (seeds_compare_row_get_description (row), ==,
                   "Your mean 3.3. The 3 communities that share it: median 3.5, from 3.0 to 3.9.");
  g_assert_true (seeds_compare_row_needs_attention (row));

  row = seeds_compare_page_get_row (page, "1");
  g_assert_cmpstr (seeds_compare_row_get_description (row), ==,
                   "Your mean 4.7. The 3 communities that share it: median 4.2, from 3.8 to 4.4.");
  g_assert_false (seeds_compare_row_needs_attention (row));
  g_assert_false (seeds_test_shows_text (GTK_WIDGET (row), "Strength"));

  /* factors nobody scored, and none shares */
  row = seeds_compare_page_get_row (page, "2");
  g_assert_cmpstr (seeds_compare_row_get_description (row), ==,
                   "You have no scores of it. No other community shares a score of it.");
  g_assert_false (seeds_compare_row_needs_attention (row));

  /* a row opens the factor's findings & tips, and who does well there */
  g_signal_emit_by_name (seeds_compare_page_get_row (page, "9"), "activate");
  seeds_test_iterate ();
  g_assert_true (seeds_meeting_view_get_panel_visible (view (fixture)));
  g_assert_cmpstr (seeds_factor_get_id (seeds_factor_panel_get_factor (seeds_meeting_view_get_factor_panel (view (fixture)))),
                   ==, "9");
}

/* Without communities that share: the way to them. With the sample
 * directory added, the page follows at once, and says it is fictional. */
static void
test_compare_empty_then_sample (SeedsTestWindow *fixture,
                                gconstpointer    data)
{
  SeedsComparePage *page;
  SeedsCompareRow *row;
  GtkWidget *button;
  g_autoptr(GError) error = NULL;

  start_scored_meeting (fixture);
  page = open_compare (fixture);
  g_assert_cmpstr (seeds_compare_page_get_state (page), ==, "empty");
  button = seeds_test_find_button (GTK_WIDGET (page), "Open the _Directory");
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "win.directory");
  g_assert_true (gtk_widget_is_sensitive (button));
  g_assert_nonnull (seeds_test_find_button (GTK_WIDGET (page), "Show the Fictional _Sample"));

  g_assert_true (seeds_store_add_sample_directory (store (fixture), &error));
  g_assert_no_error (error);
  seeds_test_iterate ();

  g_assert_cmpstr (seeds_compare_page_get_state (page), ==, "compare");
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (page), "fictional sample directory"));
  /* factor 9 in the sample: 2.2, 4.5, 3.0, 3.8, 4.1, 3.4, 2.7 (one leaves it out) */
  row = seeds_compare_page_get_row (page, "9");
  g_assert_cmpstr (seeds_compare_row_get_description (row), ==,
                   "Your mean 2.0. The 7 communities that share it: median 3.4, from 2.2 to 4.5.");

  /* and follows the scores: 5, 2 and 3 make 3.3 */
  {
    g_autoptr(GPtrArray) attendees = seeds_store_list_attendees (store (fixture),
                                                                 seeds_meeting_get_id (seeds_meeting_view_get_meeting (view (fixture))),
                                                                 &error);

    g_assert_no_error (error);
    for (guint i = 0; i < attendees->len; i++)
      if (g_str_equal (seeds_participant_get_name (g_ptr_array_index (attendees, i)), "Anna"))
        g_assert_true (seeds_store_set_score (store (fixture),
                                              seeds_meeting_get_id (seeds_meeting_view_get_meeting (view (fixture))),
                                              seeds_participant_get_id (g_ptr_array_index (attendees, i)), "9", 5,
                                              &error));
  }
  seeds_test_iterate ();
  row = seeds_compare_page_get_row (page, "9");
  g_assert_cmpstr (seeds_compare_row_get_description (row), ==,
                   "Your mean 3.3. The 7 communities that share it: median 3.4, from 2.2 to 4.5.");

  /* the sample button adds it too, from the empty page */
  g_assert_true (seeds_store_remove_sample_directory (store (fixture), &error));
  seeds_test_iterate ();
  g_assert_cmpstr (seeds_compare_page_get_state (page), ==, "empty");
  g_signal_emit_by_name (seeds_test_find_button (GTK_WIDGET (page), "Show the Fictional _Sample"), "clicked");
  seeds_test_iterate ();
  g_assert_cmpstr (seeds_compare_page_get_state (page), ==, "compare");
}

int
main (int   argc,
      char *argv[])
{
  /* The test context, so that what screen readers are told can be read back */
  g_setenv ("GTK_A11Y", "test", TRUE);
  seeds_test_window_init (&argc, &argv);

  SEEDS_TEST_ADD_WINDOW ("/learn-from-others/panel/good-communities", test_panel_lists_good_communities);
  SEEDS_TEST_ADD_WINDOW ("/learn-from-others/panel/hidden-or-empty", test_panel_hidden_or_empty);
  SEEDS_TEST_ADD_WINDOW ("/learn-from-others/panel/follows-changes", test_panel_follows_changes);
  SEEDS_TEST_ADD_WINDOW ("/learn-from-others/panel/take-lesson", test_panel_take_lesson);
  SEEDS_TEST_ADD_WINDOW ("/learn-from-others/compare/rows", test_compare_rows);
  SEEDS_TEST_ADD_WINDOW ("/learn-from-others/compare/empty-then-sample", test_compare_empty_then_sample);

  return seeds_test_window_run ();
}
