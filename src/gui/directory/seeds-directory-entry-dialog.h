/* seeds-directory-entry-dialog.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/seeds-community.h"
#include "seeds-form-dialog.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_DIRECTORY_ENTRY_DIALOG (seeds_directory_entry_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SeedsDirectoryEntryDialog, seeds_directory_entry_dialog, SEEDS, DIRECTORY_ENTRY_DIALOG,
                      SeedsFormDialog)

SeedsDirectoryEntryDialog *seeds_directory_entry_dialog_new           (GtkWindow                 *parent,
                                                                       SeedsCommunity            *community);
SeedsCommunity            *seeds_directory_entry_dialog_get_community (SeedsDirectoryEntryDialog *self);
SeedsCommunityOrigin       seeds_directory_entry_dialog_get_origin    (SeedsDirectoryEntryDialog *self);
char                      *seeds_directory_entry_dialog_get_name      (SeedsDirectoryEntryDialog *self);
SeedsCommunityProfile     *seeds_directory_entry_dialog_get_profile   (SeedsDirectoryEntryDialog *self,
                                                                       GError                   **error);
void                       seeds_directory_entry_dialog_show_error    (SeedsDirectoryEntryDialog *self,
                                                                       const GError              *error);
GtkTextView               *seeds_directory_entry_dialog_get_text_view (SeedsDirectoryEntryDialog *self,
                                                                       const char                *name);

gboolean                   seeds_directory_parse_location             (const char                *latitude,
                                                                       const char                *longitude,
                                                                       gboolean                  *has_location,
                                                                       double                    *latitude_out,
                                                                       double                    *longitude_out,
                                                                       GError                   **error);

G_END_DECLS
