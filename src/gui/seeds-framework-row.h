/* seeds-framework-row.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/seeds-framework-entry.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_FRAMEWORK_ROW (seeds_framework_row_get_type ())

G_DECLARE_FINAL_TYPE (SeedsFrameworkRow, seeds_framework_row, SEEDS, FRAMEWORK_ROW, AdwComboRow)

void                 seeds_framework_row_set_entries  (SeedsFrameworkRow *self,
                                                       GPtrArray         *entries);
gboolean             seeds_framework_row_select       (SeedsFrameworkRow *self,
                                                       const char        *id,
                                                       guint              edition);
SeedsFrameworkEntry *seeds_framework_row_get_selected (SeedsFrameworkRow *self);

G_END_DECLS
