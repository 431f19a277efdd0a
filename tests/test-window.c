/* test-window.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "community/seeds-community-dialog.h"
#include "overview/seeds-dots.h"
#include "factor-panel/seeds-factor-panel.h"
#include "meetings/seeds-meeting-dialog.h"
#include "factor-panel/seeds-next-step-dialog.h"
#include "factor-panel/seeds-next-step-row.h"
#include "scoring/seeds-participant-dialog.h"
#include "exchange/seeds-import-dialog.h"
#include "exchange/seeds-importer.h"
#include "seeds-preferences-window.h"
#include "meetings/seeds-report-print-operation.h"
#include "exchange/seeds-scorecard-window.h"
#include "presentation/seeds-presentation-window.h"
#include "seeds-reflow-box.h"
#include "meetings/seeds-meeting-row.h"
#include "meetings/seeds-tabs-title.h"
#include "seeds-test-util.h"
#include "recovery/seeds-recovery-page.h"
#include "seeds-test-window.h"
#include "seeds-welcome-page.h"
#include "seeds-widget-util.h"

/* The real window, driven as a user would: through its actions, dialogs,
 * buttons and rows, in a real (Xvfb) display. */

/* The round of scores the tests enter, per participant: factor id → value. */
static const struct {
  const char *factor;
  int         values[3];
} round_of_scores[] = {
  { "1", { 5, 4, 4 } },
  { "3", { 2, 1, SEEDS_SCORE_DONT_KNOW } },
  { "7", { 1, 5, 3 } },
  { "12", { 3, 3, 2 } },
};

static const char *names[] = { "Anna <b>&amp;</b>", "Bram 🌱", "Carla" };

static void
enter_round (SeedsTestWindow *fixture)
{
  for (guint p = 0; p < G_N_ELEMENTS (names); p++)
    {
      SeedsParticipant *participant;

      if (p > 0)
        seeds_test_window_activate (fixture, "win.next-participant");

      participant = seeds_scoring_page_get_participant (seeds_test_scoring_page (fixture));
      g_assert_cmpstr (seeds_participant_get_name (participant), ==, names[p]);

      for (guint f = 0; f < G_N_ELEMENTS (round_of_scores); f++)
        seeds_test_click_score (fixture, round_of_scores[f].factor, round_of_scores[f].values[p]);
    }
}

static void
check_overview (SeedsTestWindow *fixture)
{
  SeedsOverviewPage *overview = seeds_meeting_view_get_overview_page (fixture->window->meeting_view);
  SeedsFactorSummaryRow *row;
  SeedsDots *dots;
  GtkListBoxRow *first;

  seeds_meeting_view_show_page (fixture->window->meeting_view, "overview");
  seeds_test_iterate ();

  /* factor 1: 5 4 4 → 4.3, three dots */
  row = seeds_overview_page_get_row (overview, "1");
  g_assert_cmpstr (seeds_factor_summary_row_get_mean_text (row), ==, "4.3");
  dots = seeds_factor_summary_row_get_dots (row);
  g_assert_cmpuint (seeds_dots_get_count (dots, 5), ==, 1);
  g_assert_cmpuint (seeds_dots_get_count (dots, 4), ==, 2);

  /* factor 3: 2 1 ? → 1.5, one "don't know" */
  row = seeds_overview_page_get_row (overview, "3");
  g_assert_cmpstr (seeds_factor_summary_row_get_mean_text (row), ==, "1.5");
  g_assert_cmpuint (seeds_dots_get_count (seeds_factor_summary_row_get_dots (row), SEEDS_SCORE_DONT_KNOW), ==, 1);

  /* not scored */
  row = seeds_overview_page_get_row (overview, "2");
  g_assert_cmpstr (seeds_factor_summary_row_get_mean_text (row), ==, "–");

  /* Needs attention first: 3 (1.5), 12 (2.7), then 7 (3.0, seen differently) */
  first = gtk_list_box_get_row_at_index (seeds_overview_page_get_attention_list (overview), 0);
  g_assert_cmpstr (seeds_factor_get_id (seeds_factor_summary_row_get_factor (SEEDS_FACTOR_SUMMARY_ROW (first))), ==, "3");
  g_assert_cmpstr (seeds_factor_get_id (seeds_factor_summary_row_get_factor (
                     SEEDS_FACTOR_SUMMARY_ROW (gtk_list_box_get_row_at_index (
                       seeds_overview_page_get_attention_list (overview), 1)))), ==, "12");
  g_assert_cmpstr (seeds_factor_get_id (seeds_factor_summary_row_get_factor (
                     SEEDS_FACTOR_SUMMARY_ROW (gtk_list_box_get_row_at_index (
                       seeds_overview_page_get_attention_list (overview), 2)))), ==, "7");
  g_assert_null (gtk_list_box_get_row_at_index (seeds_overview_page_get_attention_list (overview), 3));
}

/* Opens a factor from the "needs attention" list, as a click would. */
static SeedsFactorPanel *
open_factor_from_overview (SeedsTestWindow *fixture,
                           const char      *factor_id)
{
  SeedsOverviewPage *overview = seeds_meeting_view_get_overview_page (fixture->window->meeting_view);

  gtk_widget_activate (GTK_WIDGET (seeds_overview_page_get_row (overview, factor_id)));
  seeds_test_iterate ();

  g_assert_true (seeds_meeting_view_get_panel_visible (fixture->window->meeting_view));
  return seeds_meeting_view_get_factor_panel (fixture->window->meeting_view);
}

static void
test_first_start_shows_welcome (SeedsTestWindow *fixture,
                                gconstpointer    data)
{
  seeds_test_window_open (fixture);

  g_assert_cmpstr (seeds_window_get_page (fixture->window), ==, "welcome");
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window), "new-meeting"));
}

/* The scene of the issue: a community, a meeting, three participants
 * scoring, the overview, a factor's findings and tips, a next step; then
 * the app closes and everything is found back. */
static void
test_meeting_round_trip (SeedsTestWindow *fixture,
                         gconstpointer    data)
{
  const char *community_name = "Field lab <i>Water & Energy</i> 🍅";
  SeedsFactorPanel *panel;
  gpointer dialog;
  GtkListBoxRow *step_row;

  seeds_test_window_open (fixture);

  seeds_test_create_community (fixture, community_name);
  g_assert_cmpstr (seeds_window_get_page (fixture->window), ==, "main");
  /* shown literally, not as markup */
  g_assert_cmpstr (gtk_label_get_text (fixture->window->community_label), ==, community_name);

  seeds_test_start_meeting (fixture, "Spring session", NULL);
  g_assert_nonnull (seeds_meeting_view_get_meeting (fixture->window->meeting_view));
  g_assert_cmpstr (seeds_meeting_view_get_page (fixture->window->meeting_view), ==, "scoring");

  for (guint p = 0; p < G_N_ELEMENTS (names); p++)
    seeds_test_add_participant (fixture, names[p], "Greenhouse Co", p == 1 ? SEEDS_PARTNER_EDUCATION : SEEDS_PARTNER_COMPANY);
  g_assert_cmpuint (seeds_scoring_page_get_n_participants (seeds_test_scoring_page (fixture)), ==, 3);

  /* back to the first participant, then a round of scores */
  seeds_test_window_activate (fixture, "win.next-participant");
  enter_round (fixture);
  check_overview (fixture);

  panel = open_factor_from_overview (fixture, "3");
  g_assert_cmpstr (seeds_factor_get_id (seeds_factor_panel_get_factor (panel)), ==, "3");

  seeds_test_window_activate (fixture, "win.add-next-step");
  dialog = seeds_test_find_dialog (SEEDS_TYPE_NEXT_STEP_DIALOG);
  seeds_test_type_into (dialog, "What will we do?", "Plan a monthly lunch <3");
  seeds_test_type_into (dialog, "Who takes it on? (optional)", "Bram 🌱");
  seeds_test_respond (dialog, "save");

  step_row = gtk_list_box_get_row_at_index (seeds_factor_panel_get_steps_list (panel), 0);
  g_assert_nonnull (step_row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (step_row)), ==, "Plan a monthly lunch <3");

  seeds_test_window_close (fixture);
  seeds_test_window_open (fixture);

  /* everything is back */
  g_assert_cmpstr (seeds_window_get_page (fixture->window), ==, "main");
  g_assert_cmpstr (gtk_label_get_text (fixture->window->community_label), ==, community_name);
  g_assert_cmpstr (seeds_meeting_get_title (seeds_meeting_view_get_meeting (fixture->window->meeting_view)),
                   ==, "Spring session");
  g_assert_cmpuint (seeds_scoring_page_get_n_participants (seeds_test_scoring_page (fixture)), ==, 3);

  for (guint p = 0; p < G_N_ELEMENTS (names); p++)
    {
      if (p > 0)
        seeds_test_window_activate (fixture, "win.next-participant");
      for (guint f = 0; f < G_N_ELEMENTS (round_of_scores); f++)
        g_assert_cmpint (seeds_test_shown_score (fixture, round_of_scores[f].factor), ==, round_of_scores[f].values[p]);
    }

  check_overview (fixture);
  panel = open_factor_from_overview (fixture, "3");
  step_row = gtk_list_box_get_row_at_index (seeds_factor_panel_get_steps_list (panel), 0);
  g_assert_nonnull (step_row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (step_row)), ==, "Plan a monthly lunch <3");
}

/* A score clicked again is taken back; the count on the participant follows. */
static void
test_take_score_back (SeedsTestWindow *fixture,
                      gconstpointer    data)
{
  seeds_test_window_open (fixture);
  seeds_test_create_community (fixture, "Living lab");
  seeds_test_start_meeting (fixture, "Kick-off", NULL);
  seeds_test_add_participant (fixture, "Dewi", "", SEEDS_PARTNER_GOVERNMENT);

  seeds_test_click_score (fixture, "5", 3);
  g_assert_cmpint (seeds_test_shown_score (fixture, "5"), ==, 3);
  seeds_test_click_score (fixture, "5", 3);
  g_assert_cmpint (seeds_test_shown_score (fixture, "5"), ==, SEEDS_SCORE_NONE);

  seeds_test_window_close (fixture);
  seeds_test_window_open (fixture);
  g_assert_cmpint (seeds_test_shown_score (fixture, "5"), ==, SEEDS_SCORE_NONE);
}

/* Next steps: done from a later meeting, and the step of an earlier meeting
 * shows while it is open. */
static void
test_next_step_carries_over (SeedsTestWindow *fixture,
                             gconstpointer    data)
{
  SeedsFactorPanel *panel;
  GtkListBoxRow *row;
  gpointer dialog;

  seeds_test_window_open (fixture);
  seeds_test_create_community (fixture, "Field lab");
  seeds_test_start_meeting (fixture, "First", NULL);

  seeds_meeting_view_show_factor (fixture->window->meeting_view,
                                  seeds_framework_lookup_factor (fixture->window->framework, "9"));
  seeds_test_iterate ();
  seeds_test_window_activate (fixture, "win.add-next-step");
  dialog = seeds_test_find_dialog (SEEDS_TYPE_NEXT_STEP_DIALOG);
  seeds_test_type_into (dialog, "What will we do?", "Ask the province about funding");
  seeds_test_respond (dialog, "save");

  seeds_test_start_meeting (fixture, "Second", NULL);
  panel = seeds_meeting_view_get_factor_panel (fixture->window->meeting_view);
  seeds_meeting_view_show_factor (fixture->window->meeting_view,
                                  seeds_framework_lookup_factor (fixture->window->framework, "9"));
  seeds_test_iterate ();

  row = gtk_list_box_get_row_at_index (seeds_factor_panel_get_steps_list (panel), 0);
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Ask the province about funding");

  /* done: it moves out of the open list of the later meeting */
  gtk_drop_down_set_selected (seeds_next_step_row_get_status_drop_down (SEEDS_NEXT_STEP_ROW (row)),
                              SEEDS_NEXT_STEP_DONE);
  seeds_test_iterate ();
  g_assert_null (gtk_list_box_get_row_at_index (seeds_factor_panel_get_steps_list (panel), 0));
}

/* Presses a key with the keyboard focus on a factor's row. */
static void
press_key (SeedsTestWindow *fixture,
           const char      *factor_id,
           guint            keyval)
{
  GtkWidget *row = GTK_WIDGET (seeds_scoring_page_get_row (seeds_test_scoring_page (fixture), factor_id));
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (row);
  gboolean handled = FALSE;

  gtk_widget_grab_focus (row);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }

  g_assert_true (handled);
  seeds_test_iterate ();
}

/* A round of hands typed in: a digit scores the focused factor and moves
 * on to the next one, across the groups. */
static void
test_keyboard_scoring (SeedsTestWindow *fixture,
                       gconstpointer    data)
{
  GtkRoot *root;

  seeds_test_window_open (fixture);
  seeds_test_create_community (fixture, "Living lab");
  seeds_test_start_meeting (fixture, "Round of hands", NULL);
  seeds_test_add_participant (fixture, "Eva", "", SEEDS_PARTNER_RESEARCH);

  press_key (fixture, "2", GDK_KEY_4);
  g_assert_cmpint (seeds_test_shown_score (fixture, "2"), ==, 4);
  root = gtk_widget_get_root (GTK_WIDGET (seeds_scoring_page_get_row (seeds_test_scoring_page (fixture), "2")));
  /* factor 3 starts the next group: the focus went there */
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (root),
                                         GTK_WIDGET (seeds_scoring_page_get_row (seeds_test_scoring_page (fixture), "3"))) ||
                 gtk_root_get_focus (root) == GTK_WIDGET (seeds_scoring_page_get_row (seeds_test_scoring_page (fixture), "3")));

  press_key (fixture, "3", GDK_KEY_question);
  g_assert_cmpint (seeds_test_shown_score (fixture, "3"), ==, SEEDS_SCORE_DONT_KNOW);
  press_key (fixture, "3", GDK_KEY_Delete);
  g_assert_cmpint (seeds_test_shown_score (fixture, "3"), ==, SEEDS_SCORE_NONE);

  /* the next person: the keys score their first factor straight away */
  seeds_test_add_participant (fixture, "Femke", "", SEEDS_PARTNER_COMPANY);
  seeds_test_window_activate (fixture, "win.previous-participant");
  root = gtk_widget_get_root (GTK_WIDGET (fixture->window));
  g_assert_true (gtk_root_get_focus (root) == GTK_WIDGET (seeds_scoring_page_get_row (seeds_test_scoring_page (fixture), "1")));

  seeds_test_window_close (fixture);
  seeds_test_window_open (fixture);
  g_assert_cmpint (seeds_test_shown_score (fixture, "2"), ==, 4);
  g_assert_cmpint (seeds_test_shown_score (fixture, "3"), ==, SEEDS_SCORE_NONE);
}

/* A comment is kept with its score and shown again in a window opened
 * anew, although a row makes its entry only when it has a comment to show
 * and the later rows join the page after its first frame. */
static void
test_comment_shown_again (SeedsTestWindow *fixture,
                          gconstpointer    data)
{
  SeedsScoreRow *row;
  GtkEditable *entry;

  seeds_test_window_open (fixture);
  seeds_test_create_community (fixture, "Living lab");
  seeds_test_start_meeting (fixture, "Round of hands", NULL);
  seeds_test_add_participant (fixture, "Eva", "", SEEDS_PARTNER_RESEARCH);

  seeds_test_click_score (fixture, "9", 3);
  entry = seeds_score_row_get_comment_entry (seeds_scoring_page_get_row (seeds_test_scoring_page (fixture), "9"));
  gtk_editable_set_text (entry, "Only on paper");
  g_signal_emit_by_name (entry, "activate");
  seeds_test_iterate ();

  seeds_test_window_close (fixture);
  seeds_test_window_open (fixture);
  row = seeds_scoring_page_get_row (seeds_test_scoring_page (fixture), "9");
  g_assert_nonnull (gtk_widget_get_parent (GTK_WIDGET (row)));
  g_assert_cmpint (seeds_score_scale_get_value (seeds_score_row_get_scale (row)), ==, 3);
  g_assert_cmpstr (gtk_editable_get_text (seeds_score_row_get_comment_entry (row)), ==, "Only on paper");
  g_assert_cmpstr (gtk_editable_get_text (seeds_score_row_get_comment_entry (
                     seeds_scoring_page_get_row (seeds_test_scoring_page (fixture), "12"))), ==, "");
}

/* The window opens on the community it showed last. */
static void
test_remembers_last_community (SeedsTestWindow *fixture,
                               gconstpointer    data)
{
  GtkListBoxRow *row;

  seeds_test_window_open (fixture);
  seeds_test_create_community (fixture, "Alpha lab");
  seeds_test_create_community (fixture, "Beta lab");
  g_assert_cmpstr (gtk_label_get_text (fixture->window->community_label), ==, "Beta lab");

  seeds_test_window_close (fixture);
  seeds_test_window_open (fixture);
  g_assert_cmpstr (gtk_label_get_text (fixture->window->community_label), ==, "Beta lab");

  /* choose the other one from the community menu */
  gtk_menu_button_popup (fixture->window->community_button);
  seeds_test_iterate ();
  row = gtk_list_box_get_row_at_index (fixture->window->community_list, 0);
  g_signal_emit_by_name (fixture->window->community_list, "row-activated", row);
  seeds_test_iterate ();
  g_assert_cmpstr (gtk_label_get_text (fixture->window->community_label), ==, "Alpha lab");

  seeds_test_window_close (fixture);
  seeds_test_window_open (fixture);
  g_assert_cmpstr (gtk_label_get_text (fixture->window->community_label), ==, "Alpha lab");
}

/* The projector shows the group, after the reveal, above the anonymity
 * threshold, and never a name; the keyboard drives it. */
static void
test_presentation (SeedsTestWindow *fixture,
                   gconstpointer    data)
{
  const char *people[] = { "Anna", "Bram", "Carla", "Dirk" };
  SeedsPresentationWindow *window;
  SeedsPresentationView *view;

  seeds_test_window_open (fixture);
  seeds_test_create_community (fixture, "Field lab");
  seeds_test_start_meeting (fixture, "Review", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    seeds_test_add_participant (fixture, people[i], "", SEEDS_PARTNER_COMPANY);

  /* Anna, Bram and Carla score factor 1; only two of them factor 2; Dirk nothing. */
  seeds_test_window_activate (fixture, "win.next-participant");
  for (guint i = 0; i < 3; i++)
    {
      seeds_test_click_score (fixture, "1", 2 + i);
      if (i < 2)
        seeds_test_click_score (fixture, "2", 4);
      seeds_test_window_activate (fixture, "win.next-participant");
    }

  seeds_test_window_activate (fixture, "win.present");
  window = seeds_test_find_dialog (SEEDS_TYPE_PRESENTATION_WINDOW);
  view = seeds_presentation_window_get_view (window);
  seeds_test_iterate ();

  g_assert_cmpstr (seeds_presentation_view_get_progress (view), ==, "0 of 4 have scored");
  g_assert_false (seeds_presentation_view_get_revealed (view));
  g_assert_cmpint (seeds_factor_slide_get_state (seeds_presentation_view_get_slide (view, "1")), ==,
                   SEEDS_SLIDE_HIDDEN);

  /* → moves to the scores coming in; R reveals; factor 1 needs talking about */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "presentation.move", "i", 1));
  g_assert_cmpuint (seeds_presentation_view_get_position (view), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "presentation.reveal", NULL));
  seeds_presentation_view_open_factor (view, 0);
  seeds_test_iterate ();
  g_assert_cmpint (seeds_factor_slide_get_state (seeds_presentation_view_get_slide (view, "1")), ==,
                   SEEDS_SLIDE_SHOWN);
  /* two scores are fewer than the default threshold of three */
  g_assert_cmpint (seeds_factor_slide_get_state (seeds_presentation_view_get_slide (view, "2")), ==,
                   SEEDS_SLIDE_TOO_FEW);
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (window), "3.0"));

  /* Enter opens the findings & tips of the factor on screen; Esc closes them */
  gtk_widget_activate_action (GTK_WIDGET (view), "presentation.findings", NULL);
  seeds_test_iterate ();
  g_assert_true (seeds_presentation_view_get_findings_visible (view));

  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    g_assert_false (seeds_test_shows_text (GTK_WIDGET (window), people[i]));

  gtk_widget_activate_action (GTK_WIDGET (view), "presentation.back", NULL);
  seeds_test_iterate ();
  g_assert_false (seeds_presentation_view_get_findings_visible (view));

  /* a lower threshold in the preferences shows factor 2 at once */
  g_settings_set_int (fixture->window->settings, "anonymity-threshold", 2);
  seeds_test_iterate ();
  g_assert_cmpint (seeds_factor_slide_get_state (seeds_presentation_view_get_slide (view, "2")), ==,
                   SEEDS_SLIDE_SHOWN);
  g_settings_reset (fixture->window->settings, "anonymity-threshold");

  /* Esc again leaves */
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&window);
  gtk_widget_activate_action (GTK_WIDGET (view), "presentation.back", NULL);
  seeds_test_iterate ();
  g_assert_null (window);
}

/* Split by partner type: each type's mean where enough of them scored. */
static void
test_partner_perspectives (SeedsTestWindow *fixture,
                           gconstpointer    data)
{
  SeedsOverviewPage *overview;
  GtkWidget *row;

  seeds_test_window_open (fixture);
  seeds_test_create_community (fixture, "Field lab");
  seeds_test_start_meeting (fixture, "Review", NULL);
  seeds_test_add_participant (fixture, "Ann", "", SEEDS_PARTNER_COMPANY);
  seeds_test_add_participant (fixture, "Bas", "", SEEDS_PARTNER_COMPANY);
  seeds_test_add_participant (fixture, "Cas", "", SEEDS_PARTNER_COMPANY);
  seeds_test_add_participant (fixture, "Dre", "", SEEDS_PARTNER_GOVERNMENT);

  seeds_test_window_activate (fixture, "win.next-participant");
  for (int i = 0; i < 4; i++)
    {
      seeds_test_click_score (fixture, "1", i < 3 ? 2 + i : 5);
      seeds_test_window_activate (fixture, "win.next-participant");
    }

  seeds_meeting_view_show_page (fixture->window->meeting_view, "overview");
  seeds_test_iterate ();
  overview = seeds_meeting_view_get_overview_page (fixture->window->meeting_view);
  row = GTK_WIDGET (seeds_overview_page_get_row (overview, "1"));
  g_assert_false (seeds_test_shows_text (row, "Company"));

  gtk_toggle_button_set_active (seeds_overview_page_get_perspectives_button (overview), TRUE);
  seeds_test_iterate ();
  row = GTK_WIDGET (seeds_overview_page_get_row (overview, "1"));
  g_assert_true (seeds_test_shows_text (row, "Company"));
  g_assert_true (seeds_test_shows_text (row, "3.0"));
  g_assert_true (seeds_test_shows_text (row, "Government: too few scores to show"));
  g_assert_false (seeds_test_shows_text (row, "5.0"));
}

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_widget (child, type)) != NULL)
        return found;
    }

  return NULL;
}

/* The anonymity threshold is a preference. */
static void
test_preferences (SeedsTestWindow *fixture,
                  gconstpointer    data)
{
  GtkWidget *preferences;
  GtkSpinButton *spin;

  seeds_test_window_open (fixture);
  g_action_group_activate_action (G_ACTION_GROUP (seeds_test_window_get_app ()), "preferences", NULL);
  seeds_test_iterate ();

  preferences = seeds_test_find_dialog (SEEDS_TYPE_PREFERENCES_WINDOW);
  spin = GTK_SPIN_BUTTON (find_widget (preferences, GTK_TYPE_SPIN_BUTTON));
  g_assert_cmpfloat (gtk_spin_button_get_value (spin), ==, 3);

  gtk_spin_button_set_value (spin, 5);
  g_assert_cmpint (g_settings_get_int (fixture->window->settings, "anonymity-threshold"), ==, 5);

  gtk_window_destroy (GTK_WINDOW (preferences));
  g_settings_reset (fixture->window->settings, "anonymity-threshold");
}

/* Ctrl+Shift+N with no factor chosen adds a step for the factor that
 * needs attention most */
static void
test_next_step_for_most_urgent (SeedsTestWindow *fixture,
                                gconstpointer    data)
{
  const char *people[] = { "Anna", "Bram", "Carla" };
  SeedsFactorPanel *panel;
  gpointer dialog;

  seeds_test_window_open (fixture);
  seeds_test_create_community (fixture, "Field lab");
  seeds_test_start_meeting (fixture, "Review", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      seeds_test_add_participant (fixture, people[i], "", SEEDS_PARTNER_COMPANY);
      seeds_test_click_score (fixture, "1", 5);
      seeds_test_click_score (fixture, "7", 1);
    }

  panel = seeds_meeting_view_get_factor_panel (fixture->window->meeting_view);
  g_assert_null (seeds_factor_panel_get_factor (panel));
  seeds_test_window_activate (fixture, "win.add-next-step");
  dialog = seeds_test_find_dialog (SEEDS_TYPE_NEXT_STEP_DIALOG);
  g_assert_cmpstr (seeds_factor_get_id (seeds_factor_panel_get_factor (panel)), ==, "7");
  seeds_test_respond (dialog, "cancel");
}

/* Forms refuse what the store would refuse, and say why. */
static void
test_dialog_refuses_bad_names (SeedsTestWindow *fixture,
                               gconstpointer    data)
{
  g_autofree char *long_name = g_strnfill (500, 'x');
  gpointer dialog;

  seeds_test_window_open (fixture);
  seeds_test_window_activate (fixture, "win.new-community");
  dialog = seeds_test_find_dialog (SEEDS_TYPE_COMMUNITY_DIALOG);

  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
  seeds_test_type_into (dialog, "Name", "   ");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
  seeds_test_type_into (dialog, "Name", long_name);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
  seeds_test_type_into (dialog, "Name", "Fine name");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "save"));

  seeds_test_respond (dialog, "cancel");
  g_assert_cmpstr (seeds_window_get_page (fixture->window), ==, "welcome");
}

static guint
count_widgets (GtkWidget *widget,
               GType      type)
{
  guint n = G_TYPE_CHECK_INSTANCE_TYPE (widget, type) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    n += count_widgets (child, type);

  return n;
}

/* The window makes the page it shows, and each other page, and the
 * findings panel, only when it is first shown: opening costs the same
 * however many meetings the community has. */
static void
test_pages_made_when_shown (SeedsTestWindow *fixture,
                            gconstpointer    data)
{
  GtkWidget *window;

  seeds_test_window_open (fixture);
  seeds_test_create_community (fixture, "Lazy lab");
  seeds_test_start_meeting (fixture, "First round", NULL);
  seeds_test_window_close (fixture);

  seeds_test_window_open (fixture);
  /* The window opens on the group's view (seeds_window_show_group_view()) */
  window = GTK_WIDGET (fixture->window);
  g_assert_cmpstr (seeds_meeting_view_get_page (fixture->window->meeting_view), ==, "overview");
  g_assert_cmpuint (count_widgets (window, SEEDS_TYPE_OVERVIEW_PAGE), ==, 1);
  g_assert_cmpuint (count_widgets (window, SEEDS_TYPE_SCORING_PAGE), ==, 0);
  g_assert_cmpuint (count_widgets (window, SEEDS_TYPE_TALLY_PAGE), ==, 0);
  g_assert_cmpuint (count_widgets (window, SEEDS_TYPE_HISTORY_PAGE), ==, 0);
  g_assert_cmpuint (count_widgets (window, SEEDS_TYPE_COMPARE_PAGE), ==, 0);
  g_assert_cmpuint (count_widgets (window, SEEDS_TYPE_FACTOR_PANEL), ==, 0);

  seeds_test_window_activate (fixture, "win.show-scoring");
  g_assert_cmpstr (seeds_meeting_view_get_page (fixture->window->meeting_view), ==, "scoring");
  g_assert_cmpuint (count_widgets (window, SEEDS_TYPE_SCORING_PAGE), ==, 1);
  g_assert_cmpuint (count_widgets (window, SEEDS_TYPE_HISTORY_PAGE), ==, 0);

  seeds_test_window_activate (fixture, "win.toggle-panel");
  g_assert_true (seeds_meeting_view_get_panel_visible (fixture->window->meeting_view));
  g_assert_cmpuint (count_widgets (window, SEEDS_TYPE_FACTOR_PANEL), ==, 1);

  /* Shown again, a page is the one made before. */
  seeds_test_window_activate (fixture, "win.show-scoring");
  seeds_test_window_activate (fixture, "win.show-overview");
  g_assert_cmpuint (count_widgets (window, SEEDS_TYPE_OVERVIEW_PAGE), ==, 1);
  g_assert_cmpuint (count_widgets (window, SEEDS_TYPE_SCORING_PAGE), ==, 1);
}

static GtkMenuButton *
find_primary_menu_button (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkMenuButton *found;

      if (GTK_IS_MENU_BUTTON (child) && gtk_widget_get_mapped (child) &&
          gtk_menu_button_get_primary (GTK_MENU_BUTTON (child)))
        return GTK_MENU_BUTTON (child);
      if ((found = find_primary_menu_button (child)) != NULL)
        return found;
    }

  return NULL;
}

/* Start-up makes no widget that its window doesn't show: the pages for
 * a first start and for a damaged database are made when shown, the main
 * menu when it first opens, the keyboard shortcuts when first asked
 * for, and the switcher bar at the window's foot when the window is too
 * narrow for the one in its title, which is one switcher, not two. Each
 * still works when needed. */
static void
test_hidden_parts_made_when_needed (SeedsTestWindow *fixture,
                                    gconstpointer    data)
{
  GtkWidget *window;
  GtkMenuButton *menu_button;
  AdwViewSwitcherBar *bar;
  GtkShortcutsWindow *shortcuts;
  g_autoptr(GtkSelectionModel) pages = NULL;
  SeedsTabsTitle *title;
  gint64 end;

  seeds_test_window_open (fixture);
  seeds_test_create_community (fixture, "Lazy lab");
  seeds_test_start_meeting (fixture, "First round", NULL);
  seeds_test_window_close (fixture);

  seeds_test_window_open (fixture);
  window = GTK_WIDGET (fixture->window);
  g_assert_cmpuint (count_widgets (window, SEEDS_TYPE_WELCOME_PAGE), ==, 0);
  g_assert_cmpuint (count_widgets (window, SEEDS_TYPE_RECOVERY_PAGE), ==, 0);
  g_assert_cmpuint (count_widgets (window, GTK_TYPE_POPOVER_MENU), ==, 0);
  g_assert_null (seeds_test_lookup_dialog (GTK_TYPE_SHORTCUTS_WINDOW));
  bar = ADW_VIEW_SWITCHER_BAR (find_widget (window, ADW_TYPE_VIEW_SWITCHER_BAR));
  g_assert_null (adw_view_switcher_bar_get_stack (bar));
  /* One button for each tab: AdwViewSwitcherTitle's second switcher
   * would make as many again */
  pages = adw_view_stack_get_pages (ADW_VIEW_STACK (find_widget (window, ADW_TYPE_VIEW_STACK)));
  g_assert_cmpuint (count_widgets (window, g_type_from_name ("AdwViewSwitcherButton")), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (pages)));

  menu_button = find_primary_menu_button (window);
  g_assert_nonnull (menu_button);
  gtk_menu_button_popup (menu_button);
  seeds_test_iterate ();
  g_assert_true (GTK_IS_POPOVER_MENU (gtk_menu_button_get_popover (menu_button)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (menu_button))));
  g_assert_cmpint (g_menu_model_get_n_items (gtk_menu_button_get_menu_model (menu_button)), >, 0);
  gtk_menu_button_popdown (menu_button);

  seeds_test_window_activate (fixture, "win.show-help-overlay");
  shortcuts = seeds_test_find_dialog (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (shortcuts)) == GTK_WINDOW (window));
  gtk_window_close (GTK_WINDOW (shortcuts));
  seeds_test_iterate ();
  seeds_test_window_activate (fixture, "win.show-help-overlay");
  g_assert_true (seeds_test_find_dialog (GTK_TYPE_SHORTCUTS_WINDOW) == shortcuts);
  gtk_window_close (GTK_WINDOW (shortcuts));

  /* As when the window is too narrow for any switcher in its title */
  title = SEEDS_TABS_TITLE (find_widget (window, SEEDS_TYPE_TABS_TITLE));
  seeds_tabs_title_set_tabs_enabled (title, FALSE);
  end = g_get_monotonic_time () + seeds_test_time_limit (10) * G_USEC_PER_SEC;
  while (!seeds_tabs_title_get_title_visible (title) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (seeds_tabs_title_get_title_visible (title));
  seeds_test_iterate_pending ();
  g_assert_nonnull (adw_view_switcher_bar_get_stack (bar));
  g_assert_true (adw_view_switcher_bar_get_reveal (bar));
}

/* The sidebar has rows for the newest meetings before the window's first
 * frame, and for all from the next frame on; an older meeting can be
 * chosen at any time. The overview has the rows of its first screen
 * before the first frame too, and every factor's from the next frame on. */
static void
test_many_meetings (SeedsTestWindow *fixture,
                    gconstpointer    data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsCommunity) community = NULL;
  g_autofree char *first_id = NULL;
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  SeedsApplication *app = seeds_test_window_get_app ();
  SeedsMeeting *shown;

  {
    g_autoptr(SeedsStore) store = seeds_store_open (fixture->db_path, &error);

    g_assert_no_error (error);
    community = seeds_store_add_community (store, "Busy lab", &error);
    g_assert_no_error (error);
    for (guint m = 0; m < 80; m++)
      {
        g_autofree char *date = g_strdup_printf ("20%02u-%02u-01", 20 + m / 12, 1 + m % 12);
        g_autofree char *title = g_strdup_printf ("Meeting %u", m + 1);
        g_autoptr(SeedsMeeting) meeting = NULL;

        meeting = seeds_test_add_meeting (store, community, SEEDS_MEETING_SCORES, date, title);

        if (m == 0)
          first_id = g_strdup (seeds_meeting_get_id (meeting));
      }
  }

  seeds_application_open_database (app, fixture->db_path);
  /* A window 600 pixels tall shows 12 rows of 50 pixels, and a part of
   * the thirteenth */
  g_settings_set_int (seeds_application_get_settings (app), "window-height", 600);
  fixture->window = seeds_window_new (app);
  g_settings_reset (seeds_application_get_settings (app), "window-height");
  shown = seeds_meeting_view_get_meeting (fixture->window->meeting_view);
  g_assert_cmpstr (seeds_meeting_get_title (shown), ==, "Meeting 80");
  g_assert_cmpuint (count_widgets (GTK_WIDGET (fixture->window), SEEDS_TYPE_MEETING_ROW), ==, 13);
  g_assert_cmpuint (count_widgets (GTK_WIDGET (fixture->window), SEEDS_TYPE_FACTOR_SUMMARY_ROW), ==, 6);

  gtk_window_present (GTK_WINDOW (fixture->window));
  while (count_widgets (GTK_WIDGET (fixture->window), SEEDS_TYPE_MEETING_ROW) < 80 ||
         count_widgets (GTK_WIDGET (fixture->window), SEEDS_TYPE_FACTOR_SUMMARY_ROW) < 12)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-meeting", "s", first_id);
  shown = seeds_meeting_view_get_meeting (fixture->window->meeting_view);
  g_assert_cmpstr (seeds_meeting_get_title (shown), ==, "Meeting 1");
}

/* The tabs are a meeting's: a community without meetings shows "Start a
 * Meeting" and no tabs, in the header or at the foot, even in a window
 * too narrow for them in its header. */
static void
test_no_tabs_without_meeting (SeedsTestWindow *fixture,
                              gconstpointer    data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsCommunity) busy = NULL;
  g_autoptr(SeedsCommunity) empty = NULL;
  SeedsTabsTitle *title;
  AdwViewSwitcherBar *bar;

  {
    g_autoptr(SeedsStore) store = seeds_store_open (fixture->db_path, &error);
    g_autoptr(SeedsMeeting) meeting = NULL;

    g_assert_no_error (error);
    busy = seeds_store_add_community (store, "Busy lab", &error);
    g_assert_no_error (error);
    meeting = seeds_test_add_meeting (store, busy, SEEDS_MEETING_SCORES, "2026-03-01", "Spring");
    empty = seeds_store_add_community (store, "New lab", &error);
    g_assert_no_error (error);
  }

  seeds_application_open_database (seeds_test_window_get_app (), fixture->db_path);
  fixture->window = seeds_window_new (seeds_test_window_get_app ());
  gtk_window_present (GTK_WINDOW (fixture->window));
  title = SEEDS_TABS_TITLE (find_widget (GTK_WIDGET (fixture->window), SEEDS_TYPE_TABS_TITLE));
  bar = ADW_VIEW_SWITCHER_BAR (find_widget (GTK_WIDGET (fixture->window), ADW_TYPE_VIEW_SWITCHER_BAR));

  seeds_window_set_community (fixture->window, seeds_window_find_community (fixture->window,
                                                                            seeds_community_get_id (empty)));
  seeds_test_iterate ();
  g_assert_null (seeds_meeting_view_get_meeting (fixture->window->meeting_view));
  g_assert_false (seeds_tabs_title_get_tabs_enabled (title));
  g_assert_true (seeds_tabs_title_get_title_visible (title));
  g_assert_false (adw_view_switcher_bar_get_reveal (bar));
  /* Nor are its buttons made, for a bar that stays hidden */
  g_assert_null (adw_view_switcher_bar_get_stack (bar));

  seeds_window_set_community (fixture->window, seeds_window_find_community (fixture->window,
                                                                            seeds_community_get_id (busy)));
  seeds_test_iterate ();
  g_assert_nonnull (seeds_meeting_view_get_meeting (fixture->window->meeting_view));
  g_assert_true (seeds_tabs_title_get_tabs_enabled (title));
}

/* The header's tabs show only at their full width: squeezed, their
 * names run into each other, and the title shows instead (with the bar at
 * the foot). */
static void
test_tabs_at_full_width (void)
{
  static const char *tabs[] = { "Scoren", "Overzicht", "Voortgang", "Vergelijken", "Community" };
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  AdwViewStack *stack = ADW_VIEW_STACK (adw_view_stack_new ());
  SeedsTabsTitle *title = g_object_new (SEEDS_TYPE_TABS_TITLE, NULL);
  int natural, height;

  for (guint i = 0; i < G_N_ELEMENTS (tabs); i++)
    adw_view_stack_add_titled_with_icon (stack, gtk_label_new (tabs[i]), tabs[i], tabs[i],
                                         "view-list-symbolic");
  seeds_tabs_title_set_stack (title, stack);
  seeds_tabs_title_set_title (title, "Autumn session", "12 November 2026");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (title));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (stack));
  gtk_window_set_child (window, box);
  gtk_window_present (window);
  seeds_test_iterate ();

  gtk_widget_measure (GTK_WIDGET (title), GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (title), GTK_ORIENTATION_VERTICAL, natural, NULL, &height, NULL, NULL);
  gtk_widget_size_allocate (GTK_WIDGET (title), &(GtkAllocation) { 0, 0, natural, height }, -1);
  g_assert_false (seeds_tabs_title_get_title_visible (title));
  gtk_widget_size_allocate (GTK_WIDGET (title), &(GtkAllocation) { 0, 0, natural - 20, height }, -1);
  g_assert_true (seeds_tabs_title_get_title_visible (title));

  gtk_window_destroy (window);
  seeds_test_iterate ();
}

/* A community whose one meeting four members scored 1 on every factor,
 * but for the first member's "don't know" on the first: every factor
 * needs attention. */
static void
add_struggling_community (SeedsTestWindow *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsStore) store = seeds_store_open (fixture->db_path, &error);
  g_autoptr(SeedsCommunity) community = NULL;
  g_autoptr(SeedsMeeting) meeting = NULL;

  g_assert_no_error (error);
  community = seeds_store_add_community (store, "Struggling lab", &error);
  g_assert_no_error (error);
  meeting = seeds_test_add_meeting (store, community, SEEDS_MEETING_SCORES, "2026-02-01", "Hard times");
  for (guint p = 0; p < 4; p++)
    {
      g_autofree char *name = g_strdup_printf ("Member %u", p + 1);
      g_autoptr(SeedsParticipant) member = seeds_store_add_participant (store, seeds_meeting_get_id (meeting),
                                                                        name, "", SEEDS_PARTNER_COMPANY, &error);

      g_assert_no_error (error);
      for (guint f = 1; f <= 12; f++)
        {
          g_autofree char *factor = g_strdup_printf ("%u", f);

          seeds_store_set_score (store, seeds_meeting_get_id (meeting), seeds_participant_get_id (member),
                                 factor, p == 0 && f == 1 ? SEEDS_SCORE_DONT_KNOW : 1, &error);
          g_assert_no_error (error);
        }
    }
}

/* When every factor needs attention, the overview still makes the rows
 * of its first screen only before the first frame, and the others from
 * the next frame on. */
static void
test_attention_rows_after_first_frame (SeedsTestWindow *fixture,
                                       gconstpointer    data)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  SeedsOverviewPage *overview;

  add_struggling_community (fixture);
  seeds_application_open_database (seeds_test_window_get_app (), fixture->db_path);
  fixture->window = seeds_window_new (seeds_test_window_get_app ());
  g_assert_cmpuint (count_widgets (GTK_WIDGET (fixture->window), SEEDS_TYPE_FACTOR_SUMMARY_ROW), ==, 6);

  gtk_window_present (GTK_WINDOW (fixture->window));
  while (count_widgets (GTK_WIDGET (fixture->window), SEEDS_TYPE_FACTOR_SUMMARY_ROW) < 24)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  overview = seeds_meeting_view_get_overview_page (fixture->window->meeting_view);
  g_assert_nonnull (gtk_list_box_get_row_at_index (seeds_overview_page_get_attention_list (overview), 11));
  g_assert_null (gtk_list_box_get_row_at_index (seeds_overview_page_get_attention_list (overview), 12));
}

static void
on_after_paint (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

/* The overview's rows line up their dots, numbers and bands in columns,
 * whether a factor's count says "4 scores" or "3 scores, 1 don't know". */
static void
test_overview_columns (SeedsTestWindow *fixture,
                       gconstpointer    data)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  gboolean painted = FALSE;
  GtkListBox *list;
  GtkWidget *row;
  double first_x = -1;

  add_struggling_community (fixture);
  seeds_application_open_database (seeds_test_window_get_app (), fixture->db_path);
  fixture->window = seeds_window_new (seeds_test_window_get_app ());
  gtk_window_present (GTK_WINDOW (fixture->window));
  list = seeds_overview_page_get_attention_list (seeds_meeting_view_get_overview_page (fixture->window->meeting_view));
  while (gtk_list_box_get_row_at_index (list, 11) == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  /* Laid out in the frame after */
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (fixture->window)), "after-paint",
                    G_CALLBACK (on_after_paint), &painted);
  while (!painted)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }

  for (int i = 0; (row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, i))) != NULL; i++)
    {
      GtkWidget *dots = GTK_WIDGET (seeds_factor_summary_row_get_dots (SEEDS_FACTOR_SUMMARY_ROW (row)));
      graphene_rect_t bounds;

      g_assert_true (gtk_widget_compute_bounds (dots, row, &bounds));
      if (first_x < 0)
        first_x = bounds.origin.x;
      g_assert_cmpfloat_with_epsilon (bounds.origin.x, first_x, 0.5);
    }
  g_assert_cmpfloat (first_x, >, 0);
}

static gboolean
library_loaded (const char *name)
{
  g_autofree char *maps = NULL;

  g_assert_true (g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL));
  return strstr (maps, name) != NULL;
}

/* The window draws its first frame without loading librsvg, a large
 * library: the app's own symbolic icons are PNGs, the empty pages' icons
 * are set when those pages are shown, and the icon that window managers
 * show comes after the first frame. In a process of its own, where no
 * other test has drawn an SVG. */
static void
test_first_frame_without_svg (SeedsTestWindow *fixture,
                              gconstpointer    data)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  gboolean painted = FALSE;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      return;
    }

  add_struggling_community (fixture);
  seeds_application_open_database (seeds_test_window_get_app (), fixture->db_path);
  fixture->window = seeds_window_new (seeds_test_window_get_app ());
  gtk_window_present (GTK_WINDOW (fixture->window));
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (fixture->window)), "after-paint",
                    G_CALLBACK (on_after_paint), &painted);
  while (!painted)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_false (library_loaded ("librsvg"));
  g_assert_null (gtk_window_get_default_icon_name ());

  while (gtk_window_get_default_icon_name () == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_cmpstr (gtk_window_get_default_icon_name (), ==, APP_ID);
}

/* Before the first frame, a meeting without a row yet can be chosen. */
static void
test_old_meeting_chosen_first (SeedsTestWindow *fixture,
                               gconstpointer    data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsCommunity) community = NULL;
  g_autoptr(SeedsMeeting) first = NULL;
  SeedsApplication *app = seeds_test_window_get_app ();
  GSettings *settings = seeds_application_get_settings (app);
  SeedsMeeting *shown;

  {
    g_autoptr(SeedsStore) store = seeds_store_open (fixture->db_path, &error);

    g_assert_no_error (error);
    community = seeds_store_add_community (store, "Busy lab", &error);
    g_assert_no_error (error);
    first = seeds_test_add_meeting (store, community, SEEDS_MEETING_SCORES, "2020-01-01", "Oldest");
    for (guint m = 0; m < 40; m++)
      {
        g_autofree char *date = g_strdup_printf ("2021-%02u-%02u", 1 + m / 28, 1 + m % 28);
        g_autoptr(SeedsMeeting) meeting = NULL;

        meeting = seeds_test_add_meeting (store, community, SEEDS_MEETING_SCORES, date, "Later");
      }
  }

  g_settings_set_string (settings, "last-community", seeds_community_get_id (community));
  g_settings_set_string (settings, "last-meeting", seeds_meeting_get_id (first));
  seeds_test_window_open (fixture);
  shown = seeds_meeting_view_get_meeting (fixture->window->meeting_view);
  g_assert_cmpstr (seeds_meeting_get_title (shown), ==, "Oldest");

  g_settings_reset (settings, "last-community");
  g_settings_reset (settings, "last-meeting");
}

/* A file that is not a database: the window says so and the file stays as it was. */
static void
test_corrupt_database (SeedsTestWindow *fixture,
                       gconstpointer    data)
{
  const char garbage[] = "This is a shopping list, not a database.\n";
  g_autofree char *after = NULL;
  gsize length;

  g_assert_true (g_file_set_contents (fixture->db_path, garbage, -1, NULL));

  seeds_test_window_open (fixture);
  g_assert_cmpstr (seeds_window_get_page (fixture->window), ==, "error");
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window), "new-community"));
  seeds_test_window_close (fixture);

  g_assert_true (g_file_get_contents (fixture->db_path, &after, &length, NULL));
  g_assert_cmpstr (after, ==, garbage);
}

/* A page that could not save tells the user through its window, without
 * knowing the window: the message shows as a toast. */
static void
test_page_error_toast (SeedsTestWindow *fixture,
                       gconstpointer    data)
{
  g_autoptr(GError) error = g_error_new_literal (SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_DISK_FULL,
                                                 "The changes could not be saved: <disk> full.");

  seeds_test_window_open (fixture);
  seeds_test_create_community (fixture, "Toast lab");
  g_assert_false (seeds_test_shows_text (GTK_WIDGET (fixture->window), "<disk> full"));

  seeds_widget_show_error (GTK_WIDGET (fixture->window->meeting_view), error);
  seeds_test_iterate ();
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (fixture->window),
                                        "The changes could not be saved: <disk> full."));
}

/* What a button with a mnemonic is called for screen readers */
static void
test_strip_mnemonic (void)
{
  static const char * const cases[][2] = {
    { "Open the _Directory", "Open the Directory" },
    { "_Add", "Add" },
    { "Snake__case_", "Snake_case" },
    { "No mnemonic", "No mnemonic" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *stripped = seeds_widget_strip_mnemonic (cases[i][0]);

      g_assert_cmpstr (stripped, ==, cases[i][1]);
    }
}

/* The overview's rows: title and numbers side by side when the title keeps
 * its lead width, stacked (and so taller) otherwise. */
static void
test_reflow_box (void)
{
  GtkWidget *box = g_object_ref_sink (seeds_reflow_box_new ());
  GtkWidget *lead = gtk_label_new ("A factor title that is long enough to wrap");
  GtkWidget *trail = gtk_label_new ("numbers");
  int wide_height, narrow_height, minimum;

  gtk_label_set_wrap (GTK_LABEL (lead), TRUE);
  gtk_widget_set_parent (lead, box);
  gtk_widget_set_parent (trail, box);
  g_object_set (box, "lead-width", 200, "spacing", 10, NULL);

  gtk_widget_measure (box, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_true (seeds_reflow_box_is_side_by_side (SEEDS_REFLOW_BOX (box), 2000));
  g_assert_false (seeds_reflow_box_is_side_by_side (SEEDS_REFLOW_BOX (box), 150));

  gtk_widget_measure (box, GTK_ORIENTATION_VERTICAL, 2000, &wide_height, NULL, NULL, NULL);
  gtk_widget_measure (box, GTK_ORIENTATION_VERTICAL, MAX (minimum, 150), &narrow_height, NULL, NULL, NULL);
  g_assert_cmpint (narrow_height, >, wide_height);

  g_object_unref (box);
}

int
main (int   argc,
      char *argv[])
{
  seeds_test_window_init (&argc, &argv);

#define ADD(path, func) SEEDS_TEST_ADD_WINDOW (path, func)
  ADD ("/window/first-start", test_first_start_shows_welcome);
  g_test_add_func ("/window/tabs-at-full-width", test_tabs_at_full_width);
  ADD ("/window/meeting-round-trip", test_meeting_round_trip);
  ADD ("/window/take-score-back", test_take_score_back);
  ADD ("/window/next-step-carries-over", test_next_step_carries_over);
  ADD ("/window/keyboard-scoring", test_keyboard_scoring);
  ADD ("/window/comment-shown-again", test_comment_shown_again);
  ADD ("/window/remembers-last-community", test_remembers_last_community);
  ADD ("/window/presentation", test_presentation);
  ADD ("/window/partner-perspectives", test_partner_perspectives);
  ADD ("/window/preferences", test_preferences);
  ADD ("/window/next-step-for-most-urgent", test_next_step_for_most_urgent);
  ADD ("/window/dialog-refuses-bad-names", test_dialog_refuses_bad_names);
  ADD ("/window/corrupt-database", test_corrupt_database);
  ADD ("/window/page-error-toast", test_page_error_toast);
  ADD ("/window/pages-made-when-shown", test_pages_made_when_shown);
  ADD ("/window/hidden-parts-made-when-needed", test_hidden_parts_made_when_needed);
  ADD ("/window/many-meetings", test_many_meetings);
  ADD ("/window/old-meeting-chosen-first", test_old_meeting_chosen_first);
  ADD ("/window/attention-rows-after-first-frame", test_attention_rows_after_first_frame);
  ADD ("/window/overview-columns", test_overview_columns);
  ADD ("/window/no-tabs-without-meeting", test_no_tabs_without_meeting);
  ADD ("/window/first-frame-without-svg", test_first_frame_without_svg);
#undef ADD
  g_test_add_func ("/widgets/reflow-box", test_reflow_box);
  g_test_add_func ("/widgets/strip-mnemonic", test_strip_mnemonic);

  return seeds_test_window_run ();
}
