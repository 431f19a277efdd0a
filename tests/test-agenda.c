/* test-agenda.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stats/seeds-agenda.h"
#include "model/seeds-next-step.h"
#include "model/seeds-score.h"

/* Scores of three people: factor 4 needs attention most (1.7), then 7
 * (2.3), then 12 (3.0); factor 1 is a strength; factor 9 needs attention
 * but only two people scored it. */
static SeedsMeetingSummary *
summary_new (SeedsFramework *framework,
             gboolean        late_card)
{
  g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func ((GDestroyNotify)seeds_score_free);
  const char *people[] = { "anna", "bram", "carla", "dirk" };
  const struct { const char *factor; int values[4]; } rows[] = {
    { "1", { 5, 4, 4, 4 } },
    { "4", { 2, 1, 2, 5 } },
    { "7", { 2, 3, 2, 1 } },
    { "12", { 3, 3, 3, 3 } },
    { "9", { 1, 2, SEEDS_SCORE_DONT_KNOW, SEEDS_SCORE_DONT_KNOW } },
  };

  /* Dirk’s card comes in late: 4 goes up to 2.5, 7 down to 2.0 */
  for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
    for (guint p = 0; p < (late_card ? 4u : 3u); p++)
      g_ptr_array_add (scores, seeds_score_new (people[p], rows[r].factor, rows[r].values[p], ""));

  return seeds_meeting_summary_new (framework, scores);
}

static void
assert_stop (SeedsAgenda     *agenda,
             guint            index,
             SeedsAgendaKind  kind,
             guint            factor)
{
  const SeedsAgendaStop *stop = seeds_agenda_get_stop (agenda, index);

  g_assert_cmpint (stop->kind, ==, kind);
  if (kind == SEEDS_AGENDA_FACTOR)
    g_assert_cmpuint (stop->factor, ==, factor);
}

/* Before the reveal: no factors, so their order tells nothing; the
 * overview in the framework's order; going on from it reveals. */
static void
test_before_reveal (void)
{
  g_autoptr(SeedsFramework) framework = seeds_framework_new_default ("en");
  g_autoptr(SeedsMeetingSummary) summary = summary_new (framework, FALSE);
  g_autoptr(SeedsAgenda) agenda = seeds_agenda_new (summary, FALSE, 3, FALSE);
  const guint *order;
  guint n;

  g_assert_cmpuint (seeds_agenda_get_n_stops (agenda), ==, 4);
  assert_stop (agenda, 0, SEEDS_AGENDA_WELCOME, 0);
  assert_stop (agenda, 1, SEEDS_AGENDA_SCORES, 0);
  assert_stop (agenda, 2, SEEDS_AGENDA_OVERVIEW, 0);
  assert_stop (agenda, 3, SEEDS_AGENDA_CLOSE, 0);
  g_assert_cmpuint (seeds_agenda_get_n_factors (agenda), ==, 0);

  order = seeds_agenda_get_overview_order (agenda, &n);
  g_assert_cmpuint (n, ==, 12);
  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (order[i], ==, i);

  g_assert_false (seeds_agenda_reveals_here (agenda, 1));
  g_assert_true (seeds_agenda_reveals_here (agenda, 2));
}

/* After the reveal: the factors that need attention, most urgent first,
 * without the one too few people scored; then the earlier steps and the
 * close. */
static void
test_after_reveal (void)
{
  g_autoptr(SeedsFramework) framework = seeds_framework_new_default ("en");
  g_autoptr(SeedsMeetingSummary) summary = summary_new (framework, FALSE);
  g_autoptr(SeedsAgenda) agenda = seeds_agenda_new (summary, TRUE, 3, TRUE);
  const guint *order;
  guint n;

  g_assert_cmpuint (seeds_agenda_get_n_stops (agenda), ==, 8);
  assert_stop (agenda, 2, SEEDS_AGENDA_OVERVIEW, 0);
  assert_stop (agenda, 3, SEEDS_AGENDA_FACTOR, 3);
  assert_stop (agenda, 4, SEEDS_AGENDA_FACTOR, 6);
  assert_stop (agenda, 5, SEEDS_AGENDA_FACTOR, 11);
  assert_stop (agenda, 6, SEEDS_AGENDA_EARLIER_STEPS, 0);
  assert_stop (agenda, 7, SEEDS_AGENDA_CLOSE, 0);
  g_assert_false (seeds_agenda_reveals_here (agenda, 2));
  g_assert_cmpuint (seeds_agenda_find_factor (agenda, 6), ==, 4);
  g_assert_cmpuint (seeds_agenda_find_factor (agenda, 0), ==, G_MAXUINT);
  g_assert_cmpuint (seeds_agenda_find_factor (agenda, 8), ==, G_MAXUINT);

  /* the tiles: the agenda's factors first, then the others in order */
  order = seeds_agenda_get_overview_order (agenda, &n);
  g_assert_cmpuint (n, ==, 12);
  g_assert_cmpuint (order[0], ==, 3);
  g_assert_cmpuint (order[1], ==, 6);
  g_assert_cmpuint (order[2], ==, 11);
  g_assert_cmpuint (order[3], ==, 0);
  g_assert_cmpuint (order[4], ==, 1);
  g_assert_cmpuint (order[11], ==, 10);

  /* a lower threshold takes factor 9 in, first */
  g_clear_object (&agenda);
  agenda = seeds_agenda_new (summary, TRUE, 2, FALSE);
  assert_stop (agenda, 3, SEEDS_AGENDA_FACTOR, 8);
  assert_stop (agenda, 7, SEEDS_AGENDA_CLOSE, 0);
}

static void
test_move (void)
{
  g_autoptr(SeedsFramework) framework = seeds_framework_new_default ("en");
  g_autoptr(SeedsMeetingSummary) summary = summary_new (framework, FALSE);
  g_autoptr(SeedsAgenda) agenda = seeds_agenda_new (summary, TRUE, 3, FALSE);

  g_assert_cmpuint (seeds_agenda_move (agenda, 0, -1), ==, 0);
  g_assert_cmpuint (seeds_agenda_move (agenda, 0, 1), ==, 1);
  g_assert_cmpuint (seeds_agenda_move (agenda, 3, 100), ==, 6);
  g_assert_cmpuint (seeds_agenda_move (agenda, 6, -100), ==, 0);
}

/* A card that comes in while a factor is on screen keeps that factor on
 * screen, at its new place in the order. */
static void
test_rebuild_keeps_position (void)
{
  g_autoptr(SeedsFramework) framework = seeds_framework_new_default ("en");
  g_autoptr(SeedsMeetingSummary) before = summary_new (framework, FALSE);
  g_autoptr(SeedsMeetingSummary) after = summary_new (framework, TRUE);
  g_autoptr(SeedsAgenda) old_agenda = seeds_agenda_new (before, TRUE, 3, TRUE);
  g_autoptr(SeedsAgenda) new_agenda = seeds_agenda_new (after, TRUE, 3, TRUE);
  g_autoptr(SeedsAgenda) no_steps = seeds_agenda_new (after, TRUE, 3, FALSE);
  g_autoptr(SeedsAgenda) hidden = seeds_agenda_new (after, FALSE, 3, FALSE);
  SeedsAgendaStop factor_4 = { SEEDS_AGENDA_FACTOR, 3 };
  SeedsAgendaStop factor_5 = { SEEDS_AGENDA_FACTOR, 4 };
  SeedsAgendaStop earlier = { SEEDS_AGENDA_EARLIER_STEPS, 0 };
  SeedsAgendaStop scores = { SEEDS_AGENDA_SCORES, 0 };

  /* 4 was first, now 7 is */
  assert_stop (old_agenda, 3, SEEDS_AGENDA_FACTOR, 3);
  assert_stop (new_agenda, 3, SEEDS_AGENDA_FACTOR, 6);
  g_assert_cmpuint (seeds_agenda_find (new_agenda, &factor_4), ==, seeds_agenda_find_factor (new_agenda, 3));
  g_assert_cmpuint (seeds_agenda_find (new_agenda, &scores), ==, 1);

  /* a factor no longer on the agenda gives way to the first factor */
  g_assert_cmpuint (seeds_agenda_find (new_agenda, &factor_5), ==, 3);
  /* the earlier steps, gone, to the close; a factor, when none is left, to the overview */
  assert_stop (no_steps, seeds_agenda_find (no_steps, &earlier), SEEDS_AGENDA_CLOSE, 0);
  assert_stop (hidden, seeds_agenda_find (hidden, &factor_4), SEEDS_AGENDA_OVERVIEW, 0);
}

/* This meeting's steps, and the open ones of earlier meetings; not those
 * done or dropped, nor those of a later meeting. */
static void
test_sort_steps (void)
{
  g_autoptr(SeedsMeeting) meeting = seeds_meeting_new ("m2", "c", "greenport-2020", "2026-06-01", "June", "");
  g_autoptr(GPtrArray) steps = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) here = g_ptr_array_new ();
  g_autoptr(GPtrArray) earlier = g_ptr_array_new ();

  g_ptr_array_add (steps, seeds_next_step_new ("a", "m1", "2026-03-01", "4", "Open", NULL, NULL, SEEDS_NEXT_STEP_OPEN));
  g_ptr_array_add (steps, seeds_next_step_new ("b", "m1", "2026-03-01", "4", "Done", NULL, NULL, SEEDS_NEXT_STEP_DONE));
  g_ptr_array_add (steps, seeds_next_step_new ("c", "m2", "2026-06-01", "9", "Here", NULL, NULL, SEEDS_NEXT_STEP_DONE));
  g_ptr_array_add (steps, seeds_next_step_new ("d", "m3", "2026-09-01", "9", "Later", NULL, NULL, SEEDS_NEXT_STEP_OPEN));

  seeds_agenda_sort_steps (steps, meeting, here, earlier);
  g_assert_cmpuint (here->len, ==, 1);
  g_assert_cmpstr (seeds_next_step_get_id (g_ptr_array_index (here, 0)), ==, "c");
  g_assert_cmpuint (earlier->len, ==, 1);
  g_assert_cmpstr (seeds_next_step_get_id (g_ptr_array_index (earlier, 0)), ==, "a");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/agenda/before-reveal", test_before_reveal);
  g_test_add_func ("/agenda/after-reveal", test_after_reveal);
  g_test_add_func ("/agenda/move", test_move);
  g_test_add_func ("/agenda/rebuild-keeps-position", test_rebuild_keeps_position);
  g_test_add_func ("/agenda/sort-steps", test_sort_steps);

  return g_test_run ();
}
