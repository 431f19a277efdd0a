/* seeds-import-dialog.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "exchange/seeds-importer.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_IMPORT_DIALOG (seeds_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SeedsImportDialog, seeds_import_dialog, SEEDS, IMPORT_DIALOG, AdwMessageDialog)

SeedsImportDialog *seeds_import_dialog_new        (GtkWindow         *parent,
                                                   GPtrArray         *results);
char              *seeds_import_dialog_summarize  (GPtrArray         *results);
GtkListBox        *seeds_import_dialog_get_list   (SeedsImportDialog *self);
const char        *seeds_import_dialog_describe_outcome (SeedsImportOutcome outcome);

G_END_DECLS
