/* seeds-profile-export.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "exchange/seeds-profile.h"
#include "store/seeds-store.h"

G_BEGIN_DECLS

SeedsProfile *seeds_profile_export_new (SeedsStore         *store,
                                        SeedsFramework     *framework,
                                        const char         *community_id,
                                        SeedsProfileShare   share,
                                        GError            **error);

G_END_DECLS
