/* seeds-text-identity.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  seeds_text_is_invisible   (gunichar     c);
gboolean  seeds_text_find_invisible (const char  *text,
                                     gunichar    *found);
char     *seeds_text_make_visible   (const char  *text,
                                     gssize       length,
                                     guint        max_chars);
char     *seeds_text_name_key       (const char  *name);
char     *seeds_text_name_skeleton  (const char  *name);
gboolean  seeds_text_mixes_scripts  (const char  *text);

G_END_DECLS
