/* seeds-directory-row.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "model/seeds-community.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_DIRECTORY_ROW (seeds_directory_row_get_type ())

G_DECLARE_FINAL_TYPE (SeedsDirectoryRow, seeds_directory_row, SEEDS, DIRECTORY_ROW, GtkBox)

GtkWidget      *seeds_directory_row_new             (void);
SeedsCommunity *seeds_directory_row_get_community   (SeedsDirectoryRow *self);
void            seeds_directory_row_set_community   (SeedsDirectoryRow *self,
                                                     SeedsCommunity    *community);
char           *seeds_directory_describe_kind_place (SeedsCommunity    *community);

G_END_DECLS
