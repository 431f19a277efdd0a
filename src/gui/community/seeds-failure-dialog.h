/* seeds-failure-dialog.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/seeds-framework.h"
#include "seeds-form-dialog.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_FAILURE_DIALOG (seeds_failure_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SeedsFailureDialog, seeds_failure_dialog, SEEDS, FAILURE_DIALOG, SeedsFormDialog)

SeedsFailureDialog *seeds_failure_dialog_new           (GtkWindow          *parent,
                                                        SeedsFramework     *framework,
                                                        SeedsFactor        *factor);
char               *seeds_failure_dialog_get_tried     (SeedsFailureDialog *self);
char               *seeds_failure_dialog_get_happened  (SeedsFailureDialog *self);
char               *seeds_failure_dialog_get_learned   (SeedsFailureDialog *self);
const char         *seeds_failure_dialog_get_factor_id (SeedsFailureDialog *self);

G_END_DECLS
