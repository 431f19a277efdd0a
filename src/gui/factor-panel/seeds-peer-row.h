/* seeds-peer-row.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "stats/seeds-peer-comparison.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_PEER_ROW (seeds_peer_row_get_type ())

G_DECLARE_FINAL_TYPE (SeedsPeerRow, seeds_peer_row, SEEDS, PEER_ROW, GtkListBoxRow)

GtkWidget      *seeds_peer_row_new             (const SeedsPeerScore *peer);
SeedsCommunity *seeds_peer_row_get_community   (SeedsPeerRow         *self);
GtkLinkButton  *seeds_peer_row_get_link        (SeedsPeerRow         *self,
                                                const char           *scheme);
GtkButton      *seeds_peer_row_get_take_button (SeedsPeerRow         *self);

G_END_DECLS
