/* seeds-store-file.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* The database file as a whole: private to the store. */

#define SEEDS_STORE_BUSY_TIMEOUT_MS 1000

G_GNUC_INTERNAL
gboolean  seeds_store_is_disk_full          (sqlite3       *db,
                                             int            rc);

#define SEEDS_STORE_FILE_DATABASE 1

G_GNUC_INTERNAL
guint     seeds_store_find_files            (const char    *path);
G_GNUC_INTERNAL
void      seeds_store_remove_files          (const char    *path,
                                             guint          keep);

G_GNUC_INTERNAL
int       seeds_store_query_int             (sqlite3       *db,
                                             const char    *sql,
                                             int           *value);
G_GNUC_INTERNAL
int       seeds_store_run_check             (sqlite3       *db,
                                             const char    *check,
                                             gboolean      *ok);

G_END_DECLS
