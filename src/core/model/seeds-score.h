/* seeds-score.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A score is 1 (not at all) … 5 (completely). Two more values: a participant
 * may say "don't know", and may not have scored a factor at all. */
#define SEEDS_SCORE_NONE      0
#define SEEDS_SCORE_DONT_KNOW (-1)
#define SEEDS_SCORE_MIN       1
#define SEEDS_SCORE_MAX       5

typedef struct
{
  char *participant_id;
  char *factor_id;
  int   value;     /* SEEDS_SCORE_MIN…MAX or SEEDS_SCORE_DONT_KNOW */
  char *comment;   /* never NULL, may be empty */
} SeedsScore;

#define SEEDS_TYPE_SCORE (seeds_score_get_type ())

GType       seeds_score_get_type       (void) G_GNUC_CONST;
gboolean    seeds_score_value_is_valid (int               value);
SeedsScore *seeds_score_new            (const char       *participant_id,
                                        const char       *factor_id,
                                        int               value,
                                        const char       *comment);
SeedsScore *seeds_score_copy           (const SeedsScore *score);
void        seeds_score_free           (SeedsScore       *score);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SeedsScore, seeds_score_free)

G_END_DECLS
