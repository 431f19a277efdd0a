/* seeds-effect-row.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "stats/seeds-community-history.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_EFFECT_ROW (seeds_effect_row_get_type ())

G_DECLARE_FINAL_TYPE (SeedsEffectRow, seeds_effect_row, SEEDS, EFFECT_ROW, AdwActionRow)

GtkWidget *seeds_effect_row_new        (SeedsCommunityHistory *history,
                                        const SeedsStepEffect *effect);
char      *seeds_effect_row_describe   (SeedsCommunityHistory *history,
                                        const SeedsStepEffect *effect);
SeedsChange seeds_effect_row_get_change (SeedsEffectRow       *self);

G_END_DECLS
