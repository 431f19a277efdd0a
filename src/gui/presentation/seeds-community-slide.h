/* seeds-community-slide.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "model/seeds-framework.h"
#include "store/seeds-store.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_COMMUNITY_SLIDE (seeds_community_slide_get_type ())

G_DECLARE_FINAL_TYPE (SeedsCommunitySlide, seeds_community_slide, SEEDS, COMMUNITY_SLIDE, GtkWidget)

GtkWidget  *seeds_community_slide_new         (void);
void        seeds_community_slide_show        (SeedsCommunitySlide *self,
                                               SeedsStore          *store,
                                               SeedsFramework      *framework,
                                               SeedsMeeting        *meeting);
const char *seeds_community_slide_get_figure  (SeedsCommunitySlide *self);
const char *seeds_community_slide_get_missing (SeedsCommunitySlide *self);

G_END_DECLS
