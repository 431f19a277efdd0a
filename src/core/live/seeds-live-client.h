/* seeds-live-client.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "exchange/seeds-scorecard.h"

G_BEGIN_DECLS

/* A member with the desktop app joins a live round: the score card the
 * app made goes to the address on the screen. */

GUri     *seeds_live_client_parse_address    (const char          *typed,
                                              GError             **error);
void      seeds_live_client_send_card_async  (const char          *address,
                                              SeedsScorecard      *card,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
gboolean  seeds_live_client_send_card_finish (GAsyncResult        *result,
                                              GError             **error);

G_END_DECLS
