/* seeds-presentation-view.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "factor-panel/seeds-factor-panel.h"
#include "presentation/seeds-factor-slide.h"
#include "meetings/seeds-meeting-part.h"
#include "live/seeds-live-round.h"
#include "stats/seeds-agenda.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_PRESENTATION_VIEW (seeds_presentation_view_get_type ())

G_DECLARE_FINAL_TYPE (SeedsPresentationView, seeds_presentation_view, SEEDS, PRESENTATION_VIEW, SeedsMeetingPart)

void              seeds_presentation_view_set_threshold (SeedsPresentationView *self,
                                                         guint                  threshold);
guint             seeds_presentation_view_get_position  (SeedsPresentationView *self);
void              seeds_presentation_view_set_position  (SeedsPresentationView *self,
                                                         guint                  position);
SeedsAgenda      *seeds_presentation_view_get_agenda    (SeedsPresentationView *self);
guint             seeds_presentation_view_get_factor    (SeedsPresentationView *self);
void              seeds_presentation_view_open_factor   (SeedsPresentationView *self,
                                                         guint                  position);
gboolean          seeds_presentation_view_get_revealed  (SeedsPresentationView *self);
void              seeds_presentation_view_reveal        (SeedsPresentationView *self);
SeedsFactorSlide *seeds_presentation_view_get_slide     (SeedsPresentationView *self,
                                                         const char            *factor_id);
GtkWidget        *seeds_presentation_view_get_stop_slide (SeedsPresentationView *self,
                                                          SeedsAgendaKind        kind);
const char       *seeds_presentation_view_get_progress  (SeedsPresentationView *self);
gboolean          seeds_presentation_view_get_community_shown (SeedsPresentationView *self);
gboolean          seeds_presentation_view_get_findings_visible (SeedsPresentationView *self);
const char       *seeds_presentation_view_get_status    (SeedsPresentationView *self);
SeedsFactorPanel *seeds_presentation_view_get_panel     (SeedsPresentationView *self);
void              seeds_presentation_view_set_screen_width (SeedsPresentationView *self,
                                                            int                    width);
void              seeds_presentation_view_set_live_round (SeedsPresentationView *self,
                                                          SeedsLiveRound        *round);

G_END_DECLS
