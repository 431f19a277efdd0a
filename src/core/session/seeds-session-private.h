/* seeds-session-private.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "session/seeds-job-queue.h"
#include "session/seeds-session.h"

G_BEGIN_DECLS

/* seeds-session-frameworks.c */
G_GNUC_INTERNAL
SeedsFramework *seeds_session_find_framework (const char  *id,
                                              guint        edition,
                                              gpointer     frameworks,
                                              GError     **error);

/* The session is one object in several files, one per kind of use case;
 * these are what they share. A use case is a SeedsJobFunc, started by
 * seeds_session_run_job() in its _async function, and its _finish. */

G_GNUC_INTERNAL
void          seeds_session_run_job        (SeedsSession        *self,
                                            gpointer             source_tag,
                                            SeedsJobFunc         func,
                                            gpointer             task_data,
                                            GDestroyNotify       task_data_free,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
G_GNUC_INTERNAL
void          seeds_session_run_storeless_job
                                           (SeedsSession        *self,
                                            gpointer             source_tag,
                                            SeedsJobFunc         func,
                                            gpointer             task_data,
                                            GDestroyNotify       task_data_free,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
G_GNUC_INTERNAL
gboolean      seeds_session_save_bytes     (GBytes              *bytes,
                                            GFile               *file,
                                            GCancellable        *cancellable,
                                            GError             **error);
G_GNUC_INTERNAL
void          seeds_session_award_after_work (SeedsStore        *store,
                                            SeedsPointsRules    *rules,
                                            const char          *community_id);
G_GNUC_INTERNAL
gboolean      seeds_session_check_result   (SeedsSession        *self,
                                            GAsyncResult        *result,
                                            gpointer             source_tag);

/* Waiting for a use case to end, for the blocking variants: start it
 * with seeds_session_wait_done() and the wait as callback and data
 * between _begin() and _end(). */
typedef struct
{
  GMainContext *context;
  GAsyncResult *result;
} SeedsSessionWait;

G_GNUC_INTERNAL
void          seeds_session_wait_begin     (SeedsSessionWait    *wait);
G_GNUC_INTERNAL
void          seeds_session_wait_done      (GObject             *source_object,
                                            GAsyncResult        *result,
                                            gpointer             user_data);
G_GNUC_INTERNAL
GAsyncResult *seeds_session_wait_end       (SeedsSessionWait    *wait);

G_END_DECLS
