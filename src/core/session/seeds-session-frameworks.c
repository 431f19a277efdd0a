/* seeds-session-frameworks.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "session/seeds-session-private.h"

/* Frameworks: finding the one a meeting is scored with, in the language
 * of the session, and saving one as a .seedsframework file. Importing one
 * is part of the session's import (seeds-session-exchange.c). */

/* The language the session's pages are in: that of its framework */
static const char *
session_language (SeedsSession *self)
{
  return seeds_framework_get_language (seeds_session_get_framework (self));
}

/**
 * seeds_session_lookup_framework:
 * @self: a #SeedsSession
 * @id: a framework's id
 * @edition: its edition
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the framework in the session's language, or
 *   %NULL with @error set when the database does not have it
 */
SeedsFramework *
seeds_session_lookup_framework (SeedsSession  *self,
                                const char    *id,
                                guint          edition,
                                GError       **error)
{
  g_return_val_if_fail (SEEDS_IS_SESSION (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return seeds_framework_registry_lookup (seeds_session_get_frameworks (self), id, edition,
                                          session_language (self), error);
}

/**
 * seeds_session_get_meeting_framework:
 * @self: a #SeedsSession
 * @meeting: a meeting
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the framework @meeting is scored with, in the
 *   session's language, or %NULL with @error set when the database does
 *   not have it
 */
SeedsFramework *
seeds_session_get_meeting_framework (SeedsSession  *self,
                                     SeedsMeeting  *meeting,
                                     GError       **error)
{
  g_return_val_if_fail (SEEDS_IS_MEETING (meeting), NULL);

  return seeds_session_lookup_framework (self, seeds_meeting_get_framework_id (meeting),
                                         seeds_meeting_get_framework_edition (meeting), error);
}

/**
 * seeds_session_find_framework:
 * @id: a framework's id, from a file
 * @edition: its edition
 * @frameworks: a #SeedsFrameworkRegistry
 * @error: return location for a #GError
 *
 * A #SeedsExchangeFrameworkFunc for files read on a worker: the framework
 * an invitation or a card names, in the untagged original language, since
 * only its factors are checked.
 *
 * Returns: (transfer full) (nullable): the framework, or %NULL with
 *   @error set when the database does not have it
 */
SeedsFramework *
seeds_session_find_framework (const char  *id,
                              guint        edition,
                              gpointer     frameworks,
                              GError     **error)
{
  return seeds_framework_registry_lookup (frameworks, id, edition, SEEDS_FRAMEWORK_ORIGINAL_LANGUAGE,
                                          error);
}

/* Exporting */

typedef struct
{
  SeedsFrameworkRegistry *frameworks;
  char                   *id;
  guint                   edition;
  GFile                  *file;
} Export;

static void
export_free (gpointer data)
{
  Export *export = data;

  g_object_unref (export->frameworks);
  g_free (export->id);
  g_object_unref (export->file);
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

  bytes = seeds_framework_registry_get_bytes (export->frameworks, export->id, export->edition, &error);
  if (bytes == NULL || !seeds_session_save_bytes (bytes, export->file, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * seeds_session_export_framework_async:
 * @self: a #SeedsSession
 * @id: a framework's id
 * @edition: its edition
 * @file: where to save it, as a .seedsframework file
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when it is saved
 * @user_data: for @callback
 *
 * Saves the file of a framework: the very bytes it was imported with, or
 * a built-in one's with all its translations.
 */
void
seeds_session_export_framework_async (SeedsSession        *self,
                                      const char          *id,
                                      guint                edition,
                                      GFile               *file,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  Export *export;

  g_return_if_fail (SEEDS_IS_SESSION (self));
  g_return_if_fail (id != NULL);
  g_return_if_fail (G_IS_FILE (file));

  export = g_new0 (Export, 1);
  export->frameworks = g_object_ref (seeds_session_get_frameworks (self));
  export->id = g_strdup (id);
  export->edition = edition;
  export->file = g_object_ref (file);

  seeds_session_run_storeless_job (self, seeds_session_export_framework_async, export_job,
                                   export, export_free, cancellable, callback, user_data);
}

gboolean
seeds_session_export_framework_finish (SeedsSession  *self,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  g_return_val_if_fail (seeds_session_check_result (self, result,
                                                    seeds_session_export_framework_async),
                        FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* seeds_session_export_framework_async(), waited for: for the command line */
gboolean
seeds_session_export_framework (SeedsSession  *self,
                                const char    *id,
                                guint          edition,
                                GFile         *file,
                                GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  SeedsSessionWait wait;

  seeds_session_wait_begin (&wait);
  seeds_session_export_framework_async (self, id, edition, file, NULL,
                                        seeds_session_wait_done, &wait);
  result = seeds_session_wait_end (&wait);

  return seeds_session_export_framework_finish (self, result, error);
}

/* Keeping an adapted framework */

typedef struct
{
  SeedsFrameworkRegistry *frameworks;
  GBytes                 *bytes;
  char                   *id;
  guint                   edition;
} Keep;

static void
keep_free (gpointer data)
{
  Keep *keep = data;

  g_object_unref (keep->frameworks);
  g_bytes_unref (keep->bytes);
  g_free (keep->id);
  g_free (keep);
}

static void
keep_job (GTask        *task,
          SeedsStore   *store,
          gpointer      task_data,
          GCancellable *cancellable)
{
  Keep *keep = task_data;
  GError *error = NULL;

  /* The display name is for errors only: these bytes come from the
   * editor, not from a file. */
  if (!seeds_framework_registry_add_bytes (keep->frameworks, store, keep->bytes, "framework",
                                           &keep->id, &keep->edition, NULL, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * seeds_session_keep_framework_async:
 * @self: a #SeedsSession
 * @bytes: a framework file, as the framework editor writes it
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when it is kept
 * @user_data: for @callback
 *
 * Keeps a framework in the database, as importing its file would: the
 * same content again changes nothing, and other content under an id the
 * database has becomes that id's next edition.
 */
void
seeds_session_keep_framework_async (SeedsSession        *self,
                                    GBytes              *bytes,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  Keep *keep;

  g_return_if_fail (SEEDS_IS_SESSION (self));
  g_return_if_fail (bytes != NULL);

  keep = g_new0 (Keep, 1);
  keep->frameworks = g_object_ref (seeds_session_get_frameworks (self));
  keep->bytes = g_bytes_ref (bytes);

  seeds_session_run_job (self, seeds_session_keep_framework_async, keep_job, keep, keep_free,
                         cancellable, callback, user_data);
}

/**
 * seeds_session_keep_framework_finish:
 * @id: (out) (optional): the framework's id
 * @edition: (out) (optional): the edition it is kept as
 *
 * Returns: %TRUE when the framework is kept
 */
gboolean
seeds_session_keep_framework_finish (SeedsSession  *self,
                                     GAsyncResult  *result,
                                     char         **id,
                                     guint         *edition,
                                     GError       **error)
{
  Keep *keep;

  g_return_val_if_fail (seeds_session_check_result (self, result, seeds_session_keep_framework_async),
                        FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  keep = g_task_get_task_data (G_TASK (result));
  if (id != NULL)
    *id = g_strdup (keep->id);
  if (edition != NULL)
    *edition = keep->edition;
  return TRUE;
}
