/* seeds-factor-stats.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "model/seeds-catalog.h"

G_BEGIN_DECLS

/* The band of a factor, from its mean, as in the Wilder Collaboration
 * Factors Inventory: a strength from 4.0, worth discussing from 3.0, and
 * needing attention below 3.0. */
typedef enum
{
  SEEDS_BAND_NONE,       /* nobody gave a 1–5 score */
  SEEDS_BAND_ATTENTION,
  SEEDS_BAND_DISCUSS,
  SEEDS_BAND_STRENGTH,
} SeedsBand;

/* What the group's scores of one factor say. Computed from counts, so that
 * individual scores and sticker tallies from the poster are treated alike. */
typedef struct
{
  guint     counts[6];     /* counts[1] … counts[5]; counts[0] is unused */
  guint     n;             /* number of 1–5 scores */
  guint     dont_know;
  guint     sum;           /* of the 1–5 scores */
  double    mean;          /* 0 when n == 0 */
  guint     mean10;        /* the mean × 10, rounded half up: what is shown */
  double    spread;        /* population standard deviation, 0 when n < 2 */
  SeedsBand band;
  gboolean  disagreement;  /* "we see this differently" */
} SeedsFactorStats;

/* Whether a factor changed from one meeting to another, as the change
 * table and "did it help?" show it. A change counts when the means as shown
 * (one decimal) differ by 0.5 or more, and both meetings have at least 3
 * scores from 1 to 5 for the factor; with fewer there are too few to tell.
 * So 3.2 → 3.7 is better and 3.2 → 3.6 is no change. */
typedef enum
{
  SEEDS_CHANGE_NONE,     /* no sign: less than 0.5 apart */
  SEEDS_CHANGE_BETTER,   /* △ */
  SEEDS_CHANGE_WORSE,    /* ▽ */
  SEEDS_CHANGE_TOO_FEW,  /* fewer than 3 scores in one of the two: too few to tell */
} SeedsChange;

#define SEEDS_CHANGE_MIN_SCORES    3
#define SEEDS_CHANGE_MIN_STEP10    5  /* 0.5, in the tenths of the shown means */

void        seeds_factor_stats_init         (SeedsFactorStats       *stats);
void        seeds_factor_stats_add          (SeedsFactorStats       *stats,
                                             int                     value);
void        seeds_factor_stats_add_count    (SeedsFactorStats       *stats,
                                             int                     value,
                                             guint                   count);
void        seeds_factor_stats_finish       (SeedsFactorStats       *stats);
SeedsBand   seeds_band_for_mean10           (guint                   mean10);
char       *seeds_factor_stats_format_mean  (const SeedsFactorStats *stats);
char       *seeds_factor_stats_format_mean_in (const SeedsFactorStats *stats,
                                               SeedsCatalog           *catalog);
const char *seeds_band_get_label            (SeedsBand               band);
const char *seeds_band_get_label_in         (SeedsBand               band,
                                             SeedsCatalog           *catalog);
const char *seeds_band_to_string            (SeedsBand               band);
gboolean    seeds_factor_stats_needs_talk   (const SeedsFactorStats *stats);
gboolean    seeds_factor_stats_can_show     (const SeedsFactorStats *stats,
                                             guint                   threshold);
int         seeds_factor_stats_compare      (const SeedsFactorStats *a,
                                             const SeedsFactorStats *b);
GArray     *seeds_factor_stats_attention_order (const SeedsFactorStats *stats,
                                                guint                   n_factors);
SeedsChange seeds_factor_stats_change       (const SeedsFactorStats *then,
                                             const SeedsFactorStats *now);
const char *seeds_change_get_symbol         (SeedsChange             change);
const char *seeds_change_get_label          (SeedsChange             change);
const char *seeds_change_to_string          (SeedsChange             change);

G_END_DECLS
