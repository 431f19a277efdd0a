/* test-live-round.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <libsoup/soup.h>

#include "live/seeds-live-round.h"
#include "live/seeds-live-token.h"
#include "seeds-test-util.h"

/* A live round served on the loopback, and members as real HTTP clients
 * (SoupSession), each from an address of its own in 127.0.0.0/8 as
 * phones in a room would be. Nothing is sent anywhere else. Every wait
 * is bounded: a test that hangs fails. */

#define TIMEOUT_SECONDS 60
#define N_MEMBERS       50

typedef struct
{
  SeedsTestDatabase  db;
  SeedsTestSample    sample;
  SeedsSession      *session;
  SeedsLiveRound    *round;
  guint              n_notified;
  GPtrArray         *problems;   /* (element-type GError) */
} Fixture;

/* A response, once it came */
typedef struct
{
  gboolean  done;
  guint     status;
  char     *body;
  char     *location;
} Response;

static void
response_clear (Response *response)
{
  g_clear_pointer (&response->body, g_free);
  g_clear_pointer (&response->location, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Response, response_clear)

static void
on_n_answered (SeedsLiveRound *round,
               GParamSpec     *pspec,
               Fixture        *fixture)
{
  fixture->n_notified++;
}

static void
on_problem (SeedsLiveRound *round,
            const GError   *error,
            Fixture        *fixture)
{
  g_ptr_array_add (fixture->problems, g_error_copy (error));
}

static void
start_round (Fixture    *fixture,
             const char *address)
{
  g_autoptr(GError) error = NULL;

  fixture->round = seeds_live_round_new (fixture->session,
                                         seeds_meeting_get_id (fixture->sample.later));
  seeds_live_round_set_allow_anonymous (fixture->round, TRUE);
  g_signal_connect (fixture->round, "notify::n-answered", G_CALLBACK (on_n_answered), fixture);
  g_signal_connect (fixture->round, "problem", G_CALLBACK (on_problem), fixture);

  g_assert_true (seeds_live_round_start (fixture->round, address, 0, &error));
  g_assert_no_error (error);
  g_assert_true (seeds_live_round_get_running (fixture->round));
  g_assert_cmpuint (seeds_live_round_get_port (fixture->round), >, 0);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  seeds_test_database_set_up (&fixture->db, data);
  seeds_test_sample_init (&fixture->sample, fixture->db.store, "Westland field lab", "Anna");
  fixture->session = seeds_session_new (fixture->db.store, fixture->db.framework);
  fixture->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  start_round (fixture, "127.0.0.1");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  seeds_live_round_stop (fixture->round);
  seeds_session_close (fixture->session);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);

  g_assert_finalize_object (fixture->round);
  g_assert_finalize_object (fixture->session);
  g_ptr_array_unref (fixture->problems);
  seeds_test_sample_clear (&fixture->sample);
  seeds_test_database_tear_down (&fixture->db, data);
}

static gboolean
on_timeout (gpointer user_data)
{
  g_error ("Timed out after %d s", TIMEOUT_SECONDS);
  return G_SOURCE_REMOVE;
}

/* Runs the main loop, where the round serves, until *done or the
 * timeout */
static void
wait_for (const gboolean *done)
{
  guint timeout = g_timeout_add_seconds (TIMEOUT_SECONDS, on_timeout, NULL);

  while (!*done)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (timeout);
}

/* A client from @address, one of 127.0.0.0/8, that keeps cookies as a
 * browser does */
static SoupSession *
client_new (const char *address)
{
  g_autoptr(GInetAddress) inet = g_inet_address_new_from_string (address);
  g_autoptr(GSocketAddress) local = g_inet_socket_address_new (inet, 0);
  SoupSession *session;
  g_autoptr(SoupCookieJar) jar = soup_cookie_jar_new ();

  session = soup_session_new_with_options ("local-address", local, "timeout", TIMEOUT_SECONDS,
                                           NULL);
  soup_session_add_feature (session, SOUP_SESSION_FEATURE (jar));
  return session;
}

static void
on_response (GObject      *source_object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Response *response = user_data;
  SoupMessage *msg = soup_session_get_async_result_message (SOUP_SESSION (source_object), result);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) body = NULL;

  body = soup_session_send_and_read_finish (SOUP_SESSION (source_object), result, &error);
  if (error != NULL)
    g_error ("%s %s: %s", soup_message_get_method (msg),
             g_uri_get_path (soup_message_get_uri (msg)), error->message);

  response->status = soup_message_get_status (msg);
  response->body = g_strndup (g_bytes_get_size (body) > 0 ? g_bytes_get_data (body, NULL) : "",
                              g_bytes_get_size (body));
  response->location = g_strdup (soup_message_headers_get_one (soup_message_get_response_headers (msg),
                                                               "Location"));
  response->done = TRUE;
}

/* Starts a request of the round's @path (after the address), with
 * @body of @content_type when it is not NULL */
static void
send_request (Fixture     *fixture,
              SoupSession *client,
              const char  *method,
              const char  *path,
              const char  *content_type,
              const char  *body,
              gssize       length,
              Response    *response)
{
  g_autofree char *uri = g_strdup_printf ("http://127.0.0.1:%u%s",
                                          seeds_live_round_get_port (fixture->round), path);
  g_autoptr(SoupMessage) msg = soup_message_new (method, uri);

  g_assert_nonnull (msg);
  soup_message_add_flags (msg, SOUP_MESSAGE_NO_REDIRECT);
  soup_message_headers_replace (soup_message_get_request_headers (msg), "Accept-Language",
                                "en-GB,en;q=0.9");
  if (body != NULL)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (body, length >= 0 ? (gsize) length : strlen (body));

      soup_message_set_request_body_from_bytes (msg, content_type, bytes);
    }

  soup_session_send_and_read_async (client, msg, G_PRIORITY_DEFAULT, NULL, on_response, response);
}

static void
request (Fixture     *fixture,
         SoupSession *client,
         const char  *method,
         const char  *path,
         const char  *content_type,
         const char  *body,
         gssize       length,
         Response    *response)
{
  send_request (fixture, client, method, path, content_type, body, length, response);
  wait_for (&response->done);
}

/* The round's path: "/TOKEN/" */
static char *
round_path (Fixture *fixture)
{
  const char *url = seeds_live_round_get_url (fixture->round);

  return g_strdup (strchr (url + strlen ("http://"), '/'));
}

static char *
member_of (const char *html)
{
  const char *start = strstr (html, "name=\"member\" value=\"");

  g_assert_nonnull (start);
  return g_strndup (start + strlen ("name=\"member\" value=\""), SEEDS_LIVE_TOKEN_LENGTH);
}

/* The form data of a member's answers to every factor */
static char *
answers (const char *member,
         const char *name,
         guint       seed)
{
  GString *form = g_string_new (NULL);
  g_autofree char *escaped = g_uri_escape_string (name, NULL, FALSE);

  g_string_append_printf (form, "member=%s&name=%s&organisation=Greenport+College&"
                          "partner_type=education", member, escaped);
  for (guint f = 1; f <= 12; f++)
    {
      if ((f + seed) % 7 == 0)
        g_string_append_printf (form, "&score-%u=dont-know", f);
      else
        g_string_append_printf (form, "&score-%u=%u", f, 1 + (f + seed) % 5);
    }

  return g_string_free (form, FALSE);
}

/* The scores of @name in the meeting, as "1=3 2=dk …", in factor order */
static char *
stored_scores (Fixture    *fixture,
               const char *name)
{
  g_autoptr(GPtrArray) scores = NULL;
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  const char *participant_id = NULL;

  participants = seeds_store_list_participants (fixture->db.store,
                                                seeds_community_get_id (fixture->sample.community),
                                                &error);
  g_assert_no_error (error);
  for (guint i = 0; i < participants->len; i++)
    if (g_str_equal (seeds_participant_get_name (g_ptr_array_index (participants, i)), name))
      participant_id = seeds_participant_get_id (g_ptr_array_index (participants, i));
  g_assert_nonnull (participant_id);

  scores = seeds_store_list_scores (fixture->db.store, seeds_meeting_get_id (fixture->sample.later),
                                    &error);
  g_assert_no_error (error);
  for (guint f = 1; f <= 12; f++)
    for (guint i = 0; i < scores->len; i++)
      {
        const SeedsScore *score = g_ptr_array_index (scores, i);
        g_autofree char *factor = g_strdup_printf ("%u", f);

        if (g_str_equal (score->participant_id, participant_id) && g_str_equal (score->factor_id, factor))
          g_string_append_printf (text, "%u=%d ", f, score->value);
      }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
expected_scores (guint seed)
{
  GString *text = g_string_new (NULL);

  for (guint f = 1; f <= 12; f++)
    g_string_append_printf (text, "%u=%d ", f,
                            (f + seed) % 7 == 0 ? SEEDS_SCORE_DONT_KNOW : (int) (1 + (f + seed) % 5));

  return g_string_free (text, FALSE);
}

static gint64
count_in_meeting (Fixture *fixture)
{
  return seeds_test_query_int (fixture->db.path,
                               "SELECT COUNT(DISTINCT participant_id) FROM scores WHERE meeting_id = ?1",
                               seeds_meeting_get_id (fixture->sample.later));
}

typedef struct
{
  SoupSession *client;
  char        *name;
  char        *member;
  guint        seed;       /* of the answers that count */
  Response     get;
  Response     posts[2];
  guint        n_posts;
} Member;

static void
member_free (Member *member)
{
  g_clear_object (&member->client);
  g_free (member->name);
  g_free (member->member);
  response_clear (&member->get);
  for (guint i = 0; i < G_N_ELEMENTS (member->posts); i++)
    response_clear (&member->posts[i]);
  g_free (member);
}

static gboolean
all_done (GPtrArray *members,
          gboolean   posts)
{
  for (guint i = 0; i < members->len; i++)
    {
      Member *member = g_ptr_array_index (members, i);

      if (!member->get.done)
        return FALSE;
      for (guint p = 0; posts && p < member->n_posts; p++)
        if (!member->posts[p].done)
          return FALSE;
    }

  return TRUE;
}

static void
wait_all (GPtrArray *members,
          gboolean   posts)
{
  guint timeout = g_timeout_add_seconds (TIMEOUT_SECONDS, on_timeout, NULL);

  while (!all_done (members, posts))
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (timeout);
}

/* Fifty members at once, each from an address of their own: some tap
 * "Send" twice so that both arrive together, then some send the same
 * answers again and some change them. Each is stored once, with the
 * answers they sent last, and the count says fifty. */
static void
test_fifty_members (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func ((GDestroyNotify) member_free);
  g_autofree char *path = round_path (fixture);

  for (guint i = 0; i < N_MEMBERS; i++)
    {
      Member *member = g_new0 (Member, 1);
      g_autofree char *address = g_strdup_printf ("127.0.0.%u", 10 + i);

      member->client = client_new (address);
      member->name = g_strdup_printf ("Member %02u", i);
      member->seed = i;
      g_ptr_array_add (members, member);
      send_request (fixture, member->client, "GET", path, NULL, NULL, -1, &member->get);
    }
  wait_all (members, FALSE);

  for (guint i = 0; i < N_MEMBERS; i++)
    {
      Member *member = g_ptr_array_index (members, i);
      g_autofree char *first = NULL;
      g_autofree char *second = NULL;

      g_assert_cmpuint (member->get.status, ==, SOUP_STATUS_OK);
      member->member = member_of (member->get.body);

      first = answers (member->member, member->name, i);
      send_request (fixture, member->client, "POST", path, "application/x-www-form-urlencoded",
                    first, -1, &member->posts[0]);
      member->n_posts = 1;

      /* Every fifth taps twice: both arrive at once, in either order */
      if (i % 5 == 0)
        {
          second = answers (member->member, member->name, member->seed);
          send_request (fixture, member->client, "POST", path,
                        "application/x-www-form-urlencoded", second, -1, &member->posts[1]);
          member->n_posts = 2;
        }
    }
  wait_all (members, TRUE);

  /* Then some send the same again, some change theirs */
  for (guint i = 0; i < N_MEMBERS; i++)
    {
      Member *member = g_ptr_array_index (members, i);
      g_autofree char *again = NULL;

      for (guint p = 0; p < member->n_posts; p++)
        {
          g_assert_cmpuint (member->posts[p].status, ==, SOUP_STATUS_OK);
          g_assert_nonnull (strstr (member->posts[p].body, "Your answers are saved"));
          response_clear (&member->posts[p]);
          member->posts[p].done = FALSE;
        }
      member->n_posts = 0;

      if (i % 3 == 0)
        continue;
      if (i % 3 == 2)
        member->seed = i + 200;
      again = answers (member->member, member->name, member->seed);
      send_request (fixture, member->client, "POST", path, "application/x-www-form-urlencoded",
                    again, -1, &member->posts[0]);
      member->n_posts = 1;
    }
  wait_all (members, TRUE);

  g_assert_cmpint (count_in_meeting (fixture), ==, N_MEMBERS);
  g_assert_cmpuint (seeds_live_round_get_n_answered (fixture->round), ==, N_MEMBERS);
  g_assert_cmpuint (fixture->n_notified, ==, N_MEMBERS);
  g_assert_cmpuint (fixture->problems->len, ==, 0);

  for (guint i = 0; i < N_MEMBERS; i++)
    {
      Member *member = g_ptr_array_index (members, i);
      g_autofree char *stored = stored_scores (fixture, member->name);
      g_autofree char *expected = expected_scores (member->seed);

      if (member->n_posts > 0)
        g_assert_cmpuint (member->posts[0].status, ==, SOUP_STATUS_OK);
      g_assert_cmpstr (stored, ==, expected);
    }
}

/* The form shows a member their own last answers, and only theirs */
static void
test_change_answers (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(SoupSession) anna = client_new ("127.0.0.2");
  g_autoptr(SoupSession) stranger = client_new ("127.0.0.3");
  g_auto(Response) form = { 0 };
  g_auto(Response) sent = { 0 };
  g_auto(Response) again = { 0 };
  g_auto(Response) other = { 0 };
  g_auto(Response) taken = { 0 };
  g_autofree char *path = round_path (fixture);
  g_autofree char *member = NULL;
  g_autofree char *body = NULL;
  g_autofree char *other_member = NULL;
  g_autofree char *impostor = NULL;

  request (fixture, anna, "GET", path, NULL, NULL, -1, &form);
  g_assert_cmpuint (form.status, ==, SOUP_STATUS_OK);
  g_assert_null (strstr (form.body, " checked"));
  member = member_of (form.body);

  body = g_strdup_printf ("member=%s&name=Carla+%%3Cb%%3E&score-4=2", member);
  request (fixture, anna, "POST", path, "application/x-www-form-urlencoded", body, -1, &sent);
  g_assert_cmpuint (sent.status, ==, SOUP_STATUS_OK);
  g_assert_nonnull (strstr (sent.body, "1 of 12 factors"));

  /* The same browser sees its answers again, by its cookie */
  request (fixture, anna, "GET", path, NULL, NULL, -1, &again);
  g_assert_cmpuint (again.status, ==, SOUP_STATUS_OK);
  g_assert_nonnull (strstr (again.body, "name=\"score-4\" value=\"2\" checked"));
  g_assert_nonnull (strstr (again.body, "value=\"Carla &lt;b&gt;\""));

  /* Another browser sees an empty form, with a token of its own */
  request (fixture, stranger, "GET", path, NULL, NULL, -1, &other);
  g_assert_null (strstr (other.body, " checked"));
  g_assert_null (strstr (other.body, "Carla"));
  other_member = member_of (other.body);
  g_assert_cmpstr (other_member, !=, member);

  /* and cannot answer under her name: the form again, with why */
  impostor = g_strdup_printf ("member=%s&name=carla+%%3Cb%%3E&score-4=5", other_member);
  request (fixture, stranger, "POST", path, "application/x-www-form-urlencoded", impostor, -1,
           &taken);
  g_assert_cmpuint (taken.status, ==, SOUP_STATUS_UNPROCESSABLE_ENTITY);
  g_assert_nonnull (strstr (taken.body, "Someone has already answered under this name"));
  g_assert_nonnull (strstr (taken.body, "name=\"score-4\" value=\"5\" checked"));
  g_assert_cmpuint (seeds_live_round_get_n_answered (fixture->round), ==, 1);
}

/* An anonymous member is one participant, whatever they change */
static void
test_anonymous (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(SoupSession) client = client_new ("127.0.0.4");
  g_auto(Response) form = { 0 };
  g_auto(Response) first = { 0 };
  g_auto(Response) second = { 0 };
  g_autofree char *path = round_path (fixture);
  g_autofree char *member = NULL;
  g_autofree char *body = NULL;
  g_autofree char *name = NULL;

  request (fixture, client, "GET", path, NULL, NULL, -1, &form);
  g_assert_nonnull (strstr (form.body, "name=\"anonymous\""));
  member = member_of (form.body);
  body = g_strdup_printf ("member=%s&name=&anonymous=yes&score-1=3", member);
  request (fixture, client, "POST", path, "application/x-www-form-urlencoded", body, -1, &first);
  g_assert_cmpuint (first.status, ==, SOUP_STATUS_OK);
  request (fixture, client, "POST", path, "application/x-www-form-urlencoded", body, -1, &second);
  g_assert_cmpuint (second.status, ==, SOUP_STATUS_OK);

  g_assert_cmpint (count_in_meeting (fixture), ==, 1);
  name = seeds_test_query_text (fixture->db.path,
                                "SELECT p.name FROM participants p JOIN scores s "
                                "ON s.participant_id = p.id LIMIT 1");
  g_assert_true (g_str_has_prefix (name, "Anonymous "));
}

/* A card made by a member's app joins the round */
static void
test_card (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(SoupSession) client = client_new ("127.0.0.5");
  g_autoptr(SeedsScorecard) card = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_auto(Response) sent = { 0 };
  g_autofree char *path = round_path (fixture);
  g_autofree char *card_path = g_strconcat (path, "card", NULL);

  card = seeds_scorecard_new ("greenport-2020", seeds_meeting_get_id (fixture->sample.later),
                              seeds_participant_get_id (fixture->sample.bram), "Bram", "",
                              SEEDS_PARTNER_COMPANY);
  seeds_scorecard_set_score (card, "7", 4, "We share too little.");
  bytes = seeds_scorecard_to_bytes (card);

  request (fixture, client, "POST", card_path, "application/x-seeds-scorecard",
           g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes), &sent);
  g_assert_cmpuint (sent.status, ==, SOUP_STATUS_OK);
  g_assert_cmpstr (sent.body, ==, "Your answers are saved.\n");
  g_assert_cmpuint (seeds_live_round_get_n_answered (fixture->round), ==, 1);
  g_assert_cmpint (seeds_test_query_int (fixture->db.path,
                                         "SELECT value FROM scores WHERE participant_id = ?1",
                                         seeds_participant_get_id (fixture->sample.bram)), ==, 4);
}

/* The short code leads to the round, and to nothing else */
static void
test_code (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(SoupSession) client = client_new ("127.0.0.6");
  g_auto(Response) typed = { 0 };
  g_autofree char *lower = g_ascii_strdown (seeds_live_round_get_code (fixture->round), -1);
  g_autofree char *code_path = g_strconcat ("/", lower, NULL);
  g_autoptr(SeedsQrCode) qr = seeds_live_round_new_qr_code (fixture->round);

  request (fixture, client, "GET", code_path, NULL, NULL, -1, &typed);
  g_assert_cmpuint (typed.status, ==, SOUP_STATUS_SEE_OTHER);
  g_assert_cmpstr (typed.location, ==, seeds_live_round_get_url (fixture->round));
  g_assert_cmpstr (typed.body, ==, "");
  g_assert_true (g_str_has_suffix (seeds_live_round_get_short_url (fixture->round),
                                   seeds_live_round_get_code (fixture->round)));
  g_assert_nonnull (qr);
}

typedef struct
{
  const char *what;
  const char *method;
  const char *path;           /* after the round's path, or from the root with "/" */
  const char *content_type;
  const char *body;
  gssize      length;
  guint       status;
} BadRequest;

/* Bad requests get a 4xx with a short message and change nothing */
static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  static const BadRequest bad[] = {
    { "no token", "GET", "/", NULL, NULL, -1, 404 },
    { "a wrong token", "GET", "/abcdefghijklmnopqrstuvwxyz234567/", NULL, NULL, -1, 404 },
    { "a token cut short", "GET", "/abcdefghijklmnop/", NULL, NULL, -1, 404 },
    { "the favicon", "GET", "/favicon.ico", NULL, NULL, -1, 404 },
    { "another path", "GET", "nothing", NULL, NULL, -1, 404 },
    { "a wrong code", "GET", "/2222-2222", NULL, NULL, -1, 404 },
    { "a wrong token, posted", "POST", "/abcdefghijklmnopqrstuvwxyz234567/",
      "application/x-www-form-urlencoded", "name=Eve&score-1=3", -1, 404 },
    { "a method", "PUT", "", "application/x-www-form-urlencoded", "name=Eve&score-1=3", -1, 405 },
    { "no form", "POST", "", "text/plain", "name=Eve&score-1=3", -1, 415 },
    { "not form data", "POST", "", "application/x-www-form-urlencoded", "{\"name\": 1}", -1, 400 },
    { "a bad escape", "POST", "", "application/x-www-form-urlencoded", "name=%ZZ&score-1=3", -1, 400 },
    { "a NUL", "POST", "", "application/x-www-form-urlencoded", "name=Eve%00&score-1=3", -1, 400 },
    { "a raw NUL", "POST", "", "application/x-www-form-urlencoded", "name=Eve\0&score-1=3", 19, 400 },
    { "not UTF-8", "POST", "", "application/x-www-form-urlencoded", "name=Ev%E9&score-1=3", -1, 400 },
    { "an unknown factor", "POST", "", "application/x-www-form-urlencoded", "name=Eve&score-99=3", -1, 400 },
    { "a score of 6", "POST", "", "application/x-www-form-urlencoded", "name=Eve&score-1=6", -1, 400 },
    { "a score of 0", "POST", "", "application/x-www-form-urlencoded", "name=Eve&score-1=0", -1, 400 },
    { "a field twice", "POST", "", "application/x-www-form-urlencoded", "name=Eve&score-1=3&score-1=4", -1, 400 },
    { "an unknown field", "POST", "", "application/x-www-form-urlencoded", "name=Eve&score-1=3&role=admin", -1, 400 },
    { "a partner type", "POST", "", "application/x-www-form-urlencoded", "name=Eve&score-1=3&partner_type=x", -1, 400 },
    { "no name", "POST", "", "application/x-www-form-urlencoded", "name=&score-1=3", -1, 422 },
    { "mixed alphabets", "POST", "", "application/x-www-form-urlencoded", "name=%D0%90nna&score-1=3", -1, 422 },
    { "no answers", "POST", "", "application/x-www-form-urlencoded", "name=Eve", -1, 422 },
    { "a lookalike", "POST", "", "application/x-www-form-urlencoded", "name=%EF%BC%A1nna&score-1=3", -1, 422 },
    { "a broken card", "POST", "card", "application/x-seeds-scorecard", "{\"format\":", -1, 400 },
    { "a card as a form", "POST", "card", "application/x-www-form-urlencoded", "name=Eve", -1, 415 },
    { "a form as a card", "POST", "card", "application/json", "name=Eve&score-1=3", -1, 400 },
    { "getting the card path", "GET", "card", NULL, NULL, -1, 405 },
  };
  g_autofree char *path = round_path (fixture);
  g_autofree char *before = seeds_test_dump_database (fixture->db.path);
  g_autofree char *after = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *address = g_strdup_printf ("127.0.1.%u", 1 + i);
      g_autoptr(SoupSession) client = client_new (address);
      g_autofree char *full = bad[i].path[0] == '/' ? g_strdup (bad[i].path)
                                                    : g_strconcat (path, bad[i].path, NULL);
      g_auto(Response) response = { 0 };

      g_test_message ("%s", bad[i].what);
      request (fixture, client, bad[i].method, full, bad[i].content_type, bad[i].body,
               bad[i].length, &response);
      g_assert_cmpuint (response.status, ==, bad[i].status);
      g_assert_cmpuint (strlen (response.body), >, 0);
      if (response.status != 422)
        g_assert_cmpuint (strlen (response.body), <, 200);
    }

  after = seeds_test_dump_database (fixture->db.path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (seeds_live_round_get_n_answered (fixture->round), ==, 0);
}

/* A card whose name looks like a member's is refused, and the
 * facilitator hears of it */
static void
test_lookalike (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(SoupSession) client = client_new ("127.0.0.7");
  g_autofree char *path = round_path (fixture);
  g_autofree char *before = seeds_test_dump_database (fixture->db.path);
  g_autofree char *after = NULL;
  g_auto(Response) response = { 0 };

  /* "Anna" with a fullwidth Ａ */
  request (fixture, client, "POST", path, "application/x-www-form-urlencoded",
           "name=%EF%BC%A1nna&score-1=3", -1, &response);
  after = seeds_test_dump_database (fixture->db.path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (response.status, ==, SOUP_STATUS_UNPROCESSABLE_ENTITY);
  g_assert_nonnull (strstr (response.body, "looks like the name of another participant"));
  g_assert_cmpuint (fixture->problems->len, ==, 1);
  g_assert_error ((GError *) g_ptr_array_index (fixture->problems, 0), SEEDS_STORE_ERROR,
                  SEEDS_STORE_ERROR_LOOKALIKE);
}

/* The body's size is refused from its headers */
static void
test_too_large (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(SoupSession) client = client_new ("127.0.0.8");
  g_autofree char *path = round_path (fixture);
  g_autofree char *before = seeds_test_dump_database (fixture->db.path);
  g_autofree char *after = NULL;
  g_autoptr(GString) large = g_string_new ("name=Eve&score-1=3&organisation=");
  g_auto(Response) response = { 0 };
  g_auto(Response) card = { 0 };
  g_autofree char *card_path = g_strconcat (path, "card", NULL);

  while (large->len <= SEEDS_LIVE_ROUND_MAX_BODY)
    g_string_append (large, "aaaaaaaaaaaaaaaa");

  request (fixture, client, "POST", path, "application/x-www-form-urlencoded", large->str,
           (gssize) large->len, &response);
  g_assert_cmpuint (response.status, ==, SOUP_STATUS_REQUEST_ENTITY_TOO_LARGE);
  request (fixture, client, "POST", card_path, "application/json", large->str,
           (gssize) large->len, &card);
  g_assert_cmpuint (card.status, ==, SOUP_STATUS_REQUEST_ENTITY_TOO_LARGE);

  after = seeds_test_dump_database (fixture->db.path);
  g_assert_cmpstr (before, ==, after);
}

/* A client that floods the round soon waits, and its answers then change
 * nothing; others are still served */
static void
test_flood (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(SoupSession) flooder = client_new ("127.0.2.1");
  g_autoptr(SoupSession) member = client_new ("127.0.2.2");
  g_autofree char *path = round_path (fixture);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *body = NULL;
  g_auto(Response) answer = { 0 };
  g_auto(Response) other = { 0 };
  Response responses[100] = { { 0 } };
  guint n_refused = 0;

  for (guint i = 0; i < G_N_ELEMENTS (responses); i++)
    send_request (fixture, flooder, "GET", path, NULL, NULL, -1, &responses[i]);
  for (guint i = 0; i < G_N_ELEMENTS (responses); i++)
    {
      wait_for (&responses[i].done);
      g_assert_true (responses[i].status == SOUP_STATUS_OK || responses[i].status == 429);
      n_refused += responses[i].status == 429;
      response_clear (&responses[i]);
    }
  g_assert_cmpuint (n_refused, >=, 60);

  before = seeds_test_dump_database (fixture->db.path);
  body = answers ("abcdefghijklmnopqrstuvwxyz234567", "Flo", 1);
  request (fixture, flooder, "POST", path, "application/x-www-form-urlencoded", body, -1, &answer);
  g_assert_cmpuint (answer.status, ==, 429);
  after = seeds_test_dump_database (fixture->db.path);
  g_assert_cmpstr (before, ==, after);

  request (fixture, member, "GET", path, NULL, NULL, -1, &other);
  g_assert_cmpuint (other.status, ==, SOUP_STATUS_OK);
}

static gboolean
can_connect (guint port)
{
  g_autoptr(GSocketClient) client = g_socket_client_new ();
  g_autoptr(GSocketConnection) connection = NULL;
  g_autoptr(GError) error = NULL;

  g_socket_client_set_timeout (client, 10);
  connection = g_socket_client_connect_to_host (client, "127.0.0.1", (guint16) port, NULL, &error);
  return connection != NULL;
}

/* When the round ends, the server is gone */
static void
test_stop (Fixture       *fixture,
           gconstpointer  data)
{
  guint port = seeds_live_round_get_port (fixture->round);

  g_assert_true (can_connect (port));
  seeds_live_round_stop (fixture->round);
  g_assert_false (seeds_live_round_get_running (fixture->round));
  g_assert_null (seeds_live_round_get_url (fixture->round));
  g_assert_false (can_connect (port));
}

/* Served on one address only: not on another of the loopback */
static void
test_one_address (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GSocketClient) client = g_socket_client_new ();
  g_autoptr(GSocketConnection) connection = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsLiveRound) everywhere = seeds_live_round_new (fixture->session,
                                                               seeds_meeting_get_id (fixture->sample.later));

  connection = g_socket_client_connect_to_host (client, "127.0.0.2",
                                                (guint16) seeds_live_round_get_port (fixture->round),
                                                NULL, &error);
  g_assert_null (connection);
  g_clear_error (&error);

  g_assert_false (seeds_live_round_start (everywhere, "0.0.0.0", 0, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (seeds_live_round_start (everywhere, "::", 0, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_false (seeds_live_round_get_running (everywhere));
}

/* Posts a card of Bram's for @framework_id to the round */
static void
post_card (Fixture     *fixture,
           SoupSession *client,
           const char  *framework_id,
           const char  *meeting_id,
           Response    *response)
{
  g_autoptr(SeedsScorecard) card = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = round_path (fixture);
  g_autofree char *card_path = g_strconcat (path, "card", NULL);

  card = seeds_scorecard_new (framework_id, meeting_id, NULL, "Bram", "", SEEDS_PARTNER_COMPANY);
  seeds_scorecard_set_score (card, "7", 4, NULL);
  bytes = seeds_scorecard_to_bytes (card);
  request (fixture, client, "POST", card_path, "application/x-seeds-scorecard",
           g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes), response);
}

/* A round of a meeting scored with the students' and teachers' wording
 * asks in that wording, and takes only cards for that framework */
static void
test_meeting_framework (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(SoupSession) client = client_new ("127.0.0.6");
  g_autoptr(SeedsFramework) students = seeds_framework_new_builtin ("students-teachers-2020", "en");
  g_autoptr(SeedsMeeting) meeting = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Response) page = { 0 };
  g_auto(Response) refused = { 0 };
  g_auto(Response) taken = { 0 };
  g_autofree char *title = NULL;
  g_autofree char *path = NULL;

  meeting = seeds_store_add_meeting_full (fixture->db.store, seeds_community_get_id (fixture->sample.community),
                                          "students-teachers-2020", 1, SEEDS_MEETING_SCORES,
                                          "2026-05-04", "Project review", NULL, &error);
  g_assert_no_error (error);
  seeds_live_round_stop (fixture->round);
  g_clear_object (&fixture->round);
  fixture->round = seeds_live_round_new (fixture->session, seeds_meeting_get_id (meeting));
  g_assert_true (seeds_live_round_start (fixture->round, "127.0.0.1", 0, &error));
  g_assert_no_error (error);
  path = round_path (fixture);

  request (fixture, client, "GET", path, NULL, NULL, 0, &page);
  title = g_markup_escape_text (seeds_factor_get_title (seeds_framework_get_factor (students, 0)), -1);
  g_assert_nonnull (strstr (page.body, title));

  post_card (fixture, client, "greenport-2020", seeds_meeting_get_id (meeting), &refused);
  g_assert_cmpuint (refused.status, ==, SOUP_STATUS_BAD_REQUEST);
  g_assert_nonnull (strstr (refused.body, "students-teachers-2020"));

  post_card (fixture, client, "students-teachers-2020", seeds_meeting_get_id (meeting), &taken);
  g_assert_cmpuint (taken.status, ==, SOUP_STATUS_OK);
  g_assert_cmpuint (seeds_live_round_get_n_answered (fixture->round), ==, 1);
}

/* A meeting held with the poster, or one that is not there, has no round */
static void
test_no_meeting (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(SeedsLiveRound) poster = seeds_live_round_new (fixture->session,
                                                           seeds_meeting_get_id (fixture->sample.poster));
  g_autoptr(SeedsLiveRound) missing = seeds_live_round_new (fixture->session,
                                                            "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b");
  g_autoptr(GError) error = NULL;

  g_assert_false (seeds_live_round_start (poster, "127.0.0.1", 0, &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (seeds_live_round_start (missing, "127.0.0.1", 0, &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/live-round/fifty-members", test_fifty_members);
  ADD ("/live-round/change-answers", test_change_answers);
  ADD ("/live-round/anonymous", test_anonymous);
  ADD ("/live-round/card", test_card);
  ADD ("/live-round/code", test_code);
  ADD ("/live-round/refused", test_refused);
  ADD ("/live-round/lookalike", test_lookalike);
  ADD ("/live-round/too-large", test_too_large);
  ADD ("/live-round/flood", test_flood);
  ADD ("/live-round/stop", test_stop);
  ADD ("/live-round/one-address", test_one_address);
  ADD ("/live-round/no-meeting", test_no_meeting);
  ADD ("/live-round/meeting-framework", test_meeting_framework);

#undef ADD

  return g_test_run ();
}
