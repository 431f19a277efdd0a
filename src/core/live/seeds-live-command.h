/* seeds-live-command.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* --live-round: a live round without the window, for a facilitator who
 * runs it from a second machine, and for tests. */

const GOptionEntry *seeds_live_command_get_option_entries (void);
gboolean            seeds_live_command_is_wanted          (GVariantDict *options);
int                 seeds_live_command_run                (GVariantDict *options,
                                                           const char   *database_path);

G_END_DECLS
