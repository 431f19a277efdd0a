/* seeds-live-limiter.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* How many requests each client of a live round may make: a token
 * bucket per client address. */

typedef struct _SeedsLiveLimiter SeedsLiveLimiter;

SeedsLiveLimiter *seeds_live_limiter_new      (double            capacity,
                                               double            per_second,
                                               guint             max_clients);
void              seeds_live_limiter_free     (SeedsLiveLimiter *self);
gboolean          seeds_live_limiter_take     (SeedsLiveLimiter *self,
                                               const char       *client,
                                               double            cost,
                                               gint64            now_us);
guint             seeds_live_limiter_get_n_clients (SeedsLiveLimiter *self);
char             *seeds_live_limiter_client_key (GInetAddress   *address);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SeedsLiveLimiter, seeds_live_limiter_free)

G_END_DECLS
