/* seeds-live-bar.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "live/seeds-live-round.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_LIVE_BAR (seeds_live_bar_get_type ())

G_DECLARE_FINAL_TYPE (SeedsLiveBar, seeds_live_bar, SEEDS, LIVE_BAR, AdwBin)

void        seeds_live_bar_set_round (SeedsLiveBar   *self,
                                      SeedsLiveRound *round,
                                      const char     *meeting_title);
const char *seeds_live_bar_get_text  (SeedsLiveBar   *self);

G_END_DECLS
