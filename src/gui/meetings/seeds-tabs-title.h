/* seeds-tabs-title.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SEEDS_TYPE_TABS_TITLE (seeds_tabs_title_get_type ())

G_DECLARE_FINAL_TYPE (SeedsTabsTitle, seeds_tabs_title, SEEDS, TABS_TITLE, GtkWidget)

void     seeds_tabs_title_set_stack         (SeedsTabsTitle *self,
                                             AdwViewStack   *stack);
void     seeds_tabs_title_set_title         (SeedsTabsTitle *self,
                                             const char     *title,
                                             const char     *subtitle);
void     seeds_tabs_title_set_tabs_enabled  (SeedsTabsTitle *self,
                                             gboolean        enabled);
gboolean seeds_tabs_title_get_tabs_enabled  (SeedsTabsTitle *self);
gboolean seeds_tabs_title_get_title_visible (SeedsTabsTitle *self);

G_END_DECLS
