/* seeds-csv.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "exchange/seeds-csv.h"
#include "exchange/seeds-exchange-private.h"

/* Machine names, the same in every language, so that formulas and scripts
 * that use them keep working. New columns go at the end. */
static const char * const columns[] = {
  "community",
  "meeting_id",
  "meeting_date",
  "meeting_title",
  "participant",
  "partner_type",
  "factor_id",
  "factor_title",
  "score",
  "organisation",
  "comment",
};

/* What sorts the scores of a meeting: the participants' order by name, and
 * the factors' order in the framework. */
typedef struct
{
  GHashTable     *participants;  /* id → SeedsParticipant */
  GHashTable     *ranks;         /* participant id → position by name, plus one */
  SeedsFramework *framework;     /* NULL when the meeting uses another one */
} RowOrder;

/**
 * seeds_csv_append_field:
 * @csv: the CSV text so far
 * @field: one field's value
 *
 * Appends @field as RFC 4180 has it: in double quotes, with its quotes
 * doubled, when it holds a comma, a quote or a line break. A field that
 * starts with =, +, -, @, a tab or a carriage return gets an apostrophe
 * in front, so that a spreadsheet shows it as text instead of running it
 * as a formula (CSV injection).
 */
void
seeds_csv_append_field (GString    *csv,
                        const char *field)
{
  gboolean guard;
  gboolean quote;

  g_return_if_fail (csv != NULL);
  g_return_if_fail (field != NULL);

  guard = *field != '\0' && strchr ("=+-@\t\r", *field) != NULL;
  quote = strpbrk (field, ",\"\r\n") != NULL;

  if (quote)
    g_string_append_c (csv, '"');
  if (guard)
    g_string_append_c (csv, '\'');

  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *p);
    }

  if (quote)
    g_string_append_c (csv, '"');
}

static void
append_row (GString            *csv,
            const char * const *fields,
            guint               n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    {
      if (i > 0)
        g_string_append_c (csv, ',');
      seeds_csv_append_field (csv, fields[i]);
    }

  g_string_append (csv, "\r\n");
}

static guint
factor_position (RowOrder   *order,
                 const char *factor_id)
{
  SeedsFactor *factor = NULL;

  if (order->framework != NULL)
    factor = seeds_framework_lookup_factor (order->framework, factor_id);

  return factor != NULL ? seeds_factor_get_position (factor) : G_MAXUINT;
}

static int
compare_scores (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  const SeedsScore *score_a = *(const SeedsScore * const *) a;
  const SeedsScore *score_b = *(const SeedsScore * const *) b;
  RowOrder *order = user_data;
  guint rank_a = GPOINTER_TO_UINT (g_hash_table_lookup (order->ranks, score_a->participant_id));
  guint rank_b = GPOINTER_TO_UINT (g_hash_table_lookup (order->ranks, score_b->participant_id));
  guint position_a, position_b;

  if (rank_a != rank_b)
    return rank_a < rank_b ? -1 : 1;

  position_a = factor_position (order, score_a->factor_id);
  position_b = factor_position (order, score_b->factor_id);
  if (position_a != position_b)
    return position_a < position_b ? -1 : 1;

  return strcmp (score_a->factor_id, score_b->factor_id);
}

static gboolean
append_meeting (GString         *csv,
                SeedsStore      *store,
                SeedsCommunity  *community,
                SeedsMeeting    *meeting,
                RowOrder        *order,
                GError         **error)
{
  g_autoptr(GPtrArray) scores = NULL;

  scores = seeds_store_list_scores (store, seeds_meeting_get_id (meeting), error);
  if (scores == NULL)
    return FALSE;

  g_ptr_array_sort_with_data (scores, compare_scores, order);

  for (guint i = 0; i < scores->len; i++)
    {
      const SeedsScore *score = g_ptr_array_index (scores, i);
      SeedsParticipant *participant = g_hash_table_lookup (order->participants,
                                                           score->participant_id);
      SeedsFactor *factor = NULL;
      g_autofree char *value = NULL;

      /* The store keeps scores to participants of the meeting's community. */
      if (participant == NULL)
        continue;

      if (order->framework != NULL)
        factor = seeds_framework_lookup_factor (order->framework, score->factor_id);

      if (score->value != SEEDS_SCORE_DONT_KNOW)
        value = g_strdup_printf ("%d", score->value);

      append_row (csv,
                  (const char * const []) {
                    seeds_community_get_name (community),
                    seeds_meeting_get_id (meeting),
                    seeds_meeting_get_date (meeting),
                    seeds_meeting_get_title (meeting),
                    seeds_participant_get_name (participant),
                    seeds_partner_type_to_string (seeds_participant_get_partner_type (participant)),
                    score->factor_id,
                    factor != NULL ? seeds_factor_get_title (factor) : "",
                    value != NULL ? value : "",
                    seeds_participant_get_organisation (participant),
                    score->comment,
                  },
                  G_N_ELEMENTS (columns));
    }

  return TRUE;
}

static gboolean
append_community (GString         *csv,
                  SeedsStore      *store,
                  SeedsFramework  *framework,
                  SeedsCommunity  *community,
                  GError         **error)
{
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GHashTable) by_id = NULL;
  g_autoptr(GHashTable) ranks = NULL;
  const char *community_id = seeds_community_get_id (community);

  if (!(meetings = seeds_store_list_meetings (store, community_id, error)) ||
      !(participants = seeds_store_list_participants (store, community_id, error)))
    return FALSE;

  by_id = g_hash_table_new (g_str_hash, g_str_equal);
  ranks = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < participants->len; i++)
    {
      SeedsParticipant *participant = g_ptr_array_index (participants, i);
      const char *id = seeds_participant_get_id (participant);

      g_hash_table_insert (by_id, (gpointer) id, participant);
      g_hash_table_insert (ranks, (gpointer) id, GUINT_TO_POINTER (i + 1));
    }

  /* The store lists meetings newest first. */
  for (guint i = meetings->len; i > 0; i--)
    {
      SeedsMeeting *meeting = g_ptr_array_index (meetings, i - 1);
      RowOrder order = { by_id, ranks, NULL };

      /* Another framework's factor ids may be the same but mean other
       * factors. */
      if (g_strcmp0 (seeds_meeting_get_framework_id (meeting),
                     seeds_framework_get_id (framework)) == 0)
        order.framework = framework;

      if (!append_meeting (csv, store, community, meeting, &order, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * seeds_csv_export:
 * @store: the database
 * @framework: the framework for the factor titles, in its language
 * @community_id: (nullable): only this community's scores; %NULL for all
 * @error: return location for a #GError
 *
 * Makes a CSV file of scores: a header row, then one row per score, by
 * community name, meeting date, participant name and the factors' order.
 * "Don't know" is an empty score.
 *
 * Returns: (transfer full): the CSV text, or %NULL with @error set
 */
GBytes *
seeds_csv_export (SeedsStore      *store,
                  SeedsFramework  *framework,
                  const char      *community_id,
                  GError         **error)
{
  g_autoptr(GPtrArray) communities = NULL;
  g_autoptr(GString) csv = g_string_new (NULL);

  g_return_val_if_fail (SEEDS_IS_STORE (store), NULL);
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (community_id != NULL)
    {
      SeedsCommunity *community = seeds_store_get_community (store, community_id, error);

      if (community == NULL)
        return NULL;

      communities = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (communities, community);
    }
  else if (!(communities = seeds_store_list_communities (store, error)))
    return NULL;

  append_row (csv, columns, G_N_ELEMENTS (columns));

  for (guint i = 0; i < communities->len; i++)
    {
      if (!append_community (csv, store, framework, g_ptr_array_index (communities, i), error))
        return NULL;
    }

  return g_string_free_to_bytes (g_steal_pointer (&csv));
}

/**
 * seeds_csv_export_to_file:
 *
 * The same as seeds_csv_export(), saved to @file as a whole: @file is
 * replaced only once the new contents are written.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_csv_export_to_file (SeedsStore      *store,
                          SeedsFramework  *framework,
                          const char      *community_id,
                          GFile           *file,
                          GError         **error)
{
  g_autoptr(GBytes) csv = NULL;

  g_return_val_if_fail (SEEDS_IS_STORE (store), FALSE);
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (framework), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  csv = seeds_csv_export (store, framework, community_id, error);
  if (csv == NULL)
    return FALSE;

  return seeds_exchange_save (csv, file, error);
}
