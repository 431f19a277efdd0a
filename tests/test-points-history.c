/* test-points-history.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "community/seeds-community-page.h"
#include "community/seeds-correction-dialog.h"
#include "community/seeds-points-history.h"
#include "seeds-test-window.h"

/* The points history, opened on purpose from the community page: every
 * entry with who agreed, a balance that is their sum, a correction made
 * once and only once, and a reward taken out of the catalogue. */

#define AGREED "Anna de Vries"

static SeedsCommunityPage *
open_page (SeedsTestWindow *fixture)
{
  SeedsCommunityPage *page;

  seeds_test_window_open (fixture);
  seeds_test_create_community (fixture, "Field lab");
  seeds_test_start_meeting (fixture, "Spring session", NULL);
  seeds_test_add_participant (fixture, "Bram Jansen", "Greenport College", SEEDS_PARTNER_EDUCATION);
  seeds_test_window_activate (fixture, "win.show-community");
  page = seeds_meeting_view_get_community_page (fixture->window->meeting_view);
  seeds_test_iterate ();
  return page;
}

static const char *
community_id (SeedsTestWindow *fixture)
{
  return seeds_community_get_id (fixture->window->community);
}

/* A brilliant failure, which earns its 5 points through the window */
static void
earn (SeedsTestWindow *fixture)
{
  g_autoptr(SeedsFailure) failure = NULL;
  g_autoptr(GError) error = NULL;

  failure = seeds_store_add_failure (fixture->window->store, community_id (fixture), "A Sunday open day",
                                     "Nobody came", "Ask first", "3", &error);
  g_assert_no_error (error);
  seeds_test_iterate ();
}

static SeedsReward *
add_reward (SeedsTestWindow *fixture,
            guint            cost)
{
  g_autoptr(GError) error = NULL;
  SeedsReward *reward = seeds_store_add_reward (fixture->window->store, community_id (fixture),
                                                "A coaching session", cost, &error);

  g_assert_no_error (error);
  seeds_test_iterate ();
  return reward;
}

static GPtrArray *
list_ledger (SeedsTestWindow *fixture,
             gint64          *balance)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *entries = seeds_store_list_ledger (fixture->window->store, community_id (fixture), balance,
                                                &error);

  g_assert_no_error (error);
  return entries;
}

/* The history, opened with the page's button as the facilitator does */
static SeedsPointsHistory *
open_history (SeedsCommunityPage *page)
{
  GtkWidget *button = seeds_test_find_button (GTK_WIDGET (page), "_History…");
  SeedsPointsHistory *history;

  g_assert_nonnull (button);
  g_assert_null (seeds_test_lookup_dialog (SEEDS_TYPE_POINTS_HISTORY));
  g_signal_emit_by_name (button, "clicked");
  seeds_test_iterate ();
  history = seeds_test_find_dialog (SEEDS_TYPE_POINTS_HISTORY);
  return history;
}

/* The sum of what the history shows */
static gint64
sum_shown (SeedsPointsHistory *history)
{
  GListModel *entries = seeds_points_history_get_entries (history);
  gint64 sum = 0;

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(SeedsLedgerEntry) entry = g_list_model_get_item (entries, i);

      sum += seeds_ledger_entry_get_amount (entry);
    }
  return sum;
}

/* (transfer none): the entry at @position, which the history keeps */
static SeedsLedgerEntry *
shown_entry (SeedsPointsHistory *history,
             guint               position)
{
  g_autoptr(SeedsLedgerEntry) entry = g_list_model_get_item (seeds_points_history_get_entries (history),
                                                             position);

  return entry;
}

/* Every entry, newest first, with its amount and who agreed; the balance
 * is their sum. The page itself never names who agreed. */
static void
test_list (SeedsTestWindow *fixture,
           gconstpointer    data)
{
  SeedsCommunityPage *page = open_page (fixture);
  g_autoptr(SeedsReward) reward = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GError) error = NULL;
  SeedsPointsHistory *history;
  gint64 balance = 0;

  earn (fixture);
  reward = add_reward (fixture, 2);
  g_assert_true (seeds_store_redeem_reward (fixture->window->store, community_id (fixture),
                                            seeds_reward_get_id (reward), AGREED, &error));
  g_assert_no_error (error);
  seeds_test_iterate ();
  g_assert_false (seeds_test_shows_text (GTK_WIDGET (page), AGREED));

  history = open_history (page);
  stored = list_ledger (fixture, &balance);
  g_assert_cmpuint (stored->len, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (seeds_points_history_get_entries (history)), ==, 2);
  g_assert_cmpint (seeds_points_history_get_balance (history), ==, 3);
  g_assert_cmpint (sum_shown (history), ==, balance);
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (history), "Balance: 3 points"));

  /* Newest first: the reward, then the failure that earned */
  g_assert_cmpint (seeds_ledger_entry_get_kind (shown_entry (history, 0)), ==, SEEDS_LEDGER_SPENT);
  g_assert_nonnull (seeds_test_find_row (GTK_WIDGET (history), "A coaching session"));
  g_assert_nonnull (seeds_test_find_row (GTK_WIDGET (history), "Brilliant failure recorded"));
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (history), "\u22122"));
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (history), "+5"));
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (history), "Agreed by " AGREED));

  /* Points written elsewhere show at once */
  {
    g_autoptr(SeedsFailure) failure = NULL;

    failure = seeds_store_add_failure (fixture->window->store, community_id (fixture), "A second try",
                                       "Rain", "Check the weather", NULL, &error);
    g_assert_no_error (error);
  }
  seeds_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (seeds_points_history_get_entries (history)), ==, 3);
  g_assert_cmpint (seeds_points_history_get_balance (history), ==, 8);
  g_assert_cmpint (sum_shown (history), ==, 8);
}

/* The correction dialogs open for the entry on top of the history */
static GPtrArray *
find_correction_dialogs (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GPtrArray *dialogs = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (SEEDS_IS_CORRECTION_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        g_ptr_array_add (dialogs, window);
    }
  return dialogs;
}

/* A correction through the dialog is a counter-entry that says who
 * agreed and lowers the balance; the entry says it is corrected, and a
 * second correction of it is refused and changes nothing */
static void
test_correct (SeedsTestWindow *fixture,
              gconstpointer    data)
{
  SeedsCommunityPage *page = open_page (fixture);
  g_autoptr(GPtrArray) dialogs = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  SeedsPointsHistory *history;
  SeedsLedgerEntry *earned;
  SeedsLedgerEntry *correction;
  GtkWidget *row;
  gint64 earned_id;
  gint64 balance = 0;

  earn (fixture);
  history = open_history (page);
  g_assert_cmpint (seeds_points_history_get_balance (history), ==, 5);
  earned = shown_entry (history, 0);
  earned_id = seeds_ledger_entry_get_id (earned);

  /* Two dialogs for the same entry, as two people might open them */
  row = seeds_test_find_row (GTK_WIDGET (history), "Brilliant failure recorded");
  g_assert_nonnull (row);
  g_signal_emit_by_name (seeds_test_find_button (row, "_Correct…"), "clicked");
  seeds_test_iterate ();
  gtk_widget_activate_action (GTK_WIDGET (history), "history.correct", "x", earned_id);
  seeds_test_iterate ();
  dialogs = find_correction_dialogs ();
  g_assert_cmpuint (dialogs->len, ==, 2);

  seeds_test_type_into (g_ptr_array_index (dialogs, 0), "Agreed By", "Bram Jansen");
  seeds_test_respond (g_ptr_array_index (dialogs, 0), "save");
  seeds_test_iterate ();

  stored = list_ledger (fixture, &balance);
  g_assert_cmpuint (stored->len, ==, 2);
  g_assert_cmpint (balance, ==, 0);
  correction = g_ptr_array_index (stored, 0);
  g_assert_cmpint (seeds_ledger_entry_get_kind (correction), ==, SEEDS_LEDGER_CORRECTION);
  g_assert_cmpint (seeds_ledger_entry_get_amount (correction), ==, -5);
  g_assert_cmpint (seeds_ledger_entry_get_correction_of (correction), ==, earned_id);
  g_assert_cmpstr (seeds_ledger_entry_get_agreed_by (correction), ==, "Bram Jansen");

  /* The history follows: the counter-entry on top, who agreed, the entry
   * corrected, and the balance their sum */
  g_assert_cmpint (seeds_points_history_get_balance (history), ==, 0);
  g_assert_cmpint (sum_shown (history), ==, 0);
  g_assert_cmpint (seeds_ledger_entry_get_kind (shown_entry (history, 0)), ==, SEEDS_LEDGER_CORRECTION);
  g_assert_true (seeds_points_history_is_corrected (history, earned_id));
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (history), "Agreed by Bram Jansen"));
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (history), "Cancels “Brilliant failure recorded”"));
  row = seeds_test_find_row (GTK_WIDGET (history), "Brilliant failure recorded");
  g_assert_null (seeds_test_find_button (row, "_Correct…"));
  g_assert_true (seeds_test_shows_text (row, "Corrected"));
  g_assert_cmpint (seeds_community_page_get_balance (page), ==, 0);

  /* The dialog opened before: the store refuses, nothing changes */
  seeds_test_type_into (g_ptr_array_index (dialogs, 1), "Agreed By", "Carla Smit");
  seeds_test_respond (g_ptr_array_index (dialogs, 1), "save");
  seeds_test_iterate ();
  g_clear_pointer (&stored, g_ptr_array_unref);
  stored = list_ledger (fixture, &balance);
  g_assert_cmpuint (stored->len, ==, 2);
  g_assert_cmpint (balance, ==, 0);

  /* Asked again, the history says so and opens no dialog */
  gtk_widget_activate_action (GTK_WIDGET (history), "history.correct", "x", earned_id);
  seeds_test_iterate ();
  g_clear_pointer (&dialogs, g_ptr_array_unref);
  dialogs = find_correction_dialogs ();
  g_assert_cmpuint (dialogs->len, ==, 0);
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (history), "This entry has been corrected already."));
  g_clear_pointer (&stored, g_ptr_array_unref);
  stored = list_ledger (fixture, &balance);
  g_assert_cmpuint (stored->len, ==, 2);
  g_assert_cmpint (seeds_points_history_get_balance (history), ==, 0);
}

/* An archived reward leaves the catalogue: it can no longer be redeemed,
 * and the history keeps what was spent on it */
static void
test_archive (SeedsTestWindow *fixture,
              gconstpointer    data)
{
  SeedsCommunityPage *page = open_page (fixture);
  g_autoptr(SeedsReward) reward = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  GtkWidget *row;
  gpointer dialog;
  gint64 balance = 0;

  earn (fixture);
  reward = add_reward (fixture, 2);
  g_assert_true (seeds_store_redeem_reward (fixture->window->store, community_id (fixture),
                                            seeds_reward_get_id (reward), AGREED, &error));
  g_assert_no_error (error);
  seeds_test_iterate ();

  row = seeds_test_find_row (GTK_WIDGET (page), "A coaching session");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_sensitive (seeds_test_find_button (row, "_Redeem…")));
  g_signal_emit_by_name (seeds_test_find_button (row, "Archive…"), "clicked");
  seeds_test_iterate ();
  dialog = seeds_test_find_dialog (ADW_TYPE_MESSAGE_DIALOG);
  seeds_test_respond (dialog, "archive");
  seeds_test_iterate ();

  /* Out of the catalogue on the page, and the store refuses it */
  g_assert_nonnull (seeds_test_find_row (GTK_WIDGET (page), "No rewards yet"));
  g_assert_null (seeds_test_find_button (GTK_WIDGET (page), "_Redeem…"));
  g_assert_null (seeds_test_find_button (GTK_WIDGET (page), "Archive…"));
  g_assert_false (seeds_store_redeem_reward (fixture->window->store, community_id (fixture),
                                             seeds_reward_get_id (reward), AGREED, &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID);
  stored = list_ledger (fixture, &balance);
  g_assert_cmpuint (stored->len, ==, 2);
  g_assert_cmpint (balance, ==, 3);

  /* Nor does the page's own action offer it any more */
  gtk_widget_activate_action (GTK_WIDGET (page), "community.redeem", "s", seeds_reward_get_id (reward));
  seeds_test_iterate ();
  g_assert_null (seeds_test_lookup_dialog (ADW_TYPE_MESSAGE_DIALOG));

  /* The history keeps what was spent on it */
  g_assert_nonnull (seeds_test_find_row (GTK_WIDGET (open_history (page)), "A coaching session"));
}

int
main (int   argc,
      char *argv[])
{
  seeds_test_window_init (&argc, &argv);

  SEEDS_TEST_ADD_WINDOW ("/points-history/list", test_list);
  SEEDS_TEST_ADD_WINDOW ("/points-history/correct", test_correct);
  SEEDS_TEST_ADD_WINDOW ("/points-history/archive", test_archive);

  return seeds_test_window_run ();
}
