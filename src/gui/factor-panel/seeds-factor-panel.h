/* seeds-factor-panel.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "meetings/seeds-meeting-part.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_FACTOR_PANEL (seeds_factor_panel_get_type ())

G_DECLARE_FINAL_TYPE (SeedsFactorPanel, seeds_factor_panel, SEEDS, FACTOR_PANEL, SeedsMeetingPart)

SeedsFactor *seeds_factor_panel_get_factor    (SeedsFactorPanel *self);
void         seeds_factor_panel_set_factor    (SeedsFactorPanel *self,
                                               SeedsFactor      *factor);
void         seeds_factor_panel_add_next_step (SeedsFactorPanel *self);
void         seeds_factor_panel_set_shared    (SeedsFactorPanel *self,
                                               gboolean          revealed,
                                               guint             threshold);
GtkListBox  *seeds_factor_panel_get_steps_list (SeedsFactorPanel *self);
GtkListBox  *seeds_factor_panel_get_peers_list (SeedsFactorPanel *self);
const char  *seeds_factor_panel_get_learn_text (SeedsFactorPanel *self);

G_END_DECLS
