/* seeds-dots.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "stats/seeds-factor-stats.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_DOTS (seeds_dots_get_type ())

G_DECLARE_FINAL_TYPE (SeedsDots, seeds_dots, SEEDS, DOTS, GtkWidget)

GtkWidget *seeds_dots_new                (void);
void       seeds_dots_set_stats          (SeedsDots              *self,
                                          const SeedsFactorStats *stats);
guint      seeds_dots_get_count          (SeedsDots              *self,
                                          int                     value);
char      *seeds_dots_describe           (const SeedsFactorStats *stats);

G_END_DECLS
