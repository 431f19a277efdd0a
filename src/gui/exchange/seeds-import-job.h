/* seeds-import-job.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "seeds-job-bar.h"
#include "session/seeds-session.h"

G_BEGIN_DECLS

/* What a window shows of the files it imported, before the dialog that
 * says per file what happened: @results are SeedsImportResult. */
typedef void (*SeedsImportedFunc) (GtkWindow *window,
                                   GPtrArray *results);

void seeds_import_job_start (GtkWindow          *window,
                             SeedsJobBar        *job_bar,
                             SeedsSession       *session,
                             GFile             **files,
                             guint               n_files,
                             SeedsImportedFunc   imported);

G_END_DECLS
