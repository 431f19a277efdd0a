/* seeds-framework-draft-private.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/seeds-framework-draft.h"

G_BEGIN_DECLS

/* Open to the parser and the writer of a draft; everything else changes a
 * draft through its functions, which emit ::changed. */

enum { DRAFT_ORIGINAL, DRAFT_DUTCH, DRAFT_N_LANGUAGES };

/* One text in each language, NULL where there is none */
typedef struct
{
  char *text[DRAFT_N_LANGUAGES];
} DraftText;

typedef struct
{
  char      *id;
  char      *origin;
  DraftText  title;
  DraftText  definition;
  GArray    *findings;   /* of DraftText */
  GArray    *tips;       /* of DraftText */
  gboolean   hidden;
} DraftFactor;

typedef struct
{
  char      *id;
  DraftText  name;
  GPtrArray *factors;    /* of DraftFactor */
} DraftGroup;

typedef struct
{
  char      *id;
  DraftText  name;
  GPtrArray *groups;     /* of DraftGroup */
} DraftPart;

typedef struct
{
  char      *id;
  GStrv      factors;
  DraftText  name;
  DraftText  description;
} DraftRole;

struct _SeedsFrameworkDraft
{
  GObject    parent_instance;

  char      *id;
  guint      edition;
  char      *based_on;
  DraftText  name;
  DraftText  question;
  DraftText  source;
  GPtrArray *parts;      /* of DraftPart */
  GPtrArray *roles;      /* of DraftRole */
};

G_GNUC_INTERNAL
void         seeds_draft_text_clear     (DraftText           *text);
G_GNUC_INTERNAL
GArray      *seeds_draft_text_array_new (void);
G_GNUC_INTERNAL
DraftFactor *seeds_draft_factor_new     (const char          *id,
                                         const char          *origin);
G_GNUC_INTERNAL
DraftGroup  *seeds_draft_group_new      (const char          *id);
G_GNUC_INTERNAL
DraftPart   *seeds_draft_part_new       (const char          *id);
G_GNUC_INTERNAL
DraftRole   *seeds_draft_role_new       (const char          *id,
                                         const char          *factors);
G_GNUC_INTERNAL
void         seeds_draft_part_free      (gpointer             part);
G_GNUC_INTERNAL
void         seeds_draft_role_free      (gpointer             role);
G_GNUC_INTERNAL
DraftFactor *seeds_draft_find_factor    (SeedsFrameworkDraft *draft,
                                         const char          *factor_id,
                                         DraftGroup         **group_out);
G_GNUC_INTERNAL
DraftGroup  *seeds_draft_find_group     (SeedsFrameworkDraft *draft,
                                         const char          *group_id);
G_GNUC_INTERNAL
DraftPart   *seeds_draft_find_part      (SeedsFrameworkDraft *draft,
                                         const char          *part_id);
G_GNUC_INTERNAL
DraftRole   *seeds_draft_find_role      (SeedsFrameworkDraft *draft,
                                         const char          *role_id);
G_GNUC_INTERNAL
gboolean     seeds_draft_parse          (SeedsFrameworkDraft *draft,
                                         GBytes              *bytes,
                                         GError             **error);
G_GNUC_INTERNAL
GBytes      *seeds_draft_write          (SeedsFrameworkDraft *draft);

G_END_DECLS
