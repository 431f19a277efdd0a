/* seeds-slide-timer.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SEEDS_TYPE_SLIDE_TIMER (seeds_slide_timer_get_type ())

G_DECLARE_FINAL_TYPE (SeedsSlideTimer, seeds_slide_timer, SEEDS, SLIDE_TIMER, GtkWidget)

void     seeds_slide_timer_set_factor  (SeedsSlideTimer *self,
                                        guint            factor);
void     seeds_slide_timer_toggle      (SeedsSlideTimer *self);
gboolean seeds_slide_timer_get_active  (SeedsSlideTimer *self);
gint64   seeds_slide_timer_get_elapsed (SeedsSlideTimer *self,
                                        guint            factor);

G_END_DECLS
