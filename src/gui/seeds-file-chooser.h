/* seeds-file-chooser.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* What a window does with the files chosen; never called when none was,
 * or when the window went first. */
typedef void (*SeedsFileChosenFunc)  (GtkWindow  *parent,
                                      GFile      *file,
                                      gpointer    user_data);
typedef void (*SeedsFilesChosenFunc) (GtkWindow  *parent,
                                      GFile     **files,
                                      guint       n_files,
                                      gpointer    user_data);

void seeds_file_chooser_save (GtkWindow            *parent,
                              const char           *title,
                              const char           *filter_name,
                              const char           *name,
                              const char           *suffix,
                              SeedsFileChosenFunc   callback,
                              gpointer              user_data,
                              GDestroyNotify        notify);
void seeds_file_chooser_open (GtkWindow            *parent,
                              const char           *title,
                              const char           *accept_label,
                              GtkFileFilter        *filter,
                              SeedsFilesChosenFunc  callback,
                              gpointer              user_data,
                              GDestroyNotify        notify);
void seeds_file_chooser_folder (GtkWindow           *parent,
                                const char          *title,
                                const char          *accept_label,
                                SeedsFileChosenFunc  callback,
                                gpointer             user_data,
                                GDestroyNotify       notify);

G_END_DECLS
