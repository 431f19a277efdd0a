/* seeds-session.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "session/seeds-session-private.h"

/* The use cases of the app, without widgets: what a window or the
 * command line asks for, each as an _async/_finish pair that does its
 * work on a worker thread (see seeds-job-queue.c), so that a window stays
 * responsive and can cancel. The session owns the main thread's store,
 * whose SeedsStore::changed tells views what a use case wrote, and the
 * framework, which the worker reads too: it never changes once loaded.
 * A session without a database runs only the use cases that need none:
 * the command line makes the poster so. */

struct _SeedsSession
{
  GObject         parent_instance;

  SeedsStore     *store;      /* (nullable) */
  SeedsFramework *framework;
  SeedsPointsRules *rules;    /* never changes once loaded, like the framework */
  SeedsFrameworkRegistry *frameworks;  /* the worker reads and adds to it too */
  SeedsJobQueue  *queue;
};

G_DEFINE_FINAL_TYPE (SeedsSession, seeds_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_FRAMEWORK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
seeds_session_constructed (GObject *object)
{
  SeedsSession *self = (SeedsSession *)object;
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (seeds_session_parent_class)->constructed (object);

  g_return_if_fail (self->store == NULL || SEEDS_IS_STORE (self->store));
  g_return_if_fail (SEEDS_IS_FRAMEWORK (self->framework));

  self->rules = seeds_points_rules_new_default ();
  self->queue = seeds_job_queue_new (self->store);
  self->frameworks = seeds_framework_registry_new ();

  /* A database whose frameworks cannot be read still opens: its meetings
   * with the built-in ones work, and the others say what is missing. */
  if (self->store != NULL && !seeds_framework_registry_load (self->frameworks, self->store, &error))
    g_warning ("The frameworks of the database cannot be read: %s", error->message);
}

static void
seeds_session_finalize (GObject *object)
{
  SeedsSession *self = (SeedsSession *)object;

  if (self->queue != NULL)
    seeds_job_queue_close (self->queue);
  g_clear_object (&self->queue);
  g_clear_object (&self->store);
  g_clear_object (&self->framework);
  g_clear_object (&self->rules);
  g_clear_object (&self->frameworks);

  G_OBJECT_CLASS (seeds_session_parent_class)->finalize (object);
}

static void
seeds_session_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SeedsSession *self = SEEDS_SESSION (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_FRAMEWORK:
      g_value_set_object (value, self->framework);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
seeds_session_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  SeedsSession *self = SEEDS_SESSION (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_FRAMEWORK:
      self->framework = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
seeds_session_class_init (SeedsSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = seeds_session_constructed;
  object_class->finalize = seeds_session_finalize;
  object_class->get_property = seeds_session_get_property;
  object_class->set_property = seeds_session_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SEEDS_TYPE_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_FRAMEWORK] =
    g_param_spec_object ("framework", NULL, NULL,
                         SEEDS_TYPE_FRAMEWORK,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
seeds_session_init (SeedsSession *self)
{
}

/**
 * seeds_session_new:
 * @store: (nullable): the database, open on this thread; %NULL for a
 *   session of the use cases that need none, as the poster
 * @framework: the framework the app uses
 *
 * Makes the session of the app with @store. Its use cases are started
 * and finish on this thread; their callbacks run in the thread-default
 * main context of their start. The worker thread starts with the first.
 *
 * Returns: (transfer full): the session
 */
SeedsSession *
seeds_session_new (SeedsStore     *store,
                   SeedsFramework *framework)
{
  g_return_val_if_fail (store == NULL || SEEDS_IS_STORE (store), NULL);
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (framework), NULL);

  return g_object_new (SEEDS_TYPE_SESSION,
                       "store", store,
                       "framework", framework,
                       NULL);
}

/* (transfer none) (nullable): the main thread's store */
SeedsStore *
seeds_session_get_store (SeedsSession *self)
{
  g_return_val_if_fail (SEEDS_IS_SESSION (self), NULL);

  return self->store;
}

/* (transfer none) */
SeedsFramework *
seeds_session_get_framework (SeedsSession *self)
{
  g_return_val_if_fail (SEEDS_IS_SESSION (self), NULL);

  return self->framework;
}

/* (transfer none): every framework a meeting can be scored with; safe to
 * use from the worker */
SeedsFrameworkRegistry *
seeds_session_get_frameworks (SeedsSession *self)
{
  g_return_val_if_fail (SEEDS_IS_SESSION (self), NULL);

  return self->frameworks;
}

/* (transfer none): the rules that earn team points (data/points.rules) */
SeedsPointsRules *
seeds_session_get_points_rules (SeedsSession *self)
{
  g_return_val_if_fail (SEEDS_IS_SESSION (self), NULL);

  return self->rules;
}

/* Brings the ledger of @community_id, or of every community of your own
 * when it is NULL, up to date with the work a use case just did, on the
 * worker. An award that fails leaves the work done: the next award
 * catches up, since an award reconciles the ledger with the database. */
void
seeds_session_award_after_work (SeedsStore       *store,
                                SeedsPointsRules *rules,
                                const char       *community_id)
{
  g_autoptr(GPtrArray) communities = NULL;
  g_autoptr(GError) error = NULL;

  if (community_id != NULL)
    {
      if (!seeds_store_award_points (store, community_id, rules, NULL, &error))
        g_warning ("Team points could not be awarded: %s", error->message);
      return;
    }

  if ((communities = seeds_store_list_communities (store, &error)) == NULL)
    {
      g_warning ("Team points could not be awarded: %s", error->message);
      return;
    }

  for (guint i = 0; i < communities->len; i++)
    seeds_session_award_after_work (store, rules,
                                    seeds_community_get_id (g_ptr_array_index (communities, i)));
}

/**
 * seeds_session_close:
 * @self: a #SeedsSession
 *
 * Cancels the use cases not done yet, and waits for the worker thread to
 * end them and close its connection to the database: then the database
 * may be closed, or replaced by a backup. A use case cancelled while it
 * wrote has written each file or record whole or not at all. The
 * callbacks of those cancelled come in the next iterations of their main
 * context; those started afterwards fail with %G_IO_ERROR_CLOSED.
 */
void
seeds_session_close (SeedsSession *self)
{
  g_return_if_fail (SEEDS_IS_SESSION (self));

  seeds_job_queue_close (self->queue);
}

/**
 * seeds_session_is_idle:
 * @self: a #SeedsSession
 *
 * Returns: whether every use case started is done and its callback has
 *   run
 */
gboolean
seeds_session_is_idle (SeedsSession *self)
{
  g_return_val_if_fail (SEEDS_IS_SESSION (self), TRUE);

  return seeds_job_queue_is_idle (self->queue);
}

static GTask *
new_task (SeedsSession        *self,
          gpointer             source_tag,
          gpointer             task_data,
          GDestroyNotify       task_data_free,
          GCancellable        *cancellable,
          GAsyncReadyCallback  callback,
          gpointer             user_data)
{
  GTask *task = seeds_job_queue_new_task (self->queue, self, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, task_data, task_data_free);

  return task;
}

/* Starts a use case: @func runs on the worker thread with @task_data, and
 * @callback is called on this thread with the task as result. */
void
seeds_session_run_job (SeedsSession        *self,
                       gpointer             source_tag,
                       SeedsJobFunc         func,
                       gpointer             task_data,
                       GDestroyNotify       task_data_free,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  seeds_job_queue_push (self->queue,
                        new_task (self, source_tag, task_data, task_data_free,
                                  cancellable, callback, user_data),
                        func);
}

/* seeds_session_run_job() for a use case that needs no database: @func
 * gets none. */
void
seeds_session_run_storeless_job (SeedsSession        *self,
                                 gpointer             source_tag,
                                 SeedsJobFunc         func,
                                 gpointer             task_data,
                                 GDestroyNotify       task_data_free,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  seeds_job_queue_push_full (self->queue,
                             new_task (self, source_tag, task_data, task_data_free,
                                       cancellable, callback, user_data),
                             func, SEEDS_JOB_NO_STORE);
}

/* Replaces @file by @bytes, whole: GIO writes a file of its own next to
 * it and renames that, so that a failure or a cancel leaves the one that
 * was there, and no part of the new one. */
gboolean
seeds_session_save_bytes (GBytes        *bytes,
                          GFile         *file,
                          GCancellable  *cancellable,
                          GError       **error)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  return g_file_replace_contents (file, data, length, NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL, cancellable, error);
}

/* For a use case's _finish */
gboolean
seeds_session_check_result (SeedsSession *self,
                            GAsyncResult *result,
                            gpointer      source_tag)
{
  g_return_val_if_fail (SEEDS_IS_SESSION (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_async_result_is_tagged (result, source_tag), FALSE);

  return TRUE;
}

/* Callbacks and progress of what starts now come to a context of the
 * wait's own, so that waiting runs nothing else of the thread's. */
void
seeds_session_wait_begin (SeedsSessionWait *wait)
{
  wait->context = g_main_context_new ();
  wait->result = NULL;
  g_main_context_push_thread_default (wait->context);
}

void
seeds_session_wait_done (GObject      *source_object,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  SeedsSessionWait *wait = user_data;

  wait->result = g_object_ref (result);
}

/* Returns: (transfer full): the result of what was started */
GAsyncResult *
seeds_session_wait_end (SeedsSessionWait *wait)
{
  while (wait->result == NULL)
    g_main_context_iteration (wait->context, TRUE);

  g_main_context_pop_thread_default (wait->context);
  g_clear_pointer (&wait->context, g_main_context_unref);

  return g_steal_pointer (&wait->result);
}
