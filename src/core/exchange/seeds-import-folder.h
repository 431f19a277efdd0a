/* seeds-import-folder.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* More files than one import takes from folders */
#define SEEDS_IMPORT_FOLDER_MAX_FILES 10000

GPtrArray *seeds_import_folder_expand    (GFile        **files,
                                          guint          n_files,
                                          GCancellable  *cancellable,
                                          GError       **error);
gboolean   seeds_import_folder_is_folder (GFile         *file);

G_END_DECLS
