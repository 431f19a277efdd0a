/* seeds-live-round.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "print/seeds-qr-code.h"
#include "session/seeds-session.h"

G_BEGIN_DECLS

/* A live round: members score a meeting from their phone or laptop, in
 * a browser, over the local network (see docs/live-round.md). */

/* What a request body may hold: a form is a few KiB, a card too. */
#define SEEDS_LIVE_ROUND_MAX_BODY    (64 * 1024)
/* How many members one round takes */
#define SEEDS_LIVE_ROUND_MAX_MEMBERS 500

#define SEEDS_TYPE_LIVE_ROUND (seeds_live_round_get_type ())

G_DECLARE_FINAL_TYPE (SeedsLiveRound, seeds_live_round, SEEDS, LIVE_ROUND, GObject)

SeedsLiveRound *seeds_live_round_new                 (SeedsSession   *session,
                                                      const char     *meeting_id);
const char     *seeds_live_round_get_meeting_id      (SeedsLiveRound *self);
void            seeds_live_round_set_language        (SeedsLiveRound *self,
                                                      const char     *language);
const char     *seeds_live_round_get_language        (SeedsLiveRound *self);
void            seeds_live_round_set_allow_anonymous (SeedsLiveRound *self,
                                                      gboolean        allow_anonymous);
gboolean        seeds_live_round_get_allow_anonymous (SeedsLiveRound *self);
gboolean        seeds_live_round_start               (SeedsLiveRound *self,
                                                      const char     *address,
                                                      guint           port,
                                                      GError        **error);
void            seeds_live_round_stop                (SeedsLiveRound *self);
gboolean        seeds_live_round_get_running         (SeedsLiveRound *self);
const char     *seeds_live_round_get_url             (SeedsLiveRound *self);
const char     *seeds_live_round_get_short_url       (SeedsLiveRound *self);
const char     *seeds_live_round_get_code            (SeedsLiveRound *self);
guint           seeds_live_round_get_port            (SeedsLiveRound *self);
guint           seeds_live_round_get_n_answered      (SeedsLiveRound *self);
SeedsQrCode    *seeds_live_round_new_qr_code         (SeedsLiveRound *self);

G_END_DECLS
