/* test-presentation.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "exchange/seeds-scorecard.h"
#include "factor-panel/seeds-next-step-dialog.h"
#include "presentation/seeds-scores-slide.h"
#include "presentation/seeds-overview-slide.h"
#include "presentation/seeds-presentation-window.h"
#include "presentation/seeds-steps-slide.h"
#include "seeds-test-window.h"

/* The presentation as the meeting's guide, driven through its actions as
 * the keys and a clicker drive it, in a real (Xvfb) window. */

static const char *people[] = { "Anna", "Bram", "Carla", "Dirk" };

/* Per person, factor 1 … 12: factor 4 needs attention most, then 9, then
 * 7 is worth discussing; the rest are strengths. */
static const int round_of_scores[][12] = {
  { 5, 4, 4, 2, 5, 4, 3, 4, 1, 4, 5, 4 },
  { 4, 5, 4, 1, 4, 5, 3, 5, 2, 4, 4, 5 },
  { 4, 4, 5, 2, 4, 4, 4, 4, 3, 5, 4, 4 },
};

typedef struct
{
  SeedsTestWindow         fixture;
  SeedsMeeting           *meeting;
  SeedsPresentationWindow *window;
  SeedsPresentationView  *view;
} Presentation;

static void
add_scores (SeedsTestWindow *fixture,
            SeedsMeeting    *meeting)
{
  SeedsStore *store = fixture->window->store;

  for (guint p = 0; p < G_N_ELEMENTS (people); p++)
    {
      g_autoptr(SeedsParticipant) person = NULL;

      person = seeds_store_add_participant (store, seeds_meeting_get_id (meeting), people[p], "",
                                            SEEDS_PARTNER_COMPANY, NULL);
      g_assert_nonnull (person);
      /* Dirk has not scored yet */
      for (guint f = 0; p < G_N_ELEMENTS (round_of_scores) && f < 12; f++)
        {
          g_autofree char *factor_id = g_strdup_printf ("%u", f + 1);

          g_assert_true (seeds_store_set_score (store, seeds_meeting_get_id (meeting),
                                                seeds_participant_get_id (person), factor_id,
                                                round_of_scores[p][f], NULL));
        }
    }
}

static void
present (Presentation *self)
{
  SeedsTestWindow *fixture = &self->fixture;

  seeds_test_window_open (fixture);
  seeds_test_create_community (fixture, "Field lab");
  self->meeting = seeds_test_start_meeting (fixture, "Review", NULL);
  add_scores (fixture, self->meeting);
  seeds_test_iterate ();

  seeds_test_window_activate (fixture, "win.present");
  self->window = seeds_test_find_dialog (SEEDS_TYPE_PRESENTATION_WINDOW);
  self->view = seeds_presentation_window_get_view (self->window);
  seeds_test_iterate ();
}

static void
press (Presentation *self,
       const char   *action,
       int           step)
{
  if (step != 0)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (self->view), action, "i", step));
  else
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (self->view), action, NULL));
  seeds_test_iterate ();
}

static SeedsAgendaKind
stop_kind (Presentation *self)
{
  SeedsAgenda *agenda = seeds_presentation_view_get_agenda (self->view);

  return seeds_agenda_get_stop (agenda, seeds_presentation_view_get_position (self->view))->kind;
}

static void
assert_no_names (Presentation *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    g_assert_false (seeds_test_shows_text (GTK_WIDGET (self->window), people[i]));
}

/* Welcome → scores coming in → the reveal, by → alone (a clicker) → the
 * factors in the order of the needs-attention list → the close; and no
 * name on any slide or in the findings on the way. */
static void
test_agenda_in_order (Presentation  *self,
                      gconstpointer  data)
{
  const guint expected[] = { 3, 8, 6 };

  present (self);
  g_assert_cmpint (stop_kind (self), ==, SEEDS_AGENDA_WELCOME);
  assert_no_names (self);
  press (self, "presentation.move", 1);
  g_assert_cmpint (stop_kind (self), ==, SEEDS_AGENDA_SCORES);
  press (self, "presentation.move", 1);
  g_assert_cmpint (stop_kind (self), ==, SEEDS_AGENDA_OVERVIEW);
  g_assert_false (seeds_presentation_view_get_revealed (self->view));

  /* → at the overview reveals, and stays there */
  press (self, "presentation.move", 1);
  g_assert_true (seeds_presentation_view_get_revealed (self->view));
  g_assert_cmpint (stop_kind (self), ==, SEEDS_AGENDA_OVERVIEW);
  assert_no_names (self);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      press (self, "presentation.move", 1);
      g_assert_cmpint (stop_kind (self), ==, SEEDS_AGENDA_FACTOR);
      g_assert_cmpuint (seeds_presentation_view_get_factor (self->view), ==, expected[i]);
      press (self, "presentation.findings", 0);
      g_assert_true (seeds_presentation_view_get_findings_visible (self->view));
      assert_no_names (self);
      press (self, "presentation.back", 0);
    }

  press (self, "presentation.move", 1);
  g_assert_cmpint (stop_kind (self), ==, SEEDS_AGENDA_CLOSE);
  press (self, "presentation.move", 1);
  g_assert_cmpint (stop_kind (self), ==, SEEDS_AGENDA_CLOSE);
}

/* A tile opens its factor: its stop when it is on the agenda, else the
 * factor by itself, which Esc leaves for the overview. */
static void
test_overview_tiles_open_factor (Presentation  *self,
                                 gconstpointer  data)
{
  SeedsOverviewSlide *overview;

  present (self);
  press (self, "presentation.reveal", 0);
  overview = SEEDS_OVERVIEW_SLIDE (seeds_presentation_view_get_stop_slide (self->view, SEEDS_AGENDA_OVERVIEW));

  g_signal_emit_by_name (seeds_overview_slide_get_tile (overview, 6), "clicked");
  seeds_test_iterate ();
  g_assert_cmpint (stop_kind (self), ==, SEEDS_AGENDA_FACTOR);
  g_assert_cmpuint (seeds_presentation_view_get_factor (self->view), ==, 6);

  g_signal_emit_by_name (seeds_overview_slide_get_tile (overview, 0), "clicked");
  seeds_test_iterate ();
  g_assert_cmpuint (seeds_presentation_view_get_factor (self->view), ==, 0);
  press (self, "presentation.back", 0);
  g_assert_cmpint (stop_kind (self), ==, SEEDS_AGENDA_FACTOR);
  g_assert_cmpuint (seeds_presentation_view_get_factor (self->view), ==, 6);
}

/* Dirk's card comes in while the scores are coming in: the count goes up. */
static void
test_count_follows_import (Presentation  *self,
                           gconstpointer  data)
{
  SeedsScoresSlide *slide;
  g_autoptr(SeedsScorecard) card = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;

  present (self);
  press (self, "presentation.move", 1);
  slide = SEEDS_SCORES_SLIDE (seeds_presentation_view_get_stop_slide (self->view, SEEDS_AGENDA_SCORES));
  g_assert_cmpstr (seeds_scores_slide_get_figure (slide), ==, "3 of 4");

  card = seeds_scorecard_new (seeds_meeting_get_framework_id (self->meeting), seeds_meeting_get_id (self->meeting),
                              NULL, "Eva", "", SEEDS_PARTNER_RESEARCH);
  for (guint f = 0; f < 12; f++)
    {
      g_autofree char *factor_id = g_strdup_printf ("%u", f + 1);

      seeds_scorecard_set_score (card, factor_id, 3, NULL);
    }
  path = g_build_filename (self->fixture.dir, "eva.seedscard", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (seeds_scorecard_save (card, file, NULL));
  seeds_window_open_files (self->fixture.window, &file, 1);
  seeds_test_iterate ();

  g_assert_cmpstr (seeds_scores_slide_get_figure (slide), ==, "4 of 5");
  g_assert_cmpint (stop_kind (self), ==, SEEDS_AGENDA_SCORES);
}

/* Ctrl+Shift+N on a factor: the step is on the slide, said in the status
 * line, and at the close — without the name of who takes it on. */
static void
test_add_step_in_presentation (Presentation  *self,
                               gconstpointer  data)
{
  SeedsStepsSlide *close_slide;
  gpointer dialog;

  present (self);
  press (self, "presentation.reveal", 0);
  press (self, "presentation.move", 3);
  g_assert_cmpuint (seeds_presentation_view_get_factor (self->view), ==, 3);

  press (self, "presentation.add-step", 0);
  dialog = seeds_test_find_dialog (SEEDS_TYPE_NEXT_STEP_DIALOG);
  seeds_test_type_into (dialog, "What will we do?", "Agree what we share");
  seeds_test_type_into (dialog, "Who takes it on? (optional)", "Anna");
  seeds_test_respond (dialog, "save");

  g_assert_true (seeds_test_shows_text (GTK_WIDGET (self->window), "Agree what we share"));
  g_assert_cmpstr (seeds_presentation_view_get_status (self->view), ==, "Next step added: Agree what we share");
  press (self, "presentation.findings", 0);
  assert_no_names (self);

  close_slide = SEEDS_STEPS_SLIDE (seeds_presentation_view_get_stop_slide (self->view, SEEDS_AGENDA_CLOSE));
  g_assert_cmpuint (seeds_steps_slide_get_n_steps (close_slide), ==, 1);
  press (self, "presentation.move", 100);
  g_assert_cmpint (stop_kind (self), ==, SEEDS_AGENDA_CLOSE);
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (self->window), "Agree what we share"));
  assert_no_names (self);
}

/* Ctrl+P prints the report of the meeting presented, as the main window's. */
static void
test_print_report (Presentation  *self,
                   gconstpointer  data)
{
  g_autofree char *pdf = NULL;

  present (self);
  pdf = g_build_filename (self->fixture.dir, "report.pdf", NULL);
  self->fixture.window->print_to_file = g_strdup (pdf);
  press (self, "presentation.print", 0);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
}

static void
set_up (Presentation  *self,
        gconstpointer  data)
{
  seeds_test_window_set_up (&self->fixture, data);
}

static void
tear_down (Presentation  *self,
           gconstpointer  data)
{
  if (self->window != NULL)
    gtk_window_destroy (GTK_WINDOW (self->window));
  seeds_test_window_tear_down (&self->fixture, data);
}

int
main (int   argc,
      char *argv[])
{
  seeds_test_window_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Presentation, NULL, set_up, func, tear_down)
  ADD ("/presentation/agenda-in-order", test_agenda_in_order);
  ADD ("/presentation/overview-tiles-open-factor", test_overview_tiles_open_factor);
  ADD ("/presentation/count-follows-import", test_count_follows_import);
  ADD ("/presentation/add-step", test_add_step_in_presentation);
  ADD ("/presentation/print-report", test_print_report);
#undef ADD

  return seeds_test_window_run ();
}
