/* seeds-store-exchange.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "store/seeds-store-private.h"
#include "model/seeds-text.h"

/* Imports of the exchange files (see seeds-importer.c): each file is one
 * transaction, so that it is saved completely or leaves no trace. */

typedef enum
{
  MATCH_NONE,
  MATCH_BY_ID,
  MATCH_BY_NAME,
} Match;

/* Runs a query and sets *value to the text in the first column of its
 * first row, or to NULL when there is no row. */
static gboolean
lookup_text (SeedsStore          *self,
             const char          *sql,
             const char * const  *values,
             guint                n_values,
             char               **value,
             GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = seeds_store_prepare (self, sql, values, n_values, error);

  *value = NULL;

  if (stmt == NULL || !seeds_store_run (self, stmt, error))
    return FALSE;

  if (sqlite3_data_count (stmt) > 0)
    *value = g_strdup (seeds_store_column_text (stmt, 0));

  return TRUE;
}

/**
 * seeds_store_import_invitation:
 * @self: a #SeedsStore
 * @invitation: a meeting invitation, as read from a file
 * @added: (out) (optional): whether the meeting was new; %FALSE when it
 *   was already in the database, which is not an error
 * @error: return location for a #GError
 *
 * Adds the meeting of @invitation, and its community when that is new too.
 * A community or meeting that is already there is left as it is: the
 * facilitator may have renamed it since. A community that is in the
 * directory from its profile, or removed from it, becomes one of your own,
 * without the scores it shared.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_store_import_invitation (SeedsStore       *self,
                               SeedsInvitation  *invitation,
                               gboolean         *added,
                               GError          **error)
{
  const char *community_id;
  const char *meeting_id;
  const char *framework_id;
  const char *date;
  g_autofree char *community_name = NULL;
  g_autofree char *title = NULL;
  g_autofree char *known = NULL;
  g_autofree char *edition = NULL;
  SeedsStoreChange what = SEEDS_STORE_CHANGE_MEETINGS;

  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (SEEDS_IS_INVITATION (invitation), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  community_id = seeds_invitation_get_community_id (invitation);
  meeting_id = seeds_invitation_get_meeting_id (invitation);
  framework_id = seeds_invitation_get_framework_id (invitation);
  date = seeds_invitation_get_date (invitation);
  edition = g_strdup_printf ("%u", seeds_invitation_get_framework_edition (invitation));

  if (added != NULL)
    *added = FALSE;

  if (!seeds_store_check_id (community_id, error) ||
      !seeds_store_check_id (meeting_id, error) ||
      !seeds_store_check_id (framework_id, error) ||
      !(community_name = seeds_text_clean (seeds_invitation_get_community_name (invitation),
                                           SEEDS_FIELD_COMMUNITY_NAME, error)) ||
      !(title = seeds_text_clean (seeds_invitation_get_title (invitation),
                                  SEEDS_FIELD_MEETING_TITLE, error)))
    return FALSE;

  if (!seeds_date_is_valid (date))
    return seeds_store_set_invalid (error, _("Enter a valid date."));

  if (!seeds_store_begin (self, error))
    return FALSE;

  if (!lookup_text (self, "SELECT id FROM meetings WHERE id = ?1",
                    SEEDS_STORE_VALUES (meeting_id), &known, error))
    goto failed;

  if (known != NULL)
    {
      seeds_store_rollback (self);
      return TRUE;
    }

  /* A community known from its profile, or removed from the directory,
   * becomes one of your own with its first meeting here: its scores are
   * this database's now, not the ones it shared. */
  if (!seeds_store_execute (self,
                            "INSERT INTO communities (id, name, created_at, updated_at) "
                            "VALUES (?1, ?2, :now, :now) "
                            "ON CONFLICT (id) DO UPDATE SET origin = 'own', removed_at = NULL "
                            "WHERE origin <> 'own' OR removed_at IS NOT NULL",
                            SEEDS_STORE_VALUES (community_id, community_name),
                            NULL, error))
    goto failed;

  if (sqlite3_changes (self->db) > 0)
    what |= SEEDS_STORE_CHANGE_COMMUNITIES | SEEDS_STORE_CHANGE_DIRECTORY;

  if (!seeds_store_execute (self, "DELETE FROM shared_results WHERE community_id = ?1",
                            SEEDS_STORE_VALUES (community_id), NULL, error))
    goto failed;

  if (!seeds_store_execute (self,
                            "INSERT INTO meetings (id, community_id, framework_id, date, title,"
                            "                      framework_edition, created_at, updated_at) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, :now, :now)",
                            SEEDS_STORE_VALUES (meeting_id, community_id, framework_id, date,
                                                title, edition),
                            NULL, error) ||
      !seeds_store_commit (self, error))
    goto failed;

  if (added != NULL)
    *added = TRUE;

  seeds_store_emit_changed (self, what);

  return TRUE;

failed:
  seeds_store_rollback (self);
  return FALSE;
}

static gpointer
id_and_name_from_row (sqlite3_stmt *stmt)
{
  return g_strdupv ((char *[]) {
                      (char *) seeds_store_column_text (stmt, 0),
                      (char *) seeds_store_column_text (stmt, 1),
                      NULL
                    });
}

/* The community's participants as { id, name } pairs. Namesakes are rare
 * in one community; should there be some, the one who takes part in the
 * meeting goes first, then the one added first. */
static GPtrArray *
list_candidates (SeedsStore  *self,
                 const char  *meeting_id,
                 const char  *community_id,
                 GError     **error)
{
  return seeds_store_collect (self,
                              "SELECT p.id, p.name FROM participants p "
                              "LEFT JOIN attendance a "
                              "  ON a.participant_id = p.id AND a.meeting_id = ?2 "
                              "WHERE p.community_id = ?1 "
                              "ORDER BY a.meeting_id IS NULL, p.created_at, p.rowid",
                              SEEDS_STORE_VALUES (community_id, meeting_id),
                              id_and_name_from_row, (GDestroyNotify) g_strfreev, error);
}

/* A name's key (seeds_text_name_key()) and skeleton
 * (seeds_text_name_skeleton()), remembered by the store: a card is
 * compared with every participant of its community, and working them out
 * anew for each made importing many cards of newcomers to a large
 * community slow. */
typedef struct
{
  char *key;
  char *skeleton;
} NameForms;

#define MAX_NAME_FORMS 10000

static void
name_forms_free (gpointer data)
{
  NameForms *forms = data;

  g_free (forms->key);
  g_free (forms->skeleton);
  g_free (forms);
}

/* Valid until forget_name_forms() */
static const NameForms *
lookup_name_forms (SeedsStore *self,
                   const char *name)
{
  NameForms *forms;

  if (self->name_forms == NULL)
    self->name_forms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, name_forms_free);

  forms = g_hash_table_lookup (self->name_forms, name);
  if (forms == NULL)
    {
      forms = g_new (NameForms, 1);
      forms->key = seeds_text_name_key (name);
      forms->skeleton = seeds_text_name_skeleton (name);
      g_hash_table_insert (self->name_forms, g_strdup (name), forms);
    }

  return forms;
}

/* Keeps what the store remembers of names within bounds */
static void
forget_name_forms (SeedsStore *self)
{
  if (self->name_forms != NULL && g_hash_table_size (self->name_forms) > MAX_NAME_FORMS)
    g_hash_table_remove_all (self->name_forms);
}

/* The first candidate whose name is @name written differently (see
 * seeds_text_name_key()), or NULL */
static char **
find_by_name (SeedsStore *self,
              GPtrArray  *candidates,
              const char *name)
{
  const char *key = lookup_name_forms (self, name)->key;

  for (guint i = 0; i < candidates->len; i++)
    {
      char **candidate = g_ptr_array_index (candidates, i);

      if (g_str_equal (lookup_name_forms (self, candidate[1])->key, key))
        return candidate;
    }

  return NULL;
}

/* Refuses @name for participant @participant_id (NULL for someone new)
 * when it looks like the name of another participant without being that
 * name: "Аnna de Vries" with a Cyrillic A beside "Anna de Vries". Real
 * namesakes, with names that are the same, pass. */
static gboolean
check_lookalike (SeedsStore  *self,
                 GPtrArray   *candidates,
                 const char  *participant_id,
                 const char  *name,
                 GError     **error)
{
  const NameForms *forms = lookup_name_forms (self, name);

  for (guint i = 0; i < candidates->len; i++)
    {
      char **candidate = g_ptr_array_index (candidates, i);
      const NameForms *candidate_forms;
      g_autofree char *shown = NULL;

      if (g_strcmp0 (candidate[0], participant_id) == 0)
        continue;

      candidate_forms = lookup_name_forms (self, candidate[1]);
      if (!g_str_equal (candidate_forms->skeleton, forms->skeleton) ||
          g_str_equal (candidate_forms->key, forms->key))
        continue;

      shown = seeds_text_make_visible (name, -1, 80);
      g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_LOOKALIKE,
                   /* Translators: two names of people that look the same */
                   _("The name “%s” on the score card looks like “%s”, who is already a "
                     "participant, but is written with other characters. Nothing was "
                     "imported: check with the sender who this is."),
                   shown, candidate[1]);
      return FALSE;
    }

  return TRUE;
}

/* Finds the participant of a card in the meeting's community: by the
 * card's id, else by name. Sets *participant_id and *name to theirs, or to
 * NULL when the card is of someone new; *id_taken says whether the card's
 * id is used by a participant of another community. A name that passes
 * for another participant's is refused. */
static gboolean
find_participant (SeedsStore      *self,
                  SeedsScorecard  *card,
                  const char      *meeting_id,
                  const char      *community_id,
                  const char      *clean_name,
                  Match           *match,
                  char           **participant_id,
                  char           **name,
                  gboolean        *id_taken,
                  GError         **error)
{
  const char *card_id = seeds_scorecard_get_participant_id (card);
  g_autoptr(GPtrArray) candidates = NULL;
  char **namesake;

  *match = MATCH_NONE;
  *participant_id = NULL;
  *name = NULL;
  *id_taken = FALSE;

  candidates = list_candidates (self, meeting_id, community_id, error);
  if (candidates == NULL)
    return FALSE;

  if (card_id != NULL)
    {
      g_autofree char *owner_community_id = NULL;

      if (!lookup_text (self, "SELECT community_id FROM participants WHERE id = ?1",
                        SEEDS_STORE_VALUES (card_id), &owner_community_id, error))
        return FALSE;

      if (g_strcmp0 (owner_community_id, community_id) == 0)
        {
          *match = MATCH_BY_ID;
          *participant_id = g_strdup (card_id);
          *name = g_strdup (clean_name);
          return check_lookalike (self, candidates, card_id, clean_name, error);
        }

      *id_taken = owner_community_id != NULL;
    }

  namesake = find_by_name (self, candidates, clean_name);
  if (namesake != NULL)
    {
      *match = MATCH_BY_NAME;
      *participant_id = g_strdup (namesake[0]);
      *name = g_strdup (namesake[1]);
      return TRUE;
    }

  return check_lookalike (self, candidates, NULL, clean_name, error);
}

/* Creates or updates the participant of @card. A participant found by name
 * keeps the name as it is written in the database. */
static gboolean
write_participant (SeedsStore      *self,
                   SeedsScorecard  *card,
                   Match            match,
                   const char      *participant_id,
                   const char      *community_id,
                   const char      *name,
                   const char      *organisation,
                   GError         **error)
{
  const char *partner_type = seeds_partner_type_to_string (seeds_scorecard_get_partner_type (card));

  switch (match)
    {
    case MATCH_NONE:
      return seeds_store_execute (self,
                                  "INSERT INTO participants (id, community_id, name, organisation,"
                                  "                          partner_type, created_at,"
                                  "                          updated_at) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, :now, :now)",
                                  SEEDS_STORE_VALUES (participant_id, community_id, name,
                                                      organisation, partner_type),
                                  NULL, error);

    case MATCH_BY_ID:
    case MATCH_BY_NAME:
      return seeds_store_execute (self,
                                  "UPDATE participants "
                                  "SET name = ?2, organisation = ?3, partner_type = ?4, "
                                  "    updated_at = :now "
                                  "WHERE id = ?1",
                                  SEEDS_STORE_VALUES (participant_id, name, organisation,
                                                      partner_type),
                                  NULL, error);

    default:
      g_return_val_if_reached (FALSE);
    }
}

/* Replaces the participant's scores in the meeting by exactly those on
 * @card, with @comments in the order of @factor_ids. */
static gboolean
write_scores (SeedsStore          *self,
              SeedsScorecard      *card,
              const char          *meeting_id,
              const char          *participant_id,
              const char * const  *factor_ids,
              GPtrArray           *comments,
              gboolean            *replaced,
              GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *earlier = NULL;

  if (!lookup_text (self,
                    "SELECT participant_id FROM scores "
                    "WHERE meeting_id = ?1 AND participant_id = ?2 LIMIT 1",
                    SEEDS_STORE_VALUES (meeting_id, participant_id), &earlier, error))
    return FALSE;
  *replaced = earlier != NULL;

  if (!seeds_store_execute (self,
                            "DELETE FROM scores WHERE meeting_id = ?1 AND participant_id = ?2",
                            SEEDS_STORE_VALUES (meeting_id, participant_id),
                            NULL, error))
    return FALSE;

  /* One statement for all the card's scores: preparing it anew for each
   * took a third of the time of importing many cards. */
  stmt = seeds_store_prepare (self,
                              "INSERT INTO scores (meeting_id, participant_id, factor_id,"
                              "                    comment, value, updated_at) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, :now)",
                              SEEDS_STORE_VALUES (meeting_id, participant_id, NULL, NULL),
                              error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; factor_ids[i] != NULL; i++)
    {
      sqlite3_bind_text (stmt, 3, factor_ids[i], -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, g_ptr_array_index (comments, i), -1, SQLITE_TRANSIENT);
      seeds_store_bind_score (stmt, 5, seeds_scorecard_get_score (card, factor_ids[i]));

      if (!seeds_store_run (self, stmt, error))
        return FALSE;

      sqlite3_reset (stmt);
    }

  return TRUE;
}

/**
 * seeds_store_import_scorecard:
 * @self: a #SeedsStore
 * @card: a score card, as read from a file
 * @replaced: (out) (optional): whether the participant had scores in the
 *   meeting already, which the card replaced
 * @error: return location for a #GError
 *
 * Records the scores on @card as the participant's scores in its meeting,
 * which must exist. The participant is found in the meeting's community by
 * the card's participant id, and then gets the card's name, organisation
 * and partner type; else by name, whatever its case, white space or
 * normalization (seeds_text_name_key()), and then gets the card's
 * organisation and partner type; else they are added, with the card's id
 * when it is free, so that their next card finds them. A name that looks
 * like another participant's without being it (seeds_text_name_skeleton())
 * is refused with SEEDS_STORE_ERROR_LOOKALIKE. They are
 * recorded as taking part in the meeting, and their earlier scores there
 * are replaced by exactly those on the card.
 *
 * Returns: (transfer full): the participant as now stored, or %NULL with
 *   @error set
 */
SeedsParticipant *
seeds_store_import_scorecard (SeedsStore      *self,
                              SeedsScorecard  *card,
                              gboolean        *replaced,
                              GError         **error)
{
  return seeds_store_import_scorecard_full (self, card, SEEDS_STORE_CARD_DEFAULT, replaced, error);
}

/* Refuses a card that found its participant by name only when they have
 * scores in the meeting already: in a live round, anyone in the room can
 * type a name, and must not replace what another gave under it. */
static gboolean
check_keep_others (SeedsStore  *self,
                   const char  *meeting_id,
                   const char  *participant_id,
                   const char  *name,
                   GError     **error)
{
  g_autofree char *earlier = NULL;

  if (!lookup_text (self,
                    "SELECT participant_id FROM scores "
                    "WHERE meeting_id = ?1 AND participant_id = ?2 LIMIT 1",
                    SEEDS_STORE_VALUES (meeting_id, participant_id), &earlier, error))
    return FALSE;

  if (earlier == NULL)
    return TRUE;

  g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_CONFLICT,
               /* Translators: a participant's name */
               _("Someone has already given scores as “%s” in this meeting. Nothing was "
                 "imported."),
               name);
  return FALSE;
}

/**
 * seeds_store_import_scorecard_full:
 * @self: a #SeedsStore
 * @card: a score card
 * @flags: how the card may find its participant
 * @replaced: (out) (optional): as for seeds_store_import_scorecard()
 * @error: return location for a #GError
 *
 * seeds_store_import_scorecard(), with @flags: with
 * %SEEDS_STORE_CARD_KEEP_OTHERS a card found by name, not by its
 * participant id, replaces no scores in the meeting.
 *
 * Returns: (transfer full): the participant as now stored, or %NULL with
 *   @error set
 */
SeedsParticipant *
seeds_store_import_scorecard_full (SeedsStore           *self,
                                   SeedsScorecard       *card,
                                   SeedsStoreCardFlags   flags,
                                   gboolean             *replaced,
                                   GError              **error)
{
  g_autoptr(sqlite3_stmt) meeting = NULL;
  g_autofree char *meeting_framework_id = NULL;
  g_autofree char *card_framework_id = NULL;
  g_autoptr(GPtrArray) comments = NULL;
  g_auto(GStrv) factor_ids = NULL;
  g_autofree char *name = NULL;
  g_autofree char *organisation = NULL;
  g_autofree char *community_id = NULL;
  g_autofree char *participant_id = NULL;
  g_autofree char *stored_name = NULL;
  const char *meeting_id;
  const char *framework_id;
  gboolean id_taken = FALSE;
  gboolean had_scores = FALSE;
  gboolean is_poster;
  Match match = MATCH_NONE;

  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (SEEDS_IS_SCORECARD (card), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  meeting_id = seeds_scorecard_get_meeting_id (card);
  framework_id = seeds_scorecard_get_framework_id (card);
  factor_ids = seeds_scorecard_get_factor_ids (card);
  comments = g_ptr_array_new_with_free_func (g_free);

  if (replaced != NULL)
    *replaced = FALSE;

  if (!seeds_store_check_id (meeting_id, error) ||
      !seeds_store_check_id (framework_id, error) ||
      !(name = seeds_text_clean (seeds_scorecard_get_name (card),
                                 SEEDS_FIELD_PARTICIPANT_NAME, error)) ||
      !(organisation = seeds_text_clean (seeds_scorecard_get_organisation (card),
                                         SEEDS_FIELD_ORGANISATION, error)))
    return NULL;

  for (guint i = 0; factor_ids[i] != NULL; i++)
    {
      char *comment;

      if (!seeds_store_check_id (factor_ids[i], error) ||
          !(comment = seeds_text_clean (seeds_scorecard_get_comment (card, factor_ids[i]),
                                        SEEDS_FIELD_COMMENT, error)))
        return NULL;

      g_ptr_array_add (comments, comment);
    }

  forget_name_forms (self);

  if (!seeds_store_begin (self, error))
    return NULL;

  meeting = seeds_store_find_row (self,
                                  "SELECT community_id, framework_id, kind, framework_edition "
                                  "FROM meetings WHERE id = ?1",
                                  meeting_id,
                                  _("The score card is for a meeting that is not in this "
                                    "database."),
                                  error);
  if (meeting == NULL)
    goto failed;

  community_id = g_strdup (seeds_store_column_text (meeting, 0));
  meeting_framework_id = seeds_framework_describe_edition (seeds_store_column_text (meeting, 1),
                                                           (guint) sqlite3_column_int (meeting, 3));
  is_poster = g_strcmp0 (seeds_store_column_text (meeting, 2),
                         seeds_meeting_kind_to_string (SEEDS_MEETING_POSTER)) == 0;
  g_clear_pointer (&meeting, sqlite3_finalize);

  if (is_poster)
    {
      seeds_store_set_invalid (error, _("The score card is for a meeting held with the poster, "
                                        "which has no scores of its own."));
      goto failed;
    }

  card_framework_id = seeds_framework_describe_edition (framework_id,
                                                        seeds_scorecard_get_framework_edition (card));
  if (!g_str_equal (card_framework_id, meeting_framework_id))
    {
      g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID,
                   _("The score card is for the framework “%s”, but the meeting is scored with "
                     "“%s”."),
                   card_framework_id, meeting_framework_id);
      goto failed;
    }

  if (!find_participant (self, card, meeting_id, community_id, name,
                         &match, &participant_id, &stored_name, &id_taken, error))
    goto failed;

  if ((flags & SEEDS_STORE_CARD_KEEP_OTHERS) != 0 && match == MATCH_BY_NAME &&
      !check_keep_others (self, meeting_id, participant_id, stored_name, error))
    goto failed;

  if (match == MATCH_NONE)
    {
      const char *card_id = seeds_scorecard_get_participant_id (card);

      participant_id = card_id != NULL && !id_taken ? g_strdup (card_id) : g_uuid_string_random ();
      stored_name = g_strdup (name);
    }

  if (!write_participant (self, card, match, participant_id, community_id, stored_name,
                          organisation, error) ||
      !seeds_store_attend (self, meeting_id, participant_id, NULL, error) ||
      !write_scores (self, card, meeting_id, participant_id,
                     (const char * const *) factor_ids, comments, &had_scores, error) ||
      !seeds_store_commit (self, error))
    goto failed;

  if (replaced != NULL)
    *replaced = had_scores;

  seeds_store_emit_changed (self, SEEDS_STORE_CHANGE_PARTICIPANTS | SEEDS_STORE_CHANGE_SCORES);

  return seeds_participant_new (participant_id, community_id, stored_name, organisation,
                                seeds_scorecard_get_partner_type (card));

failed:
  seeds_store_rollback (self);
  return NULL;
}
