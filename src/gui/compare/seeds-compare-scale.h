/* seeds-compare-scale.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "stats/seeds-peer-comparison.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_COMPARE_SCALE (seeds_compare_scale_get_type ())

G_DECLARE_FINAL_TYPE (SeedsCompareScale, seeds_compare_scale, SEEDS, COMPARE_SCALE, GtkWidget)

GtkWidget *seeds_compare_scale_new          (void);
void       seeds_compare_scale_set_factor   (SeedsCompareScale     *self,
                                             const SeedsPeerFactor *factor);
char      *seeds_compare_scale_describe     (const SeedsPeerFactor *factor);
char      *seeds_compare_format_mean10      (guint                  mean10);

G_END_DECLS
