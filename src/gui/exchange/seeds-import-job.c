/* seeds-import-job.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exchange/seeds-import-dialog.h"
#include "exchange/seeds-import-job.h"

/* Importing files in a window, the same in the main window and the
 * directory window: through the session, as a job of the window's job
 * bar that says how many files are done, then the window shows what
 * came of it and the import dialog says per file what happened. */

typedef struct
{
  SeedsImportedFunc imported;
} Import;

static void
on_progress (guint    n_done,
             guint    n_files,
             gpointer user_data)
{
  g_autofree char *label = NULL;

  label = g_strdup_printf (ngettext ("Importing %u of %u file…", "Importing %u of %u files…", n_files),
                           n_done, n_files);
  seeds_job_set_progress (user_data, label, n_files > 0 ? (double) n_done / n_files : 0);
}

static void
on_imported (GObject      *source_object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(SeedsJob) job = user_data;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  Import *import = seeds_job_get_data (job);
  GtkWindow *window;
  SeedsImportDialog *dialog;

  results = seeds_session_import_files_finish (SEEDS_SESSION (source_object), result, &error);
  if (!seeds_job_end (job, error, NULL))
    return;

  window = seeds_job_get_owner (job);
  import->imported (window, results);
  dialog = seeds_import_dialog_new (window, results);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * seeds_import_job_start:
 * @window: the window that imports, which @job_bar is in
 * @session: (nullable): the session of its database; %NULL when it has
 *   none, and nothing is imported
 * @files: (array length=n_files): invitations, score cards, profiles and
 *   community exports, in any mix
 * @imported: what @window shows of the files imported, once they are
 *
 * Imports @files, each whole or not at all, unless the window goes
 * first: that cancels the import.
 */
void
seeds_import_job_start (GtkWindow          *window,
                        SeedsJobBar        *job_bar,
                        SeedsSession       *session,
                        GFile             **files,
                        guint               n_files,
                        SeedsImportedFunc   imported)
{
  Import *import;
  SeedsJob *job;

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (SEEDS_IS_JOB_BAR (job_bar));
  g_return_if_fail (imported != NULL);

  if (session == NULL || n_files == 0 ||
      (job = seeds_job_bar_begin (job_bar, _("Importing…"), NULL, window)) == NULL)
    return;

  import = g_new0 (Import, 1);
  import->imported = imported;
  seeds_job_set_data (job, import, g_free);
  seeds_session_import_files_async (session, files, n_files, on_progress, job,
                                    seeds_job_get_cancellable (job), on_imported, job);
}
