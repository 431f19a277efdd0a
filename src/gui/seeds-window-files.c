/* seeds-window-files.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exchange/seeds-exchange.h"
#include "exchange/seeds-import-job.h"
#include "exchange/seeds-scorecard-window.h"
#include "print/seeds-factor-site.h"
#include "seeds-window-private.h"

/* What the window does with files, each through the session on its
 * worker thread: importing what members and other communities sent,
 * opening an invitation to score it, and saving the invitation, the
 * exports, the report and the poster. The window stays responsive
 * meanwhile; its job bar shows work that takes longer than about half a
 * second, with a Cancel button, and closing the window cancels it. A file
 * is replaced whole or not at all. */

/* (nullable): a job of the window, or NULL when it has no session or the
 * job would write a file that another job still writes */
static SeedsJob *
begin_job (SeedsWindow *self,
           const char  *label,
           GFile       *file)
{
  if (self->session == NULL)
    return NULL;

  return seeds_job_bar_begin (self->job_bar, label, file, self);
}

/* How a save through the session ends, and what a toast says when it
 * worked */
typedef struct
{
  gboolean  (*finish) (SeedsSession  *session,
                       GAsyncResult  *result,
                       GError       **error);
  const char *done;
} Save;

static const Save invitation_save = {
  seeds_session_save_invitation_finish,
  N_("Invitation saved. Members open it to score the meeting on their own computer."),
};
static const Save report_save = { seeds_session_export_report_finish, N_("Report saved.") };
static const Save poster_save = { seeds_session_export_poster_finish, N_("Poster saved.") };

static void
on_saved (GObject      *source_object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(SeedsJob) job = user_data;
  const Save *save = seeds_job_get_data (job);
  g_autoptr(GError) error = NULL;

  save->finish (SEEDS_SESSION (source_object), result, &error);
  seeds_job_end (job, error, _(save->done));
}

/* (nullable): a job of the window that saves @file as @save says, or
 * NULL as for begin_job() */
static SeedsJob *
begin_save (SeedsWindow *self,
            const char  *label,
            GFile       *file,
            const Save  *save)
{
  SeedsJob *job = begin_job (self, label, file);

  if (job != NULL)
    seeds_job_set_data (job, (gpointer) save, NULL);

  return job;
}

/* Importing */

/* Shows the meeting the files were for, on its overview: never the
 * scores of the last card imported (seeds_window_show_group_view()). */
static void
show_import (GtkWindow *window,
             GPtrArray *results)
{
  for (guint i = 0; i < results->len; i++)
    {
      const SeedsImportResult *result = g_ptr_array_index (results, i);

      if (result->meeting_id != NULL)
        {
          seeds_window_show_meeting (SEEDS_WINDOW (window), result->meeting_id);
          seeds_window_show_group_view (SEEDS_WINDOW (window));
          break;
        }
    }
}

/**
 * seeds_window_import_files:
 *
 * Imports invitations, score cards, profiles and community exports, each
 * whole or not at all; then says per file what happened, and shows the
 * meeting they were for.
 */
void
seeds_window_import_files (SeedsWindow  *self,
                           GFile       **files,
                           guint         n_files)
{
  g_return_if_fail (SEEDS_IS_WINDOW (self));

  seeds_import_job_start (GTK_WINDOW (self), self->job_bar, self->session, files, n_files, show_import);
}

/* Opening */

/* A member opened the invitation: a window of their own to score in. */
static void
on_invitation_read (GObject      *source_object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(SeedsJob) job = user_data;
  g_autoptr(SeedsInvitation) invitation = NULL;
  g_autoptr(GError) error = NULL;
  SeedsWindow *self = seeds_job_get_owner (job);
  SeedsScorecardWindow *window;

  invitation = seeds_session_read_invitation_finish (SEEDS_SESSION (source_object), result, &error);
  if (!seeds_job_end (job, error, NULL))
    return;

  window = seeds_scorecard_window_new (GTK_APPLICATION (self->application), self->session,
                                       invitation, self->settings);
  gtk_window_present (GTK_WINDOW (window));
}

/**
 * seeds_window_open_files:
 *
 * What opening files does (double-click, File → Open, dropping them): one
 * invitation opens the window to score that meeting in; anything else is
 * imported.
 */
void
seeds_window_open_files (SeedsWindow  *self,
                         GFile       **files,
                         guint         n_files)
{
  SeedsJob *job;

  g_return_if_fail (SEEDS_IS_WINDOW (self));

  if (!(n_files == 1 && seeds_exchange_file_is_invitation (files[0])))
    {
      seeds_window_import_files (self, files, n_files);
      return;
    }

  if ((job = begin_job (self, _("Opening the invitation…"), NULL)) != NULL)
    seeds_session_read_invitation_async (self->session, files[0], seeds_job_get_cancellable (job),
                                         on_invitation_read, job);
}

/* Saving */

/* Saves the invitation to the meeting shown, for members to score. */
void
seeds_window_save_invitation (SeedsWindow *self,
                              GFile       *file)
{
  SeedsMeeting *meeting;
  SeedsJob *job;

  g_return_if_fail (SEEDS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  meeting = seeds_meeting_view_get_meeting (self->meeting_view);
  if (meeting == NULL ||
      (job = begin_save (self, _("Saving the invitation…"), file, &invitation_save)) == NULL)
    return;

  seeds_session_save_invitation_async (self->session, seeds_meeting_get_id (meeting), file,
                                       seeds_job_get_cancellable (job), on_saved, job);
}

/* The community shown, exported to a file: as a spreadsheet (CSV) or as
 * everything the store holds about it (JSON, see "Community export" in
 * docs/formats.md) */
typedef struct
{
  const char *label;
  const char *done;
  void      (*start)  (SeedsSession        *session,
                       const char          *community_id,
                       GFile               *file,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data);
  GBytes   *(*finish) (SeedsSession        *session,
                       GAsyncResult        *result,
                       GError             **error);
} CommunityExport;

static const CommunityExport csv_export = {
  N_("Exporting the scores…"), N_("Scores exported."),
  seeds_session_export_csv_async, seeds_session_export_csv_finish,
};
static const CommunityExport json_export = {
  N_("Exporting the learning community…"), N_("Learning community exported."),
  seeds_session_export_json_async, seeds_session_export_json_finish,
};

static void
on_community_exported (GObject      *source_object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(SeedsJob) job = user_data;
  const CommunityExport *export = seeds_job_get_data (job);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  bytes = export->finish (SEEDS_SESSION (source_object), result, &error);
  seeds_job_end (job, error, _(export->done));
}

static void
export_community (SeedsWindow           *self,
                  const CommunityExport *export,
                  GFile                 *file)
{
  SeedsJob *job;

  if (self->community == NULL || (job = begin_job (self, _(export->label), file)) == NULL)
    return;

  seeds_job_set_data (job, (gpointer) export, NULL);
  export->start (self->session, seeds_community_get_id (self->community), file,
                 seeds_job_get_cancellable (job), on_community_exported, job);
}

/* Saves every score of the community shown as a spreadsheet (CSV). */
void
seeds_window_save_csv (SeedsWindow *self,
                       GFile       *file)
{
  g_return_if_fail (SEEDS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  export_community (self, &csv_export, file);
}

/* Saves everything the store holds about the community shown as JSON. */
void
seeds_window_save_json (SeedsWindow *self,
                        GFile       *file)
{
  g_return_if_fail (SEEDS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  export_community (self, &json_export, file);
}

/* Saves the report of the meeting shown as a PDF, in the app's language:
 * the print dialog offers the others. */
void
seeds_window_save_report (SeedsWindow *self,
                          GFile       *file)
{
  SeedsMeeting *meeting;
  SeedsJob *job;

  g_return_if_fail (SEEDS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  meeting = seeds_meeting_view_get_meeting (self->meeting_view);
  if (meeting == NULL || (job = begin_save (self, _("Saving the report…"), file, &report_save)) == NULL)
    return;

  seeds_session_export_report_async (self->session, seeds_meeting_get_id (meeting),
                                     seeds_factor_site_get_default_language (), file,
                                     seeds_job_get_cancellable (job), on_saved, job);
}

/**
 * seeds_window_save_poster:
 * @language: the poster's language, as "nl"
 * @paper: the paper it is laid out for
 * @landscape: whether the long side is horizontal
 *
 * Saves the poster as a PDF, with the QR codes the preferences ask for.
 */
void
seeds_window_save_poster (SeedsWindow *self,
                          GFile       *file,
                          const char  *language,
                          SeedsPaper   paper,
                          gboolean     landscape)
{
  g_autofree char *base_url = NULL;
  g_autoptr(SeedsFrameworkEntry) framework = NULL;
  SeedsJob *job;

  g_return_if_fail (SEEDS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (language != NULL);

  if ((job = begin_save (self, _("Saving the poster…"), file, &poster_save)) == NULL)
    return;

  base_url = g_settings_get_string (self->settings, "poster-base-url");
  framework = seeds_window_find_poster_framework (self);
  seeds_session_export_poster_async (self->session, framework, language, base_url, paper, landscape, file,
                                     seeds_job_get_cancellable (job), on_saved, job);
}
