/* seeds-store-backup.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "store/seeds-salvage-report.h"

G_BEGIN_DECLS

/* Backups of the database, the check of its every page, and what to do
 * when it is damaged (seeds_store_open() refuses it as
 * SEEDS_STORE_ERROR_CORRUPT, or seeds_store_check_database() finds it):
 * put a backup in its place, or salvage what can still be read. Each
 * function opens SQLite connections of its own and touches no
 * process-wide state, so that it can run on a worker thread (in a GTask)
 * while the main thread keeps using the store. Errors are
 * SEEDS_STORE_ERROR, or G_IO_ERROR_CANCELLED. */

/* How many backups are kept: the newest of the daily ones, and the newest
 * of those made before an update of the database. */
#define SEEDS_STORE_N_DAILY_BACKUPS         7
#define SEEDS_STORE_N_BEFORE_UPDATE_BACKUPS 2
#define SEEDS_STORE_BACKUP_INTERVAL         (24 * G_TIME_SPAN_HOUR)

typedef struct
{
  char      *path;
  GDateTime *time;            /* when it was made, in UTC */
  gboolean   before_update;   /* made before the database was updated */
  int        update_version;  /* the version it was updated to, or 0 */
} SeedsStoreBackup;

#define SEEDS_TYPE_STORE_BACKUP (seeds_store_backup_get_type ())

GType             seeds_store_backup_get_type  (void) G_GNUC_CONST;
SeedsStoreBackup *seeds_store_backup_copy      (const SeedsStoreBackup *backup);
void              seeds_store_backup_free      (SeedsStoreBackup       *backup);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SeedsStoreBackup, seeds_store_backup_free)

char             *seeds_store_get_backup_folder (const char          *database_path);
SeedsStoreBackup *seeds_store_make_backup       (const char          *database_path,
                                                 GCancellable        *cancellable,
                                                 GError             **error);
gboolean          seeds_store_backup_is_due     (const char          *database_path,
                                                 gboolean            *due,
                                                 GError             **error);
gboolean          seeds_store_backup_if_due     (const char          *database_path,
                                                 SeedsStoreBackup   **backup,
                                                 GCancellable        *cancellable,
                                                 GError             **error);
gboolean          seeds_store_check_database    (const char          *database_path,
                                                 GCancellable        *cancellable,
                                                 GError             **error);
GPtrArray        *seeds_store_list_backups      (const char          *database_path,
                                                 GError             **error);
SeedsStoreBackup *seeds_store_find_good_backup  (const char          *database_path,
                                                 GCancellable        *cancellable,
                                                 GError             **error);
gboolean          seeds_store_restore_backup    (const char          *database_path,
                                                 const char          *backup_path,
                                                 char               **kept_path,
                                                 GCancellable        *cancellable,
                                                 GError             **error);
gboolean          seeds_store_salvage           (const char          *database_path,
                                                 char               **kept_path,
                                                 SeedsSalvageReport **report,
                                                 GCancellable        *cancellable,
                                                 GError             **error);

G_END_DECLS
