/* seeds-window.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "seeds-application.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_WINDOW (seeds_window_get_type ())

G_DECLARE_FINAL_TYPE (SeedsWindow, seeds_window, SEEDS, WINDOW, AdwApplicationWindow)

SeedsWindow *seeds_window_new             (SeedsApplication *application);
void         seeds_window_open_files      (SeedsWindow      *self,
                                           GFile           **files,
                                           guint             n_files);
void         seeds_window_import_files    (SeedsWindow      *self,
                                           GFile           **files,
                                           guint             n_files);
void         seeds_window_save_invitation (SeedsWindow      *self,
                                           GFile            *file);
void         seeds_window_save_csv        (SeedsWindow      *self,
                                           GFile            *file);
void         seeds_window_save_json       (SeedsWindow      *self,
                                           GFile            *file);
void         seeds_window_save_report     (SeedsWindow      *self,
                                           GFile            *file);
void         seeds_window_save_poster     (SeedsWindow      *self,
                                           GFile            *file,
                                           const char       *language,
                                           SeedsPaper        paper,
                                           gboolean          landscape);

G_END_DECLS
