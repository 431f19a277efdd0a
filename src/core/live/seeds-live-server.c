/* seeds-live-server.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "live/seeds-live-error.h"
#include "live/seeds-live-form.h"
#include "live/seeds-live-round-private.h"
#include "live/seeds-live-token.h"

/* The requests of a live round. What a path may be:
 *   /TOKEN/       GET the form (?member=… to change one's answers), POST it
 *   /TOKEN/card   POST a score card (.seedscard) that the app made
 *   /CODE         GET: leads to /TOKEN/; the short code is to type
 * Everything else is 404, and costs the client ten times what a request
 * costs (seeds-live-limiter.c): guessing the token or the code soon
 * waits. A request is refused as soon as its headers tell enough: wrong
 * path, too many requests, no or too large a body; a refused body is
 * read but not kept. Nothing of the database is served but the member's
 * own answers, to the browser that sent them. */

#define COST_SERVED          1.0
#define COST_REFUSED         10.0
#define BUCKET_CAPACITY      30.0
#define BUCKET_PER_SECOND    0.5
#define MAX_CLIENTS          1024
#define MEMBER_COOKIE        "seeds-member"
#define RETRY_AFTER_SECONDS  "60"
/* RFC 6585, which libsoup 3.2 has no name for */
#define STATUS_TOO_MANY_REQUESTS 429

typedef enum
{
  ROUTE_NONE,
  ROUTE_FORM,
  ROUTE_CARD,
  ROUTE_CODE,
} Route;

/* The token is compared in a time that does not tell how much of it a
 * guess got right. */
static Route
find_route (SeedsLiveRound *self,
            const char     *path)
{
  g_autofree char *code = NULL;
  char token[SEEDS_LIVE_TOKEN_LENGTH + 1] = { 0 };
  const char *rest;

  if (path == NULL || path[0] != '/')
    return ROUTE_NONE;

  if (strlen (path) >= SEEDS_LIVE_TOKEN_LENGTH + 2 && path[SEEDS_LIVE_TOKEN_LENGTH + 1] == '/')
    {
      memcpy (token, path + 1, SEEDS_LIVE_TOKEN_LENGTH);
      rest = path + SEEDS_LIVE_TOKEN_LENGTH + 2;

      if (!seeds_live_token_equal (token, self->token))
        return ROUTE_NONE;
      if (*rest == '\0')
        return ROUTE_FORM;
      if (g_str_equal (rest, "card"))
        return ROUTE_CARD;
      return ROUTE_NONE;
    }

  code = seeds_live_code_normalize (path + 1);
  if (code != NULL && seeds_live_token_equal (code, self->code))
    return ROUTE_CODE;

  return ROUTE_NONE;
}

static Language
choose_language (SeedsLiveRound    *self,
                 SoupServerMessage *msg)
{
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);
  const char *language = self->language;

  if (language == NULL)
    language = seeds_live_page_choose_language (
      soup_message_headers_get_one (headers, "Accept-Language"));

  return g_strcmp0 (language, "nl") == 0 ? LANGUAGE_NL : LANGUAGE_EN;
}

static void
add_common_headers (SoupServerMessage *msg,
                    Language           language)
{
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);

  soup_message_headers_replace (headers, "Cache-Control", "no-store");
  soup_message_headers_replace (headers, "X-Content-Type-Options", "nosniff");
  soup_message_headers_replace (headers, "Referrer-Policy", "no-referrer");
  soup_message_headers_replace (headers, "X-Frame-Options", "DENY");
  soup_message_headers_replace (headers, "Content-Language",
                                language == LANGUAGE_NL ? "nl" : "en");
}

static void
respond_text (SoupServerMessage *msg,
              guint              status,
              Language           language,
              const char        *text)
{
  g_autofree char *body = g_strconcat (text, "\n", NULL);

  add_common_headers (msg, language);
  soup_server_message_set_status (msg, status,
                                  status == STATUS_TOO_MANY_REQUESTS ? "Too Many Requests" : NULL);
  soup_server_message_set_response (msg, "text/plain; charset=utf-8", SOUP_MEMORY_COPY,
                                    body, strlen (body));
}

static void
respond_html (SoupServerMessage *msg,
              guint              status,
              Language           language,
              const char        *nonce,
              char              *html)
{
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);
  g_autofree char *policy = NULL;

  policy = g_strdup_printf ("default-src 'none'; style-src 'nonce-%s'; script-src 'nonce-%s'; "
                            "img-src data:; form-action 'self'; base-uri 'none'; "
                            "frame-ancestors 'none'",
                            nonce, nonce);
  add_common_headers (msg, language);
  soup_message_headers_replace (headers, "Content-Security-Policy", policy);
  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, "text/html; charset=utf-8", SOUP_MEMORY_TAKE,
                                    html, strlen (html));
}

/* Refuses a request from its headers: the body that may follow is read
 * and dropped, and the connection closed after the response. */
static void
refuse (SoupServerMessage *msg,
        guint              status,
        Language           language,
        const char        *text)
{
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);

  soup_message_body_set_accumulate (soup_server_message_get_request_body (msg), FALSE);
  soup_message_headers_replace (headers, "Connection", "close");
  respond_text (msg, status, language, text);
}

static char *
client_key (SoupServerMessage *msg)
{
  GSocketAddress *address = soup_server_message_get_remote_address (msg);

  if (!G_IS_INET_SOCKET_ADDRESS (address))
    return g_strdup ("");

  return seeds_live_limiter_client_key (
    g_inet_socket_address_get_address (G_INET_SOCKET_ADDRESS (address)));
}

static gboolean
method_allowed (Route       route,
                const char *method)
{
  gboolean is_get = method == SOUP_METHOD_GET || method == SOUP_METHOD_HEAD;
  gboolean is_post = method == SOUP_METHOD_POST;

  switch (route)
    {
    case ROUTE_FORM:
      return is_get || is_post;
    case ROUTE_CARD:
      return is_post;
    case ROUTE_CODE:
      return is_get;
    case ROUTE_NONE:
    default:
      return FALSE;
    }
}

static gboolean
has_content_type (SoupMessageHeaders *headers,
                  const char * const *types)
{
  const char *content_type = soup_message_headers_get_content_type (headers, NULL);

  return content_type != NULL && g_strv_contains (types, content_type);
}

/* Whether a POST's body is announced within the limit, and as what the
 * route reads; refuses the request if not. */
static gboolean
check_body (SoupServerMessage *msg,
            Route              route,
            Language           language,
            SeedsCatalog      *catalog)
{
  static const char * const form_types[] = { "application/x-www-form-urlencoded", NULL };
  static const char * const card_types[] = { "application/x-seeds-scorecard", "application/json",
                                             NULL };
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);

  if (soup_message_headers_get_encoding (headers) != SOUP_ENCODING_CONTENT_LENGTH)
    refuse (msg, SOUP_STATUS_LENGTH_REQUIRED, language,
            T_(catalog, "The request did not say how long it is."));
  else if (soup_message_headers_get_content_length (headers) > SEEDS_LIVE_ROUND_MAX_BODY)
    refuse (msg, SOUP_STATUS_REQUEST_ENTITY_TOO_LARGE, language,
            T_(catalog, "The request is too large."));
  else if (!has_content_type (headers, route == ROUTE_CARD ? card_types : form_types))
    refuse (msg, SOUP_STATUS_UNSUPPORTED_MEDIA_TYPE, language,
            T_(catalog, "The request holds something other than answers."));
  else
    return TRUE;

  return FALSE;
}

/* As soon as the headers are in */
static void
on_headers (SoupServer        *server,
            SoupServerMessage *msg,
            const char        *path,
            GHashTable        *query,
            gpointer           user_data)
{
  SeedsLiveRound *self = user_data;
  Route route = find_route (self, path);
  Language language = choose_language (self, msg);
  SeedsCatalog *catalog = self->catalogs[language];
  const char *method = soup_server_message_get_method (msg);
  g_autofree char *client = client_key (msg);

  if (!seeds_live_limiter_take (self->limiter, client,
                                route == ROUTE_NONE ? COST_REFUSED : COST_SERVED,
                                g_get_monotonic_time ()))
    {
      soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                    "Retry-After", RETRY_AFTER_SECONDS);
      refuse (msg, STATUS_TOO_MANY_REQUESTS, language,
              T_(catalog, "Too many requests came from this device. Wait a minute, and try "
                          "again."));
    }
  else if (route == ROUTE_NONE)
    refuse (msg, SOUP_STATUS_NOT_FOUND, language,
            T_(catalog, "There is nothing here. Scan the code on the screen again, or type "
                        "the address exactly as it is shown."));
  else if (!method_allowed (route, method))
    {
      soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Allow",
                                    route == ROUTE_FORM ? "GET, HEAD, POST"
                                    : route == ROUTE_CARD ? "POST" : "GET, HEAD");
      refuse (msg, SOUP_STATUS_METHOD_NOT_ALLOWED, language,
              T_(catalog, "This request is not possible here."));
    }
  else if (method == SOUP_METHOD_POST)
    check_body (msg, route, language, catalog);
}

static SeedsLivePage
page_for (SeedsLiveRound *self,
          Language        language,
          const char     *nonce)
{
  return (SeedsLivePage) {
    .catalog = self->catalogs[language],
    .framework = self->frameworks[language],
    .language = language == LANGUAGE_NL ? "nl" : "en",
    .action = self->path,
    .meeting_title = self->meeting_title,
    .community_name = self->community_name,
    .date = self->date,
    .allow_anonymous = self->allow_anonymous,
    .nonce = nonce,
  };
}

/* (nullable): the member token in the request's cookie, if valid */
static char *
cookie_member (SoupServerMessage *msg)
{
  const char *cookie = soup_message_headers_get_one (soup_server_message_get_request_headers (msg),
                                                     "Cookie");
  g_auto(GStrv) pairs = NULL;

  if (cookie == NULL)
    return NULL;

  pairs = g_strsplit (cookie, ";", 64);
  for (guint i = 0; pairs[i] != NULL; i++)
    {
      const char *pair = g_strstrip (pairs[i]);

      if (g_str_has_prefix (pair, MEMBER_COOKIE "=") &&
          seeds_live_token_is_valid (pair + strlen (MEMBER_COOKIE "=")))
        return g_strdup (pair + strlen (MEMBER_COOKIE "="));
    }

  return NULL;
}

static void
set_member_cookie (SeedsLiveRound    *self,
                   SoupServerMessage *msg,
                   const char        *member)
{
  g_autofree char *cookie = g_strdup_printf (MEMBER_COOKIE "=%s; Path=%s; HttpOnly; "
                                             "SameSite=Strict", member, self->path);

  soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Set-Cookie",
                                cookie);
}

/* The member token of the form or the query, else of the cookie, else a
 * new one */
static char *
pick_member (SoupServerMessage  *msg,
             const char         *given,
             GError            **error)
{
  char *member = given != NULL ? g_strdup (given) : cookie_member (msg);

  return member != NULL ? member : seeds_live_token_new (error);
}

static void
serve_form (SeedsLiveRound    *self,
            SoupServerMessage *msg,
            Language           language)
{
  const char *query = g_uri_get_query (soup_server_message_get_uri (msg));
  g_autoptr(SeedsLiveForm) form = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *member = NULL;
  g_autofree char *nonce = NULL;
  const char *given = NULL;
  SeedsLiveMember *known;
  SeedsLivePage page;

  if (query != NULL)
    {
      form = seeds_live_form_parse (query, strlen (query), &error);
      if (form != NULL && (seeds_live_form_get_n_fields (form) > 1 ||
                           (seeds_live_form_get_n_fields (form) == 1 &&
                            !seeds_live_token_is_valid (seeds_live_form_lookup (form, "member")))))
        g_set_error_literal (&error, SEEDS_LIVE_ERROR, SEEDS_LIVE_ERROR_INVALID, "A query");
      if (error != NULL)
        {
          respond_text (msg, SOUP_STATUS_BAD_REQUEST, language,
                        seeds_live_error_describe (error, self->catalogs[language]));
          return;
        }
      given = seeds_live_form_lookup (form, "member");
    }

  if (!(member = pick_member (msg, given, &error)) || !(nonce = seeds_live_token_new (&error)))
    {
      respond_text (msg, SOUP_STATUS_SERVICE_UNAVAILABLE, language, error->message);
      return;
    }

  known = seeds_live_round_lookup_member (self, member, FALSE, NULL);
  page = page_for (self, language, nonce);
  set_member_cookie (self, msg, member);
  respond_html (msg, SOUP_STATUS_OK, language, nonce,
                seeds_live_page_form (&page, member, known != NULL ? known->answer : NULL, NULL));
}

static void
on_message_gone (SoupServerMessage   *msg,
                 SeedsLiveSubmission *submission)
{
  submission->gone = TRUE;
}

static SeedsLiveSubmission *
submission_new (SeedsLiveRound    *self,
                SoupServerMessage *msg,
                Language           language)
{
  SeedsLiveSubmission *submission = g_new0 (SeedsLiveSubmission, 1);

  submission->round = g_object_ref (self);
  submission->message = g_object_ref (msg);
  submission->language = language;
  g_signal_connect (msg, "finished", G_CALLBACK (on_message_gone), submission);
  g_signal_connect (msg, "disconnected", G_CALLBACK (on_message_gone), submission);

  return submission;
}

static GBytes *
request_body (SoupServerMessage *msg)
{
  return soup_message_body_flatten (soup_server_message_get_request_body (msg));
}

static void
receive_form (SeedsLiveRound    *self,
              SoupServerMessage *msg,
              Language           language)
{
  g_autoptr(GBytes) body = request_body (msg);
  g_autoptr(SeedsLiveForm) form = NULL;
  g_autoptr(SeedsLiveAnswer) answer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *member = NULL;
  SeedsLiveSubmission *submission;
  gsize length;
  const char *data = g_bytes_get_data (body, &length);

  if (!(form = seeds_live_form_parse (data, length, &error)) ||
      !(answer = seeds_live_answer_new_from_form (form, self->frameworks[language],
                                                  self->allow_anonymous, &error)) ||
      !(member = pick_member (msg, seeds_live_answer_get_member (answer), &error)) ||
      !seeds_live_round_lookup_member (self, member, TRUE, &error))
    {
      respond_text (msg, g_error_matches (error, SEEDS_LIVE_ERROR, SEEDS_LIVE_ERROR_FULL)
                         ? SOUP_STATUS_FORBIDDEN : SOUP_STATUS_BAD_REQUEST,
                    language, seeds_live_error_describe (error, self->catalogs[language]));
      return;
    }

  submission = submission_new (self, msg, language);
  submission->member = g_steal_pointer (&member);
  submission->answer = g_steal_pointer (&answer);

  soup_server_message_pause (msg);
  seeds_live_round_submit (self, submission);
}

static void
receive_card (SeedsLiveRound    *self,
              SoupServerMessage *msg,
              Language           language)
{
  g_autoptr(GBytes) body = request_body (msg);
  g_autoptr(SeedsScorecard) card = NULL;
  g_autoptr(GError) error = NULL;
  SeedsLiveSubmission *submission;

  card = seeds_scorecard_new_from_bytes (body, self->frameworks[language], &error);
  if (card == NULL)
    {
      /* The reader's own message says what is wrong with the file */
      respond_text (msg, SOUP_STATUS_BAD_REQUEST, language, error->message);
      return;
    }

  if (!g_str_equal (seeds_scorecard_get_meeting_id (card), self->meeting_id))
    {
      g_set_error_literal (&error, SEEDS_LIVE_ERROR, SEEDS_LIVE_ERROR_WRONG_MEETING, "");
      respond_text (msg, SOUP_STATUS_UNPROCESSABLE_ENTITY, language,
                    seeds_live_error_describe (error, self->catalogs[language]));
      return;
    }

  submission = submission_new (self, msg, language);
  submission->card = g_steal_pointer (&card);

  soup_server_message_pause (msg);
  seeds_live_round_submit (self, submission);
}

/* Once the whole request is in, unless on_headers() refused it */
static void
on_request (SoupServer        *server,
            SoupServerMessage *msg,
            const char        *path,
            GHashTable        *query,
            gpointer           user_data)
{
  SeedsLiveRound *self = user_data;
  Language language = choose_language (self, msg);
  const char *method = soup_server_message_get_method (msg);

  switch (find_route (self, path))
    {
    case ROUTE_CODE:
      add_common_headers (msg, language);
      soup_server_message_set_redirect (msg, SOUP_STATUS_SEE_OTHER, self->path);
      break;

    case ROUTE_FORM:
      if (method == SOUP_METHOD_POST)
        receive_form (self, msg, language);
      else
        serve_form (self, msg, language);
      break;

    case ROUTE_CARD:
      receive_card (self, msg, language);
      break;

    case ROUTE_NONE:
    default:
      respond_text (msg, SOUP_STATUS_NOT_FOUND, language, "");
      break;
    }
}

void
seeds_live_server_setup (SeedsLiveRound *self)
{
  self->limiter = seeds_live_limiter_new (BUCKET_CAPACITY, BUCKET_PER_SECOND, MAX_CLIENTS);
  soup_server_add_early_handler (self->server, NULL, on_headers, self, NULL);
  soup_server_add_handler (self->server, NULL, on_request, self, NULL);
}

static void
resume (SeedsLiveSubmission *submission)
{
  if (!submission->gone)
    soup_server_message_unpause (submission->message);
}

/* The response to answers that are saved */
void
seeds_live_server_respond_saved (SeedsLiveSubmission *submission,
                                 SeedsLiveMember     *member)
{
  SeedsLiveRound *self = submission->round;
  Language language = submission->language;
  g_autofree char *nonce = NULL;
  SeedsLivePage page;

  if (submission->gone)
    return;

  if (member == NULL || !(nonce = seeds_live_token_new (NULL)))
    {
      respond_text (submission->message, SOUP_STATUS_OK, language,
                    T_(self->catalogs[language], "Your answers are saved."));
    }
  else
    {
      page = page_for (self, language, nonce);
      set_member_cookie (self, submission->message, member->token);
      respond_html (submission->message, SOUP_STATUS_OK, language, nonce,
                    seeds_live_page_thanks (&page, member->token,
                                            seeds_live_answer_get_n_scores (member->answer)));
    }

  resume (submission);
}

static guint
status_for (const GError *error)
{
  if (seeds_live_error_is_members (error))
    return SOUP_STATUS_UNPROCESSABLE_ENTITY;
  if (g_error_matches (error, SEEDS_LIVE_ERROR, SEEDS_LIVE_ERROR_BUSY))
    return STATUS_TOO_MANY_REQUESTS;
  if (g_error_matches (error, SEEDS_LIVE_ERROR, SEEDS_LIVE_ERROR_FULL))
    return SOUP_STATUS_FORBIDDEN;
  if (error->domain == SEEDS_LIVE_ERROR || error->domain == SEEDS_EXCHANGE_ERROR)
    return SOUP_STATUS_BAD_REQUEST;
  if (g_error_matches (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_NOT_FOUND) ||
      g_error_matches (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID))
    return SOUP_STATUS_CONFLICT;

  return SOUP_STATUS_SERVICE_UNAVAILABLE;
}

/* The response to answers that are refused, or could not be saved: a
 * member who can put them right gets the form again, as they sent it,
 * with what to change. */
void
seeds_live_server_respond_error (SeedsLiveSubmission *submission,
                                 const GError        *error)
{
  SeedsLiveRound *self = submission->round;
  Language language = submission->language;
  const char *problem = seeds_live_error_describe (error, self->catalogs[language]);
  guint status = status_for (error);
  g_autofree char *nonce = NULL;
  SeedsLivePage page;

  if (submission->gone)
    return;

  if (submission->answer != NULL && seeds_live_error_is_members (error) &&
      (nonce = seeds_live_token_new (NULL)) != NULL)
    {
      page = page_for (self, language, nonce);
      set_member_cookie (self, submission->message, submission->member);
      respond_html (submission->message, status, language, nonce,
                    seeds_live_page_form (&page, submission->member, submission->answer, problem));
    }
  else
    {
      respond_text (submission->message, status, language, problem);
    }

  resume (submission);
}
