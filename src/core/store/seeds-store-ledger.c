/* seeds-store-ledger.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "model/seeds-text.h"
#include "store/seeds-store-private.h"

/* Team points: an append-only ledger per community (see the schema's step
 * 3 → 4). The store only ever inserts: an award, points spent on a
 * reward, or a facilitator's counter-entry. The balance is the sum of the
 * entries, never stored, so that it cannot disagree with them.
 *
 * Points are awarded by reconciling: every rule is evaluated on what the
 * database holds now, and each event that earns gets one entry, keyed by
 * the event, with INSERT OR IGNORE. Doing it again, after an undo and a
 * redo, or after importing the same cards twice, earns nothing more.
 * Undoing the work does not take the points back either: the work was
 * done. A facilitator who disagrees corrects the entry. */

#define LEDGER_COLUMNS \
  "l.id, l.community_id, l.amount, l.reason, l.event_key, l.created_at, l.agreed_by, " \
  "l.correction_of, r.title"

#define ENTRY_NOT_FOUND _("The entry could not be found in the team points.")

static gpointer
entry_from_row (sqlite3_stmt *stmt)
{
  SeedsLedgerValues values = {
    .id = sqlite3_column_int64 (stmt, 0),
    .community_id = seeds_store_column_text (stmt, 1),
    .amount = sqlite3_column_int64 (stmt, 2),
    .reason = seeds_store_column_text (stmt, 3),
    .event_key = seeds_store_column_text (stmt, 4),
    .created_at = sqlite3_column_int64 (stmt, 5),
    .agreed_by = seeds_store_column_text (stmt, 6),
    .correction_of = sqlite3_column_int64 (stmt, 7),
    .reward_title = seeds_store_column_text (stmt, 8),
  };

  return seeds_ledger_entry_new (&values);
}

/* The balance inside a write's transaction, or with none */
static gboolean
read_balance (SeedsStore  *self,
              const char  *community_id,
              gint64      *balance,
              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = seeds_store_find_row (self,
                               "SELECT coalesce (sum (amount), 0) FROM ledger "
                               "WHERE community_id = ?1",
                               community_id, NULL, error);
  if (stmt == NULL)
    return FALSE;

  *balance = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

/**
 * seeds_store_list_ledger:
 * @self: a #SeedsStore
 * @community_id: one of your own learning communities
 * @balance: (out) (optional): the sum of the entries
 * @error: return location for a #GError
 *
 * Returns: (transfer container) (element-type SeedsLedgerEntry): every
 *   entry of the community's team points, newest first, or %NULL with
 *   @error set
 */
GPtrArray *
seeds_store_list_ledger (SeedsStore  *self,
                         const char  *community_id,
                         gint64      *balance,
                         GError     **error)
{
  GPtrArray *entries;
  gint64 sum = 0;

  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (community_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  entries = seeds_store_collect (self,
                                 "SELECT " LEDGER_COLUMNS " FROM ledger l "
                                 "LEFT JOIN rewards r ON r.id = l.reward_id "
                                 "WHERE l.community_id = ?1 ORDER BY l.id DESC",
                                 SEEDS_STORE_VALUES (community_id),
                                 entry_from_row, g_object_unref, error);
  if (entries == NULL)
    return NULL;

  for (guint i = 0; i < entries->len; i++)
    sum += seeds_ledger_entry_get_amount (g_ptr_array_index (entries, i));
  if (balance != NULL)
    *balance = sum;

  return entries;
}

/**
 * seeds_store_get_balance:
 * @self: a #SeedsStore
 * @community_id: a learning community
 * @balance: (out): the sum of its ledger
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_store_get_balance (SeedsStore  *self,
                         const char  *community_id,
                         gint64      *balance,
                         GError     **error)
{
  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (community_id != NULL && balance != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return read_balance (self, community_id, balance, error);
}

/* Awards */

/* The events that earn by each kind of rule, as the ids that make their
 * keys: ?1 is the community, min_members the rule's parameter. A
 * meeting held with the poster counts its people by the factor with the
 * most stickers. */
static const char * const earning_events[SEEDS_N_RULE_KINDS] = {
  [SEEDS_RULE_MEETING_SCORED] =
    "SELECT m.id FROM meetings m WHERE m.community_id = ?1 AND "
    "  ((SELECT count (DISTINCT s.participant_id) FROM scores s WHERE s.meeting_id = m.id) "
    "     >= (SELECT min_members FROM wanted) OR "
    "   (SELECT max (n) FROM (SELECT sum (t.count) AS n FROM tallies t "
    "                         WHERE t.meeting_id = m.id GROUP BY t.factor_id)) "
    "     >= (SELECT min_members FROM wanted))",
  [SEEDS_RULE_STEPS_REVIEWED] =
    "SELECT DISTINCT n.reviewed_in FROM next_steps n "
    "JOIN meetings m ON m.id = n.reviewed_in WHERE m.community_id = ?1",
  [SEEDS_RULE_STEP_DONE] =
    "SELECT n.id FROM next_steps n JOIN meetings m ON m.id = n.meeting_id "
    "WHERE m.community_id = ?1 AND n.status = 'done'",
  [SEEDS_RULE_FAILURE_RECORDED] =
    "SELECT f.id FROM failures f WHERE f.community_id = ?1",
  /* An event rather than a state: seeds_store_award_profile_shared() */
  [SEEDS_RULE_PROFILE_SHARED] = NULL,
  /* Per other community and factor, not per step: writing the same idea
   * down again, or deleting its step and making a new one, earns nothing
   * more. */
  [SEEDS_RULE_LESSON_TAKEN] =
    "SELECT DISTINCT n.origin_id || ':' || n.factor_id FROM next_steps n "
    "JOIN meetings m ON m.id = n.meeting_id "
    "WHERE m.community_id = ?1 AND n.origin_id IS NOT NULL",
};

static gboolean
award_rule (SeedsStore             *self,
            const char             *community_id,
            const SeedsPointsRule  *rule,
            gint64                 *earned,
            GError                **error)
{
  g_autofree char *sql = NULL;
  g_autofree char *points = g_strdup_printf ("%u", rule->points);
  g_autofree char *min_members = g_strdup_printf ("%u", rule->min_members);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (earning_events[rule->kind] == NULL)
    return TRUE;

  /* The statement is the code's own; every value is bound. */
  sql = g_strdup_printf ("WITH wanted (min_members) AS (SELECT CAST (?4 AS INTEGER)), "
                         "     events (event) AS (%s) "
                         "INSERT OR IGNORE INTO ledger (community_id, amount, reason, event_key,"
                         "                              created_at) "
                         "SELECT ?1, CAST (?2 AS INTEGER), ?3, ?3 || ':' || event, :now "
                         "FROM events",
                         earning_events[rule->kind]);
  stmt = seeds_store_prepare (self, sql,
                              SEEDS_STORE_VALUES (community_id, points,
                                                  seeds_rule_kind_to_string (rule->kind),
                                                  min_members),
                              error);
  if (stmt == NULL || !seeds_store_run (self, stmt, error))
    return FALSE;

  *earned += (gint64) sqlite3_changes (self->db) * rule->points;
  return TRUE;
}

/**
 * seeds_store_award_points:
 * @self: a #SeedsStore
 * @community_id: one of your own learning communities
 * @rules: the earning rules
 * @earned: (out) (optional): the points this call awarded
 * @error: return location for a #GError
 *
 * Evaluates every rule of @rules on what the database holds now and
 * awards the points of each event that has not earned yet, in one
 * transaction. Calling it again awards nothing new; nor does undoing
 * and redoing the work, or importing the same score cards again.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_store_award_points (SeedsStore        *self,
                          const char        *community_id,
                          SeedsPointsRules  *rules,
                          gint64            *earned,
                          GError           **error)
{
  gint64 sum = 0;

  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (community_id != NULL, FALSE);
  g_return_val_if_fail (SEEDS_IS_POINTS_RULES (rules), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!seeds_store_begin (self, error))
    return FALSE;

  if (!seeds_store_require_community (self, community_id, error))
    goto failed;

  for (guint i = 0; i < seeds_points_rules_get_n_rules (rules); i++)
    {
      if (!award_rule (self, community_id, seeds_points_rules_get_rule (rules, i), &sum, error))
        goto failed;
    }

  if (!seeds_store_commit (self, error))
    goto failed;

  if (sum != 0)
    seeds_store_emit_changed (self, SEEDS_STORE_CHANGE_POINTS);
  if (earned != NULL)
    *earned = sum;

  return TRUE;

failed:
  seeds_store_rollback (self);
  return FALSE;
}

/* Inserts one entry, as a whole write; *inserted says whether it was
 * new. ?1 … ?7: community, amount, reason, event key, agreed by, entry
 * corrected, reward. */
static gboolean
append_entry (SeedsStore          *self,
              const char * const  *values,
              guint                n_values,
              gboolean            *inserted,
              GError             **error)
{
  if (!seeds_store_execute (self,
                            "INSERT OR IGNORE INTO ledger (community_id, amount, reason, event_key,"
                            "                              agreed_by, correction_of, reward_id,"
                            "                              created_at) "
                            "VALUES (?1, CAST (?2 AS INTEGER), ?3, ?4, ?5, CAST (?6 AS INTEGER),"
                            "        ?7, :now)",
                            values, n_values, NULL, error))
    return FALSE;

  *inserted = sqlite3_changes (self->db) > 0;
  return TRUE;
}

/**
 * seeds_store_award_profile_shared:
 * @self: a #SeedsStore
 * @community_id: a community that saved its profile to share
 * @rules: the earning rules
 * @earned: (out) (optional): the points this call awarded
 * @error: return location for a #GError
 *
 * Awards sharing the profile: an event the database keeps no trace of
 * otherwise, so the session calls this when the profile is saved. It
 * earns once a calendar month.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_store_award_profile_shared (SeedsStore        *self,
                                  const char        *community_id,
                                  SeedsPointsRules  *rules,
                                  gint64            *earned,
                                  GError           **error)
{
  const SeedsPointsRule *rule;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *month = g_date_time_format (now, "%Y-%m");
  g_autofree char *key = NULL;
  g_autofree char *points = NULL;
  const char *reason;
  gboolean inserted = FALSE;

  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (community_id != NULL, FALSE);
  g_return_val_if_fail (SEEDS_IS_POINTS_RULES (rules), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (earned != NULL)
    *earned = 0;
  if ((rule = seeds_points_rules_lookup (rules, SEEDS_RULE_PROFILE_SHARED)) == NULL)
    return TRUE;

  reason = seeds_rule_kind_to_string (rule->kind);
  key = g_strdup_printf ("%s:%s", reason, month);
  points = g_strdup_printf ("%u", rule->points);

  if (!seeds_store_begin (self, error))
    return FALSE;

  if (!seeds_store_require_community (self, community_id, error) ||
      !append_entry (self, SEEDS_STORE_VALUES (community_id, points, reason, key, NULL, NULL, NULL),
                     &inserted, error) ||
      !seeds_store_commit (self, error))
    {
      seeds_store_rollback (self);
      return FALSE;
    }

  if (inserted)
    seeds_store_emit_changed (self, SEEDS_STORE_CHANGE_POINTS);
  if (earned != NULL && inserted)
    *earned = rule->points;

  return TRUE;
}

/* Spending and correcting */

/* The reward's cost, when it is on offer in the community */
static gboolean
read_offer (SeedsStore  *self,
            const char  *community_id,
            const char  *reward_id,
            gint64      *cost,
            GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = seeds_store_prepare (self,
                              "SELECT cost, archived FROM rewards "
                              "WHERE id = ?1 AND community_id = ?2",
                              SEEDS_STORE_VALUES (reward_id, community_id), error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return seeds_store_set_not_found (error, _("The reward could not be found. It may have been "
                                               "removed."));
  if (rc != SQLITE_ROW)
    return seeds_store_set_error (error, self->path, self->db, rc, SEEDS_STORE_READING, NULL);

  if (sqlite3_column_int (stmt, 1) != 0)
    return seeds_store_set_invalid (error, _("This reward is no longer offered."));

  *cost = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

static gboolean
check_affordable (gint64    cost,
                  gint64    balance,
                  GError  **error)
{
  if (cost <= balance)
    return TRUE;

  g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_NOT_ENOUGH_POINTS,
               _("The community has too few points for this reward: it costs %lld, and the "
                 "balance is %lld."),
               (long long) cost, (long long) balance);
  return FALSE;
}

static gboolean
spend (SeedsStore  *self,
       const char  *community_id,
       const char  *reward_id,
       const char  *agreed_by,
       GError     **error)
{
  g_autofree char *key = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *uuid = g_uuid_string_random ();
  gint64 cost = 0;
  gint64 balance = 0;
  gboolean inserted = FALSE;

  if (!seeds_store_require_community (self, community_id, error) ||
      !read_offer (self, community_id, reward_id, &cost, error) ||
      !read_balance (self, community_id, &balance, error) ||
      !check_affordable (cost, balance, error))
    return FALSE;

  key = g_strdup_printf ("%s:%s", SEEDS_LEDGER_REASON_REWARD, uuid);
  amount = g_strdup_printf ("%" G_GINT64_FORMAT, -cost);

  return append_entry (self, SEEDS_STORE_VALUES (community_id, amount, SEEDS_LEDGER_REASON_REWARD,
                                                 key, agreed_by, NULL, reward_id),
                       &inserted, error);
}

/**
 * seeds_store_redeem_reward:
 * @self: a #SeedsStore
 * @community_id: the learning community that spends its points
 * @reward_id: a reward of its catalogue that is on offer
 * @agreed_by: who agreed to spend them, such as the facilitator
 * @error: return location for a #GError
 *
 * Spends the reward's cost in one transaction. A reward that costs more
 * than the balance is refused with %SEEDS_STORE_ERROR_NOT_ENOUGH_POINTS,
 * and then nothing changes.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_store_redeem_reward (SeedsStore  *self,
                           const char  *community_id,
                           const char  *reward_id,
                           const char  *agreed_by,
                           GError     **error)
{
  g_autofree char *clean_agreed_by = NULL;

  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (community_id != NULL && reward_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(clean_agreed_by = seeds_text_clean (agreed_by, SEEDS_FIELD_AGREED_BY, error)))
    return FALSE;

  if (!seeds_store_begin (self, error))
    return FALSE;

  if (!spend (self, community_id, reward_id, clean_agreed_by, error) ||
      !seeds_store_commit (self, error))
    {
      seeds_store_rollback (self);
      return FALSE;
    }

  seeds_store_emit_changed (self, SEEDS_STORE_CHANGE_POINTS);
  return TRUE;
}

static gboolean
counter (SeedsStore  *self,
         const char  *entry_id,
         const char  *agreed_by,
         GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *community_id = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *key = NULL;
  gboolean inserted = FALSE;

  stmt = seeds_store_find_row (self,
                               "SELECT community_id, amount, reason FROM ledger "
                               "WHERE id = CAST (?1 AS INTEGER)",
                               entry_id, ENTRY_NOT_FOUND, error);
  if (stmt == NULL)
    return FALSE;

  if (g_strcmp0 (seeds_store_column_text (stmt, 2), SEEDS_LEDGER_REASON_CORRECTION) == 0)
    return seeds_store_set_invalid (error, _("A correction cannot be corrected itself."));

  community_id = g_strdup (seeds_store_column_text (stmt, 0));
  amount = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) -sqlite3_column_int64 (stmt, 1));
  key = g_strdup_printf ("%s:%s", SEEDS_LEDGER_REASON_CORRECTION, entry_id);

  if (!append_entry (self, SEEDS_STORE_VALUES (community_id, amount,
                                               SEEDS_LEDGER_REASON_CORRECTION, key,
                                               agreed_by, entry_id, NULL),
                     &inserted, error))
    return FALSE;

  if (!inserted)
    return seeds_store_set_invalid (error, _("This entry has been corrected already."));

  return TRUE;
}

/**
 * seeds_store_correct_ledger_entry:
 * @self: a #SeedsStore
 * @entry_id: the entry to correct
 * @agreed_by: who agreed to the correction
 * @error: return location for a #GError
 *
 * Adds a counter-entry that cancels @entry_id: the ledger itself never
 * changes. An entry is corrected once at most, and a correction not at
 * all; both are refused with %SEEDS_STORE_ERROR_INVALID.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_store_correct_ledger_entry (SeedsStore  *self,
                                  gint64       entry_id,
                                  const char  *agreed_by,
                                  GError     **error)
{
  g_autofree char *clean_agreed_by = NULL;
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, entry_id);

  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(clean_agreed_by = seeds_text_clean (agreed_by, SEEDS_FIELD_AGREED_BY, error)))
    return FALSE;

  if (!seeds_store_begin (self, error))
    return FALSE;

  if (!counter (self, id, clean_agreed_by, error) ||
      !seeds_store_commit (self, error))
    {
      seeds_store_rollback (self);
      return FALSE;
    }

  seeds_store_emit_changed (self, SEEDS_STORE_CHANGE_POINTS);
  return TRUE;
}
