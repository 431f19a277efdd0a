/* seeds-backup-scheduler.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "store/seeds-backup-scheduler.h"
#include "store/seeds-store.h"

/* How often to look whether the daily backup is due, for an app that
 * stays open for days */
#define CHECK_INTERVAL_SECONDS (60 * 60)

struct _SeedsBackupScheduler
{
  GObject       parent_instance;

  char         *database_path;
  GCancellable *cancellable;
  guint         timeout_id;
  gboolean      busy;
  gboolean      checked;  /* the whole database passed a check */
  GError       *damage;   /* why it is damaged, once a check found it */
};

G_DEFINE_FINAL_TYPE (SeedsBackupScheduler, seeds_backup_scheduler, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DAMAGED,
  N_PROPS
};

enum {
  FINISHED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* What a worker thread is asked to do */
typedef struct
{
  char     *database_path;
  gboolean  check;    /* check even when no backup is due */
  gboolean  checked;  /* set by the thread: the check passed */
} Job;

static void
job_free (Job *job)
{
  g_free (job->database_path);
  g_free (job);
}

static void
seeds_backup_scheduler_dispose (GObject *object)
{
  SeedsBackupScheduler *self = SEEDS_BACKUP_SCHEDULER (object);

  seeds_backup_scheduler_stop (self);

  G_OBJECT_CLASS (seeds_backup_scheduler_parent_class)->dispose (object);
}

static void
seeds_backup_scheduler_finalize (GObject *object)
{
  SeedsBackupScheduler *self = SEEDS_BACKUP_SCHEDULER (object);

  g_clear_pointer (&self->database_path, g_free);
  g_clear_object (&self->cancellable);
  g_clear_error (&self->damage);

  G_OBJECT_CLASS (seeds_backup_scheduler_parent_class)->finalize (object);
}

static void
seeds_backup_scheduler_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  SeedsBackupScheduler *self = SEEDS_BACKUP_SCHEDULER (object);

  switch (prop_id)
    {
    case PROP_DAMAGED:
      g_value_set_boolean (value, self->damage != NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
seeds_backup_scheduler_class_init (SeedsBackupSchedulerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = seeds_backup_scheduler_dispose;
  object_class->finalize = seeds_backup_scheduler_finalize;
  object_class->get_property = seeds_backup_scheduler_get_property;

  /**
   * SeedsBackupScheduler:damaged:
   *
   * Whether a check found the database damaged: see
   * seeds_backup_scheduler_get_damage().
   */
  properties[PROP_DAMAGED] =
    g_param_spec_boolean ("damaged", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SeedsBackupScheduler::finished:
   * @self: the scheduler
   * @backup: (nullable): the backup made, or %NULL when none was due or
   *   it failed
   * @error: (nullable): why it failed
   *
   * Emitted on the main thread after each check, unless it was stopped.
   */
  signals[FINISHED] =
    g_signal_new ("finished",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 2, SEEDS_TYPE_STORE_BACKUP, G_TYPE_ERROR);
}

static void
seeds_backup_scheduler_init (SeedsBackupScheduler *self)
{
  self->cancellable = g_cancellable_new ();
}

/**
 * seeds_backup_scheduler_new:
 * @database_path: a database of ours that the app has open
 *
 * Returns: (transfer full): a scheduler that does nothing until started
 */
SeedsBackupScheduler *
seeds_backup_scheduler_new (const char *database_path)
{
  SeedsBackupScheduler *self;

  g_return_val_if_fail (database_path != NULL, NULL);

  self = g_object_new (SEEDS_TYPE_BACKUP_SCHEDULER, NULL);
  self->database_path = g_strdup (database_path);

  return self;
}

/* The whole database is checked once after it was opened, and again
 * before each backup, so that a damaged database never makes a backup
 * that would push a good one out. */
static void
backup_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(SeedsStoreBackup) backup = NULL;
  g_autoptr(GError) due_error = NULL;
  GError *error = NULL;
  gboolean due = FALSE;

  /* Backups that cannot be listed don't stop the check. */
  if (!seeds_store_backup_is_due (job->database_path, &due, &due_error))
    due = FALSE;

  if ((due || job->check) && !seeds_store_check_database (job->database_path, cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  job->checked = due || job->check;
  if (due_error != NULL)
    error = g_steal_pointer (&due_error);
  else if (due)
    backup = seeds_store_make_backup (job->database_path, cancellable, &error);

  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, g_steal_pointer (&backup), (GDestroyNotify) seeds_store_backup_free);
}

/* What the user is to know: the database stays as it is, and no more
 * backups are made of it, until it is opened again. Writes go on: what
 * the user does meanwhile is saved where it can be. */
static void
set_damaged (SeedsBackupScheduler *self,
             const GError         *error)
{
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_clear_error (&self->damage);
  self->damage = g_error_copy (error);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAMAGED]);
}

static void
backup_done (GObject      *source_object,
             GAsyncResult *result,
             gpointer      user_data)
{
  SeedsBackupScheduler *self = SEEDS_BACKUP_SCHEDULER (source_object);
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(SeedsStoreBackup) backup = NULL;
  g_autoptr(GError) error = NULL;

  self->busy = FALSE;
  backup = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->checked |= job->checked;

  /* A damaged copy means a damaged database, though its pages passed. */
  if (g_error_matches (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_CORRUPT))
    set_damaged (self, error);

  /* Nothing is lost when a backup fails: the database is as it was. The
   * reason goes where a support person would look. */
  if (error != NULL)
    g_printerr ("%s\n", error->message);

  g_signal_emit (self, signals[FINISHED], 0, backup, error);
}

/**
 * seeds_backup_scheduler_check_now:
 *
 * Checks the whole database on a worker thread, the first time or when a
 * backup is due, and makes the backup if it is due and the check passed;
 * unless a check is under way already, or one found the database damaged.
 */
void
seeds_backup_scheduler_check_now (SeedsBackupScheduler *self)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (SEEDS_IS_BACKUP_SCHEDULER (self));

  if (self->busy || self->damage != NULL)
    return;

  self->busy = TRUE;
  job = g_new0 (Job, 1);
  job->database_path = g_strdup (self->database_path);
  job->check = !self->checked;
  task = g_task_new (self, self->cancellable, backup_done, NULL);
  g_task_set_source_tag (task, seeds_backup_scheduler_check_now);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, backup_thread);
}

static gboolean
on_timeout (gpointer user_data)
{
  SeedsBackupScheduler *self = user_data;

  seeds_backup_scheduler_check_now (self);

  if (self->timeout_id != 0)
    g_source_remove (self->timeout_id);
  self->timeout_id = g_timeout_add_seconds (CHECK_INTERVAL_SECONDS, on_timeout, self);

  return G_SOURCE_REMOVE;
}

/**
 * seeds_backup_scheduler_start:
 * @first_delay_seconds: how long after start-up the first check is: the
 *   window comes first
 *
 * Checks after @first_delay_seconds, then every hour, until stopped.
 */
void
seeds_backup_scheduler_start (SeedsBackupScheduler *self,
                              guint                 first_delay_seconds)
{
  g_return_if_fail (SEEDS_IS_BACKUP_SCHEDULER (self));

  if (g_cancellable_is_cancelled (self->cancellable))
    {
      g_object_unref (self->cancellable);
      self->cancellable = g_cancellable_new ();
    }

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->timeout_id = g_timeout_add_seconds (first_delay_seconds, on_timeout, self);
}

gboolean
seeds_backup_scheduler_is_busy (SeedsBackupScheduler *self)
{
  g_return_val_if_fail (SEEDS_IS_BACKUP_SCHEDULER (self), FALSE);

  return self->busy;
}

/**
 * seeds_backup_scheduler_get_damage:
 *
 * Returns: (nullable): why the database is damaged (a
 *   %SEEDS_STORE_ERROR_CORRUPT), once a check found it, or %NULL
 */
const GError *
seeds_backup_scheduler_get_damage (SeedsBackupScheduler *self)
{
  g_return_val_if_fail (SEEDS_IS_BACKUP_SCHEDULER (self), NULL);

  return self->damage;
}

/**
 * seeds_backup_scheduler_stop:
 *
 * Stops the checks and cancels a backup under way, then waits until its
 * thread has let go of the database, so that the database can be closed,
 * moved or removed. A cancelled backup leaves no file behind.
 */
void
seeds_backup_scheduler_stop (SeedsBackupScheduler *self)
{
  g_return_if_fail (SEEDS_IS_BACKUP_SCHEDULER (self));

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_cancellable_cancel (self->cancellable);

  while (self->busy)
    g_main_context_iteration (NULL, TRUE);
}
