/* seeds-directory-source.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SEEDS_TYPE_DIRECTORY_SOURCE (seeds_directory_source_get_type ())

G_DECLARE_FINAL_TYPE (SeedsDirectorySource, seeds_directory_source, SEEDS, DIRECTORY_SOURCE,
                      GObject)

/* A shared directory: a folder where learning communities publish their
 * profiles, on this computer, in a synced folder or on a server that GVfs
 * opens (smb://, dav://, davs://). A record as the store holds it. */
SeedsDirectorySource *seeds_directory_source_new              (const char           *uri,
                                                               const char           *display_name,
                                                               gint64                last_refresh,
                                                               const char           *last_error);
const char           *seeds_directory_source_get_uri          (SeedsDirectorySource *self);
const char           *seeds_directory_source_get_display_name (SeedsDirectorySource *self);
gint64                seeds_directory_source_get_last_refresh (SeedsDirectorySource *self);
const char           *seeds_directory_source_get_last_error   (SeedsDirectorySource *self);

G_END_DECLS
