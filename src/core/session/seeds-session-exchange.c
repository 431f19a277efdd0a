/* seeds-session-exchange.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "exchange/seeds-community-export.h"
#include "exchange/seeds-csv.h"
#include "exchange/seeds-invitation.h"
#include "exchange/seeds-profile-export.h"
#include "session/seeds-framework-import.h"
#include "session/seeds-session-private.h"

/* The files to and from outside: importing what a facilitator gathered,
 * the exports, and saving an invitation or a score card. Each file is
 * replaced whole (g_file_replace_contents()), so that a failure or a
 * cancel leaves the one that was there. */

/* Import */

typedef struct
{
  GPtrArray               *files;
  SeedsFramework          *framework;
  SeedsFrameworkRegistry  *frameworks;
  SeedsPointsRules        *rules;
  SeedsImportProgressFunc  progress;
  gpointer                 progress_data;
  GTask                   *task;       /* while the job runs */
  guint                    n_done;     /* atomic, like the two below */
  guint                    n_files;
  int                      reporting;  /* whether a report is on its way */
} Import;

static void
import_free (gpointer data)
{
  Import *import = data;

  g_ptr_array_unref (import->files);
  g_object_unref (import->framework);
  g_object_unref (import->frameworks);
  g_object_unref (import->rules);
  g_free (import);
}

/* On the thread of the call, before the import's callback */
static gboolean
report_progress (gpointer data)
{
  GTask *task = data;
  Import *import = g_task_get_task_data (task);

  g_atomic_int_set (&import->reporting, FALSE);

  if (!g_task_get_completed (task))
    import->progress ((guint) g_atomic_int_get (&import->n_done),
                      (guint) g_atomic_int_get (&import->n_files),
                      import->progress_data);

  return G_SOURCE_REMOVE;
}

/* On the worker: what is not reported yet is reported once */
static void
on_import_progress (guint    n_done,
                    guint    n_files,
                    gpointer user_data)
{
  Import *import = user_data;

  g_atomic_int_set (&import->n_done, (int) n_done);
  g_atomic_int_set (&import->n_files, (int) n_files);

  if (import->progress != NULL && g_atomic_int_compare_and_exchange (&import->reporting, FALSE, TRUE))
    seeds_job_queue_invoke (import->task, report_progress, g_object_ref (import->task), g_object_unref);
}

static void
import_files_job (GTask        *task,
                  SeedsStore   *store,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  Import *import = task_data;
  g_autoptr(GPtrArray) frameworks = NULL;
  g_autoptr(GPtrArray) rest = NULL;
  GError *error = NULL;
  GPtrArray *results;

  /* Frameworks first: the other files' results follow theirs. */
  import->task = task;
  frameworks = seeds_framework_import_split (import->frameworks, store, import->files, &rest,
                                             cancellable);
  results = seeds_importer_import_files_full (store, import->framework,
                                              seeds_session_find_framework, import->frameworks,
                                              (GFile **) rest->pdata, rest->len,
                                              on_import_progress, import, cancellable, &error);
  if (results != NULL)
    {
      g_ptr_array_extend_and_steal (frameworks, results);
      results = g_steal_pointer (&frameworks);
    }

  /* Cancelled too: the files imported by then stay, and count. */
  seeds_session_award_after_work (store, import->rules, NULL);

  if (results == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, results, (GDestroyNotify) g_ptr_array_unref);
}

/**
 * seeds_session_import_files_async:
 * @self: a #SeedsSession
 * @files: (array length=n_files): invitations, score cards, profiles and
 *   community exports, in any mix
 * @n_files: the number of @files
 * @progress: (nullable) (scope async): told how many of the files are
 *   done, on this thread, never after @callback
 * @progress_data: for @progress, valid until @callback
 * @cancellable: (nullable): stops the import between two files
 * @callback: called when the import is done
 * @user_data: for @callback
 *
 * Imports the files as seeds_importer_import_files() does: each file whole
 * or not at all, with a result for each. Cancelled, the import stops
 * between two files: those imported by then stay, each whole.
 */
void
seeds_session_import_files_async (SeedsSession             *self,
                                  GFile                   **files,
                                  guint                     n_files,
                                  SeedsImportProgressFunc   progress,
                                  gpointer                  progress_data,
                                  GCancellable             *cancellable,
                                  GAsyncReadyCallback       callback,
                                  gpointer                  user_data)
{
  Import *import;

  g_return_if_fail (SEEDS_IS_SESSION (self));
  g_return_if_fail (files != NULL || n_files == 0);

  import = g_new0 (Import, 1);
  import->files = g_ptr_array_new_full (n_files, g_object_unref);
  for (guint i = 0; i < n_files; i++)
    g_ptr_array_add (import->files, g_object_ref (files[i]));
  import->framework = g_object_ref (seeds_session_get_framework (self));
  import->frameworks = g_object_ref (seeds_session_get_frameworks (self));
  import->rules = g_object_ref (seeds_session_get_points_rules (self));
  import->progress = progress;
  import->progress_data = progress_data;
  import->n_files = n_files;

  seeds_session_run_job (self, seeds_session_import_files_async, import_files_job,
                         import, import_free, cancellable, callback, user_data);
}

/**
 * seeds_session_import_files_finish:
 * @self: a #SeedsSession
 * @result: the result given to the callback
 * @error: return location for %G_IO_ERROR_CANCELLED
 *
 * Returns: (transfer container) (element-type SeedsImportResult): what
 *   happened to each file, in the order of the files, or %NULL when
 *   cancelled
 */
GPtrArray *
seeds_session_import_files_finish (SeedsSession  *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (seeds_session_check_result (self, result,
                                                    seeds_session_import_files_async), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * seeds_session_import_files:
 *
 * seeds_session_import_files_async(), waited for: for the command line.
 */
GPtrArray *
seeds_session_import_files (SeedsSession  *self,
                            GFile        **files,
                            guint          n_files,
                            GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  SeedsSessionWait wait;

  seeds_session_wait_begin (&wait);
  seeds_session_import_files_async (self, files, n_files, NULL, NULL, NULL,
                                    seeds_session_wait_done, &wait);
  result = seeds_session_wait_end (&wait);

  return seeds_session_import_files_finish (self, result, error);
}

/* Exports */

typedef GBytes *(*ExportFunc) (SeedsStore      *store,
                               SeedsFramework  *framework,
                               const char      *community_id,
                               GError         **error);

typedef struct
{
  ExportFunc         func;
  SeedsFramework    *framework;
  SeedsPointsRules  *rules;
  char              *community_id;
  SeedsProfileShare  share;
  GFile             *file;  /* (nullable) */
} Export;

static Export *
export_new (SeedsSession *self,
            ExportFunc    func,
            const char   *community_id,
            GFile        *file)
{
  Export *export = g_new0 (Export, 1);

  export->func = func;
  export->framework = g_object_ref (seeds_session_get_framework (self));
  export->rules = g_object_ref (seeds_session_get_points_rules (self));
  export->community_id = g_strdup (community_id);
  export->file = file != NULL ? g_object_ref (file) : NULL;

  return export;
}

static void
export_free (gpointer data)
{
  Export *export = data;

  g_object_unref (export->framework);
  g_object_unref (export->rules);
  g_free (export->community_id);
  g_clear_object (&export->file);
  g_free (export);
}

static void
export_job (GTask        *task,
            SeedsStore   *store,
            gpointer      task_data,
            GCancellable *cancellable)
{
  Export *export = task_data;
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;

  bytes = export->func (store, export->framework, export->community_id, &error);

  if (bytes == NULL ||
      g_cancellable_set_error_if_cancelled (cancellable, &error) ||
      (export->file != NULL && !seeds_session_save_bytes (bytes, export->file, cancellable, &error)))
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, g_steal_pointer (&bytes), (GDestroyNotify) g_bytes_unref);
}

static GBytes *
export_csv (SeedsStore      *store,
            SeedsFramework  *framework,
            const char      *community_id,
            GError         **error)
{
  return seeds_csv_export (store, framework, community_id, error);
}

static GBytes *
export_json (SeedsStore      *store,
             SeedsFramework  *framework,
             const char      *community_id,
             GError         **error)
{
  return seeds_community_export_json (store, community_id, error);
}

static GBytes *
finish_export (SeedsSession  *self,
               GAsyncResult  *result,
               gpointer       source_tag,
               GError       **error)
{
  g_return_val_if_fail (seeds_session_check_result (self, result, source_tag), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * seeds_session_export_csv_async:
 * @self: a #SeedsSession
 * @community_id: (nullable): the learning community whose scores to
 *   export, or %NULL for all
 * @file: (nullable): the file to save them in, replaced whole; %NULL to
 *   have them only in the result
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the export is done
 * @user_data: for @callback
 *
 * Exports the scores as seeds_csv_export() does.
 */
void
seeds_session_export_csv_async (SeedsSession        *self,
                                const char          *community_id,
                                GFile               *file,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_return_if_fail (SEEDS_IS_SESSION (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  seeds_session_run_job (self, seeds_session_export_csv_async, export_job,
                         export_new (self, export_csv, community_id, file), export_free,
                         cancellable, callback, user_data);
}

/* Returns: (transfer full): the CSV, as saved, or %NULL with @error set */
GBytes *
seeds_session_export_csv_finish (SeedsSession  *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return finish_export (self, result, seeds_session_export_csv_async, error);
}

/* seeds_session_export_csv_async(), waited for: for the command line */
GBytes *
seeds_session_export_csv (SeedsSession  *self,
                          const char    *community_id,
                          GFile         *file,
                          GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  SeedsSessionWait wait;

  seeds_session_wait_begin (&wait);
  seeds_session_export_csv_async (self, community_id, file, NULL, seeds_session_wait_done, &wait);
  result = seeds_session_wait_end (&wait);

  return seeds_session_export_csv_finish (self, result, error);
}

/**
 * seeds_session_export_json_async:
 * @self: a #SeedsSession
 * @community_id: (nullable): the learning community to export, or %NULL
 *   for all your own
 * @file: (nullable): the file to save it in, replaced whole; %NULL to
 *   have it only in the result
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the export is done
 * @user_data: for @callback
 *
 * Exports everything about the communities as
 * seeds_community_export_json() does.
 */
void
seeds_session_export_json_async (SeedsSession        *self,
                                 const char          *community_id,
                                 GFile               *file,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (SEEDS_IS_SESSION (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  seeds_session_run_job (self, seeds_session_export_json_async, export_job,
                         export_new (self, export_json, community_id, file), export_free,
                         cancellable, callback, user_data);
}

/* Returns: (transfer full): the JSON, as saved, or %NULL with @error set */
GBytes *
seeds_session_export_json_finish (SeedsSession  *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return finish_export (self, result, seeds_session_export_json_async, error);
}

/* seeds_session_export_json_async(), waited for: for the command line */
GBytes *
seeds_session_export_json (SeedsSession  *self,
                           const char    *community_id,
                           GFile         *file,
                           GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  SeedsSessionWait wait;

  seeds_session_wait_begin (&wait);
  seeds_session_export_json_async (self, community_id, file, NULL, seeds_session_wait_done, &wait);
  result = seeds_session_wait_end (&wait);

  return seeds_session_export_json_finish (self, result, error);
}

static void
award_profile_shared (SeedsStore       *store,
                      SeedsPointsRules *rules,
                      const char       *community_id)
{
  g_autoptr(GError) error = NULL;

  if (!seeds_store_award_profile_shared (store, community_id, rules, NULL, &error))
    g_warning ("Team points could not be awarded: %s", error->message);
  seeds_session_award_after_work (store, rules, community_id);
}

static void
export_profile_job (GTask        *task,
                    SeedsStore   *store,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  Export *export = task_data;
  g_autoptr(SeedsProfile) profile = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;

  profile = seeds_profile_export_new (store, export->framework, export->community_id,
                                      export->share, &error);
  if (profile != NULL)
    bytes = seeds_profile_to_bytes (profile);

  if (profile == NULL ||
      g_cancellable_set_error_if_cancelled (cancellable, &error) ||
      (export->file != NULL && !seeds_session_save_bytes (bytes, export->file, cancellable, &error)))
    {
      g_task_return_error (task, error);
      return;
    }

  /* Saved to share: team points, once a month */
  if (export->file != NULL)
    award_profile_shared (store, export->rules, export->community_id);

  g_task_return_pointer (task, g_steal_pointer (&profile), g_object_unref);
}

/**
 * seeds_session_export_profile_async:
 * @self: a #SeedsSession
 * @community_id: one of your own learning communities
 * @share: what to share besides what a profile always holds
 * @file: (nullable): the file to save it in, replaced whole; %NULL to
 *   have it only in the result
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the profile is made
 * @user_data: for @callback
 *
 * Makes the profile that a community shares of itself, as
 * seeds_profile_export_new() does, and saves it as seeds_profile_save()
 * would.
 */
void
seeds_session_export_profile_async (SeedsSession        *self,
                                    const char          *community_id,
                                    SeedsProfileShare    share,
                                    GFile               *file,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  Export *export;

  g_return_if_fail (SEEDS_IS_SESSION (self));
  g_return_if_fail (community_id != NULL);
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  export = export_new (self, NULL, community_id, file);
  export->share = share;

  seeds_session_run_job (self, seeds_session_export_profile_async, export_profile_job,
                         export, export_free, cancellable, callback, user_data);
}

/* Returns: (transfer full): the profile, as saved, or %NULL with @error set */
SeedsProfile *
seeds_session_export_profile_finish (SeedsSession  *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  g_return_val_if_fail (seeds_session_check_result (self, result,
                                                    seeds_session_export_profile_async), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* seeds_session_export_profile_async(), waited for: for the command line */
SeedsProfile *
seeds_session_export_profile (SeedsSession       *self,
                              const char         *community_id,
                              SeedsProfileShare   share,
                              GFile              *file,
                              GError            **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  SeedsSessionWait wait;

  seeds_session_wait_begin (&wait);
  seeds_session_export_profile_async (self, community_id, share, file, NULL,
                                      seeds_session_wait_done, &wait);
  result = seeds_session_wait_end (&wait);

  return seeds_session_export_profile_finish (self, result, error);
}

/* Saving an invitation and a score card */

typedef struct
{
  char   *meeting_id;
  GBytes *bytes;
  GFile  *file;
} Save;

static void
save_free (gpointer data)
{
  Save *save = data;

  g_free (save->meeting_id);
  g_clear_pointer (&save->bytes, g_bytes_unref);
  g_object_unref (save->file);
  g_free (save);
}

static Save *
save_new (const char *meeting_id,
          GBytes     *bytes,
          GFile      *file)
{
  Save *save = g_new0 (Save, 1);

  save->meeting_id = g_strdup (meeting_id);
  save->bytes = bytes;
  save->file = g_object_ref (file);

  return save;
}

static GBytes *
make_invitation (SeedsStore  *store,
                 const char  *meeting_id,
                 GError     **error)
{
  g_autoptr(SeedsMeeting) meeting = NULL;
  g_autoptr(SeedsCommunity) community = NULL;
  g_autoptr(SeedsInvitation) invitation = NULL;

  meeting = seeds_store_get_meeting (store, meeting_id, error);
  if (meeting == NULL)
    return NULL;

  community = seeds_store_get_community (store, seeds_meeting_get_community_id (meeting), error);
  if (community == NULL)
    return NULL;

  invitation = seeds_invitation_new_for_meeting (community, meeting);
  return seeds_invitation_to_bytes (invitation);
}

static void
save_job (GTask        *task,
          SeedsStore   *store,
          gpointer      task_data,
          GCancellable *cancellable)
{
  Save *save = task_data;
  GError *error = NULL;

  if (save->bytes == NULL)
    save->bytes = make_invitation (store, save->meeting_id, &error);

  if (save->bytes == NULL || !seeds_session_save_bytes (save->bytes, save->file, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * seeds_session_save_invitation_async:
 * @self: a #SeedsSession
 * @meeting_id: the meeting to invite members to score
 * @file: where to save the invitation, replaced whole
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when it is saved
 * @user_data: for @callback
 *
 * Saves the invitation to a meeting, as the database has it now, for
 * members to score on their own computer.
 */
void
seeds_session_save_invitation_async (SeedsSession        *self,
                                     const char          *meeting_id,
                                     GFile               *file,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_return_if_fail (SEEDS_IS_SESSION (self));
  g_return_if_fail (meeting_id != NULL);
  g_return_if_fail (G_IS_FILE (file));

  seeds_session_run_job (self, seeds_session_save_invitation_async, save_job,
                         save_new (meeting_id, NULL, file), save_free,
                         cancellable, callback, user_data);
}

gboolean
seeds_session_save_invitation_finish (SeedsSession  *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  g_return_val_if_fail (seeds_session_check_result (self, result,
                                                    seeds_session_save_invitation_async), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * seeds_session_save_scorecard_async:
 * @self: a #SeedsSession
 * @card: a member's scores, as they are now: later changes to it are not
 *   saved
 * @file: where to save it, replaced whole
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when it is saved
 * @user_data: for @callback
 *
 * Saves a member's score card, as seeds_scorecard_save() does.
 */
void
seeds_session_save_scorecard_async (SeedsSession        *self,
                                    SeedsScorecard      *card,
                                    GFile               *file,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_return_if_fail (SEEDS_IS_SESSION (self));
  g_return_if_fail (SEEDS_IS_SCORECARD (card));
  g_return_if_fail (G_IS_FILE (file));

  /* Written out here, where the card is used, so that the worker never
   * reads an object that this thread may change. */
  seeds_session_run_job (self, seeds_session_save_scorecard_async, save_job,
                         save_new (NULL, seeds_scorecard_to_bytes (card), file), save_free,
                         cancellable, callback, user_data);
}

gboolean
seeds_session_save_scorecard_finish (SeedsSession  *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  g_return_val_if_fail (seeds_session_check_result (self, result,
                                                    seeds_session_save_scorecard_async), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Reading an invitation */

typedef struct
{
  GFile                  *file;
  SeedsFrameworkRegistry *frameworks;
} Read;

static void
read_free (gpointer data)
{
  Read *read = data;

  g_object_unref (read->file);
  g_object_unref (read->frameworks);
  g_free (read);
}

static void
read_invitation_job (GTask        *task,
                     SeedsStore   *store,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  Read *read = task_data;
  GError *error = NULL;
  SeedsInvitation *invitation;

  invitation = seeds_invitation_new_from_file_full (read->file, seeds_session_find_framework,
                                                   read->frameworks, &error);
  if (invitation == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, invitation, g_object_unref);
}

/**
 * seeds_session_read_invitation_async:
 * @self: a #SeedsSession
 * @file: an invitation a member opens, to score the meeting on their own
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the invitation
 * @user_data: for @callback
 *
 * Reads and checks the invitation, as seeds_invitation_new_from_file()
 * does. It needs no database.
 */
void
seeds_session_read_invitation_async (SeedsSession        *self,
                                     GFile               *file,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  Read *read;

  g_return_if_fail (SEEDS_IS_SESSION (self));
  g_return_if_fail (G_IS_FILE (file));

  read = g_new0 (Read, 1);
  read->file = g_object_ref (file);
  read->frameworks = g_object_ref (seeds_session_get_frameworks (self));

  seeds_session_run_storeless_job (self, seeds_session_read_invitation_async, read_invitation_job,
                                   read, read_free, cancellable, callback, user_data);
}

/* Returns: (transfer full): the invitation, or %NULL with @error set */
SeedsInvitation *
seeds_session_read_invitation_finish (SeedsSession  *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  g_return_val_if_fail (seeds_session_check_result (self, result,
                                                    seeds_session_read_invitation_async), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
