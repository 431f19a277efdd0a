/* seeds-framework-attributes.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean seeds_framework_parse_edition (const char  *edition,
                                        guint       *out,
                                        GError     **error);
gboolean seeds_framework_check_origin  (const char  *factor_id,
                                        const char  *origin,
                                        GError     **error);

G_END_DECLS
