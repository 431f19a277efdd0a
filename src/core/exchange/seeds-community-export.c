/* seeds-community-export.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "exchange/seeds-community-export.h"
#include "exchange/seeds-exchange-private.h"

/* The members are described in docs/formats.md; new ones are only ever
 * added, so that a reader of version 1 can read what later versions
 * write. Text is written exactly as stored. The export is read-only on the
 * store and deterministic: the same database gives the same bytes. */

static void
add_nullable_string (JsonBuilder *builder,
                     const char  *member,
                     const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

typedef void (*AddMembers) (JsonBuilder *builder,
                            gconstpointer item);

/* @member: an array with an object for each of @items */
static void
add_objects (JsonBuilder *builder,
             const char  *member,
             GPtrArray   *items,
             AddMembers   add_members)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);

  for (guint i = 0; i < items->len; i++)
    {
      json_builder_begin_object (builder);
      add_members (builder, g_ptr_array_index (items, i));
      json_builder_end_object (builder);
    }

  json_builder_end_array (builder);
}

static void
add_participant (JsonBuilder   *builder,
                 gconstpointer  item)
{
  SeedsParticipant *participant = (SeedsParticipant *) item;
  SeedsPartnerType partner_type = seeds_participant_get_partner_type (participant);

  seeds_exchange_add_string (builder, "id", seeds_participant_get_id (participant));
  seeds_exchange_add_string (builder, "name", seeds_participant_get_name (participant));
  seeds_exchange_add_string (builder, "organisation",
                             seeds_participant_get_organisation (participant));
  seeds_exchange_add_string (builder, "partner_type", seeds_partner_type_to_string (partner_type));
}

static void
add_score (JsonBuilder   *builder,
           gconstpointer  item)
{
  const SeedsScore *score = item;

  seeds_exchange_add_string (builder, "participant", score->participant_id);
  seeds_exchange_add_string (builder, "factor", score->factor_id);
  json_builder_set_member_name (builder, "score");
  if (score->value == SEEDS_SCORE_DONT_KNOW)
    json_builder_add_null_value (builder);
  else
    json_builder_add_int_value (builder, score->value);
  seeds_exchange_add_string (builder, "comment", score->comment);
}

static void
add_tally (JsonBuilder   *builder,
           gconstpointer  item)
{
  const SeedsTally *tally = item;

  seeds_exchange_add_string (builder, "factor", tally->factor_id);
  json_builder_set_member_name (builder, "counts");
  json_builder_begin_object (builder);
  for (int v = SEEDS_SCORE_MIN; v <= SEEDS_SCORE_MAX; v++)
    {
      char member[2] = { (char) ('0' + v), '\0' };

      json_builder_set_member_name (builder, member);
      json_builder_add_int_value (builder, tally->counts[v]);
    }
  json_builder_set_member_name (builder, "dont_know");
  json_builder_add_int_value (builder, tally->counts[seeds_tally_index_score (SEEDS_SCORE_DONT_KNOW)]);
  json_builder_end_object (builder);
}

static void
add_next_step (JsonBuilder   *builder,
               gconstpointer  item)
{
  SeedsNextStep *step = (SeedsNextStep *) item;
  SeedsNextStepStatus status = seeds_next_step_get_status (step);

  seeds_exchange_add_string (builder, "id", seeds_next_step_get_id (step));
  seeds_exchange_add_string (builder, "meeting", seeds_next_step_get_meeting_id (step));
  seeds_exchange_add_string (builder, "factor", seeds_next_step_get_factor_id (step));
  seeds_exchange_add_string (builder, "text", seeds_next_step_get_text (step));
  seeds_exchange_add_string (builder, "owner", seeds_next_step_get_owner (step));
  add_nullable_string (builder, "due_date", seeds_next_step_get_due_date (step));
  seeds_exchange_add_string (builder, "status", seeds_next_step_status_to_string (status));
  add_nullable_string (builder, "reviewed_in", seeds_next_step_get_reviewed_in (step));
}

static gboolean
add_meeting (JsonBuilder   *builder,
             SeedsStore    *store,
             SeedsMeeting  *meeting,
             GError       **error)
{
  const char *meeting_id = seeds_meeting_get_id (meeting);
  g_autoptr(GPtrArray) attendees = NULL;
  g_autoptr(GPtrArray) scores = NULL;
  g_autoptr(GPtrArray) tallies = NULL;

  if (!(attendees = seeds_store_list_attendees (store, meeting_id, error)) ||
      !(scores = seeds_store_list_scores (store, meeting_id, error)) ||
      !(tallies = seeds_store_list_tallies (store, meeting_id, error)))
    return FALSE;

  json_builder_begin_object (builder);
  seeds_exchange_add_string (builder, "id", meeting_id);
  seeds_exchange_add_string (builder, "framework", seeds_meeting_get_framework_id (meeting));
  seeds_exchange_add_string (builder, "kind", seeds_meeting_kind_to_string (seeds_meeting_get_kind (meeting)));
  seeds_exchange_add_string (builder, "date", seeds_meeting_get_date (meeting));
  seeds_exchange_add_string (builder, "title", seeds_meeting_get_title (meeting));
  seeds_exchange_add_string (builder, "notes", seeds_meeting_get_notes (meeting));

  json_builder_set_member_name (builder, "attendees");
  json_builder_begin_array (builder);
  for (guint i = 0; i < attendees->len; i++)
    json_builder_add_string_value (builder,
                                   seeds_participant_get_id (g_ptr_array_index (attendees, i)));
  json_builder_end_array (builder);

  add_objects (builder, "scores", scores, add_score);
  add_objects (builder, "tallies", tallies, add_tally);
  json_builder_end_object (builder);

  return TRUE;
}

/* The community's entry in the directory, with the contact details: the
 * export is of your own community, for yourself. */
static void
add_profile (JsonBuilder                 *builder,
             const SeedsCommunityProfile *profile)
{
  json_builder_set_member_name (builder, "profile");
  json_builder_begin_object (builder);
  seeds_profile_add_details (builder, profile);
  seeds_profile_add_contact (builder, profile);
  json_builder_end_object (builder);
}

static gboolean
add_community (JsonBuilder     *builder,
               SeedsStore      *store,
               SeedsCommunity  *community,
               GError         **error)
{
  const char *community_id = seeds_community_get_id (community);
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GPtrArray) steps = NULL;

  if (!(participants = seeds_store_list_participants (store, community_id, error)) ||
      !(meetings = seeds_store_list_meetings (store, community_id, error)) ||
      !(steps = seeds_store_list_next_steps (store, community_id, NULL, error)))
    return FALSE;

  json_builder_begin_object (builder);
  seeds_exchange_add_string (builder, "format", SEEDS_COMMUNITY_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, SEEDS_EXCHANGE_VERSION);

  json_builder_set_member_name (builder, "community");
  json_builder_begin_object (builder);
  seeds_exchange_add_string (builder, "id", community_id);
  seeds_exchange_add_string (builder, "name", seeds_community_get_name (community));
  add_profile (builder, seeds_community_get_profile (community));
  json_builder_end_object (builder);

  add_objects (builder, "participants", participants, add_participant);

  /* The store lists meetings newest first; a history reads oldest first. */
  json_builder_set_member_name (builder, "meetings");
  json_builder_begin_array (builder);
  for (guint i = meetings->len; i > 0; i--)
    {
      if (!add_meeting (builder, store, g_ptr_array_index (meetings, i - 1), error))
        return FALSE;
    }
  json_builder_end_array (builder);

  add_objects (builder, "next_steps", steps, add_next_step);
  json_builder_end_object (builder);

  return TRUE;
}

/**
 * seeds_community_export_json:
 * @store: the database
 * @community_id: (nullable): the community to export; %NULL for all
 * @error: return location for a #GError
 *
 * Writes everything the store holds about a community as a
 * "seeds-community" object: the community with its profile in the
 * directory, its participants, its meetings
 * (oldest first) with their attendees, scores with comments and tallies,
 * and its next steps with their status and review. Without
 * @community_id, a JSON array of such objects, one per community, by name.
 *
 * Returns: (transfer full): the JSON text, or %NULL with @error set
 */
GBytes *
seeds_community_export_json (SeedsStore  *store,
                             const char  *community_id,
                             GError     **error)
{
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(GPtrArray) communities = NULL;
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (SEEDS_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  builder = json_builder_new_immutable ();

  if (community_id != NULL)
    {
      g_autoptr(SeedsCommunity) community = seeds_store_get_community (store, community_id, error);

      if (community == NULL || !add_community (builder, store, community, error))
        return NULL;
    }
  else
    {
      if (!(communities = seeds_store_list_communities (store, error)))
        return NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < communities->len; i++)
        {
          if (!add_community (builder, store, g_ptr_array_index (communities, i), error))
            return NULL;
        }
      json_builder_end_array (builder);
    }

  root = json_builder_get_root (builder);

  return seeds_exchange_to_bytes (root);
}

/**
 * seeds_community_export_json_to_file:
 *
 * The same as seeds_community_export_json(), saved to @file as a whole:
 * @file is replaced only once the new contents are written.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_community_export_json_to_file (SeedsStore  *store,
                                     const char  *community_id,
                                     GFile       *file,
                                     GError     **error)
{
  g_autoptr(GBytes) json = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  json = seeds_community_export_json (store, community_id, error);

  return json != NULL && seeds_exchange_save (json, file, error);
}
