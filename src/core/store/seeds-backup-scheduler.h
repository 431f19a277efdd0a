/* seeds-backup-scheduler.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "store/seeds-store-backup.h"

G_BEGIN_DECLS

/* Checks the whole database and makes its daily backup while the app is
 * used, on a worker thread, so that neither start-up nor the window waits
 * for them: a while after start-up it checks every page
 * (seeds_store_check_database()), which seeds_store_open() leaves out, and
 * then every hour it looks whether a backup is due
 * (seeds_store_backup_is_due()), checks again, and makes it
 * (seeds_store_make_backup()). A check that finds the database damaged
 * stops the backups, so that the good ones stay, and says so (:damaged);
 * the database is left as it is and the store may go on writing to it. */

#define SEEDS_TYPE_BACKUP_SCHEDULER (seeds_backup_scheduler_get_type ())

G_DECLARE_FINAL_TYPE (SeedsBackupScheduler, seeds_backup_scheduler, SEEDS, BACKUP_SCHEDULER, GObject)

SeedsBackupScheduler *seeds_backup_scheduler_new        (const char           *database_path);
void                  seeds_backup_scheduler_start      (SeedsBackupScheduler *self,
                                                         guint                 first_delay_seconds);
void                  seeds_backup_scheduler_check_now  (SeedsBackupScheduler *self);
gboolean              seeds_backup_scheduler_is_busy    (SeedsBackupScheduler *self);
const GError         *seeds_backup_scheduler_get_damage (SeedsBackupScheduler *self);
void                  seeds_backup_scheduler_stop       (SeedsBackupScheduler *self);

G_END_DECLS
