/* seeds-presentation-window.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "presentation/seeds-presentation-view.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_PRESENTATION_WINDOW (seeds_presentation_window_get_type ())

G_DECLARE_FINAL_TYPE (SeedsPresentationWindow, seeds_presentation_window, SEEDS, PRESENTATION_WINDOW, AdwWindow)

SeedsPresentationWindow *seeds_presentation_window_new      (GtkWindow               *parent,
                                                             SeedsStore              *store,
                                                             SeedsFramework          *framework,
                                                             SeedsMeeting            *meeting,
                                                             GSettings               *settings);
SeedsPresentationView   *seeds_presentation_window_get_view (SeedsPresentationWindow *self);

G_END_DECLS
