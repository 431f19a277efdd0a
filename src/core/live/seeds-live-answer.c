/* seeds-live-answer.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "live/seeds-live-answer.h"
#include "live/seeds-live-error.h"
#include "live/seeds-live-token.h"
#include "model/seeds-text.h"

/* The fields of the form (see seeds-live-page.c): "member", the token
 * the member's browser keeps; "name", "anonymous" (the value "yes"),
 * "organisation", "partner_type" (a partner type, or "" for none given),
 * and "score-ID" for each factor answered: "1" … "5" or "dont-know".
 * Nothing else, and each at most once. */

#define SCORE_PREFIX "score-"

struct _SeedsLiveAnswer
{
  char             *member;        /* nullable */
  gboolean          anonymous;
  char             *name;          /* as typed, never NULL */
  char             *organisation;  /* as typed, never NULL */
  gboolean          has_partner_type;
  SeedsPartnerType  partner_type;
  GHashTable       *scores;        /* factor id → GINT_TO_POINTER (value) */
};

void
seeds_live_answer_free (SeedsLiveAnswer *self)
{
  if (self == NULL)
    return;

  g_free (self->member);
  g_free (self->name);
  g_free (self->organisation);
  g_clear_pointer (&self->scores, g_hash_table_unref);
  g_free (self);
}

static gboolean
refuse (GError     **error,
        const char  *what,
        const char  *name)
{
  g_autofree char *shown = seeds_text_make_visible (name, -1, 40);

  g_set_error (error, SEEDS_LIVE_ERROR, SEEDS_LIVE_ERROR_INVALID, "%s: “%s”", what, shown);
  return FALSE;
}

static gboolean
read_score (SeedsLiveAnswer  *self,
            SeedsFramework   *framework,
            const char       *factor_id,
            const char       *value,
            GError          **error)
{
  int score;

  if (seeds_framework_lookup_factor (framework, factor_id) == NULL)
    return refuse (error, "A factor the framework does not have", factor_id);

  if (g_str_equal (value, "dont-know"))
    score = SEEDS_SCORE_DONT_KNOW;
  else if (strlen (value) == 1 && value[0] >= '0' + SEEDS_SCORE_MIN &&
           value[0] <= '0' + SEEDS_SCORE_MAX)
    score = value[0] - '0';
  else
    return refuse (error, "A score that is not 1 to 5 or “dont-know”", value);

  g_hash_table_insert (self->scores, g_strdup (factor_id), GINT_TO_POINTER (score));
  return TRUE;
}

static gboolean
read_field (SeedsLiveAnswer  *self,
            SeedsFramework   *framework,
            gboolean          allow_anonymous,
            const char       *name,
            const char       *value,
            GError          **error)
{
  if (g_str_has_prefix (name, SCORE_PREFIX))
    return read_score (self, framework, name + strlen (SCORE_PREFIX), value, error);

  if (g_str_equal (name, "member"))
    {
      if (!seeds_live_token_is_valid (value))
        return refuse (error, "Not a member’s token", value);
      self->member = g_strdup (value);
    }
  else if (g_str_equal (name, "name"))
    {
      g_free (self->name);
      self->name = g_strdup (value);
    }
  else if (g_str_equal (name, "organisation"))
    {
      g_free (self->organisation);
      self->organisation = g_strdup (value);
    }
  else if (g_str_equal (name, "anonymous"))
    {
      if (!allow_anonymous || !g_str_equal (value, "yes"))
        return refuse (error, "Anonymous answers are not asked for", value);
      self->anonymous = TRUE;
    }
  else if (g_str_equal (name, "partner_type"))
    {
      self->has_partner_type = *value != '\0';
      if (self->has_partner_type && !seeds_partner_type_from_string (value, &self->partner_type))
        return refuse (error, "Not a partner type", value);
    }
  else
    return refuse (error, "A field the form does not have", name);

  return TRUE;
}

/**
 * seeds_live_answer_new_from_form:
 * @form: the form data a member sent
 * @framework: the framework of the round's meeting
 * @allow_anonymous: whether the round lets members answer anonymously
 * @error: return location for %SEEDS_LIVE_ERROR_INVALID
 *
 * Reads what the member sent: fields the form does not have, a field
 * twice, factors the framework does not have, scores other than 1 to 5
 * or "dont-know", and "anonymous" where the round does not allow it are
 * refused. The texts are kept as typed; seeds_live_answer_to_card()
 * checks them.
 *
 * Returns: (transfer full): the answer, or %NULL with @error set
 */
SeedsLiveAnswer *
seeds_live_answer_new_from_form (SeedsLiveForm   *form,
                                 SeedsFramework  *framework,
                                 gboolean         allow_anonymous,
                                 GError         **error)
{
  g_autoptr(SeedsLiveAnswer) self = NULL;

  g_return_val_if_fail (form != NULL, NULL);
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_new0 (SeedsLiveAnswer, 1);
  self->name = g_strdup ("");
  self->organisation = g_strdup ("");
  self->partner_type = SEEDS_PARTNER_OTHER;
  self->scores = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < seeds_live_form_get_n_fields (form); i++)
    {
      const char *name = seeds_live_form_get_name (form, i);

      if (seeds_live_form_count (form, name) > 1)
        {
          refuse (error, "A field that came twice", name);
          return NULL;
        }

      if (!read_field (self, framework, allow_anonymous, name,
                       seeds_live_form_get_value (form, i), error))
        return NULL;
    }

  return g_steal_pointer (&self);
}

/* (nullable): the token of the member's browser, if the form had one */
const char *
seeds_live_answer_get_member (SeedsLiveAnswer *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->member;
}

gboolean
seeds_live_answer_get_anonymous (SeedsLiveAnswer *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->anonymous;
}

/* The name as typed */
const char *
seeds_live_answer_get_name (SeedsLiveAnswer *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->name;
}

/* The organisation as typed */
const char *
seeds_live_answer_get_organisation (SeedsLiveAnswer *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->organisation;
}

/* Returns: whether the member chose a partner type, then set in @type */
gboolean
seeds_live_answer_get_partner_type (SeedsLiveAnswer  *self,
                                    SeedsPartnerType *type)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (type != NULL, FALSE);

  *type = self->partner_type;
  return self->has_partner_type;
}

/* Returns: 1 … 5, SEEDS_SCORE_DONT_KNOW, or SEEDS_SCORE_NONE when the
 * factor was not answered */
int
seeds_live_answer_get_score (SeedsLiveAnswer *self,
                             const char      *factor_id)
{
  g_return_val_if_fail (self != NULL, SEEDS_SCORE_NONE);
  g_return_val_if_fail (factor_id != NULL, SEEDS_SCORE_NONE);

  return GPOINTER_TO_INT (g_hash_table_lookup (self->scores, factor_id));
}

guint
seeds_live_answer_get_n_scores (SeedsLiveAnswer *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return g_hash_table_size (self->scores);
}

/* The text of a field as seeds_text_clean() lets it be stored, or NULL
 * with the error for the member */
static char *
clean (const char  *text,
       SeedsField   field,
       GError     **error)
{
  g_autoptr(GError) text_error = NULL;
  gboolean is_name = field == SEEDS_FIELD_PARTICIPANT_NAME;
  char *cleaned = seeds_text_clean (text, field, &text_error);

  if (cleaned != NULL)
    return cleaned;

  if (g_error_matches (text_error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_EMPTY))
    g_set_error_literal (error, SEEDS_LIVE_ERROR, SEEDS_LIVE_ERROR_NAME_MISSING,
                         text_error->message);
  else if (g_error_matches (text_error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_TOO_LONG))
    g_set_error_literal (error, SEEDS_LIVE_ERROR,
                         is_name ? SEEDS_LIVE_ERROR_NAME_TOO_LONG
                                 : SEEDS_LIVE_ERROR_ORGANISATION_TOO_LONG,
                         text_error->message);
  else
    g_set_error_literal (error, SEEDS_LIVE_ERROR,
                         is_name ? SEEDS_LIVE_ERROR_NAME_INVALID
                                 : SEEDS_LIVE_ERROR_ORGANISATION_INVALID,
                         text_error->message);

  return NULL;
}

/**
 * seeds_live_answer_to_card:
 * @self: a #SeedsLiveAnswer
 * @framework_id: the framework of the meeting
 * @meeting_id: the round's meeting
 * @participant_id: (nullable): the participant that earlier answers of
 *   this member became, or one the round chose for them
 * @anonymous_name: the name to give a member who answers anonymously
 * @error: return location for a #SEEDS_LIVE_ERROR that the member can
 *   put right (seeds_live_error_is_members())
 *
 * Makes the score card of the answers, with the name and the
 * organisation as seeds_text_clean() stores them: a name is needed,
 * unless the member answers anonymously, and so is a score.
 *
 * Returns: (transfer full): the card, or %NULL with @error set
 */
SeedsScorecard *
seeds_live_answer_to_card (SeedsLiveAnswer  *self,
                           const char       *framework_id,
                           const char       *meeting_id,
                           const char       *participant_id,
                           const char       *anonymous_name,
                           GError          **error)
{
  g_autoptr(SeedsScorecard) card = NULL;
  g_autofree char *name = NULL;
  g_autofree char *organisation = NULL;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (framework_id != NULL && meeting_id != NULL, NULL);
  g_return_val_if_fail (anonymous_name != NULL, NULL);

  if (!(name = clean (self->anonymous ? anonymous_name : self->name,
                      SEEDS_FIELD_PARTICIPANT_NAME, error)) ||
      !(organisation = clean (self->organisation, SEEDS_FIELD_ORGANISATION, error)))
    return NULL;

  if (g_hash_table_size (self->scores) == 0)
    {
      g_set_error_literal (error, SEEDS_LIVE_ERROR, SEEDS_LIVE_ERROR_NO_ANSWERS,
                           "No factor was answered");
      return NULL;
    }

  card = seeds_scorecard_new (framework_id, meeting_id, participant_id, name, organisation,
                              self->partner_type);

  g_hash_table_iter_init (&iter, self->scores);
  while (g_hash_table_iter_next (&iter, &key, &value))
    seeds_scorecard_set_score (card, key, GPOINTER_TO_INT (value), NULL);

  return g_steal_pointer (&card);
}
