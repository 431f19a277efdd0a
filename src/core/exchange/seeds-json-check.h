/* seeds-json-check.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* JSON from outside the app (files, request bodies) is checked against
 * strict RFC 8259 here before json-glib, whose parser recurses and accepts
 * more than the standard (comments, single quotes), ever sees it. Beyond
 * the standard, the check refuses what json-glib would read differently
 * from other parsers or cut short: the character U+0000, halves of
 * surrogate pairs, a member name twice in one object, and whole numbers
 * that do not fit in 64 bits. Errors are in the SEEDS_EXCHANGE_ERROR
 * domain, code NOT_JSON, with a message that is valid UTF-8 and names the
 * line and column. */

/* Ours nest at most five levels deep; this leaves room for members that
 * later versions add. */
#define SEEDS_JSON_MAX_DEPTH 32

/* json-glib keeps members in a hash table with a hash that is easy to
 * collide: a megabyte of names made to collide in one object takes it
 * seconds. Our objects hold a few dozen members at most. */
#define SEEDS_JSON_MAX_MEMBERS 256

gboolean  seeds_json_check         (const char  *data,
                                    gsize        length,
                                    guint        max_depth,
                                    GError     **error);
JsonNode *seeds_json_parse_strict  (const char  *data,
                                    gsize        length,
                                    guint        max_depth,
                                    GError     **error);

G_END_DECLS
