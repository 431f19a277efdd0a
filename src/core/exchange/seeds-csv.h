/* seeds-csv.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "model/seeds-framework.h"
#include "store/seeds-store.h"

G_BEGIN_DECLS

/* Scores as CSV for spreadsheets: RFC 4180, UTF-8, one row per score. The
 * columns are described in docs/formats.md. */

void      seeds_csv_append_field    (GString         *csv,
                                     const char      *field);
GBytes   *seeds_csv_export          (SeedsStore      *store,
                                     SeedsFramework  *framework,
                                     const char      *community_id,
                                     GError         **error);
gboolean  seeds_csv_export_to_file  (SeedsStore      *store,
                                     SeedsFramework  *framework,
                                     const char      *community_id,
                                     GFile           *file,
                                     GError         **error);

G_END_DECLS
