/* seeds-store-import.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "store/seeds-store-private.h"

/* The import of a community export (see seeds-community-import.h), to move
 * communities to another database or to bring them back from a backup:
 * the whole file in one transaction. The reader has checked the file in
 * itself; here it is checked against the database. */

/* A community with its profile, the columns bound as
 * seeds_store_write_entry() does (?4 is not used: it is now). An entry of
 * the directory, or a community removed from it, becomes one of your own. */
#define SQL_PUT_COMMUNITY \
  "INSERT INTO communities (id, name, origin, type, theme, place, partners, contact_name, " \
  "                         email, phone, website, description, latitude, longitude, " \
  "                         created_at, updated_at) " \
  "VALUES (?1, ?2, ?3, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, :now, :now) " \
  "ON CONFLICT (id) DO UPDATE SET " \
  "  name = excluded.name, origin = excluded.origin, type = excluded.type, " \
  "  theme = excluded.theme, place = excluded.place, partners = excluded.partners, " \
  "  contact_name = excluded.contact_name, email = excluded.email, phone = excluded.phone, " \
  "  website = excluded.website, description = excluded.description, " \
  "  latitude = excluded.latitude, longitude = excluded.longitude, " \
  "  updated_at = excluded.updated_at, removed_at = NULL"

/* The same for an export without a profile: an entry keeps the one it has. */
#define SQL_PUT_COMMUNITY_NAME \
  "INSERT INTO communities (id, name, created_at, updated_at) VALUES (?1, ?2, :now, :now) " \
  "ON CONFLICT (id) DO UPDATE SET " \
  "  name = excluded.name, origin = 'own', updated_at = excluded.updated_at, removed_at = NULL"

/* What runs once for each record */
typedef enum
{
  PARTICIPANT_KNOWN,
  MEETING_KNOWN,
  STEP_KNOWN,
  ADD_PARTICIPANT,
  ADD_MEETING,
  ADD_ATTENDEE,
  ADD_SCORE,
  ADD_TALLY,
  ADD_STEP,
  N_STATEMENTS
} Statement;

static const char * const statement_sql[N_STATEMENTS] = {
  [PARTICIPANT_KNOWN] = "SELECT 1 FROM participants WHERE id = ?1",
  [MEETING_KNOWN] = "SELECT 1 FROM meetings WHERE id = ?1",
  [STEP_KNOWN] = "SELECT 1 FROM next_steps WHERE id = ?1",
  [ADD_PARTICIPANT] =
    "INSERT INTO participants (id, community_id, name, organisation, partner_type, created_at, "
    "                          updated_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, :now, :now)",
  [ADD_MEETING] =
    "INSERT INTO meetings (id, community_id, framework_id, kind, date, title, notes, "
    "                      framework_edition, created_at, updated_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, :now, :now)",
  [ADD_ATTENDEE] = "INSERT INTO attendance (meeting_id, participant_id) VALUES (?1, ?2)",
  [ADD_SCORE] =
    "INSERT INTO scores (meeting_id, participant_id, factor_id, comment, value, updated_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, :now)",
  [ADD_TALLY] = "INSERT INTO tallies (meeting_id, factor_id, value, count) VALUES (?1, ?2, ?3, ?4)",
  [ADD_STEP] =
    "INSERT INTO next_steps (id, meeting_id, factor_id, text, owner, due_date, status, "
    "                        reviewed_in, origin_id, origin_name, created_at, updated_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, :now, :now)",
};

/* The statements, prepared once for the whole file: a history of years
 * holds tens of thousands of scores. */
typedef struct
{
  SeedsStore   *store;
  sqlite3_stmt *statements[N_STATEMENTS];
} Writer;

static gboolean
writer_prepare (Writer  *writer,
                GError **error)
{
  for (guint i = 0; i < N_STATEMENTS; i++)
    {
      writer->statements[i] = seeds_store_prepare (writer->store, statement_sql[i], NULL, 0, error);
      if (writer->statements[i] == NULL)
        return FALSE;
    }

  return TRUE;
}

static void
writer_clear (Writer *writer)
{
  for (guint i = 0; i < N_STATEMENTS; i++)
    g_clear_pointer (&writer->statements[i], sqlite3_finalize);
}

/* The statement @which, ready to run again with @values for ?1, ?2, …;
 * :now keeps its value. */
static sqlite3_stmt *
rebind (Writer             *writer,
        Statement           which,
        const char * const *values,
        guint               n_values)
{
  sqlite3_stmt *stmt = writer->statements[which];

  sqlite3_reset (stmt);
  for (guint i = 0; i < n_values; i++)
    sqlite3_bind_text (stmt, i + 1, values[i], -1, SQLITE_TRANSIENT);

  return stmt;
}

static gboolean
run (Writer              *writer,
     Statement            which,
     const char * const  *values,
     guint                n_values,
     GError             **error)
{
  return seeds_store_run (writer->store, rebind (writer, which, values, n_values), error);
}

/* Sets *known to whether the table that @which looks in has @id. */
static gboolean
is_known (Writer      *writer,
          Statement    which,
          const char  *id,
          gboolean    *known,
          GError     **error)
{
  sqlite3_stmt *stmt = rebind (writer, which, SEEDS_STORE_VALUES (id));

  if (!seeds_store_run (writer->store, stmt, error))
    return FALSE;

  *known = sqlite3_data_count (stmt) > 0;
  sqlite3_reset (stmt);

  return TRUE;
}

/* Refuses one of your own communities; sets *found to whether the
 * database has the community at all, in the directory or removed. */
static gboolean
check_community (SeedsStore                  *self,
                 const SeedsCommunityRecord  *record,
                 gboolean                    *found,
                 GError                     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = seeds_store_prepare (self,
                              "SELECT origin = 'own' AND removed_at IS NULL FROM communities "
                              "WHERE id = ?1",
                              SEEDS_STORE_VALUES (record->id), error);
  if (stmt == NULL || !seeds_store_run (self, stmt, error))
    return FALSE;

  *found = sqlite3_data_count (stmt) > 0;

  if (*found && sqlite3_column_int (stmt, 0) != 0)
    {
      g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_CONFLICT,
                   _("“%s” is already in this database; nothing was imported."), record->name);
      return FALSE;
    }

  return TRUE;
}

/* What a community removed from the directory, but not yet for good, has
 * left makes way for the file's; an entry of the directory has only its
 * shared results, which are the file's meetings now. */
static gboolean
clear_remains (SeedsStore  *self,
               const char  *community_id,
               GError     **error)
{
  return seeds_store_execute (self, "DELETE FROM meetings WHERE community_id = ?1",
                              SEEDS_STORE_VALUES (community_id), NULL, error) &&
         seeds_store_execute (self, "DELETE FROM participants WHERE community_id = ?1",
                              SEEDS_STORE_VALUES (community_id), NULL, error) &&
         seeds_store_execute (self, "DELETE FROM shared_results WHERE community_id = ?1",
                              SEEDS_STORE_VALUES (community_id), NULL, error);
}

static gboolean
set_taken (GError     **error,
           const char  *message)
{
  g_set_error_literal (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_CONFLICT, message);
  return FALSE;
}

/* The ids of the file's participants, meetings and next steps must be
 * free: after clear_remains(), one that is not belongs to another
 * community. */
static gboolean
check_ids (Writer                      *writer,
           const SeedsCommunityRecord  *record,
           GError                     **error)
{
  g_autofree char *message = NULL;
  gboolean known = FALSE;

  for (guint i = 0; !known && i < record->participants->len; i++)
    {
      SeedsParticipant *participant = g_ptr_array_index (record->participants, i);

      if (!is_known (writer, PARTICIPANT_KNOWN, seeds_participant_get_id (participant), &known,
                     error))
        return FALSE;

      if (known)
        message = g_strdup_printf (_("The participant “%s” is already in another learning "
                                     "community of this database; nothing was imported."),
                                   seeds_participant_get_name (participant));
    }

  for (guint i = 0; !known && i < record->meetings->len; i++)
    {
      const SeedsMeetingRecord *meeting = g_ptr_array_index (record->meetings, i);

      if (!is_known (writer, MEETING_KNOWN, seeds_meeting_get_id (meeting->meeting), &known,
                     error))
        return FALSE;

      if (known)
        message = g_strdup_printf (_("The meeting “%s” is already in another learning community "
                                     "of this database; nothing was imported."),
                                   seeds_meeting_get_title (meeting->meeting));
    }

  for (guint i = 0; !known && i < record->next_steps->len; i++)
    {
      SeedsNextStep *step = g_ptr_array_index (record->next_steps, i);

      if (!is_known (writer, STEP_KNOWN, seeds_next_step_get_id (step), &known, error))
        return FALSE;

      if (known)
        message = g_strdup_printf (_("The next step “%s” is already in another learning "
                                     "community of this database; nothing was imported."),
                                   seeds_next_step_get_text (step));
    }

  return message == NULL || set_taken (error, message);
}

/* The framework its new meetings start with, when the export says */
static gboolean
write_community_framework (SeedsStore                  *self,
                           const SeedsCommunityRecord  *record,
                           GError                     **error)
{
  g_autofree char *edition = NULL;

  if (record->framework_id == NULL)
    return TRUE;

  edition = g_strdup_printf ("%u", record->framework_edition);
  return seeds_store_execute (self,
                              "UPDATE communities SET framework_id = ?2, framework_edition = ?3 "
                              "WHERE id = ?1",
                              SEEDS_STORE_VALUES (record->id, record->framework_id, edition),
                              NULL, error);
}

static gboolean
write_community (SeedsStore                  *self,
                 const SeedsCommunityRecord  *record,
                 GError                     **error)
{
  g_autoptr(SeedsCommunityProfile) profile = NULL;

  if (record->profile == NULL)
    {
      if (!seeds_store_execute (self, SQL_PUT_COMMUNITY_NAME,
                                SEEDS_STORE_VALUES (record->id, record->name), NULL, error))
        return FALSE;
    }
  else if (!(profile = seeds_community_profile_clean (record->profile, error)) ||
           !seeds_store_write_entry (self, SQL_PUT_COMMUNITY, record->id, record->name,
                                     SEEDS_COMMUNITY_OWN, 0, profile, NULL, error))
    return FALSE;

  return write_community_framework (self, record, error);
}

static gboolean
write_participants (Writer                      *writer,
                    const SeedsCommunityRecord  *record,
                    GError                     **error)
{
  for (guint i = 0; i < record->participants->len; i++)
    {
      SeedsParticipant *participant = g_ptr_array_index (record->participants, i);
      SeedsPartnerType partner_type = seeds_participant_get_partner_type (participant);

      if (!run (writer, ADD_PARTICIPANT,
                SEEDS_STORE_VALUES (seeds_participant_get_id (participant), record->id,
                                    seeds_participant_get_name (participant),
                                    seeds_participant_get_organisation (participant),
                                    seeds_partner_type_to_string (partner_type)),
                error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_scores (Writer                    *writer,
              const SeedsMeetingRecord  *record,
              GError                   **error)
{
  const char *meeting_id = seeds_meeting_get_id (record->meeting);

  for (guint i = 0; i < record->attendee_ids->len; i++)
    {
      if (!run (writer, ADD_ATTENDEE,
                SEEDS_STORE_VALUES (meeting_id, g_ptr_array_index (record->attendee_ids, i)),
                error))
        return FALSE;
    }

  for (guint i = 0; i < record->scores->len; i++)
    {
      const SeedsScore *score = g_ptr_array_index (record->scores, i);
      sqlite3_stmt *stmt = rebind (writer, ADD_SCORE,
                                   SEEDS_STORE_VALUES (meeting_id, score->participant_id,
                                                       score->factor_id, score->comment));

      seeds_store_bind_score (stmt, 5, score->value);
      if (!seeds_store_run (writer->store, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* A row per factor and score with at least one sticker, as
 * seeds_store_set_tallies() writes them */
static gboolean
write_tallies (Writer                    *writer,
               const SeedsMeetingRecord  *record,
               GError                   **error)
{
  const char *meeting_id = seeds_meeting_get_id (record->meeting);

  for (guint i = 0; i < record->tallies->len; i++)
    {
      const SeedsTally *tally = g_ptr_array_index (record->tallies, i);

      for (int v = 0; v < SEEDS_TALLY_N_VALUES; v++)
        {
          sqlite3_stmt *stmt;

          if (tally->counts[v] == 0)
            continue;

          stmt = rebind (writer, ADD_TALLY, SEEDS_STORE_VALUES (meeting_id, tally->factor_id));
          sqlite3_bind_int (stmt, 3, v);
          sqlite3_bind_int64 (stmt, 4, tally->counts[v]);
          if (!seeds_store_run (writer->store, stmt, error))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
write_meeting (Writer                    *writer,
               const SeedsMeetingRecord  *record,
               GError                   **error)
{
  SeedsMeeting *meeting = record->meeting;
  g_autofree char *edition = g_strdup_printf ("%u", seeds_meeting_get_framework_edition (meeting));

  return run (writer, ADD_MEETING,
              SEEDS_STORE_VALUES (seeds_meeting_get_id (meeting),
                                  seeds_meeting_get_community_id (meeting),
                                  seeds_meeting_get_framework_id (meeting),
                                  seeds_meeting_kind_to_string (seeds_meeting_get_kind (meeting)),
                                  seeds_meeting_get_date (meeting),
                                  seeds_meeting_get_title (meeting),
                                  seeds_meeting_get_notes (meeting),
                                  edition),
              error) &&
         write_scores (writer, record, error) &&
         write_tallies (writer, record, error);
}

/* After all meetings: a step may be reviewed in any of them. */
static gboolean
write_next_steps (Writer                      *writer,
                  const SeedsCommunityRecord  *record,
                  GError                     **error)
{
  for (guint i = 0; i < record->next_steps->len; i++)
    {
      SeedsNextStep *step = g_ptr_array_index (record->next_steps, i);
      SeedsNextStepStatus status = seeds_next_step_get_status (step);

      if (!run (writer, ADD_STEP,
                SEEDS_STORE_VALUES (seeds_next_step_get_id (step),
                                    seeds_next_step_get_meeting_id (step),
                                    seeds_next_step_get_factor_id (step),
                                    seeds_next_step_get_text (step),
                                    seeds_next_step_get_owner (step),
                                    seeds_next_step_get_due_date (step),
                                    seeds_next_step_status_to_string (status),
                                    seeds_next_step_get_reviewed_in (step),
                                    seeds_next_step_get_origin_id (step),
                                    seeds_next_step_get_origin_name (step)),
                error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
import_community (Writer                      *writer,
                  const SeedsCommunityRecord  *record,
                  GError                     **error)
{
  SeedsStore *self = writer->store;
  gboolean found = FALSE;

  if (!check_community (self, record, &found, error) ||
      (found && !clear_remains (self, record->id, error)) ||
      !check_ids (writer, record, error) ||
      !write_community (self, record, error) ||
      !write_participants (writer, record, error))
    return FALSE;

  for (guint i = 0; i < record->meetings->len; i++)
    {
      if (!write_meeting (writer, g_ptr_array_index (record->meetings, i), error))
        return FALSE;
    }

  return write_next_steps (writer, record, error);
}

static SeedsStoreChange
what_changes (GPtrArray *communities)
{
  SeedsStoreChange what = SEEDS_STORE_CHANGE_COMMUNITIES | SEEDS_STORE_CHANGE_DIRECTORY;

  for (guint i = 0; i < communities->len; i++)
    {
      const SeedsCommunityRecord *record = g_ptr_array_index (communities, i);

      if (record->participants->len > 0)
        what |= SEEDS_STORE_CHANGE_PARTICIPANTS;
      if (record->meetings->len > 0)
        what |= SEEDS_STORE_CHANGE_MEETINGS;
      if (record->next_steps->len > 0)
        what |= SEEDS_STORE_CHANGE_NEXT_STEPS;

      for (guint m = 0; m < record->meetings->len; m++)
        {
          const SeedsMeetingRecord *meeting = g_ptr_array_index (record->meetings, m);

          if (meeting->scores->len > 0)
            what |= SEEDS_STORE_CHANGE_SCORES;
          if (meeting->tallies->len > 0)
            what |= SEEDS_STORE_CHANGE_TALLIES;
        }
    }

  return what;
}

/**
 * seeds_store_import_communities:
 * @self: a #SeedsStore
 * @import: a community export, as read from a file
 * @error: return location for a #GError
 *
 * Adds every community of @import as one of your own, with its profile,
 * participants, meetings, attendance, scores, tallies and next steps, in
 * one transaction: all of them, or nothing. The records keep their ids;
 * when they were made and changed is now.
 *
 * A community that is one of your own already is refused with
 * SEEDS_STORE_ERROR_CONFLICT: your own data is never overwritten. One that
 * is only in the directory, or removed from it but not yet for good,
 * becomes one of your own, with the export's profile when it has one, and
 * what it had of meetings or shared results gives way to the export's. A
 * participant, meeting or next step whose id another community uses is
 * refused with SEEDS_STORE_ERROR_CONFLICT too. Emits SeedsStore::changed
 * once.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_store_import_communities (SeedsStore            *self,
                                SeedsCommunityImport  *import,
                                GError               **error)
{
  Writer writer = { self, { NULL, } };
  GPtrArray *communities;
  gboolean ok;

  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (SEEDS_IS_COMMUNITY_IMPORT (import), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  communities = seeds_community_import_get_communities (import);

  if (!seeds_store_begin (self, error))
    return FALSE;

  ok = writer_prepare (&writer, error);
  for (guint i = 0; ok && i < communities->len; i++)
    ok = import_community (&writer, g_ptr_array_index (communities, i), error);

  /* Before the commit, which statements in progress would hold up */
  writer_clear (&writer);

  if (!ok || !seeds_store_commit (self, error))
    {
      seeds_store_rollback (self);
      return FALSE;
    }

  seeds_store_emit_changed (self, what_changes (communities));

  return TRUE;
}
