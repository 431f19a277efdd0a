/* seeds-framework-draft.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The languages a draft holds: the original (English, untagged in the
 * file) and its Dutch translation (xml:lang="nl"). */
#define SEEDS_DRAFT_ORIGINAL "en"
#define SEEDS_DRAFT_DUTCH    "nl"

/* Which text of a framework: the owner is the id of the part, group,
 * factor or role it belongs to (none for the framework's own), and
 * findings and tips are also numbered from 0. */
typedef enum
{
  SEEDS_DRAFT_FIELD_NAME,
  SEEDS_DRAFT_FIELD_QUESTION,
  SEEDS_DRAFT_FIELD_SOURCE,
  SEEDS_DRAFT_FIELD_PART_NAME,
  SEEDS_DRAFT_FIELD_GROUP_NAME,
  SEEDS_DRAFT_FIELD_FACTOR_TITLE,
  SEEDS_DRAFT_FIELD_FACTOR_DEFINITION,
  SEEDS_DRAFT_FIELD_FINDING,
  SEEDS_DRAFT_FIELD_TIP,
  SEEDS_DRAFT_FIELD_ROLE_NAME,
  SEEDS_DRAFT_FIELD_ROLE_DESCRIPTION,
} SeedsDraftField;

typedef struct
{
  SeedsDraftField field;
  char           *owner;
  guint           index;
} SeedsDraftPlace;

void seeds_draft_place_free (SeedsDraftPlace *place);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SeedsDraftPlace, seeds_draft_place_free)

#define SEEDS_TYPE_FRAMEWORK_DRAFT (seeds_framework_draft_get_type ())

G_DECLARE_FINAL_TYPE (SeedsFrameworkDraft, seeds_framework_draft, SEEDS, FRAMEWORK_DRAFT, GObject)

SeedsFrameworkDraft *seeds_framework_draft_new_from_bytes   (GBytes              *bytes,
                                                             const char          *display_name,
                                                             GError             **error);
SeedsFrameworkDraft *seeds_framework_draft_new_adapted      (GBytes              *source,
                                                             const char          *display_name,
                                                             const char          *id,
                                                             const char          *name,
                                                             GError             **error);
GBytes              *seeds_framework_draft_to_bytes         (SeedsFrameworkDraft *self,
                                                             GError             **error);
const char          *seeds_framework_draft_get_id           (SeedsFrameworkDraft *self);
guint                seeds_framework_draft_get_edition      (SeedsFrameworkDraft *self);
void                 seeds_framework_draft_set_edition      (SeedsFrameworkDraft *self,
                                                             guint                edition);
const char          *seeds_framework_draft_get_based_on     (SeedsFrameworkDraft *self);
const char          *seeds_framework_draft_get_text         (SeedsFrameworkDraft *self,
                                                             SeedsDraftField      field,
                                                             const char          *owner,
                                                             guint                index,
                                                             const char          *language);
gboolean             seeds_framework_draft_set_text         (SeedsFrameworkDraft *self,
                                                             SeedsDraftField      field,
                                                             const char          *owner,
                                                             guint                index,
                                                             const char          *language,
                                                             const char          *text);
guint                seeds_framework_draft_get_n_items      (SeedsFrameworkDraft *self,
                                                             SeedsDraftField      field,
                                                             const char          *factor_id);
guint                seeds_framework_draft_add_item         (SeedsFrameworkDraft *self,
                                                             SeedsDraftField      field,
                                                             const char          *factor_id,
                                                             const char          *original);
void                 seeds_framework_draft_remove_item      (SeedsFrameworkDraft *self,
                                                             SeedsDraftField      field,
                                                             const char          *factor_id,
                                                             guint                index);
char               **seeds_framework_draft_get_group_ids    (SeedsFrameworkDraft *self);
char               **seeds_framework_draft_get_factor_ids   (SeedsFrameworkDraft *self,
                                                             const char          *group_id);
char               **seeds_framework_draft_get_role_ids     (SeedsFrameworkDraft *self);
const char          *seeds_framework_draft_get_factor_origin (SeedsFrameworkDraft *self,
                                                              const char          *factor_id);
char                *seeds_framework_draft_add_factor       (SeedsFrameworkDraft *self,
                                                             const char          *group_id,
                                                             const char          *title);
gboolean             seeds_framework_draft_get_factor_hidden (SeedsFrameworkDraft *self,
                                                              const char          *factor_id);
void                 seeds_framework_draft_set_factor_hidden (SeedsFrameworkDraft *self,
                                                              const char          *factor_id,
                                                              gboolean             hidden);
const char * const  *seeds_framework_draft_get_role_factors (SeedsFrameworkDraft *self,
                                                             const char          *role_id);
void                 seeds_framework_draft_set_role_factors (SeedsFrameworkDraft *self,
                                                             const char          *role_id,
                                                             const char * const  *factor_ids);
GPtrArray           *seeds_framework_draft_list_untranslated (SeedsFrameworkDraft *self,
                                                              const char          *language);

G_END_DECLS
