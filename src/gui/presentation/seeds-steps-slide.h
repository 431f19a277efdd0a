/* seeds-steps-slide.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "model/seeds-framework.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_STEPS_SLIDE (seeds_steps_slide_get_type ())

G_DECLARE_FINAL_TYPE (SeedsStepsSlide, seeds_steps_slide, SEEDS, STEPS_SLIDE, GtkWidget)

GtkWidget *seeds_steps_slide_new   (const char      *heading,
                                    const char      *empty,
                                    const char      *note);
void       seeds_steps_slide_show  (SeedsStepsSlide *self,
                                    SeedsFramework  *framework,
                                    GPtrArray       *steps);
guint      seeds_steps_slide_get_n_steps (SeedsStepsSlide *self);

void       seeds_steps_list_fill   (GtkBox          *box,
                                    SeedsFramework  *framework,
                                    GPtrArray       *steps);

G_END_DECLS
