/* seeds-shared-directory.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "exchange/seeds-profile.h"
#include "exchange/seeds-shared-report.h"
#include "store/seeds-store.h"

G_BEGIN_DECLS

/* More profiles than one shared directory holds */
#define SEEDS_SHARED_DIRECTORY_MAX_FILES 10000

/* A shared directory: a folder, anywhere GIO opens one, where learning
 * communities publish their profiles as <community id>.seedsprofile and
 * read each other's. Blocking, for the session's worker thread. */
char              *seeds_shared_directory_get_display_name (GFile              *folder,
                                                            GCancellable       *cancellable);
SeedsSharedReport *seeds_shared_directory_refresh          (SeedsStore         *store,
                                                            SeedsFramework     *framework,
                                                            GCancellable       *cancellable,
                                                            GError            **error);
gboolean           seeds_shared_directory_write            (GFile              *folder,
                                                            const char         *name,
                                                            GBytes             *bytes,
                                                            GCancellable       *cancellable,
                                                            GError            **error);
SeedsProfile      *seeds_shared_directory_publish          (SeedsStore         *store,
                                                            SeedsFramework     *framework,
                                                            GFile              *folder,
                                                            const char         *community_id,
                                                            SeedsProfileShare   share,
                                                            GCancellable       *cancellable,
                                                            GError            **error);

G_END_DECLS
