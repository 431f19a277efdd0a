/* seeds-directory-window.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "exchange/seeds-profile.h"
#include "session/seeds-session.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_DIRECTORY_WINDOW (seeds_directory_window_get_type ())

G_DECLARE_FINAL_TYPE (SeedsDirectoryWindow, seeds_directory_window, SEEDS, DIRECTORY_WINDOW, AdwWindow)

SeedsDirectoryWindow *seeds_directory_window_show         (GtkWindow            *parent,
                                                           SeedsSession         *session,
                                                           GSettings            *settings);
void                  seeds_directory_window_select       (SeedsDirectoryWindow *self,
                                                           const char           *community_id);
void                  seeds_directory_window_show_all     (SeedsDirectoryWindow *self);
void                  seeds_directory_window_import_files (SeedsDirectoryWindow *self,
                                                           GFile               **files,
                                                           guint                 n_files);
void                  seeds_directory_window_save_profile (SeedsDirectoryWindow *self,
                                                           const char           *community_id,
                                                           SeedsProfileShare     share,
                                                           GFile                *file);

G_END_DECLS
