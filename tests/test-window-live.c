/* test-window-live.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <libsoup/soup.h>

#include "exchange/seeds-live-send-dialog.h"
#include "exchange/seeds-scorecard-window.h"
#include "live/seeds-join-panel.h"
#include "live/seeds-live-client.h"
#include "live/seeds-live-token.h"
#include "presentation/seeds-presentation-window.h"
#include "presentation/seeds-scores-slide.h"
#include "seeds-test-window.h"

/* A live round from the window: members answer from a browser (here
 * SoupSession on the loopback, each from an address of its own), the
 * count rises on the agenda's slide and in the window, the scores stay
 * hidden until the reveal, and no name shows. Every wait is bounded. */

#define TIMEOUT_SECONDS 30

static const char * const members[] = { "Ilse Verbeek", "Joost de Graaf", "Karima Amrani" };

typedef struct
{
  gboolean  done;
  guint     status;
  char     *body;
  GError   *error;
} Response;

static void
response_clear (Response *response)
{
  g_clear_pointer (&response->body, g_free);
  g_clear_error (&response->error);
  response->done = FALSE;
}

static void
on_response (GObject      *source_object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Response *response = user_data;
  SoupMessage *msg = soup_session_get_async_result_message (SOUP_SESSION (source_object), result);
  g_autoptr(GBytes) body = NULL;

  body = soup_session_send_and_read_finish (SOUP_SESSION (source_object), result, &response->error);
  response->status = soup_message_get_status (msg);
  response->body = body ? g_strndup (g_bytes_get_data (body, NULL), g_bytes_get_size (body)) : NULL;
  response->done = TRUE;
}

static gboolean
on_timeout (gpointer user_data)
{
  g_error ("Timed out after %d s", TIMEOUT_SECONDS);
  return G_SOURCE_REMOVE;
}

/* Runs the main loop, where the round serves and the window draws,
 * until *done */
static void
wait_for (const gboolean *done)
{
  guint timeout = g_timeout_add_seconds (TIMEOUT_SECONDS, on_timeout, NULL);

  while (!*done)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
}

static void
request (SoupSession *client,
         const char  *method,
         const char  *uri,
         const char  *form,
         Response    *response)
{
  g_autoptr(SoupMessage) msg = soup_message_new (method, uri);

  response_clear (response);
  if (form != NULL)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (form, strlen (form));

      soup_message_set_request_body_from_bytes (msg, "application/x-www-form-urlencoded", bytes);
    }
  soup_session_send_and_read_async (client, msg, G_PRIORITY_DEFAULT, NULL, on_response, response);
  wait_for (&response->done);
}

/* A member on a phone of their own: opens the page, answers every
 * factor, sends */
static void
answer (SeedsLiveRound *round,
        const char     *name,
        guint           n)
{
  g_autofree char *address = g_strdup_printf ("127.0.0.%u", 10 + n);
  g_autoptr(GInetAddress) inet = g_inet_address_new_from_string (address);
  g_autoptr(GSocketAddress) local = g_inet_socket_address_new (inet, 0);
  g_autoptr(SoupSession) client = soup_session_new_with_options ("local-address", local, NULL);
  g_autoptr(GString) form = g_string_new (NULL);
  g_autofree char *escaped = g_uri_escape_string (name, NULL, FALSE);
  Response response = { 0 };
  const char *member;

  request (client, "GET", seeds_live_round_get_url (round), NULL, &response);
  g_assert_no_error (response.error);
  g_assert_cmpuint (response.status, ==, SOUP_STATUS_OK);
  member = strstr (response.body, "name=\"member\" value=\"");
  g_assert_nonnull (member);
  g_string_append_printf (form, "member=%.*s&name=%s&partner_type=company", SEEDS_LIVE_TOKEN_LENGTH,
                          member + strlen ("name=\"member\" value=\""), escaped);
  for (guint f = 1; f <= 12; f++)
    g_string_append_printf (form, "&score-%u=%u", f, 1 + (f + n) % 5);

  request (client, "POST", seeds_live_round_get_url (round), form->str, &response);
  g_assert_no_error (response.error);
  g_assert_cmpuint (response.status, ==, SOUP_STATUS_OK);
  response_clear (&response);
}

/* Whether anything still answers at the round's address */
static gboolean
serves (const char *url)
{
  g_autoptr(SoupSession) client = soup_session_new_with_options ("timeout", TIMEOUT_SECONDS, NULL);
  Response response = { 0 };
  gboolean served;

  request (client, "GET", url, NULL, &response);
  served = response.error == NULL;
  response_clear (&response);
  return served;
}

static void
wait_for_count (SeedsLiveRound *round,
                guint           n)
{
  guint timeout = g_timeout_add_seconds (TIMEOUT_SECONDS, on_timeout, NULL);

  while (seeds_live_round_get_n_answered (round) < n)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
  seeds_test_iterate ();
}

static void
assert_no_name (GtkWidget *widget)
{
  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    g_assert_false (seeds_test_shows_text (widget, members[i]));
}

static SeedsPresentationView *
present_scores_slide (SeedsTestWindow *fixture)
{
  SeedsPresentationView *view;

  seeds_test_window_activate (fixture, "win.present");
  view = seeds_presentation_window_get_view (seeds_test_find_dialog (SEEDS_TYPE_PRESENTATION_WINDOW));
  seeds_test_iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "presentation.move", "i", 1));
  seeds_test_iterate ();
  return view;
}

/* The count rises on the slide and in the window as members answer; the
 * scores stay hidden until the reveal; no name shows; Stop ends it all. */
static void
test_count_rises (SeedsTestWindow *fixture,
                  gconstpointer    data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;
  SeedsPresentationView *view;
  SeedsScoresSlide *slide;
  SeedsJoinPanel *join;
  SeedsLiveRound *round;
  GAction *stop;

  seeds_test_window_open (fixture);
  seeds_test_create_community (fixture, "Field lab");
  seeds_test_start_meeting (fixture, "Live review", NULL);

  g_assert_true (seeds_window_start_live_round (fixture->window, "127.0.0.1", "en", FALSE, &error));
  g_assert_no_error (error);
  round = fixture->window->live_round;
  url = g_strdup (seeds_live_round_get_url (round));
  stop = g_action_map_lookup_action (G_ACTION_MAP (fixture->window), "stop-live-round");
  g_assert_true (g_action_get_enabled (stop));
  g_assert_false (g_action_get_enabled (g_action_map_lookup_action (G_ACTION_MAP (fixture->window),
                                                                    "start-live-round")));

  view = present_scores_slide (fixture);
  slide = SEEDS_SCORES_SLIDE (seeds_presentation_view_get_stop_slide (view, SEEDS_AGENDA_SCORES));
  join = seeds_scores_slide_get_join_panel (slide);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (join)));
  g_assert_cmpstr (seeds_join_panel_get_address (join), ==, seeds_live_round_get_short_url (round));
  g_assert_cmpstr (seeds_scores_slide_get_figure (slide), ==, "0 of 0");

  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      g_autofree char *figure = g_strdup_printf ("%u of %u", i + 1, i + 1);

      answer (round, members[i], i);
      wait_for_count (round, i + 1);
      g_assert_cmpstr (seeds_scores_slide_get_figure (slide), ==, figure);
      g_assert_false (seeds_presentation_view_get_revealed (view));
      g_assert_cmpint (seeds_factor_slide_get_state (seeds_presentation_view_get_slide (view, "1")), ==,
                       SEEDS_SLIDE_HIDDEN);
      assert_no_name (GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (view))));
      assert_no_name (GTK_WIDGET (fixture->window));
    }
  g_assert_cmpstr (seeds_live_bar_get_text (fixture->window->live_bar), ==,
                   "Live round of “Live review”: 3 members have answered");

  /* Revealed, the group's scores show: three answered every factor */
  gtk_widget_activate_action (GTK_WIDGET (view), "presentation.reveal", NULL);
  seeds_test_iterate ();
  g_assert_cmpint (seeds_factor_slide_get_state (seeds_presentation_view_get_slide (view, "1")), ==,
                   SEEDS_SLIDE_SHOWN);
  assert_no_name (GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (view))));

  /* Stopped, nothing is served, and the slide no longer shows the way in */
  g_action_activate (stop, NULL);
  seeds_test_iterate ();
  g_assert_null (fixture->window->live_round);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (join)));
  g_assert_null (seeds_live_bar_get_text (fixture->window->live_bar));
  g_assert_false (serves (url));

  gtk_widget_activate_action (GTK_WIDGET (view), "presentation.back", NULL);
  seeds_test_iterate ();
  g_assert_null (seeds_test_lookup_dialog (SEEDS_TYPE_PRESENTATION_WINDOW));
}

/* A round ends with its window */
static void
test_ends_with_window (SeedsTestWindow *fixture,
                       gconstpointer    data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;

  seeds_test_window_open (fixture);
  seeds_test_create_community (fixture, "Field lab");
  seeds_test_start_meeting (fixture, "Live review", NULL);
  g_assert_true (seeds_window_start_live_round (fixture->window, "127.0.0.1", NULL, TRUE, &error));
  g_assert_no_error (error);
  url = g_strdup (seeds_live_round_get_url (fixture->window->live_round));
  g_assert_true (serves (url));

  seeds_test_window_close (fixture);
  g_assert_false (serves (url));
}

/* The member's window sends its card to the address on the screen */
static void
send_card (SeedsScorecardWindow *member,
           const char           *address,
           SeedsLiveRound       *round,
           guint                 n_answered_after)
{
  gpointer dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (member), "scorecard.send-live", NULL));
  seeds_test_iterate ();
  dialog = seeds_test_find_dialog (SEEDS_TYPE_LIVE_SEND_DIALOG);
  seeds_test_type_into (dialog, "Address on the Screen", address);
  seeds_test_respond (dialog, SEEDS_LIVE_SEND_DIALOG_SEND);
  wait_for_count (round, n_answered_after);
}

/* A member with the app joins the same round with the card it made:
 * typed as shown, the short address leads to the round; sent again, the
 * card replaces the member's answers, never a second participant. */
static void
test_card_from_app (SeedsTestWindow *fixture,
                    gconstpointer    data)
{
  g_autoptr(GFile) invitation = seeds_test_fixture_file (fixture, "live.seedsmeeting");
  g_autoptr(GError) error = NULL;
  g_autofree char *typed = NULL;
  SeedsScorecardWindow *member;
  SeedsScoreRow *row;
  SeedsMeeting *meeting;
  SeedsLiveRound *round;

  seeds_test_window_open (fixture);
  seeds_test_create_community (fixture, "Field lab");
  meeting = seeds_test_start_meeting (fixture, "Live review", NULL);
  seeds_window_save_invitation (fixture->window, invitation);
  seeds_test_iterate ();
  g_assert_true (seeds_window_start_live_round (fixture->window, "127.0.0.1", "en", FALSE, &error));
  g_assert_no_error (error);
  round = fixture->window->live_round;

  seeds_window_open_files (fixture->window, &invitation, 1);
  seeds_test_iterate ();
  member = seeds_test_find_dialog (SEEDS_TYPE_SCORECARD_WINDOW);
  /* no name, no scores: nothing to send */
  gtk_widget_activate_action (GTK_WIDGET (member), "scorecard.send-live", NULL);
  seeds_test_iterate ();
  g_assert_null (seeds_test_lookup_dialog (SEEDS_TYPE_LIVE_SEND_DIALOG));
  gtk_editable_set_text (seeds_scorecard_window_get_name_row (member), members[0]);
  row = seeds_scorecard_window_get_row (member, "4");
  g_signal_emit_by_name (seeds_score_scale_get_button (seeds_score_row_get_scale (row), 2), "clicked");
  seeds_test_iterate ();

  /* as a member types it: without "http://", the code in lower case */
  typed = g_ascii_strdown (seeds_live_round_get_short_url (round) + strlen ("http://"), -1);
  send_card (member, typed, round, 1);
  g_assert_cmpint (seeds_test_query_int (fixture->db_path,
                                         "SELECT value FROM scores WHERE factor_id = '4' AND meeting_id = ?1",
                                         seeds_meeting_get_id (meeting)), ==, 2);

  g_signal_emit_by_name (seeds_score_scale_get_button (seeds_score_row_get_scale (row), 5), "clicked");
  seeds_test_iterate ();
  send_card (member, seeds_live_round_get_url (round), round, 1);
  while (seeds_test_query_int (fixture->db_path,
                               "SELECT value FROM scores WHERE factor_id = '4' AND meeting_id = ?1",
                               seeds_meeting_get_id (meeting)) != 5)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (seeds_test_query_int (fixture->db_path,
                                         "SELECT count(*) FROM participants WHERE name = ?1", members[0]), ==, 1);

  gtk_window_destroy (GTK_WINDOW (member));
  seeds_test_iterate ();
}

/* An address that is no round's is refused before anything is sent */
static void
test_not_an_address (void)
{
  const char *refused[] = { "", "192.168.1.20", "https://192.168.1.20:8080/K7MQ-2XRP",
                            "http://192.168.1.20:8080/", "http://192.168.1.20:8080/K7MQ-2XRP?x=1",
                            "ftp://192.168.1.20/K7MQ-2XRP", "http://:8080/K7MQ-2XRP" };
  const char *accepted[] = { "192.168.1.20:8080/K7MQ-2XRP", " http://[::1]:8080/k7mq2xrp ",
                             "http://10.0.0.2:41000/0123456789abcdef0123456789abcdef/" };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GUri) uri = seeds_live_client_parse_address (refused[i], &error);

      g_assert_null (uri);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
    }
  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++)
    {
      g_autoptr(GUri) uri = seeds_live_client_parse_address (accepted[i], NULL);

      g_assert_nonnull (uri);
      g_assert_cmpstr (g_uri_get_scheme (uri), ==, "http");
    }
}

/* A poster meeting has no scores of its own: no round to start */
static void
test_not_for_poster (SeedsTestWindow *fixture,
                     gconstpointer    data)
{
  g_autoptr(GError) error = NULL;

  seeds_test_window_open (fixture);
  seeds_test_create_community (fixture, "Field lab");
  seeds_test_start_meeting (fixture, "Open day", "Stickers on a printed poster");
  g_assert_false (g_action_get_enabled (g_action_map_lookup_action (G_ACTION_MAP (fixture->window),
                                                                    "start-live-round")));
  g_assert_false (seeds_window_start_live_round (fixture->window, "127.0.0.1", NULL, FALSE, &error));
  g_assert_nonnull (error);
  g_assert_null (fixture->window->live_round);
}

int
main (int   argc,
      char *argv[])
{
  seeds_test_window_init (&argc, &argv);

  SEEDS_TEST_ADD_WINDOW ("/window/live/count-rises", test_count_rises);
  SEEDS_TEST_ADD_WINDOW ("/window/live/ends-with-window", test_ends_with_window);
  SEEDS_TEST_ADD_WINDOW ("/window/live/not-for-poster", test_not_for_poster);
  SEEDS_TEST_ADD_WINDOW ("/window/live/card-from-app", test_card_from_app);
  g_test_add_func ("/window/live/not-an-address", test_not_an_address);

  return seeds_test_window_run ();
}
