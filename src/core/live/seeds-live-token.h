/* seeds-live-token.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The secrets of a live round, from the kernel's random source: the
 * round's token (160 bits in 32 characters a–z, 2–7), a member's token
 * (the same) and the short code to type (40 bits, "K7MQ-2XRP"). */

#define SEEDS_LIVE_TOKEN_LENGTH 32
#define SEEDS_LIVE_CODE_LENGTH  8

gboolean  seeds_live_random_bytes    (guint8      *buffer,
                                      gsize        length,
                                      GError     **error);
char     *seeds_live_token_new       (GError     **error);
gboolean  seeds_live_token_is_valid  (const char  *text);
gboolean  seeds_live_token_equal     (const char  *a,
                                      const char  *b);
char     *seeds_live_code_new        (GError     **error);
char     *seeds_live_code_normalize  (const char  *typed);

G_END_DECLS
