/* seeds-framework-draft-parser.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "model/seeds-framework-attributes.h"
#include "model/seeds-framework-draft-private.h"
#include "model/seeds-markup-text.h"

/* Reads a framework file into a draft, every text in both of its
 * languages. seeds_framework_draft_new_from_bytes() has the reader check
 * the file first, so this parser only takes apart a framework already
 * known to be whole; translations into other languages than Dutch are
 * left out, as the draft does not hold them. */

typedef struct
{
  SeedsFrameworkDraft *draft;
  DraftPart           *part;
  DraftGroup          *group;
  DraftFactor         *factor;
  DraftRole           *role;
  DraftText           *text;
  int                  lang;
  GString             *buffer;
} DraftParser;

static const char *
attribute (const char **names,
           const char **values,
           const char  *name)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], name))
      return values[i];

  return NULL;
}

/* The list's last item for a translation, a new item for an original */
static DraftText *
list_item (GArray   *list,
           gboolean  is_original)
{
  if (is_original)
    {
      DraftText text = { { NULL, NULL } };

      g_array_append_val (list, text);
    }

  return list->len > 0 ? &g_array_index (list, DraftText, list->len - 1) : NULL;
}

static DraftText *
text_for (DraftParser *parser,
          const char  *element,
          gboolean     is_original)
{
  SeedsFrameworkDraft *draft = parser->draft;

  if (parser->role != NULL)
    return g_str_equal (element, "name") ? &parser->role->name : &parser->role->description;
  if (parser->factor != NULL)
    {
      if (g_str_equal (element, "title"))
        return &parser->factor->title;
      if (g_str_equal (element, "definition"))
        return &parser->factor->definition;
      return list_item (g_str_equal (element, "finding") ? parser->factor->findings
                                                         : parser->factor->tips,
                        is_original);
    }
  if (parser->group != NULL)
    return &parser->group->name;
  if (parser->part != NULL)
    return &parser->part->name;
  if (g_str_equal (element, "name"))
    return &draft->name;
  return g_str_equal (element, "question") ? &draft->question : &draft->source;
}

static void
start_framework (DraftParser  *parser,
                 const char  **names,
                 const char  **values,
                 GError      **error)
{
  SeedsFrameworkDraft *draft = parser->draft;

  draft->id = g_strdup (attribute (names, values, "id"));
  draft->based_on = g_strdup (attribute (names, values, "based-on"));
  seeds_framework_parse_edition (attribute (names, values, "edition"), &draft->edition, error);
}

static void
start_factor (DraftParser  *parser,
              const char  **names,
              const char  **values)
{
  const char *id = attribute (names, values, "id");
  const char *origin = attribute (names, values, "origin");
  g_autofree char *own = g_strdup_printf ("%s:%s", parser->draft->id, id);

  parser->factor = seeds_draft_factor_new (id, origin != NULL ? origin : own);
  g_ptr_array_add (parser->group->factors, parser->factor);
}

static void
start_element (GMarkupParseContext  *context,
               const char           *element,
               const char          **names,
               const char          **values,
               gpointer              user_data,
               GError              **error)
{
  DraftParser *parser = user_data;
  const char *lang;

  if (g_str_equal (element, "framework"))
    start_framework (parser, names, values, error);
  else if (g_str_equal (element, "part"))
    {
      parser->part = seeds_draft_part_new (attribute (names, values, "id"));
      g_ptr_array_add (parser->draft->parts, parser->part);
    }
  else if (g_str_equal (element, "group"))
    {
      parser->group = seeds_draft_group_new (attribute (names, values, "id"));
      g_ptr_array_add (parser->part->groups, parser->group);
    }
  else if (g_str_equal (element, "factor"))
    start_factor (parser, names, values);
  else if (g_str_equal (element, "role"))
    {
      parser->role = seeds_draft_role_new (attribute (names, values, "id"),
                                           attribute (names, values, "factors"));
      g_ptr_array_add (parser->draft->roles, parser->role);
    }
  else
    {
      lang = attribute (names, values, "xml:lang");
      parser->text = text_for (parser, element, lang == NULL);
      parser->lang = lang == NULL ? DRAFT_ORIGINAL
                                  : g_ascii_strcasecmp (lang, SEEDS_DRAFT_DUTCH) == 0 ? DRAFT_DUTCH : -1;
      g_string_truncate (parser->buffer, 0);
    }
}

static void
end_element (GMarkupParseContext  *context,
             const char           *element,
             gpointer              user_data,
             GError              **error)
{
  DraftParser *parser = user_data;

  if (parser->text != NULL)
    {
      if (parser->lang >= 0)
        {
          g_free (parser->text->text[parser->lang]);
          parser->text->text[parser->lang] = seeds_markup_text_normalize_space (parser->buffer->str);
        }
      parser->text = NULL;
    }
  else if (g_str_equal (element, "role"))
    parser->role = NULL;
  else if (g_str_equal (element, "factor"))
    parser->factor = NULL;
  else if (g_str_equal (element, "group"))
    parser->group = NULL;
  else if (g_str_equal (element, "part"))
    parser->part = NULL;
}

static void
text (GMarkupParseContext  *context,
      const char           *text,
      gsize                 text_len,
      gpointer              user_data,
      GError              **error)
{
  DraftParser *parser = user_data;

  if (parser->text != NULL)
    g_string_append_len (parser->buffer, text, text_len);
}

static const GMarkupParser markup_parser = {
  start_element,
  end_element,
  text,
  NULL,
  NULL,
};

gboolean
seeds_draft_parse (SeedsFrameworkDraft  *draft,
                   GBytes               *bytes,
                   GError              **error)
{
  g_autoptr(GMarkupParseContext) context = NULL;
  DraftParser parser = { draft, NULL, NULL, NULL, NULL, NULL, 0, g_string_new (NULL) };
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  gboolean ok;

  context = g_markup_parse_context_new (&markup_parser, G_MARKUP_PREFIX_ERROR_POSITION, &parser, NULL);
  ok = g_markup_parse_context_parse (context, data, size, error) &&
       g_markup_parse_context_end_parse (context, error);
  g_string_free (parser.buffer, TRUE);

  return ok;
}
