/* seeds-importer.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "exchange/seeds-exchange.h"
#include "model/seeds-framework.h"
#include "store/seeds-store.h"

G_BEGIN_DECLS

/* What importing one file did. */
typedef enum
{
  SEEDS_IMPORT_ADDED,          /* a new meeting, a card of someone without scores there, a
                                * profile of a community new to the directory, or the
                                * communities of an export */
  SEEDS_IMPORT_REPLACED,       /* a card that replaced the participant's earlier scores */
  SEEDS_IMPORT_ALREADY_KNOWN,  /* an invitation to a meeting that is already there */
  SEEDS_IMPORT_REJECTED,       /* nothing was imported; the message says why */
  SEEDS_IMPORT_UPDATED,        /* a newer profile of a community in the directory */
  SEEDS_IMPORT_UNCHANGED,      /* a profile no newer than the one in the directory */
  SEEDS_IMPORT_CONFLICT,       /* a profile or an export of one of your own communities, or
                                * an export whose ids another community uses: not imported */
} SeedsImportOutcome;

typedef struct
{
  char               *name;          /* the file's name, for people */
  SeedsImportOutcome  outcome;
  char               *message;       /* what happened, or why not, for people */
  char               *meeting_id;    /* the meeting of an invitation or a card; NULL when
                                      * refused and for a profile */
  char               *community_id;  /* the community of a profile, also when it is
                                      * unchanged or a conflict, or the first of an export
                                      * that was read; NULL otherwise */
} SeedsImportResult;

#define SEEDS_TYPE_IMPORT_RESULT (seeds_import_result_get_type ())

GType              seeds_import_result_get_type  (void) G_GNUC_CONST;
SeedsImportResult *seeds_import_result_copy      (const SeedsImportResult *result);
void               seeds_import_result_free      (SeedsImportResult       *result);
gboolean           seeds_import_result_is_refused (const SeedsImportResult *result);

GPtrArray         *seeds_importer_import_files   (SeedsStore              *store,
                                                  SeedsFramework          *framework,
                                                  GFile                  **files,
                                                  guint                    n_files);
/* How many of the files an import is done with */
typedef void (*SeedsImportProgressFunc) (guint                    n_done,
                                         guint                    n_files,
                                         gpointer                 user_data);

GPtrArray         *seeds_importer_import_files_full (SeedsStore            *store,
                                                     SeedsFramework        *framework,
                                                     SeedsExchangeFrameworkFunc lookup,
                                                     gpointer               lookup_data,
                                                     GFile                **files,
                                                     guint                  n_files,
                                                     SeedsImportProgressFunc progress,
                                                     gpointer               progress_data,
                                                     GCancellable          *cancellable,
                                                     GError               **error);
SeedsImportResult *seeds_importer_import_bytes   (SeedsStore              *store,
                                                  SeedsFramework          *framework,
                                                  GBytes                  *bytes,
                                                  const char              *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SeedsImportResult, seeds_import_result_free)

G_END_DECLS
