/* seeds-timeline.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "stats/seeds-community-history.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_TIMELINE (seeds_timeline_get_type ())

G_DECLARE_FINAL_TYPE (SeedsTimeline, seeds_timeline, SEEDS, TIMELINE, GtkWidget)

GtkWidget *seeds_timeline_new        (void);
void       seeds_timeline_set_history (SeedsTimeline         *self,
                                       SeedsCommunityHistory *history,
                                       guint                  current);
GtkListView *seeds_timeline_get_list_view (SeedsTimeline      *self);
guint      seeds_timeline_get_current (SeedsTimeline         *self);
char      *seeds_timeline_describe_entry (SeedsHistoryEntry  *entry);

G_END_DECLS
