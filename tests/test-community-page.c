/* test-community-page.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "community/seeds-community-page.h"
#include "community/seeds-failure-dialog.h"
#include "community/seeds-redeem-dialog.h"
#include "community/seeds-reward-dialog.h"
#include "presentation/seeds-community-slide.h"
#include "presentation/seeds-presentation-window.h"
#include "seeds-test-window.h"

/* The community's own page in the real window: who takes part and which
 * kind of partner is missing, brilliant failures that earn points, and
 * rewards that cost no more than the group has. Never a name. */

static const char * const people[] = { "Anna de Vries", "Bram Jansen", "Carla Smit", "Dirk Bakker", "Eva Mulder" };
static const SeedsPartnerType types[] = { SEEDS_PARTNER_COMPANY, SEEDS_PARTNER_GOVERNMENT, SEEDS_PARTNER_EDUCATION,
                                          SEEDS_PARTNER_RESEARCH, SEEDS_PARTNER_OTHER };

static SeedsCommunityPage *
open_page (SeedsTestWindow *fixture)
{
  SeedsCommunityPage *page;

  seeds_test_window_open (fixture);
  seeds_test_create_community (fixture, "Field lab");
  seeds_test_start_meeting (fixture, "Spring session", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    seeds_test_add_participant (fixture, people[i], "Greenport College", types[i]);

  seeds_test_window_activate (fixture, "win.show-community");
  page = seeds_meeting_view_get_community_page (fixture->window->meeting_view);
  seeds_test_iterate ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  return page;
}

static void
wait_for_balance (SeedsCommunityPage *page,
                  gint64              balance)
{
  gint64 until = g_get_monotonic_time () + seeds_test_time_limit (10) * G_USEC_PER_SEC;

  while (seeds_community_page_get_balance (page) != balance && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpint (seeds_community_page_get_balance (page), ==, balance);
}

static const char *
participant_id (SeedsTestWindow *fixture,
                const char      *name)
{
  g_autoptr(GPtrArray) all = seeds_store_list_participants (fixture->window->store,
                                                            seeds_community_get_id (fixture->window->community),
                                                            NULL);

  for (guint i = 0; i < all->len; i++)
    if (g_str_equal (seeds_participant_get_name (g_ptr_array_index (all, i)), name))
      return g_intern_string (seeds_participant_get_id (g_ptr_array_index (all, i)));
  g_assert_not_reached ();
}

/* How many kinds of partner nobody in the meeting represents; @type: the last */
static SeedsCommunitySlide *
find_community_slide (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      SeedsCommunitySlide *found;

      if (SEEDS_IS_COMMUNITY_SLIDE (child))
        return SEEDS_COMMUNITY_SLIDE (child);
      if ((found = find_community_slide (child)) != NULL)
        return found;
    }
  return NULL;
}

static guint
count_type_gaps (SeedsCommunityPage *page,
                 SeedsPartnerType   *type)
{
  GPtrArray *gaps = seeds_community_page_get_gaps (page);
  guint n = 0;

  for (guint i = 0; i < gaps->len; i++)
    {
      SeedsGap *gap = g_ptr_array_index (gaps, i);

      if (gap->kind != SEEDS_GAP_PARTNER_TYPE)
        continue;
      n++;
      if (type != NULL)
        *type = gap->partner_type;
    }
  return n;
}

/* The button of the gap row with this title */
static GtkWidget *
find_invite_button (SeedsCommunityPage *page,
                    const char         *title)
{
  GtkWidget *row = seeds_test_find_row (GTK_WIDGET (page), title);

  return row ? seeds_test_find_button (row, "_Plan an Invitation") : NULL;
}

/* The gap shows when the last researcher leaves the meeting, with a step
 * to plan an invitation, and goes when one joins again */
static void
test_gap (SeedsTestWindow *fixture,
          gconstpointer    data)
{
  SeedsCommunityPage *page = open_page (fixture);
  SeedsMeeting *meeting = seeds_meeting_view_get_meeting (fixture->window->meeting_view);
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *button;
  SeedsPartnerType type = SEEDS_PARTNER_OTHER;

  g_assert_cmpuint (count_type_gaps (page, NULL), ==, 0);
  g_assert_nonnull (seeds_test_find_row (GTK_WIDGET (page), "Research"));
  g_assert_null (find_invite_button (page, "Research"));

  g_assert_true (seeds_store_remove_attendee (fixture->window->store, seeds_meeting_get_id (meeting),
                                              participant_id (fixture, "Dirk Bakker"), &error));
  g_assert_no_error (error);
  seeds_test_iterate ();
  g_assert_cmpuint (count_type_gaps (page, &type), ==, 1);
  g_assert_cmpint (type, ==, SEEDS_PARTNER_RESEARCH);
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (page), "Nobody in this meeting: a gap that touches factors 2, 12"));

  /* The gap's button plans the invitation as a next step on factor 2 */
  button = find_invite_button (page, "Research");
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  seeds_test_iterate ();
  steps = seeds_store_list_next_steps (fixture->window->store, seeds_community_get_id (fixture->window->community),
                                       NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (steps->len, ==, 1);
  g_assert_cmpstr (seeds_next_step_get_text (g_ptr_array_index (steps, 0)), ==,
                   "Invite someone from Research to take part");
  g_assert_cmpstr (seeds_next_step_get_factor_id (g_ptr_array_index (steps, 0)), ==, "2");

  g_assert_true (seeds_store_add_attendee (fixture->window->store, seeds_meeting_get_id (meeting),
                                           participant_id (fixture, "Dirk Bakker"), &error));
  seeds_test_iterate ();
  g_assert_cmpuint (count_type_gaps (page, NULL), ==, 0);

  /* The mix over the meetings: the kinds that took part and how many */
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (page),
                                        "Company 1 · Government 1 · Education 1 · Research 1 · Other 1"));

  /* Organisations and counts, never a name */
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    g_assert_false (seeds_test_shows_text (GTK_WIDGET (page), people[i]));
}

/* A brilliant failure, recorded on the page, is listed and earns its
 * points once; a reward beyond the balance cannot be redeemed */
static void
test_failure_and_reward (SeedsTestWindow *fixture,
                         gconstpointer    data)
{
  SeedsCommunityPage *page = open_page (fixture);
  SeedsFactorPanel *panel;
  GtkWidget *redeem;
  gpointer dialog;

  wait_for_balance (page, 0);
  gtk_widget_activate_action (GTK_WIDGET (page), "community.add-failure", NULL);
  dialog = seeds_test_find_dialog (SEEDS_TYPE_FAILURE_DIALOG);
  seeds_test_type_into (dialog, "What We Tried", "An open day for growers on a Sunday");
  seeds_test_type_into (dialog, "What Happened", "Nobody came: Sunday is a family day");
  seeds_test_type_into (dialog, "What We Learned", "Ask the growers first when they can");
  adw_combo_row_set_selected (ADW_COMBO_ROW (seeds_test_find_row (dialog, "_Factor")), 3);
  seeds_test_respond (dialog, "save");
  seeds_test_iterate ();
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (page), "An open day for growers on a Sunday"));
  wait_for_balance (page, 5);

  /* The factor it touches shows it beside the research's tips; another does not */
  seeds_meeting_view_show_factor (fixture->window->meeting_view,
                                  seeds_framework_lookup_factor (fixture->window->framework, "3"));
  seeds_test_iterate ();
  panel = seeds_meeting_view_get_factor_panel (fixture->window->meeting_view);
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (panel),
                                        "An open day for growers on a Sunday — Ask the growers first when they can"));
  seeds_meeting_view_show_factor (fixture->window->meeting_view,
                                  seeds_framework_lookup_factor (fixture->window->framework, "4"));
  seeds_test_iterate ();
  g_assert_false (seeds_test_shows_text (GTK_WIDGET (panel), "An open day for growers on a Sunday — Ask the growers first when they can"));
  seeds_test_window_activate (fixture, "win.show-community");

  gtk_widget_activate_action (GTK_WIDGET (page), "community.add-reward", NULL);
  dialog = seeds_test_find_dialog (SEEDS_TYPE_REWARD_DIALOG);
  seeds_test_type_into (dialog, "Reward", "A coaching session");
  seeds_reward_dialog_set_cost (dialog, 50);
  seeds_test_respond (dialog, "save");
  seeds_test_iterate ();
  redeem = seeds_test_find_button (GTK_WIDGET (page), "_Redeem…");
  g_assert_nonnull (redeem);
  g_assert_false (gtk_widget_get_sensitive (redeem));
  g_assert_cmpint (seeds_community_page_get_balance (page), ==, 5);
}

/* On the projector, C shows the community's own slide: its points, its
 * gaps, never a name; C or Esc goes back to where the meeting was */
static void
test_slide (SeedsTestWindow *fixture,
            gconstpointer    data)
{
  SeedsCommunityPage *page = open_page (fixture);
  SeedsMeeting *meeting = seeds_meeting_view_get_meeting (fixture->window->meeting_view);
  SeedsPresentationWindow *window;
  SeedsPresentationView *view;
  SeedsCommunitySlide *slide;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (seeds_store_add_failure (fixture->window->store, seeds_community_get_id (fixture->window->community),
                                             "A Sunday open day", "Nobody came", "Ask first", NULL, &error));
  g_assert_no_error (error);
  wait_for_balance (page, 5);
  g_assert_true (seeds_store_remove_attendee (fixture->window->store, seeds_meeting_get_id (meeting),
                                              participant_id (fixture, "Bram Jansen"), &error));

  seeds_test_window_activate (fixture, "win.present");
  window = seeds_test_find_dialog (SEEDS_TYPE_PRESENTATION_WINDOW);
  view = seeds_presentation_window_get_view (window);
  seeds_test_iterate ();
  g_assert_false (seeds_presentation_view_get_community_shown (view));

  gtk_widget_activate_action (GTK_WIDGET (view), "presentation.community", NULL);
  seeds_test_iterate ();
  g_assert_true (seeds_presentation_view_get_community_shown (view));
  slide = find_community_slide (GTK_WIDGET (view));
  g_assert_nonnull (slide);
  g_assert_cmpstr (seeds_community_slide_get_figure (slide), ==, "5 points");
  g_assert_true (g_str_has_prefix (seeds_community_slide_get_missing (slide), "Who is missing: Government"));
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (window), "Brilliant failures: A Sunday open day — Ask first"));
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    g_assert_false (seeds_test_shows_text (GTK_WIDGET (window), people[i]));

  gtk_widget_activate_action (GTK_WIDGET (view), "presentation.back", NULL);
  seeds_test_iterate ();
  g_assert_false (seeds_presentation_view_get_community_shown (view));
  gtk_window_destroy (GTK_WINDOW (window));
  seeds_test_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  seeds_test_window_init (&argc, &argv);

  SEEDS_TEST_ADD_WINDOW ("/community-page/gap", test_gap);
  SEEDS_TEST_ADD_WINDOW ("/community-page/failure-and-reward", test_failure_and_reward);
  SEEDS_TEST_ADD_WINDOW ("/community-page/slide", test_slide);

  return seeds_test_window_run ();
}
