/* seeds-importer.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "seeds-framework.h"
#include "seeds-store.h"

G_BEGIN_DECLS

/* What importing one file did. */
typedef enum
{
  SEEDS_IMPORT_ADDED,          /* a new meeting, or a card of someone without scores there */
  SEEDS_IMPORT_REPLACED,       /* a card that replaced the participant's earlier scores */
  SEEDS_IMPORT_ALREADY_KNOWN,  /* an invitation to a meeting that is already there */
  SEEDS_IMPORT_REJECTED,       /* nothing was imported; the message says why */
} SeedsImportOutcome;

typedef struct
{
  char               *name;        /* the file's name, for people */
  SeedsImportOutcome  outcome;
  char               *message;     /* what happened, or why not, for people */
  char               *meeting_id;  /* the meeting of the file; NULL when rejected */
} SeedsImportResult;

#define SEEDS_TYPE_IMPORT_RESULT (seeds_import_result_get_type ())

GType              seeds_import_result_get_type  (void) G_GNUC_CONST;
SeedsImportResult *seeds_import_result_copy      (const SeedsImportResult *result);
void               seeds_import_result_free      (SeedsImportResult       *result);

GPtrArray         *seeds_importer_import_files   (SeedsStore              *store,
                                                  SeedsFramework          *framework,
                                                  GFile                  **files,
                                                  guint                    n_files);
SeedsImportResult *seeds_importer_import_bytes   (SeedsStore              *store,
                                                  SeedsFramework          *framework,
                                                  GBytes                  *bytes,
                                                  const char              *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SeedsImportResult, seeds_import_result_free)

G_END_DECLS
