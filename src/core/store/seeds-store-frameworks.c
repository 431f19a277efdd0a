/* seeds-store-frameworks.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "store/seeds-store-private.h"

/* Frameworks other than the built-in ones, each edition kept as the
 * bytes of the file it came from; and the framework of each community.
 * The store checks no file: SeedsFrameworkRegistry reads it first. */

#define MAX_EDITION SEEDS_FRAMEWORK_MAX_EDITION

#define FRAMEWORK_NOT_FOUND \
  _("The framework could not be found in this database.")

static gpointer
entry_from_row (sqlite3_stmt *stmt)
{
  g_autoptr(GBytes) content = g_bytes_new (sqlite3_column_blob (stmt, 2),
                                           (gsize) sqlite3_column_bytes (stmt, 2));

  return seeds_framework_entry_new (seeds_store_column_text (stmt, 0),
                                    (guint) MAX (sqlite3_column_int (stmt, 1), 1),
                                    seeds_store_column_text (stmt, 3),
                                    FALSE, content);
}

/**
 * seeds_store_list_frameworks:
 * @self: a #SeedsStore
 * @error: return location for a #GError
 *
 * Returns: (transfer container) (element-type SeedsFrameworkEntry): the
 *   frameworks kept in the database, with their content, by id and edition
 */
GPtrArray *
seeds_store_list_frameworks (SeedsStore  *self,
                             GError     **error)
{
  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return seeds_store_collect (self,
                              "SELECT id, edition, content, name FROM frameworks "
                              "ORDER BY id, edition",
                              NULL, 0, entry_from_row, g_object_unref, error);
}

/**
 * seeds_store_get_framework:
 * @self: a #SeedsStore
 * @id: a framework's id
 * @edition: its edition
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the framework with its content, or %NULL with
 *   SEEDS_STORE_ERROR_NOT_FOUND when the database does not have it
 */
SeedsFrameworkEntry *
seeds_store_get_framework (SeedsStore  *self,
                           const char  *id,
                           guint        edition,
                           GError     **error)
{
  g_autofree char *edition_text = g_strdup_printf ("%u", edition);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  stmt = seeds_store_prepare (self,
                              "SELECT id, edition, content, name FROM frameworks "
                              "WHERE id = ?1 AND edition = ?2",
                              SEEDS_STORE_VALUES (id, edition_text), error);
  if (stmt == NULL)
    return NULL;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return entry_from_row (stmt);
  if (rc == SQLITE_DONE)
    seeds_store_set_not_found (error, FRAMEWORK_NOT_FOUND);
  else
    seeds_store_set_error (error, self->path, self->db, rc, SEEDS_STORE_READING, NULL);

  return NULL;
}

/* Looks for @id with @content: sets *found_edition to its edition, or to
 * 0, and *max_edition to the highest of @id, or to 0. */
static gboolean
find_edition (SeedsStore  *self,
              const char  *id,
              GBytes      *content,
              guint       *found_edition,
              guint       *max_edition,
              GError     **error)
{
  g_autoptr(GPtrArray) editions = NULL;

  editions = seeds_store_collect (self,
                                  "SELECT id, edition, content, name FROM frameworks "
                                  "WHERE id = ?1 ORDER BY edition",
                                  SEEDS_STORE_VALUES (id), entry_from_row, g_object_unref, error);
  if (editions == NULL)
    return FALSE;

  *found_edition = 0;
  *max_edition = 0;
  for (guint i = 0; i < editions->len; i++)
    {
      SeedsFrameworkEntry *entry = g_ptr_array_index (editions, i);

      *max_edition = MAX (*max_edition, seeds_framework_entry_get_edition (entry));
      if (g_bytes_equal (seeds_framework_entry_get_content (entry), content))
        *found_edition = seeds_framework_entry_get_edition (entry);
    }

  return TRUE;
}

static gboolean
insert_framework (SeedsStore  *self,
                  const char  *id,
                  guint        edition,
                  GBytes      *content,
                  const char  *name,
                  GError     **error)
{
  g_autofree char *edition_text = g_strdup_printf ("%u", edition);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *added = g_date_time_format_iso8601 (now);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gsize size;
  gconstpointer data = g_bytes_get_data (content, &size);

  stmt = seeds_store_prepare (self,
                              "INSERT INTO frameworks (id, edition, name, added, content) "
                              "VALUES (?1, ?2, ?3, ?4, ?5)",
                              SEEDS_STORE_VALUES (id, edition_text, name, added), error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_blob64 (stmt, 5, data != NULL ? data : "", size, SQLITE_TRANSIENT);

  return seeds_store_run (self, stmt, error);
}

/**
 * seeds_store_add_framework:
 * @self: a #SeedsStore
 * @id: the framework's id, as its file says
 * @file_edition: the edition its file says
 * @taken_edition: the highest edition of @id that is not in the table
 *   (a built-in framework's), or 0
 * @content: the bytes of the file, already read and found sound
 * @name: its name, in the file's own language
 * @edition: (out): the edition the database has it as
 * @added: (out): whether it was added; %FALSE when the database had it
 * @error: return location for a #GError
 *
 * Keeps a framework. A file whose content is here already, under @id,
 * adds nothing. One whose @id is new keeps @file_edition; one whose @id is
 * here already, or taken, with other content, becomes the next edition
 * of @id: it never replaces the one meetings were scored with.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_store_add_framework (SeedsStore  *self,
                           const char  *id,
                           guint        file_edition,
                           guint        taken_edition,
                           GBytes      *content,
                           const char  *name,
                           guint       *edition,
                           gboolean    *added,
                           GError     **error)
{
  guint found = 0;
  guint max = 0;

  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL && content != NULL && name != NULL, FALSE);
  g_return_val_if_fail (edition != NULL && added != NULL, FALSE);

  if (!seeds_store_check_id (id, error) || !seeds_store_begin (self, error))
    return FALSE;

  if (!find_edition (self, id, content, &found, &max, error))
    goto failed;

  *added = found == 0;
  if (found != 0)
    *edition = found;
  else if (max == 0 && taken_edition == 0)
    *edition = CLAMP (file_edition, 1, MAX_EDITION);
  else
    *edition = MAX (max, taken_edition) + 1;

  if (*edition > MAX_EDITION)
    {
      seeds_store_set_invalid (error, _("This framework has too many editions already."));
      goto failed;
    }

  if (*added && !insert_framework (self, id, *edition, content, name, error))
    goto failed;

  if (!seeds_store_commit (self, error))
    goto failed;

  return TRUE;

failed:
  seeds_store_rollback (self);
  return FALSE;
}

/**
 * seeds_store_set_community_framework:
 * @self: a #SeedsStore
 * @community: one of your own communities
 * @framework_id: the framework its new meetings are scored with
 * @framework_edition: its edition
 * @error: return location for a #GError
 *
 * Chooses a community's framework. Meetings held already keep theirs.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_store_set_community_framework (SeedsStore      *self,
                                     SeedsCommunity  *community,
                                     const char      *framework_id,
                                     guint            framework_edition,
                                     GError         **error)
{
  g_autofree char *edition_text = g_strdup_printf ("%u", MAX (framework_edition, 1));

  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (SEEDS_IS_COMMUNITY (community), FALSE);

  if (!seeds_store_check_id (framework_id, error))
    return FALSE;

  if (!seeds_store_write_row (self,
                              "UPDATE communities SET framework_id = ?2, framework_edition = ?3, "
                              "  updated_at = :now WHERE id = ?1",
                              SEEDS_STORE_VALUES (seeds_community_get_id (community),
                                                  framework_id, edition_text),
                              _("The learning community could not be found. It may have been removed."),
                              error))
    return FALSE;

  seeds_community_set_framework (community, framework_id, framework_edition);
  seeds_store_emit_changed (self, SEEDS_STORE_CHANGE_COMMUNITIES);

  return TRUE;
}
