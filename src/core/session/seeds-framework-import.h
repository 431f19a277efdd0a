/* seeds-framework-import.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "exchange/seeds-importer.h"
#include "session/seeds-framework-registry.h"

G_BEGIN_DECLS

/* The suffix of a shared framework file */
#define SEEDS_FRAMEWORK_SUFFIX ".seedsframework"

gboolean           seeds_framework_import_is_framework (GFile                   *file,
                                                        GCancellable            *cancellable);
SeedsImportResult *seeds_framework_import_file         (SeedsFrameworkRegistry  *registry,
                                                        SeedsStore              *store,
                                                        GFile                   *file);
GPtrArray         *seeds_framework_import_split        (SeedsFrameworkRegistry  *registry,
                                                        SeedsStore              *store,
                                                        GPtrArray               *files,
                                                        GPtrArray              **rest,
                                                        GCancellable            *cancellable);

G_END_DECLS
