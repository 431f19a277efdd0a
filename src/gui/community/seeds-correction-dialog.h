/* seeds-correction-dialog.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/seeds-ledger-entry.h"
#include "seeds-form-dialog.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_CORRECTION_DIALOG (seeds_correction_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SeedsCorrectionDialog, seeds_correction_dialog, SEEDS, CORRECTION_DIALOG, SeedsFormDialog)

SeedsCorrectionDialog *seeds_correction_dialog_new           (GtkWindow             *parent,
                                                              SeedsLedgerEntry      *entry);
SeedsLedgerEntry      *seeds_correction_dialog_get_entry     (SeedsCorrectionDialog *self);
char                  *seeds_correction_dialog_get_agreed_by (SeedsCorrectionDialog *self);

G_END_DECLS
