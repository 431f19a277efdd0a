/* seeds-preferences-window.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SEEDS_TYPE_PREFERENCES_WINDOW (seeds_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (SeedsPreferencesWindow, seeds_preferences_window, SEEDS, PREFERENCES_WINDOW, AdwPreferencesWindow)

SeedsPreferencesWindow *seeds_preferences_window_new (GtkWindow *parent,
                                                      GSettings *settings);

G_END_DECLS
