/* seeds-framework-reader.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/seeds-framework.h"

G_BEGIN_DECLS

/* Behind seeds_framework_new_from_bytes(), which checks the arguments. */
G_GNUC_INTERNAL
SeedsFramework *seeds_framework_reader_read (GBytes      *bytes,
                                             const char  *display_name,
                                             const char  *language,
                                             GError     **error);

G_END_DECLS
