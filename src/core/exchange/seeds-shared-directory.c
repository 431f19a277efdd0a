/* seeds-shared-directory.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "exchange/seeds-profile-export.h"
#include "exchange/seeds-shared-directory.h"
#include "model/seeds-text-identity.h"

/* A refresh reads every shared directory first and only then writes, so
 * that two profiles of one community, in one folder or in two, are
 * weighed against each other: the one made later wins, as with an import
 * by hand, and the other is reported, never merged. A folder that cannot
 * be read changes nothing: its entries keep their last good copy, and the
 * source records why.
 *
 * Publishing writes a hidden file next to the profile and renames it over
 * it, so that a reader never sees half a file and two facilitators who
 * publish at once leave one whole profile, the one renamed last. */

#define FOLDER_ATTRIBUTES \
  G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME "," \
  G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_IS_HIDDEN

/* A profile read from a folder */
typedef struct
{
  char         *file_name;   /* for people */
  char         *source_uri;
  SeedsProfile *profile;
} Found;

static void
found_free (gpointer data)
{
  Found *found = data;

  g_free (found->file_name);
  g_free (found->source_uri);
  g_object_unref (found->profile);
  g_free (found);
}

/* Takes @file_name and @profile */
static Found *
found_new (char                 *file_name,
           SeedsDirectorySource *source,
           SeedsProfile         *profile)
{
  Found *found = g_new0 (Found, 1);

  found->file_name = file_name;
  found->source_uri = g_strdup (seeds_directory_source_get_uri (source));
  found->profile = profile;

  return found;
}

/* Names are shown in messages: a name that is not UTF-8, or holds
 * invisible characters, is shown as something that can be read. */
static char *
visible_name (const char *display_name)
{
  return seeds_text_make_visible (display_name, -1, 80);
}

typedef struct
{
  gboolean  done;
  GError   *error;
} Mounting;

static void
on_mounted (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  Mounting *mounting = user_data;

  g_file_mount_enclosing_volume_finish (G_FILE (source_object), result, &mounting->error);
  mounting->done = TRUE;
}

/* A folder on a server is mounted through GVfs before it is read, as a
 * file manager mounts it: without a way to ask, GVfs takes a password
 * from the keyring, or goes without one. Runs a context of its own, as
 * this is the worker thread. */
static gboolean
mount_folder (GFile         *folder,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GMount) mount = NULL;
  g_autoptr(GMainContext) context = NULL;
  Mounting mounting = { FALSE, NULL };

  if (g_file_is_native (folder) ||
      (mount = g_file_find_enclosing_mount (folder, cancellable, NULL)) != NULL)
    return TRUE;

  context = g_main_context_new ();
  g_main_context_push_thread_default (context);
  g_file_mount_enclosing_volume (folder, G_MOUNT_MOUNT_NONE, NULL, cancellable, on_mounted,
                                 &mounting);
  while (!mounting.done)
    g_main_context_iteration (context, TRUE);
  /* What GIO still has to do in the context, such as freeing its calls */
  while (g_main_context_pending (context))
    g_main_context_iteration (context, FALSE);
  g_main_context_pop_thread_default (context);

  if (g_error_matches (mounting.error, G_IO_ERROR, G_IO_ERROR_ALREADY_MOUNTED))
    g_clear_error (&mounting.error);
  if (mounting.error != NULL)
    {
      g_propagate_error (error, mounting.error);
      return FALSE;
    }

  return TRUE;
}

/**
 * seeds_shared_directory_get_display_name:
 * @folder: a shared directory
 * @cancellable: (nullable): a #GCancellable
 *
 * Returns: (transfer full): the folder's name for people: the one the
 *   file system gives it, else its address as it would be typed
 */
char *
seeds_shared_directory_get_display_name (GFile        *folder,
                                         GCancellable *cancellable)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *parse_name = NULL;

  g_return_val_if_fail (G_IS_FILE (folder), NULL);

  mount_folder (folder, cancellable, NULL);
  info = g_file_query_info (folder, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                            G_FILE_QUERY_INFO_NONE, cancellable, NULL);
  if (info != NULL && g_file_info_get_display_name (info) != NULL &&
      g_strcmp0 (g_file_info_get_display_name (info), "/") != 0)
    return visible_name (g_file_info_get_display_name (info));

  parse_name = g_file_get_parse_name (folder);
  return visible_name (parse_name);
}

static gboolean
is_profile_name (GFileInfo *info)
{
  return g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR &&
         !g_file_info_get_is_hidden (info) &&
         g_str_has_suffix (g_file_info_get_name (info), SEEDS_PROFILE_SUFFIX);
}

static gboolean
set_too_many (GError     **error,
              const char  *source_name)
{
  g_set_error (error, SEEDS_EXCHANGE_ERROR, SEEDS_EXCHANGE_ERROR_TOO_LARGE,
               _("“%s” holds more than %u profiles."), source_name,
               SEEDS_SHARED_DIRECTORY_MAX_FILES);
  return FALSE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  const Found *found_a = *(const Found * const *) a;
  const Found *found_b = *(const Found * const *) b;

  return g_strcmp0 (found_a->file_name, found_b->file_name);
}

/* Reads the profiles in @source's folder into @found, and those that
 * fail the checks into @report. FALSE when the folder cannot be read. */
static gboolean
read_folder (SeedsDirectorySource  *source,
             SeedsFramework        *framework,
             GPtrArray             *found,
             SeedsSharedReport     *report,
             GCancellable          *cancellable,
             GError               **error)
{
  g_autoptr(GFile) folder = g_file_new_for_uri (seeds_directory_source_get_uri (source));
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GPtrArray) here = g_ptr_array_new_with_free_func (found_free);
  GFileInfo *info;
  GFile *child;
  guint n_files = 0;

  if (!mount_folder (folder, cancellable, error))
    return FALSE;

  children = g_file_enumerate_children (folder, FOLDER_ATTRIBUTES, G_FILE_QUERY_INFO_NONE,
                                        cancellable, error);
  if (children == NULL)
    return FALSE;

  while (g_file_enumerator_iterate (children, &info, &child, cancellable, error) && info != NULL)
    {
      g_autoptr(GError) local_error = NULL;
      g_autofree char *name = NULL;
      SeedsProfile *profile;

      if (!is_profile_name (info))
        continue;
      if (++n_files > SEEDS_SHARED_DIRECTORY_MAX_FILES)
        return set_too_many (error, seeds_directory_source_get_display_name (source));

      name = visible_name (g_file_info_get_display_name (info));
      profile = seeds_profile_new_from_file (child, framework, &local_error);
      if (profile == NULL)
        {
          seeds_shared_report_add_problem (report->refused, name, local_error->message);
          continue;
        }

      g_ptr_array_add (here, found_new (g_steal_pointer (&name), source, profile));
    }
  if (error != NULL && *error != NULL)
    return FALSE;

  /* In the order of their names, so that of two profiles made at the same
   * time the same one wins on every computer */
  g_ptr_array_sort (here, compare_names);
  g_ptr_array_extend_and_steal (found, g_steal_pointer (&here));

  return TRUE;
}

static void
report_conflict (SeedsSharedReport *report,
                 Found             *kept,
                 Found             *passed)
{
  g_ptr_array_add (report->conflicts,
                   g_strdup_printf (_("“%s” and “%s” are both a profile of “%s”; the later one, "
                                      "“%s”, was taken."),
                                    kept->file_name, passed->file_name,
                                    seeds_profile_get_name (kept->profile), kept->file_name));
}

/* Of the profiles of one community, keeps the one made last; of two made
 * at the same time, the one read first. Returns: (transfer container) the
 * profiles to import, one per community, in the order they were read. */
static GPtrArray *
resolve_conflicts (GPtrArray         *found,
                   SeedsSharedReport *report)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *winners = g_ptr_array_new ();

  for (guint i = 0; i < found->len; i++)
    {
      Found *candidate = g_ptr_array_index (found, i);
      const char *id = seeds_profile_get_community_id (candidate->profile);
      Found *known = g_hash_table_lookup (by_id, id);

      if (known == NULL)
        {
          g_hash_table_insert (by_id, (gpointer) id, candidate);
          continue;
        }

      if (seeds_profile_get_updated (candidate->profile) >
          seeds_profile_get_updated (known->profile))
        {
          report_conflict (report, candidate, known);
          g_hash_table_insert (by_id, (gpointer) id, candidate);
        }
      else
        report_conflict (report, known, candidate);
    }

  for (guint i = 0; i < found->len; i++)
    {
      Found *candidate = g_ptr_array_index (found, i);
      const char *id = seeds_profile_get_community_id (candidate->profile);

      if (g_hash_table_lookup (by_id, id) == candidate)
        g_ptr_array_add (winners, candidate);
    }

  return winners;
}

/* Imports one profile of a shared directory. Your own community's
 * profile, which you published there yourself, is passed over quietly. */
static gboolean
import_found (SeedsStore         *store,
              Found              *found,
              gint64              now,
              SeedsSharedReport  *report,
              GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  SeedsProfileImport outcome = SEEDS_PROFILE_UNCHANGED;

  if (!seeds_store_import_profile (store, found->profile, &outcome, &local_error))
    {
      if (g_error_matches (local_error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_CONFLICT))
        return TRUE;
      if (local_error->domain != SEEDS_STORE_ERROR ||
          local_error->code == SEEDS_STORE_ERROR_INVALID)
        {
          seeds_shared_report_add_problem (report->refused, found->file_name, local_error->message);
          return TRUE;
        }

      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  report->n_added += outcome == SEEDS_PROFILE_ADDED;
  report->n_updated += outcome == SEEDS_PROFILE_UPDATED;
  report->n_unchanged += outcome == SEEDS_PROFILE_UNCHANGED;

  return seeds_store_mark_entry_seen (store, seeds_profile_get_community_id (found->profile),
                                      found->source_uri, now, error);
}

static gboolean
import_all (SeedsStore         *store,
            GPtrArray          *winners,
            SeedsSharedReport  *report,
            GError            **error)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  /* One transaction: one wait for the disk, however many profiles */
  if (!seeds_store_begin_batch (store, error))
    return FALSE;

  for (guint i = 0; i < winners->len; i++)
    {
      if (!import_found (store, g_ptr_array_index (winners, i), now, report, error))
        {
          seeds_store_end_batch (store, NULL);
          return FALSE;
        }
    }

  return seeds_store_end_batch (store, error);
}

/* Reads each source, and records how that went. */
static gboolean
read_sources (SeedsStore         *store,
              SeedsFramework     *framework,
              GPtrArray          *found,
              SeedsSharedReport  *report,
              GCancellable       *cancellable,
              GError            **error)
{
  g_autoptr(GPtrArray) sources = seeds_store_list_directory_sources (store, error);

  if (sources == NULL)
    return FALSE;

  for (guint i = 0; i < sources->len; i++)
    {
      SeedsDirectorySource *source = g_ptr_array_index (sources, i);
      g_autoptr(GError) local_error = NULL;
      guint before = found->len;

      if (!read_folder (source, framework, found, report, cancellable, &local_error))
        {
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }

          /* What was read of a folder that failed half-way is not
           * trusted to be all of it: none of it is imported. */
          g_ptr_array_remove_range (found, before, found->len - before);
          seeds_shared_report_add_problem (report->unreachable,
                                           seeds_directory_source_get_display_name (source),
                                           local_error->message);
        }

      if (!seeds_store_record_source_refresh (store, seeds_directory_source_get_uri (source),
                                              local_error != NULL ? local_error->message : NULL,
                                              error))
        return FALSE;
    }

  return TRUE;
}

/**
 * seeds_shared_directory_refresh:
 * @store: the database, with its shared directories
 * @framework: the framework the app uses
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads the profiles of every shared directory and imports them into the
 * directory, each as seeds_store_import_profile() does, with where and
 * when it was seen. Profiles that fail the checks, folders that cannot be
 * read and conflicts are in the report; they change nothing.
 *
 * Returns: (transfer full): what the refresh did, or %NULL with @error
 *   set when the database fails or on cancelling
 */
SeedsSharedReport *
seeds_shared_directory_refresh (SeedsStore      *store,
                                SeedsFramework  *framework,
                                GCancellable    *cancellable,
                                GError         **error)
{
  g_autoptr(SeedsSharedReport) report = seeds_shared_report_new ();
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (found_free);
  g_autoptr(GPtrArray) winners = NULL;

  g_return_val_if_fail (SEEDS_IS_STORE (store), NULL);
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!read_sources (store, framework, found, report, cancellable, error))
    return NULL;

  winners = resolve_conflicts (found, report);
  if (!import_all (store, winners, report, error))
    return NULL;

  seeds_store_notify_changed (store, SEEDS_STORE_CHANGE_DIRECTORY);

  return g_steal_pointer (&report);
}

static gboolean
write_stream (GFile         *file,
              GBytes        *bytes,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  /* Created new, so that it is never another writer's file */
  stream = g_file_create (file, G_FILE_CREATE_NONE, cancellable, error);

  return stream != NULL &&
         g_output_stream_write_all (G_OUTPUT_STREAM (stream), data, length, NULL, cancellable,
                                    error) &&
         g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, error);
}

#define MOVE_ATTEMPTS    4
#define MOVE_PAUSE_USEC  (250 * 1000)

/* Renames @temp over @target. A WebDAV server locks a file while another
 * facilitator's app replaces it ("423 Locked"), which GVfs gives as a
 * plain failure: a few tries a moment apart let both publish, one after
 * the other. This runs on the session's worker thread. */
static gboolean
move_into_place (GFile         *temp,
                 GFile         *target,
                 GCancellable  *cancellable,
                 GError       **error)
{
  for (int attempt = 1; ; attempt++)
    {
      g_autoptr(GError) local_error = NULL;

      if (g_file_move (temp, target, G_FILE_COPY_OVERWRITE | G_FILE_COPY_NO_FALLBACK_FOR_MOVE,
                       cancellable, NULL, NULL, &local_error))
        return TRUE;

      if (attempt == MOVE_ATTEMPTS || g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      g_usleep (MOVE_PAUSE_USEC);
    }
}

/**
 * seeds_shared_directory_write:
 * @folder: a shared directory
 * @name: the name of the file to write in it
 * @bytes: its contents
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GIOError
 *
 * Writes @bytes to a hidden file of its own in @folder, which readers pass
 * over, and renames it to @name, replacing an earlier file: on this
 * computer and on a WebDAV or SMB server the rename is one step, so that
 * @name is always a whole file, the old or the new.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_shared_directory_write (GFile         *folder,
                              const char    *name,
                              GBytes        *bytes,
                              GCancellable  *cancellable,
                              GError       **error)
{
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *temp_name = g_strdup_printf (".%s.%.8s.part", name, uuid);
  g_autoptr(GFile) temp = g_file_get_child (folder, temp_name);
  g_autoptr(GFile) target = g_file_get_child (folder, name);

  g_return_val_if_fail (G_IS_FILE (folder), FALSE);
  g_return_val_if_fail (name != NULL && bytes != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!mount_folder (folder, cancellable, error))
    return FALSE;

  if (write_stream (temp, bytes, cancellable, error) &&
      move_into_place (temp, target, cancellable, error))
    return TRUE;

  g_file_delete (temp, NULL, NULL);
  return FALSE;
}

/**
 * seeds_shared_directory_publish:
 * @store: the database
 * @framework: the framework the app uses
 * @folder: a shared directory
 * @community_id: one of your own learning communities
 * @share: what to share besides what a profile always holds
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Makes the community's profile as seeds_profile_export_new() does, with
 * only what @share chooses, and writes it into @folder as
 * <community id>.seedsprofile with seeds_shared_directory_write().
 *
 * Returns: (transfer full): the profile published, or %NULL with @error set
 */
SeedsProfile *
seeds_shared_directory_publish (SeedsStore         *store,
                                SeedsFramework     *framework,
                                GFile              *folder,
                                const char         *community_id,
                                SeedsProfileShare   share,
                                GCancellable       *cancellable,
                                GError            **error)
{
  g_autoptr(SeedsProfile) profile = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (folder), NULL);

  profile = seeds_profile_export_new (store, framework, community_id, share, error);
  if (profile == NULL)
    return NULL;

  bytes = seeds_profile_to_bytes (profile);
  name = g_strconcat (seeds_profile_get_community_id (profile), SEEDS_PROFILE_SUFFIX, NULL);

  if (!seeds_shared_directory_write (folder, name, bytes, cancellable, error))
    return NULL;

  return g_steal_pointer (&profile);
}
