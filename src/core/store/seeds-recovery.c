/* seeds-recovery.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "store/seeds-recovery.h"

typedef struct
{
  char               *database_path;
  char               *backup_path;
  char               *kept_path;   /* where the damaged file went */
  SeedsSalvageReport *report;
} Job;

static void
job_free (Job *job)
{
  g_free (job->database_path);
  g_free (job->backup_path);
  g_free (job->kept_path);
  g_clear_pointer (&job->report, seeds_salvage_report_free);
  g_free (job);
}

static GTask *
job_task_new (const char          *database_path,
              const char          *backup_path,
              GCancellable        *cancellable,
              GAsyncReadyCallback  callback,
              gpointer             user_data,
              gpointer             source_tag)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);
  Job *job = g_new0 (Job, 1);

  job->database_path = g_strdup (database_path);
  job->backup_path = g_strdup (backup_path);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_set_source_tag (task, source_tag);

  return task;
}

static void
find_backup_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;
  SeedsStoreBackup *backup = seeds_store_find_good_backup (job->database_path, cancellable, &error);

  if (backup == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, backup, (GDestroyNotify) seeds_store_backup_free);
}

/**
 * seeds_recovery_find_backup_async:
 *
 * Finds the newest good backup of @database_path with
 * seeds_store_find_good_backup(), which opens and checks each backup.
 */
void
seeds_recovery_find_backup_async (const char          *database_path,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (database_path != NULL);

  task = job_task_new (database_path, NULL, cancellable, callback, user_data,
                       seeds_recovery_find_backup_async);
  g_task_run_in_thread (task, find_backup_thread);
}

/**
 * seeds_recovery_find_backup_finish:
 *
 * Returns: (transfer full): the backup, or %NULL with @error set:
 *   SEEDS_STORE_ERROR_NOT_FOUND when there is no good one
 */
SeedsStoreBackup *
seeds_recovery_find_backup_finish (GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
restore_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;

  if (seeds_store_restore_backup (job->database_path, job->backup_path, &job->kept_path,
                                  cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * seeds_recovery_restore_async:
 *
 * Puts @backup_path in the place of the damaged @database_path with
 * seeds_store_restore_backup().
 */
void
seeds_recovery_restore_async (const char          *database_path,
                              const char          *backup_path,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (database_path != NULL);
  g_return_if_fail (backup_path != NULL);

  task = job_task_new (database_path, backup_path, cancellable, callback, user_data,
                       seeds_recovery_restore_async);
  g_task_run_in_thread (task, restore_thread);
}

/**
 * seeds_recovery_restore_finish:
 *
 * Returns: (transfer full): where the damaged database was kept, or %NULL
 *   with @error set
 */
char *
seeds_recovery_restore_finish (GAsyncResult  *result,
                               GError       **error)
{
  Job *job;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;

  job = g_task_get_task_data (G_TASK (result));
  return g_steal_pointer (&job->kept_path);
}

static void
salvage_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;

  if (seeds_store_salvage (job->database_path, &job->kept_path, &job->report, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * seeds_recovery_salvage_async:
 *
 * Reads what can be read of the damaged @database_path into a new
 * database in its place with seeds_store_salvage().
 */
void
seeds_recovery_salvage_async (const char          *database_path,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (database_path != NULL);

  task = job_task_new (database_path, NULL, cancellable, callback, user_data,
                       seeds_recovery_salvage_async);
  g_task_run_in_thread (task, salvage_thread);
}

/**
 * seeds_recovery_salvage_finish:
 * @report: (out) (transfer full): what could be salvaged
 *
 * Returns: (transfer full): where the damaged database was kept, or %NULL
 *   with @error set
 */
char *
seeds_recovery_salvage_finish (GAsyncResult        *result,
                               SeedsSalvageReport **report,
                               GError             **error)
{
  Job *job;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (report != NULL, NULL);

  *report = NULL;
  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;

  job = g_task_get_task_data (G_TASK (result));
  *report = g_steal_pointer (&job->report);
  return g_steal_pointer (&job->kept_path);
}
