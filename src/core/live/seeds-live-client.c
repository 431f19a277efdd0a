/* seeds-live-client.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <libsoup/soup.h>

#include "live/seeds-live-client.h"
#include "live/seeds-live-token.h"

/* The desktop side of a live round (seeds-live-server.c serves it): the
 * short address with its code leads, by one redirect on the same host,
 * to the round's path with its token, where the card is posted. Nothing
 * goes anywhere but the address the member typed. */

#define TIMEOUT_SECONDS   15
#define MAX_REPLY_SHOWN   300

static gboolean
is_round_path (const char *path)
{
  g_autofree char *code = NULL;
  gsize length = strlen (path);

  if (length == SEEDS_LIVE_TOKEN_LENGTH + 2 && path[0] == '/' && path[length - 1] == '/')
    return TRUE;

  code = seeds_live_code_normalize (path[0] == '/' ? path + 1 : path);
  return code != NULL;
}

/**
 * seeds_live_client_parse_address:
 * @typed: the address as the member typed it or pasted it, with or
 *   without "http://"
 *
 * Returns: (transfer full) (nullable): the address of a round, or %NULL
 *   with @error set when @typed cannot be one
 */
GUri *
seeds_live_client_parse_address (const char  *typed,
                                 GError     **error)
{
  g_autofree char *text = NULL;
  g_autoptr(GUri) uri = NULL;

  g_return_val_if_fail (typed != NULL, NULL);

  text = g_strstrip (g_strdup (typed));
  if (strstr (text, "://") == NULL)
    {
      g_autofree char *bare = g_steal_pointer (&text);

      text = g_strconcat ("http://", bare, NULL);
    }

  uri = g_uri_parse (text, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL || g_strcmp0 (g_uri_get_scheme (uri), "http") != 0 ||
      g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0' ||
      g_uri_get_query (uri) != NULL || !is_round_path (g_uri_get_path (uri)))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("This is not the address of a live round. Type it as the screen shows "
                             "it, such as http://192.168.1.20:8080/K7MQ-2XRP."));
      return NULL;
    }

  return g_steal_pointer (&uri);
}

typedef struct
{
  SoupSession *session;
  GUri        *round;   /* the round's own path, once known */
  GBytes      *card;
} Send;

static void
send_free (gpointer data)
{
  Send *send = data;

  g_clear_object (&send->session);
  g_clear_pointer (&send->round, g_uri_unref);
  g_clear_pointer (&send->card, g_bytes_unref);
  g_free (send);
}

/* What the round answered, when it refused: its own words, if they are
 * short plain text */
static char *
describe_refusal (SoupMessage *msg,
                  GBytes      *body)
{
  const char *type = soup_message_headers_get_content_type (soup_message_get_response_headers (msg), NULL);
  gsize size = body ? g_bytes_get_size (body) : 0;
  g_autofree char *text = NULL;

  if (g_strcmp0 (type, "text/plain") == 0 && size > 0 && size <= MAX_REPLY_SHOWN &&
      g_utf8_validate (g_bytes_get_data (body, NULL), size, NULL))
    text = g_strstrip (g_strndup (g_bytes_get_data (body, NULL), size));

  /* Validated with a length, the text holds no NUL either */
  if (text != NULL && *text != '\0')
    /* Translators: %s is the reason the live round gave, in its own words */
    return g_strdup_printf (_("The live round refused the score card: %s"), text);

  return g_strdup_printf (_("The live round refused the score card (%u)."), soup_message_get_status (msg));
}

static void
return_unreachable (GTask        *task,
                    const GError *error)
{
  Send *send = g_task_get_task_data (task);
  g_autofree char *host = g_uri_to_string_partial (send->round, G_URI_HIDE_PASSWORD);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_error (task, g_error_copy (error));
      return;
    }

  g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_HOST_UNREACHABLE,
                           _("No live round answers at %s. Check the address on the screen, and that "
                             "this computer is on the meeting room’s network."), host);
}

static void
on_posted (GObject      *source_object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  SoupMessage *msg = soup_session_get_async_result_message (SOUP_SESSION (source_object), result);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) body = NULL;
  g_autofree char *why = NULL;

  body = soup_session_send_and_read_finish (SOUP_SESSION (source_object), result, &error);
  if (body == NULL)
    return_unreachable (task, error);
  else if (soup_message_get_status (msg) != SOUP_STATUS_OK)
    g_task_return_error (task, g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED,
                                                    why = describe_refusal (msg, body)));
  else
    g_task_return_boolean (task, TRUE);
}

static void
post_card (GTask *task)
{
  Send *send = g_task_get_task_data (task);
  g_autoptr(GUri) card_uri = g_uri_parse_relative (send->round, "card", G_URI_FLAGS_NONE, NULL);
  g_autoptr(SoupMessage) msg = soup_message_new_from_uri (SOUP_METHOD_POST, card_uri);

  soup_message_add_flags (msg, SOUP_MESSAGE_NO_REDIRECT);
  soup_message_headers_replace (soup_message_get_request_headers (msg), "Accept-Language",
                                g_get_language_names ()[0]);
  soup_message_set_request_body_from_bytes (msg, "application/x-seeds-scorecard", send->card);
  soup_session_send_and_read_async (send->session, msg, G_PRIORITY_DEFAULT, g_task_get_cancellable (task),
                                    on_posted, g_object_ref (task));
}

/* The code led to the round: on the same host and port, else nowhere */
static void
on_redirected (GObject      *source_object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Send *send = g_task_get_task_data (task);
  SoupMessage *msg = soup_session_get_async_result_message (SOUP_SESSION (source_object), result);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) body = NULL;
  g_autoptr(GUri) target = NULL;
  const char *location;

  body = soup_session_send_and_read_finish (SOUP_SESSION (source_object), result, &error);
  if (body == NULL)
    {
      return_unreachable (task, error);
      return;
    }

  location = soup_message_headers_get_one (soup_message_get_response_headers (msg), "Location");
  if (soup_message_get_status (msg) == SOUP_STATUS_SEE_OTHER && location != NULL)
    target = g_uri_parse_relative (send->round, location, G_URI_FLAGS_NONE, NULL);

  if (target == NULL || g_strcmp0 (g_uri_get_host (target), g_uri_get_host (send->round)) != 0 ||
      g_uri_get_port (target) != g_uri_get_port (send->round) ||
      strlen (g_uri_get_path (target)) != SEEDS_LIVE_TOKEN_LENGTH + 2)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "%s",
                               _("No live round has this code. Check the address on the screen."));
      return;
    }

  g_uri_unref (send->round);
  send->round = g_steal_pointer (&target);
  post_card (task);
}

/**
 * seeds_live_client_send_card_async:
 * @address: the address of a round, as seeds_live_client_parse_address()
 *   takes it
 *
 * Sends @card to the round, which keeps it as the answers of its member:
 * sent again, it replaces them.
 */
void
seeds_live_client_send_card_async (const char          *address,
                                   SeedsScorecard      *card,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SoupMessage) msg = NULL;
  Send *send;

  g_return_if_fail (address != NULL);
  g_return_if_fail (SEEDS_IS_SCORECARD (card));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, seeds_live_client_send_card_async);

  send = g_new0 (Send, 1);
  g_task_set_task_data (task, send, send_free);
  send->card = seeds_scorecard_to_bytes (card);
  send->round = seeds_live_client_parse_address (address, &error);
  if (send->round == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  send->session = soup_session_new_with_options ("timeout", TIMEOUT_SECONDS, "max-conns", 2, NULL);
  if (g_str_has_suffix (g_uri_get_path (send->round), "/"))
    {
      post_card (task);
      return;
    }

  msg = soup_message_new_from_uri (SOUP_METHOD_GET, send->round);
  soup_message_add_flags (msg, SOUP_MESSAGE_NO_REDIRECT);
  soup_session_send_and_read_async (send->session, msg, G_PRIORITY_DEFAULT, cancellable,
                                    on_redirected, g_steal_pointer (&task));
}

gboolean
seeds_live_client_send_card_finish (GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == seeds_live_client_send_card_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
