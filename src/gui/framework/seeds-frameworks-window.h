/* seeds-frameworks-window.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "session/seeds-session.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_FRAMEWORKS_WINDOW (seeds_frameworks_window_get_type ())

G_DECLARE_FINAL_TYPE (SeedsFrameworksWindow, seeds_frameworks_window, SEEDS, FRAMEWORKS_WINDOW, AdwWindow)

SeedsFrameworksWindow *seeds_frameworks_window_new     (GtkWindow             *parent,
                                                        SeedsSession          *session);
GtkListBox            *seeds_frameworks_window_get_list (SeedsFrameworksWindow *self);

G_END_DECLS
