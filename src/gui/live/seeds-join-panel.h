/* seeds-join-panel.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "live/seeds-live-round.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_JOIN_PANEL (seeds_join_panel_get_type ())

G_DECLARE_FINAL_TYPE (SeedsJoinPanel, seeds_join_panel, SEEDS, JOIN_PANEL, GtkWidget)

GtkWidget  *seeds_join_panel_new         (void);
void        seeds_join_panel_set_round   (SeedsJoinPanel *self,
                                          SeedsLiveRound *round);
const char *seeds_join_panel_get_address (SeedsJoinPanel *self);

G_END_DECLS
