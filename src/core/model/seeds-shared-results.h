/* seeds-shared-results.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "stats/seeds-factor-stats.h"
#include "stats/seeds-meeting-summary.h"

G_BEGIN_DECLS

/* Only factors that at least this many people scored 1 to 5 are shared,
 * so that nobody's score can be read off the numbers. */
#define SEEDS_SHARED_MIN_SCORES 3

/* What a learning community shares of one factor: aggregates only, never
 * anyone's own score or name. */
typedef struct
{
  char      *factor_id;
  guint      n;          /* 1–5 scores, at least SEEDS_SHARED_MIN_SCORES */
  guint      mean10;     /* the mean × 10, rounded half up: 10 … 50 */
  guint      spread100;  /* the spread (standard deviation) × 100, rounded: 0 … 200 */
  SeedsBand  band;       /* follows from mean10 */
} SeedsSharedScore;

/* The shared results of a community's latest meeting, as its profile
 * (.seedsprofile) brings them. */
typedef struct
{
  char      *framework_id;
  char      *date;            /* of the meeting, "YYYY-MM-DD" */
  guint      n_participants;  /* how many took part in the meeting */
  GPtrArray *scores;          /* (element-type SeedsSharedScore): in the framework's order */
} SeedsSharedResults;

#define SEEDS_SHARED_MEAN10_MIN    10
#define SEEDS_SHARED_MEAN10_MAX    50
#define SEEDS_SHARED_SPREAD100_MAX 200

#define SEEDS_TYPE_SHARED_RESULTS (seeds_shared_results_get_type ())

GType                   seeds_shared_results_get_type     (void) G_GNUC_CONST;
SeedsSharedResults     *seeds_shared_results_new          (const char                *framework_id,
                                                           const char                *date,
                                                           guint                      n_participants);
SeedsSharedResults     *seeds_shared_results_new_from_summary (SeedsMeetingSummary   *summary,
                                                           const char                *date);
SeedsSharedResults     *seeds_shared_results_copy         (const SeedsSharedResults  *results);
void                    seeds_shared_results_free         (SeedsSharedResults        *results);
gboolean                seeds_shared_results_equal        (const SeedsSharedResults  *a,
                                                           const SeedsSharedResults  *b);
void                    seeds_shared_results_add          (SeedsSharedResults        *results,
                                                           const char                *factor_id,
                                                           guint                      n,
                                                           guint                      mean10,
                                                           guint                      spread100);
const SeedsSharedScore *seeds_shared_results_lookup       (const SeedsSharedResults  *results,
                                                           const char                *factor_id);
char                   *seeds_shared_score_format_mean    (const SeedsSharedScore    *score);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SeedsSharedResults, seeds_shared_results_free)

G_END_DECLS
