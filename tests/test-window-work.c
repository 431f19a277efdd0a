/* test-window-work.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gdk/x11/gdkx.h>
#include <X11/extensions/XTest.h>
#include <X11/keysym.h>

#include "exchange/seeds-import-dialog.h"
#include "seeds-test-util.h"
#include "seeds-test-window.h"

/* The window goes on while the session works: a key pressed during an
 * import of a thousand score cards and an A1 poster export does what it
 * does at once, the work shows its progress after half a second, and
 * closing the window cancels it, leaving the database and the files as
 * they were. The key goes through the X server (XTest), as a person's
 * would, so that a blocked main loop could not handle it. */

#define N_CARDS 1000

typedef struct
{
  SeedsTestWindow  base;
  SeedsTestSample  sample;
  GPtrArray       *cards;   /* (element-type GFile) */
  GFile           *poster;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(SeedsStore) store = NULL;
  g_autoptr(SeedsFramework) framework = seeds_framework_new_default (NULL);
  g_autofree char *cards_dir = NULL;
  g_autofree char *poster = NULL;

  seeds_test_window_set_up (&fixture->base, data);

  store = seeds_test_open_store (fixture->base.db_path);
  seeds_test_sample_init (&fixture->sample, store, "Westland field lab", "Anna");
  cards_dir = g_build_filename (fixture->base.dir, "cards", NULL);
  g_assert_cmpint (g_mkdir (cards_dir, 0700), ==, 0);
  fixture->cards = seeds_test_write_newcomer_cards (cards_dir, framework, fixture->sample.scored,
                                                    GPOINTER_TO_UINT (data));

  poster = g_build_filename (fixture->base.dir, "poster.pdf", NULL);
  fixture->poster = g_file_new_for_path (poster);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->poster);
  g_clear_pointer (&fixture->cards, g_ptr_array_unref);
  seeds_test_sample_clear (&fixture->sample);
  seeds_test_window_tear_down (&fixture->base, data);
}

/* Starts the import of every card and the poster's export on A1, in
 * this order: the session runs them one after the other. */
static void
start_work (Fixture *fixture)
{
  SeedsWindow *window = fixture->base.window;

  seeds_window_import_files (window, (GFile **) fixture->cards->pdata, fixture->cards->len);
  seeds_window_save_poster (window, fixture->poster, "en", SEEDS_PAPER_A1, FALSE);
  g_assert_cmpuint (seeds_job_bar_get_n_jobs (window->job_bar), ==, 2);
}

/* Presses and releases @keysym on the X server, with the window focused. */
static void
press_key (GtkWindow *window,
           guint      keysym)
{
  Display *xdisplay = gdk_x11_display_get_xdisplay (gtk_widget_get_display (GTK_WIDGET (window)));
  Window xid = gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (window)));
  KeyCode code = XKeysymToKeycode (xdisplay, keysym);
  int event_base, error_base, major, minor;

  g_assert_true (XTestQueryExtension (xdisplay, &event_base, &error_base, &major, &minor));
  g_assert_cmpuint (code, !=, 0);

  XSetInputFocus (xdisplay, xid, RevertToParent, CurrentTime);
  XTestFakeKeyEvent (xdisplay, code, True, CurrentTime);
  XTestFakeKeyEvent (xdisplay, code, False, CurrentTime);
  XFlush (xdisplay);
}

/* The newcomers whose cards were imported, with @having on the number of
 * their scores */
static gint64
count_newcomers (Fixture    *fixture,
                 const char *having)
{
  g_autofree char *sql = NULL;

  sql = g_strconcat ("SELECT count(*) FROM (SELECT a.participant_id FROM attendance a "
                     "JOIN participants p ON p.id = a.participant_id "
                     "LEFT JOIN scores s ON s.meeting_id = a.meeting_id AND s.participant_id = a.participant_id "
                     "WHERE a.meeting_id = ? AND p.name LIKE 'Newcomer %' "
                     "GROUP BY a.participant_id HAVING ", having, ")", NULL);

  return seeds_test_query_int (fixture->base.db_path, sql, seeds_meeting_get_id (fixture->sample.scored));
}

/* A cancelled import saved the cards it imported, each whole, and not
 * the others; the poster after it was not written, nor any part of it. */
static void
assert_cancelled (Fixture *fixture)
{
  g_autofree char *files = NULL;

  seeds_application_close_database (seeds_test_window_get_app ());
  g_test_message ("%" G_GINT64_FORMAT " cards imported", count_newcomers (fixture, "1"));
  g_assert_cmpint (count_newcomers (fixture, "1"), <, N_CARDS);
  g_assert_cmpint (count_newcomers (fixture, "count(s.factor_id) != 12"), ==, 0);
  g_assert_false (g_file_query_exists (fixture->poster, NULL));
  files = seeds_test_list_folder (fixture->base.dir);
  g_assert_cmpstr (files, ==, "cards seeds.db");
}

/* F9 hides the factor panel while the work goes on, and closing the
 * window cancels the work. */
static void
test_responsive_then_cancelled (Fixture       *fixture,
                                gconstpointer  data)
{
  SeedsMeetingView *view;
  gboolean panel_visible;
  gint64 pressed;

  seeds_test_window_open (&fixture->base);
  view = fixture->base.window->meeting_view;
  g_assert_nonnull (seeds_meeting_view_get_meeting (view));
  SEEDS_TEST_WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (fixture->base.window)));
  panel_visible = seeds_meeting_view_get_panel_visible (view);

  start_work (fixture);
  pressed = g_get_monotonic_time ();
  press_key (GTK_WINDOW (fixture->base.window), XK_F9);
  SEEDS_TEST_WAIT_UNTIL (seeds_meeting_view_get_panel_visible (view) != panel_visible);
  g_test_message ("F9 handled after %" G_GINT64_FORMAT " ms", (g_get_monotonic_time () - pressed) / 1000);

  /* the key was handled while both jobs still ran */
  g_assert_cmpuint (seeds_job_bar_get_n_jobs (fixture->base.window->job_bar), ==, 2);

  gtk_window_close (GTK_WINDOW (fixture->base.window));
  fixture->base.window = NULL;
  seeds_test_iterate ();

  assert_cancelled (fixture);
}

/* Work that takes longer than half a second shows in the job bar, with
 * how far it got, and its Cancel button cancels every job. */
static void
test_progress_cancelled (Fixture       *fixture,
                         gconstpointer  data)
{
  SeedsJobBar *bar;
  GtkWidget *cancel;
  g_autofree char *text = NULL;
  gint64 started;

  seeds_test_window_open (&fixture->base);
  bar = fixture->base.window->job_bar;

  started = g_get_monotonic_time ();
  start_work (fixture);
  g_assert_false (seeds_job_bar_is_shown (bar));

  SEEDS_TEST_WAIT_UNTIL (seeds_job_bar_is_shown (bar) || seeds_job_bar_get_n_jobs (bar) == 0);
  g_assert_cmpint (g_get_monotonic_time () - started, >=, 500 * 1000);
  g_assert_true (seeds_job_bar_is_shown (bar));
  text = g_strdup (seeds_job_bar_get_text (bar));
  g_test_message ("The bar says: %s", text);
  g_assert_true (g_str_has_prefix (text, "Importing") || g_str_equal (text, "Saving the poster…"));

  cancel = seeds_test_find_button (GTK_WIDGET (bar), "_Cancel");
  g_assert_nonnull (cancel);
  g_signal_emit_by_name (cancel, "clicked");
  seeds_test_iterate ();
  g_assert_cmpuint (seeds_job_bar_get_n_jobs (bar), ==, 0);
  g_assert_false (seeds_job_bar_is_shown (bar));
  g_assert_null (seeds_test_lookup_dialog (SEEDS_TYPE_IMPORT_DIALOG));

  gtk_window_destroy (GTK_WINDOW (fixture->base.window));
  fixture->base.window = NULL;
  assert_cancelled (fixture);
}

/* Quitting closes the database as the window's work runs: the work is
 * cancelled, and the database closes once its worker let go of it. */
static void
test_quit_cancels (Fixture       *fixture,
                   gconstpointer  data)
{
  seeds_test_window_open (&fixture->base);
  start_work (fixture);
  seeds_test_iterate_pending ();

  /* what seeds_application_shutdown() does */
  seeds_application_close_database (seeds_test_window_get_app ());
  g_assert_cmpuint (seeds_job_bar_get_n_jobs (fixture->base.window->job_bar), ==, 0);

  gtk_window_destroy (GTK_WINDOW (fixture->base.window));
  fixture->base.window = NULL;
  seeds_test_iterate ();
  assert_cancelled (fixture);
}

/* Saved through the window, the poster is a PDF, and a toast says so. */
static void
test_poster_saved (Fixture       *fixture,
                   gconstpointer  data)
{
  SeedsWindow *window;
  g_autofree char *contents = NULL;
  gsize length;

  seeds_test_window_open (&fixture->base);
  window = fixture->base.window;
  seeds_window_save_poster (window, fixture->poster, "nl", SEEDS_PAPER_A4, TRUE);
  seeds_test_iterate ();

  g_assert_cmpuint (seeds_job_bar_get_n_jobs (window->job_bar), ==, 0);
  g_assert_true (g_file_load_contents (fixture->poster, NULL, &contents, &length, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  /* The toast names the file, and offers to open it */
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (window), "Saved as “poster.pdf”"));
  g_assert_nonnull (seeds_test_find_button (GTK_WIDGET (window), "_Open"));
}

int
main (int   argc,
      char *argv[])
{
  seeds_test_window_init (&argc, &argv);

  g_test_add ("/window-work/responsive-then-cancelled", Fixture, GUINT_TO_POINTER (N_CARDS),
              fixture_set_up, test_responsive_then_cancelled, fixture_tear_down);
  g_test_add ("/window-work/progress-cancelled", Fixture, GUINT_TO_POINTER (N_CARDS),
              fixture_set_up, test_progress_cancelled, fixture_tear_down);
  g_test_add ("/window-work/quit-cancels", Fixture, GUINT_TO_POINTER (N_CARDS),
              fixture_set_up, test_quit_cancels, fixture_tear_down);
  g_test_add ("/window-work/poster-saved", Fixture, GUINT_TO_POINTER (0),
              fixture_set_up, test_poster_saved, fixture_tear_down);

  return seeds_test_window_run ();
}
