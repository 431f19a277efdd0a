/* seeds-markup-text.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Fails with SEEDS_FRAMEWORK_ERROR_INVALID for text that is not UTF-8,
 * holds a NUL byte or is empty, naming the line */
gboolean  seeds_markup_text_check           (const char  *data,
                                             gsize        size,
                                             GError     **error);
/* The text with its white space collapsed as xgettext does */
char     *seeds_markup_text_normalize_space (const char  *text);
gboolean  seeds_markup_text_is_valid_id     (const char  *id);
/* Sets @error to the file's name, then @problem */
void      seeds_markup_text_set_file_error  (GError     **error,
                                             const char  *display_name,
                                             const char  *problem);

G_END_DECLS
