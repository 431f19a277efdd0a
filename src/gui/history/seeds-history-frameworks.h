/* seeds-history-frameworks.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "session/seeds-framework-registry.h"
#include "stats/seeds-community-history.h"

G_BEGIN_DECLS

SeedsCommunityHistory *seeds_history_frameworks_load (SeedsStore             *store,
                                                      SeedsFramework         *framework,
                                                      SeedsFrameworkRegistry *frameworks,
                                                      const char             *community_id,
                                                      GError                **error);

G_END_DECLS
