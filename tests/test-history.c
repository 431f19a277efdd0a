/* test-history.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "history/seeds-change-table.h"
#include "history/seeds-effect-row.h"
#include "history/seeds-history-page.h"
#include "history/seeds-history-series.h"
#include "history/seeds-meeting-glyph.h"
#include "seeds-test-util.h"
#include "seeds-test-window.h"

/* The community's progress: first what the charts of the history page are
 * fed with, then the page in the real window, on a generated community of
 * the size the issue asks to open without a pause. */

/* The sample's first factor: 4 and 5 in the kick-off, stickers on 3, 4 and
 * 4 at the open day, nobody in round three. */
static SeedsCommunityHistory *
load_sample (SeedsTestDatabase *db,
             SeedsTestSample   *sample)
{
  g_autoptr(GError) error = NULL;
  const guint counts[SEEDS_TALLY_N_VALUES] = { 0, 0, 0, 1, 2, 0 };
  SeedsCommunityHistory *history;

  seeds_test_sample_init (sample, db->store, "Greenport lab", "Anna");
  g_assert_true (seeds_store_set_score (db->store, seeds_meeting_get_id (sample->scored),
                                        seeds_participant_get_id (sample->anna), "1", 4, &error));
  g_assert_true (seeds_store_set_score (db->store, seeds_meeting_get_id (sample->scored),
                                        seeds_participant_get_id (sample->bram), "1", 5, &error));
  g_assert_true (seeds_store_set_tallies (db->store, seeds_meeting_get_id (sample->poster), "1", counts, &error));
  g_assert_no_error (error);

  history = seeds_community_history_load (db->store, db->framework,
                                          seeds_community_get_id (sample->community), &error);
  g_assert_no_error (error);
  return history;
}

static void
test_series_for_factor (SeedsTestDatabase *db,
                        gconstpointer      data)
{
  g_auto(SeedsTestSample) sample = { 0 };
  g_autoptr(SeedsCommunityHistory) history = load_sample (db, &sample);
  g_autoptr(SeedsChartSeries) series = seeds_history_series_for_factor (history, 0);
  const SeedsChartPoint *point;

  g_assert_cmpuint (seeds_chart_series_get_n_points (series), ==, 3);

  point = seeds_chart_series_get_point (series, 0);
  g_assert_cmpstr (point->label, ==, "15 Jan 2026");
  g_assert_cmpstr (point->title, ==, "Kick-off");
  g_assert_true (point->has_value);
  g_assert_cmpfloat_with_epsilon (point->mean, 4.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (point->spread, 0.5, 1e-9);
  g_assert_cmpuint (point->n, ==, 2);

  /* The stickers count like scores; the mean is the one shown, 3.7. */
  point = seeds_chart_series_get_point (series, 1);
  g_assert_cmpstr (point->label, ==, "12 Mar 2026");
  g_assert_cmpstr (point->title, ==, "Open day");
  g_assert_cmpfloat_with_epsilon (point->mean, 3.7, 1e-9);
  g_assert_cmpuint (point->n, ==, 3);

  /* Nobody scored it in round three: a gap, not a zero. */
  point = seeds_chart_series_get_point (series, 2);
  g_assert_cmpstr (point->title, ==, "Round three");
  g_assert_false (point->has_value);
}

static void
test_series_for_meeting (SeedsTestDatabase *db,
                         gconstpointer      data)
{
  g_auto(SeedsTestSample) sample = { 0 };
  g_autoptr(SeedsCommunityHistory) history = load_sample (db, &sample);
  g_autoptr(SeedsChartSeries) series = seeds_history_series_for_meeting (history, 1);
  g_autofree char *name = seeds_history_meeting_name (history, 1);

  g_assert_cmpstr (name, ==, "12 Mar 2026");
  g_assert_cmpuint (seeds_chart_series_get_n_points (series), ==, seeds_framework_get_n_factors (db->framework));

  for (guint i = 0; i < seeds_chart_series_get_n_points (series); i++)
    {
      const SeedsChartPoint *point = seeds_chart_series_get_point (series, i);
      g_autofree char *label = g_strdup_printf ("%u", i + 1);

      g_assert_cmpstr (point->label, ==, label);
      g_assert_cmpstr (point->title, ==, seeds_factor_get_title (seeds_framework_get_factor (db->framework, i)));
      g_assert_cmpint (point->has_value, ==, i == 0);
    }
  g_assert_cmpfloat_with_epsilon (seeds_chart_series_get_point (series, 0)->mean, 3.7, 1e-9);
}

static void
test_glyph_describe (void)
{
  const double means[] = { 4.5, 4.0, 3.9, 3.0, 2.9, 1.0, 0, 4.2 };
  const double none[] = { 0, 0 };
  g_autofree char *text = seeds_meeting_glyph_describe (means, G_N_ELEMENTS (means));
  g_autofree char *empty = seeds_meeting_glyph_describe (none, G_N_ELEMENTS (none));

  /* 4.0 is a strength and 3.0 worth discussing, as in the overview. */
  g_assert_cmpstr (text, ==, "3 strengths, 2 worth discussing, 2 need attention");
  g_assert_cmpstr (empty, ==, "No scores");
}

/* A change table row and a "did it help?" row say in words what they show. */
static void
test_rows_describe (SeedsTestDatabase *db,
                    gconstpointer      data)
{
  g_auto(SeedsTestSample) sample = { 0 };
  g_autoptr(SeedsCommunityHistory) history = load_sample (db, &sample);
  g_autoptr(GArray) changes = seeds_community_history_compare (history, 0, 1);
  g_autofree char *row = NULL;
  g_autoptr(SeedsNextStep) step = NULL;
  SeedsStepEffect effect = { 0 };
  g_autofree char *effect_text = NULL;
  g_autofree char *lonely_text = NULL;

  row = seeds_change_table_describe (db->framework, &g_array_index (changes, SeedsFactorChange, 0),
                                     "15 Jan 2026", "12 Mar 2026");
  /* 4.5 → 3.7 is 0.8 lower, but the kick-off had only 2 scores. */
  g_assert_cmpstr (row, ==, "1. Driven and personally committed: 4.5 at 15 Jan 2026, 3.7 at 12 Mar 2026; "
                            "Too few scores to tell");

  /* A factor the later meeting's framework did not have says so. */
  g_array_index (changes, SeedsFactorChange, 0).now_absent = TRUE;
  g_clear_pointer (&row, g_free);
  row = seeds_change_table_describe (db->framework, &g_array_index (changes, SeedsFactorChange, 0),
                                     "15 Jan 2026", "12 Mar 2026");
  g_assert_cmpstr (row, ==, "1. Driven and personally committed: 4.5 at 15 Jan 2026, not asked at 12 Mar 2026; "
                            "Too few scores to tell");

  step = seeds_next_step_new ("s1", seeds_meeting_get_id (sample.scored), "2026-01-15", "1",
                              "Ask everyone why they joined", "Anna", NULL, SEEDS_NEXT_STEP_DONE);
  effect.step = step;
  effect.position = 0;
  effect.agreed = 0;
  effect.measured = 1;
  effect.has_later = TRUE;
  effect.then = *seeds_community_history_get_stats (history, 0, 0);
  effect.now = *seeds_community_history_get_stats (history, 1, 0);
  effect.change = SEEDS_CHANGE_TOO_FEW;
  effect_text = seeds_effect_row_describe (history, &effect);
  g_assert_cmpstr (effect_text, ==, "1. Driven and personally committed · 15 Jan 2026 at 4.5 → 12 Mar 2026 at 3.7");

  effect.has_later = FALSE;
  effect.measured = 0;
  lonely_text = seeds_effect_row_describe (history, &effect);
  g_assert_cmpstr (lonely_text, ==, "1. Driven and personally committed · agreed 15 Jan 2026 at 4.5 · "
                                    "no meeting since to compare with");
}

static SeedsHistoryPage *
history_page (SeedsTestWindow *fixture)
{
  return seeds_meeting_view_get_history_page (fixture->window->meeting_view);
}

static guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

/* The row descriptions of the change table must be those of the history's
 * own comparison of @then with @now. */
static void
assert_change_table (SeedsHistoryPage *page,
                     guint             then,
                     guint             now)
{
  SeedsCommunityHistory *history = seeds_history_page_get_history (page);
  SeedsFramework *framework = seeds_community_history_get_framework (history);
  g_autoptr(GArray) changes = seeds_community_history_compare (history, then, now);
  g_autofree char *then_name = seeds_history_meeting_name (history, then);
  g_autofree char *now_name = seeds_history_meeting_name (history, now);
  SeedsChangeTable *table = seeds_history_page_get_change_table (page);

  for (guint i = 0; i < changes->len; i++)
    {
      const SeedsFactorChange *change = &g_array_index (changes, SeedsFactorChange, i);
      g_autofree char *expected = seeds_change_table_describe (framework, change, then_name, now_name);
      GtkWidget *row = seeds_change_table_get_row (table, i);
      GtkWidget *sign = gtk_widget_get_last_child (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)));

      g_assert_cmpstr (gtk_widget_get_tooltip_text (row), ==, seeds_change_get_label (change->change));
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (sign)), ==, seeds_change_get_symbol (change->change));
      g_assert_nonnull (expected);
    }
}

/* 120 meetings of 30 people: the page opens on them, with every meeting in
 * the timeline and the trend, the open meeting against the one before in
 * the radar and the change table, and the steps that were done. */
static void
test_generated_community (SeedsTestWindow *fixture,
                          gconstpointer    data)
{
  g_autoptr(SeedsStore) store = NULL;
  g_autoptr(SeedsFramework) framework = seeds_framework_new_default ("en");
  g_autoptr(SeedsCommunity) community = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) effects = NULL;
  g_autofree char *radar = NULL;
  SeedsHistoryPage *page;
  SeedsCommunityHistory *history;
  SeedsChartSeries *trend;
  g_autofree char *fifth_id = NULL;
  SeedsNextStep *latest;
  gint64 start;

  store = seeds_store_open (fixture->db_path, &error);
  g_assert_no_error (error);
  community = seeds_test_generate_community (store, framework, 120, 30, 7);
  g_clear_object (&store);

  seeds_test_window_open (fixture);
  g_assert_cmpstr (seeds_meeting_view_get_page (fixture->window->meeting_view), !=, "history");

  start = g_get_monotonic_time ();
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-history", NULL);
  g_test_message ("history page loaded in %.1f ms", (g_get_monotonic_time () - start) / 1000.0);
  seeds_test_iterate ();
  g_test_message ("history page shown in %.1f ms", (g_get_monotonic_time () - start) / 1000.0);
  g_assert_cmpstr (seeds_meeting_view_get_page (fixture->window->meeting_view), ==, "history");

  page = history_page (fixture);
  history = seeds_history_page_get_history (page);
  g_assert_nonnull (history);
  g_assert_cmpuint (seeds_community_history_get_n_meetings (history), ==, 120);

  /* Every meeting in the timeline, the open one (the newest) marked. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (
                      seeds_timeline_get_list_view (seeds_history_page_get_timeline (page))))), ==, 120);
  g_assert_cmpuint (seeds_timeline_get_current (seeds_history_page_get_timeline (page)), ==, 119);

  /* The trend of the first factor over all 120, then of the third. */
  trend = seeds_chart_get_series (SEEDS_CHART (seeds_history_page_get_trend_chart (page)));
  g_assert_cmpuint (seeds_chart_series_get_n_points (trend), ==, 120);
  g_assert_cmpfloat_with_epsilon (seeds_chart_series_get_point (trend, 10)->mean,
                                  seeds_community_history_get_stats (history, 10, 0)->mean10 / 10.0, 1e-9);
  seeds_history_page_select_factor (page, 2);
  trend = seeds_chart_get_series (SEEDS_CHART (seeds_history_page_get_trend_chart (page)));
  g_assert_cmpfloat_with_epsilon (seeds_chart_series_get_point (trend, 10)->mean,
                                  seeds_community_history_get_stats (history, 10, 2)->mean10 / 10.0, 1e-9);
  g_assert_cmpstr (seeds_chart_get_title (SEEDS_CHART (seeds_history_page_get_trend_chart (page))), ==,
                   "Continuous attention to community building");

  /* Now against the meeting before, then against the first. */
  radar = seeds_chart_describe (SEEDS_CHART (seeds_history_page_get_radar_chart (page)));
  g_assert_nonnull (strstr (radar, "was"));
  assert_change_table (page, 118, 119);
  seeds_history_page_compare_with (page, 0);
  assert_change_table (page, 0, 119);

  /* The generated steps are reviewed in turn: some were done. */
  effects = seeds_community_history_list_effects (history);
  g_assert_cmpuint (effects->len, >, 0);
  g_assert_cmpuint (effects->len, >, 5);
  g_assert_cmpuint (count_children (GTK_WIDGET (seeds_history_page_get_effects_list (page))), ==, 5);
  latest = g_array_index (effects, SeedsStepEffect, effects->len - 1).step;
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_widget_get_first_child (
                     GTK_WIDGET (seeds_history_page_get_effects_list (page))))), ==,
                   seeds_next_step_get_text (latest));
  g_signal_emit_by_name (seeds_history_page_get_all_effects_button (page), "clicked");
  seeds_test_iterate ();
  g_assert_cmpuint (count_children (GTK_WIDGET (seeds_history_page_get_effects_list (page))), ==, effects->len);

  /* A meeting in the timeline opens on its overview. */
  fifth_id = g_strdup (seeds_meeting_get_id (seeds_history_entry_get_meeting (
                         seeds_community_history_get_entry (history, 4))));
  g_signal_emit_by_name (seeds_timeline_get_list_view (seeds_history_page_get_timeline (page)), "activate", 4);
  seeds_test_iterate ();
  g_assert_cmpstr (seeds_meeting_get_id (seeds_meeting_view_get_meeting (fixture->window->meeting_view)), ==,
                   fifth_id);
  g_assert_cmpstr (seeds_meeting_view_get_page (fixture->window->meeting_view), ==, "overview");
}

/* Lets the main loop run for a while, for what happens after a delay. */
static void
wait_ms (guint milliseconds)
{
  gint64 until = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

/* The factors with stickers stored for @meeting. */
static guint
count_tallies (SeedsTestWindow *fixture,
               SeedsMeeting    *meeting)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) tallies = seeds_store_list_tallies (fixture->window->store,
                                                           seeds_meeting_get_id (meeting), &error);
  guint n = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < tallies->len; i++)
    {
      const SeedsTally *tally = g_ptr_array_index (tallies, i);

      for (int v = 0; v < SEEDS_TALLY_N_VALUES; v++)
        if (tally->counts[v] > 0)
          {
            n++;
            break;
          }
    }
  return n;
}

/* A meeting held with the poster: its stickers are counted on the page
 * where others score, and count in the overview and the history. */
static void
test_poster_meeting (SeedsTestWindow *fixture,
                     gconstpointer    data)
{
  g_autoptr(SeedsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(SeedsTestSample) sample = { 0 };
  SeedsMeetingView *view;
  SeedsTallyPage *tally_page;
  SeedsCommunityHistory *history;
  GAction *add_participant;

  store = seeds_store_open (fixture->db_path, &error);
  g_assert_no_error (error);
  seeds_test_sample_init (&sample, store, "Greenport lab", "Anna");
  g_clear_object (&store);

  seeds_test_window_open (fixture);
  view = fixture->window->meeting_view;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-meeting", "s",
                                             seeds_meeting_get_id (sample.poster)));
  seeds_test_iterate ();
  g_assert_cmpstr (seeds_meeting_get_id (seeds_meeting_view_get_meeting (view)), ==,
                   seeds_meeting_get_id (sample.poster));

  /* Nobody scores in the app: the stickers are counted instead. */
  seeds_test_window_activate (fixture, "win.show-scoring");
  g_assert_cmpstr (seeds_meeting_view_get_page (view), ==, "tally");
  add_participant = g_action_map_lookup_action (G_ACTION_MAP (fixture->window), "add-participant");
  g_assert_false (g_action_get_enabled (add_participant));

  /* What is typed is saved a moment later, without a button. */
  tally_page = seeds_meeting_view_get_tally_page (view);
  gtk_spin_button_set_value (seeds_tally_page_get_spin (tally_page, "1", 4), 5);
  g_assert_true (seeds_tally_page_get_dirty (tally_page));
  g_assert_cmpuint (count_tallies (fixture, sample.poster), ==, 0);
  wait_ms (800);
  g_assert_false (seeds_tally_page_get_dirty (tally_page));
  g_assert_cmpuint (count_tallies (fixture, sample.poster), ==, 1);

  /* And at once when the page goes away. */
  gtk_spin_button_set_value (seeds_tally_page_get_spin (tally_page, "1", 2), 1);
  gtk_spin_button_set_value (seeds_tally_page_get_spin (tally_page, "2", 3), 2);
  g_assert_true (seeds_tally_page_get_dirty (tally_page));
  seeds_test_window_activate (fixture, "win.show-history");
  g_assert_false (seeds_tally_page_get_dirty (tally_page));
  g_assert_cmpuint (count_tallies (fixture, sample.poster), ==, 2);
  seeds_test_iterate ();

  /* (5 × 4 + 2) / 6 = 3.7 */
  history = seeds_history_page_get_history (history_page (fixture));
  g_assert_cmpuint (seeds_community_history_get_stats (history, 1, 0)->n, ==, 6);
  g_assert_cmpuint (seeds_community_history_get_stats (history, 1, 0)->mean10, ==, 37);

  /* A meeting with scores has its scoring page back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-meeting", "s",
                                             seeds_meeting_get_id (sample.scored)));
  seeds_test_iterate ();
  seeds_test_window_activate (fixture, "win.show-scoring");
  g_assert_cmpstr (seeds_meeting_view_get_page (view), ==, "scoring");
  g_assert_true (g_action_get_enabled (add_participant));
}

int
main (int   argc,
      char *argv[])
{
  seeds_test_window_init (&argc, &argv);

#define ADD_DB(path, func) \
  g_test_add (path, SeedsTestDatabase, NULL, seeds_test_database_set_up, func, seeds_test_database_tear_down)
  ADD_DB ("/history/series/factor", test_series_for_factor);
  ADD_DB ("/history/series/meeting", test_series_for_meeting);
  ADD_DB ("/history/rows-describe", test_rows_describe);
#undef ADD_DB
  g_test_add_func ("/history/glyph-describe", test_glyph_describe);
  SEEDS_TEST_ADD_WINDOW ("/history/generated-community", test_generated_community);
  SEEDS_TEST_ADD_WINDOW ("/history/poster-meeting", test_poster_meeting);

  return seeds_test_window_run ();
}
