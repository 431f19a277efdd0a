/* seeds-growth-view.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "print/seeds-growth.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_GROWTH_VIEW (seeds_growth_view_get_type ())

G_DECLARE_FINAL_TYPE (SeedsGrowthView, seeds_growth_view, SEEDS, GROWTH_VIEW, GtkWidget)

GtkWidget   *seeds_growth_view_new      (void);
void         seeds_growth_view_set_work (SeedsGrowthView       *self,
                                         const SeedsGrowthWork *work);
SeedsGrowth *seeds_growth_view_get_growth (SeedsGrowthView     *self);

G_END_DECLS
