/* seeds-store-communities.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "store/seeds-store-private.h"
#include "model/seeds-framework.h"
#include "model/seeds-text.h"

#define COMMUNITY_NOT_FOUND \
  _("The learning community could not be found. It may have been removed.")

/* Meetings are held by your own communities only, and not by one that is
 * removed from the directory. */
gboolean
seeds_store_require_community (SeedsStore  *self,
                               const char  *community_id,
                               GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = seeds_store_find_row (self,
                               "SELECT 1 FROM communities "
                               "WHERE id = ?1 AND origin = 'own' AND removed_at IS NULL",
                               community_id, COMMUNITY_NOT_FOUND, error);

  return stmt != NULL;
}

/**
 * seeds_store_list_communities:
 * @self: a #SeedsStore
 * @error: return location for a #GError
 *
 * Returns: (transfer container) (element-type SeedsCommunity): every
 *   community of your own, sorted by name; not those of the directory
 *   that come from other communities' profiles or from the sample (see
 *   seeds_store_list_directory())
 */
GPtrArray *
seeds_store_list_communities (SeedsStore  *self,
                              GError     **error)
{
  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return seeds_store_load_communities (self, NULL, TRUE, error);
}

/**
 * seeds_store_get_community:
 *
 * Returns: (transfer full): the community with @community_id, your own or
 *   another in the directory, with its profile and shared results; %NULL
 *   with SEEDS_STORE_ERROR_NOT_FOUND when there is none, or when it is
 *   removed from the directory
 */
SeedsCommunity *
seeds_store_get_community (SeedsStore  *self,
                           const char  *community_id,
                           GError     **error)
{
  g_autoptr(GPtrArray) communities = NULL;

  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (community_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  communities = seeds_store_load_communities (self, community_id, FALSE, error);
  if (communities == NULL)
    return NULL;

  if (communities->len == 0)
    {
      seeds_store_set_not_found (error, COMMUNITY_NOT_FOUND);
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (communities, 0));
}

SeedsCommunity *
seeds_store_add_community (SeedsStore  *self,
                           const char  *name,
                           GError     **error)
{
  return seeds_store_add_community_with_framework (self, name, SEEDS_FRAMEWORK_DEFAULT_ID, 1, error);
}

/**
 * seeds_store_add_community_with_framework:
 * @self: a #SeedsStore
 * @name: the community's name, as typed
 * @framework_id: the framework its meetings are scored with
 * @framework_edition: its edition
 * @error: return location for a #GError
 *
 * seeds_store_add_community() with the framework chosen for it, in one
 * statement: the community is there with its framework, or not at all.
 *
 * Returns: (transfer full): the community, or %NULL with @error set
 */
SeedsCommunity *
seeds_store_add_community_with_framework (SeedsStore  *self,
                                          const char  *name,
                                          const char  *framework_id,
                                          guint        framework_edition,
                                          GError     **error)
{
  g_autofree char *clean_name = NULL;
  g_autofree char *id = NULL;
  g_autofree char *edition_text = g_strdup_printf ("%u", MAX (framework_edition, 1));
  SeedsCommunity *community;

  g_return_val_if_fail (SEEDS_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(clean_name = seeds_text_clean (name, SEEDS_FIELD_COMMUNITY_NAME, error)) ||
      !seeds_store_check_id (framework_id, error))
    return NULL;

  id = g_uuid_string_random ();

  if (!seeds_store_write_row (self,
                              "INSERT INTO communities (id, name, framework_id, framework_edition, "
                              "  created_at, updated_at) VALUES (?1, ?2, ?3, ?4, :now, :now)",
                              SEEDS_STORE_VALUES (id, clean_name, framework_id, edition_text),
                              NULL, error))
    return NULL;

  seeds_store_emit_changed (self, SEEDS_STORE_CHANGE_COMMUNITIES);

  community = seeds_community_new (id, clean_name);
  seeds_community_set_framework (community, framework_id, MAX (framework_edition, 1));
  return community;
}

gboolean
seeds_store_rename_community (SeedsStore      *self,
                              SeedsCommunity  *community,
                              const char      *name,
                              GError         **error)
{
  g_autofree char *clean_name = NULL;

  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (SEEDS_IS_COMMUNITY (community), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(clean_name = seeds_text_clean (name, SEEDS_FIELD_COMMUNITY_NAME, error)))
    return FALSE;

  if (!seeds_store_write_row (self,
                              "UPDATE communities SET name = ?2, updated_at = :now WHERE id = ?1",
                              SEEDS_STORE_VALUES (seeds_community_get_id (community), clean_name),
                              COMMUNITY_NOT_FOUND, error))
    return FALSE;

  seeds_community_set_name (community, clean_name);
  seeds_store_emit_changed (self, SEEDS_STORE_CHANGE_COMMUNITIES);

  return TRUE;
}

/**
 * seeds_store_delete_community:
 * @self: a #SeedsStore
 * @community: the community to delete
 * @error: return location for a #GError
 *
 * Deletes @community with everything in it: meetings, participants, scores,
 * tallies and next steps.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_store_delete_community (SeedsStore      *self,
                              SeedsCommunity  *community,
                              GError         **error)
{
  g_return_val_if_fail (SEEDS_IS_STORE (self), FALSE);
  g_return_val_if_fail (SEEDS_IS_COMMUNITY (community), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return seeds_store_delete_row (self,
                                 "DELETE FROM communities WHERE id = ?1",
                                 seeds_community_get_id (community),
                                 COMMUNITY_NOT_FOUND,
                                 (SEEDS_STORE_CHANGE_COMMUNITIES |
                                  SEEDS_STORE_CHANGE_MEETINGS |
                                  SEEDS_STORE_CHANGE_PARTICIPANTS |
                                  SEEDS_STORE_CHANGE_SCORES |
                                  SEEDS_STORE_CHANGE_TALLIES |
                                  SEEDS_STORE_CHANGE_NEXT_STEPS),
                                 error);
}
