/* seeds-community-reader.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "exchange/seeds-community-reader.h"
#include "exchange/seeds-exchange-private.h"

/* The values of a community export as seeds-community-import.c reads them:
 * text by the rules of the app's forms, dates, ids that the file uses
 * once, factors of the framework, meetings of the community, and lists of
 * objects; each error names the value by its path in the file. */

/* The shared readers name a field that is missing or of the wrong type,
 * but not one whose value breaks a rule, such as "A name can be at most
 * 80 characters long.": then the path goes in front, to find the field in
 * a file of thousands of lines. Takes @local_error. */
gboolean
seeds_community_reader_fail_in (GError     **error,
                                GError      *local_error,
                                const char  *path)
{
  int code = SEEDS_EXCHANGE_ERROR_INVALID;

  if (*path == '\0' || strstr (local_error->message, path) != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  if (local_error->domain == SEEDS_EXCHANGE_ERROR)
    code = local_error->code;

  g_set_error (error, SEEDS_EXCHANGE_ERROR, code, _("The field “%s” is not valid: %s"),
               path, local_error->message);
  g_error_free (local_error);

  return FALSE;
}

/* Fails with @message about the value in @path, which names the value with
 * a "%s". */
gboolean
seeds_community_reader_fail_value (GError     **error,
                                   const char  *path,
                                   const char  *message,
                                   ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, message);
  text = g_strdup_vprintf (message, args);
  va_end (args);

  return seeds_community_reader_fail_in (error,
                                         g_error_new_literal (SEEDS_EXCHANGE_ERROR,
                                                              SEEDS_EXCHANGE_ERROR_INVALID, text),
                                         path);
}

/* Sets *text to the text in @member, checked and cleaned by the rules of
 * @field. */
gboolean
seeds_community_reader_text (JsonObject  *object,
                             const char  *path,
                             const char  *member,
                             SeedsField   field,
                             char       **text,
                             GError     **error)
{
  g_autofree char *field_path = seeds_exchange_member_path (path, member);
  g_autoptr(GError) local_error = NULL;

  *text = seeds_exchange_get_text (object, member, field_path, field, &local_error);
  if (*text == NULL)
    return seeds_community_reader_fail_in (error, g_steal_pointer (&local_error), field_path);

  return TRUE;
}

/* Sets *id to the UUID in "id", which no record before it in the file
 * has. */
gboolean
seeds_community_reader_new_id (SeedsCommunityReader  *reader,
                               JsonObject            *object,
                               const char            *path,
                               const char           **id,
                               GError               **error)
{
  g_autofree char *id_path = seeds_exchange_member_path (path, "id");

  if (!seeds_exchange_get_id (object, "id", id_path, TRUE, id, error))
    return FALSE;

  if (!g_hash_table_add (reader->ids, (gpointer) *id))
    return seeds_exchange_set_field_error (error,
                                           _("The field “%s” holds an id that is used before "
                                             "in the file."),
                                           id_path);

  return TRUE;
}

/* Sets *date to the date in @member; an optional one may be absent or
 * null, which sets NULL. */
gboolean
seeds_community_reader_date (JsonObject  *object,
                             const char  *path,
                             const char  *member,
                             gboolean     required,
                             const char **date,
                             GError     **error)
{
  g_autofree char *date_path = seeds_exchange_member_path (path, member);

  if (!seeds_exchange_get_string (object, member, date_path, required, date, error))
    return FALSE;

  if (*date != NULL && !seeds_date_is_valid (*date))
    return seeds_exchange_set_field_error (error,
                                           _("The field “%s” is not a valid date (YYYY-MM-DD)."),
                                           date_path);

  return TRUE;
}

/* Sets *factor_id to the factor in "factor", which the framework has. */
gboolean
seeds_community_reader_factor (SeedsCommunityReader  *reader,
                               JsonObject            *object,
                               const char            *path,
                               const char           **factor_id,
                               GError               **error)
{
  g_autofree char *factor_path = seeds_exchange_member_path (path, "factor");
  g_autofree char *shown = NULL;

  if (!seeds_exchange_get_string (object, "factor", factor_path, TRUE, factor_id, error))
    return FALSE;

  if (seeds_framework_lookup_factor (reader->framework, *factor_id) != NULL)
    return TRUE;

  shown = seeds_exchange_show (*factor_id);
  return seeds_community_reader_fail_value (error, factor_path,
                                            _("Factor “%s” does not exist in this framework."),
                                            shown);
}

/* Sets *meeting_id to the meeting of this community in @member; an
 * optional one may be absent or null, which sets NULL. */
gboolean
seeds_community_reader_meeting_id (SeedsCommunityReader  *reader,
                                   JsonObject            *object,
                                   const char            *path,
                                   const char            *member,
                                   gboolean               required,
                                   const char           **meeting_id,
                                   GError               **error)
{
  g_autofree char *meeting_path = seeds_exchange_member_path (path, member);

  if (!seeds_exchange_get_string (object, member, meeting_path, required, meeting_id, error))
    return FALSE;

  if (*meeting_id != NULL && !g_hash_table_contains (reader->meetings, *meeting_id))
    return seeds_exchange_set_field_error (error,
                                           _("The field “%s” is not the id of a meeting of "
                                             "this learning community in the file."),
                                           meeting_path);

  return TRUE;
}

/* Reads each element of @array, the list at @path, with @read_object. */
gboolean
seeds_community_reader_objects (SeedsCommunityReader  *reader,
                                JsonArray             *array,
                                const char            *path,
                                SeedsReadObject        read_object,
                                gpointer               data,
                                GError               **error)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *element_path = g_strdup_printf ("%s[%u]", path, i);
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return seeds_exchange_set_field_error (error, _("The field “%s” must be a JSON object."),
                                               element_path);

      if (!read_object (reader, json_node_get_object (node), element_path, data, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
seeds_community_reader_list_of_objects (SeedsCommunityReader  *reader,
                                        JsonObject            *object,
                                        const char            *path,
                                        const char            *member,
                                        SeedsReadObject        read_object,
                                        gpointer               data,
                                        GError               **error)
{
  g_autofree char *list_path = seeds_exchange_member_path (path, member);
  JsonArray *array = seeds_exchange_get_array (object, member, list_path, TRUE, error);

  return array != NULL &&
         seeds_community_reader_objects (reader, array, list_path, read_object, data, error);
}

/* The framework in "framework" and "framework_edition" at @path (an
 * edition is 1 in exports from before editions): the app's, or one the
 * lookup finds. Returns: (transfer full) (nullable) */
SeedsFramework *
seeds_community_reader_framework (SeedsCommunityReader  *reader,
                                  JsonObject            *object,
                                  const char            *path,
                                  gboolean               required,
                                  GError               **error)
{
  g_autofree char *framework_path = seeds_exchange_member_path (path, "framework");
  g_autofree char *edition_path = seeds_exchange_member_path (path, "framework_edition");
  g_autofree char *shown = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GError) local_error = NULL;
  SeedsFramework *framework;
  const char *framework_id = NULL;
  int edition = 1;

  if (!seeds_exchange_get_string (object, "framework", framework_path, required, &framework_id,
                                  error) ||
      (json_object_has_member (object, "framework_edition") &&
       !seeds_exchange_get_int (object, "framework_edition", edition_path, 1,
                                SEEDS_FRAMEWORK_MAX_EDITION, &edition, error)))
    return NULL;

  if (framework_id == NULL)
    return g_object_ref (reader->framework);

  if (g_str_equal (framework_id, seeds_framework_get_id (reader->framework)) &&
      (guint) edition == seeds_framework_get_edition (reader->framework))
    return g_object_ref (reader->framework);

  if (reader->lookup != NULL)
    {
      framework = seeds_exchange_lookup_framework (reader->lookup, reader->lookup_data, framework_id,
                                                   (guint) edition, &local_error);
      if (framework == NULL)
        seeds_community_reader_fail_in (error, g_steal_pointer (&local_error), framework_path);
      return framework;
    }

  shown = seeds_framework_describe_edition (framework_id, (guint) edition);
  expected = seeds_framework_describe_edition (seeds_framework_get_id (reader->framework),
                                               seeds_framework_get_edition (reader->framework));
  g_set_error (error, SEEDS_EXCHANGE_ERROR, SEEDS_EXCHANGE_ERROR_WRONG_FRAMEWORK,
               _("The meeting in “%s” is scored with the framework “%s”, not with “%s”."),
               path, shown, expected);
  return NULL;
}

/* The framework the community's new meetings start with; exports from
 * before it was added, and readers without a lookup, leave it as it is */
gboolean
seeds_community_reader_community_framework (SeedsCommunityReader  *reader,
                                            JsonObject            *community,
                                            const char            *path,
                                            SeedsCommunityRecord  *record,
                                            GError               **error)
{
  g_autoptr(SeedsFramework) framework = NULL;

  if (reader->lookup == NULL || !json_object_has_member (community, "framework"))
    return TRUE;

  framework = seeds_community_reader_framework (reader, community, path, TRUE, error);
  if (framework == NULL)
    return FALSE;

  record->framework_id = g_strdup (seeds_framework_get_id (framework));
  record->framework_edition = seeds_framework_get_edition (framework);
  return TRUE;
}
