/* seeds-peer-comparison.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/seeds-community.h"
#include "model/seeds-meeting.h"
#include "stats/seeds-meeting-summary.h"
#include "store/seeds-store.h"

G_BEGIN_DECLS

/* "Learn from others": your latest meeting next to what the communities in
 * the directory share. Computed once, as pure functions of the summary and
 * the directory, for the view to read. */

/* A community that shares a score of a factor. */
typedef struct
{
  SeedsCommunity         *community;  /* an entry of the directory */
  const SeedsSharedScore *score;      /* its shared score of the factor, owned by community */
} SeedsPeerScore;

/* Doing well: a shared mean of at least this, × 10 (4.0, a strength) */
#define SEEDS_PEER_GOOD_MEAN10 40

/* One factor: yours and theirs. Means are × 10, as SeedsFactorStats.mean10. */
typedef struct
{
  const char             *factor_id;
  guint                   position;         /* in the framework */
  const SeedsFactorStats *yours;            /* of your latest meeting; band NONE without scores */
  gboolean                needs_attention;  /* your band is attention or discuss */
  guint                   n_sharing;        /* communities that share a score of it */
  guint                   shared_mean10;    /* the mean of their means; 0 when n_sharing is 0 */
  guint                   shared_median10;  /* the median of their means, halves rounded up */
  guint                   shared_min10;
  guint                   shared_max10;
  GPtrArray              *peers;            /* (element-type SeedsPeerScore): every community
                                             * that shares it, best first */
  guint                   n_good;           /* the first n_good of peers do well: mean ≥ 4.0 */
} SeedsPeerFactor;

#define SEEDS_TYPE_PEER_COMPARISON (seeds_peer_comparison_get_type ())

G_DECLARE_FINAL_TYPE (SeedsPeerComparison, seeds_peer_comparison, SEEDS, PEER_COMPARISON, GObject)

SeedsPeerComparison   *seeds_peer_comparison_new                 (SeedsMeetingSummary *yours,
                                                                  GPtrArray           *directory,
                                                                  const char          *community_id);
SeedsPeerComparison   *seeds_peer_comparison_load                (SeedsStore          *store,
                                                                  SeedsFramework      *framework,
                                                                  const char          *community_id,
                                                                  GError             **error);
SeedsMeeting          *seeds_peer_comparison_get_meeting         (SeedsPeerComparison *self);
SeedsMeetingSummary   *seeds_peer_comparison_get_summary         (SeedsPeerComparison *self);
guint                  seeds_peer_comparison_get_n_factors       (SeedsPeerComparison *self);
const SeedsPeerFactor *seeds_peer_comparison_get_factor          (SeedsPeerComparison *self,
                                                                  guint                position);
const SeedsPeerFactor *seeds_peer_comparison_lookup_factor       (SeedsPeerComparison *self,
                                                                  const char          *factor_id);
const guint           *seeds_peer_comparison_get_attention_order (SeedsPeerComparison *self,
                                                                  guint               *n_positions);
guint                  seeds_peer_comparison_get_n_sharing       (SeedsPeerComparison *self);

G_END_DECLS
