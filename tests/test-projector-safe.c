/* test-projector-safe.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "presentation/seeds-presentation-window.h"
#include "seeds-test-util.h"
#include "seeds-test-window.h"

/* The rule of seeds_window_show_group_view (): the main window may be
 * mirrored on the wall, and never lands on one person's scores by itself
 * — at start, after an import, while and after presenting — but shows
 * them when the facilitator asks. */

typedef struct
{
  SeedsTestWindow  base;
  SeedsTestSample  sample;
  GPtrArray       *cards;   /* (element-type GFile) */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(SeedsFramework) framework = seeds_framework_new_default (NULL);
  g_autofree char *cards_dir = NULL;

  seeds_test_window_set_up (&fixture->base, data);
  seeds_test_window_set_up_sample (&fixture->base, &fixture->sample);

  cards_dir = g_build_filename (fixture->base.dir, "cards", NULL);
  g_assert_cmpint (g_mkdir (cards_dir, 0700), ==, 0);
  fixture->cards = seeds_test_write_newcomer_cards (cards_dir, framework, fixture->sample.scored, 3);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_pointer (&fixture->cards, g_ptr_array_unref);
  seeds_test_sample_clear (&fixture->sample);
  seeds_test_window_tear_down (&fixture->base, data);
}

static const char *
page (Fixture *fixture)
{
  return seeds_meeting_view_get_page (fixture->base.window->meeting_view);
}

/* One person's scores: the scoring page, with Anna chosen */
static void
ask_for_anna (Fixture *fixture)
{
  SeedsScoringPage *scoring;

  seeds_test_window_activate (&fixture->base, "win.show-scoring");
  scoring = seeds_meeting_view_get_scoring_page (fixture->base.window->meeting_view);
  seeds_scoring_page_select_participant (scoring, seeds_participant_get_id (fixture->sample.anna));
  seeds_test_iterate ();
  g_assert_cmpstr (page (fixture), ==, "scoring");
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (fixture->base.window), "Anna"));
}

static void
assert_group_view (Fixture *fixture)
{
  g_assert_cmpstr (page (fixture), ==, "overview");
  g_assert_false (seeds_test_shows_text (GTK_WIDGET (fixture->base.window), "Anna"));
  g_assert_false (seeds_test_shows_text (GTK_WIDGET (fixture->base.window), "Newcomer 000"));
}

static void
test_at_start (Fixture       *fixture,
               gconstpointer  data)
{
  seeds_test_window_open (&fixture->base);
  assert_group_view (fixture);

  /* Another meeting chosen: its overview too */
  ask_for_anna (fixture);
  seeds_test_window_activate (&fixture->base, "win.show-meetings");
  seeds_window_select_meeting (fixture->base.window, seeds_meeting_get_id (fixture->sample.later));
  seeds_test_iterate ();
  assert_group_view (fixture);
}

static void
test_after_import (Fixture       *fixture,
                   gconstpointer  data)
{
  seeds_test_window_open (&fixture->base);
  ask_for_anna (fixture);

  seeds_window_import_files (fixture->base.window, (GFile **) fixture->cards->pdata, fixture->cards->len);
  seeds_test_iterate ();
  assert_group_view (fixture);
}

static void
test_presentation (Fixture       *fixture,
                   gconstpointer  data)
{
  SeedsPresentationWindow *presentation;

  seeds_test_window_open (&fixture->base);
  ask_for_anna (fixture);

  seeds_test_window_activate (&fixture->base, "win.present");
  presentation = seeds_test_find_dialog (SEEDS_TYPE_PRESENTATION_WINDOW);
  assert_group_view (fixture);

  ask_for_anna (fixture);
  g_object_add_weak_pointer (G_OBJECT (presentation), (gpointer *) &presentation);
  gtk_window_destroy (GTK_WINDOW (presentation));
  seeds_test_iterate ();
  g_assert_null (presentation);
  assert_group_view (fixture);
}

int
main (int   argc,
      char *argv[])
{
  seeds_test_window_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/projector-safe/at-start", test_at_start);
  ADD ("/projector-safe/after-import", test_after_import);
  ADD ("/projector-safe/presentation", test_presentation);

#undef ADD

  return seeds_test_window_run ();
}
