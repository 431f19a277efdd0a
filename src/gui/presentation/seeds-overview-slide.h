/* seeds-overview-slide.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "model/seeds-framework.h"
#include "stats/seeds-meeting-summary.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_OVERVIEW_SLIDE (seeds_overview_slide_get_type ())

G_DECLARE_FINAL_TYPE (SeedsOverviewSlide, seeds_overview_slide, SEEDS, OVERVIEW_SLIDE, GtkWidget)

GtkWidget *seeds_overview_slide_new  (SeedsFramework      *framework);
void       seeds_overview_slide_show (SeedsOverviewSlide  *self,
                                      SeedsMeetingSummary *summary,
                                      const guint         *order,
                                      guint                n_order,
                                      gboolean             revealed,
                                      guint                threshold);
GtkWidget *seeds_overview_slide_get_tile (SeedsOverviewSlide *self,
                                          guint               position);

G_END_DECLS
