/* test-delete.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "seeds-test-util.h"
#include "seeds-test-window.h"
#include "seeds-undo-toast.h"

/* Deleting in the window: a meeting or the learning community only after
 * a confirmation that says what goes with it; a next step at once, with
 * an undo. The database is as expected after each. */

typedef struct
{
  SeedsTestWindow  base;
  SeedsTestSample  sample;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  seeds_test_window_set_up (&fixture->base, data);
  seeds_test_window_set_up_sample (&fixture->base, &fixture->sample);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  seeds_test_sample_clear (&fixture->sample);
  seeds_test_window_tear_down (&fixture->base, data);
}

static gint64
count (Fixture    *fixture,
       const char *sql)
{
  return seeds_test_query_int (fixture->base.db_path, sql, NULL);
}

static AdwMessageDialog *
ask (Fixture    *fixture,
     const char *action,
     const char *heading)
{
  AdwMessageDialog *dialog;

  seeds_test_window_activate (&fixture->base, action);
  dialog = seeds_test_find_dialog (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, heading);
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
  return dialog;
}

static void
test_meeting (Fixture       *fixture,
              gconstpointer  data)
{
  seeds_test_window_open (&fixture->base);

  seeds_test_respond (ask (fixture, "win.delete-meeting", "Delete “Kick-off”?"), "cancel");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM meetings"), ==, 3);

  seeds_test_respond (ask (fixture, "win.delete-meeting", "Delete “Kick-off”?"), "delete");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM meetings"), ==, 2);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM scores"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM participants"), ==, 2);
}

static void
test_community (Fixture       *fixture,
                gconstpointer  data)
{
  seeds_test_window_open (&fixture->base);

  seeds_test_respond (ask (fixture, "win.delete-community", "Delete “Westland field lab”?"), "delete");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM communities"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM meetings"), ==, 0);
  g_assert_cmpstr (seeds_window_get_page (fixture->base.window), ==, "welcome");
}

/* A next step deleted comes back whole from the toast's Undo */
static void
test_next_step_undo (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(SeedsNextStep) step = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  SeedsStoreUndo *undo;
  AdwToast *toast;

  seeds_test_window_open (&fixture->base);
  step = seeds_test_add_step (fixture->base.window->store, fixture->sample.scored, "3",
                              "Lunch together", "Bram", "2026-02-01");
  before = seeds_test_dump_database (fixture->base.db_path);

  undo = seeds_store_delete_next_step_with_undo (fixture->base.window->store, step, &error);
  g_assert_no_error (error);
  toast = seeds_undo_toast_offer (GTK_WIDGET (fixture->base.window->meeting_view), fixture->base.window->store, undo,
                                  "Next step deleted");
  g_assert_nonnull (toast);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM next_steps"), ==, 0);

  g_signal_emit_by_name (toast, "button-clicked");
  seeds_test_iterate ();
  after = seeds_test_dump_database (fixture->base.db_path);
  g_assert_cmpstr (after, ==, before);
}

static void
choose_anna (Fixture *fixture)
{
  seeds_test_window_activate (&fixture->base, "win.show-scoring");
  seeds_scoring_page_select_participant (seeds_test_scoring_page (&fixture->base),
                                         seeds_participant_get_id (fixture->sample.anna));
  seeds_test_iterate ();
}

/* Taken off the meeting, with her scores there; still in the community */
static void
test_remove_participant (Fixture       *fixture,
                         gconstpointer  data)
{
  seeds_test_window_open (&fixture->base);
  choose_anna (fixture);

  seeds_test_window_activate (&fixture->base, "win.remove-participant");
  seeds_test_iterate ();
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM attendance"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM scores"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM participants"), ==, 2);
}

/* Deleted from the community, after the question */
static void
test_delete_participant (Fixture       *fixture,
                         gconstpointer  data)
{
  seeds_test_window_open (&fixture->base);
  choose_anna (fixture);

  seeds_test_respond (ask (fixture, "win.delete-participant", "Delete “Anna”?"), "delete");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM participants"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM scores"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  seeds_test_window_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/delete/meeting", test_meeting);
  ADD ("/delete/community", test_community);
  ADD ("/delete/next-step-undo", test_next_step_undo);
  ADD ("/delete/remove-participant", test_remove_participant);
  ADD ("/delete/participant", test_delete_participant);

#undef ADD

  return seeds_test_window_run ();
}
