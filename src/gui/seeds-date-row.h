/* seeds-date-row.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SEEDS_TYPE_DATE_ROW (seeds_date_row_get_type ())

G_DECLARE_FINAL_TYPE (SeedsDateRow, seeds_date_row, SEEDS, DATE_ROW, AdwEntryRow)

const char *seeds_date_row_get_date       (SeedsDateRow *self);
void        seeds_date_row_set_date       (SeedsDateRow *self,
                                           const char   *date);
gboolean    seeds_date_row_get_allow_none (SeedsDateRow *self);
void        seeds_date_row_set_allow_none (SeedsDateRow *self,
                                           gboolean      allow_none);
gboolean    seeds_date_row_get_valid      (SeedsDateRow *self);

G_END_DECLS
