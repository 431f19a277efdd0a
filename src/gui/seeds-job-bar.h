/* seeds-job-bar.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SEEDS_TYPE_JOB_BAR (seeds_job_bar_get_type ())

G_DECLARE_FINAL_TYPE (SeedsJobBar, seeds_job_bar, SEEDS, JOB_BAR, AdwBin)

/* A job that a window runs through the session, begun in its bar */
typedef struct _SeedsJob SeedsJob;

SeedsJob     *seeds_job_bar_begin       (SeedsJobBar  *self,
                                         const char   *label,
                                         GFile        *file,
                                         gpointer      owner);
void          seeds_job_bar_cancel      (SeedsJobBar  *self);
void          seeds_job_bar_close       (SeedsJobBar  *self);
guint         seeds_job_bar_get_n_jobs  (SeedsJobBar  *self);
gboolean      seeds_job_bar_is_shown    (SeedsJobBar  *self);
const char   *seeds_job_bar_get_text    (SeedsJobBar  *self);

GCancellable *seeds_job_get_cancellable (SeedsJob     *job);
gpointer      seeds_job_get_owner       (SeedsJob     *job);
GFile        *seeds_job_get_file        (SeedsJob     *job);
void          seeds_job_set_data        (SeedsJob     *job,
                                         gpointer      data,
                                         GDestroyNotify data_free);
gpointer      seeds_job_get_data        (SeedsJob     *job);
void          seeds_job_set_progress    (SeedsJob     *job,
                                         const char   *label,
                                         double        fraction);
gboolean      seeds_job_end             (SeedsJob     *job,
                                         const GError *error,
                                         const char   *done);
void          seeds_job_free            (SeedsJob     *job);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SeedsJob, seeds_job_free)

G_END_DECLS
