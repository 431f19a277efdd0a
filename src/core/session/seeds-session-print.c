/* seeds-session-print.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "print/seeds-meeting-report.h"
#include "print/seeds-poster.h"
#include "session/seeds-session-private.h"

/* The documents saved as PDF: a meeting's report and the poster. Each is
 * made in the language asked for, from a catalogue of its own (see
 * seeds-catalog.h), so that nothing of the process changes on the worker;
 * the file is replaced whole, or not at all when the job fails or is
 * cancelled. The poster needs no database. */

typedef struct
{
  char       *meeting_id;
  char       *language;
  char       *base_url;
  SeedsPaper  paper;
  gboolean    landscape;
  GFile      *file;
  /* The poster's framework, looked up in the language of the poster:
   * the one asked for, or else the session's */
  SeedsFrameworkRegistry *frameworks;
  char       *framework_id;
  guint       framework_edition;
} Document;

static void
document_free (gpointer data)
{
  Document *document = data;

  g_free (document->meeting_id);
  g_free (document->language);
  g_free (document->base_url);
  g_object_unref (document->file);
  g_clear_object (&document->frameworks);
  g_free (document->framework_id);
  g_free (document);
}

static Document *
document_new (const char *language,
              GFile      *file)
{
  Document *document = g_new0 (Document, 1);

  document->language = g_strdup (language);
  document->file = g_object_ref (file);

  return document;
}

/* Ends a job that made @pdf, or failed to with @error: saves it unless
 * the job was cancelled meanwhile. */
static void
save_document (GTask        *task,
               Document     *document,
               GBytes       *pdf,
               GError       *error,
               GCancellable *cancellable)
{
  if (pdf == NULL ||
      g_cancellable_set_error_if_cancelled (cancellable, &error) ||
      !seeds_session_save_bytes (pdf, document->file, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/* The report */

static GBytes *
make_report (SeedsStore    *store,
             Document      *document,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(SeedsMeetingSnapshot) snapshot = NULL;
  g_autoptr(SeedsMeetingReport) report = NULL;

  snapshot = seeds_meeting_snapshot_gather (store, document->meeting_id, error);
  if (snapshot == NULL || g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  report = seeds_meeting_report_new_from_snapshot (snapshot, document->language, error);
  if (report == NULL || g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  return seeds_meeting_report_to_pdf (report, error);
}

static void
export_report_job (GTask        *task,
                   SeedsStore   *store,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  Document *document = task_data;
  g_autoptr(GBytes) pdf = NULL;
  GError *error = NULL;

  pdf = make_report (store, document, cancellable, &error);
  save_document (task, document, pdf, error, cancellable);
}

/**
 * seeds_session_export_report_async:
 * @self: a #SeedsSession
 * @meeting_id: the meeting whose report to save
 * @language: the report's language, as "nl" (see seeds_meeting_report_new())
 * @file: the PDF file, replaced whole
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when it is saved
 * @user_data: for @callback
 *
 * Saves the meeting's report, as the database has it now, as a PDF of A4
 * pages (seeds_meeting_report_to_pdf()).
 */
void
seeds_session_export_report_async (SeedsSession        *self,
                                   const char          *meeting_id,
                                   const char          *language,
                                   GFile               *file,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  Document *document;

  g_return_if_fail (SEEDS_IS_SESSION (self));
  g_return_if_fail (meeting_id != NULL);
  g_return_if_fail (language != NULL);
  g_return_if_fail (G_IS_FILE (file));

  document = document_new (language, file);
  document->meeting_id = g_strdup (meeting_id);

  seeds_session_run_job (self, seeds_session_export_report_async, export_report_job,
                         document, document_free, cancellable, callback, user_data);
}

gboolean
seeds_session_export_report_finish (SeedsSession  *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (seeds_session_check_result (self, result,
                                                    seeds_session_export_report_async), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* The poster */

static GBytes *
make_poster (Document      *document,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(SeedsPoster) poster = NULL;
  g_autoptr(SeedsFramework) framework = NULL;

  framework = seeds_framework_registry_lookup (document->frameworks, document->framework_id,
                                               document->framework_edition, document->language, error);
  if (framework == NULL)
    return NULL;

  poster = seeds_poster_new_for_framework (framework, document->language, document->base_url, error);
  if (poster == NULL || g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  if (!seeds_poster_layout (poster, document->paper, document->landscape, error) ||
      g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  return seeds_poster_to_pdf (poster, error);
}

static void
export_poster_job (GTask        *task,
                   SeedsStore   *store,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  Document *document = task_data;
  g_autoptr(GBytes) pdf = NULL;
  GError *error = NULL;

  pdf = make_poster (document, cancellable, &error);
  save_document (task, document, pdf, error, cancellable);
}

/**
 * seeds_session_export_poster_async:
 * @self: a #SeedsSession
 * @framework: (nullable): the framework whose factors the poster asks
 *   about, or %NULL for the research's own
 * @language: the poster's language, one of seeds_factor_site_get_languages()
 * @base_url: (nullable): where the factor pages are, for the QR codes to
 *   link to; %NULL or "" for codes that hold the explanation itself
 * @paper: the paper size
 * @landscape: whether the long side is horizontal
 * @file: the PDF file, replaced whole
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when it is saved
 * @user_data: for @callback
 *
 * Lays the poster of the session's framework out for @paper and saves
 * it as a one-page PDF, as seeds_poster_layout() and
 * seeds_poster_to_pdf() do. It fails when the
 * language or the address cannot be used, or the poster does not fit.
 */
void
seeds_session_export_poster_async (SeedsSession        *self,
                                   SeedsFrameworkEntry *framework,
                                   const char          *language,
                                   const char          *base_url,
                                   SeedsPaper           paper,
                                   gboolean             landscape,
                                   GFile               *file,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  Document *document;

  g_return_if_fail (SEEDS_IS_SESSION (self));
  g_return_if_fail (language != NULL);
  g_return_if_fail (paper < SEEDS_N_PAPERS);
  g_return_if_fail (G_IS_FILE (file));

  document = document_new (language, file);
  document->base_url = g_strdup (base_url);
  document->paper = paper;
  document->landscape = landscape;
  document->frameworks = g_object_ref (seeds_session_get_frameworks (self));
  if (framework != NULL)
    {
      document->framework_id = g_strdup (seeds_framework_entry_get_id (framework));
      document->framework_edition = seeds_framework_entry_get_edition (framework);
    }
  else
    {
      document->framework_id = g_strdup (seeds_framework_get_id (seeds_session_get_framework (self)));
      document->framework_edition = seeds_framework_get_edition (seeds_session_get_framework (self));
    }

  seeds_session_run_storeless_job (self, seeds_session_export_poster_async, export_poster_job,
                                   document, document_free, cancellable, callback, user_data);
}

gboolean
seeds_session_export_poster_finish (SeedsSession  *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (seeds_session_check_result (self, result,
                                                    seeds_session_export_poster_async), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* seeds_session_export_poster_async(), waited for: for the command line */
gboolean
seeds_session_export_poster (SeedsSession  *self,
                             const char    *language,
                             const char    *base_url,
                             SeedsPaper     paper,
                             gboolean       landscape,
                             GFile         *file,
                             GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  SeedsSessionWait wait;

  seeds_session_wait_begin (&wait);
  seeds_session_export_poster_async (self, NULL, language, base_url, paper, landscape, file, NULL,
                                     seeds_session_wait_done, &wait);
  result = seeds_session_wait_end (&wait);

  return seeds_session_export_poster_finish (self, result, error);
}
