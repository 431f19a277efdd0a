/* seeds-backup-scheduler.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "store/seeds-store-backup.h"

G_BEGIN_DECLS

/* Makes the daily backup of a database while the app is used: a while
 * after start-up and then every hour it checks whether one is due
 * (seeds_store_backup_if_due()), and makes it on a worker thread, so that
 * neither start-up nor the window waits for it. */

#define SEEDS_TYPE_BACKUP_SCHEDULER (seeds_backup_scheduler_get_type ())

G_DECLARE_FINAL_TYPE (SeedsBackupScheduler, seeds_backup_scheduler, SEEDS, BACKUP_SCHEDULER, GObject)

SeedsBackupScheduler *seeds_backup_scheduler_new       (const char           *database_path);
void                  seeds_backup_scheduler_start     (SeedsBackupScheduler *self,
                                                        guint                 first_delay_seconds);
void                  seeds_backup_scheduler_check_now (SeedsBackupScheduler *self);
gboolean              seeds_backup_scheduler_is_busy   (SeedsBackupScheduler *self);
void                  seeds_backup_scheduler_stop      (SeedsBackupScheduler *self);

G_END_DECLS
