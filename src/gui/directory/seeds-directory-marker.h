/* seeds-directory-marker.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <shumate/shumate.h>

#include "model/seeds-community.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_DIRECTORY_MARKER (seeds_directory_marker_get_type ())

G_DECLARE_FINAL_TYPE (SeedsDirectoryMarker, seeds_directory_marker, SEEDS, DIRECTORY_MARKER, ShumateMarker)

SeedsDirectoryMarker *seeds_directory_marker_new           (SeedsCommunity       *community);
SeedsCommunity       *seeds_directory_marker_get_community (SeedsDirectoryMarker *self);
GtkButton            *seeds_directory_marker_get_button    (SeedsDirectoryMarker *self);
void                  seeds_directory_marker_set_current   (SeedsDirectoryMarker *self,
                                                            gboolean              current);

G_END_DECLS
