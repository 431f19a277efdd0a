/* seeds-scorecard-window.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/seeds-framework.h"
#include "exchange/seeds-invitation.h"
#include "scoring/seeds-score-row.h"
#include "exchange/seeds-scorecard.h"
#include "session/seeds-session.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_SCORECARD_WINDOW (seeds_scorecard_window_get_type ())

G_DECLARE_FINAL_TYPE (SeedsScorecardWindow, seeds_scorecard_window, SEEDS, SCORECARD_WINDOW, AdwWindow)

SeedsScorecardWindow *seeds_scorecard_window_new         (GtkApplication       *application,
                                                          SeedsSession         *session,
                                                          SeedsInvitation      *invitation,
                                                          GSettings            *settings);
SeedsScorecard       *seeds_scorecard_window_get_card    (SeedsScorecardWindow *self);
SeedsScoreRow        *seeds_scorecard_window_get_row     (SeedsScorecardWindow *self,
                                                          const char           *factor_id);
GtkEditable          *seeds_scorecard_window_get_name_row (SeedsScorecardWindow *self);
void                  seeds_scorecard_window_save_to     (SeedsScorecardWindow *self,
                                                          GFile                *file);
gboolean              seeds_scorecard_window_get_saved   (SeedsScorecardWindow *self);

G_END_DECLS
