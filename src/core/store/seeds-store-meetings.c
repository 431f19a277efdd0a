/* seeds-store-meetings.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "store/seeds-store-private.h"
#include "store/seeds-store-queries.h"
#include "model/seeds-text.h"

#define MEETING_NOT_FOUND _("The meeting could not be found. It may have been removed.")

/* A meeting from the columns SEEDS_STORE_MEETING_COLUMNS */
gpointer
seeds_store_meeting_from_row (sqlite3_stmt *stmt)
{
  SeedsMeetingKind kind = SEEDS_MEETING_SCORES;

  /* The table's CHECK allows only known kinds. */
  seeds_meeting_kind_from_string (seeds_store_column_text (stmt, 3), &kind);

  return seeds_meeting_new_full (seeds_store_column_text (stmt, 0),
                                 seeds_store_column_text (stmt, 1),
                                 seeds_store_column_text (stmt, 2),
                                 (guint) MAX (sqlite3_column_int (stmt, 7), 1),
                                 kind,
                                 seeds_store_column_text (stmt, 4),
                                 seeds_store_column_text (stmt, 5),
                                 seeds_store_column_text (stmt, 6));
}

static gboolean
check_date (const char  *date,
            GError     **error)
{
  if (!seeds_date_is_valid (date))
    return seeds_store_set_invalid (error, _("Enter a valid date."));

  return TRUE;
}

/* @community_id and @date are optional. */
gboolean
seeds_store_require_meeting (SeedsStore  *self,
                             const char  *meeting_id,
                             char       **community_id,
                             char       **date,
                             GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = seeds_store_find_row (self, "SELECT community_id, date FROM meetings WHERE id = ?1",
                               meeting_id, MEETING_NOT_FOUND, error);
  if (stmt == NULL)
    return FALSE;

  if (community_id != NULL)
    *community_id = g_strdup (seeds_store_column_text (stmt, 0));
  if (date != NULL)
    *date = g_strdup (seeds_store_column_text (stmt, 1));

  return TRUE;
}

gboolean
seeds_store_require_kind (SeedsStore        *self,
                          const char        *meeting_id,
                          SeedsMeetingKind   kind,
                          GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  SeedsMeetingKind actual = SEEDS_MEETING_SCORES;

  stmt = seeds_store_find_row (self, "SELECT kind FROM meetings WHERE id = ?1",
                               meeting_id, MEETING_NOT_FOUND, error);
  if (stmt == NULL)
    return FALSE;

  seeds_meeting_kind_from_string (seeds_store_column_text (stmt, 0), &actual);
  if (actual == kind)
    return TRUE;

  if (actual == SEEDS_MEETING_POSTER)
    return seeds_store_set_invalid (error, _("This meeting was held with the poster: it has no "
                                             "participants or scores, only the number of "
                                             "stickers per score."));

  return seeds_store_set_invalid (error, _("This meeting was scored by its participants: it has "
                                           "no sticker counts from the poster."));
}

/**
 * seeds_store_list_meetings:
 * @self: a #SeedsStore
 * @community_id: the community whose meetings to list
 * @error: return location for a #GError
 *
 * Returns: (transfer container) (element-type SeedsMeeting): the meetings
 *   of the community, newest first
 */
GPtrArray *
seeds_store_list_meetings (SeedsStore  *self,
                           const char  *community_id,
                           GError     **error)
{
  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (community_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return seeds_store_collect (self, SEEDS_STORE_SQL_LIST_MEETINGS,
                              SEEDS_STORE_VALUES (community_id),
                              seeds_store_meeting_from_row, g_object_unref, error);
}

SeedsMeeting *
seeds_store_get_meeting (SeedsStore  *self,
                         const char  *meeting_id,
                         GError     **error)
{
  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (meeting_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return seeds_store_fetch_one (self,
                                "SELECT " SEEDS_STORE_MEETING_COLUMNS " FROM meetings WHERE id = ?1",
                                meeting_id,
                                seeds_store_meeting_from_row, MEETING_NOT_FOUND, error);
}

/* A meeting scored by its participants: see seeds_store_add_meeting_of_kind(). */
SeedsMeeting *
seeds_store_add_meeting (SeedsStore  *self,
                         const char  *community_id,
                         const char  *framework_id,
                         const char  *date,
                         const char  *title,
                         const char  *notes,
                         GError     **error)
{
  return seeds_store_add_meeting_of_kind (self, community_id, framework_id, SEEDS_MEETING_SCORES,
                                          date, title, notes, error);
}

/**
 * seeds_store_add_meeting_of_kind:
 * @self: a #SeedsStore
 * @community_id: the community the meeting belongs to
 * @framework_id: the framework the meeting is scored with
 * @kind: scored by the participants, or held with the printed poster
 * @date: "YYYY-MM-DD"
 * @title: the meeting's title
 * @notes: (nullable): notes
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the new meeting, or %NULL with @error set
 */
SeedsMeeting *
seeds_store_add_meeting_of_kind (SeedsStore        *self,
                                 const char        *community_id,
                                 const char        *framework_id,
                                 SeedsMeetingKind   kind,
                                 const char        *date,
                                 const char        *title,
                                 const char        *notes,
                                 GError           **error)
{
  return seeds_store_add_meeting_full (self, community_id, framework_id, 1, kind,
                                       date, title, notes, error);
}

/**
 * seeds_store_add_meeting_full:
 * @framework_edition: the edition of @framework_id
 *
 * As seeds_store_add_meeting_of_kind(), with the edition of the framework
 * the meeting is scored with.
 *
 * Returns: (transfer full): the new meeting, or %NULL with @error set
 */
SeedsMeeting *
seeds_store_add_meeting_full (SeedsStore        *self,
                              const char        *community_id,
                              const char        *framework_id,
                              guint              framework_edition,
                              SeedsMeetingKind   kind,
                              const char        *date,
                              const char        *title,
                              const char        *notes,
                              GError           **error)
{
  g_autofree char *edition_text = g_strdup_printf ("%u", framework_edition);
  g_autofree char *clean_title = NULL;
  g_autofree char *clean_notes = NULL;
  g_autofree char *id = NULL;

  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (community_id != NULL, NULL);
  g_return_val_if_fail (framework_edition >= 1, NULL);
  g_return_val_if_fail (seeds_meeting_kind_is_valid (kind), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!seeds_store_check_id (framework_id, error) ||
      !check_date (date, error) ||
      !(clean_title = seeds_text_clean (title, SEEDS_FIELD_MEETING_TITLE, error)) ||
      !(clean_notes = seeds_text_clean (notes, SEEDS_FIELD_MEETING_NOTES, error)))
    return NULL;

  id = g_uuid_string_random ();

  if (!seeds_store_begin (self, error))
    return NULL;

  if (!seeds_store_require_community (self, community_id, error) ||
      !seeds_store_execute (self,
                            "INSERT INTO meetings (id, community_id, framework_id, kind, date,"
                            "                      title, notes, framework_edition,"
                            "                      created_at, updated_at) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, :now, :now)",
                            SEEDS_STORE_VALUES (id, community_id, framework_id,
                                                seeds_meeting_kind_to_string (kind), date,
                                                clean_title, clean_notes, edition_text),
                            NULL, error) ||
      !seeds_store_commit (self, error))
    {
      seeds_store_rollback (self);
      return NULL;
    }

  seeds_store_emit_changed (self, SEEDS_STORE_CHANGE_MEETINGS);

  return seeds_meeting_new_full (id, community_id, framework_id, framework_edition, kind,
                                 date, clean_title, clean_notes);
}

gboolean
seeds_store_update_meeting (SeedsStore    *self,
                            SeedsMeeting  *meeting,
                            const char    *date,
                            const char    *title,
                            const char    *notes,
                            GError       **error)
{
  g_autofree char *clean_title = NULL;
  g_autofree char *clean_notes = NULL;

  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (SEEDS_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_date (date, error) ||
      !(clean_title = seeds_text_clean (title, SEEDS_FIELD_MEETING_TITLE, error)) ||
      !(clean_notes = seeds_text_clean (notes, SEEDS_FIELD_MEETING_NOTES, error)))
    return FALSE;

  if (!seeds_store_write_row (self,
                              "UPDATE meetings "
                              "SET date = ?2, title = ?3, notes = ?4, updated_at = :now "
                              "WHERE id = ?1",
                              SEEDS_STORE_VALUES (seeds_meeting_get_id (meeting),
                                                  date, clean_title, clean_notes),
                              MEETING_NOT_FOUND, error))
    return FALSE;

  g_object_freeze_notify (G_OBJECT (meeting));
  seeds_meeting_set_date (meeting, date);
  seeds_meeting_set_title (meeting, clean_title);
  seeds_meeting_set_notes (meeting, clean_notes);
  g_object_thaw_notify (G_OBJECT (meeting));

  seeds_store_emit_changed (self, SEEDS_STORE_CHANGE_MEETINGS);

  return TRUE;
}

/**
 * seeds_store_delete_meeting:
 * @self: a #SeedsStore
 * @meeting: the meeting to delete
 * @error: return location for a #GError
 *
 * Deletes @meeting with its attendance, scores, tallies and next steps.
 * The participants stay in the community; steps reviewed in it lose their
 * review.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_store_delete_meeting (SeedsStore    *self,
                            SeedsMeeting  *meeting,
                            GError       **error)
{
  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (SEEDS_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return seeds_store_delete_row (self,
                                 "DELETE FROM meetings WHERE id = ?1",
                                 seeds_meeting_get_id (meeting),
                                 MEETING_NOT_FOUND,
                                 (SEEDS_STORE_CHANGE_MEETINGS |
                                  SEEDS_STORE_CHANGE_PARTICIPANTS |
                                  SEEDS_STORE_CHANGE_SCORES |
                                  SEEDS_STORE_CHANGE_TALLIES |
                                  SEEDS_STORE_CHANGE_NEXT_STEPS),
                                 error);
}
