/* seeds-meeting-reader.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "store/seeds-meeting-reader.h"
#include "store/seeds-store-private.h"
#include "store/seeds-store-queries.h"

/* Four statements, each stepped as far as the meeting being read: every
 * one orders its rows by the meeting first, in the same order, so that
 * they come meeting by meeting together. A meeting's records are sorted
 * as the lists of one meeting are, but in SQLite, within the meeting
 * (the index gives the meetings by date), and by numbers rather than by
 * name: the people who take part in the community's meetings are numbered
 * by name once, in "members". */

#define MEETING_ORDER "m.date, m.created_at, m.rowid"

/* by_name is the order of seeds_store_list_attendees(), by_name_and_id
 * that of seeds_store_list_scores(). */
#define MEMBERS \
  "WITH members AS (" \
  "  SELECT id," \
  "         row_number () OVER (ORDER BY name COLLATE seeds_name, created_at, id) AS by_name," \
  "         row_number () OVER (ORDER BY name COLLATE seeds_name, id) AS by_name_and_id " \
  "  FROM participants " \
  "  WHERE id IN (SELECT a.participant_id FROM meetings m " \
  "               JOIN attendance a ON a.meeting_id = m.id " \
  "               WHERE m.community_id = ?1)) "

typedef enum
{
  MEETINGS,
  ATTENDEES,
  SCORES,
  TALLIES,
  N_QUERIES
} Query;

/* Each with the community's id in ?1; all but the first with the
 * meeting's id in their first column. The scores are read from the
 * primary key, which holds them in the order of (meeting, participant,
 * factor): SQLite would take the smaller index by participant, and then
 * look up every score in the table. */
static const char * const queries[] = {
  [MEETINGS] =
    "SELECT " SEEDS_STORE_MEETING_COLUMNS " FROM meetings m "
    "WHERE m.community_id = ?1 "
    "ORDER BY " MEETING_ORDER,
  [ATTENDEES] =
    MEMBERS
    "SELECT a.meeting_id, a.participant_id "
    "FROM meetings m CROSS JOIN members p "
    "CROSS JOIN attendance a ON a.meeting_id = m.id AND a.participant_id = p.id "
    "WHERE m.community_id = ?1 "
    "ORDER BY " MEETING_ORDER ", p.by_name",
  [SCORES] =
    MEMBERS
    "SELECT s.meeting_id, s.participant_id, s.factor_id, s.value, s.comment "
    "FROM meetings m CROSS JOIN members p "
    "CROSS JOIN scores s INDEXED BY sqlite_autoindex_scores_1 "
    "  ON s.meeting_id = m.id AND s.participant_id = p.id "
    "WHERE m.community_id = ?1 "
    "ORDER BY " MEETING_ORDER ", p.by_name_and_id, length (s.factor_id), s.factor_id",
  [TALLIES] =
    "SELECT t.meeting_id, t.factor_id, t.value, t.count "
    "FROM meetings m CROSS JOIN tallies t ON t.meeting_id = m.id "
    "WHERE m.community_id = ?1 "
    "ORDER BY " MEETING_ORDER ", length (t.factor_id), t.factor_id, t.value",
};

G_STATIC_ASSERT (G_N_ELEMENTS (queries) == N_QUERIES);

typedef struct
{
  sqlite3_stmt *stmt;
  int           rc;     /* of its last step */
  gboolean      taken;  /* its row was handed out: step before looking again */
} Rows;

struct _SeedsMeetingReader
{
  SeedsStore   *store;
  Rows          rows[N_QUERIES];
  SeedsMeeting *meeting;  /* whose records are read now */
  SeedsScore    score;    /* the last one handed out, with the statement's strings */
  SeedsTally   *tally;
  GError       *error;    /* the first failure */
};

/**
 * seeds_meeting_reader_new:
 * @store: the database
 * @community_id: the community
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the reader, before the community's first
 *   meeting, or %NULL with @error set
 */
SeedsMeetingReader *
seeds_meeting_reader_new (SeedsStore  *store,
                          const char  *community_id,
                          GError     **error)
{
  g_autoptr(SeedsMeetingReader) self = NULL;

  g_return_val_if_fail (SEEDS_IS_STORE (store), NULL);
  g_return_val_if_fail (community_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_new0 (SeedsMeetingReader, 1);
  self->store = g_object_ref (store);

  for (guint q = 0; q < N_QUERIES; q++)
    {
      self->rows[q].stmt = seeds_store_prepare (store, queries[q], SEEDS_STORE_VALUES (community_id),
                                                error);
      if (self->rows[q].stmt == NULL)
        return NULL;

      /* Not stepped yet */
      self->rows[q].rc = SQLITE_ROW;
      self->rows[q].taken = TRUE;
    }

  return g_steal_pointer (&self);
}

void
seeds_meeting_reader_free (SeedsMeetingReader *self)
{
  if (self == NULL)
    return;

  for (guint q = 0; q < N_QUERIES; q++)
    sqlite3_finalize (self->rows[q].stmt);
  g_clear_object (&self->meeting);
  g_clear_pointer (&self->tally, seeds_tally_free);
  g_clear_error (&self->error);
  g_clear_object (&self->store);
  g_free (self);
}

static void
step (SeedsMeetingReader *self,
      Rows               *rows)
{
  rows->taken = FALSE;
  if (rows->rc != SQLITE_ROW)
    return;

  rows->rc = sqlite3_step (rows->stmt);
  if (rows->rc != SQLITE_ROW && rows->rc != SQLITE_DONE && self->error == NULL)
    seeds_store_set_error (&self->error, self->store->path, self->store->db, rows->rc,
                           SEEDS_STORE_READING, NULL);
}

/* Whether the statement of @query is at a row of the meeting being read */
static gboolean
at_meeting (SeedsMeetingReader *self,
            Query               query)
{
  Rows *rows = &self->rows[query];

  if (rows->taken)
    step (self, rows);

  return self->meeting != NULL && self->error == NULL && rows->rc == SQLITE_ROW &&
         g_str_equal (seeds_store_column_text (rows->stmt, 0),
                      seeds_meeting_get_id (self->meeting));
}

/**
 * seeds_meeting_reader_next_meeting:
 *
 * Moves on to the next meeting, past what was not read of the one before.
 *
 * Returns: (transfer none) (nullable): the meeting, valid until the next
 *   call, or %NULL after the last one or when reading failed: see
 *   seeds_meeting_reader_finish()
 */
SeedsMeeting *
seeds_meeting_reader_next_meeting (SeedsMeetingReader *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (Query q = ATTENDEES; q < N_QUERIES; q++)
    while (at_meeting (self, q))
      self->rows[q].taken = TRUE;

  g_clear_object (&self->meeting);
  step (self, &self->rows[MEETINGS]);
  if (self->rows[MEETINGS].rc == SQLITE_ROW && self->error == NULL)
    self->meeting = seeds_store_meeting_from_row (self->rows[MEETINGS].stmt);

  return self->meeting;
}

/**
 * seeds_meeting_reader_next_attendee:
 *
 * Returns: (nullable): the id of the meeting's next participant, valid
 *   until the next call, or %NULL after the last one
 */
const char *
seeds_meeting_reader_next_attendee (SeedsMeetingReader *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (!at_meeting (self, ATTENDEES))
    return NULL;

  self->rows[ATTENDEES].taken = TRUE;

  return seeds_store_column_text (self->rows[ATTENDEES].stmt, 1);
}

/**
 * seeds_meeting_reader_next_score:
 *
 * Returns: (nullable): the meeting's next score, valid until the next
 *   call, or %NULL after the last one
 */
const SeedsScore *
seeds_meeting_reader_next_score (SeedsMeetingReader *self)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (self != NULL, NULL);

  if (!at_meeting (self, SCORES))
    return NULL;

  stmt = self->rows[SCORES].stmt;
  self->rows[SCORES].taken = TRUE;

  /* The text stays the statement's until its next step. */
  self->score.participant_id = (char *) seeds_store_column_text (stmt, 1);
  self->score.factor_id = (char *) seeds_store_column_text (stmt, 2);
  self->score.value = sqlite3_column_type (stmt, 3) != SQLITE_NULL ? sqlite3_column_int (stmt, 3)
                                                                    : SEEDS_SCORE_DONT_KNOW;
  self->score.comment = (char *) seeds_store_column_text (stmt, 4);

  return &self->score;
}

/**
 * seeds_meeting_reader_next_tally:
 *
 * Returns: (nullable): the stickers of the meeting's next factor, valid
 *   until the next call, or %NULL after the last one
 */
const SeedsTally *
seeds_meeting_reader_next_tally (SeedsMeetingReader *self)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (self != NULL, NULL);

  if (!at_meeting (self, TALLIES))
    return NULL;

  stmt = self->rows[TALLIES].stmt;
  g_clear_pointer (&self->tally, seeds_tally_free);
  self->tally = seeds_tally_new (seeds_store_column_text (stmt, 1), NULL);

  /* A row per score with stickers; the table's CHECK keeps the score
   * from 0 to 5. */
  do
    {
      self->tally->counts[sqlite3_column_int (stmt, 2)] = (guint) sqlite3_column_int64 (stmt, 3);
      self->rows[TALLIES].taken = TRUE;
    }
  while (at_meeting (self, TALLIES) &&
         g_str_equal (seeds_store_column_text (stmt, 1), self->tally->factor_id));

  return self->tally;
}

/**
 * seeds_meeting_reader_finish:
 *
 * Returns: %TRUE when everything handed out was read without failure,
 *   %FALSE with @error set otherwise
 */
gboolean
seeds_meeting_reader_finish (SeedsMeetingReader  *self,
                             GError             **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&self->error));
      return FALSE;
    }

  return TRUE;
}
