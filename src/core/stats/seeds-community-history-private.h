/* seeds-community-history-private.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "stats/seeds-community-history.h"

G_BEGIN_DECLS

/* Open to seeds-community-history-load.c, which knows which factors each
 * meeting's framework lacks only after the history is made. */
G_GNUC_INTERNAL
void seeds_community_history_set_absent (SeedsCommunityHistory *self,
                                         guint                  meeting,
                                         gboolean              *absent);

G_END_DECLS
