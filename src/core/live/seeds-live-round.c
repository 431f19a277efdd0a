/* seeds-live-round.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "live/seeds-live-network.h"
#include "live/seeds-live-round-private.h"
#include "live/seeds-live-token.h"

/* A live round serves one meeting's form on one address of the
 * computer, under a path that holds a secret token, until it stops;
 * each member's answers go through the session into the database, saved
 * before the member is told so. Everything runs in the main context of
 * the thread that started the round, and so do the signals. */

/* The QR code of the address stays small enough to scan from the back
 * of a room. */
#define QR_MAX_VERSION 10

G_DEFINE_FINAL_TYPE (SeedsLiveRound, seeds_live_round, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_MEETING_ID,
  PROP_LANGUAGE,
  PROP_ALLOW_ANONYMOUS,
  PROP_RUNNING,
  PROP_URL,
  PROP_N_ANSWERED,
  N_PROPS
};

enum {
  PROBLEM,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
clear_running (SeedsLiveRound *self)
{
  g_clear_object (&self->server);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->token, g_free);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->short_url, g_free);
  g_clear_pointer (&self->framework_id, g_free);
  g_clear_pointer (&self->meeting_title, g_free);
  g_clear_pointer (&self->community_name, g_free);
  g_clear_pointer (&self->date, g_free);
  for (guint i = 0; i < N_LANGUAGES; i++)
    {
      g_clear_object (&self->catalogs[i]);
      g_clear_object (&self->frameworks[i]);
    }
  g_clear_pointer (&self->limiter, seeds_live_limiter_free);
  g_clear_pointer (&self->members, g_hash_table_unref);
  self->port = 0;
}

static void
seeds_live_round_dispose (GObject *object)
{
  SeedsLiveRound *self = (SeedsLiveRound *)object;

  seeds_live_round_stop (self);

  G_OBJECT_CLASS (seeds_live_round_parent_class)->dispose (object);
}

static void
seeds_live_round_finalize (GObject *object)
{
  SeedsLiveRound *self = (SeedsLiveRound *)object;

  clear_running (self);
  g_clear_pointer (&self->answered, g_hash_table_unref);
  g_clear_object (&self->session);
  g_clear_pointer (&self->meeting_id, g_free);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (seeds_live_round_parent_class)->finalize (object);
}

static void
seeds_live_round_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SeedsLiveRound *self = SEEDS_LIVE_ROUND (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    case PROP_MEETING_ID:
      g_value_set_string (value, self->meeting_id);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    case PROP_ALLOW_ANONYMOUS:
      g_value_set_boolean (value, self->allow_anonymous);
      break;

    case PROP_RUNNING:
      g_value_set_boolean (value, seeds_live_round_get_running (self));
      break;

    case PROP_URL:
      g_value_set_string (value, self->url);
      break;

    case PROP_N_ANSWERED:
      g_value_set_uint (value, seeds_live_round_get_n_answered (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
seeds_live_round_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SeedsLiveRound *self = SEEDS_LIVE_ROUND (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;

    case PROP_MEETING_ID:
      self->meeting_id = g_value_dup_string (value);
      break;

    case PROP_LANGUAGE:
      seeds_live_round_set_language (self, g_value_get_string (value));
      break;

    case PROP_ALLOW_ANONYMOUS:
      seeds_live_round_set_allow_anonymous (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
seeds_live_round_class_init (SeedsLiveRoundClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = seeds_live_round_dispose;
  object_class->finalize = seeds_live_round_finalize;
  object_class->get_property = seeds_live_round_get_property;
  object_class->set_property = seeds_live_round_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, SEEDS_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MEETING_ID] =
    g_param_spec_string ("meeting-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* NULL for the language each browser asks for */
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ALLOW_ANONYMOUS] =
    g_param_spec_boolean ("allow-anonymous", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* How many members' answers are saved in this round: for the count on
   * the projector */
  properties[PROP_N_ANSWERED] =
    g_param_spec_uint ("n-answered", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SeedsLiveRound::problem:
   * @self: the round
   * @error: what went wrong, for the facilitator
   *
   * Answers could not be saved, or a member's answers pass for another
   * participant: something the facilitator must hear of, not the log
   * alone. The member was told too.
   */
  signals[PROBLEM] =
    g_signal_new ("problem", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
seeds_live_round_init (SeedsLiveRound *self)
{
  self->answered = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * seeds_live_round_new:
 * @session: the session whose database the answers go to
 * @meeting_id: the meeting the members score
 *
 * Returns: (transfer full): a round, not started yet
 */
SeedsLiveRound *
seeds_live_round_new (SeedsSession *session,
                      const char   *meeting_id)
{
  g_return_val_if_fail (SEEDS_IS_SESSION (session), NULL);
  g_return_val_if_fail (meeting_id != NULL, NULL);

  return g_object_new (SEEDS_TYPE_LIVE_ROUND,
                       "session", session,
                       "meeting-id", meeting_id,
                       NULL);
}

const char *
seeds_live_round_get_meeting_id (SeedsLiveRound *self)
{
  g_return_val_if_fail (SEEDS_IS_LIVE_ROUND (self), NULL);

  return self->meeting_id;
}

/**
 * seeds_live_round_set_language:
 * @self: a #SeedsLiveRound
 * @language: (nullable): "nl" or "en" for every member, or %NULL for the
 *   language each browser asks for (Accept-Language), English when it
 *   asks for neither
 */
void
seeds_live_round_set_language (SeedsLiveRound *self,
                               const char     *language)
{
  g_return_if_fail (SEEDS_IS_LIVE_ROUND (self));
  g_return_if_fail (language == NULL || g_str_equal (language, "nl") ||
                    g_str_equal (language, "en"));

  if (g_strcmp0 (self->language, language) == 0)
    return;

  g_free (self->language);
  self->language = g_strdup (language);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

const char *
seeds_live_round_get_language (SeedsLiveRound *self)
{
  g_return_val_if_fail (SEEDS_IS_LIVE_ROUND (self), NULL);

  return self->language;
}

/* Whether members may answer without a name: each is then a participant
 * called "Anonymous" and a code of their own. */
void
seeds_live_round_set_allow_anonymous (SeedsLiveRound *self,
                                      gboolean        allow_anonymous)
{
  g_return_if_fail (SEEDS_IS_LIVE_ROUND (self));

  if (self->allow_anonymous == !!allow_anonymous)
    return;

  self->allow_anonymous = !!allow_anonymous;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALLOW_ANONYMOUS]);
}

gboolean
seeds_live_round_get_allow_anonymous (SeedsLiveRound *self)
{
  g_return_val_if_fail (SEEDS_IS_LIVE_ROUND (self), FALSE);

  return self->allow_anonymous;
}

static const char * const languages[N_LANGUAGES] = { [LANGUAGE_EN] = "en", [LANGUAGE_NL] = "nl" };

/* The round's own words, in each language */
static void
load_languages (SeedsLiveRound *self)
{
  for (guint i = 0; i < N_LANGUAGES; i++)
    self->catalogs[i] = seeds_catalog_new (languages[i], NULL);
}

/* The framework the meeting is scored with, in each language: members
 * answer in its wording, and their answers are checked against it. */
static gboolean
load_frameworks (SeedsLiveRound  *self,
                 SeedsMeeting    *meeting,
                 GError         **error)
{
  SeedsFrameworkRegistry *registry = seeds_session_get_frameworks (self->session);

  for (guint i = 0; i < N_LANGUAGES; i++)
    if (!(self->frameworks[i] = seeds_framework_registry_lookup (registry,
                                                                 seeds_meeting_get_framework_id (meeting),
                                                                 seeds_meeting_get_framework_edition (meeting),
                                                                 languages[i], error)))
      return FALSE;

  return TRUE;
}

static gboolean
load_meeting (SeedsLiveRound  *self,
              GError         **error)
{
  SeedsStore *store = seeds_session_get_store (self->session);
  g_autoptr(SeedsMeeting) meeting = NULL;
  g_autoptr(SeedsCommunity) community = NULL;

  meeting = seeds_store_get_meeting (store, self->meeting_id, error);
  if (meeting == NULL)
    return FALSE;

  if (seeds_meeting_get_kind (meeting) == SEEDS_MEETING_POSTER)
    {
      g_set_error_literal (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID,
                           _("This meeting is held with the poster, which has no scores of its "
                             "own: a live round needs a meeting that is scored."));
      return FALSE;
    }

  if (!load_frameworks (self, meeting, error))
    return FALSE;

  community = seeds_store_get_community (store, seeds_meeting_get_community_id (meeting), error);
  if (community == NULL)
    return FALSE;

  self->framework_id = g_strdup (seeds_meeting_get_framework_id (meeting));
  self->framework_edition = seeds_meeting_get_framework_edition (meeting);
  self->meeting_title = g_strdup (seeds_meeting_get_title (meeting));
  self->community_name = g_strdup (seeds_community_get_name (community));
  self->date = g_strdup (seeds_meeting_get_date (meeting));

  return TRUE;
}

static gboolean
make_secrets (SeedsLiveRound  *self,
              const char      *address,
              GError         **error)
{
  g_autofree char *code_path = NULL;

  if (!(self->token = seeds_live_token_new (error)) ||
      !(self->code = seeds_live_code_new (error)))
    return FALSE;

  self->path = g_strdup_printf ("/%s/", self->token);
  code_path = g_strdup_printf ("/%s", self->code);
  self->url = seeds_live_network_format_url (address, self->port, self->path);
  self->short_url = seeds_live_network_format_url (address, self->port, code_path);

  return TRUE;
}

static guint
listening_port (SoupServer *server)
{
  g_autoptr(GSList) uris = soup_server_get_uris (server);
  guint port = uris != NULL ? (guint) g_uri_get_port (uris->data) : 0;

  g_slist_free_full (g_steal_pointer (&uris), (GDestroyNotify) g_uri_unref);
  return port;
}

/**
 * seeds_live_round_start:
 * @self: a #SeedsLiveRound
 * @address: the address of this computer on the network to serve, as
 *   seeds_live_network_list() lists them, or "127.0.0.1" or "::1" for
 *   this computer alone
 * @port: the port, or 0 for any free one
 * @error: return location for a #GError
 *
 * Starts serving the round on @address only, never on every network:
 * the meeting must exist and be scored with a framework the database
 * has, in whose wording members answer. The
 * address to give members is then seeds_live_round_get_url(), with a new
 * secret token; without it, nothing is served.
 *
 * Returns: %TRUE when the round runs
 */
gboolean
seeds_live_round_start (SeedsLiveRound  *self,
                        const char      *address,
                        guint            port,
                        GError         **error)
{
  g_autoptr(GSocket) socket = NULL;
  g_autoptr(GSocketAddress) local = NULL;
  g_autofree char *shown = NULL;

  g_return_val_if_fail (SEEDS_IS_LIVE_ROUND (self), FALSE);
  g_return_val_if_fail (address != NULL, FALSE);
  g_return_val_if_fail (!seeds_live_round_get_running (self), FALSE);

  if (!(socket = seeds_live_network_listen (address, port, error)) ||
      !(local = g_socket_get_local_address (socket, error)) ||
      !load_meeting (self, error))
    goto failed;

  self->server = soup_server_new ("server-header", NULL, NULL);
  if (!soup_server_listen_socket (self->server, socket, 0, error))
    goto failed;

  self->port = listening_port (self->server);
  /* The address as the network writes it: "::1", not "0:0:…:1" */
  shown = g_inet_address_to_string (g_inet_socket_address_get_address (G_INET_SOCKET_ADDRESS (local)));
  if (!make_secrets (self, shown, error))
    goto failed;

  self->cancellable = g_cancellable_new ();
  self->members = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                         (GDestroyNotify) seeds_live_member_free);
  load_languages (self);
  seeds_live_server_setup (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URL]);
  return TRUE;

failed:
  if (self->server != NULL)
    soup_server_disconnect (self->server);
  clear_running (self);
  return FALSE;
}

/**
 * seeds_live_round_stop:
 * @self: a #SeedsLiveRound
 *
 * Ends the round: the server closes its socket and every connection at
 * once, so that nothing more is served, and answers not saved yet are
 * not. What was saved stays: the scores of the meeting.
 */
void
seeds_live_round_stop (SeedsLiveRound *self)
{
  g_return_if_fail (SEEDS_IS_LIVE_ROUND (self));

  if (self->server == NULL)
    return;

  g_cancellable_cancel (self->cancellable);
  soup_server_disconnect (self->server);
  clear_running (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URL]);
}

gboolean
seeds_live_round_get_running (SeedsLiveRound *self)
{
  g_return_val_if_fail (SEEDS_IS_LIVE_ROUND (self), FALSE);

  return self->server != NULL;
}

/* (nullable): the address to give members, with the round's token:
 * "http://192.168.1.20:43117/3xq…/"; for the QR code */
const char *
seeds_live_round_get_url (SeedsLiveRound *self)
{
  g_return_val_if_fail (SEEDS_IS_LIVE_ROUND (self), NULL);

  return self->url;
}

/* (nullable): the address with the short code instead of the token, to
 * type: "http://192.168.1.20:43117/K7MQ-2XRP" leads to seeds_live_round_get_url() */
const char *
seeds_live_round_get_short_url (SeedsLiveRound *self)
{
  g_return_val_if_fail (SEEDS_IS_LIVE_ROUND (self), NULL);

  return self->short_url;
}

/* (nullable): the short code alone, "K7MQ-2XRP" */
const char *
seeds_live_round_get_code (SeedsLiveRound *self)
{
  g_return_val_if_fail (SEEDS_IS_LIVE_ROUND (self), NULL);

  return self->code;
}

/* The port it listens on, once started: the one chosen when 0 was asked */
guint
seeds_live_round_get_port (SeedsLiveRound *self)
{
  g_return_val_if_fail (SEEDS_IS_LIVE_ROUND (self), 0);

  return self->port;
}

/* How many members' answers are saved in this round, each counted once
 * however often they changed them; it stays after the round stops. */
guint
seeds_live_round_get_n_answered (SeedsLiveRound *self)
{
  g_return_val_if_fail (SEEDS_IS_LIVE_ROUND (self), 0);

  return g_hash_table_size (self->answered);
}

/**
 * seeds_live_round_new_qr_code:
 * @self: a running #SeedsLiveRound
 *
 * Returns: (transfer full) (nullable): the QR code of
 *   seeds_live_round_get_url(), or %NULL when the round is not running
 */
SeedsQrCode *
seeds_live_round_new_qr_code (SeedsLiveRound *self)
{
  g_return_val_if_fail (SEEDS_IS_LIVE_ROUND (self), NULL);

  if (self->url == NULL)
    return NULL;

  return seeds_qr_code_new (self->url, QR_MAX_VERSION);
}

/* Counts a participant whose answers are saved, once however often
 * they change them. */
void
seeds_live_round_add_answered (SeedsLiveRound *self,
                               const char     *participant_id)
{
  if (g_hash_table_add (self->answered, g_strdup (participant_id)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ANSWERED]);
}

/* Tells the facilitator, through ::problem, of @error */
void
seeds_live_round_report_problem (SeedsLiveRound *self,
                                 const GError   *error)
{
  g_signal_emit (self, signals[PROBLEM], 0, error);
}
