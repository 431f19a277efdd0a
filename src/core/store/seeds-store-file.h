/* seeds-store-file.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

#include "store/seeds-store.h"

G_BEGIN_DECLS

/* The database file as a whole, for backups, restoring and salvaging:
 * private to the store. The GErrors set here carry a SEEDS_STORE_ERROR
 * code for the cause and a technical message; the public functions put
 * the cause in words for the user. */

#define SEEDS_STORE_BUSY_TIMEOUT_MS 1000

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3, sqlite3_close)

G_GNUC_INTERNAL
gboolean  seeds_store_is_disk_full          (sqlite3       *db,
                                             int            rc);
G_GNUC_INTERNAL
SeedsStoreError
          seeds_store_code_from_sqlite      (sqlite3       *db,
                                             int            rc);
G_GNUC_INTERNAL
const char *
          seeds_store_describe_sqlite       (sqlite3       *db,
                                             int            rc);
G_GNUC_INTERNAL
void      seeds_store_set_cause_from_sqlite (GError       **error,
                                             sqlite3       *db,
                                             int            rc);
G_GNUC_INTERNAL
void      seeds_store_set_cause_from_errno  (GError       **error,
                                             int            errsv);
G_GNUC_INTERNAL
void      seeds_store_set_cause_from_gio    (GError       **error,
                                             const GError  *gio_error);

G_GNUC_INTERNAL
char     *seeds_store_format_time           (GDateTime     *time);
#define SEEDS_STORE_FILE_DATABASE 1

G_GNUC_INTERNAL
guint     seeds_store_find_files            (const char    *path);
G_GNUC_INTERNAL
void      seeds_store_remove_files          (const char    *path,
                                             guint          keep);
G_GNUC_INTERNAL
gboolean  seeds_store_sync_file             (const char    *path,
                                             GError       **error);
G_GNUC_INTERNAL
void      seeds_store_sync_folder           (const char    *dir);

G_GNUC_INTERNAL
gboolean  seeds_store_exec                  (sqlite3       *db,
                                             const char    *sql,
                                             GError       **error);
G_GNUC_INTERNAL
int       seeds_store_query_int             (sqlite3       *db,
                                             const char    *sql,
                                             int           *value);
G_GNUC_INTERNAL
int       seeds_store_run_check             (sqlite3       *db,
                                             const char    *check,
                                             gboolean      *ok);
G_GNUC_INTERNAL
sqlite3  *seeds_store_open_file             (const char    *path,
                                             int            flags,
                                             GError       **error);
G_GNUC_INTERNAL
sqlite3  *seeds_store_open_reader           (const char    *path,
                                             GError       **error);
G_GNUC_INTERNAL
gboolean  seeds_store_check_copy            (sqlite3       *db,
                                             const char    *check,
                                             int           *version,
                                             GError       **error);
G_GNUC_INTERNAL
char     *seeds_store_copy_database         (const char    *source_path,
                                             const char    *dir,
                                             const char    *prefix,
                                             GCancellable  *cancellable,
                                             GError       **error);
G_GNUC_INTERNAL
char     *seeds_store_make_temp_file        (const char    *dir,
                                             const char    *prefix,
                                             GError       **error);

G_GNUC_INTERNAL
sqlite3  *seeds_store_lock_file             (const char    *path,
                                             GError       **error);
G_GNUC_INTERNAL
void      seeds_store_unlock_file           (sqlite3       *lock);
G_GNUC_INTERNAL
gboolean  seeds_store_replace_file          (const char    *path,
                                             const char    *new_path,
                                             char         **kept_path,
                                             GError       **error);

/* In seeds-store-collation.c: how names sort (COLLATE seeds_name) */
G_GNUC_INTERNAL
int       seeds_store_add_collation         (sqlite3       *db);

/* In seeds-store-backup.c, for seeds_store_open() */
G_GNUC_INTERNAL
gboolean  seeds_store_backup_before_update  (const char    *database_path,
                                             int            version,
                                             GError       **error);

G_END_DECLS
