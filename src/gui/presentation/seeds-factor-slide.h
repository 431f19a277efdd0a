/* seeds-factor-slide.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "model/seeds-factor.h"
#include "stats/seeds-factor-stats.h"

G_BEGIN_DECLS

/* What a shared screen may show of a factor's scores. */
typedef enum
{
  SEEDS_SLIDE_HIDDEN,    /* not revealed yet */
  SEEDS_SLIDE_TOO_FEW,   /* fewer scores than the anonymity threshold */
  SEEDS_SLIDE_SHOWN,
} SeedsSlideState;

SeedsSlideState seeds_slide_state_for (const SeedsFactorStats *stats,
                                       gboolean                revealed,
                                       guint                   threshold);

#define SEEDS_TYPE_FACTOR_SLIDE (seeds_factor_slide_get_type ())

G_DECLARE_FINAL_TYPE (SeedsFactorSlide, seeds_factor_slide, SEEDS, FACTOR_SLIDE, GtkWidget)

GtkWidget       *seeds_factor_slide_new        (SeedsFactor            *factor);
SeedsFactor     *seeds_factor_slide_get_factor (SeedsFactorSlide       *self);
void             seeds_factor_slide_show       (SeedsFactorSlide       *self,
                                                const SeedsFactorStats *stats,
                                                gboolean                revealed,
                                                guint                   threshold);
SeedsSlideState  seeds_factor_slide_get_state  (SeedsFactorSlide       *self);
void             seeds_factor_slide_set_steps  (SeedsFactorSlide       *self,
                                                GPtrArray              *steps);
void             seeds_factor_slide_set_compact (SeedsFactorSlide      *self,
                                                 gboolean               compact,
                                                 gboolean               small_dots);

G_END_DECLS
