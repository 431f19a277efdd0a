/* test-community-history.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>

#include <sqlite3.h>

#include "stats/seeds-community-history.h"
#include "seeds-test-util.h"

/* The history of a community: the change rule, the series, the change
 * table and "did it help?" as pure functions of made-up meetings; then a
 * generated community loaded from the store and checked against numbers
 * computed apart, in SQL. */

/* The change rule */

static SeedsFactorStats
stats_of (const guint *counts)  /* "don't know", 1 … 5 */
{
  SeedsFactorStats stats;

  seeds_factor_stats_init (&stats);
  for (int v = 0; v < SEEDS_TALLY_N_VALUES; v++)
    seeds_factor_stats_add_count (&stats, seeds_tally_score_at (v), counts[v]);
  seeds_factor_stats_finish (&stats);

  return stats;
}

static void
test_change_rule (void)
{
  static const struct
  {
    guint       then[SEEDS_TALLY_N_VALUES];
    guint       now[SEEDS_TALLY_N_VALUES];
    SeedsChange change;
  } cases[] = {
    /* 3.2 (16/5) → 3.7 (11/3): 0.5 apart, better */
    { { 0, 0, 1, 2, 2, 0 }, { 0, 0, 0, 1, 2, 0 }, SEEDS_CHANGE_BETTER },
    /* and back: worse */
    { { 0, 0, 0, 1, 2, 0 }, { 0, 0, 1, 2, 2, 0 }, SEEDS_CHANGE_WORSE },
    /* 3.2 → 3.6 (18/5): 0.4 apart, no sign */
    { { 0, 0, 1, 2, 2, 0 }, { 0, 0, 0, 2, 3, 0 }, SEEDS_CHANGE_NONE },
    /* as shown: 3.14 (22/7) shows as 3.1 and 3.56 (32/9) as 3.6, 0.5 apart */
    { { 0, 0, 1, 4, 2, 0 }, { 0, 0, 0, 4, 5, 0 }, SEEDS_CHANGE_BETTER },
    /* 3.17 (19/6) shows as 3.2 and 3.64 (40/11) as 3.6: 0.4 apart */
    { { 0, 0, 1, 3, 2, 0 }, { 0, 0, 2, 2, 5, 2 }, SEEDS_CHANGE_NONE },
    /* 1.0 → 5.0 with two scores now: too few to tell */
    { { 0, 3, 0, 0, 0, 0 }, { 0, 0, 0, 0, 0, 2 }, SEEDS_CHANGE_TOO_FEW },
    /* "don't know" is not a score */
    { { 5, 1, 1, 0, 0, 0 }, { 0, 0, 0, 0, 0, 3 }, SEEDS_CHANGE_TOO_FEW },
    /* nobody scored then */
    { { 0, 0, 0, 0, 0, 0 }, { 0, 0, 0, 3, 0, 0 }, SEEDS_CHANGE_TOO_FEW },
    /* exactly three on both sides */
    { { 0, 1, 1, 1, 0, 0 }, { 0, 0, 1, 1, 1, 0 }, SEEDS_CHANGE_BETTER },
    { { 0, 0, 0, 3, 0, 0 }, { 0, 0, 0, 3, 0, 0 }, SEEDS_CHANGE_NONE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      SeedsFactorStats then = stats_of (cases[i].then);
      SeedsFactorStats now = stats_of (cases[i].now);

      g_test_message ("Case %u: %u → %u", i, then.mean10, now.mean10);
      g_assert_cmpint (seeds_factor_stats_change (&then, &now), ==, cases[i].change);
    }

  g_assert_cmpstr (seeds_change_get_symbol (SEEDS_CHANGE_BETTER), ==, "△");
  g_assert_cmpstr (seeds_change_get_symbol (SEEDS_CHANGE_WORSE), ==, "▽");
  g_assert_cmpstr (seeds_change_get_symbol (SEEDS_CHANGE_NONE), ==, "");
  g_assert_cmpstr (seeds_change_get_symbol (SEEDS_CHANGE_TOO_FEW), ==, "");
  g_assert_cmpstr (seeds_change_get_label (SEEDS_CHANGE_TOO_FEW), ==, "Too few scores to tell");
  g_assert_cmpstr (seeds_change_to_string (SEEDS_CHANGE_WORSE), ==, "worse");
}

/* A made-up history: four meetings, the second held with the poster */

#define FACTORS_1  0
#define FACTORS_4  3

typedef struct
{
  SeedsFramework        *framework;
  SeedsCommunityHistory *history;
  GPtrArray             *steps;
} Made;

static void
made_clear (Made *made)
{
  g_clear_object (&made->framework);
  g_clear_object (&made->history);
  g_clear_pointer (&made->steps, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Made, made_clear)

static SeedsMeetingSummary *
summary_of (SeedsFramework *framework,
            const guint    *one,
            const guint    *four)
{
  g_autoptr(GPtrArray) tallies = g_ptr_array_new_with_free_func ((GDestroyNotify) seeds_tally_free);

  g_ptr_array_add (tallies, seeds_tally_new ("1", one));
  g_ptr_array_add (tallies, seeds_tally_new ("4", four));

  return seeds_meeting_summary_new_from_tallies (framework, tallies);
}

static SeedsNextStep *
step_new (const char          *id,
          const char          *meeting_id,
          const char          *factor_id,
          SeedsNextStepStatus  status,
          const char          *reviewed_in)
{
  SeedsNextStep *step = seeds_next_step_new (id, meeting_id, "2026-01-01", factor_id, id, "", NULL,
                                             status);

  seeds_next_step_set_reviewed_in (step, reviewed_in);
  return step;
}

static void
made_init (Made *made)
{
  static const char * const ids[] = { "m0", "m1", "m2", "m3" };
  static const char * const dates[] = { "2026-01-10", "2026-03-10", "2026-05-10", "2026-07-10" };
  /* factor 1: 2.0, a gap, 4.0, then 4.0 from two scores */
  static const guint one[4][SEEDS_TALLY_N_VALUES] = {
    { 0, 1, 1, 1, 0, 0 }, { 1, 0, 0, 0, 0, 0 }, { 0, 0, 0, 1, 1, 1 }, { 0, 0, 0, 0, 2, 0 },
  };
  /* factor 4: 3.0, 3.3, 4.0, 2.7 */
  static const guint four[4][SEEDS_TALLY_N_VALUES] = {
    { 0, 0, 0, 3, 0, 0 }, { 0, 0, 0, 2, 1, 0 }, { 0, 0, 0, 0, 3, 0 }, { 0, 0, 1, 2, 0, 0 },
  };
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) summaries = g_ptr_array_new_with_free_func (g_object_unref);

  made->framework = seeds_framework_new_default ("en");

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_ptr_array_add (meetings, seeds_meeting_new_of_kind (ids[i], "c", "greenport-2020",
                                                            i == 1 ? SEEDS_MEETING_POSTER
                                                                   : SEEDS_MEETING_SCORES,
                                                            dates[i], ids[i], ""));
      g_ptr_array_add (summaries, summary_of (made->framework, one[i], four[i]));
    }

  made->steps = g_ptr_array_new_with_free_func (g_object_unref);
  /* done, reviewed as done in m2: measured there */
  g_ptr_array_add (made->steps, step_new ("reviewed", "m0", "4", SEEDS_NEXT_STEP_DONE, "m2"));
  /* done outside a review: measured in the latest meeting */
  g_ptr_array_add (made->steps, step_new ("unreviewed", "m0", "1", SEEDS_NEXT_STEP_DONE, NULL));
  /* not done: not in "did it help?" */
  g_ptr_array_add (made->steps, step_new ("carried", "m0", "4", SEEDS_NEXT_STEP_OPEN, "m1"));
  g_ptr_array_add (made->steps, step_new ("dropped", "m0", "4", SEEDS_NEXT_STEP_DROPPED, "m1"));
  /* done, agreed in the latest meeting: nothing to compare with yet */
  g_ptr_array_add (made->steps, step_new ("latest", "m3", "4", SEEDS_NEXT_STEP_DONE, NULL));
  /* reviewed in a meeting that now comes before it: the latest counts */
  g_ptr_array_add (made->steps, step_new ("redated", "m2", "4", SEEDS_NEXT_STEP_DONE, "m0"));
  /* a factor the framework doesn't have, a meeting that isn't there */
  g_ptr_array_add (made->steps, step_new ("unknown-factor", "m0", "99", SEEDS_NEXT_STEP_DONE, "m2"));
  g_ptr_array_add (made->steps, step_new ("unknown-meeting", "mx", "4", SEEDS_NEXT_STEP_DONE, NULL));

  made->history = seeds_community_history_new (made->framework, meetings, summaries, made->steps);
}

static void
test_model (void)
{
  g_auto(Made) made = { 0, };
  g_autoptr(SeedsHistoryEntry) first = NULL;
  SeedsHistoryEntry *entry;
  const double *glyph;
  guint n_factors = 0;
  guint position = 0;

  made_init (&made);

  g_assert_cmpuint (seeds_community_history_get_n_meetings (made.history), ==, 4);
  g_assert_true (G_IS_LIST_MODEL (made.history));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (made.history)), ==, 4);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (made.history)) == SEEDS_TYPE_HISTORY_ENTRY);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (made.history), 4));

  first = g_list_model_get_item (G_LIST_MODEL (made.history), 0);
  g_assert_cmpstr (seeds_meeting_get_id (seeds_history_entry_get_meeting (first)), ==, "m0");
  g_assert_cmpuint (seeds_history_entry_get_position (first), ==, 0);
  g_assert_cmpuint (seeds_history_entry_get_n_participants (first), ==, 3);

  entry = seeds_community_history_get_entry (made.history, 1);
  g_assert_cmpint (seeds_meeting_get_kind (seeds_history_entry_get_meeting (entry)), ==,
                   SEEDS_MEETING_POSTER);

  g_assert_true (seeds_community_history_find_meeting (made.history, "m2", &position));
  g_assert_cmpuint (position, ==, 2);
  g_assert_false (seeds_community_history_find_meeting (made.history, "mx", NULL));
  g_assert_false (seeds_community_history_find_meeting (made.history, NULL, NULL));

  /* The glyph: each factor's mean as shown, 0 for none */
  glyph = seeds_history_entry_get_glyph (seeds_community_history_get_entry (made.history, 1),
                                         &n_factors);
  g_assert_cmpuint (n_factors, ==, 12);
  g_assert_cmpfloat (glyph[FACTORS_1], ==, 0);
  g_assert_cmpfloat_with_epsilon (glyph[FACTORS_4], 3.3, 1e-9);
  g_assert_cmpfloat (glyph[11], ==, 0);
}

static void
test_series (void)
{
  g_auto(Made) made = { 0, };
  g_autoptr(GArray) series = NULL;
  const SeedsHistoryPoint *point;

  made_init (&made);

  series = seeds_community_history_get_series (made.history, FACTORS_1);
  g_assert_cmpuint (series->len, ==, 4);

  point = &g_array_index (series, SeedsHistoryPoint, 0);
  g_assert_cmpuint (point->meeting, ==, 0);
  g_assert_true (point->has_value);
  g_assert_cmpuint (point->mean10, ==, 20);
  g_assert_cmpuint (point->n, ==, 3);
  g_assert_cmpfloat_with_epsilon (point->spread, sqrt (2.0 / 3.0), 1e-12);

  /* Only a "don't know": a gap */
  point = &g_array_index (series, SeedsHistoryPoint, 1);
  g_assert_cmpuint (point->meeting, ==, 1);
  g_assert_false (point->has_value);
  g_assert_cmpuint (point->n, ==, 0);

  point = &g_array_index (series, SeedsHistoryPoint, 3);
  g_assert_true (point->has_value);
  g_assert_cmpfloat (point->mean, ==, 4.0);
  g_assert_cmpfloat (point->spread, ==, 0);
  g_assert_cmpuint (point->n, ==, 2);

  g_assert_cmpuint (seeds_community_history_get_stats (made.history, 2, FACTORS_4)->mean10, ==, 40);
}

static void
test_compare (void)
{
  g_auto(Made) made = { 0, };
  g_autoptr(GArray) first_third = NULL;
  g_autoptr(GArray) third_last = NULL;
  g_autoptr(GArray) first_poster = NULL;
  const SeedsFactorChange *row;

  made_init (&made);

  first_third = seeds_community_history_compare (made.history, 0, 2);
  g_assert_cmpuint (first_third->len, ==, 12);
  row = &g_array_index (first_third, SeedsFactorChange, FACTORS_1);
  g_assert_cmpuint (row->position, ==, FACTORS_1);
  g_assert_cmpuint (row->then.mean10, ==, 20);
  g_assert_cmpuint (row->now.mean10, ==, 40);
  g_assert_cmpint (row->change, ==, SEEDS_CHANGE_BETTER);
  row = &g_array_index (first_third, SeedsFactorChange, FACTORS_4);
  g_assert_cmpint (row->change, ==, SEEDS_CHANGE_BETTER);
  row = &g_array_index (first_third, SeedsFactorChange, 11);
  g_assert_cmpint (row->change, ==, SEEDS_CHANGE_TOO_FEW);

  third_last = seeds_community_history_compare (made.history, 2, 3);
  g_assert_cmpint (g_array_index (third_last, SeedsFactorChange, FACTORS_1).change, ==,
                   SEEDS_CHANGE_TOO_FEW);
  g_assert_cmpint (g_array_index (third_last, SeedsFactorChange, FACTORS_4).change, ==,
                   SEEDS_CHANGE_WORSE);

  /* A poster meeting counts like any other: 3.0 → 3.3 */
  first_poster = seeds_community_history_compare (made.history, 0, 1);
  g_assert_cmpint (g_array_index (first_poster, SeedsFactorChange, FACTORS_4).change, ==,
                   SEEDS_CHANGE_NONE);
}

static const SeedsStepEffect *
find_effect (GArray     *effects,
             const char *step_id)
{
  for (guint i = 0; i < effects->len; i++)
    {
      const SeedsStepEffect *effect = &g_array_index (effects, SeedsStepEffect, i);

      if (g_str_equal (seeds_next_step_get_id (effect->step), step_id))
        return effect;
    }

  return NULL;
}

static void
test_effects (void)
{
  g_auto(Made) made = { 0, };
  g_autoptr(GArray) effects = NULL;
  const SeedsStepEffect *effect;

  made_init (&made);
  effects = seeds_community_history_list_effects (made.history);

  /* Done steps only, of known factors and meetings, oldest first */
  g_assert_cmpuint (effects->len, ==, 4);
  g_assert_cmpstr (seeds_next_step_get_id (g_array_index (effects, SeedsStepEffect, 0).step), ==,
                   "reviewed");
  g_assert_null (find_effect (effects, "carried"));
  g_assert_null (find_effect (effects, "dropped"));
  g_assert_null (find_effect (effects, "unknown-factor"));
  g_assert_null (find_effect (effects, "unknown-meeting"));

  effect = find_effect (effects, "reviewed");
  g_assert_cmpuint (effect->position, ==, FACTORS_4);
  g_assert_cmpuint (effect->agreed, ==, 0);
  g_assert_cmpuint (effect->measured, ==, 2);
  g_assert_true (effect->has_later);
  g_assert_cmpuint (effect->then.mean10, ==, 30);
  g_assert_cmpuint (effect->now.mean10, ==, 40);
  g_assert_cmpint (effect->change, ==, SEEDS_CHANGE_BETTER);

  /* Measured in the latest meeting, where two people scored factor 1 */
  effect = find_effect (effects, "unreviewed");
  g_assert_cmpuint (effect->measured, ==, 3);
  g_assert_cmpint (effect->change, ==, SEEDS_CHANGE_TOO_FEW);

  effect = find_effect (effects, "latest");
  g_assert_false (effect->has_later);
  g_assert_cmpuint (effect->agreed, ==, 3);
  g_assert_cmpuint (effect->measured, ==, 3);
  g_assert_cmpint (effect->change, ==, SEEDS_CHANGE_TOO_FEW);

  effect = find_effect (effects, "redated");
  g_assert_cmpuint (effect->agreed, ==, 2);
  g_assert_cmpuint (effect->measured, ==, 3);
  g_assert_cmpint (effect->change, ==, SEEDS_CHANGE_WORSE);

  g_assert_cmpuint (seeds_community_history_get_next_steps (made.history)->len, ==, 8);
}

/* A generated community, loaded from the store, against SQL */

typedef struct
{
  guint  n;
  guint  dont_know;
  double sum;
  double sum_of_squares;
} Expected;

static sqlite3_stmt *
prepare (sqlite3    *db,
         const char *sql,
         const char *community_id)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, community_id, -1, SQLITE_TRANSIENT);

  return stmt;
}

/* The change rule again, written out from its description */
static SeedsChange
expected_change (const Expected *then,
                 const Expected *now)
{
  int then10, now10;

  if (then->n < 3 || now->n < 3)
    return SEEDS_CHANGE_TOO_FEW;

  then10 = (int) floor (10 * then->sum / then->n + 0.5 + 1e-9);
  now10 = (int) floor (10 * now->sum / now->n + 0.5 + 1e-9);

  if (now10 - then10 >= 5)
    return SEEDS_CHANGE_BETTER;
  if (then10 - now10 >= 5)
    return SEEDS_CHANGE_WORSE;
  return SEEDS_CHANGE_NONE;
}

static void
check_against_sql (const char            *path,
                   const char            *community_id,
                   SeedsCommunityHistory *history,
                   guint                  n_meetings,
                   guint                  n_participants)
{
  g_autoptr(GHashTable) positions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree Expected *expected = NULL;
  g_autoptr(GArray) effects = NULL;
  sqlite3_stmt *stmt;
  sqlite3 *db = NULL;
  guint n_factors = seeds_framework_get_n_factors (seeds_community_history_get_framework (history));
  guint n_done = 0;
  guint i = 0;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);

  /* The meetings, oldest first */
  stmt = prepare (db, "SELECT id FROM meetings WHERE community_id = ?1 "
                      "ORDER BY date, created_at, rowid", community_id);
  for (; sqlite3_step (stmt) == SQLITE_ROW; i++)
    {
      const char *id = (const char *) sqlite3_column_text (stmt, 0);

      g_assert_cmpstr (seeds_meeting_get_id (seeds_history_entry_get_meeting (seeds_community_history_get_entry (history, i))),
                       ==, id);
      g_hash_table_insert (positions, g_strdup (id), GUINT_TO_POINTER (i));
    }
  sqlite3_finalize (stmt);
  g_assert_cmpuint (i, ==, n_meetings);
  g_assert_cmpuint (seeds_community_history_get_n_meetings (history), ==, n_meetings);

  /* Who scored in each meeting */
  stmt = prepare (db, "SELECT s.meeting_id, count (DISTINCT s.participant_id) "
                      "FROM scores s JOIN meetings m ON m.id = s.meeting_id "
                      "WHERE m.community_id = ?1 GROUP BY s.meeting_id", community_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      guint m = GPOINTER_TO_UINT (g_hash_table_lookup (positions, sqlite3_column_text (stmt, 0)));

      g_assert_cmpuint (sqlite3_column_int (stmt, 1), ==, n_participants);
      g_assert_cmpuint (seeds_history_entry_get_n_participants (seeds_community_history_get_entry (history, m)),
                        ==, sqlite3_column_int (stmt, 1));
    }
  sqlite3_finalize (stmt);

  /* Each factor in each meeting */
  expected = g_new0 (Expected, n_meetings * n_factors);
  stmt = prepare (db, "SELECT s.meeting_id, CAST (s.factor_id AS INTEGER), count (s.value), "
                      "       sum (s.value IS NULL), total (s.value), total (s.value * s.value) "
                      "FROM scores s JOIN meetings m ON m.id = s.meeting_id "
                      "WHERE m.community_id = ?1 GROUP BY s.meeting_id, s.factor_id",
                  community_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      guint m = GPOINTER_TO_UINT (g_hash_table_lookup (positions, sqlite3_column_text (stmt, 0)));
      guint f = sqlite3_column_int (stmt, 1) - 1;  /* the framework's ids are 1 … 12 */
      Expected *e = &expected[m * n_factors + f];

      e->n = sqlite3_column_int (stmt, 2);
      e->dont_know = sqlite3_column_int (stmt, 3);
      e->sum = sqlite3_column_double (stmt, 4);
      e->sum_of_squares = sqlite3_column_double (stmt, 5);
    }
  sqlite3_finalize (stmt);

  for (guint m = 0; m < n_meetings; m++)
    for (guint f = 0; f < n_factors; f++)
      {
        const SeedsFactorStats *stats = seeds_community_history_get_stats (history, m, f);
        const Expected *e = &expected[m * n_factors + f];
        double mean = e->n > 0 ? e->sum / e->n : 0;

        g_assert_cmpuint (stats->n, ==, e->n);
        g_assert_cmpuint (stats->dont_know, ==, e->dont_know);
        g_assert_cmpfloat_with_epsilon (stats->mean, mean, 1e-9);
        if (e->n > 0)
          g_assert_cmpfloat_with_epsilon (stats->spread,
                                          sqrt (MAX (0, e->sum_of_squares / e->n - mean * mean)),
                                          1e-9);
      }

  /* "Did it help?" for every step reviewed as done */
  effects = seeds_community_history_list_effects (history);
  stmt = prepare (db, "SELECT n.id, n.meeting_id, CAST (n.factor_id AS INTEGER), n.reviewed_in "
                      "FROM next_steps n JOIN meetings m ON m.id = n.meeting_id "
                      "WHERE m.community_id = ?1 AND n.status = 'done' "
                      "ORDER BY m.date, m.created_at, m.rowid, n.created_at, n.rowid",
                  community_id);
  for (; sqlite3_step (stmt) == SQLITE_ROW; n_done++)
    {
      const SeedsStepEffect *effect = &g_array_index (effects, SeedsStepEffect, n_done);
      guint agreed = GPOINTER_TO_UINT (g_hash_table_lookup (positions, sqlite3_column_text (stmt, 1)));
      guint f = sqlite3_column_int (stmt, 2) - 1;
      guint reviewed = GPOINTER_TO_UINT (g_hash_table_lookup (positions, sqlite3_column_text (stmt, 3)));

      g_assert_cmpstr (seeds_next_step_get_id (effect->step), ==,
                       (const char *) sqlite3_column_text (stmt, 0));
      g_assert_cmpuint (effect->agreed, ==, agreed);
      g_assert_cmpuint (effect->measured, ==, reviewed);
      g_assert_true (effect->has_later);
      g_assert_cmpint (effect->change, ==, expected_change (&expected[agreed * n_factors + f],
                                                            &expected[reviewed * n_factors + f]));
    }
  sqlite3_finalize (stmt);
  g_assert_cmpuint (n_done, ==, effects->len);
  g_assert_cmpuint (n_done, >, 10);

  sqlite3_close (db);
}

typedef SeedsTestDatabase Fixture;

static void
test_generated (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(SeedsCommunity) community = NULL;
  g_autoptr(SeedsCommunity) other = NULL;
  g_autoptr(SeedsCommunityHistory) history = NULL;
  g_autoptr(GError) error = NULL;

  community = seeds_test_generate_community (fixture->store, fixture->framework, 20, 10, 4);
  /* Another community's meetings stay out of it. */
  other = seeds_test_generate_community (fixture->store, fixture->framework, 3, 4, 5);

  history = seeds_community_history_load (fixture->store, fixture->framework,
                                          seeds_community_get_id (community), &error);
  g_assert_no_error (error);

  check_against_sql (fixture->path, seeds_community_get_id (community), history, 20, 10);
}

/* Poster meetings, meetings of another framework and meetings without
 * scores, through the store */
static void
test_load_kinds (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsCommunity) community = NULL;
  g_autoptr(SeedsMeeting) scored = NULL;
  g_autoptr(SeedsMeeting) poster = NULL;
  g_autoptr(SeedsMeeting) students = NULL;
  g_autoptr(SeedsMeeting) empty = NULL;
  g_autoptr(SeedsParticipant) anna = NULL;
  g_autoptr(SeedsParticipant) bram = NULL;
  g_autoptr(SeedsCommunityHistory) history = NULL;
  g_autoptr(SeedsCommunityHistory) nothing = NULL;
  const guint four[] = { 1, 0, 2, 3, 0, 0 };
  const guint seven[] = { 0, 0, 0, 0, 0, 8 };
  const char *community_id;
  SeedsMeetingSummary *summary;

  community = seeds_store_add_community (fixture->store, "Mixed", &error);
  g_assert_no_error (error);
  community_id = seeds_community_get_id (community);
  scored = seeds_store_add_meeting (fixture->store, community_id, "greenport-2020", "2026-01-01",
                                    "Scored", "", &error);
  poster = seeds_store_add_meeting_of_kind (fixture->store, community_id, "greenport-2020",
                                            SEEDS_MEETING_POSTER, "2026-02-01", "Poster", "",
                                            &error);
  students = seeds_store_add_meeting (fixture->store, community_id, "students-2024", "2026-03-01",
                                      "Students", "", &error);
  empty = seeds_store_add_meeting (fixture->store, community_id, "greenport-2020", "2026-04-01",
                                   "Empty", "", &error);
  g_assert_no_error (error);

  anna = seeds_store_add_participant (fixture->store, seeds_meeting_get_id (scored), "Anna", "",
                                      SEEDS_PARTNER_OTHER, &error);
  bram = seeds_store_add_participant (fixture->store, seeds_meeting_get_id (scored), "Bram", "",
                                      SEEDS_PARTNER_OTHER, &error);
  g_assert_no_error (error);
  seeds_store_set_score (fixture->store, seeds_meeting_get_id (scored),
                         seeds_participant_get_id (anna), "4", 2, &error);
  seeds_store_set_score (fixture->store, seeds_meeting_get_id (scored),
                         seeds_participant_get_id (bram), "7", SEEDS_SCORE_DONT_KNOW, &error);
  seeds_store_set_tallies (fixture->store, seeds_meeting_get_id (poster), "4", four, &error);
  seeds_store_set_tallies (fixture->store, seeds_meeting_get_id (poster), "7", seven, &error);
  g_assert_no_error (error);
  seeds_store_add_attendee (fixture->store, seeds_meeting_get_id (students),
                            seeds_participant_get_id (anna), &error);
  seeds_store_set_score (fixture->store, seeds_meeting_get_id (students),
                         seeds_participant_get_id (anna), "4", 5, &error);
  seeds_store_add_attendee (fixture->store, seeds_meeting_get_id (empty),
                            seeds_participant_get_id (anna), &error);
  g_assert_no_error (error);

  history = seeds_community_history_load (fixture->store, fixture->framework, community_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (seeds_community_history_get_n_meetings (history), ==, 4);

  /* Two people scored, one of them "don't know" only */
  g_assert_cmpuint (seeds_history_entry_get_n_participants (seeds_community_history_get_entry (history, 0)),
                    ==, 2);
  g_assert_cmpuint (seeds_community_history_get_stats (history, 0, FACTORS_4)->n, ==, 1);

  /* The poster: eight stickers on factor 7 */
  summary = seeds_history_entry_get_summary (seeds_community_history_get_entry (history, 1));
  g_assert_cmpuint (seeds_history_entry_get_n_participants (seeds_community_history_get_entry (history, 1)),
                    ==, 8);
  g_assert_cmpuint (seeds_meeting_summary_lookup_stats (summary, "4")->n, ==, 5);
  g_assert_cmpuint (seeds_meeting_summary_lookup_stats (summary, "4")->dont_know, ==, 1);
  g_assert_cmpuint (seeds_meeting_summary_lookup_stats (summary, "4")->mean10, ==, 26);
  g_assert_cmpuint (seeds_meeting_summary_lookup_stats (summary, "7")->mean10, ==, 50);

  /* Another framework's factor 4 is another factor: no results */
  g_assert_cmpuint (seeds_history_entry_get_n_participants (seeds_community_history_get_entry (history, 2)),
                    ==, 0);
  g_assert_cmpuint (seeds_community_history_get_stats (history, 2, FACTORS_4)->n, ==, 0);

  /* Taking part without scoring is not in the numbers. */
  g_assert_cmpuint (seeds_history_entry_get_n_participants (seeds_community_history_get_entry (history, 3)),
                    ==, 0);

  /* A community without meetings has an empty history. */
  nothing = seeds_community_history_load (fixture->store, fixture->framework,
                                          "0c7f3a56-0000-4000-8000-000000000000", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (seeds_community_history_get_n_meetings (nothing), ==, 0);
}

/* An adapted framework: factor 1 reworded (the same origin), factor 5
 * left out, and a factor of its own. */
static const char adapted_xml[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
  "<framework id=\"ours\" version=\"1\" based-on=\"greenport-2020\"><name>Ours</name><question>Q</question>"
  "<part id=\"p\"><name>P</name><group id=\"g\"><name>G</name>"
  "<factor id=\"one\" origin=\"greenport-2020:1\"><title>Drive</title><definition>D</definition></factor>"
  "<factor id=\"new\"><title>New</title><definition>D</definition></factor>"
  "</group></part></framework>";

static SeedsFramework *
framework_of_meeting (SeedsMeeting *meeting,
                      gpointer      user_data)
{
  const char *id = seeds_meeting_get_framework_id (meeting);
  g_autoptr(GBytes) bytes = NULL;

  if (g_str_equal (id, "ours"))
    {
      bytes = g_bytes_new_static (adapted_xml, sizeof adapted_xml - 1);
      return seeds_framework_new_from_bytes (bytes, "ours", "en", NULL);
    }

  return seeds_framework_new_builtin (id, "en");
}

static void
score_one (Fixture      *fixture,
           SeedsMeeting *meeting,
           const char   *name,
           const char   *factor_id,
           int           value)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsParticipant) person = NULL;

  person = seeds_store_add_participant (fixture->store, seeds_meeting_get_id (meeting), name, "",
                                        SEEDS_PARTNER_OTHER, &error);
  g_assert_no_error (error);
  seeds_store_set_score (fixture->store, seeds_meeting_get_id (meeting),
                         seeds_participant_get_id (person), factor_id, value, &error);
  g_assert_no_error (error);
}

/* Across a change of framework a factor is compared only with itself or
 * with the factor it was adapted from; a factor that was not asked is
 * absent, not unscored. */
static void
test_framework_change (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsCommunity) community = NULL;
  g_autoptr(SeedsMeeting) research = NULL;
  g_autoptr(SeedsMeeting) students = NULL;
  g_autoptr(SeedsMeeting) ours = NULL;
  g_autoptr(SeedsMeeting) unknown = NULL;
  g_autoptr(SeedsCommunityHistory) history = NULL;
  g_autoptr(SeedsCommunityHistory) plain = NULL;
  g_autoptr(GArray) series = NULL;
  g_autoptr(GArray) rows = NULL;
  const char *community_id;

  community = seeds_store_add_community (fixture->store, "Changing", &error);
  g_assert_no_error (error);
  community_id = seeds_community_get_id (community);
  research = seeds_store_add_meeting (fixture->store, community_id, "greenport-2020", "2026-01-01",
                                      "Research wording", "", &error);
  students = seeds_store_add_meeting (fixture->store, community_id, "students-teachers-2020",
                                      "2026-02-01", "Students' wording", "", &error);
  ours = seeds_store_add_meeting (fixture->store, community_id, "ours", "2026-03-01",
                                  "Our own", "", &error);
  unknown = seeds_store_add_meeting (fixture->store, community_id, "lost", "2026-04-01",
                                     "Unknown framework", "", &error);
  g_assert_no_error (error);

  score_one (fixture, research, "Anna", "1", 2);
  score_one (fixture, research, "Bram", "5", 3);
  score_one (fixture, students, "Anna", "1", 4);
  score_one (fixture, students, "Bram", "5", 4);
  score_one (fixture, ours, "Anna", "one", 5);
  score_one (fixture, ours, "Bram", "new", 1);
  score_one (fixture, unknown, "Anna", "1", 1);

  history = seeds_community_history_load_with_frameworks (fixture->store, fixture->framework,
                                                          framework_of_meeting, NULL,
                                                          community_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (seeds_community_history_get_n_meetings (history), ==, 4);

  /* Factor 1 in every wording: the same factor */
  series = seeds_community_history_get_series (history, 0);
  g_assert_cmpuint (g_array_index (series, SeedsHistoryPoint, 0).mean10, ==, 20);
  g_assert_cmpuint (g_array_index (series, SeedsHistoryPoint, 1).mean10, ==, 40);
  g_assert_cmpuint (g_array_index (series, SeedsHistoryPoint, 2).mean10, ==, 50);
  g_assert_false (g_array_index (series, SeedsHistoryPoint, 2).absent);
  g_assert_true (g_array_index (series, SeedsHistoryPoint, 3).absent);
  g_assert_false (g_array_index (series, SeedsHistoryPoint, 3).has_value);

  /* Factor 5 was not asked in our own framework */
  g_assert_false (seeds_community_history_is_absent (history, 1, 4));
  g_assert_true (seeds_community_history_is_absent (history, 2, 4));
  g_assert_cmpuint (seeds_community_history_get_stats (history, 1, 4)->mean10, ==, 40);
  rows = seeds_community_history_compare (history, 1, 2);
  g_assert_false (g_array_index (rows, SeedsFactorChange, 4).then_absent);
  g_assert_true (g_array_index (rows, SeedsFactorChange, 4).now_absent);
  g_assert_cmpint (g_array_index (rows, SeedsFactorChange, 4).change, ==, SEEDS_CHANGE_TOO_FEW);
  g_assert_false (g_array_index (rows, SeedsFactorChange, 0).now_absent);

  /* Our own factor has no counterpart in the research's twelve: it counts
   * for none of them. Bram scored only it. */
  g_assert_cmpuint (seeds_history_entry_get_n_participants (seeds_community_history_get_entry (history, 2)),
                    ==, 1);

  /* Without knowing the frameworks, only the reference's own meetings count. */
  plain = seeds_community_history_load (fixture->store, fixture->framework, community_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (seeds_community_history_get_stats (plain, 1, 0)->n, ==, 0);
  g_assert_true (seeds_community_history_is_absent (plain, 1, 0));
  g_assert_false (seeds_community_history_is_absent (plain, 0, 0));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/community-history/change-rule", test_change_rule);
  g_test_add_func ("/community-history/model", test_model);
  g_test_add_func ("/community-history/series", test_series);
  g_test_add_func ("/community-history/compare", test_compare);
  g_test_add_func ("/community-history/effects", test_effects);
  g_test_add ("/community-history/generated", Fixture, NULL,
              seeds_test_database_set_up, test_generated, seeds_test_database_tear_down);
  g_test_add ("/community-history/framework-change", Fixture, NULL,
              seeds_test_database_set_up, test_framework_change, seeds_test_database_tear_down);
  g_test_add ("/community-history/load-kinds", Fixture, NULL,
              seeds_test_database_set_up, test_load_kinds, seeds_test_database_tear_down);

  return g_test_run ();
}
