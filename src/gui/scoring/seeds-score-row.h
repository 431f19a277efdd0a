/* seeds-score-row.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "model/seeds-factor.h"
#include "scoring/seeds-score-scale.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_SCORE_ROW (seeds_score_row_get_type ())

G_DECLARE_FINAL_TYPE (SeedsScoreRow, seeds_score_row, SEEDS, SCORE_ROW, GtkListBoxRow)

GtkWidget       *seeds_score_row_new         (SeedsFactor   *factor);
SeedsFactor     *seeds_score_row_get_factor  (SeedsScoreRow *self);
SeedsScoreScale *seeds_score_row_get_scale   (SeedsScoreRow *self);
void             seeds_score_row_show_score  (SeedsScoreRow *self,
                                              int            value,
                                              const char    *comment);
GtkEditable     *seeds_score_row_get_comment_entry (SeedsScoreRow *self);
void             seeds_score_row_set_info_visible  (SeedsScoreRow *self,
                                                    gboolean       visible);

G_END_DECLS
