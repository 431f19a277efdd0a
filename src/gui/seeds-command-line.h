/* seeds-command-line.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "session/seeds-session.h"

G_BEGIN_DECLS

void               seeds_command_line_add_options  (GApplication *application);
int                seeds_command_line_handle       (GApplication *application,
                                                    GVariantDict *options,
                                                    const char   *database_path);
SeedsSession      *seeds_command_line_open_session (const char   *database_path);
SeedsProfileShare  seeds_command_line_get_share    (GVariantDict *options);

G_END_DECLS
