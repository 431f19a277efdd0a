/* seeds-growth.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "model/seeds-ledger-entry.h"

G_BEGIN_DECLS

/* The work of a learning community drawn as a plant grown from a seed:
 * the points it earned make the stem, its meetings and the steps it did
 * the leaves, its brilliant failures the flowers. Never its scores. */

typedef struct
{
  guint points;        /* earned for the work, whatever was spent since */
  guint n_meetings;
  guint n_steps_done;
  guint n_failures;    /* brilliant failures recorded */
} SeedsGrowthWork;

typedef enum
{
  SEEDS_GROWTH_SEED,      /* nothing earned yet: a seed in the soil */
  SEEDS_GROWTH_SPROUT,
  SEEDS_GROWTH_PLANT,
  SEEDS_GROWTH_BLOOMING,  /* with a flower for a brilliant failure */
} SeedsGrowthStage;

/* The most leaves and flowers drawn: more would no longer read from the
 * back of a room. */
#define SEEDS_GROWTH_MAX_LEAVES  16
#define SEEDS_GROWTH_MAX_FLOWERS 6

typedef struct _SeedsGrowth SeedsGrowth;

void              seeds_growth_work_from_ledger (GPtrArray       *entries,
                                                 SeedsGrowthWork *work);

SeedsGrowth      *seeds_growth_new           (const SeedsGrowthWork *work);
void              seeds_growth_free          (SeedsGrowth           *self);
SeedsGrowthStage  seeds_growth_get_stage     (SeedsGrowth           *self);
double            seeds_growth_get_height    (SeedsGrowth           *self);
guint             seeds_growth_get_n_leaves  (SeedsGrowth           *self);
guint             seeds_growth_get_n_flowers (SeedsGrowth           *self);
char             *seeds_growth_describe      (SeedsGrowth           *self);
void              seeds_growth_draw          (SeedsGrowth           *self,
                                              cairo_t               *cr,
                                              double                 x,
                                              double                 y,
                                              double                 width,
                                              double                 height);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SeedsGrowth, seeds_growth_free)

G_END_DECLS
