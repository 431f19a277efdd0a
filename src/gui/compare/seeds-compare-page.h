/* seeds-compare-page.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "compare/seeds-compare-row.h"
#include "meetings/seeds-meeting-part.h"
#include "stats/seeds-peer-comparison.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_COMPARE_PAGE (seeds_compare_page_get_type ())

G_DECLARE_FINAL_TYPE (SeedsComparePage, seeds_compare_page, SEEDS, COMPARE_PAGE, SeedsMeetingPart)

SeedsPeerComparison *seeds_compare_page_get_comparison (SeedsComparePage *self);
const char          *seeds_compare_page_get_state      (SeedsComparePage *self);
SeedsCompareRow     *seeds_compare_page_get_row        (SeedsComparePage *self,
                                                        const char       *factor_id);

G_END_DECLS
