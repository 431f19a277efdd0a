/* seeds-exchange.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "exchange/seeds-exchange-private.h"
#include "exchange/seeds-json-check.h"

G_DEFINE_QUARK (seeds-exchange-error-quark, seeds_exchange_error)

/* How much a file is read at a time: a community export may be large. */
#define READ_CHUNK_SIZE (64 * 1024)

static const struct
{
  const char *format;
  gsize       max_size;
} kinds[] = {
  [SEEDS_EXCHANGE_INVITATION] = { SEEDS_INVITATION_FORMAT, SEEDS_EXCHANGE_MAX_SIZE },
  [SEEDS_EXCHANGE_SCORECARD] = { SEEDS_SCORECARD_FORMAT, SEEDS_EXCHANGE_MAX_SIZE },
  [SEEDS_EXCHANGE_PROFILE] = { SEEDS_PROFILE_FORMAT, SEEDS_EXCHANGE_MAX_SIZE },
  [SEEDS_EXCHANGE_COMMUNITY] = { SEEDS_COMMUNITY_FORMAT, SEEDS_COMMUNITY_MAX_SIZE },
};

G_STATIC_ASSERT (G_N_ELEMENTS (kinds) == SEEDS_EXCHANGE_COMMUNITY + 1);

static gboolean
set_error (GError             **error,
           SeedsExchangeError   code,
           const char          *message)
{
  g_set_error_literal (error, SEEDS_EXCHANGE_ERROR, code, message);
  return FALSE;
}

static gboolean
set_wrong_format (GError            **error,
                  SeedsExchangeKind   kind)
{
  switch (kind)
    {
    case SEEDS_EXCHANGE_INVITATION:
      return set_error (error, SEEDS_EXCHANGE_ERROR_WRONG_FORMAT,
                        _("This is not a Seeds of Innovation meeting invitation."));
    case SEEDS_EXCHANGE_PROFILE:
      return set_error (error, SEEDS_EXCHANGE_ERROR_WRONG_FORMAT,
                        _("This is not a Seeds of Innovation learning community profile."));
    case SEEDS_EXCHANGE_COMMUNITY:
      return set_error (error, SEEDS_EXCHANGE_ERROR_WRONG_FORMAT,
                        _("This is not a Seeds of Innovation learning community export."));
    case SEEDS_EXCHANGE_SCORECARD:
    default:
      return set_error (error, SEEDS_EXCHANGE_ERROR_WRONG_FORMAT,
                        _("This is not a Seeds of Innovation score card."));
    }
}

/* What a reader of one kind says of a file of another: whole sentences,
 * for the translators. The community export, which nobody mistakes for a
 * card, is only said not to be what was expected: NULL. */
static const char *
describe_other_kind (SeedsExchangeKind expected,
                     SeedsExchangeKind found)
{
  if (found == SEEDS_EXCHANGE_COMMUNITY)
    return NULL;

  switch (expected)
    {
    case SEEDS_EXCHANGE_INVITATION:
      return found == SEEDS_EXCHANGE_SCORECARD
             ? _("This is a score card, not a meeting invitation.")
             : _("This is a learning community profile, not a meeting invitation.");
    case SEEDS_EXCHANGE_SCORECARD:
      return found == SEEDS_EXCHANGE_INVITATION
             ? _("This is a meeting invitation, not a score card.")
             : _("This is a learning community profile, not a score card.");
    case SEEDS_EXCHANGE_PROFILE:
      return found == SEEDS_EXCHANGE_INVITATION
             ? _("This is a meeting invitation, not a learning community profile.")
             : _("This is a score card, not a learning community profile.");
    case SEEDS_EXCHANGE_COMMUNITY:
    default:
      return NULL;
    }
}

/* What a file that is not named as one of the others is read as: a score
 * card, since those are what a facilitator imports most. */
SeedsExchangeKind
seeds_exchange_kind_for_name (const char *name)
{
  if (name == NULL)
    return SEEDS_EXCHANGE_SCORECARD;
  if (g_str_has_suffix (name, SEEDS_INVITATION_SUFFIX))
    return SEEDS_EXCHANGE_INVITATION;
  if (g_str_has_suffix (name, SEEDS_PROFILE_SUFFIX))
    return SEEDS_EXCHANGE_PROFILE;
  if (g_str_has_suffix (name, SEEDS_COMMUNITY_SUFFIX))
    return SEEDS_EXCHANGE_COMMUNITY;

  return SEEDS_EXCHANGE_SCORECARD;
}

/**
 * seeds_exchange_file_is_invitation:
 * @file: a file to open
 *
 * Returns: whether @file is named as an invitation is, and so opens the
 *   window to score a meeting in rather than being imported
 */
gboolean
seeds_exchange_file_is_invitation (GFile *file)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  name = g_file_get_basename (file);
  return name != NULL && seeds_exchange_kind_for_name (name) == SEEDS_EXCHANGE_INVITATION;
}

static gboolean
set_too_large (GError            **error,
               SeedsExchangeKind   kind)
{
  g_set_error (error, SEEDS_EXCHANGE_ERROR, SEEDS_EXCHANGE_ERROR_TOO_LARGE,
               _("The file is larger than %u MiB."),
               (guint) (kinds[kind].max_size / (1024 * 1024)));
  return FALSE;
}

/* Whether @bytes is within the size limit of @kind. */
gboolean
seeds_exchange_check_size (GBytes             *bytes,
                           SeedsExchangeKind   kind,
                           GError            **error)
{
  if (g_bytes_get_size (bytes) > kinds[kind].max_size)
    return set_too_large (error, kind);

  return TRUE;
}

/* Reads @stream into @buffer until its end, or until @buffer holds one
 * byte more than @max_size, which tells a file of the largest size from a
 * larger one. */
static gboolean
read_at_most (GInputStream  *stream,
              gsize          max_size,
              GByteArray    *buffer,
              GError       **error)
{
  while (buffer->len <= max_size)
    {
      guint length = buffer->len;
      gsize wanted = MIN (READ_CHUNK_SIZE, max_size + 1 - length);
      gssize n_read;

      g_byte_array_set_size (buffer, length + wanted);
      n_read = g_input_stream_read (stream, buffer->data + length, wanted, NULL, error);
      g_byte_array_set_size (buffer, length + MAX (n_read, 0));

      if (n_read < 0)
        return FALSE;
      if (n_read == 0)
        break;
    }

  return TRUE;
}

/**
 * seeds_exchange_load_file:
 * @file: an invitation, a score card, a profile or a community export
 * @kind: what @file is taken for, which sets how large it may be
 * @error: return location for a #SEEDS_EXCHANGE_ERROR
 *
 * Reads @file, but never more than the size limit of @kind: a larger file
 * is refused without reading the rest.
 *
 * Returns: (transfer full): the contents, or %NULL with @error set
 */
GBytes *
seeds_exchange_load_file (GFile              *file,
                          SeedsExchangeKind   kind,
                          GError            **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GByteArray) buffer = g_byte_array_new ();

  stream = g_file_read (file, NULL, &local_error);
  if (stream != NULL)
    read_at_most (G_INPUT_STREAM (stream), kinds[kind].max_size, buffer, &local_error);

  if (local_error != NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        set_error (error, SEEDS_EXCHANGE_ERROR_UNREADABLE, _("The file does not exist."));
      else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
        set_error (error, SEEDS_EXCHANGE_ERROR_UNREADABLE, _("This is a folder, not a file."));
      else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
        set_error (error, SEEDS_EXCHANGE_ERROR_UNREADABLE,
                   _("You are not allowed to read the file."));
      else
        g_set_error (error, SEEDS_EXCHANGE_ERROR, SEEDS_EXCHANGE_ERROR_UNREADABLE,
                     _("The file cannot be read: %s"), local_error->message);
      return NULL;
    }

  if (buffer->len > kinds[kind].max_size)
    {
      set_too_large (error, kind);
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

/* Whether @data holds nothing but the white space that JSON allows */
static gboolean
is_blank (const char *data,
          gsize       length)
{
  for (gsize i = 0; i < length; i++)
    {
      if (data[i] != ' ' && data[i] != '\t' && data[i] != '\n' && data[i] != '\r')
        return FALSE;
    }

  return TRUE;
}

/**
 * seeds_exchange_parse:
 * @bytes: the contents of a file
 * @kind: what the file should be, for its size limit and the messages
 * @error: return location for a #SEEDS_EXCHANGE_ERROR
 *
 * Checks that @bytes is UTF-8 JSON within the size limit of @kind, with
 * an object at its root (or, for a community export, an array), before
 * anything else reads it.
 *
 * Returns: (transfer full): the root node, or %NULL with @error set
 */
JsonNode *
seeds_exchange_parse (GBytes             *bytes,
                      SeedsExchangeKind   kind,
                      GError            **error)
{
  g_autoptr(JsonNode) root = NULL;
  const char *data;
  gsize length;

  if (!seeds_exchange_check_size (bytes, kind, error))
    return NULL;

  data = g_bytes_get_data (bytes, &length);

  /* Some editors on Windows start UTF-8 files with a byte order mark. */
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (!g_utf8_validate_len (data, length, NULL))
    {
      set_error (error, SEEDS_EXCHANGE_ERROR_NOT_JSON, _("The file is not UTF-8 text."));
      return NULL;
    }

  if (is_blank (data, length))
    {
      set_error (error, SEEDS_EXCHANGE_ERROR_NOT_JSON, _("The file is empty."));
      return NULL;
    }

  root = seeds_json_parse_strict (data, length, SEEDS_JSON_MAX_DEPTH, error);
  if (root == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (root) &&
      !(kind == SEEDS_EXCHANGE_COMMUNITY && JSON_NODE_HOLDS_ARRAY (root)))
    {
      set_wrong_format (error, kind);
      return NULL;
    }

  return g_steal_pointer (&root);
}

/* Which kind of file @root says it is: an array says nothing. */
gboolean
seeds_exchange_peek_kind (JsonNode          *root,
                          SeedsExchangeKind *kind)
{
  JsonNode *node;
  const char *format;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    return FALSE;

  node = json_object_get_member (json_node_get_object (root), "format");
  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return FALSE;

  format = json_node_get_string (node);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      if (g_str_equal (format, kinds[i].format))
        {
          *kind = (SeedsExchangeKind) i;
          return TRUE;
        }
    }

  return FALSE;
}

/* The edition of the framework a file names: 1 when it does not say,
 * as files from before editions do not */
static gboolean
get_edition (JsonObject  *object,
             guint       *edition,
             GError     **error)
{
  int value = 1;

  if (json_object_has_member (object, "framework_edition") &&
      !seeds_exchange_get_int (object, "framework_edition", "framework_edition", 1,
                               SEEDS_FRAMEWORK_MAX_EDITION, &value, error))
    return FALSE;

  *edition = (guint) value;
  return TRUE;
}

static gboolean
check_version (JsonObject  *root,
               GError     **error)
{
  JsonNode *node = json_object_get_member (root, "version");
  g_autofree char *version = NULL;

  if (node == NULL)
    return seeds_exchange_set_field_error (error, _("The field “%s” is missing."), "version");

  if (json_node_get_value_type (node) != G_TYPE_INT64)
    return seeds_exchange_set_field_error (error, _("The field “%s” must be a whole number."),
                                           "version");

  if (json_node_get_int (node) == SEEDS_EXCHANGE_VERSION)
    return TRUE;

  version = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
  g_set_error (error, SEEDS_EXCHANGE_ERROR, SEEDS_EXCHANGE_ERROR_UNSUPPORTED_VERSION,
               _("Format version %s is not supported; this version of the app reads "
                 "version %d."),
               version, SEEDS_EXCHANGE_VERSION);
  return FALSE;
}

/**
 * seeds_exchange_check_header:
 * @root: the root of a file, an object
 * @kind: what the file should be
 * @framework: the framework the app uses
 * @error: return location for a #SEEDS_EXCHANGE_ERROR
 *
 * Checks "format", "version" and "framework", in that order: what a file
 * is decides how the rest is read. A profile and a community export have
 * no "framework" here.
 *
 * Returns: whether the file is a @kind this app can read
 */
gboolean
seeds_exchange_check_header (JsonNode           *root,
                             SeedsExchangeKind   kind,
                             SeedsFramework     *framework,
                             GError            **error)
{
  JsonObject *object = json_node_get_object (root);
  SeedsExchangeKind found_kind;
  const char *framework_id = NULL;
  guint edition;

  if (!seeds_exchange_peek_kind (root, &found_kind))
    return set_wrong_format (error, kind);

  if (found_kind != kind)
    {
      const char *message = describe_other_kind (kind, found_kind);

      if (message == NULL)
        return set_wrong_format (error, kind);

      return set_error (error, SEEDS_EXCHANGE_ERROR_WRONG_FORMAT, message);
    }

  if (!check_version (object, error))
    return FALSE;

  /* A profile need not hold scores: the framework is with them. A
   * community export names the framework of each meeting. */
  if (kind == SEEDS_EXCHANGE_PROFILE || kind == SEEDS_EXCHANGE_COMMUNITY)
    return TRUE;

  if (!seeds_exchange_get_string (object, "framework", "framework", TRUE, &framework_id, error) ||
      !get_edition (object, &edition, error))
    return FALSE;

  if (!g_str_equal (framework_id, seeds_framework_get_id (framework)) ||
      edition != seeds_framework_get_edition (framework))
    {
      g_autofree char *id = seeds_exchange_show (framework_id);
      g_autofree char *shown = seeds_framework_describe_edition (id, edition);
      g_autofree char *expected = seeds_framework_describe_edition (seeds_framework_get_id (framework),
                                                                    seeds_framework_get_edition (framework));

      g_set_error (error, SEEDS_EXCHANGE_ERROR, SEEDS_EXCHANGE_ERROR_WRONG_FRAMEWORK,
                   kind == SEEDS_EXCHANGE_INVITATION
                   ? _("The invitation is for the framework “%s”, not for “%s”.")
                   : _("The score card is for the framework “%s”, not for “%s”."),
                   shown, expected);
      return FALSE;
    }

  return TRUE;
}

/**
 * seeds_exchange_lookup_framework:
 *
 * The framework a file names, found by @lookup. One it does not find is
 * refused by a message that quotes the id as a file's text is quoted:
 * it comes from outside.
 *
 * Returns: (transfer full) (nullable): the framework, or %NULL with
 *   @error set
 */
SeedsFramework *
seeds_exchange_lookup_framework (SeedsExchangeFrameworkFunc   lookup,
                                 gpointer                     lookup_data,
                                 const char                  *id,
                                 guint                        edition,
                                 GError                     **error)
{
  SeedsFramework *framework = lookup (id, edition, lookup_data, NULL);
  g_autofree char *shown = NULL;

  if (framework != NULL)
    return framework;

  shown = seeds_exchange_show (id);
  g_set_error (error, SEEDS_EXCHANGE_ERROR, SEEDS_EXCHANGE_ERROR_WRONG_FRAMEWORK,
               _("This meeting is scored with the framework “%s” edition %u, which this "
                 "database does not have."),
               shown, edition);
  return NULL;
}

/* Reads @root as @kind against the framework it names, which @lookup
 * finds; a file of a kind without a framework of its own, or that names
 * none, is read against @framework, whose checks then refuse it if
 * need be. */
GObject *
seeds_exchange_read_resolved (JsonNode                    *root,
                              SeedsExchangeKind            kind,
                              SeedsFramework              *framework,
                              SeedsExchangeFrameworkFunc   lookup,
                              gpointer                     lookup_data,
                              GError                     **error)
{
  g_autoptr(SeedsFramework) named = NULL;
  JsonObject *object;
  JsonNode *node;
  guint edition;

  if (lookup != NULL && kind == SEEDS_EXCHANGE_COMMUNITY)
    return G_OBJECT (seeds_community_import_new_from_json_full (root, framework, lookup, lookup_data,
                                                                error));

  if (lookup == NULL || (kind != SEEDS_EXCHANGE_INVITATION && kind != SEEDS_EXCHANGE_SCORECARD) ||
      !JSON_NODE_HOLDS_OBJECT (root))
    return seeds_exchange_read_json (root, kind, framework, error);

  object = json_node_get_object (root);
  node = json_object_get_member (object, "framework");
  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING ||
      !get_edition (object, &edition, NULL))
    return seeds_exchange_read_json (root, kind, framework, error);

  named = seeds_exchange_lookup_framework (lookup, lookup_data, json_node_get_string (node), edition,
                                           error);
  if (named == NULL)
    return NULL;

  return seeds_exchange_read_json (root, kind, named, error);
}

GObject *
seeds_exchange_read_json (JsonNode           *root,
                          SeedsExchangeKind   kind,
                          SeedsFramework     *framework,
                          GError            **error)
{
  switch (kind)
    {
    case SEEDS_EXCHANGE_INVITATION:
      return G_OBJECT (seeds_invitation_new_from_json (root, framework, error));
    case SEEDS_EXCHANGE_PROFILE:
      return G_OBJECT (seeds_profile_new_from_json (root, framework, error));
    case SEEDS_EXCHANGE_COMMUNITY:
      return G_OBJECT (seeds_community_import_new_from_json (root, framework, error));
    case SEEDS_EXCHANGE_SCORECARD:
    default:
      return G_OBJECT (seeds_scorecard_new_from_json (root, framework, error));
    }
}

GObject *
seeds_exchange_read (GBytes             *bytes,
                     SeedsExchangeKind   kind,
                     SeedsFramework     *framework,
                     GError            **error)
{
  g_autoptr(JsonNode) root = seeds_exchange_parse (bytes, kind, error);

  return root != NULL ? seeds_exchange_read_json (root, kind, framework, error) : NULL;
}

GObject *
seeds_exchange_read_file (GFile              *file,
                          SeedsExchangeKind   kind,
                          SeedsFramework     *framework,
                          GError            **error)
{
  g_autoptr(GBytes) bytes = seeds_exchange_load_file (file, kind, error);

  return bytes != NULL ? seeds_exchange_read (bytes, kind, framework, error) : NULL;
}

/* Adds the "format" and "version" that every kind of file starts with. */
void
seeds_exchange_add_header (SeedsJsonWriter   *writer,
                           SeedsExchangeKind  kind)
{
  seeds_exchange_add_string (writer, "format", kinds[kind].format);
  seeds_exchange_add_int (writer, "version", SEEDS_EXCHANGE_VERSION);
}

/**
 * seeds_exchange_begin:
 *
 * Starts a file of @kind: an open object with its "format", "version" and
 * "framework" and "framework_edition" (unless @framework_id is %NULL, as
 * for a profile). Finish it with seeds_exchange_finish().
 */
SeedsJsonWriter *
seeds_exchange_begin (SeedsExchangeKind  kind,
                      const char        *framework_id,
                      guint              framework_edition)
{
  SeedsJsonWriter *writer = seeds_json_writer_new ();

  seeds_json_writer_begin_object (writer);
  seeds_exchange_add_header (writer, kind);
  if (framework_id != NULL)
    {
      seeds_exchange_add_string (writer, "framework", framework_id);
      seeds_exchange_add_int (writer, "framework_edition", MAX (framework_edition, 1));
    }

  return writer;
}

void
seeds_exchange_add_string (SeedsJsonWriter *writer,
                           const char      *member,
                           const char      *value)
{
  seeds_json_writer_set_member_name (writer, member);
  seeds_json_writer_add_string_value (writer, value);
}

void
seeds_exchange_add_int (SeedsJsonWriter *writer,
                        const char      *member,
                        gint64           value)
{
  seeds_json_writer_set_member_name (writer, member);
  seeds_json_writer_add_int_value (writer, value);
}

/* Closes the object that seeds_exchange_begin() opened, and frees @writer:
 * strict JSON, pretty-printed with two spaces and a final newline, as
 * every file the app writes. */
GBytes *
seeds_exchange_finish (SeedsJsonWriter *writer)
{
  seeds_json_writer_end_object (writer);

  return seeds_json_writer_free_to_bytes (writer);
}

/* Writes @bytes to a new file next to @file and renames it over @file, so
 * that a failure never leaves half a file behind. */
gboolean
seeds_exchange_save (GBytes  *bytes,
                     GFile   *file,
                     GError **error)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  return g_file_replace_contents (file, data, length, NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
}
