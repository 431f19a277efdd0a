/* seeds-store-directory.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "store/seeds-sample-directory.h"
#include "store/seeds-store-private.h"
#include "model/seeds-text.h"

/* The directory of learning communities: your own, those from other
 * communities' profiles, and the fictional sample, all rows of the
 * communities table with their origin. Only your own hold meetings.
 *
 * Removing an entry sets removed_at and hides it everywhere, so that the
 * window can offer to undo it; seeds_store_purge_removed_entries() then
 * deletes what is removed for good, your own communities with their
 * meetings. */

#define ENTRY_NOT_FOUND \
  _("The learning community could not be found. It may have been removed.")

#define COMMUNITY_COLUMNS \
  "id, name, origin, updated_at, type, theme, place, latitude, longitude, partners, " \
  "contact_name, email, phone, website, description, framework_id, framework_edition"

/* Reading */

static void
add_shared_score (sqlite3_stmt *stmt,
                  gpointer      user_data)
{
  GHashTable *shared = user_data;
  const char *community_id = seeds_store_column_text (stmt, 0);
  SeedsSharedResults *results = g_hash_table_lookup (shared, community_id);
  int mean10 = sqlite3_column_int (stmt, 6);
  int spread100 = sqlite3_column_int (stmt, 7);

  if (results == NULL)
    {
      results = seeds_shared_results_new (seeds_store_column_text (stmt, 1),
                                          seeds_store_column_text (stmt, 2),
                                          (guint) MAX (sqlite3_column_int (stmt, 3), 0));
      g_hash_table_insert (shared, g_strdup (community_id), results);
    }

  /* The table's checks keep out what seeds_shared_results_add() refuses. */
  if (mean10 >= SEEDS_SHARED_MEAN10_MIN && mean10 <= SEEDS_SHARED_MEAN10_MAX &&
      spread100 >= 0 && spread100 <= SEEDS_SHARED_SPREAD100_MAX)
    seeds_shared_results_add (results, seeds_store_column_text (stmt, 4),
                              (guint) MAX (sqlite3_column_int (stmt, 5), 0),
                              (guint) mean10, (guint) spread100);
}

typedef struct
{
  GPtrArray  *communities;
  GHashTable *shared;       /* community id → SeedsSharedResults */
} Load;

static void
add_community (sqlite3_stmt *stmt,
               gpointer      user_data)
{
  Load *load = user_data;
  g_autoptr(SeedsCommunityProfile) profile = seeds_community_profile_new ();
  SeedsCommunityOrigin origin = SEEDS_COMMUNITY_OWN;
  const char *id = seeds_store_column_text (stmt, 0);
  SeedsCommunity *community;

  seeds_community_origin_from_string (seeds_store_column_text (stmt, 2), &origin);
  seeds_community_kind_from_string (seeds_store_column_text (stmt, 4), &profile->kind);

#define TAKE(member, column) \
  g_free (profile->member); \
  profile->member = g_strdup (seeds_store_column_text (stmt, column));

  TAKE (theme, 5)
  TAKE (place, 6)
  TAKE (partners, 9)
  TAKE (contact_name, 10)
  TAKE (email, 11)
  TAKE (phone, 12)
  TAKE (website, 13)
  TAKE (description, 14)

#undef TAKE

  if (sqlite3_column_type (stmt, 7) != SQLITE_NULL && sqlite3_column_type (stmt, 8) != SQLITE_NULL)
    seeds_community_profile_set_location (profile, sqlite3_column_double (stmt, 7),
                                          sqlite3_column_double (stmt, 8));

  community = seeds_community_new_full (id, seeds_store_column_text (stmt, 1), origin,
                                       sqlite3_column_int64 (stmt, 3), profile,
                                       g_hash_table_lookup (load->shared, id));
  seeds_community_set_framework (community, seeds_store_column_text (stmt, 15),
                                 (guint) MAX (sqlite3_column_int (stmt, 16), 1));
  g_ptr_array_add (load->communities, community);
}

GPtrArray *
seeds_store_load_communities (SeedsStore  *self,
                              const char  *community_id,
                              gboolean     own_only,
                              GError     **error)
{
  g_autoptr(GPtrArray) communities = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) shared = NULL;
  const char *origin = own_only ? seeds_community_origin_to_string (SEEDS_COMMUNITY_OWN) : NULL;
  Load load;

  shared = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                  (GDestroyNotify) seeds_shared_results_free);

  if (!seeds_store_visit (self,
                          "SELECT r.community_id, r.framework_id, r.date, r.n_participants, "
                          "       s.factor_id, s.n, s.mean10, s.spread100 "
                          "FROM shared_results r JOIN shared_scores s USING (community_id) "
                          "WHERE ?1 IS NULL OR r.community_id = ?1 "
                          "ORDER BY r.community_id, s.position",
                          SEEDS_STORE_VALUES (community_id),
                          add_shared_score, shared, error))
    return NULL;

  load = (Load) { communities, shared };

  if (!seeds_store_visit (self,
                          "SELECT " COMMUNITY_COLUMNS " FROM communities "
                          "WHERE removed_at IS NULL "
                          "  AND (?1 IS NULL OR id = ?1) AND (?2 IS NULL OR origin = ?2) "
                          "ORDER BY name COLLATE seeds_name, created_at, id",
                          SEEDS_STORE_VALUES (community_id, origin),
                          add_community, &load, error))
    return NULL;

  return g_steal_pointer (&communities);
}

/**
 * seeds_store_list_directory:
 * @self: a #SeedsStore
 * @filter: (nullable): which entries to list; %NULL for all
 * @error: return location for a #GError
 *
 * Returns: (transfer container) (element-type SeedsCommunity): the
 *   learning communities in the directory that pass @filter, sorted by
 *   name; your own among them, removed ones not
 */
GPtrArray *
seeds_store_list_directory (SeedsStore                  *self,
                            const SeedsDirectoryFilter  *filter,
                            GError                     **error)
{
  g_autoptr(GPtrArray) communities = NULL;

  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  communities = seeds_store_load_communities (self, NULL, FALSE, error);
  if (communities == NULL)
    return NULL;

  for (guint i = communities->len; i > 0; i--)
    if (!seeds_directory_filter_matches (filter, g_ptr_array_index (communities, i - 1)))
      g_ptr_array_remove_index (communities, i - 1);

  return g_steal_pointer (&communities);
}

/* Writing */

static gboolean
bind_location (sqlite3_stmt                *stmt,
               const SeedsCommunityProfile *profile)
{
  if (!profile->has_location)
    return sqlite3_bind_null (stmt, 14) == SQLITE_OK && sqlite3_bind_null (stmt, 15) == SQLITE_OK;

  return sqlite3_bind_double (stmt, 14, profile->latitude) == SQLITE_OK &&
         sqlite3_bind_double (stmt, 15, profile->longitude) == SQLITE_OK;
}

/* Runs @sql with a community's columns: ?1 id, ?2 name, ?3 origin, ?4
 * updated_at (NULL for now), ?5 type, ?6 … ?13 the texts, ?14 and ?15
 * latitude and longitude. @profile must be clean. Sets *changed to
 * whether a row changed. */
gboolean
seeds_store_write_entry (SeedsStore                   *self,
                         const char                   *sql,
                         const char                   *id,
                         const char                   *name,
                         SeedsCommunityOrigin          origin,
                         gint64                        updated_at,
                         const SeedsCommunityProfile  *profile,
                         gboolean                     *changed,
                         GError                      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *updated = updated_at > 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, updated_at)
                                            : NULL;

  stmt = seeds_store_prepare (self, sql,
                              SEEDS_STORE_VALUES (id, name,
                                                  seeds_community_origin_to_string (origin),
                                                  updated,
                                                  seeds_community_kind_to_string (profile->kind),
                                                  profile->theme, profile->place,
                                                  profile->partners, profile->contact_name,
                                                  profile->email, profile->phone,
                                                  profile->website, profile->description),
                              error);
  if (stmt == NULL)
    return FALSE;

  if (!bind_location (stmt, profile))
    return seeds_store_set_invalid (error, _("The location could not be saved."));

  if (!seeds_store_run (self, stmt, error))
    return FALSE;

  if (changed != NULL)
    *changed = sqlite3_changes (self->db) > 0;

  return TRUE;
}

/* Adds an entry, or replaces every column of one with the same id that is
 * not your own: a removed entry comes back as new. */
#define SQL_PUT_ENTRY \
  "INSERT INTO communities (id, name, origin, type, theme, place, partners, contact_name, " \
  "                         email, phone, website, description, latitude, longitude, " \
  "                         updated_at, created_at) " \
  "VALUES (?1, ?2, ?3, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, " \
  "        coalesce (?4, :now), :now) " \
  "ON CONFLICT (id) DO UPDATE SET " \
  "  name = excluded.name, origin = excluded.origin, type = excluded.type, " \
  "  theme = excluded.theme, place = excluded.place, partners = excluded.partners, " \
  "  contact_name = excluded.contact_name, email = excluded.email, phone = excluded.phone, " \
  "  website = excluded.website, description = excluded.description, " \
  "  latitude = excluded.latitude, longitude = excluded.longitude, " \
  "  updated_at = excluded.updated_at, removed_at = NULL " \
  "WHERE communities.origin <> 'own'"

static gboolean
clean_entry (const char                   *name,
             const SeedsCommunityProfile  *profile,
             char                        **clean_name,
             SeedsCommunityProfile       **clean_profile,
             GError                      **error)
{
  return (*clean_name = seeds_text_clean (name, SEEDS_FIELD_COMMUNITY_NAME, error)) != NULL &&
         (*clean_profile = seeds_community_profile_clean (profile, error)) != NULL;
}

/**
 * seeds_store_add_directory_entry:
 * @self: a #SeedsStore
 * @name: the community's name
 * @profile: (nullable): what the directory says of it
 * @error: return location for a #GError
 *
 * @origin: %SEEDS_COMMUNITY_OWN for one of your own learning communities,
 *   %SEEDS_COMMUNITY_KNOWN for another that you enter by hand
 *
 * Adds a learning community with its profile, as one write. Text is
 * checked as seeds_community_profile_clean() does.
 *
 * Returns: (transfer full): the new community, or %NULL with @error set
 */
SeedsCommunity *
seeds_store_add_directory_entry (SeedsStore                   *self,
                                 const char                   *name,
                                 const SeedsCommunityProfile  *profile,
                                 SeedsCommunityOrigin          origin,
                                 GError                      **error)
{
  g_autoptr(SeedsCommunityProfile) empty = seeds_community_profile_new ();
  g_autoptr(SeedsCommunityProfile) clean_profile = NULL;
  g_autofree char *clean_name = NULL;
  g_autofree char *id = NULL;

  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (origin == SEEDS_COMMUNITY_OWN || origin == SEEDS_COMMUNITY_KNOWN, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!clean_entry (name, profile != NULL ? profile : empty, &clean_name, &clean_profile, error))
    return NULL;

  id = g_uuid_string_random ();

  if (!seeds_store_begin (self, error))
    return NULL;

  if (!seeds_store_write_entry (self, SQL_PUT_ENTRY, id, clean_name, origin, 0, clean_profile,
                                NULL, error) ||
      !seeds_store_commit (self, error))
    {
      seeds_store_rollback (self);
      return NULL;
    }

  seeds_store_emit_changed (self, origin == SEEDS_COMMUNITY_OWN
                                  ? SEEDS_STORE_CHANGE_COMMUNITIES | SEEDS_STORE_CHANGE_DIRECTORY
                                  : SEEDS_STORE_CHANGE_DIRECTORY);

  return seeds_community_new_full (id, clean_name, origin,
                                   g_get_real_time () / G_USEC_PER_SEC, clean_profile, NULL);
}

/**
 * seeds_store_update_directory_entry:
 * @self: a #SeedsStore
 * @community: an entry of the directory
 * @name: its new name
 * @profile: its new profile
 * @error: return location for a #GError
 *
 * Saves a changed name and profile, as one write, and gives them to
 * @community. Of your own community, updated_at becomes now; of one from
 * another community's profile it stays that profile's time, so that the
 * community's next profile still replaces what was changed here.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_store_update_directory_entry (SeedsStore                   *self,
                                    SeedsCommunity               *community,
                                    const char                   *name,
                                    const SeedsCommunityProfile  *profile,
                                    GError                      **error)
{
  g_autoptr(SeedsCommunityProfile) clean_profile = NULL;
  g_autofree char *clean_name = NULL;
  SeedsStoreChange what = SEEDS_STORE_CHANGE_DIRECTORY;

  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (SEEDS_IS_COMMUNITY (community), FALSE);
  g_return_val_if_fail (profile != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!clean_entry (name, profile, &clean_name, &clean_profile, error))
    return FALSE;

  if (!seeds_store_begin (self, error))
    return FALSE;

  if (!seeds_store_write_entry (self,
                                "UPDATE communities SET "
                                "  name = ?2, type = ?5, theme = ?6, place = ?7, partners = ?8, "
                                "  contact_name = ?9, email = ?10, phone = ?11, website = ?12, "
                                "  description = ?13, latitude = ?14, longitude = ?15, "
                                "  updated_at = CASE WHEN origin IN ('own', 'known') THEN :now ELSE updated_at END "
                                "WHERE id = ?1 AND removed_at IS NULL",
                                seeds_community_get_id (community), clean_name,
                                seeds_community_get_origin (community), 0, clean_profile, NULL,
                                error) ||
      (sqlite3_changes (self->db) == 0 && !seeds_store_set_not_found (error, ENTRY_NOT_FOUND)) ||
      !seeds_store_commit (self, error))
    {
      seeds_store_rollback (self);
      return FALSE;
    }

  if (seeds_community_is_own (community))
    what |= SEEDS_STORE_CHANGE_COMMUNITIES;

  seeds_community_set_name (community, clean_name);
  seeds_community_set_profile (community, clean_profile);
  seeds_store_emit_changed (self, what);

  return TRUE;
}

/* What removing or restoring @community changes */
static SeedsStoreChange
presence_change (SeedsCommunity *community)
{
  if (seeds_community_is_own (community))
    return SEEDS_STORE_CHANGE_COMMUNITIES | SEEDS_STORE_CHANGE_DIRECTORY;

  return SEEDS_STORE_CHANGE_DIRECTORY;
}

/**
 * seeds_store_remove_directory_entry:
 * @self: a #SeedsStore
 * @community: an entry of the directory, your own or another
 * @error: return location for a #GError
 *
 * Takes @community out of the directory, and out of your communities if it
 * is your own: it is not listed or found any more, but kept with all its
 * meetings until seeds_store_purge_removed_entries(), so that
 * seeds_store_restore_directory_entry() can bring it back.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_store_remove_directory_entry (SeedsStore      *self,
                                    SeedsCommunity  *community,
                                    GError         **error)
{
  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (SEEDS_IS_COMMUNITY (community), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* ?1 comes first in the text, so that :now does not take its number. */
  return seeds_store_delete_row (self,
                                 "WITH target (id) AS (VALUES (?1)) "
                                 "UPDATE communities SET removed_at = :now "
                                 "WHERE id = (SELECT id FROM target) AND removed_at IS NULL",
                                 seeds_community_get_id (community),
                                 ENTRY_NOT_FOUND, presence_change (community), error);
}

/**
 * seeds_store_restore_directory_entry:
 * @self: a #SeedsStore
 * @community: what seeds_store_remove_directory_entry() removed
 * @error: return location for a #GError
 *
 * Undoes the removal, as long as the entry is not purged.
 *
 * Returns: %TRUE on success; %FALSE with SEEDS_STORE_ERROR_NOT_FOUND when
 *   it is gone for good
 */
gboolean
seeds_store_restore_directory_entry (SeedsStore      *self,
                                     SeedsCommunity  *community,
                                     GError         **error)
{
  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (SEEDS_IS_COMMUNITY (community), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return seeds_store_delete_row (self,
                                 "UPDATE communities SET removed_at = NULL "
                                 "WHERE id = ?1 AND removed_at IS NOT NULL",
                                 seeds_community_get_id (community),
                                 ENTRY_NOT_FOUND, presence_change (community), error);
}

/**
 * seeds_store_purge_removed_entries:
 * @self: a #SeedsStore
 * @error: return location for a #GError
 *
 * Deletes for good what was removed from the directory, your own
 * communities with their meetings, participants, scores and next steps.
 * The window calls it once the removal can no longer be undone, and when
 * it starts, for what a crash left behind. Emits nothing: removed entries
 * are not shown anywhere.
 *
 * Returns: %TRUE on success, also when nothing was removed
 */
gboolean
seeds_store_purge_removed_entries (SeedsStore  *self,
                                   GError     **error)
{
  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return seeds_store_write_row (self, "DELETE FROM communities WHERE removed_at IS NOT NULL",
                                NULL, 0, NULL, error);
}

static gboolean
write_shared_results (SeedsStore                *self,
                      const char                *community_id,
                      const SeedsSharedResults  *results,
                      GError                   **error)
{
  g_autofree char *n_participants = NULL;

  if (!seeds_store_execute (self, "DELETE FROM shared_results WHERE community_id = ?1",
                            SEEDS_STORE_VALUES (community_id), NULL, error))
    return FALSE;

  if (results == NULL)
    return TRUE;

  n_participants = g_strdup_printf ("%u", results->n_participants);
  if (!seeds_store_execute (self,
                            "INSERT INTO shared_results (community_id, framework_id, date, "
                            "                            n_participants) "
                            "VALUES (?1, ?2, ?3, CAST (?4 AS INTEGER))",
                            SEEDS_STORE_VALUES (community_id, results->framework_id, results->date,
                                                n_participants),
                            NULL, error))
    return FALSE;

  for (guint i = 0; i < results->scores->len; i++)
    {
      const SeedsSharedScore *score = g_ptr_array_index (results->scores, i);
      g_autofree char *position = g_strdup_printf ("%u", i);
      g_autofree char *n = g_strdup_printf ("%u", score->n);
      g_autofree char *mean10 = g_strdup_printf ("%u", score->mean10);
      g_autofree char *spread100 = g_strdup_printf ("%u", score->spread100);

      if (!seeds_store_execute (self,
                                "INSERT INTO shared_scores (community_id, position, factor_id, n, "
                                "                           mean10, spread100, band) "
                                "VALUES (?1, CAST (?2 AS INTEGER), ?3, CAST (?4 AS INTEGER), "
                                "        CAST (?5 AS INTEGER), CAST (?6 AS INTEGER), ?7)",
                                SEEDS_STORE_VALUES (community_id, position, score->factor_id, n,
                                                    mean10, spread100,
                                                    seeds_band_to_string (score->band)),
                                NULL, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
check_shared_results (const SeedsSharedResults  *results,
                      GError                   **error)
{
  if (results == NULL)
    return TRUE;

  if (!seeds_store_check_id (results->framework_id, error))
    return FALSE;

  if (!seeds_date_is_valid (results->date))
    return seeds_store_set_invalid (error, _("Enter a valid date."));

  for (guint i = 0; i < results->scores->len; i++)
    {
      const SeedsSharedScore *score = g_ptr_array_index (results->scores, i);

      if (!seeds_store_check_id (score->factor_id, error))
        return FALSE;

      if (score->n < SEEDS_SHARED_MIN_SCORES)
        return seeds_store_set_invalid (error, _("Shared scores need at least three scores per "
                                                 "factor."));
    }

  return TRUE;
}

/* Adds or replaces an entry that is not your own, with its shared
 * results, inside a transaction. */
static gboolean
put_entry (SeedsStore                *self,
           const char                *id,
           const char                *name,
           SeedsCommunityOrigin       origin,
           gint64                     updated_at,
           const SeedsCommunityProfile *profile,
           const SeedsSharedResults  *results,
           GError                   **error)
{
  gboolean changed = FALSE;

  if (!seeds_store_write_entry (self, SQL_PUT_ENTRY, id, name, origin, updated_at, profile,
                                &changed, error))
    return FALSE;

  /* Only your own community with that id is left alone. */
  if (!changed)
    {
      g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_CONFLICT,
                   _("“%s” is the id of one of your own learning communities."), id);
      return FALSE;
    }

  return write_shared_results (self, id, results, error);
}

typedef struct
{
  SeedsCommunityOrigin origin;
  gint64               updated_at;
  gboolean             removed;
} Known;

/* Sets *found and *known to the entry with @id, if any. */
static gboolean
find_entry (SeedsStore  *self,
            const char  *id,
            gboolean    *found,
            Known       *known,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = seeds_store_find_row (self,
                               "SELECT origin, updated_at, removed_at IS NOT NULL "
                               "FROM communities WHERE id = ?1",
                               id, ENTRY_NOT_FOUND, &local_error);
  *found = stmt != NULL;

  if (stmt == NULL)
    {
      if (g_error_matches (local_error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_NOT_FOUND))
        return TRUE;

      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  known->origin = SEEDS_COMMUNITY_OWN;
  seeds_community_origin_from_string (seeds_store_column_text (stmt, 0), &known->origin);
  known->updated_at = sqlite3_column_int64 (stmt, 1);
  known->removed = sqlite3_column_int (stmt, 2) != 0;

  return TRUE;
}

/**
 * seeds_store_import_profile:
 * @self: a #SeedsStore
 * @profile: another learning community's profile, as read from a file
 * @outcome: (out) (optional): what the import did
 * @error: return location for a #GError
 *
 * Puts the community of @profile in the directory, as one write, matched
 * by its id: a community new to the directory, or one that was removed
 * from it, is added; one from an older profile (or from the sample) is
 * replaced, with its shared results, which the profile's replace whether
 * it has any or not; one from a profile of the same time or later is left
 * as it is, SEEDS_PROFILE_UNCHANGED, which is not an error. The profile of
 * one of your own communities is refused with SEEDS_STORE_ERROR_CONFLICT
 * and changes nothing.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_store_import_profile (SeedsStore          *self,
                            SeedsProfile        *profile,
                            SeedsProfileImport  *outcome,
                            GError             **error)
{
  g_autoptr(SeedsCommunityProfile) clean_profile = NULL;
  g_autofree char *clean_name = NULL;
  const SeedsSharedResults *results;
  const char *id;
  gint64 updated;
  gboolean found = FALSE;
  Known known = { 0, };

  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (SEEDS_IS_PROFILE (profile), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  id = seeds_profile_get_community_id (profile);
  updated = seeds_profile_get_updated (profile);
  results = seeds_profile_get_shared_results (profile);

  if (!seeds_store_check_id (id, error) ||
      !clean_entry (seeds_profile_get_name (profile), seeds_profile_get_profile (profile),
                    &clean_name, &clean_profile, error) ||
      !check_shared_results (results, error))
    return FALSE;

  if (updated <= 0)
    return seeds_store_set_invalid (error, _("The profile has no valid time."));

  if (!seeds_store_begin (self, error))
    return FALSE;

  if (!find_entry (self, id, &found, &known, error))
    goto failed;

  if (found && known.origin == SEEDS_COMMUNITY_OWN)
    {
      g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_CONFLICT,
                   _("This is the profile of your own learning community “%s”; it was not "
                     "imported."),
                   clean_name);
      goto failed;
    }

  if (found && !known.removed && known.origin == SEEDS_COMMUNITY_PROFILE &&
      known.updated_at >= updated)
    {
      seeds_store_rollback (self);
      if (outcome != NULL)
        *outcome = SEEDS_PROFILE_UNCHANGED;
      return TRUE;
    }

  if (!put_entry (self, id, clean_name, SEEDS_COMMUNITY_PROFILE, updated, clean_profile, results,
                  error) ||
      !seeds_store_commit (self, error))
    goto failed;

  if (outcome != NULL)
    *outcome = found && !known.removed ? SEEDS_PROFILE_UPDATED : SEEDS_PROFILE_ADDED;

  seeds_store_emit_changed (self, SEEDS_STORE_CHANGE_DIRECTORY);

  return TRUE;

failed:
  seeds_store_rollback (self);
  return FALSE;
}

/**
 * seeds_store_add_sample_directory:
 * @self: a #SeedsStore
 * @error: return location for a #GError
 *
 * Adds the fictional sample directory (see seeds-sample-directory.h), its
 * texts in the language of the moment, as one write. Sample entries that
 * are already there are replaced, so that adding it again after switching
 * the language translates it.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_store_add_sample_directory (SeedsStore  *self,
                                  GError     **error)
{
  g_autoptr(GPtrArray) samples = NULL;

  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  samples = seeds_sample_directory_new ();

  if (!seeds_store_begin (self, error))
    return FALSE;

  for (guint i = 0; i < samples->len; i++)
    {
      SeedsCommunity *sample = g_ptr_array_index (samples, i);

      if (!put_entry (self, seeds_community_get_id (sample), seeds_community_get_name (sample),
                      SEEDS_COMMUNITY_SAMPLE, 0, seeds_community_get_profile (sample),
                      seeds_community_get_shared_results (sample), error))
        {
          seeds_store_rollback (self);
          return FALSE;
        }
    }

  if (!seeds_store_commit (self, error))
    return FALSE;

  seeds_store_emit_changed (self, SEEDS_STORE_CHANGE_DIRECTORY);

  return TRUE;
}

/**
 * seeds_store_remove_sample_directory:
 * @self: a #SeedsStore
 * @error: return location for a #GError
 *
 * Deletes every entry of the sample directory, as one write.
 *
 * Returns: %TRUE on success, also when there was none
 */
gboolean
seeds_store_remove_sample_directory (SeedsStore  *self,
                                     GError     **error)
{
  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!seeds_store_write_row (self, "DELETE FROM communities WHERE origin = 'sample'",
                              NULL, 0, NULL, error))
    return FALSE;

  if (sqlite3_changes (self->db) > 0)
    seeds_store_emit_changed (self, SEEDS_STORE_CHANGE_DIRECTORY);

  return TRUE;
}
