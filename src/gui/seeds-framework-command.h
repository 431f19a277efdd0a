/* seeds-framework-command.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

const GOptionEntry *seeds_framework_command_get_option_entries (void);
gboolean            seeds_framework_command_is_wanted          (GVariantDict *options);
int                 seeds_framework_command_run                (GVariantDict *options,
                                                                const char   *database_path);

G_END_DECLS
