/* seeds-framework-reader.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "model/seeds-framework-private.h"
#include "model/seeds-framework-attributes.h"
#include "model/seeds-framework-reader.h"
#include "model/seeds-framework-slot.h"
#include "model/seeds-markup-text.h"

/* A framework file (format in docs/formats.md) holds every language itself:
 * the untagged text is the original, siblings with xml:lang translate it.
 * The shipped file is merged from po/ at build time, so a user-supplied file
 * in the same format needs no .mo files to be read in any language. */

#define MAX_FILE_SIZE (1024 * 1024)

/* The format nests five levels deep, and the rules below refuse any
 * element deeper than that already; the limit holds should they change. */
#define MAX_DEPTH 32

typedef struct
{
  const char     *display_name;
  char          **languages;
  SeedsFramework *framework;
  GMarkupParseContext *context;

  /* text element being read */
  Slot           *text_slot;
  int             text_rank;
  GString        *text;

  Slot            name;
  Slot            question;
  Slot            source;

  char           *part_id;
  Slot            part_name;
  gboolean        in_part;

  char           *group_id;
  Slot            group_name;
  GPtrArray      *group_factors;
  gboolean        in_group;

  char           *factor_id;
  char           *factor_origin;
  Slot            title;
  Slot            definition;
  GArray         *findings;
  GArray         *tips;
  gboolean        in_factor;

  /* A role a community needs: its factors are checked against those
   * before it, so roles follow the parts. */
  char           *role_id;
  char           *role_factors;
  Slot            role_name;
  Slot            role_description;
  gboolean        in_role;

  GHashTable     *factor_ids;
  GHashTable     *group_ids;
  GHashTable     *role_ids;
} Parser;

static void
parser_init (Parser     *parser,
             const char *display_name,
             const char *language)
{
  memset (parser, 0, sizeof *parser);
  parser->display_name = display_name;

  if (language != NULL)
    parser->languages = g_strsplit (language, ":", -1);
  else
    parser->languages = g_strdupv ((char **)g_get_language_names ());

  parser->text = g_string_new (NULL);
  parser->factor_ids = g_hash_table_new (g_str_hash, g_str_equal);
  parser->group_ids = g_hash_table_new (g_str_hash, g_str_equal);
  parser->role_ids = g_hash_table_new (g_str_hash, g_str_equal);
  parser->group_factors = g_ptr_array_new_with_free_func (g_object_unref);
  parser->findings = seeds_framework_slot_array_new ();
  parser->tips = seeds_framework_slot_array_new ();
  seeds_framework_slot_clear (&parser->name);
  seeds_framework_slot_clear (&parser->question);
  seeds_framework_slot_clear (&parser->source);
  seeds_framework_slot_clear (&parser->part_name);
  seeds_framework_slot_clear (&parser->group_name);
  seeds_framework_slot_clear (&parser->title);
  seeds_framework_slot_clear (&parser->definition);
  seeds_framework_slot_clear (&parser->role_name);
  seeds_framework_slot_clear (&parser->role_description);
}

static void
parser_clear (Parser *parser)
{
  g_strfreev (parser->languages);
  g_string_free (parser->text, TRUE);
  g_hash_table_destroy (parser->factor_ids);
  g_hash_table_destroy (parser->group_ids);
  g_hash_table_destroy (parser->role_ids);
  g_ptr_array_unref (parser->group_factors);
  g_array_unref (parser->findings);
  g_array_unref (parser->tips);
  seeds_framework_slot_clear (&parser->name);
  seeds_framework_slot_clear (&parser->question);
  seeds_framework_slot_clear (&parser->source);
  seeds_framework_slot_clear (&parser->part_name);
  seeds_framework_slot_clear (&parser->group_name);
  seeds_framework_slot_clear (&parser->title);
  seeds_framework_slot_clear (&parser->definition);
  g_free (parser->part_id);
  g_free (parser->group_id);
  g_free (parser->factor_id);
  g_free (parser->factor_origin);
  seeds_framework_slot_clear (&parser->role_name);
  seeds_framework_slot_clear (&parser->role_description);
  g_free (parser->role_id);
  g_free (parser->role_factors);
  g_clear_object (&parser->framework);
}

static int
parser_line (Parser *parser)
{
  int line = 0;

  g_markup_parse_context_get_position (parser->context, &line, NULL);
  return line;
}

/* GMarkup prefixes errors from the callbacks with their position; the file
 * name is added by seeds_framework_reader_read(). */
G_GNUC_PRINTF (3, 4)
static void
set_error (Parser      *parser,
           GError     **error,
           const char  *format,
           ...)
{
  va_list args;

  va_start (args, format);
  *error = g_error_new_valist (SEEDS_FRAMEWORK_ERROR, SEEDS_FRAMEWORK_ERROR_INVALID, format, args);
  va_end (args);
}

static gboolean
check_id (Parser      *parser,
          const char  *element_name,
          const char  *value,
          GError     **error)
{
  if (seeds_markup_text_is_valid_id (value))
    return TRUE;

  /* Translators: the first %s is an element name such as <factor> */
  set_error (parser, error, _("<%s> has an invalid id “%s”: use up to 32 letters, digits, “-”, “_” or “.”"),
             element_name, value);
  return FALSE;
}

static gboolean
collect_id (Parser       *parser,
            const char   *element_name,
            const char  **names,
            const char  **values,
            char        **id,
            GError      **error)
{
  const char *value = NULL;

  if (!g_markup_collect_attributes (element_name, names, values, error,
                                    G_MARKUP_COLLECT_STRING, "id", &value,
                                    G_MARKUP_COLLECT_INVALID) ||
      !check_id (parser, element_name, value, error))
    return FALSE;

  *id = g_strdup (value);
  return TRUE;
}

/* Where a text element's content goes, or NULL when it is not allowed in
 * the current element. Findings and tips are lists: an untagged element
 * starts a new item, translations after it belong to that item. */
static Slot *
text_slot_for (Parser      *parser,
               const char  *element_name,
               gboolean     is_original)
{
  GArray *list = NULL;

  if (parser->in_role)
    {
      if (g_str_equal (element_name, "name"))
        return &parser->role_name;
      return g_str_equal (element_name, "description") ? &parser->role_description : NULL;
    }

  if (parser->in_factor)
    {
      if (g_str_equal (element_name, "title"))
        return &parser->title;
      if (g_str_equal (element_name, "definition"))
        return &parser->definition;
      if (g_str_equal (element_name, "finding"))
        list = parser->findings;
      else if (g_str_equal (element_name, "tip"))
        list = parser->tips;
      else
        return NULL;

      if (is_original)
        {
          Slot slot = { NULL, G_MAXINT, 0 };
          g_array_append_val (list, slot);
        }
      else if (list->len == 0)
        return NULL;

      return &g_array_index (list, Slot, list->len - 1);
    }

  if (parser->in_group)
    return g_str_equal (element_name, "name") ? &parser->group_name : NULL;

  if (parser->in_part)
    return g_str_equal (element_name, "name") ? &parser->part_name : NULL;

  if (g_str_equal (element_name, "name"))
    return &parser->name;
  if (g_str_equal (element_name, "question"))
    return &parser->question;
  if (g_str_equal (element_name, "source"))
    return &parser->source;

  return NULL;
}

static gboolean
start_text (Parser       *parser,
            const char   *element_name,
            const char  **names,
            const char  **values,
            GError      **error)
{
  const char *lang = NULL;

  /* Where the element is allowed is checked before its attributes, so that
   * a misplaced element is named as such. */
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], "xml:lang"))
      lang = values[i];

  parser->text_slot = text_slot_for (parser, element_name, lang == NULL);
  if (parser->text_slot == NULL)
    {
      if (lang != NULL && (g_str_equal (element_name, "finding") || g_str_equal (element_name, "tip")))
        set_error (parser, error, _("a translated <%s> must follow the original text"), element_name);
      else
        set_error (parser, error, _("<%s> is not expected here"), element_name);
      return FALSE;
    }

  if (!g_markup_collect_attributes (element_name, names, values, error,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "xml:lang", &lang,
                                    G_MARKUP_COLLECT_INVALID))
    return FALSE;

  if (lang == NULL && parser->text_slot->line != 0)
    {
      set_error (parser, error, _("<%s> appears twice"), element_name);
      return FALSE;
    }

  parser->text_rank = seeds_framework_slot_rank (parser->languages, lang);
  if (lang == NULL)
    parser->text_slot->line = parser_line (parser);
  g_string_truncate (parser->text, 0);

  return TRUE;
}

static void
start_role (Parser       *parser,
            const char   *element_name,
            const char  **names,
            const char  **values,
            GError      **error)
{
  const char *id = NULL;
  const char *factors = NULL;

  if (!g_markup_collect_attributes (element_name, names, values, error,
                                    G_MARKUP_COLLECT_STRING, "id", &id,
                                    G_MARKUP_COLLECT_STRING, "factors", &factors,
                                    G_MARKUP_COLLECT_INVALID) ||
      !check_id (parser, element_name, id, error))
    return;

  if (g_hash_table_contains (parser->role_ids, id))
    {
      set_error (parser, error, _("there are two roles with id “%s”"), id);
      return;
    }

  parser->role_id = g_strdup (id);
  parser->role_factors = g_strdup (factors);
  parser->in_role = TRUE;
}

static void
start_factor (Parser       *parser,
              const char   *element_name,
              const char  **names,
              const char  **values,
              GError      **error)
{
  const char *id = NULL;
  const char *origin = NULL;

  if (!g_markup_collect_attributes (element_name, names, values, error,
                                    G_MARKUP_COLLECT_STRING, "id", &id,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "origin", &origin,
                                    G_MARKUP_COLLECT_INVALID) ||
      !check_id (parser, element_name, id, error))
    return;

  parser->factor_id = g_strdup (id);
  if (g_hash_table_contains (parser->factor_ids, id))
    {
      set_error (parser, error, _("there are two factors with id “%s”"), id);
      return;
    }
  if (origin != NULL && !seeds_framework_check_origin (id, origin, error))
    return;

  parser->factor_origin = g_strdup (origin);
  parser->in_factor = TRUE;
}

static void
start_framework (Parser       *parser,
                 const char   *element_name,
                 const char  **names,
                 const char  **values,
                 GError      **error)
{
  const char *id = NULL;
  const char *version = NULL;
  const char *edition = NULL;
  const char *based_on = NULL;
  guint edition_number;

  if (!g_str_equal (element_name, "framework"))
    {
      set_error (parser, error, _("this is not a Seeds of Innovation framework: it starts with <%s>"),
                 element_name);
      return;
    }

  if (!g_markup_collect_attributes (element_name, names, values, error,
                                    G_MARKUP_COLLECT_STRING, "id", &id,
                                    G_MARKUP_COLLECT_STRING, "version", &version,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "edition", &edition,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "based-on", &based_on,
                                    G_MARKUP_COLLECT_INVALID))
    return;

  if (!g_str_equal (version, "1"))
    {
      set_error (parser, error, _("framework version “%s” is not supported; this app reads version 1"),
                 version);
      return;
    }

  if (!check_id (parser, element_name, id, error) ||
      (based_on != NULL && !check_id (parser, element_name, based_on, error)) ||
      !seeds_framework_parse_edition (edition, &edition_number, error))
    return;

  parser->framework = g_object_new (SEEDS_TYPE_FRAMEWORK, NULL);
  parser->framework->id = g_strdup (id);
  parser->framework->edition = edition_number;
  parser->framework->based_on = g_strdup (based_on);
}

static void
parser_start_element (GMarkupParseContext  *context,
                      const char           *element_name,
                      const char          **names,
                      const char          **values,
                      gpointer              user_data,
                      GError              **error)
{
  Parser *parser = user_data;
  const GSList *stack = g_markup_parse_context_get_element_stack (context);
  guint depth = g_slist_length ((GSList *)stack);

  if (depth > MAX_DEPTH)
    {
      set_error (parser, error, _("elements are nested more than %d levels deep"), MAX_DEPTH);
      return;
    }

  if (parser->text_slot != NULL)
    {
      set_error (parser, error, _("<%s> may not hold other elements"),
                 (const char *)stack->next->data);
      return;
    }

  if (depth == 1)
    {
      start_framework (parser, element_name, names, values, error);
      return;
    }

  if (g_str_equal (element_name, "part") && depth == 2)
    {
      if (collect_id (parser, element_name, names, values, &parser->part_id, error))
        parser->in_part = TRUE;
      return;
    }

  if (g_str_equal (element_name, "group") && parser->in_part && !parser->in_group)
    {
      if (!collect_id (parser, element_name, names, values, &parser->group_id, error))
        return;
      if (g_hash_table_contains (parser->group_ids, parser->group_id))
        {
          set_error (parser, error, _("there are two groups with id “%s”"), parser->group_id);
          return;
        }
      parser->in_group = TRUE;
      return;
    }

  if (g_str_equal (element_name, "factor") && parser->in_group && !parser->in_factor)
    {
      start_factor (parser, element_name, names, values, error);
      return;
    }

  if (g_str_equal (element_name, "role") && depth == 2)
    {
      start_role (parser, element_name, names, values, error);
      return;
    }

  start_text (parser, element_name, names, values, error);
}

static void
parser_text (GMarkupParseContext  *context,
             const char           *text,
             gsize                 text_len,
             gpointer              user_data,
             GError              **error)
{
  Parser *parser = user_data;

  if (parser->text_slot != NULL)
    {
      g_string_append_len (parser->text, text, text_len);
      return;
    }

  for (gsize i = 0; i < text_len; i++)
    if (!g_ascii_isspace (text[i]))
      {
        set_error (parser, error, _("text is only allowed inside text elements such as <title>"));
        return;
      }
}

static gboolean
end_text (Parser      *parser,
          const char  *element_name,
          GError     **error)
{
  g_autofree char *text = seeds_markup_text_normalize_space (parser->text->str);
  Slot *slot = parser->text_slot;

  parser->text_slot = NULL;

  if (*text == '\0')
    {
      set_error (parser, error, _("<%s> is empty"), element_name);
      return FALSE;
    }

  if (parser->text_rank < slot->rank)
    {
      g_free (slot->text);
      slot->text = g_steal_pointer (&text);
      slot->rank = parser->text_rank;
    }

  return TRUE;
}

/* A required original text, or an error naming what is missing. */
static gboolean
require (Parser      *parser,
         Slot        *slot,
         const char  *what,
         GError     **error)
{
  if (slot->text != NULL && slot->line != 0)
    return TRUE;

  set_error (parser, error, "%s", what);
  return FALSE;
}

static gboolean
end_factor (Parser  *parser,
            GError **error)
{
  g_autofree char *no_title = g_strdup_printf (_("factor “%s” has no <title>"), parser->factor_id);
  g_autofree char *no_definition = g_strdup_printf (_("factor “%s” has no <definition>"), parser->factor_id);
  g_auto(GStrv) findings = NULL;
  g_auto(GStrv) tips = NULL;
  g_autofree char *origin = NULL;
  SeedsFactor *factor;

  if (!require (parser, &parser->title, no_title, error) ||
      !require (parser, &parser->definition, no_definition, error))
    return FALSE;

  findings = seeds_framework_slot_texts (parser->findings);
  tips = seeds_framework_slot_texts (parser->tips);
  factor = seeds_factor_new (parser->factor_id, parser->title.text, parser->definition.text,
                             (const char * const *)findings, (const char * const *)tips);
  origin = parser->factor_origin != NULL ? g_strdup (parser->factor_origin)
                                         : g_strdup_printf ("%s:%s", parser->framework->id, parser->factor_id);
  seeds_factor_set_origin (factor, origin);
  g_ptr_array_add (parser->group_factors, factor);
  g_hash_table_add (parser->factor_ids, (char *)seeds_factor_get_id (factor));

  seeds_framework_slot_clear (&parser->title);
  seeds_framework_slot_clear (&parser->definition);
  g_array_set_size (parser->findings, 0);
  g_array_set_size (parser->tips, 0);
  g_clear_pointer (&parser->factor_id, g_free);
  g_clear_pointer (&parser->factor_origin, g_free);
  parser->in_factor = FALSE;

  return TRUE;
}

static gboolean
end_group (Parser  *parser,
           GError **error)
{
  g_autofree char *no_name = g_strdup_printf (_("group “%s” has no <name>"), parser->group_id);
  g_autoptr(SeedsFactorGroup) group = NULL;

  if (!require (parser, &parser->part_name, _("a <part> needs a <name> before its groups"), error) ||
      !require (parser, &parser->group_name, no_name, error))
    return FALSE;

  if (parser->group_factors->len == 0)
    {
      set_error (parser, error, _("group “%s” has no factors"), parser->group_id);
      return FALSE;
    }

  group = seeds_factor_group_new (parser->group_id, parser->group_name.text,
                                  parser->part_id, parser->part_name.text);

  for (guint i = 0; i < parser->group_factors->len; i++)
    {
      SeedsFactor *factor = g_ptr_array_index (parser->group_factors, i);

      seeds_factor_set_position (factor, g_list_model_get_n_items (G_LIST_MODEL (parser->framework->factors)));
      seeds_factor_group_add_factor (group, factor);
      g_list_store_append (parser->framework->factors, factor);
      g_ptr_array_add (parser->framework->factor_array, g_object_ref (factor));
    }

  g_hash_table_add (parser->group_ids, (char *)seeds_factor_group_get_id (group));
  g_list_store_append (parser->framework->groups, group);
  g_ptr_array_set_size (parser->group_factors, 0);
  seeds_framework_slot_clear (&parser->group_name);
  g_clear_pointer (&parser->group_id, g_free);
  parser->in_group = FALSE;

  return TRUE;
}

/* The factors a role names: at least one, each of the framework */
static GStrv
role_factor_ids (Parser  *parser,
                 GError **error)
{
  g_auto(GStrv) words = g_strsplit_set (parser->role_factors, " \t\n", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (!g_hash_table_contains (parser->factor_ids, words[i]))
        {
          set_error (parser, error, _("role “%s” names the factor “%s”, which the framework "
                                      "does not have before it"),
                     parser->role_id, words[i]);
          return NULL;
        }
      g_strv_builder_add (builder, words[i]);
      n++;
    }

  if (n == 0)
    {
      set_error (parser, error, _("role “%s” names no factors"), parser->role_id);
      return NULL;
    }

  return g_strv_builder_end (builder);
}

static gboolean
end_role (Parser  *parser,
          GError **error)
{
  g_autofree char *no_name = g_strdup_printf (_("role “%s” has no <name>"), parser->role_id);
  g_autofree char *no_description = g_strdup_printf (_("role “%s” has no <description>"),
                                                     parser->role_id);
  g_auto(GStrv) factor_ids = NULL;
  SeedsRole *role;

  if (!require (parser, &parser->role_name, no_name, error) ||
      !require (parser, &parser->role_description, no_description, error) ||
      !(factor_ids = role_factor_ids (parser, error)))
    return FALSE;

  role = seeds_role_new (parser->role_id, parser->role_name.text, parser->role_description.text,
                         (const char * const *) factor_ids);
  g_ptr_array_add (parser->framework->roles, role);
  g_hash_table_add (parser->role_ids, (char *) seeds_role_get_id (role));

  seeds_framework_slot_clear (&parser->role_name);
  seeds_framework_slot_clear (&parser->role_description);
  g_clear_pointer (&parser->role_id, g_free);
  g_clear_pointer (&parser->role_factors, g_free);
  parser->in_role = FALSE;

  return TRUE;
}

static void
parser_end_element (GMarkupParseContext  *context,
                    const char           *element_name,
                    gpointer              user_data,
                    GError              **error)
{
  Parser *parser = user_data;

  if (parser->text_slot != NULL)
    end_text (parser, element_name, error);
  else if (parser->in_role)
    end_role (parser, error);
  else if (parser->in_factor)
    end_factor (parser, error);
  else if (parser->in_group)
    end_group (parser, error);
  else if (parser->in_part)
    {
      seeds_framework_slot_clear (&parser->part_name);
      g_clear_pointer (&parser->part_id, g_free);
      parser->in_part = FALSE;
    }
}

static const GMarkupParser markup_parser = {
  parser_start_element,
  parser_end_element,
  parser_text,
  NULL,
  NULL,
};

static gboolean
parser_finish (Parser  *parser,
               GError **error)
{
  SeedsFramework *framework = parser->framework;

  if (framework == NULL)
    {
      set_error (parser, error, _("the file is empty"));
      return FALSE;
    }

  if (!require (parser, &parser->name, _("the framework has no <name>"), error) ||
      !require (parser, &parser->question, _("the framework has no <question>"), error))
    return FALSE;

  if (g_list_model_get_n_items (G_LIST_MODEL (framework->factors)) == 0)
    {
      set_error (parser, error, _("the framework has no factors"));
      return FALSE;
    }

  framework->name = g_steal_pointer (&parser->name.text);
  framework->question = g_steal_pointer (&parser->question.text);
  framework->source = g_steal_pointer (&parser->source.text);
  framework->language = g_strdup (parser->languages[0]);

  return TRUE;
}

SeedsFramework *
seeds_framework_reader_read (GBytes      *bytes,
                             const char  *display_name,
                             const char  *language,
                             GError     **error)
{
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) local_error = NULL;
  SeedsFramework *framework = NULL;
  const char *data;
  gsize size;
  Parser parser;

  data = g_bytes_get_data (bytes, &size);

  if (size > MAX_FILE_SIZE)
    {
      seeds_markup_text_set_file_error (
        error, display_name, _("the file is larger than 1 MiB, too large for a framework"));
      return NULL;
    }

  if (!seeds_markup_text_check (data, size, &local_error))
    {
      seeds_markup_text_set_file_error (error, display_name, local_error->message);
      return NULL;
    }

  parser_init (&parser, display_name, language);
  context = g_markup_parse_context_new (&markup_parser, G_MARKUP_PREFIX_ERROR_POSITION, &parser, NULL);
  parser.context = context;

  if (g_markup_parse_context_parse (context, data, size, &local_error) &&
      g_markup_parse_context_end_parse (context, &local_error) &&
      parser_finish (&parser, &local_error))
    framework = g_steal_pointer (&parser.framework);
  else
    seeds_markup_text_set_file_error (error, display_name,
                                      local_error != NULL ? local_error->message
                                                          : _("the file cannot be read"));

  parser_clear (&parser);

  return framework;
}
