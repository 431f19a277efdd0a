/* seeds-compare-row.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "model/seeds-factor.h"
#include "stats/seeds-peer-comparison.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_COMPARE_ROW (seeds_compare_row_get_type ())

G_DECLARE_FINAL_TYPE (SeedsCompareRow, seeds_compare_row, SEEDS, COMPARE_ROW, GtkListBoxRow)

GtkWidget   *seeds_compare_row_new             (SeedsFactor           *factor,
                                                const SeedsPeerFactor *peer_factor);
SeedsFactor *seeds_compare_row_get_factor      (SeedsCompareRow       *self);
GtkWidget   *seeds_compare_row_get_scale       (SeedsCompareRow       *self);
const char  *seeds_compare_row_get_description (SeedsCompareRow       *self);
gboolean     seeds_compare_row_needs_attention (SeedsCompareRow       *self);

G_END_DECLS
