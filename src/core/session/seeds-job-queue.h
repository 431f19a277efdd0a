/* seeds-job-queue.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "store/seeds-store.h"

G_BEGIN_DECLS

/* The work of a job, on the worker thread: it reads and writes through
 * @store, the worker's own connection, and ends with one of the
 * g_task_return_*() functions, as the last thing it does. */
typedef void (*SeedsJobFunc) (GTask        *task,
                              SeedsStore   *store,
                              gpointer      task_data,
                              GCancellable *cancellable);

/* What a job needs besides the worker */
typedef enum
{
  SEEDS_JOB_DEFAULT  = 0,
  SEEDS_JOB_NO_STORE = 1 << 0,  /* no database: its SeedsJobFunc gets a %NULL store */
} SeedsJobFlags;

#define SEEDS_TYPE_JOB_QUEUE (seeds_job_queue_get_type ())

G_DECLARE_FINAL_TYPE (SeedsJobQueue, seeds_job_queue, SEEDS, JOB_QUEUE, GObject)

SeedsJobQueue *seeds_job_queue_new      (SeedsStore          *store);
GTask         *seeds_job_queue_new_task (SeedsJobQueue       *self,
                                         gpointer             source_object,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
void           seeds_job_queue_push     (SeedsJobQueue       *self,
                                         GTask               *task,
                                         SeedsJobFunc         func);
void           seeds_job_queue_push_full (SeedsJobQueue      *self,
                                          GTask              *task,
                                          SeedsJobFunc        func,
                                          SeedsJobFlags       flags);
void           seeds_job_queue_invoke   (GTask               *task,
                                         GSourceFunc          func,
                                         gpointer             data,
                                         GDestroyNotify       notify);
void           seeds_job_queue_close    (SeedsJobQueue       *self);
gboolean       seeds_job_queue_is_idle  (SeedsJobQueue       *self);

G_END_DECLS
