/* seeds-scores-slide.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "live/seeds-join-panel.h"
#include "live/seeds-live-round.h"
#include "model/seeds-meeting.h"
#include "stats/seeds-meeting-summary.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_SCORES_SLIDE (seeds_scores_slide_get_type ())

G_DECLARE_FINAL_TYPE (SeedsScoresSlide, seeds_scores_slide, SEEDS, SCORES_SLIDE, GtkWidget)

GtkWidget      *seeds_scores_slide_new            (void);
void            seeds_scores_slide_show           (SeedsScoresSlide    *self,
                                                   SeedsMeeting        *meeting,
                                                   SeedsMeetingSummary *summary,
                                                   guint                n_attendees);
void            seeds_scores_slide_set_live_round (SeedsScoresSlide    *self,
                                                   SeedsLiveRound      *round);
const char     *seeds_scores_slide_get_progress   (SeedsScoresSlide    *self);
const char     *seeds_scores_slide_get_figure     (SeedsScoresSlide    *self);
SeedsJoinPanel *seeds_scores_slide_get_join_panel (SeedsScoresSlide    *self);

G_END_DECLS
