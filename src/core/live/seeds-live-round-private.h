/* seeds-live-round-private.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libsoup/soup.h>

#include "live/seeds-live-answer.h"
#include "live/seeds-live-limiter.h"
#include "live/seeds-live-page.h"
#include "live/seeds-live-round.h"

G_BEGIN_DECLS

/* The round is one object in three files: seeds-live-round.c starts and
 * stops it; seeds-live-members.c keeps its members and saves their
 * answers; seeds-live-server.c answers the requests. */

typedef enum
{
  LANGUAGE_EN,
  LANGUAGE_NL,
  N_LANGUAGES,
} Language;

/* A member, known by the token their browser keeps */
typedef struct
{
  char            *token;
  char            *participant_id;  /* (nullable): until their first answers are saved */
  char            *anonymous_name;
  SeedsLiveAnswer *answer;          /* (nullable): their last answers saved */
  gboolean         busy;            /* answers of theirs are being saved */
  GQueue           waiting;         /* (element-type SeedsLiveSubmission): sent meanwhile */
} SeedsLiveMember;

/* A request that sends answers, from its body until its response */
typedef struct
{
  SeedsLiveRound    *round;
  SoupServerMessage *message;
  gboolean           gone;      /* the connection closed: nothing to respond to */
  Language           language;
  char              *member;    /* (nullable): for a card */
  SeedsLiveAnswer   *answer;    /* (nullable): for a card */
  SeedsScorecard    *card;
  GCancellable      *cancellable;  /* the round's, once it goes to the session */
} SeedsLiveSubmission;

struct _SeedsLiveRound
{
  GObject           parent_instance;

  SeedsSession     *session;
  char             *meeting_id;
  char             *language;          /* (nullable): the browser's */
  gboolean          allow_anonymous;

  /* While it runs */
  SoupServer       *server;
  GCancellable     *cancellable;
  char             *token;
  char             *path;              /* "/TOKEN/" */
  char             *code;
  char             *url;
  char             *short_url;
  guint             port;
  char             *framework_id;
  guint             framework_edition;
  char             *meeting_title;
  char             *community_name;
  char             *date;
  SeedsCatalog     *catalogs[N_LANGUAGES];
  SeedsFramework   *frameworks[N_LANGUAGES];
  SeedsLiveLimiter *limiter;
  GHashTable       *members;           /* token → SeedsLiveMember */
  GHashTable       *answered;          /* participant ids of those who answered */
};

G_GNUC_INTERNAL
void             seeds_live_server_setup        (SeedsLiveRound      *self);
G_GNUC_INTERNAL
SeedsLiveMember *seeds_live_round_lookup_member (SeedsLiveRound      *self,
                                                 const char          *token,
                                                 gboolean             create,
                                                 GError             **error);
G_GNUC_INTERNAL
void             seeds_live_round_submit        (SeedsLiveRound      *self,
                                                 SeedsLiveSubmission *submission);
G_GNUC_INTERNAL
void             seeds_live_member_free         (SeedsLiveMember     *member);
G_GNUC_INTERNAL
void             seeds_live_submission_free     (SeedsLiveSubmission *submission);
G_GNUC_INTERNAL
void             seeds_live_round_add_answered  (SeedsLiveRound      *self,
                                                 const char          *participant_id);
G_GNUC_INTERNAL
void             seeds_live_round_report_problem (SeedsLiveRound     *self,
                                                  const GError       *error);
G_GNUC_INTERNAL
void             seeds_live_server_respond_saved (SeedsLiveSubmission *submission,
                                                  SeedsLiveMember     *member);
G_GNUC_INTERNAL
void             seeds_live_server_respond_error (SeedsLiveSubmission *submission,
                                                  const GError        *error);

G_END_DECLS
