/* seeds-recovery.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "store/seeds-store-backup.h"

G_BEGIN_DECLS

/* What the app offers when its database is damaged (see
 * seeds-store-backup.h), on a worker thread each, so that the window
 * stays responsive while a large file is checked or copied. */

void                 seeds_recovery_find_backup_async  (const char          *database_path,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
SeedsStoreBackup    *seeds_recovery_find_backup_finish (GAsyncResult        *result,
                                                        GError             **error);
void                 seeds_recovery_restore_async      (const char          *database_path,
                                                        const char          *backup_path,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
char                *seeds_recovery_restore_finish     (GAsyncResult        *result,
                                                        GError             **error);
void                 seeds_recovery_salvage_async      (const char          *database_path,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
char                *seeds_recovery_salvage_finish     (GAsyncResult        *result,
                                                        SeedsSalvageReport **report,
                                                        GError             **error);

G_END_DECLS
