/* seeds-framework-draft.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "model/seeds-framework.h"
#include "model/seeds-framework-draft-private.h"
#include "model/seeds-markup-text.h"

/* A framework being adapted: unlike SeedsFramework, which holds one
 * language and cannot change, a draft holds the original and the Dutch of
 * every text and changes under the editor. It is written back to the
 * framework file format by seeds-framework-draft-writer.c. */

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SeedsFrameworkDraft, seeds_framework_draft, G_TYPE_OBJECT)

void
seeds_draft_place_free (SeedsDraftPlace *place)
{
  g_free (place->owner);
  g_free (place);
}

static void
seeds_framework_draft_finalize (GObject *object)
{
  SeedsFrameworkDraft *self = (SeedsFrameworkDraft *)object;

  g_free (self->id);
  g_free (self->based_on);
  seeds_draft_text_clear (&self->name);
  seeds_draft_text_clear (&self->question);
  seeds_draft_text_clear (&self->source);
  g_ptr_array_unref (self->parts);
  g_ptr_array_unref (self->roles);

  G_OBJECT_CLASS (seeds_framework_draft_parent_class)->finalize (object);
}

static void
seeds_framework_draft_class_init (SeedsFrameworkDraftClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = seeds_framework_draft_finalize;

  /* Any text, factor or role changed: what the editor shows may be stale. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
seeds_framework_draft_init (SeedsFrameworkDraft *self)
{
  self->edition = 1;
  self->parts = g_ptr_array_new_with_free_func (seeds_draft_part_free);
  self->roles = g_ptr_array_new_with_free_func (seeds_draft_role_free);
}

static void
changed (SeedsFrameworkDraft *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * seeds_framework_draft_new_from_bytes:
 * @bytes: a framework file's contents
 * @display_name: how to name the file in error messages
 *
 * A draft of the framework in @bytes, in every language it has of the
 * two a draft holds. A file the reader refuses is refused with its reason.
 */
SeedsFrameworkDraft *
seeds_framework_draft_new_from_bytes (GBytes      *bytes,
                                      const char  *display_name,
                                      GError     **error)
{
  g_autoptr(SeedsFramework) framework = NULL;
  g_autoptr(SeedsFrameworkDraft) self = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  /* The reader's rules first, so that the draft's own parser only ever
   * meets a well-formed framework. */
  framework = seeds_framework_new_from_bytes (bytes, display_name, SEEDS_DRAFT_ORIGINAL, error);
  if (framework == NULL)
    return NULL;

  self = g_object_new (SEEDS_TYPE_FRAMEWORK_DRAFT, NULL);
  if (!seeds_draft_parse (self, bytes, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * seeds_framework_draft_new_adapted:
 * @source: the framework file to adapt
 * @display_name: how to name it in error messages
 * @id: the new framework's id
 * @name: the new framework's name in the original language
 *
 * A new framework copied from @source, edition 1, based on it. Each
 * factor keeps the origin it had, so that a factor of an adaptation of
 * an adaptation still compares with the research's.
 */
SeedsFrameworkDraft *
seeds_framework_draft_new_adapted (GBytes      *source,
                                   const char  *display_name,
                                   const char  *id,
                                   const char  *name,
                                   GError     **error)
{
  SeedsFrameworkDraft *self;

  g_return_val_if_fail (seeds_markup_text_is_valid_id (id), NULL);
  g_return_val_if_fail (name != NULL && g_utf8_validate (name, -1, NULL), NULL);

  self = seeds_framework_draft_new_from_bytes (source, display_name, error);
  if (self == NULL)
    return NULL;

  g_free (self->based_on);
  self->based_on = g_steal_pointer (&self->id);
  self->id = g_strdup (id);
  self->edition = 1;
  /* The Dutch name was the source's: shown as not yet translated. */
  seeds_draft_text_clear (&self->name);
  self->name.text[DRAFT_ORIGINAL] = seeds_markup_text_normalize_space (name);

  return self;
}

GBytes *
seeds_framework_draft_to_bytes (SeedsFrameworkDraft  *self,
                                GError              **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(SeedsFramework) check = NULL;
  g_autofree char *display_name = NULL;

  g_return_val_if_fail (SEEDS_IS_FRAMEWORK_DRAFT (self), NULL);

  /* What is written must read back, in both languages: a required text
   * left empty is named by the reader's message. */
  bytes = seeds_draft_write (self);
  display_name = g_strconcat (self->id, ".seedsframework", NULL);
  check = seeds_framework_new_from_bytes (bytes, display_name, SEEDS_DRAFT_DUTCH, error);
  if (check == NULL)
    return NULL;

  return g_steal_pointer (&bytes);
}

const char *
seeds_framework_draft_get_id (SeedsFrameworkDraft *self)
{
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK_DRAFT (self), NULL);

  return self->id;
}

guint
seeds_framework_draft_get_edition (SeedsFrameworkDraft *self)
{
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK_DRAFT (self), 0);

  return self->edition;
}

/* Set by whoever stores the framework: a framework shared again after a
 * change keeps its id with a higher edition. */
void
seeds_framework_draft_set_edition (SeedsFrameworkDraft *self,
                                   guint                edition)
{
  g_return_if_fail (SEEDS_IS_FRAMEWORK_DRAFT (self));
  g_return_if_fail (edition >= 1 && edition <= 999999);

  self->edition = edition;
  changed (self);
}

const char *
seeds_framework_draft_get_based_on (SeedsFrameworkDraft *self)
{
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK_DRAFT (self), NULL);

  return self->based_on;
}

static int
language_index (const char *language)
{
  if (language == NULL || g_str_equal (language, SEEDS_DRAFT_ORIGINAL))
    return DRAFT_ORIGINAL;
  if (g_str_equal (language, SEEDS_DRAFT_DUTCH))
    return DRAFT_DUTCH;
  return -1;
}

static GArray *
factor_items (DraftFactor     *factor,
              SeedsDraftField  field)
{
  if (factor == NULL)
    return NULL;
  if (field == SEEDS_DRAFT_FIELD_FINDING)
    return factor->findings;
  return field == SEEDS_DRAFT_FIELD_TIP ? factor->tips : NULL;
}

/* The text at a place, or NULL when the draft has no such place */
static DraftText *
text_at (SeedsFrameworkDraft *self,
         SeedsDraftField      field,
         const char          *owner,
         guint                index)
{
  DraftFactor *factor;
  DraftGroup *group;
  DraftPart *part;
  DraftRole *role;
  GArray *items;

  switch (field)
    {
    case SEEDS_DRAFT_FIELD_NAME:
      return &self->name;
    case SEEDS_DRAFT_FIELD_QUESTION:
      return &self->question;
    case SEEDS_DRAFT_FIELD_SOURCE:
      return &self->source;
    case SEEDS_DRAFT_FIELD_PART_NAME:
      part = seeds_draft_find_part (self, owner);
      return part != NULL ? &part->name : NULL;
    case SEEDS_DRAFT_FIELD_GROUP_NAME:
      group = seeds_draft_find_group (self, owner);
      return group != NULL ? &group->name : NULL;
    case SEEDS_DRAFT_FIELD_FACTOR_TITLE:
    case SEEDS_DRAFT_FIELD_FACTOR_DEFINITION:
      factor = seeds_draft_find_factor (self, owner, NULL);
      if (factor == NULL)
        return NULL;
      return field == SEEDS_DRAFT_FIELD_FACTOR_TITLE ? &factor->title : &factor->definition;
    case SEEDS_DRAFT_FIELD_FINDING:
    case SEEDS_DRAFT_FIELD_TIP:
      items = factor_items (seeds_draft_find_factor (self, owner, NULL), field);
      return items != NULL && index < items->len ? &g_array_index (items, DraftText, index) : NULL;
    case SEEDS_DRAFT_FIELD_ROLE_NAME:
    case SEEDS_DRAFT_FIELD_ROLE_DESCRIPTION:
      role = seeds_draft_find_role (self, owner);
      if (role == NULL)
        return NULL;
      return field == SEEDS_DRAFT_FIELD_ROLE_NAME ? &role->name : &role->description;
    default:
      return NULL;
    }
}

/**
 * seeds_framework_draft_get_text:
 * @language: %SEEDS_DRAFT_ORIGINAL or %SEEDS_DRAFT_DUTCH
 *
 * Returns: (nullable): the text, or %NULL where there is none
 */
const char *
seeds_framework_draft_get_text (SeedsFrameworkDraft *self,
                                SeedsDraftField      field,
                                const char          *owner,
                                guint                index,
                                const char          *language)
{
  int lang = language_index (language);
  DraftText *text;

  g_return_val_if_fail (SEEDS_IS_FRAMEWORK_DRAFT (self), NULL);
  g_return_val_if_fail (lang >= 0, NULL);

  text = text_at (self, field, owner, index);
  return text != NULL ? text->text[lang] : NULL;
}

/* As the reader will read it back: white space collapsed, and without
 * the control characters XML cannot hold, which a paste may bring. */
static char *
clean_text (const char *text)
{
  g_autofree char *spaced = seeds_markup_text_normalize_space (text);
  GString *out = g_string_sized_new (strlen (spaced));

  for (const char *p = spaced; *p; p++)
    if ((guchar)*p >= 0x20 && *p != 0x7f)
      g_string_append_c (out, *p);

  return g_string_free (out, FALSE);
}

/**
 * seeds_framework_draft_set_text:
 * @text: (nullable): valid UTF-8, or %NULL or "" for no text
 *
 * Returns: %FALSE when the draft has no such place
 */
gboolean
seeds_framework_draft_set_text (SeedsFrameworkDraft *self,
                                SeedsDraftField      field,
                                const char          *owner,
                                guint                index,
                                const char          *language,
                                const char          *text)
{
  int lang = language_index (language);
  g_autofree char *cleaned = NULL;
  DraftText *slot;

  g_return_val_if_fail (SEEDS_IS_FRAMEWORK_DRAFT (self), FALSE);
  g_return_val_if_fail (lang >= 0, FALSE);
  g_return_val_if_fail (text == NULL || g_utf8_validate (text, -1, NULL), FALSE);

  slot = text_at (self, field, owner, index);
  if (slot == NULL)
    return FALSE;

  cleaned = text != NULL ? clean_text (text) : NULL;
  if (cleaned != NULL && *cleaned == '\0')
    g_clear_pointer (&cleaned, g_free);
  if (g_strcmp0 (cleaned, slot->text[lang]) == 0)
    return TRUE;

  g_free (slot->text[lang]);
  slot->text[lang] = g_steal_pointer (&cleaned);
  changed (self);
  return TRUE;
}

/* The number of findings or tips of a factor */
guint
seeds_framework_draft_get_n_items (SeedsFrameworkDraft *self,
                                   SeedsDraftField      field,
                                   const char          *factor_id)
{
  GArray *items;

  g_return_val_if_fail (SEEDS_IS_FRAMEWORK_DRAFT (self), 0);

  items = factor_items (seeds_draft_find_factor (self, factor_id, NULL), field);
  return items != NULL ? items->len : 0;
}

/* Adds a finding or tip after the others; returns its index */
guint
seeds_framework_draft_add_item (SeedsFrameworkDraft *self,
                                SeedsDraftField      field,
                                const char          *factor_id,
                                const char          *original)
{
  DraftText text = { { NULL, NULL } };
  GArray *items;

  g_return_val_if_fail (SEEDS_IS_FRAMEWORK_DRAFT (self), 0);
  g_return_val_if_fail (original != NULL && g_utf8_validate (original, -1, NULL), 0);

  items = factor_items (seeds_draft_find_factor (self, factor_id, NULL), field);
  g_return_val_if_fail (items != NULL, 0);

  text.text[DRAFT_ORIGINAL] = clean_text (original);
  g_array_append_val (items, text);
  changed (self);
  return items->len - 1;
}

void
seeds_framework_draft_remove_item (SeedsFrameworkDraft *self,
                                   SeedsDraftField      field,
                                   const char          *factor_id,
                                   guint                index)
{
  GArray *items;

  g_return_if_fail (SEEDS_IS_FRAMEWORK_DRAFT (self));

  items = factor_items (seeds_draft_find_factor (self, factor_id, NULL), field);
  g_return_if_fail (items != NULL && index < items->len);

  g_array_remove_index (items, index);
  changed (self);
}

/* The groups' ids in the order of the file */
char **
seeds_framework_draft_get_group_ids (SeedsFrameworkDraft *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (SEEDS_IS_FRAMEWORK_DRAFT (self), NULL);

  for (guint p = 0; p < self->parts->len; p++)
    {
      DraftPart *part = g_ptr_array_index (self->parts, p);

      for (guint g = 0; g < part->groups->len; g++)
        g_strv_builder_add (builder, ((DraftGroup *)g_ptr_array_index (part->groups, g))->id);
    }

  return g_strv_builder_end (builder);
}

/* A group's factors, the hidden ones too */
char **
seeds_framework_draft_get_factor_ids (SeedsFrameworkDraft *self,
                                      const char          *group_id)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  DraftGroup *group;

  g_return_val_if_fail (SEEDS_IS_FRAMEWORK_DRAFT (self), NULL);

  group = seeds_draft_find_group (self, group_id);
  for (guint f = 0; group != NULL && f < group->factors->len; f++)
    g_strv_builder_add (builder, ((DraftFactor *)g_ptr_array_index (group->factors, f))->id);

  return g_strv_builder_end (builder);
}

char **
seeds_framework_draft_get_role_ids (SeedsFrameworkDraft *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (SEEDS_IS_FRAMEWORK_DRAFT (self), NULL);

  for (guint r = 0; r < self->roles->len; r++)
    g_strv_builder_add (builder, ((DraftRole *)g_ptr_array_index (self->roles, r))->id);

  return g_strv_builder_end (builder);
}

const char *
seeds_framework_draft_get_factor_origin (SeedsFrameworkDraft *self,
                                         const char          *factor_id)
{
  DraftFactor *factor;

  g_return_val_if_fail (SEEDS_IS_FRAMEWORK_DRAFT (self), NULL);

  factor = seeds_draft_find_factor (self, factor_id, NULL);
  return factor != NULL ? factor->origin : NULL;
}

/* A factor id the framework does not have: the numbers go on from the
 * highest, as the research's twelve are numbered. */
static char *
new_factor_id (SeedsFrameworkDraft *self)
{
  guint64 highest = 0;

  for (guint p = 0; p < self->parts->len; p++)
    {
      DraftPart *part = g_ptr_array_index (self->parts, p);

      for (guint g = 0; g < part->groups->len; g++)
        {
          DraftGroup *group = g_ptr_array_index (part->groups, g);

          for (guint f = 0; f < group->factors->len; f++)
            {
              DraftFactor *factor = g_ptr_array_index (group->factors, f);
              guint64 number;

              if (g_ascii_string_to_unsigned (factor->id, 10, 0, G_MAXUINT32, &number, NULL))
                highest = MAX (highest, number);
            }
        }
    }

  return g_strdup_printf ("%" G_GUINT64_FORMAT, highest + 1);
}

/**
 * seeds_framework_draft_add_factor:
 * @title: the new factor's title in the original language
 *
 * Adds a factor of this framework's own to a group, after its others.
 *
 * Returns: (transfer full): the new factor's id
 */
char *
seeds_framework_draft_add_factor (SeedsFrameworkDraft *self,
                                  const char          *group_id,
                                  const char          *title)
{
  g_autofree char *origin = NULL;
  DraftFactor *factor;
  DraftGroup *group;
  char *id;

  g_return_val_if_fail (SEEDS_IS_FRAMEWORK_DRAFT (self), NULL);
  g_return_val_if_fail (title != NULL && g_utf8_validate (title, -1, NULL), NULL);

  group = seeds_draft_find_group (self, group_id);
  g_return_val_if_fail (group != NULL, NULL);

  id = new_factor_id (self);
  origin = g_strdup_printf ("%s:%s", self->id, id);
  factor = seeds_draft_factor_new (id, origin);
  factor->title.text[DRAFT_ORIGINAL] = clean_text (title);
  g_ptr_array_add (group->factors, factor);
  changed (self);

  return id;
}

gboolean
seeds_framework_draft_get_factor_hidden (SeedsFrameworkDraft *self,
                                         const char          *factor_id)
{
  DraftFactor *factor;

  g_return_val_if_fail (SEEDS_IS_FRAMEWORK_DRAFT (self), FALSE);

  factor = seeds_draft_find_factor (self, factor_id, NULL);
  return factor != NULL && factor->hidden;
}

/* A hidden factor stays in the draft, to be shown again, but is not
 * written: the community does not score it. */
void
seeds_framework_draft_set_factor_hidden (SeedsFrameworkDraft *self,
                                         const char          *factor_id,
                                         gboolean             hidden)
{
  DraftFactor *factor;

  g_return_if_fail (SEEDS_IS_FRAMEWORK_DRAFT (self));

  factor = seeds_draft_find_factor (self, factor_id, NULL);
  g_return_if_fail (factor != NULL);

  if (factor->hidden == !!hidden)
    return;
  factor->hidden = !!hidden;
  changed (self);
}

const char * const *
seeds_framework_draft_get_role_factors (SeedsFrameworkDraft *self,
                                        const char          *role_id)
{
  DraftRole *role;

  g_return_val_if_fail (SEEDS_IS_FRAMEWORK_DRAFT (self), NULL);

  role = seeds_draft_find_role (self, role_id);
  return role != NULL ? (const char * const *)role->factors : NULL;
}

void
seeds_framework_draft_set_role_factors (SeedsFrameworkDraft *self,
                                        const char          *role_id,
                                        const char * const  *factor_ids)
{
  DraftRole *role;

  g_return_if_fail (SEEDS_IS_FRAMEWORK_DRAFT (self));
  g_return_if_fail (factor_ids != NULL);

  role = seeds_draft_find_role (self, role_id);
  g_return_if_fail (role != NULL);

  for (guint i = 0; factor_ids[i] != NULL; i++)
    g_return_if_fail (seeds_draft_find_factor (self, factor_ids[i], NULL) != NULL);

  g_strfreev (role->factors);
  role->factors = g_strdupv ((char **)factor_ids);
  changed (self);
}
