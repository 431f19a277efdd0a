/* seeds-tally.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* counts[0] is "don't know", counts[1] … counts[5] the scores 1 … 5. */
#define SEEDS_TALLY_N_VALUES 6

/* More stickers than anyone puts on one factor of a poster: a larger count
 * is a typing error. */
#define SEEDS_TALLY_MAX_COUNT 9999

/* The results of a poster meeting for one factor: how many stickers each
 * score got. Anonymous, so that a summary is made from counts alone. */
typedef struct
{
  char  *factor_id;
  guint  counts[SEEDS_TALLY_N_VALUES];
} SeedsTally;

#define SEEDS_TYPE_TALLY (seeds_tally_get_type ())

GType       seeds_tally_get_type           (void) G_GNUC_CONST;
SeedsTally *seeds_tally_new                (const char       *factor_id,
                                            const guint      *counts);
SeedsTally *seeds_tally_copy               (const SeedsTally *tally);
void        seeds_tally_free               (SeedsTally       *tally);
int         seeds_tally_index_score        (int               value);
int         seeds_tally_score_at           (int               index);
guint       seeds_tally_count_participants (const guint      *counts,
                                            guint             n_factors);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SeedsTally, seeds_tally_free)

G_END_DECLS
