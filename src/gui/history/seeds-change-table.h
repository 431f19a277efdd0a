/* seeds-change-table.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "stats/seeds-community-history.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_CHANGE_TABLE (seeds_change_table_get_type ())

G_DECLARE_FINAL_TYPE (SeedsChangeTable, seeds_change_table, SEEDS, CHANGE_TABLE, GtkWidget)

GtkWidget  *seeds_change_table_new         (void);
void        seeds_change_table_set_changes (SeedsChangeTable *self,
                                            SeedsFramework   *framework,
                                            GArray           *changes,
                                            const char       *then_name,
                                            const char       *now_name);
GtkWidget  *seeds_change_table_get_row     (SeedsChangeTable *self,
                                            guint             position);
char       *seeds_change_table_describe    (SeedsFramework          *framework,
                                            const SeedsFactorChange *change,
                                            const char              *then_name,
                                            const char              *now_name);

G_END_DECLS
