/* seeds-factor-summary-row.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "overview/seeds-dots.h"
#include "model/seeds-factor.h"
#include "stats/seeds-factor-stats.h"
#include "model/seeds-partner-type.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_FACTOR_SUMMARY_ROW (seeds_factor_summary_row_get_type ())

G_DECLARE_FINAL_TYPE (SeedsFactorSummaryRow, seeds_factor_summary_row, SEEDS, FACTOR_SUMMARY_ROW, GtkListBoxRow)

GtkWidget   *seeds_factor_summary_row_new        (SeedsFactor            *factor,
                                                  const SeedsFactorStats *stats);
SeedsFactor *seeds_factor_summary_row_get_factor (SeedsFactorSummaryRow  *self);
SeedsDots   *seeds_factor_summary_row_get_dots   (SeedsFactorSummaryRow  *self);
const char  *seeds_factor_summary_row_get_mean_text (SeedsFactorSummaryRow *self);
char        *seeds_factor_summary_count_text     (const SeedsFactorStats *stats);
void         seeds_factor_summary_row_show_perspectives (SeedsFactorSummaryRow  *self,
                                                         const SeedsFactorStats *stats,
                                                         guint                   threshold);

G_END_DECLS
