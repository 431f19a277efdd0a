/* seeds-framework-id.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The longest id a framework file may have (the reader's rule) */
#define SEEDS_FRAMEWORK_ID_MAX 32

char *seeds_framework_id_from_name (const char         *name,
                                    const char * const *taken);

G_END_DECLS
