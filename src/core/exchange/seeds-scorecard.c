/* seeds-scorecard.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "exchange/seeds-exchange-private.h"
#include "exchange/seeds-scorecard.h"

typedef struct
{
  int   value;     /* SEEDS_SCORE_MIN…MAX or SEEDS_SCORE_DONT_KNOW */
  char *comment;   /* never NULL, may be empty */
} Entry;

struct _SeedsScorecard
{
  GObject           parent_instance;

  char             *framework_id;
  guint             framework_edition;
  char             *meeting_id;
  char             *participant_id;  /* nullable */
  char             *name;
  char             *organisation;
  SeedsPartnerType  partner_type;
  GHashTable       *entries;         /* factor id → Entry */
};

G_DEFINE_FINAL_TYPE (SeedsScorecard, seeds_scorecard, G_TYPE_OBJECT)

static void
entry_free (Entry *entry)
{
  g_free (entry->comment);
  g_free (entry);
}

static void
seeds_scorecard_finalize (GObject *object)
{
  SeedsScorecard *self = (SeedsScorecard *)object;

  g_clear_pointer (&self->framework_id, g_free);
  g_clear_pointer (&self->meeting_id, g_free);
  g_clear_pointer (&self->participant_id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->organisation, g_free);
  g_clear_pointer (&self->entries, g_hash_table_unref);

  G_OBJECT_CLASS (seeds_scorecard_parent_class)->finalize (object);
}

static void
seeds_scorecard_class_init (SeedsScorecardClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = seeds_scorecard_finalize;
}

static void
seeds_scorecard_init (SeedsScorecard *self)
{
  self->framework_edition = 1;
  self->entries = g_hash_table_new_full (g_str_hash, g_str_equal,
                                         g_free, (GDestroyNotify) entry_free);
}

/**
 * seeds_scorecard_new:
 * @framework_id: the framework the meeting is scored with
 * @meeting_id: the UUID of the meeting
 * @participant_id: (nullable): the UUID of the participant, so that a
 *   second card of theirs replaces the first; %NULL to be known by name
 * @name: the participant's name
 * @organisation: (nullable): the organisation they speak for
 * @partner_type: the kind of organisation
 *
 * Makes an empty card; add the scores with seeds_scorecard_set_score().
 *
 * Returns: (transfer full): a new score card
 */
SeedsScorecard *
seeds_scorecard_new (const char       *framework_id,
                     const char       *meeting_id,
                     const char       *participant_id,
                     const char       *name,
                     const char       *organisation,
                     SeedsPartnerType  partner_type)
{
  SeedsScorecard *self;

  g_return_val_if_fail (framework_id != NULL, NULL);
  g_return_val_if_fail (meeting_id != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (seeds_partner_type_is_valid (partner_type), NULL);

  self = g_object_new (SEEDS_TYPE_SCORECARD, NULL);
  self->framework_id = g_strdup (framework_id);
  self->meeting_id = g_strdup (meeting_id);
  self->participant_id = g_strdup (participant_id);
  self->name = g_strdup (name);
  self->organisation = g_strdup (organisation != NULL ? organisation : "");
  self->partner_type = partner_type;

  return self;
}

static gboolean
read_participant (SeedsScorecard  *self,
                  JsonObject      *root,
                  GError         **error)
{
  JsonObject *participant;
  const char *participant_id = NULL;
  const char *partner_type = NULL;

  if (!(participant = seeds_exchange_get_object (root, "participant", "participant", TRUE,
                                                 error)) ||
      !seeds_exchange_get_id (participant, "id", "participant.id", FALSE, &participant_id,
                              error) ||
      !(self->name = seeds_exchange_get_text (participant, "name", "participant.name",
                                              SEEDS_FIELD_PARTICIPANT_NAME, error)) ||
      !(self->organisation = seeds_exchange_get_text (participant, "organisation",
                                                      "participant.organisation",
                                                      SEEDS_FIELD_ORGANISATION, error)) ||
      !seeds_exchange_get_string (participant, "partner_type", "participant.partner_type", TRUE,
                                  &partner_type, error))
    return FALSE;

  if (!seeds_partner_type_from_string (partner_type, &self->partner_type))
    {
      g_autofree char *shown = seeds_exchange_show (partner_type);

      g_set_error (error, SEEDS_EXCHANGE_ERROR, SEEDS_EXCHANGE_ERROR_INVALID,
                   _("The partner type “%s” is not one of company, government, education, "
                     "research or other."),
                   shown);
      return FALSE;
    }

  self->participant_id = g_strdup (participant_id);

  return TRUE;
}

static gboolean
check_factor (SeedsFramework  *framework,
              const char      *factor_id,
              GError         **error)
{
  if (seeds_framework_lookup_factor (framework, factor_id) == NULL)
    {
      g_autofree char *shown = seeds_exchange_show (factor_id);

      g_set_error (error, SEEDS_EXCHANGE_ERROR, SEEDS_EXCHANGE_ERROR_INVALID,
                   _("Factor “%s” does not exist in this framework."), shown);
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_scores (SeedsScorecard  *self,
             JsonObject      *root,
             SeedsFramework  *framework,
             GError         **error)
{
  g_autoptr(GList) factor_ids = NULL;
  JsonObject *scores;

  scores = seeds_exchange_get_object (root, "scores", "scores", TRUE, error);
  if (scores == NULL)
    return FALSE;

  factor_ids = json_object_get_members (scores);
  if (factor_ids == NULL)
    {
      g_set_error_literal (error, SEEDS_EXCHANGE_ERROR, SEEDS_EXCHANGE_ERROR_INVALID,
                           _("The score card has no scores."));
      return FALSE;
    }

  for (const GList *l = factor_ids; l != NULL; l = l->next)
    {
      const char *factor_id = l->data;
      int value;

      if (!check_factor (framework, factor_id, error) ||
          !seeds_exchange_read_score (json_object_get_member (scores, factor_id), factor_id,
                                      &value, error))
        return FALSE;

      seeds_scorecard_set_score (self, factor_id, value, NULL);
    }

  return TRUE;
}

static gboolean
read_comments (SeedsScorecard  *self,
               JsonObject      *root,
               SeedsFramework  *framework,
               GError         **error)
{
  g_autoptr(GList) factor_ids = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonObject *comments;

  /* They are optional. */
  comments = seeds_exchange_get_object (root, "comments", "comments", FALSE, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (comments == NULL)
    return TRUE;

  factor_ids = json_object_get_members (comments);

  for (const GList *l = factor_ids; l != NULL; l = l->next)
    {
      const char *factor_id = l->data;
      g_autofree char *path = g_strconcat ("comments.", factor_id, NULL);
      g_autofree char *comment = NULL;
      Entry *entry;

      if (!check_factor (framework, factor_id, error) ||
          !(comment = seeds_exchange_get_text (comments, factor_id, path,
                                               SEEDS_FIELD_COMMENT, error)))
        return FALSE;

      entry = g_hash_table_lookup (self->entries, factor_id);
      if (entry == NULL && *comment != '\0')
        {
          g_set_error (error, SEEDS_EXCHANGE_ERROR, SEEDS_EXCHANGE_ERROR_INVALID,
                       _("There is a comment on factor “%s”, but no score."), factor_id);
          return FALSE;
        }

      if (entry != NULL)
        {
          g_free (entry->comment);
          entry->comment = g_steal_pointer (&comment);
        }
    }

  return TRUE;
}

SeedsScorecard *
seeds_scorecard_new_from_json (JsonNode        *root,
                               SeedsFramework  *framework,
                               GError         **error)
{
  g_autoptr(SeedsScorecard) self = NULL;
  JsonObject *object = json_node_get_object (root);
  JsonObject *meeting;
  const char *meeting_id;

  if (!seeds_exchange_check_header (root, SEEDS_EXCHANGE_SCORECARD, framework, error) ||
      !(meeting = seeds_exchange_get_object (object, "meeting", "meeting", TRUE, error)) ||
      !seeds_exchange_get_id (meeting, "id", "meeting.id", TRUE, &meeting_id, error))
    return NULL;

  self = g_object_new (SEEDS_TYPE_SCORECARD, NULL);
  self->framework_id = g_strdup (seeds_framework_get_id (framework));
  self->framework_edition = seeds_framework_get_edition (framework);
  self->meeting_id = g_strdup (meeting_id);

  if (!read_participant (self, object, error) ||
      !read_scores (self, object, framework, error) ||
      !read_comments (self, object, framework, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * seeds_scorecard_new_from_bytes:
 * @bytes: the contents of a .seedscard file
 * @framework: the framework the app uses: a card for another one, or with
 *   factors it does not have, is refused
 * @error: return location for a #SEEDS_EXCHANGE_ERROR
 *
 * Reads a score card strictly: anything docs/formats.md does not allow is
 * refused with a message for people. Members the format does not know are
 * ignored, so that a later version may add some. Whether the meeting
 * exists is for the store to say, on import.
 *
 * Returns: (transfer full): the score card, or %NULL with @error set
 */
SeedsScorecard *
seeds_scorecard_new_from_bytes (GBytes          *bytes,
                                SeedsFramework  *framework,
                                GError         **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SEEDS_SCORECARD (seeds_exchange_read (bytes, SEEDS_EXCHANGE_SCORECARD, framework, error));
}

/**
 * seeds_scorecard_new_from_file:
 *
 * The same as seeds_scorecard_new_from_bytes() for the contents of @file.
 */
SeedsScorecard *
seeds_scorecard_new_from_file (GFile           *file,
                               SeedsFramework  *framework,
                               GError         **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SEEDS_SCORECARD (seeds_exchange_read_file (file, SEEDS_EXCHANGE_SCORECARD, framework,
                                                    error));
}

/* The edition of its framework the card's meeting is scored with: 1 for
 * a card that does not say */
guint
seeds_scorecard_get_framework_edition (SeedsScorecard *self)
{
  g_return_val_if_fail (SEEDS_IS_SCORECARD (self), 1);

  return self->framework_edition;
}

/* For a card made with seeds_scorecard_new() for a meeting scored with
 * another edition than the first */
void
seeds_scorecard_set_framework_edition (SeedsScorecard *self,
                                       guint           edition)
{
  g_return_if_fail (SEEDS_IS_SCORECARD (self));
  g_return_if_fail (edition >= 1);

  self->framework_edition = edition;
}

const char *
seeds_scorecard_get_framework_id (SeedsScorecard *self)
{
  g_return_val_if_fail (SEEDS_IS_SCORECARD (self), NULL);

  return self->framework_id;
}

const char *
seeds_scorecard_get_meeting_id (SeedsScorecard *self)
{
  g_return_val_if_fail (SEEDS_IS_SCORECARD (self), NULL);

  return self->meeting_id;
}

/* (nullable): NULL when the card names the participant only */
const char *
seeds_scorecard_get_participant_id (SeedsScorecard *self)
{
  g_return_val_if_fail (SEEDS_IS_SCORECARD (self), NULL);

  return self->participant_id;
}

const char *
seeds_scorecard_get_name (SeedsScorecard *self)
{
  g_return_val_if_fail (SEEDS_IS_SCORECARD (self), NULL);

  return self->name;
}

const char *
seeds_scorecard_get_organisation (SeedsScorecard *self)
{
  g_return_val_if_fail (SEEDS_IS_SCORECARD (self), NULL);

  return self->organisation;
}

SeedsPartnerType
seeds_scorecard_get_partner_type (SeedsScorecard *self)
{
  g_return_val_if_fail (SEEDS_IS_SCORECARD (self), SEEDS_PARTNER_OTHER);

  return self->partner_type;
}

/**
 * seeds_scorecard_set_score:
 * @self: a #SeedsScorecard
 * @factor_id: the factor scored
 * @value: SEEDS_SCORE_MIN … SEEDS_SCORE_MAX, SEEDS_SCORE_DONT_KNOW, or
 *   SEEDS_SCORE_NONE to take the score and its comment off the card
 * @comment: (nullable): what the participant wrote with the score
 *
 * Sets, replaces or removes the score of a factor, with its comment.
 */
void
seeds_scorecard_set_score (SeedsScorecard *self,
                           const char     *factor_id,
                           int             value,
                           const char     *comment)
{
  Entry *entry;

  g_return_if_fail (SEEDS_IS_SCORECARD (self));
  g_return_if_fail (factor_id != NULL);
  g_return_if_fail (value == SEEDS_SCORE_NONE || seeds_score_value_is_valid (value));

  if (value == SEEDS_SCORE_NONE)
    {
      g_hash_table_remove (self->entries, factor_id);
      return;
    }

  entry = g_new0 (Entry, 1);
  entry->value = value;
  entry->comment = g_strdup (comment != NULL ? comment : "");
  g_hash_table_replace (self->entries, g_strdup (factor_id), entry);
}

/* Returns: the score of @factor_id, or SEEDS_SCORE_NONE if it is not on the card */
int
seeds_scorecard_get_score (SeedsScorecard *self,
                           const char     *factor_id)
{
  Entry *entry;

  g_return_val_if_fail (SEEDS_IS_SCORECARD (self), SEEDS_SCORE_NONE);
  g_return_val_if_fail (factor_id != NULL, SEEDS_SCORE_NONE);

  entry = g_hash_table_lookup (self->entries, factor_id);

  return entry != NULL ? entry->value : SEEDS_SCORE_NONE;
}

/* Returns: the comment on @factor_id, "" if there is none */
const char *
seeds_scorecard_get_comment (SeedsScorecard *self,
                             const char     *factor_id)
{
  Entry *entry;

  g_return_val_if_fail (SEEDS_IS_SCORECARD (self), NULL);
  g_return_val_if_fail (factor_id != NULL, NULL);

  entry = g_hash_table_lookup (self->entries, factor_id);

  return entry != NULL ? entry->comment : "";
}

static gboolean
is_number (const char *string)
{
  return *string != '\0' && string[strspn (string, "0123456789")] == '\0';
}

/* Factor "2" before "10", so that files read in the order people count. */
static int
compare_factor_ids (gconstpointer a,
                    gconstpointer b)
{
  const char *id_a = *(const char * const *) a;
  const char *id_b = *(const char * const *) b;

  if (is_number (id_a) && is_number (id_b) && strlen (id_a) != strlen (id_b))
    return strlen (id_a) < strlen (id_b) ? -1 : 1;

  return strcmp (id_a, id_b);
}

/**
 * seeds_scorecard_get_factor_ids:
 *
 * Returns: (transfer full): the ids of the factors on the card, numbers in
 *   numeric order
 */
char **
seeds_scorecard_get_factor_ids (SeedsScorecard *self)
{
  g_autoptr(GPtrArray) ids = NULL;
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (SEEDS_IS_SCORECARD (self), NULL);

  ids = g_ptr_array_new_full (g_hash_table_size (self->entries) + 1, NULL);

  g_hash_table_iter_init (&iter, self->entries);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (ids, g_strdup (key));

  g_ptr_array_sort (ids, compare_factor_ids);
  g_ptr_array_add (ids, NULL);

  return (char **) g_ptr_array_free (g_steal_pointer (&ids), FALSE);
}

guint
seeds_scorecard_get_n_scores (SeedsScorecard *self)
{
  g_return_val_if_fail (SEEDS_IS_SCORECARD (self), 0);

  return g_hash_table_size (self->entries);
}

gboolean
seeds_scorecard_equal (SeedsScorecard *a,
                       SeedsScorecard *b)
{
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (SEEDS_IS_SCORECARD (a), FALSE);
  g_return_val_if_fail (SEEDS_IS_SCORECARD (b), FALSE);

  if (!g_str_equal (a->framework_id, b->framework_id) ||
      a->framework_edition != b->framework_edition ||
      !g_str_equal (a->meeting_id, b->meeting_id) ||
      g_strcmp0 (a->participant_id, b->participant_id) != 0 ||
      !g_str_equal (a->name, b->name) ||
      !g_str_equal (a->organisation, b->organisation) ||
      a->partner_type != b->partner_type ||
      g_hash_table_size (a->entries) != g_hash_table_size (b->entries))
    return FALSE;

  g_hash_table_iter_init (&iter, a->entries);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const Entry *entry_a = value;
      const Entry *entry_b = g_hash_table_lookup (b->entries, key);

      if (entry_b == NULL ||
          entry_a->value != entry_b->value ||
          !g_str_equal (entry_a->comment, entry_b->comment))
        return FALSE;
    }

  return TRUE;
}

/**
 * seeds_scorecard_to_bytes:
 *
 * Returns: (transfer full): the card as the contents of a .seedscard file
 */
GBytes *
seeds_scorecard_to_bytes (SeedsScorecard *self)
{
  SeedsJsonWriter *writer;
  g_auto(GStrv) factor_ids = NULL;

  g_return_val_if_fail (SEEDS_IS_SCORECARD (self), NULL);

  factor_ids = seeds_scorecard_get_factor_ids (self);
  writer = seeds_exchange_begin (SEEDS_EXCHANGE_SCORECARD, self->framework_id,
                                 self->framework_edition);

  seeds_json_writer_set_member_name (writer, "meeting");
  seeds_json_writer_begin_object (writer);
  seeds_exchange_add_string (writer, "id", self->meeting_id);
  seeds_json_writer_end_object (writer);

  seeds_json_writer_set_member_name (writer, "participant");
  seeds_json_writer_begin_object (writer);
  if (self->participant_id != NULL)
    seeds_exchange_add_string (writer, "id", self->participant_id);
  seeds_exchange_add_string (writer, "name", self->name);
  seeds_exchange_add_string (writer, "organisation", self->organisation);
  seeds_exchange_add_string (writer, "partner_type",
                             seeds_partner_type_to_string (self->partner_type));
  seeds_json_writer_end_object (writer);

  seeds_json_writer_set_member_name (writer, "scores");
  seeds_json_writer_begin_object (writer);
  for (guint i = 0; factor_ids[i] != NULL; i++)
    {
      const Entry *entry = g_hash_table_lookup (self->entries, factor_ids[i]);

      seeds_json_writer_set_member_name (writer, factor_ids[i]);
      if (entry->value == SEEDS_SCORE_DONT_KNOW)
        seeds_json_writer_add_null_value (writer);
      else
        seeds_json_writer_add_int_value (writer, entry->value);
    }
  seeds_json_writer_end_object (writer);

  seeds_json_writer_set_member_name (writer, "comments");
  seeds_json_writer_begin_object (writer);
  for (guint i = 0; factor_ids[i] != NULL; i++)
    {
      const Entry *entry = g_hash_table_lookup (self->entries, factor_ids[i]);

      if (*entry->comment != '\0')
        seeds_exchange_add_string (writer, factor_ids[i], entry->comment);
    }
  seeds_json_writer_end_object (writer);

  return seeds_exchange_finish (writer);
}

/**
 * seeds_scorecard_save:
 * @self: a #SeedsScorecard
 * @file: where to save it, usually a name ending in .seedscard
 * @error: return location for a #GIOError
 *
 * Saves the card as a whole: @file is replaced only once the new contents
 * are written.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_scorecard_save (SeedsScorecard  *self,
                      GFile           *file,
                      GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (SEEDS_IS_SCORECARD (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = seeds_scorecard_to_bytes (self);

  return seeds_exchange_save (bytes, file, error);
}
