/* seeds-message-slide.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SEEDS_TYPE_MESSAGE_SLIDE (seeds_message_slide_get_type ())

G_DECLARE_FINAL_TYPE (SeedsMessageSlide, seeds_message_slide, SEEDS, MESSAGE_SLIDE, GtkWidget)

GtkWidget *seeds_message_slide_new        (void);
void       seeds_message_slide_set_texts  (SeedsMessageSlide *self,
                                           const char        *heading,
                                           const char        *figure,
                                           const char        *text,
                                           const char        *note);
const char *seeds_message_slide_get_figure (SeedsMessageSlide *self);

G_END_DECLS
