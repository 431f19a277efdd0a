/* seeds-scoring-page.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "meetings/seeds-meeting-part.h"
#include "scoring/seeds-score-row.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_SCORING_PAGE (seeds_scoring_page_get_type ())

G_DECLARE_FINAL_TYPE (SeedsScoringPage, seeds_scoring_page, SEEDS, SCORING_PAGE, SeedsMeetingPart)

SeedsParticipant *seeds_scoring_page_get_participant    (SeedsScoringPage *self);
guint             seeds_scoring_page_get_n_participants (SeedsScoringPage *self);
void              seeds_scoring_page_select_participant (SeedsScoringPage *self,
                                                         const char       *participant_id);
void              seeds_scoring_page_step_participant   (SeedsScoringPage *self,
                                                         int               direction);
SeedsScoreRow    *seeds_scoring_page_get_row            (SeedsScoringPage *self,
                                                         const char       *factor_id);

G_END_DECLS
