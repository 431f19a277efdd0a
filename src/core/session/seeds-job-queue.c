/* seeds-job-queue.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "session/seeds-job-queue.h"

/* Runs the session's jobs on one worker thread, one at a time, in the
 * order they came. The worker has a connection of its own to the
 * database, opened when the first job needs it and kept until the queue
 * closes: a transaction of a job never interleaves with one of the main
 * thread. What a job wrote is told on the main thread's store, with
 * SeedsStore::changed, before the job's callback runs, so that views have
 * reloaded by then.
 *
 * Without a database (a queue made with no store), only the jobs that
 * need none run: the others fail.
 *
 * A job is a GTask. The worker borrows it: the job holds it until its
 * callback, so that the last reference to it, and to the session it
 * holds, goes on the thread that started it, never on the worker. */

struct _SeedsJobQueue
{
  GObject       parent_instance;

  SeedsStore   *store;   /* (nullable): the main thread's, told what jobs changed */
  char         *path;    /* (nullable) */
  GThreadPool  *pool;    /* (nullable): one thread, from the first job on */
  GList        *jobs;    /* (element-type Job): those not done yet */
  gboolean      closed;

  /* Used on the worker thread only */
  SeedsStore   *worker_store;
  gpointer      current;  /* the Job running */
};

G_DEFINE_FINAL_TYPE (SeedsJobQueue, seeds_job_queue, G_TYPE_OBJECT)

/* The task's Job */
static GQuark job_quark;

typedef struct
{
  SeedsJobQueue       *queue;
  GTask               *task;
  SeedsJobFunc         func;
  SeedsJobFlags        flags;
  GCancellable        *cancellable;  /* the job's own: the caller's or closing cancels it */
  GCancellable        *caller_cancellable;
  gulong               cancelled_id;
  GAsyncReadyCallback  callback;
  gpointer             user_data;
  SeedsStoreChange     changes;      /* set on the worker, before the task returns */
} Job;

/* Pushed after the last job: the worker closes its connection. */
static int close_marker;

static void
job_free (Job *job)
{
  if (job->caller_cancellable != NULL)
    g_cancellable_disconnect (job->caller_cancellable, job->cancelled_id);
  g_clear_object (&job->caller_cancellable);
  g_clear_object (&job->cancellable);
  g_clear_object (&job->task);
  g_clear_object (&job->queue);
  g_free (job);
}

static void
cancel_job (GCancellable *caller_cancellable,
            GCancellable *cancellable)
{
  g_cancellable_cancel (cancellable);
}

/* The task's callback, on the thread that started the job */
static void
job_done (GObject      *source_object,
          GAsyncResult *result,
          gpointer      user_data)
{
  Job *job = user_data;
  SeedsJobQueue *self = job->queue;

  self->jobs = g_list_remove (self->jobs, job);

  if (job->changes != 0 && self->store != NULL)
    seeds_store_notify_changed (self->store, job->changes);

  if (job->callback != NULL)
    job->callback (source_object, result, job->user_data);

  job_free (job);
}

/**
 * seeds_job_queue_invoke:
 * @task: a job's task
 * @func: what to run
 * @data: for @func
 * @notify: (nullable): frees @data, on the same thread
 *
 * Runs @func in the main context of the thread that started the job,
 * after what was invoked before, and before the job's callback when
 * invoked before the job returned: for progress.
 */
void
seeds_job_queue_invoke (GTask          *task,
                        GSourceFunc     func,
                        gpointer        data,
                        GDestroyNotify  notify)
{
  g_autoptr(GSource) source = g_idle_source_new ();

  /* Never called at once, not even when that context is free: the
   * worker's default context is the main thread's. GTask returns at the
   * same priority, so that this goes first. */
  g_source_set_priority (source, g_task_get_priority (task));
  g_source_set_callback (source, func, data, notify);
  g_source_set_static_name (source, "[seeds] job");
  g_source_attach (source, g_task_get_context (task));
}

static void
on_worker_store_changed (SeedsStore    *store,
                         guint          what,
                         SeedsJobQueue *self)
{
  Job *job = self->current;

  if (job != NULL)
    job->changes |= what;
}

static gboolean
ensure_worker_store (SeedsJobQueue  *self,
                     GError        **error)
{
  if (self->worker_store != NULL)
    return TRUE;

  if (self->path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("The work could not be done because no database is open."));
      return FALSE;
    }

  self->worker_store = seeds_store_open_checked (self->path, error);
  if (self->worker_store == NULL)
    return FALSE;

  g_signal_connect (self->worker_store, "changed", G_CALLBACK (on_worker_store_changed), self);
  return TRUE;
}

static void
close_worker_store (SeedsJobQueue *self)
{
  if (self->worker_store != NULL)
    g_signal_handlers_disconnect_by_data (self->worker_store, self);
  g_clear_object (&self->worker_store);
}

/* On the worker thread. Once the task returned, the thread that started
 * it may free the task and the job at any moment. */
static void
run_job (gpointer data,
         gpointer user_data)
{
  SeedsJobQueue *self = user_data;
  g_autoptr(GError) error = NULL;
  Job *job = data;
  GTask *task;

  if (data == &close_marker)
    {
      close_worker_store (self);
      return;
    }

  task = job->task;

  if (g_task_return_error_if_cancelled (task))
    return;

  if ((job->flags & SEEDS_JOB_NO_STORE) != 0)
    {
      job->func (task, NULL, g_task_get_task_data (task), job->cancellable);
      return;
    }

  if (!ensure_worker_store (self, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  self->current = job;
  job->func (task, self->worker_store, g_task_get_task_data (task), job->cancellable);
  self->current = NULL;
}

static void
seeds_job_queue_finalize (GObject *object)
{
  SeedsJobQueue *self = (SeedsJobQueue *)object;

  seeds_job_queue_close (self);
  g_clear_object (&self->store);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (seeds_job_queue_parent_class)->finalize (object);
}

static void
seeds_job_queue_class_init (SeedsJobQueueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = seeds_job_queue_finalize;

  job_quark = g_quark_from_static_string ("seeds-job-queue-job");
}

static void
seeds_job_queue_init (SeedsJobQueue *self)
{
}

/**
 * seeds_job_queue_new:
 * @store: (nullable): the main thread's store, or %NULL for jobs that
 *   need no database
 *
 * Returns: (transfer full): a queue for jobs on the database of @store;
 *   its thread starts with the first job
 */
SeedsJobQueue *
seeds_job_queue_new (SeedsStore *store)
{
  SeedsJobQueue *self;

  g_return_val_if_fail (store == NULL || SEEDS_IS_STORE (store), NULL);

  self = g_object_new (SEEDS_TYPE_JOB_QUEUE, NULL);
  if (store != NULL)
    {
      self->store = g_object_ref (store);
      self->path = g_strdup (seeds_store_get_path (store));
    }

  return self;
}

/**
 * seeds_job_queue_new_task:
 * @self: a #SeedsJobQueue
 * @source_object: (type GObject): what the job is of
 * @cancellable: (nullable): the caller's
 * @callback: (scope async): called on this thread when the job is done
 * @user_data: for @callback
 *
 * Makes the task of a job, to give its data and a source tag before
 * seeds_job_queue_push(). The task's cancellable is the job's own, which
 * @cancellable cancels, and so does seeds_job_queue_close(). A task
 * returns what its job did even when it was cancelled meanwhile.
 *
 * Returns: (transfer full): the task
 */
GTask *
seeds_job_queue_new_task (SeedsJobQueue       *self,
                          gpointer             source_object,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  Job *job;
  GTask *task;

  g_return_val_if_fail (SEEDS_IS_JOB_QUEUE (self), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);

  job = g_new0 (Job, 1);
  job->queue = g_object_ref (self);
  job->cancellable = g_cancellable_new ();
  job->callback = callback;
  job->user_data = user_data;

  if (cancellable != NULL)
    {
      job->caller_cancellable = g_object_ref (cancellable);
      job->cancelled_id = g_cancellable_connect (cancellable, G_CALLBACK (cancel_job),
                                                 g_object_ref (job->cancellable),
                                                 g_object_unref);
    }

  task = g_task_new (source_object, job->cancellable, job_done, job);
  g_task_set_check_cancellable (task, FALSE);
  g_object_set_qdata (G_OBJECT (task), job_quark, job);
  self->jobs = g_list_prepend (self->jobs, job);

  return task;
}

/**
 * seeds_job_queue_push:
 * @self: a #SeedsJobQueue
 * @task: (transfer full): a task from seeds_job_queue_new_task()
 * @func: the job's work, on the database
 *
 * Queues the job after those already there. Once the queue is closed, the
 * task returns %G_IO_ERROR_CLOSED.
 */
void
seeds_job_queue_push (SeedsJobQueue *self,
                      GTask         *task,
                      SeedsJobFunc   func)
{
  seeds_job_queue_push_full (self, task, func, SEEDS_JOB_DEFAULT);
}

/**
 * seeds_job_queue_push_full:
 * @self: a #SeedsJobQueue
 * @task: (transfer full): a task from seeds_job_queue_new_task()
 * @func: the job's work
 * @flags: what the job needs
 *
 * seeds_job_queue_push(), for a job that may need no database.
 */
void
seeds_job_queue_push_full (SeedsJobQueue *self,
                           GTask         *task,
                           SeedsJobFunc   func,
                           SeedsJobFlags  flags)
{
  Job *job;

  g_return_if_fail (SEEDS_IS_JOB_QUEUE (self));
  g_return_if_fail (G_IS_TASK (task));
  g_return_if_fail (func != NULL);

  job = g_object_get_qdata (G_OBJECT (task), job_quark);
  g_return_if_fail (job != NULL && job->queue == self);

  job->func = func;
  job->flags = flags;
  job->task = task;

  if (self->closed)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CLOSED, "%s",
                               _("The work could not be done because the database was closed."));
      return;
    }

  if (self->pool == NULL)
    {
      g_autoptr(GError) error = NULL;

      self->pool = g_thread_pool_new (run_job, self, 1, TRUE, &error);
      if (self->pool == NULL)
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
    }

  g_thread_pool_push (self->pool, job, NULL);
}

/**
 * seeds_job_queue_close:
 * @self: a #SeedsJobQueue
 *
 * Cancels the jobs not done yet, and waits for the worker to end them
 * and to close its connection to the database. Their tasks return
 * %G_IO_ERROR_CANCELLED, or what they did before they could stop, in the
 * next iterations of their main context.
 */
void
seeds_job_queue_close (SeedsJobQueue *self)
{
  g_return_if_fail (SEEDS_IS_JOB_QUEUE (self));

  if (self->closed)
    return;

  self->closed = TRUE;

  for (GList *l = self->jobs; l != NULL; l = l->next)
    g_cancellable_cancel (((Job *) l->data)->cancellable);

  if (self->pool != NULL)
    {
      g_thread_pool_push (self->pool, &close_marker, NULL);
      g_thread_pool_free (g_steal_pointer (&self->pool), FALSE, TRUE);
    }
}

/**
 * seeds_job_queue_is_idle:
 * @self: a #SeedsJobQueue
 *
 * Returns: whether every job made on this queue is done and its callback
 *   has run
 */
gboolean
seeds_job_queue_is_idle (SeedsJobQueue *self)
{
  g_return_val_if_fail (SEEDS_IS_JOB_QUEUE (self), TRUE);

  return self->jobs == NULL;
}
