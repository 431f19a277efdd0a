/* seeds-store-next-steps.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "seeds-store-private.h"
#include "seeds-text.h"

#define NEXT_STEP_NOT_FOUND _("The next step could not be found. It may have been removed.")

#define NEXT_STEP_COLUMNS "n.id, n.meeting_id, m.date, n.factor_id, n.text, n.owner, " \
                          "n.due_date, n.status"

static gpointer
next_step_from_row (sqlite3_stmt *stmt)
{
  SeedsNextStepStatus status = SEEDS_NEXT_STEP_OPEN;

  /* The table's CHECK allows only known statuses. */
  seeds_next_step_status_from_string (seeds_store_column_text (stmt, 7), &status);

  return seeds_next_step_new (seeds_store_column_text (stmt, 0),
                              seeds_store_column_text (stmt, 1),
                              seeds_store_column_text (stmt, 2),
                              seeds_store_column_text (stmt, 3),
                              seeds_store_column_text (stmt, 4),
                              seeds_store_column_text (stmt, 5),
                              seeds_store_column_text (stmt, 6),
                              status);
}

/* An empty due date means none; anything else must be a real date. */
static gboolean
check_due_date (const char  *due_date,
                GError     **error)
{
  if (due_date == NULL || *due_date == '\0')
    return TRUE;

  if (!seeds_date_is_valid (due_date))
    return seeds_store_set_invalid (error, _("Enter a valid date by which the step should be done, "
                                             "or leave it empty."));

  return TRUE;
}

/**
 * seeds_store_list_next_steps:
 * @self: a #SeedsStore
 * @community_id: the community
 * @factor_id: (nullable): only the steps for this factor, or %NULL for all
 * @error: return location for a #GError
 *
 * Returns: (transfer container) (element-type SeedsNextStep): the next steps
 *   agreed in the community's meetings, oldest meeting first, and in the
 *   order they were added within a meeting
 */
GPtrArray *
seeds_store_list_next_steps (SeedsStore  *self,
                             const char  *community_id,
                             const char  *factor_id,
                             GError     **error)
{
  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (community_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return seeds_store_collect (self,
                              "SELECT " NEXT_STEP_COLUMNS " FROM next_steps n "
                              "JOIN meetings m ON m.id = n.meeting_id "
                              "WHERE m.community_id = ?1 AND (?2 IS NULL OR n.factor_id = ?2) "
                              "ORDER BY m.date, m.created_at, m.rowid, n.created_at, n.rowid",
                              SEEDS_STORE_VALUES (community_id, factor_id),
                              next_step_from_row, g_object_unref, error);
}

/**
 * seeds_store_add_next_step:
 * @self: a #SeedsStore
 * @meeting_id: the meeting where the step was agreed
 * @factor_id: the factor the step is for
 * @text: what the group will do
 * @owner: (nullable): who takes the step
 * @due_date: (nullable): by when, as "YYYY-MM-DD"; %NULL or "" for no date
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the new, open next step, or %NULL with @error set
 */
SeedsNextStep *
seeds_store_add_next_step (SeedsStore  *self,
                           const char  *meeting_id,
                           const char  *factor_id,
                           const char  *text,
                           const char  *owner,
                           const char  *due_date,
                           GError     **error)
{
  g_autofree char *clean_text = NULL;
  g_autofree char *clean_owner = NULL;
  g_autofree char *meeting_date = NULL;
  g_autofree char *id = NULL;
  const char *open_status = seeds_next_step_status_to_string (SEEDS_NEXT_STEP_OPEN);

  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (meeting_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!seeds_store_check_id (factor_id, error) ||
      !(clean_text = seeds_text_clean (text, SEEDS_FIELD_NEXT_STEP, error)) ||
      !(clean_owner = seeds_text_clean (owner, SEEDS_FIELD_OWNER, error)) ||
      !check_due_date (due_date, error))
    return NULL;

  if (due_date != NULL && *due_date == '\0')
    due_date = NULL;

  id = g_uuid_string_random ();

  if (!seeds_store_begin (self, error))
    return NULL;

  if (!seeds_store_require_meeting (self, meeting_id, NULL, &meeting_date, error) ||
      !seeds_store_execute (self,
                            "INSERT INTO next_steps (id, meeting_id, factor_id, text, owner,"
                            "                        due_date, status, created_at, updated_at) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, :now, :now)",
                            SEEDS_STORE_VALUES (id, meeting_id, factor_id, clean_text, clean_owner,
                                                due_date, open_status),
                            NULL, error) ||
      !seeds_store_commit (self, error))
    {
      seeds_store_rollback (self);
      return NULL;
    }

  seeds_store_emit_changed (self, SEEDS_STORE_CHANGE_NEXT_STEPS);

  return seeds_next_step_new (id, meeting_id, meeting_date, factor_id,
                              clean_text, clean_owner, due_date, SEEDS_NEXT_STEP_OPEN);
}

gboolean
seeds_store_update_next_step (SeedsStore           *self,
                              SeedsNextStep        *step,
                              const char           *text,
                              const char           *owner,
                              const char           *due_date,
                              SeedsNextStepStatus   status,
                              GError              **error)
{
  g_autofree char *clean_text = NULL;
  g_autofree char *clean_owner = NULL;

  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (SEEDS_IS_NEXT_STEP (step), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(clean_text = seeds_text_clean (text, SEEDS_FIELD_NEXT_STEP, error)) ||
      !(clean_owner = seeds_text_clean (owner, SEEDS_FIELD_OWNER, error)) ||
      !check_due_date (due_date, error))
    return FALSE;

  if (!seeds_next_step_status_is_valid (status))
    return seeds_store_set_invalid (error, _("Choose whether the step is open, done or dropped."));

  if (due_date != NULL && *due_date == '\0')
    due_date = NULL;

  if (!seeds_store_write_row (self,
                              "UPDATE next_steps "
                              "SET text = ?2, owner = ?3, due_date = ?4, status = ?5, "
                              "    updated_at = :now "
                              "WHERE id = ?1",
                              SEEDS_STORE_VALUES (seeds_next_step_get_id (step),
                                                  clean_text, clean_owner, due_date,
                                                  seeds_next_step_status_to_string (status)),
                              NEXT_STEP_NOT_FOUND, error))
    return FALSE;

  g_object_freeze_notify (G_OBJECT (step));
  seeds_next_step_set_text (step, clean_text);
  seeds_next_step_set_owner (step, clean_owner);
  seeds_next_step_set_due_date (step, due_date);
  seeds_next_step_set_status (step, status);
  g_object_thaw_notify (G_OBJECT (step));

  seeds_store_emit_changed (self, SEEDS_STORE_CHANGE_NEXT_STEPS);

  return TRUE;
}

gboolean
seeds_store_delete_next_step (SeedsStore     *self,
                              SeedsNextStep  *step,
                              GError        **error)
{
  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (SEEDS_IS_NEXT_STEP (step), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return seeds_store_delete_row (self,
                                 "DELETE FROM next_steps WHERE id = ?1",
                                 seeds_next_step_get_id (step),
                                 NEXT_STEP_NOT_FOUND,
                                 SEEDS_STORE_CHANGE_NEXT_STEPS,
                                 error);
}
