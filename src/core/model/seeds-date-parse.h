/* seeds-date-parse.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *seeds_date_parse (const char *text,
                        const char *today);

G_END_DECLS
