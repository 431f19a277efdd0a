/* seeds-score-scale.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SEEDS_TYPE_SCORE_SCALE (seeds_score_scale_get_type ())

G_DECLARE_FINAL_TYPE (SeedsScoreScale, seeds_score_scale, SEEDS, SCORE_SCALE, GtkWidget)

GtkWidget *seeds_score_scale_new       (void);
int        seeds_score_scale_get_value (SeedsScoreScale *self);
void       seeds_score_scale_set_value (SeedsScoreScale *self,
                                        int              value);
GtkWidget *seeds_score_scale_get_button (SeedsScoreScale *self,
                                         int              value);

G_END_DECLS
