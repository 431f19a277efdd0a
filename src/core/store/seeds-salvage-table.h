/* seeds-salvage-table.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "store/seeds-salvage-report.h"

G_BEGIN_DECLS

/* A table of a database as salvaging reads it, and what became of it. */
typedef struct
{
  char     *name;
  char     *quoted;     /* the name for SQL */
  char     *columns;    /* "a", "b", … */
  guint     n_columns;
  GStrv     key;        /* the primary key's columns, quoted */
  GStrv     parents;    /* the tables its foreign keys refer to */
  gboolean  has_rowid;
  gboolean  unreadable;
  guint     n_dropped;
  guint     n_rows;
} SeedsSalvageTable;

G_GNUC_INTERNAL
void                seeds_salvage_table_free             (SeedsSalvageTable  *table);
G_GNUC_INTERNAL
GPtrArray          *seeds_salvage_list_tables            (sqlite3            *db);
G_GNUC_INTERNAL
gboolean            seeds_salvage_drop_orphans           (sqlite3            *db,
                                                          GPtrArray          *tables,
                                                          GError            **error);
G_GNUC_INTERNAL
gboolean            seeds_salvage_count_rows             (sqlite3            *db,
                                                          GPtrArray          *tables,
                                                          GError            **error);
G_GNUC_INTERNAL
SeedsSalvageReport *seeds_salvage_report_new_for_tables  (GPtrArray          *tables);

G_END_DECLS
