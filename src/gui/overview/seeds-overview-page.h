/* seeds-overview-page.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "overview/seeds-factor-summary-row.h"
#include "meetings/seeds-meeting-part.h"
#include "stats/seeds-meeting-summary.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_OVERVIEW_PAGE (seeds_overview_page_get_type ())

G_DECLARE_FINAL_TYPE (SeedsOverviewPage, seeds_overview_page, SEEDS, OVERVIEW_PAGE, SeedsMeetingPart)

SeedsMeetingSummary   *seeds_overview_page_get_summary        (SeedsOverviewPage *self);
GtkListBox            *seeds_overview_page_get_attention_list (SeedsOverviewPage *self);
GtkToggleButton       *seeds_overview_page_get_perspectives_button (SeedsOverviewPage *self);
SeedsFactorSummaryRow *seeds_overview_page_get_row            (SeedsOverviewPage *self,
                                                               const char        *factor_id);

G_END_DECLS
