/* seeds-exchange-fields.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "exchange/seeds-exchange-private.h"

/* The values of an exchange file, read member by member: each is checked
 * for its type and by the rules of the app, and an error names it by its
 * path in the file, such as "participant.name". */

/* How much of a wrong value a message quotes */
#define MAX_DESCRIBED_LENGTH 40

/* The path of @member in the object at @path, such as "meetings[3].title";
 * @path "" is the root. */
char *
seeds_exchange_member_path (const char *path,
                            const char *member)
{
  if (*path == '\0')
    return g_strdup (member);

  return g_strconcat (path, ".", member, NULL);
}

/* @format names the field with its path, such as "participant.name". */
gboolean
seeds_exchange_set_field_error (GError     **error,
                                const char  *format,
                                ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error_literal (error, SEEDS_EXCHANGE_ERROR, SEEDS_EXCHANGE_ERROR_INVALID, message);
  return FALSE;
}

/* A member that is absent or null. Null is accepted for optional members,
 * which some writers use for "none". */
static JsonNode *
get_member (JsonObject  *object,
            const char  *member,
            const char  *path,
            gboolean     required,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node != NULL && JSON_NODE_HOLDS_NULL (node) && !required)
    return NULL;

  if (node == NULL && required)
    seeds_exchange_set_field_error (error, _("The field “%s” is missing."), path);

  return node;
}

/* The object or list in @member, as get_member() has it */
static JsonNode *
get_container (JsonObject    *object,
               const char    *member,
               const char    *path,
               gboolean       required,
               JsonNodeType   type,
               GError       **error)
{
  JsonNode *node = get_member (object, member, path, required, error);

  if (node == NULL || JSON_NODE_TYPE (node) == type)
    return node;

  if (type == JSON_NODE_ARRAY)
    seeds_exchange_set_field_error (error, _("The field “%s” must be a list."), path);
  else
    seeds_exchange_set_field_error (error, _("The field “%s” must be a JSON object."), path);

  return NULL;
}

/**
 * seeds_exchange_get_object:
 *
 * Returns: (transfer none) (nullable): the object in @member, or %NULL if
 *   it is absent and not @required, or with @error set
 */
JsonObject *
seeds_exchange_get_object (JsonObject  *object,
                           const char  *member,
                           const char  *path,
                           gboolean     required,
                           GError     **error)
{
  JsonNode *node = get_container (object, member, path, required, JSON_NODE_OBJECT, error);

  return node != NULL ? json_node_get_object (node) : NULL;
}

/**
 * seeds_exchange_get_array:
 *
 * Returns: (transfer none) (nullable): the list in @member, or %NULL if
 *   it is absent and not @required, or with @error set
 */
JsonArray *
seeds_exchange_get_array (JsonObject  *object,
                          const char  *member,
                          const char  *path,
                          gboolean     required,
                          GError     **error)
{
  JsonNode *node = get_container (object, member, path, required, JSON_NODE_ARRAY, error);

  return node != NULL ? json_node_get_array (node) : NULL;
}

/* Sets *value to the string in @member, or to NULL when it is absent and
 * not @required. */
gboolean
seeds_exchange_get_string (JsonObject  *object,
                           const char  *member,
                           const char  *path,
                           gboolean     required,
                           const char **value,
                           GError     **error)
{
  JsonNode *node = get_member (object, member, path, required, error);

  *value = NULL;

  if (node == NULL)
    return !required;

  if (json_node_get_value_type (node) != G_TYPE_STRING)
    return seeds_exchange_set_field_error (error, _("The field “%s” must be text."), path);

  *value = json_node_get_string (node);

  return TRUE;
}

/* The same for an id, which the app makes as a UUID. */
gboolean
seeds_exchange_get_id (JsonObject  *object,
                       const char  *member,
                       const char  *path,
                       gboolean     required,
                       const char **value,
                       GError     **error)
{
  if (!seeds_exchange_get_string (object, member, path, required, value, error))
    return FALSE;

  if (*value != NULL && !g_uuid_string_is_valid (*value))
    {
      *value = NULL;
      return seeds_exchange_set_field_error (error,
                                             _("The field “%s” is not a valid identifier (UUID)."),
                                             path);
    }

  return TRUE;
}

/**
 * seeds_exchange_clean_text:
 * @value: (nullable): text from a file, as json-glib read it; %NULL when
 *   the member is absent
 * @path: the member's path, for messages
 *
 * Checks text that a person typed by the rules of @field (see
 * seeds_text_clean()), so that a file holds no text the app itself would
 * refuse. Typed text loses invisible characters quietly; in an identifying
 * field of a file they are a sign that a name tries to pass for another,
 * and the file is refused.
 *
 * Returns: (transfer full): the cleaned text, or %NULL with @error set
 */
char *
seeds_exchange_clean_text (const char  *value,
                           const char  *path,
                           SeedsField   field,
                           GError     **error)
{
  g_autoptr(GError) text_error = NULL;
  gunichar invisible;
  char *clean;

  if (value != NULL && seeds_text_field_is_identifying (field) &&
      seeds_text_find_invisible (value, &invisible))
    {
      g_autofree char *shown = seeds_text_make_visible (value, -1, MAX_DESCRIBED_LENGTH);

      seeds_exchange_set_field_error (error,
                                      _("The field “%s” holds an invisible character "
                                        "(U+%04X) that could make it pass for another name: "
                                        "“%s”."),
                                      path, invisible, shown);
      return NULL;
    }

  clean = seeds_text_clean (value, field, &text_error);
  if (clean != NULL)
    return clean;

  /* "Enter a name" speaks to someone at a form, not to a file. */
  if (g_error_matches (text_error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_EMPTY))
    seeds_exchange_set_field_error (error, value == NULL ? _("The field “%s” is missing.")
                                                         : _("The field “%s” is empty."), path);
  else
    g_set_error_literal (error, SEEDS_EXCHANGE_ERROR, SEEDS_EXCHANGE_ERROR_INVALID,
                         text_error->message);

  return NULL;
}

/**
 * seeds_exchange_get_text:
 *
 * Reads the text in @member with seeds_exchange_clean_text(). An optional
 * member that is absent reads as "".
 *
 * Returns: (transfer full): the cleaned text, or %NULL with @error set
 */
char *
seeds_exchange_get_text (JsonObject  *object,
                         const char  *member,
                         const char  *path,
                         SeedsField   field,
                         GError     **error)
{
  const char *value = NULL;

  /* Required fields are the ones that may not be empty. */
  if (!seeds_exchange_get_string (object, member, path, FALSE, &value, error))
    return NULL;

  return seeds_exchange_clean_text (value, path, field, error);
}

/* Sets *value to the whole number in the required @member, which must be
 * from @min to @max. */
gboolean
seeds_exchange_get_int (JsonObject  *object,
                        const char  *member,
                        const char  *path,
                        int          min,
                        int          max,
                        int         *value,
                        GError     **error)
{
  JsonNode *node = get_member (object, member, path, TRUE, error);
  g_autofree char *described = NULL;

  if (node == NULL)
    return FALSE;

  if (json_node_get_value_type (node) == G_TYPE_INT64 &&
      json_node_get_int (node) >= min && json_node_get_int (node) <= max)
    {
      *value = (int) json_node_get_int (node);
      return TRUE;
    }

  described = seeds_exchange_describe_value (node);
  return seeds_exchange_set_field_error (error,
                                         _("The field “%s” must be a whole number from %d "
                                           "to %d; it is %s."),
                                         path, min, max, described);
}

/* The same for a number that may have decimals, as 52.0116 */
gboolean
seeds_exchange_get_number (JsonObject  *object,
                           const char  *member,
                           const char  *path,
                           double       min,
                           double       max,
                           double      *value,
                           GError     **error)
{
  JsonNode *node = get_member (object, member, path, TRUE, error);
  g_autofree char *described = NULL;
  GType type;

  if (node == NULL)
    return FALSE;

  type = json_node_get_value_type (node);
  if (type == G_TYPE_INT64 || type == G_TYPE_DOUBLE)
    {
      double number = type == G_TYPE_INT64 ? (double) json_node_get_int (node)
                                           : json_node_get_double (node);

      if (number >= min && number <= max)
        {
          *value = number;
          return TRUE;
        }
    }

  described = seeds_exchange_describe_value (node);
  return seeds_exchange_set_field_error (error,
                                         _("The field “%s” must be a number from %g to %g; "
                                           "it is %s."),
                                         path, min, max, described);
}

/* A wrong value as it stands in the file, shortened, for a message; as
 * valid UTF-8, which a string with a lone surrogate is not. */
char *
seeds_exchange_describe_value (JsonNode *node)
{
  g_autofree char *json = json_to_string (node, FALSE);

  return seeds_text_make_visible (json, -1, MAX_DESCRIBED_LENGTH);
}

/* Text from a file, fit to be quoted in a message: see
 * seeds_text_make_visible(). */
char *
seeds_exchange_show (const char *value)
{
  return seeds_text_make_visible (value, -1, MAX_DESCRIBED_LENGTH);
}

/* A score is a whole number from 1 to 5, or null for "don't know". */
gboolean
seeds_exchange_read_score (JsonNode    *node,
                           const char  *factor_id,
                           int         *value,
                           GError     **error)
{
  g_autofree char *described = NULL;

  if (JSON_NODE_HOLDS_NULL (node))
    {
      *value = SEEDS_SCORE_DONT_KNOW;
      return TRUE;
    }

  if (json_node_get_value_type (node) == G_TYPE_INT64 &&
      json_node_get_int (node) >= SEEDS_SCORE_MIN &&
      json_node_get_int (node) <= SEEDS_SCORE_MAX)
    {
      *value = (int) json_node_get_int (node);
      return TRUE;
    }

  described = seeds_exchange_describe_value (node);
  g_set_error (error, SEEDS_EXCHANGE_ERROR, SEEDS_EXCHANGE_ERROR_INVALID,
               _("The score for factor “%s” must be 1 to 5, or null for “don’t know”; it is %s."),
               factor_id, described);
  return FALSE;
}
