/* seeds-file-name.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *seeds_file_name_for (const char *name,
                           const char *suffix);

G_END_DECLS
