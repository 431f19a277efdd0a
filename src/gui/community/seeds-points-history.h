/* seeds-points-history.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "session/seeds-session.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_POINTS_HISTORY (seeds_points_history_get_type ())

G_DECLARE_FINAL_TYPE (SeedsPointsHistory, seeds_points_history, SEEDS, POINTS_HISTORY, AdwWindow)

SeedsPointsHistory *seeds_points_history_show         (GtkWindow          *parent,
                                                       SeedsSession       *session,
                                                       SeedsCommunity     *community);
GListModel         *seeds_points_history_get_entries  (SeedsPointsHistory *self);
gint64              seeds_points_history_get_balance  (SeedsPointsHistory *self);
gboolean            seeds_points_history_is_corrected (SeedsPointsHistory *self,
                                                       gint64              entry_id);

G_END_DECLS
