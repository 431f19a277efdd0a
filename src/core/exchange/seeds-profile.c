/* seeds-profile.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "exchange/seeds-exchange-private.h"
#include "exchange/seeds-profile.h"

/* More participants than any meeting has: a larger number is a mistake. */
#define MAX_PARTICIPANTS 10000

struct _SeedsProfile
{
  GObject                parent_instance;

  char                  *community_id;
  char                  *name;
  gint64                 updated;         /* seconds since 1970, UTC */
  SeedsCommunityProfile *profile;         /* without contact details unless has_contact */
  gboolean               has_contact;
  SeedsSharedResults    *shared_results;  /* nullable */
};

G_DEFINE_FINAL_TYPE (SeedsProfile, seeds_profile, G_TYPE_OBJECT)

static void
seeds_profile_finalize (GObject *object)
{
  SeedsProfile *self = (SeedsProfile *)object;

  g_clear_pointer (&self->community_id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->profile, seeds_community_profile_free);
  g_clear_pointer (&self->shared_results, seeds_shared_results_free);

  G_OBJECT_CLASS (seeds_profile_parent_class)->finalize (object);
}

static void
seeds_profile_class_init (SeedsProfileClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = seeds_profile_finalize;
}

static void
seeds_profile_init (SeedsProfile *self)
{
}

/**
 * seeds_profile_new:
 * @community_id: the community's UUID
 * @name: its name
 * @updated: when the profile was made, in seconds since 1970 (UTC): of two
 *   profiles of one community, the later one wins
 * @profile: what the directory says of it
 * @has_contact: whether to share the contact details in @profile; without,
 *   they are left out
 * @shared_results: (nullable): the results to share, if any
 *
 * Returns: (transfer full): a new profile, with copies of what it is given
 */
SeedsProfile *
seeds_profile_new (const char                  *community_id,
                   const char                  *name,
                   gint64                       updated,
                   const SeedsCommunityProfile *profile,
                   gboolean                     has_contact,
                   const SeedsSharedResults    *shared_results)
{
  SeedsProfile *self;

  g_return_val_if_fail (community_id != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (updated >= 0, NULL);
  g_return_val_if_fail (profile != NULL, NULL);

  self = g_object_new (SEEDS_TYPE_PROFILE, NULL);
  self->community_id = g_strdup (community_id);
  self->name = g_strdup (name);
  self->updated = updated;
  self->profile = seeds_community_profile_copy (profile);
  self->has_contact = has_contact;
  if (!has_contact)
    seeds_community_profile_clear_contact (self->profile);
  if (shared_results != NULL)
    self->shared_results = seeds_shared_results_copy (shared_results);

  return self;
}

/* Reading */

static gboolean
set_invalid (GError     **error,
             const char  *message)
{
  g_set_error_literal (error, SEEDS_EXCHANGE_ERROR, SEEDS_EXCHANGE_ERROR_INVALID, message);
  return FALSE;
}

/* "2026-03-12T10:15:00Z", or with an offset such as "+01:00" */
static gboolean
read_updated (SeedsProfile  *self,
              JsonObject    *community,
              GError       **error)
{
  g_autoptr(GDateTime) time = NULL;
  const char *updated = NULL;
  gint64 latest = g_get_real_time () / G_USEC_PER_SEC + SEEDS_PROFILE_MAX_CLOCK_SKEW;

  if (!seeds_exchange_get_string (community, "updated", "community.updated", TRUE, &updated,
                                  error))
    return FALSE;

  /* Without a time zone, a time would mean something else in each place. */
  time = g_date_time_new_from_iso8601 (updated, NULL);
  if (time == NULL || g_date_time_to_unix (time) < 0)
    return seeds_exchange_set_field_error (error,
                                           _("The field “%s” is not a valid time with a time "
                                             "zone, such as 2026-03-12T10:15:00Z."),
                                           "community.updated");

  if (g_date_time_to_unix (time) > latest)
    return set_invalid (error, _("The profile is dated in the future. Check the clock of the "
                                 "computer that made it."));

  self->updated = g_date_time_to_unix (time);

  return TRUE;
}

static gboolean
read_location (JsonObject             *object,
               const char             *path,
               SeedsCommunityProfile  *profile,
               GError                **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *location_path = seeds_exchange_member_path (path, "location");
  g_autofree char *latitude_path = seeds_exchange_member_path (location_path, "latitude");
  g_autofree char *longitude_path = seeds_exchange_member_path (location_path, "longitude");
  JsonObject *location;
  double latitude, longitude;

  location = seeds_exchange_get_object (object, "location", location_path, FALSE, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (location == NULL)
    return TRUE;

  if (!seeds_exchange_get_number (location, "latitude", latitude_path,
                                  SEEDS_LATITUDE_MIN, SEEDS_LATITUDE_MAX, &latitude, error) ||
      !seeds_exchange_get_number (location, "longitude", longitude_path,
                                  SEEDS_LONGITUDE_MIN, SEEDS_LONGITUDE_MAX, &longitude, error))
    return FALSE;

  seeds_community_profile_set_location (profile, latitude, longitude);

  return TRUE;
}

/* An array of organisations, each a line of profile->partners */
static gboolean
read_partners (JsonObject             *object,
               const char             *path,
               SeedsCommunityProfile  *profile,
               GError                **error)
{
  g_autoptr(GString) lines = g_string_new (NULL);
  g_autofree char *partners_path = seeds_exchange_member_path (path, "partners");
  JsonNode *node = json_object_get_member (object, "partners");
  JsonArray *partners;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return seeds_exchange_set_field_error (error, _("The field “%s” must be a list of text."),
                                           partners_path);

  partners = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (partners); i++)
    {
      JsonNode *element = json_array_get_element (partners, i);
      g_autofree char *element_path = g_strdup_printf ("%s[%u]", partners_path, i);
      g_autofree char *partner = NULL;

      if (json_node_get_value_type (element) != G_TYPE_STRING)
        return seeds_exchange_set_field_error (error, _("The field “%s” must be text."),
                                               element_path);

      partner = seeds_exchange_clean_text (json_node_get_string (element), element_path,
                                           SEEDS_FIELD_ORGANISATION, error);
      if (partner == NULL)
        return FALSE;
      if (*partner == '\0')
        return seeds_exchange_set_field_error (error, _("The field “%s” is empty."),
                                               element_path);

      if (lines->len > 0)
        g_string_append_c (lines, '\n');
      g_string_append (lines, partner);
    }

  g_free (profile->partners);
  profile->partners = seeds_text_clean (lines->str, SEEDS_FIELD_PARTNERS, error);

  return profile->partners != NULL;
}

/* Replaces *value by the text in @member of @object, read by the rules of
 * @field. */
static gboolean
read_text (JsonObject   *object,
           const char   *path,
           const char   *member,
           SeedsField    field,
           char        **value,
           GError      **error)
{
  g_autofree char *member_path = seeds_exchange_member_path (path, member);
  char *text = seeds_exchange_get_text (object, member, member_path, field, error);

  if (text == NULL)
    return FALSE;

  g_free (*value);
  *value = text;

  return TRUE;
}

/**
 * seeds_profile_read_details:
 * @object: the object that holds them: "community" in a profile,
 *   "community.profile" in a community export
 * @path: the path of @object, for messages
 * @profile: the profile to fill in
 * @error: return location for a #SEEDS_EXCHANGE_ERROR
 *
 * Reads what a profile says a community is: its type, theme, place,
 * description, location and partners.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_profile_read_details (JsonObject             *object,
                            const char             *path,
                            SeedsCommunityProfile  *profile,
                            GError                **error)
{
  g_autofree char *type_path = seeds_exchange_member_path (path, "type");
  const char *type = NULL;

  if (!seeds_exchange_get_string (object, "type", type_path, TRUE, &type, error))
    return FALSE;

  if (!seeds_community_kind_from_string (type, &profile->kind))
    {
      g_autofree char *shown = seeds_exchange_show (type);

      g_set_error (error, SEEDS_EXCHANGE_ERROR, SEEDS_EXCHANGE_ERROR_INVALID,
                   _("The type “%s” is not one of field-lab, living-lab or other."), shown);
      return FALSE;
    }

  return read_text (object, path, "theme", SEEDS_FIELD_THEME, &profile->theme, error) &&
         read_text (object, path, "place", SEEDS_FIELD_PLACE, &profile->place, error) &&
         read_text (object, path, "description", SEEDS_FIELD_DESCRIPTION, &profile->description,
                    error) &&
         read_location (object, path, profile, error) &&
         read_partners (object, path, profile, error);
}

/**
 * seeds_profile_read_contact:
 * @object: the object whose member "contact" holds them, if any
 * @path: the path of @object, for messages; "" for the root
 * @profile: the profile to fill in
 * @found: (out): whether @object has contact details
 * @error: return location for a #SEEDS_EXCHANGE_ERROR
 *
 * Reads the contact person, e-mail address, phone number and website.
 * Without a "contact" member, the contact details of @profile are left as
 * they are.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_profile_read_contact (JsonObject             *object,
                            const char             *path,
                            SeedsCommunityProfile  *profile,
                            gboolean               *found,
                            GError                **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contact_path = seeds_exchange_member_path (path, "contact");
  JsonObject *contact;

  *found = FALSE;

  contact = seeds_exchange_get_object (object, "contact", contact_path, FALSE, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (contact == NULL)
    return TRUE;

  *found = TRUE;
  seeds_community_profile_clear_contact (profile);

  return read_text (contact, contact_path, "name", SEEDS_FIELD_CONTACT_NAME,
                    &profile->contact_name, error) &&
         read_text (contact, contact_path, "email", SEEDS_FIELD_EMAIL, &profile->email, error) &&
         read_text (contact, contact_path, "phone", SEEDS_FIELD_PHONE, &profile->phone, error) &&
         read_text (contact, contact_path, "website", SEEDS_FIELD_WEBSITE, &profile->website,
                    error);
}

static gboolean
read_community (SeedsProfile  *self,
                JsonObject    *root,
                GError       **error)
{
  JsonObject *community;
  const char *id = NULL;

  if (!(community = seeds_exchange_get_object (root, "community", "community", TRUE, error)) ||
      !seeds_exchange_get_id (community, "id", "community.id", TRUE, &id, error) ||
      !(self->name = seeds_exchange_get_text (community, "name", "community.name",
                                              SEEDS_FIELD_COMMUNITY_NAME, error)) ||
      !read_updated (self, community, error))
    return FALSE;

  self->community_id = g_strdup (id);

  return seeds_profile_read_details (community, "community", self->profile, error);
}

typedef struct
{
  int n;
  int mean10;
  int spread100;
} FactorScores;

/* One element of results.factors, into @factors by its factor id */
static gboolean
read_factor (JsonNode        *node,
             guint            index,
             int              n_participants,
             SeedsFramework  *framework,
             GHashTable      *factors,
             GError         **error)
{
  g_autofree char *path = g_strdup_printf ("results.factors[%u]", index);
  g_autofree char *factor_path = g_strconcat (path, ".factor", NULL);
  g_autofree char *n_path = g_strconcat (path, ".n", NULL);
  g_autofree char *mean_path = g_strconcat (path, ".mean10", NULL);
  g_autofree char *spread_path = g_strconcat (path, ".spread100", NULL);
  g_autofree char *band_path = g_strconcat (path, ".band", NULL);
  g_autofree FactorScores *scores = g_new0 (FactorScores, 1);
  const char *factor_id = NULL;
  const char *band = NULL;
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return seeds_exchange_set_field_error (error, _("The field “%s” must be a JSON object."), path);

  object = json_node_get_object (node);

  if (!seeds_exchange_get_string (object, "factor", factor_path, TRUE, &factor_id, error))
    return FALSE;

  if (seeds_framework_lookup_factor (framework, factor_id) == NULL)
    {
      g_autofree char *shown = seeds_exchange_show (factor_id);

      g_set_error (error, SEEDS_EXCHANGE_ERROR, SEEDS_EXCHANGE_ERROR_INVALID,
                   _("Factor “%s” does not exist in this framework."), shown);
      return FALSE;
    }

  if (g_hash_table_contains (factors, factor_id))
    {
      g_set_error (error, SEEDS_EXCHANGE_ERROR, SEEDS_EXCHANGE_ERROR_INVALID,
                   _("Factor “%s” is in the shared scores more than once."), factor_id);
      return FALSE;
    }

  /* Fewer scores would let someone's own score be read off the mean. */
  if (!seeds_exchange_get_int (object, "n", n_path, SEEDS_SHARED_MIN_SCORES, n_participants,
                               &scores->n, error) ||
      !seeds_exchange_get_int (object, "mean10", mean_path, SEEDS_SHARED_MEAN10_MIN,
                               SEEDS_SHARED_MEAN10_MAX, &scores->mean10, error) ||
      !seeds_exchange_get_int (object, "spread100", spread_path, 0, SEEDS_SHARED_SPREAD100_MAX,
                               &scores->spread100, error) ||
      !seeds_exchange_get_string (object, "band", band_path, TRUE, &band, error))
    return FALSE;

  if (!g_str_equal (band, seeds_band_to_string (seeds_band_for_mean10 (scores->mean10))))
    {
      g_autofree char *shown = seeds_exchange_show (band);

      g_set_error (error, SEEDS_EXCHANGE_ERROR, SEEDS_EXCHANGE_ERROR_INVALID,
                   _("The band “%s” of factor “%s” does not go with its mean."), shown, factor_id);
      return FALSE;
    }

  g_hash_table_insert (factors, g_strdup (factor_id), g_steal_pointer (&scores));

  return TRUE;
}

static gboolean
read_results (SeedsProfile    *self,
              JsonObject      *root,
              SeedsFramework  *framework,
              GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GHashTable) factors = NULL;
  JsonObject *results;
  JsonNode *node;
  JsonArray *array;
  const char *framework_id = NULL;
  const char *date = NULL;
  int n_participants = 0;

  results = seeds_exchange_get_object (root, "results", "results", FALSE, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (results == NULL)
    return TRUE;

  if (!seeds_exchange_get_string (results, "framework", "results.framework", TRUE, &framework_id,
                                  error))
    return FALSE;

  if (!g_str_equal (framework_id, seeds_framework_get_id (framework)))
    {
      g_autofree char *shown = seeds_exchange_show (framework_id);

      g_set_error (error, SEEDS_EXCHANGE_ERROR, SEEDS_EXCHANGE_ERROR_WRONG_FRAMEWORK,
                   _("The shared scores are for the framework “%s”, not for “%s”."),
                   shown, seeds_framework_get_id (framework));
      return FALSE;
    }

  if (!seeds_exchange_get_string (results, "date", "results.date", TRUE, &date, error))
    return FALSE;

  if (!seeds_date_is_valid (date))
    return seeds_exchange_set_field_error (error,
                                           _("The field “%s” is not a valid date (YYYY-MM-DD)."),
                                           "results.date");

  if (!seeds_exchange_get_int (results, "participants", "results.participants",
                               SEEDS_SHARED_MIN_SCORES, MAX_PARTICIPANTS, &n_participants, error))
    return FALSE;

  node = json_object_get_member (results, "factors");
  if (node == NULL)
    return seeds_exchange_set_field_error (error, _("The field “%s” is missing."),
                                           "results.factors");
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return seeds_exchange_set_field_error (error, _("The field “%s” must be a list."),
                                           "results.factors");

  array = json_node_get_array (node);
  if (json_array_get_length (array) == 0)
    return set_invalid (error, _("The shared scores hold no factors."));

  factors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (!read_factor (json_array_get_element (array, i), i, n_participants, framework, factors,
                      error))
      return FALSE;

  /* In the framework's order, whatever the file's */
  self->shared_results = seeds_shared_results_new (framework_id, date, n_participants);
  for (guint i = 0; i < seeds_framework_get_n_factors (framework); i++)
    {
      const char *factor_id = seeds_factor_get_id (seeds_framework_get_factor (framework, i));
      const FactorScores *scores = g_hash_table_lookup (factors, factor_id);

      if (scores != NULL)
        seeds_shared_results_add (self->shared_results, factor_id,
                                  scores->n, scores->mean10, scores->spread100);
    }

  return TRUE;
}

SeedsProfile *
seeds_profile_new_from_json (JsonNode        *root,
                             SeedsFramework  *framework,
                             GError         **error)
{
  g_autoptr(SeedsProfile) self = NULL;
  JsonObject *object = json_node_get_object (root);

  if (!seeds_exchange_check_header (root, SEEDS_EXCHANGE_PROFILE, framework, error))
    return NULL;

  self = g_object_new (SEEDS_TYPE_PROFILE, NULL);
  self->profile = seeds_community_profile_new ();

  if (!read_community (self, object, error) ||
      !seeds_profile_read_contact (object, "", self->profile, &self->has_contact, error) ||
      !read_results (self, object, framework, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * seeds_profile_new_from_bytes:
 * @bytes: the contents of a .seedsprofile file
 * @framework: the framework the app uses: shared scores of another
 *   framework, or of factors it does not have, are refused
 * @error: return location for a #SEEDS_EXCHANGE_ERROR
 *
 * Reads a profile strictly, as seeds_scorecard_new_from_bytes() reads a
 * score card: anything docs/formats.md does not allow is refused with a
 * message for people, and members it does not know are ignored.
 *
 * Returns: (transfer full): the profile, or %NULL with @error set
 */
SeedsProfile *
seeds_profile_new_from_bytes (GBytes          *bytes,
                              SeedsFramework  *framework,
                              GError         **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SEEDS_PROFILE (seeds_exchange_read (bytes, SEEDS_EXCHANGE_PROFILE, framework, error));
}

/**
 * seeds_profile_new_from_file:
 *
 * The same as seeds_profile_new_from_bytes() for the contents of @file.
 */
SeedsProfile *
seeds_profile_new_from_file (GFile           *file,
                             SeedsFramework  *framework,
                             GError         **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SEEDS_PROFILE (seeds_exchange_read_file (file, SEEDS_EXCHANGE_PROFILE, framework, error));
}

const char *
seeds_profile_get_community_id (SeedsProfile *self)
{
  g_return_val_if_fail (SEEDS_IS_PROFILE (self), NULL);

  return self->community_id;
}

const char *
seeds_profile_get_name (SeedsProfile *self)
{
  g_return_val_if_fail (SEEDS_IS_PROFILE (self), NULL);

  return self->name;
}

/* When the profile was made, in seconds since 1970 (UTC) */
gint64
seeds_profile_get_updated (SeedsProfile *self)
{
  g_return_val_if_fail (SEEDS_IS_PROFILE (self), 0);

  return self->updated;
}

/* Returns: (transfer none): what the profile says of the community; its
 * contact details are empty unless seeds_profile_has_contact() */
const SeedsCommunityProfile *
seeds_profile_get_profile (SeedsProfile *self)
{
  g_return_val_if_fail (SEEDS_IS_PROFILE (self), NULL);

  return self->profile;
}

/* Whether the community shares its contact details in this profile */
gboolean
seeds_profile_has_contact (SeedsProfile *self)
{
  g_return_val_if_fail (SEEDS_IS_PROFILE (self), FALSE);

  return self->has_contact;
}

/* Returns: (transfer none) (nullable): the shared results of the latest
 * meeting, or %NULL when the profile shares none */
const SeedsSharedResults *
seeds_profile_get_shared_results (SeedsProfile *self)
{
  g_return_val_if_fail (SEEDS_IS_PROFILE (self), NULL);

  return self->shared_results;
}

/* Writing */

static void
add_location (SeedsJsonWriter             *writer,
              const SeedsCommunityProfile *profile)
{
  seeds_json_writer_set_member_name (writer, "location");

  if (!profile->has_location)
    {
      seeds_json_writer_add_null_value (writer);
      return;
    }

  seeds_json_writer_begin_object (writer);
  seeds_json_writer_set_member_name (writer, "latitude");
  seeds_json_writer_add_double_value (writer, profile->latitude);
  seeds_json_writer_set_member_name (writer, "longitude");
  seeds_json_writer_add_double_value (writer, profile->longitude);
  seeds_json_writer_end_object (writer);
}

/**
 * seeds_profile_add_details:
 * @writer: a writer inside an open object
 * @profile: a clean profile
 *
 * Adds the members that seeds_profile_read_details() reads.
 */
void
seeds_profile_add_details (SeedsJsonWriter             *writer,
                           const SeedsCommunityProfile *profile)
{
  g_auto(GStrv) partners = seeds_community_profile_get_partner_list (profile);

  seeds_exchange_add_string (writer, "type", seeds_community_kind_to_string (profile->kind));
  seeds_exchange_add_string (writer, "theme", profile->theme);
  seeds_exchange_add_string (writer, "place", profile->place);
  add_location (writer, profile);

  seeds_json_writer_set_member_name (writer, "partners");
  seeds_json_writer_begin_array (writer);
  for (guint i = 0; partners[i] != NULL; i++)
    seeds_json_writer_add_string_value (writer, partners[i]);
  seeds_json_writer_end_array (writer);

  seeds_exchange_add_string (writer, "description", profile->description);
}

/* Adds the member "contact" that seeds_profile_read_contact() reads. */
void
seeds_profile_add_contact (SeedsJsonWriter             *writer,
                           const SeedsCommunityProfile *profile)
{
  seeds_json_writer_set_member_name (writer, "contact");
  seeds_json_writer_begin_object (writer);
  seeds_exchange_add_string (writer, "name", profile->contact_name);
  seeds_exchange_add_string (writer, "email", profile->email);
  seeds_exchange_add_string (writer, "phone", profile->phone);
  seeds_exchange_add_string (writer, "website", profile->website);
  seeds_json_writer_end_object (writer);
}

static void
add_community (SeedsJsonWriter *writer,
               SeedsProfile    *self)
{
  g_autoptr(GDateTime) updated = g_date_time_new_from_unix_utc (self->updated);
  g_autofree char *updated_text = g_date_time_format (updated, "%Y-%m-%dT%H:%M:%SZ");

  seeds_json_writer_set_member_name (writer, "community");
  seeds_json_writer_begin_object (writer);
  seeds_exchange_add_string (writer, "id", self->community_id);
  seeds_exchange_add_string (writer, "name", self->name);
  seeds_exchange_add_string (writer, "updated", updated_text);
  seeds_profile_add_details (writer, self->profile);
  seeds_json_writer_end_object (writer);
}

static void
add_results (SeedsJsonWriter          *writer,
             const SeedsSharedResults *results)
{
  seeds_json_writer_set_member_name (writer, "results");
  seeds_json_writer_begin_object (writer);
  seeds_exchange_add_string (writer, "framework", results->framework_id);
  seeds_exchange_add_string (writer, "date", results->date);
  seeds_exchange_add_int (writer, "participants", results->n_participants);

  seeds_json_writer_set_member_name (writer, "factors");
  seeds_json_writer_begin_array (writer);
  for (guint i = 0; i < results->scores->len; i++)
    {
      const SeedsSharedScore *score = g_ptr_array_index (results->scores, i);

      seeds_json_writer_begin_object (writer);
      seeds_exchange_add_string (writer, "factor", score->factor_id);
      seeds_exchange_add_int (writer, "n", score->n);
      seeds_exchange_add_int (writer, "mean10", score->mean10);
      seeds_exchange_add_int (writer, "spread100", score->spread100);
      seeds_exchange_add_string (writer, "band", seeds_band_to_string (score->band));
      seeds_json_writer_end_object (writer);
    }
  seeds_json_writer_end_array (writer);

  seeds_json_writer_end_object (writer);
}

/**
 * seeds_profile_to_bytes:
 *
 * Returns: (transfer full): the profile as the contents of a .seedsprofile
 *   file: "contact" only when it shares contact details, "results" only
 *   when it shares results
 */
GBytes *
seeds_profile_to_bytes (SeedsProfile *self)
{
  SeedsJsonWriter *writer;

  g_return_val_if_fail (SEEDS_IS_PROFILE (self), NULL);

  writer = seeds_exchange_begin (SEEDS_EXCHANGE_PROFILE, NULL, 0);
  add_community (writer, self);

  if (self->has_contact)
    seeds_profile_add_contact (writer, self->profile);

  if (self->shared_results != NULL)
    add_results (writer, self->shared_results);

  return seeds_exchange_finish (writer);
}

/**
 * seeds_profile_save:
 * @self: a #SeedsProfile
 * @file: where to save it, usually a name ending in .seedsprofile
 * @error: return location for a #GIOError
 *
 * Saves the profile as a whole: @file is replaced only once the new
 * contents are written.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_profile_save (SeedsProfile  *self,
                    GFile         *file,
                    GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (SEEDS_IS_PROFILE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = seeds_profile_to_bytes (self);

  return seeds_exchange_save (bytes, file, error);
}
