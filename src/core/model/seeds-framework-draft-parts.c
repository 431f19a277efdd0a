/* seeds-framework-draft-parts.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "model/seeds-framework-draft-private.h"

/* The pieces a draft is made of, and finding them by id: few enough (a
 * dozen factors) to look through each time. */

void
seeds_draft_text_clear (DraftText *text)
{
  for (guint i = 0; i < DRAFT_N_LANGUAGES; i++)
    g_clear_pointer (&text->text[i], g_free);
}

static void
draft_text_array_clear (gpointer data)
{
  seeds_draft_text_clear (data);
}

GArray *
seeds_draft_text_array_new (void)
{
  GArray *array = g_array_new (FALSE, TRUE, sizeof (DraftText));

  g_array_set_clear_func (array, draft_text_array_clear);
  return array;
}

static void
draft_factor_free (gpointer data)
{
  DraftFactor *factor = data;

  g_free (factor->id);
  g_free (factor->origin);
  seeds_draft_text_clear (&factor->title);
  seeds_draft_text_clear (&factor->definition);
  g_array_unref (factor->findings);
  g_array_unref (factor->tips);
  g_free (factor);
}

DraftFactor *
seeds_draft_factor_new (const char *id,
                        const char *origin)
{
  DraftFactor *factor = g_new0 (DraftFactor, 1);

  factor->id = g_strdup (id);
  factor->origin = g_strdup (origin);
  factor->findings = seeds_draft_text_array_new ();
  factor->tips = seeds_draft_text_array_new ();
  return factor;
}

static void
draft_group_free (gpointer data)
{
  DraftGroup *group = data;

  g_free (group->id);
  seeds_draft_text_clear (&group->name);
  g_ptr_array_unref (group->factors);
  g_free (group);
}

DraftGroup *
seeds_draft_group_new (const char *id)
{
  DraftGroup *group = g_new0 (DraftGroup, 1);

  group->id = g_strdup (id);
  group->factors = g_ptr_array_new_with_free_func (draft_factor_free);
  return group;
}

void
seeds_draft_part_free (gpointer data)
{
  DraftPart *part = data;

  g_free (part->id);
  seeds_draft_text_clear (&part->name);
  g_ptr_array_unref (part->groups);
  g_free (part);
}

DraftPart *
seeds_draft_part_new (const char *id)
{
  DraftPart *part = g_new0 (DraftPart, 1);

  part->id = g_strdup (id);
  part->groups = g_ptr_array_new_with_free_func (draft_group_free);
  return part;
}

void
seeds_draft_role_free (gpointer data)
{
  DraftRole *role = data;

  g_free (role->id);
  g_strfreev (role->factors);
  seeds_draft_text_clear (&role->name);
  seeds_draft_text_clear (&role->description);
  g_free (role);
}

/* @factors as in the file: ids separated by white space */
DraftRole *
seeds_draft_role_new (const char *id,
                      const char *factors)
{
  DraftRole *role = g_new0 (DraftRole, 1);
  g_auto(GStrv) words = g_strsplit_set (factors, " \t\r\n", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_strv_builder_add (builder, words[i]);

  role->id = g_strdup (id);
  role->factors = g_strv_builder_end (builder);
  return role;
}

DraftFactor *
seeds_draft_find_factor (SeedsFrameworkDraft  *self,
                         const char           *factor_id,
                         DraftGroup          **group_out)
{
  for (guint p = 0; factor_id != NULL && p < self->parts->len; p++)
    {
      DraftPart *part = g_ptr_array_index (self->parts, p);

      for (guint g = 0; g < part->groups->len; g++)
        {
          DraftGroup *group = g_ptr_array_index (part->groups, g);

          for (guint f = 0; f < group->factors->len; f++)
            {
              DraftFactor *factor = g_ptr_array_index (group->factors, f);

              if (g_str_equal (factor->id, factor_id))
                {
                  if (group_out != NULL)
                    *group_out = group;
                  return factor;
                }
            }
        }
    }

  return NULL;
}

DraftGroup *
seeds_draft_find_group (SeedsFrameworkDraft *self,
                        const char          *group_id)
{
  for (guint p = 0; group_id != NULL && p < self->parts->len; p++)
    {
      DraftPart *part = g_ptr_array_index (self->parts, p);

      for (guint g = 0; g < part->groups->len; g++)
        if (g_str_equal (((DraftGroup *)g_ptr_array_index (part->groups, g))->id, group_id))
          return g_ptr_array_index (part->groups, g);
    }

  return NULL;
}

DraftPart *
seeds_draft_find_part (SeedsFrameworkDraft *self,
                       const char          *part_id)
{
  for (guint p = 0; part_id != NULL && p < self->parts->len; p++)
    if (g_str_equal (((DraftPart *)g_ptr_array_index (self->parts, p))->id, part_id))
      return g_ptr_array_index (self->parts, p);

  return NULL;
}

DraftRole *
seeds_draft_find_role (SeedsFrameworkDraft *self,
                       const char          *role_id)
{
  for (guint r = 0; role_id != NULL && r < self->roles->len; r++)
    if (g_str_equal (((DraftRole *)g_ptr_array_index (self->roles, r))->id, role_id))
      return g_ptr_array_index (self->roles, r);

  return NULL;
}
