/* seeds-session-shared.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "exchange/seeds-shared-directory.h"
#include "session/seeds-session-private.h"

/* Shared directories: adding one, refreshing the directory from them and
 * publishing your own profile into one. On the worker thread, so that a
 * slow server never holds up the window. */

typedef struct
{
  SeedsFramework    *framework;
  GFile             *folder;        /* (nullable) */
  char              *community_id;  /* (nullable) */
  SeedsProfileShare  share;
} Shared;

static Shared *
shared_new (SeedsSession *self,
            GFile        *folder,
            const char   *community_id)
{
  Shared *shared = g_new0 (Shared, 1);

  shared->framework = g_object_ref (seeds_session_get_framework (self));
  shared->folder = folder != NULL ? g_object_ref (folder) : NULL;
  shared->community_id = g_strdup (community_id);

  return shared;
}

static void
shared_free (gpointer data)
{
  Shared *shared = data;

  g_object_unref (shared->framework);
  g_clear_object (&shared->folder);
  g_free (shared->community_id);
  g_free (shared);
}

/* Adding */

static void
add_job (GTask        *task,
         SeedsStore   *store,
         gpointer      task_data,
         GCancellable *cancellable)
{
  Shared *shared = task_data;
  g_autofree char *uri = g_file_get_uri (shared->folder);
  g_autofree char *name = seeds_shared_directory_get_display_name (shared->folder, cancellable);
  GError *error = NULL;

  if (!seeds_store_add_directory_source (store, uri, name, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * seeds_session_add_shared_directory_async:
 * @self: a #SeedsSession
 * @folder: a folder that GIO opens: local, synced, smb://, dav://, davs://
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when it is added
 * @user_data: for @callback
 *
 * Adds @folder to the shared directories, named as the file system names
 * it. Refresh to read it.
 */
void
seeds_session_add_shared_directory_async (SeedsSession        *self,
                                          GFile               *folder,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data)
{
  g_return_if_fail (SEEDS_IS_SESSION (self));
  g_return_if_fail (G_IS_FILE (folder));

  seeds_session_run_job (self, seeds_session_add_shared_directory_async, add_job,
                         shared_new (self, folder, NULL), shared_free,
                         cancellable, callback, user_data);
}

gboolean
seeds_session_add_shared_directory_finish (SeedsSession  *self,
                                           GAsyncResult  *result,
                                           GError       **error)
{
  g_return_val_if_fail (seeds_session_check_result (self, result,
                                                    seeds_session_add_shared_directory_async),
                        FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* seeds_session_add_shared_directory_async(), waited for: for the command
 * line */
gboolean
seeds_session_add_shared_directory (SeedsSession  *self,
                                    GFile         *folder,
                                    GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  SeedsSessionWait wait;

  seeds_session_wait_begin (&wait);
  seeds_session_add_shared_directory_async (self, folder, NULL, seeds_session_wait_done, &wait);
  result = seeds_session_wait_end (&wait);

  return seeds_session_add_shared_directory_finish (self, result, error);
}

/* Refreshing */

static void
refresh_job (GTask        *task,
             SeedsStore   *store,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Shared *shared = task_data;
  SeedsSharedReport *report;
  GError *error = NULL;

  report = seeds_shared_directory_refresh (store, shared->framework, cancellable, &error);
  if (report == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, report, (GDestroyNotify) seeds_shared_report_free);
}

/**
 * seeds_session_refresh_shared_async:
 * @self: a #SeedsSession
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when every shared directory was read
 * @user_data: for @callback
 *
 * Refreshes the directory from the shared directories, as
 * seeds_shared_directory_refresh() does.
 */
void
seeds_session_refresh_shared_async (SeedsSession        *self,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_return_if_fail (SEEDS_IS_SESSION (self));

  seeds_session_run_job (self, seeds_session_refresh_shared_async, refresh_job,
                         shared_new (self, NULL, NULL), shared_free,
                         cancellable, callback, user_data);
}

/* Returns: (transfer full): what the refresh did, or %NULL with @error set */
SeedsSharedReport *
seeds_session_refresh_shared_finish (SeedsSession  *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  g_return_val_if_fail (seeds_session_check_result (self, result,
                                                    seeds_session_refresh_shared_async), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* seeds_session_refresh_shared_async(), waited for: for the command line */
SeedsSharedReport *
seeds_session_refresh_shared (SeedsSession  *self,
                              GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  SeedsSessionWait wait;

  seeds_session_wait_begin (&wait);
  seeds_session_refresh_shared_async (self, NULL, seeds_session_wait_done, &wait);
  result = seeds_session_wait_end (&wait);

  return seeds_session_refresh_shared_finish (self, result, error);
}

/* Publishing */

static void
publish_job (GTask        *task,
             SeedsStore   *store,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Shared *shared = task_data;
  SeedsProfile *profile;
  GError *error = NULL;

  profile = seeds_shared_directory_publish (store, shared->framework, shared->folder,
                                            shared->community_id, shared->share, cancellable,
                                            &error);
  if (profile == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, profile, g_object_unref);
}

/**
 * seeds_session_publish_profile_async:
 * @self: a #SeedsSession
 * @community_id: one of your own learning communities
 * @share: what to share besides what a profile always holds
 * @folder: a shared directory
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the profile is published
 * @user_data: for @callback
 *
 * Publishes the community's profile into @folder, as
 * seeds_shared_directory_publish() does.
 */
void
seeds_session_publish_profile_async (SeedsSession        *self,
                                     const char          *community_id,
                                     SeedsProfileShare    share,
                                     GFile               *folder,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  Shared *shared;

  g_return_if_fail (SEEDS_IS_SESSION (self));
  g_return_if_fail (community_id != NULL);
  g_return_if_fail (G_IS_FILE (folder));

  shared = shared_new (self, folder, community_id);
  shared->share = share;

  seeds_session_run_job (self, seeds_session_publish_profile_async, publish_job,
                         shared, shared_free, cancellable, callback, user_data);
}

/* Returns: (transfer full): the profile published, or %NULL with @error set */
SeedsProfile *
seeds_session_publish_profile_finish (SeedsSession  *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  g_return_val_if_fail (seeds_session_check_result (self, result,
                                                    seeds_session_publish_profile_async), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* seeds_session_publish_profile_async(), waited for: for the command line */
SeedsProfile *
seeds_session_publish_profile (SeedsSession       *self,
                               const char         *community_id,
                               SeedsProfileShare   share,
                               GFile              *folder,
                               GError            **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  SeedsSessionWait wait;

  seeds_session_wait_begin (&wait);
  seeds_session_publish_profile_async (self, community_id, share, folder, NULL,
                                       seeds_session_wait_done, &wait);
  result = seeds_session_wait_end (&wait);

  return seeds_session_publish_profile_finish (self, result, error);
}
