/* seeds-store-sources.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "store/seeds-store-private.h"
#include "model/seeds-text.h"

/* Shared directories: the folders the directory is refreshed from, and
 * where each entry from one was last seen. The profiles themselves are
 * imported as any other (seeds_store_import_profile()), so that an entry
 * keeps its last good copy when its folder cannot be reached. Only the
 * folder's URI is kept, never a password: GVfs and the keyring keep
 * those. */

#define SOURCE_NOT_FOUND _("The shared directory could not be found. It may have been removed.")

static gpointer
source_from_row (sqlite3_stmt *stmt)
{
  return seeds_directory_source_new (seeds_store_column_text (stmt, 0),
                                     seeds_store_column_text (stmt, 1),
                                     sqlite3_column_int64 (stmt, 2),
                                     seeds_store_column_text (stmt, 3));
}

/**
 * seeds_store_list_directory_sources:
 * @self: a #SeedsStore
 * @error: return location for a #GError
 *
 * Returns: (transfer container) (element-type SeedsDirectorySource): the
 *   shared directories, in the order they were added
 */
GPtrArray *
seeds_store_list_directory_sources (SeedsStore  *self,
                                    GError     **error)
{
  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return seeds_store_collect (self,
                              "SELECT uri, display_name, coalesce (last_refresh, 0), last_error "
                              "FROM directory_sources ORDER BY added_at, rowid",
                              NULL, 0, source_from_row, g_object_unref, error);
}

/**
 * seeds_store_add_directory_source:
 * @self: a #SeedsStore
 * @uri: the folder's URI, as GIO opens it
 * @display_name: its name for people
 * @error: return location for a #GError
 *
 * Adds a shared directory, or renames the one with @uri.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_store_add_directory_source (SeedsStore  *self,
                                  const char  *uri,
                                  const char  *display_name,
                                  GError     **error)
{
  g_autofree char *clean_name = NULL;

  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (uri != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!g_uri_is_valid (uri, G_URI_FLAGS_NONE, NULL))
    return seeds_store_set_invalid (error, _("This is not the address of a folder."));

  clean_name = seeds_text_clean (display_name, SEEDS_FIELD_COMMUNITY_NAME, error);
  if (clean_name == NULL)
    return FALSE;

  if (!seeds_store_write_row (self,
                              "INSERT INTO directory_sources (uri, display_name, added_at) "
                              "VALUES (?1, ?2, :now) "
                              "ON CONFLICT (uri) DO UPDATE SET "
                              "  display_name = excluded.display_name",
                              SEEDS_STORE_VALUES (uri, clean_name), NULL, error))
    return FALSE;

  seeds_store_emit_changed (self, SEEDS_STORE_CHANGE_DIRECTORY);
  return TRUE;
}

/**
 * seeds_store_remove_directory_source:
 * @self: a #SeedsStore
 * @uri: a shared directory's URI
 * @error: return location for a #GError
 *
 * Forgets a shared directory. The entries that came from it stay in the
 * directory, as copies that are no longer refreshed.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_store_remove_directory_source (SeedsStore  *self,
                                     const char  *uri,
                                     GError     **error)
{
  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (uri != NULL, FALSE);

  return seeds_store_delete_row (self, "DELETE FROM directory_sources WHERE uri = ?1", uri,
                                 SOURCE_NOT_FOUND, SEEDS_STORE_CHANGE_DIRECTORY, error);
}

/**
 * seeds_store_record_source_refresh:
 * @self: a #SeedsStore
 * @uri: a shared directory's URI
 * @failure: (nullable): why reading the folder failed, %NULL when it was
 *   read whole
 * @error: return location for a #GError
 *
 * Records a refresh: one that was read whole sets the last refresh to now
 * and clears the error; a failed one keeps the time of the last good one.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_store_record_source_refresh (SeedsStore  *self,
                                   const char  *uri,
                                   const char  *failure,
                                   GError     **error)
{
  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (uri != NULL, FALSE);

  return seeds_store_write_row (self,
                                "UPDATE directory_sources SET last_error = ?2, "
                                "  last_refresh = CASE WHEN ?2 IS NULL THEN :now "
                                "                      ELSE last_refresh END "
                                "WHERE uri = ?1",
                                SEEDS_STORE_VALUES (uri, failure), SOURCE_NOT_FOUND, error);
}

/**
 * seeds_store_mark_entry_seen:
 * @self: a #SeedsStore
 * @community_id: an entry of the directory
 * @source_uri: the shared directory it was seen in
 * @seen_at: when, in seconds since the epoch
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_store_mark_entry_seen (SeedsStore  *self,
                             const char  *community_id,
                             const char  *source_uri,
                             gint64       seen_at,
                             GError     **error)
{
  g_autofree char *seen = g_strdup_printf ("%" G_GINT64_FORMAT, seen_at);

  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (community_id != NULL && source_uri != NULL, FALSE);

  return seeds_store_write_row (self,
                                "INSERT INTO directory_sightings "
                                "  (community_id, source_uri, seen_at) VALUES (?1, ?2, ?3) "
                                "ON CONFLICT (community_id) DO UPDATE SET "
                                "  source_uri = excluded.source_uri, seen_at = excluded.seen_at",
                                SEEDS_STORE_VALUES (community_id, source_uri, seen), NULL, error);
}

/**
 * seeds_store_get_entry_source:
 * @self: a #SeedsStore
 * @community_id: an entry of the directory
 * @seen_at: (out) (optional): when it was last seen there
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the name of the shared directory
 *   where the entry was last seen; %NULL, without @error, when it never
 *   came from one or that directory was removed
 */
char *
seeds_store_get_entry_source (SeedsStore  *self,
                              const char  *community_id,
                              gint64      *seen_at,
                              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (community_id != NULL, NULL);

  stmt = seeds_store_find_row (self,
                               "SELECT s.display_name, g.seen_at FROM directory_sightings g "
                               "JOIN directory_sources s ON s.uri = g.source_uri "
                               "WHERE g.community_id = ?1",
                               community_id, SOURCE_NOT_FOUND, &local_error);
  if (stmt == NULL)
    {
      if (!g_error_matches (local_error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_NOT_FOUND))
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (seen_at != NULL)
    *seen_at = sqlite3_column_int64 (stmt, 1);

  return g_strdup (seeds_store_column_text (stmt, 0));
}
