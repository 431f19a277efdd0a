/* seeds-community-export.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "exchange/seeds-exchange.h"
#include "store/seeds-store.h"

G_BEGIN_DECLS

/* Everything the store holds about a community, as versioned JSON: see
 * "Community export" in docs/formats.md. */

GBytes   *seeds_community_export_json         (SeedsStore   *store,
                                               const char   *community_id,
                                               GError      **error);
gboolean  seeds_community_export_json_to_file (SeedsStore   *store,
                                               const char   *community_id,
                                               GFile        *file,
                                               GError      **error);

G_END_DECLS
