/* seeds-store-participants.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "store/seeds-store-private.h"
#include "model/seeds-text.h"

#define PARTICIPANT_NOT_FOUND \
  _("The participant could not be found. They may have been removed.")

#define PARTICIPANT_COLUMNS "p.id, p.community_id, p.name, p.organisation, p.partner_type, p.role"

static gpointer
participant_from_row (sqlite3_stmt *stmt)
{
  SeedsPartnerType partner_type = SEEDS_PARTNER_OTHER;
  SeedsParticipant *participant;

  /* The table's CHECK allows only known types. */
  seeds_partner_type_from_string (seeds_store_column_text (stmt, 4), &partner_type);

  participant = seeds_participant_new (seeds_store_column_text (stmt, 0),
                                       seeds_store_column_text (stmt, 1),
                                       seeds_store_column_text (stmt, 2),
                                       seeds_store_column_text (stmt, 3),
                                       partner_type);
  seeds_participant_set_role (participant, seeds_store_column_text (stmt, 5));

  return participant;
}

static gboolean
check_partner_type (SeedsPartnerType   partner_type,
                    GError           **error)
{
  if (!seeds_partner_type_is_valid (partner_type))
    return seeds_store_set_invalid (error, _("Choose the kind of organisation the participant "
                                             "speaks for."));

  return TRUE;
}

/* Checks that the meeting and the participant exist, and that the
 * participant belongs to the meeting's community. */
gboolean
seeds_store_require_participant (SeedsStore  *self,
                                 const char  *meeting_id,
                                 const char  *participant_id,
                                 GError     **error)
{
  g_autofree char *community_id = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!seeds_store_require_meeting (self, meeting_id, &community_id, NULL, error))
    return FALSE;

  stmt = seeds_store_find_row (self, "SELECT community_id FROM participants WHERE id = ?1",
                               participant_id, PARTICIPANT_NOT_FOUND, error);
  if (stmt == NULL)
    return FALSE;

  if (g_strcmp0 (seeds_store_column_text (stmt, 0), community_id) != 0)
    return seeds_store_set_not_found (error, _("The participant is not a member of this learning "
                                               "community."));

  return TRUE;
}

/**
 * seeds_store_list_participants:
 * @self: a #SeedsStore
 * @community_id: the community whose participants to list
 * @error: return location for a #GError
 *
 * Returns: (transfer container) (element-type SeedsParticipant): the
 *   participants of the community, sorted by name
 */
GPtrArray *
seeds_store_list_participants (SeedsStore  *self,
                               const char  *community_id,
                               GError     **error)
{
  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (community_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return seeds_store_collect (self,
                              "SELECT " PARTICIPANT_COLUMNS " FROM participants p "
                              "WHERE p.community_id = ?1 "
                              "ORDER BY p.name COLLATE seeds_name, p.created_at, p.id",
                              SEEDS_STORE_VALUES (community_id),
                              participant_from_row, g_object_unref, error);
}

/**
 * seeds_store_list_attendees:
 * @self: a #SeedsStore
 * @meeting_id: the meeting
 * @error: return location for a #GError
 *
 * Returns: (transfer container) (element-type SeedsParticipant): the
 *   participants who took part in the meeting, sorted by name
 */
GPtrArray *
seeds_store_list_attendees (SeedsStore  *self,
                            const char  *meeting_id,
                            GError     **error)
{
  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (meeting_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return seeds_store_collect (self,
                              "SELECT " PARTICIPANT_COLUMNS " FROM participants p "
                              "JOIN attendance a ON a.participant_id = p.id "
                              "WHERE a.meeting_id = ?1 "
                              "ORDER BY p.name COLLATE seeds_name, p.created_at, p.id",
                              SEEDS_STORE_VALUES (meeting_id),
                              participant_from_row, g_object_unref, error);
}

/**
 * seeds_store_list_absent_members:
 * @self: a #SeedsStore
 * @meeting_id: the meeting
 * @error: return location for a #GError
 *
 * Returns: (transfer container) (element-type SeedsParticipant): the
 *   participants of the meeting's community who do not take part in it,
 *   sorted by name: those who can still be added to it
 */
GPtrArray *
seeds_store_list_absent_members (SeedsStore  *self,
                                 const char  *meeting_id,
                                 GError     **error)
{
  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (meeting_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!seeds_store_require_meeting (self, meeting_id, NULL, NULL, error))
    return NULL;

  return seeds_store_collect (self,
                              "SELECT " PARTICIPANT_COLUMNS " FROM participants p "
                              "JOIN meetings m ON m.community_id = p.community_id "
                              "WHERE m.id = ?1 AND NOT EXISTS ("
                              "  SELECT 1 FROM attendance a "
                              "  WHERE a.meeting_id = ?1 AND a.participant_id = p.id) "
                              "ORDER BY p.name COLLATE seeds_name, p.created_at, p.id",
                              SEEDS_STORE_VALUES (meeting_id),
                              participant_from_row, g_object_unref, error);
}

static gboolean
insert_attendance (SeedsStore  *self,
                   const char  *meeting_id,
                   const char  *participant_id,
                   gboolean    *added,
                   GError     **error)
{
  if (!seeds_store_execute (self,
                            "INSERT OR IGNORE INTO attendance (meeting_id, participant_id) "
                            "VALUES (?1, ?2)",
                            SEEDS_STORE_VALUES (meeting_id, participant_id),
                            NULL, error))
    return FALSE;

  if (added != NULL)
    *added = sqlite3_changes (self->db) > 0;

  return TRUE;
}

/**
 * seeds_store_add_participant:
 * @self: a #SeedsStore
 * @meeting_id: the meeting the new participant takes part in
 * @name: the participant's name
 * @organisation: (nullable): the organisation they speak for
 * @partner_type: the kind of organisation
 * @error: return location for a #GError
 *
 * Adds a participant to the community of the meeting and to the meeting,
 * in one transaction. A poster meeting has no participants.
 *
 * Returns: (transfer full): the new participant, or %NULL with @error set
 */
SeedsParticipant *
seeds_store_add_participant (SeedsStore        *self,
                             const char        *meeting_id,
                             const char        *name,
                             const char        *organisation,
                             SeedsPartnerType   partner_type,
                             GError           **error)
{
  g_autofree char *clean_name = NULL;
  g_autofree char *clean_organisation = NULL;
  g_autofree char *community_id = NULL;
  g_autofree char *id = NULL;

  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (meeting_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(clean_name = seeds_text_clean (name, SEEDS_FIELD_PARTICIPANT_NAME, error)) ||
      !(clean_organisation = seeds_text_clean (organisation, SEEDS_FIELD_ORGANISATION, error)) ||
      !check_partner_type (partner_type, error))
    return NULL;

  id = g_uuid_string_random ();

  if (!seeds_store_begin (self, error))
    return NULL;

  if (!seeds_store_require_meeting (self, meeting_id, &community_id, NULL, error) ||
      !seeds_store_require_kind (self, meeting_id, SEEDS_MEETING_SCORES, error) ||
      !seeds_store_execute (self,
                            "INSERT INTO participants (id, community_id, name, organisation,"
                            "                          partner_type, created_at, updated_at) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, :now, :now)",
                            SEEDS_STORE_VALUES (id, community_id, clean_name, clean_organisation,
                                                seeds_partner_type_to_string (partner_type)),
                            NULL, error) ||
      !insert_attendance (self, meeting_id, id, NULL, error) ||
      !seeds_store_commit (self, error))
    {
      seeds_store_rollback (self);
      return NULL;
    }

  seeds_store_emit_changed (self, SEEDS_STORE_CHANGE_PARTICIPANTS);

  return seeds_participant_new (id, community_id, clean_name, clean_organisation, partner_type);
}

gboolean
seeds_store_attend (SeedsStore  *self,
                    const char  *meeting_id,
                    const char  *participant_id,
                    gboolean    *added,
                    GError     **error)
{
  return seeds_store_require_participant (self, meeting_id, participant_id, error) &&
         seeds_store_require_kind (self, meeting_id, SEEDS_MEETING_SCORES, error) &&
         insert_attendance (self, meeting_id, participant_id, added, error);
}

/**
 * seeds_store_add_attendee:
 * @self: a #SeedsStore
 * @meeting_id: the meeting
 * @participant_id: a participant of the meeting's community
 * @error: return location for a #GError
 *
 * Records that a participant takes part in a meeting. Doing so twice is
 * not an error.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_store_add_attendee (SeedsStore  *self,
                          const char  *meeting_id,
                          const char  *participant_id,
                          GError     **error)
{
  gboolean added = FALSE;

  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (meeting_id != NULL, FALSE);
  g_return_val_if_fail (participant_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!seeds_store_begin (self, error))
    return FALSE;

  if (!seeds_store_attend (self, meeting_id, participant_id, &added, error) ||
      !seeds_store_commit (self, error))
    {
      seeds_store_rollback (self);
      return FALSE;
    }

  if (added)
    seeds_store_emit_changed (self, SEEDS_STORE_CHANGE_PARTICIPANTS);

  return TRUE;
}

/**
 * seeds_store_remove_attendee:
 * @self: a #SeedsStore
 * @meeting_id: the meeting
 * @participant_id: a participant of the meeting
 * @error: return location for a #GError
 *
 * Takes a participant off a meeting, together with their scores in that
 * meeting. They stay in the community. Removing someone who did not take
 * part is not an error.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_store_remove_attendee (SeedsStore  *self,
                             const char  *meeting_id,
                             const char  *participant_id,
                             GError     **error)
{
  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (meeting_id != NULL, FALSE);
  g_return_val_if_fail (participant_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!seeds_store_write_row (self,
                              "DELETE FROM attendance "
                              "WHERE meeting_id = ?1 AND participant_id = ?2",
                              SEEDS_STORE_VALUES (meeting_id, participant_id),
                              NULL, error))
    return FALSE;

  /* COMMIT leaves the count of the DELETE as it was. */
  if (sqlite3_changes (self->db) > 0)
    seeds_store_emit_changed (self, SEEDS_STORE_CHANGE_PARTICIPANTS | SEEDS_STORE_CHANGE_SCORES);

  return TRUE;
}

gboolean
seeds_store_update_participant (SeedsStore        *self,
                                SeedsParticipant  *participant,
                                const char        *name,
                                const char        *organisation,
                                SeedsPartnerType   partner_type,
                                GError           **error)
{
  g_autofree char *clean_name = NULL;
  g_autofree char *clean_organisation = NULL;

  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (SEEDS_IS_PARTICIPANT (participant), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(clean_name = seeds_text_clean (name, SEEDS_FIELD_PARTICIPANT_NAME, error)) ||
      !(clean_organisation = seeds_text_clean (organisation, SEEDS_FIELD_ORGANISATION, error)) ||
      !check_partner_type (partner_type, error))
    return FALSE;

  if (!seeds_store_write_row (self,
                              "UPDATE participants "
                              "SET name = ?2, organisation = ?3, partner_type = ?4, "
                              "    updated_at = :now "
                              "WHERE id = ?1",
                              SEEDS_STORE_VALUES (seeds_participant_get_id (participant),
                                                  clean_name, clean_organisation,
                                                  seeds_partner_type_to_string (partner_type)),
                              PARTICIPANT_NOT_FOUND, error))
    return FALSE;

  g_object_freeze_notify (G_OBJECT (participant));
  seeds_participant_set_name (participant, clean_name);
  seeds_participant_set_organisation (participant, clean_organisation);
  seeds_participant_set_partner_type (participant, partner_type);
  g_object_thaw_notify (G_OBJECT (participant));

  seeds_store_emit_changed (self, SEEDS_STORE_CHANGE_PARTICIPANTS);

  return TRUE;
}

/**
 * seeds_store_delete_participant:
 * @self: a #SeedsStore
 * @participant: the participant to delete
 * @error: return location for a #GError
 *
 * Deletes @participant from the community, with their attendance and
 * scores in every meeting.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_store_delete_participant (SeedsStore        *self,
                                SeedsParticipant  *participant,
                                GError           **error)
{
  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (SEEDS_IS_PARTICIPANT (participant), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return seeds_store_delete_row (self,
                                 "DELETE FROM participants WHERE id = ?1",
                                 seeds_participant_get_id (participant),
                                 PARTICIPANT_NOT_FOUND,
                                 SEEDS_STORE_CHANGE_PARTICIPANTS | SEEDS_STORE_CHANGE_SCORES,
                                 error);
}

/**
 * seeds_store_set_participant_role:
 * @self: a #SeedsStore
 * @participant: a participant
 * @role_id: (nullable): the id of a role of the framework, or %NULL for none
 * @error: return location for a #GError
 *
 * Gives @participant a role in the community (see who is missing in
 * seeds-community-gaps.h). The store keeps the id without checking it
 * against a framework: the window offers the framework's roles.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_store_set_participant_role (SeedsStore        *self,
                                  SeedsParticipant  *participant,
                                  const char        *role_id,
                                  GError           **error)
{
  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (SEEDS_IS_PARTICIPANT (participant), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (role_id != NULL && *role_id == '\0')
    role_id = NULL;
  if (role_id != NULL && strlen (role_id) > 32)
    return seeds_store_set_invalid (error, _("An identifier in the data is not valid."));
  if (role_id != NULL && !seeds_store_check_id (role_id, error))
    return FALSE;

  if (!seeds_store_write_row (self,
                              "UPDATE participants SET role = ?2, updated_at = :now WHERE id = ?1",
                              SEEDS_STORE_VALUES (seeds_participant_get_id (participant), role_id),
                              PARTICIPANT_NOT_FOUND, error))
    return FALSE;

  seeds_participant_set_role (participant, role_id);
  seeds_store_emit_changed (self, SEEDS_STORE_CHANGE_PARTICIPANTS);

  return TRUE;
}

/**
 * seeds_store_list_recent_attendees:
 * @self: a #SeedsStore
 * @community_id: a learning community
 * @n_meetings: how many of its latest meetings count
 * @error: return location for a #GError
 *
 * Lists who took part in at least one of the community's @n_meetings
 * latest meetings, by date. A meeting held with the poster counts too,
 * though nobody is recorded as attending it.
 *
 * Returns: (transfer container) (element-type SeedsParticipant): the
 *   participants, by name, or %NULL with @error set
 */
GPtrArray *
seeds_store_list_recent_attendees (SeedsStore  *self,
                                   const char  *community_id,
                                   guint        n_meetings,
                                   GError     **error)
{
  g_autofree char *limit = g_strdup_printf ("%u", n_meetings);

  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (community_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return seeds_store_collect (self,
                              "SELECT " PARTICIPANT_COLUMNS " FROM participants p "
                              "WHERE p.community_id = ?1 AND EXISTS ("
                              "  SELECT 1 FROM attendance a WHERE a.participant_id = p.id "
                              "  AND a.meeting_id IN (SELECT m.id FROM meetings m "
                              "                       WHERE m.community_id = ?1 "
                              "                       ORDER BY m.date DESC, m.created_at DESC "
                              "                       LIMIT CAST (?2 AS INTEGER))) "
                              "ORDER BY p.name COLLATE seeds_name, p.created_at, p.id",
                              SEEDS_STORE_VALUES (community_id, limit),
                              participant_from_row, g_object_unref, error);
}
