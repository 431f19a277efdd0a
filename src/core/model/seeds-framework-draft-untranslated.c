/* seeds-framework-draft-untranslated.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "model/seeds-framework-draft-private.h"

/* What of a draft is not yet translated: the editor marks it, so that a
 * community whose members read Dutch sees what still shows in English. */

static void
add_if_untranslated (GPtrArray       *places,
                     DraftText       *text,
                     int              lang,
                     SeedsDraftField  field,
                     const char      *owner,
                     guint            index)
{
  SeedsDraftPlace *place;

  if (text->text[DRAFT_ORIGINAL] == NULL || text->text[lang] != NULL)
    return;

  place = g_new0 (SeedsDraftPlace, 1);
  place->field = field;
  place->owner = g_strdup (owner);
  place->index = index;
  g_ptr_array_add (places, place);
}

static void
add_untranslated_factor (GPtrArray   *places,
                         DraftFactor *factor,
                         int          lang)
{
  add_if_untranslated (places, &factor->title, lang, SEEDS_DRAFT_FIELD_FACTOR_TITLE, factor->id, 0);
  add_if_untranslated (places, &factor->definition, lang, SEEDS_DRAFT_FIELD_FACTOR_DEFINITION,
                       factor->id, 0);
  for (guint i = 0; i < factor->findings->len; i++)
    add_if_untranslated (places, &g_array_index (factor->findings, DraftText, i), lang,
                         SEEDS_DRAFT_FIELD_FINDING, factor->id, i);
  for (guint i = 0; i < factor->tips->len; i++)
    add_if_untranslated (places, &g_array_index (factor->tips, DraftText, i), lang,
                         SEEDS_DRAFT_FIELD_TIP, factor->id, i);
}

/**
 * seeds_framework_draft_list_untranslated:
 * @language: the translation's language, %SEEDS_DRAFT_DUTCH
 *
 * The texts that will be written with no translation in @language, in
 * the order of the file; hidden factors are not written, so not listed.
 * The source is a reference, the same in every language, so not listed.
 *
 * Returns: (transfer full) (element-type SeedsDraftPlace): the places
 */
GPtrArray *
seeds_framework_draft_list_untranslated (SeedsFrameworkDraft *self,
                                         const char          *language)
{
  GPtrArray *places = g_ptr_array_new_with_free_func ((GDestroyNotify)seeds_draft_place_free);
  int lang = DRAFT_DUTCH;

  g_return_val_if_fail (SEEDS_IS_FRAMEWORK_DRAFT (self), places);
  g_return_val_if_fail (g_strcmp0 (language, SEEDS_DRAFT_DUTCH) == 0, places);

  add_if_untranslated (places, &self->name, lang, SEEDS_DRAFT_FIELD_NAME, NULL, 0);
  add_if_untranslated (places, &self->question, lang, SEEDS_DRAFT_FIELD_QUESTION, NULL, 0);

  for (guint p = 0; p < self->parts->len; p++)
    {
      DraftPart *part = g_ptr_array_index (self->parts, p);

      add_if_untranslated (places, &part->name, lang, SEEDS_DRAFT_FIELD_PART_NAME, part->id, 0);
      for (guint g = 0; g < part->groups->len; g++)
        {
          DraftGroup *group = g_ptr_array_index (part->groups, g);

          add_if_untranslated (places, &group->name, lang, SEEDS_DRAFT_FIELD_GROUP_NAME, group->id, 0);
          for (guint f = 0; f < group->factors->len; f++)
            {
              DraftFactor *factor = g_ptr_array_index (group->factors, f);

              if (!factor->hidden)
                add_untranslated_factor (places, factor, lang);
            }
        }
    }

  for (guint r = 0; r < self->roles->len; r++)
    {
      DraftRole *role = g_ptr_array_index (self->roles, r);

      add_if_untranslated (places, &role->name, lang, SEEDS_DRAFT_FIELD_ROLE_NAME, role->id, 0);
      add_if_untranslated (places, &role->description, lang, SEEDS_DRAFT_FIELD_ROLE_DESCRIPTION,
                           role->id, 0);
    }

  return places;
}
