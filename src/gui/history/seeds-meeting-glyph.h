/* seeds-meeting-glyph.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SEEDS_TYPE_MEETING_GLYPH (seeds_meeting_glyph_get_type ())

G_DECLARE_FINAL_TYPE (SeedsMeetingGlyph, seeds_meeting_glyph, SEEDS, MEETING_GLYPH, GtkWidget)

GtkWidget *seeds_meeting_glyph_new      (void);
void       seeds_meeting_glyph_set_means (SeedsMeetingGlyph *self,
                                          const double      *means,
                                          guint              n_factors);
char      *seeds_meeting_glyph_describe (const double      *means,
                                         guint              n_factors);

G_END_DECLS
