/* seeds-framework-draft-writer.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "model/seeds-framework-draft-private.h"

/* Writes a draft in the framework file format (docs/formats.md): each
 * text once untagged, its Dutch after it with xml:lang="nl". What would
 * not read back is left out: empty texts, hidden factors, groups and parts
 * left with none, roles that name no factor still written. The edition
 * is written as the draft has it; raising it is the caller's choice. */

static void
indent (GString *out,
        guint    depth)
{
  for (guint i = 0; i < depth; i++)
    g_string_append (out, "  ");
}

static void
write_text (GString         *out,
            guint            depth,
            const char      *element,
            const DraftText *text)
{
  static const char * const langs[DRAFT_N_LANGUAGES] = { NULL, SEEDS_DRAFT_DUTCH };

  if (text->text[DRAFT_ORIGINAL] == NULL)
    return;

  for (guint i = 0; i < DRAFT_N_LANGUAGES; i++)
    {
      g_autofree char *escaped = NULL;

      if (text->text[i] == NULL)
        continue;

      escaped = g_markup_escape_text (text->text[i], -1);
      indent (out, depth);
      if (langs[i] != NULL)
        g_string_append_printf (out, "<%s xml:lang=\"%s\">%s</%s>\n", element, langs[i], escaped, element);
      else
        g_string_append_printf (out, "<%s>%s</%s>\n", element, escaped, element);
    }
}

static void
write_factor (GString           *out,
              const DraftFactor *factor)
{
  g_autofree char *id = g_markup_escape_text (factor->id, -1);
  g_autofree char *origin = g_markup_escape_text (factor->origin, -1);

  g_string_append_printf (out, "      <factor id=\"%s\" origin=\"%s\">\n", id, origin);
  write_text (out, 4, "title", &factor->title);
  write_text (out, 4, "definition", &factor->definition);
  for (guint i = 0; i < factor->findings->len; i++)
    write_text (out, 4, "finding", &g_array_index (factor->findings, DraftText, i));
  for (guint i = 0; i < factor->tips->len; i++)
    write_text (out, 4, "tip", &g_array_index (factor->tips, DraftText, i));
  g_string_append (out, "      </factor>\n");
}

static gboolean
group_is_shown (const DraftGroup *group)
{
  for (guint f = 0; f < group->factors->len; f++)
    if (!((DraftFactor *)g_ptr_array_index (group->factors, f))->hidden)
      return TRUE;

  return FALSE;
}

static void
write_group (GString          *out,
             const DraftGroup *group,
             GHashTable       *written)
{
  g_autofree char *id = g_markup_escape_text (group->id, -1);

  g_string_append_printf (out, "    <group id=\"%s\">\n", id);
  write_text (out, 3, "name", &group->name);
  for (guint f = 0; f < group->factors->len; f++)
    {
      DraftFactor *factor = g_ptr_array_index (group->factors, f);

      if (factor->hidden)
        continue;
      write_factor (out, factor);
      g_hash_table_add (written, factor->id);
    }
  g_string_append (out, "    </group>\n");
}

static void
write_part (GString         *out,
            const DraftPart *part,
            GHashTable      *written)
{
  g_autofree char *id = g_markup_escape_text (part->id, -1);
  gboolean opened = FALSE;

  for (guint g = 0; g < part->groups->len; g++)
    {
      DraftGroup *group = g_ptr_array_index (part->groups, g);

      if (!group_is_shown (group))
        continue;
      if (!opened)
        {
          g_string_append_printf (out, "  <part id=\"%s\">\n", id);
          write_text (out, 2, "name", &part->name);
          opened = TRUE;
        }
      write_group (out, group, written);
    }

  if (opened)
    g_string_append (out, "  </part>\n");
}

static void
write_role (GString         *out,
            const DraftRole *role,
            GHashTable      *written)
{
  g_autoptr(GString) factors = g_string_new (NULL);
  g_autofree char *id = NULL;
  g_autofree char *escaped = NULL;

  for (guint i = 0; role->factors[i] != NULL; i++)
    if (g_hash_table_contains (written, role->factors[i]))
      g_string_append_printf (factors, "%s%s", factors->len > 0 ? " " : "", role->factors[i]);

  if (factors->len == 0)
    return;

  id = g_markup_escape_text (role->id, -1);
  escaped = g_markup_escape_text (factors->str, -1);
  g_string_append_printf (out, "  <role id=\"%s\" factors=\"%s\">\n", id, escaped);
  write_text (out, 2, "name", &role->name);
  write_text (out, 2, "description", &role->description);
  g_string_append (out, "  </role>\n");
}

GBytes *
seeds_draft_write (SeedsFrameworkDraft *draft)
{
  g_autoptr(GHashTable) written = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *id = g_markup_escape_text (draft->id, -1);
  GString *out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");

  g_string_append_printf (out, "<framework id=\"%s\" version=\"1\" edition=\"%u\"", id, draft->edition);
  if (draft->based_on != NULL)
    {
      g_autofree char *based_on = g_markup_escape_text (draft->based_on, -1);

      g_string_append_printf (out, " based-on=\"%s\"", based_on);
    }
  g_string_append (out, ">\n");

  write_text (out, 1, "name", &draft->name);
  write_text (out, 1, "question", &draft->question);
  write_text (out, 1, "source", &draft->source);
  for (guint p = 0; p < draft->parts->len; p++)
    write_part (out, g_ptr_array_index (draft->parts, p), written);
  for (guint r = 0; r < draft->roles->len; r++)
    write_role (out, g_ptr_array_index (draft->roles, r), written);
  g_string_append (out, "</framework>\n");

  return g_string_free_to_bytes (out);
}
