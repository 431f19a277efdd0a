/* seeds-next-step-dialog.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "seeds-form-dialog.h"
#include "model/seeds-next-step.h"

G_BEGIN_DECLS

/* The response that deletes the next step being edited. */
#define SEEDS_NEXT_STEP_DIALOG_DELETE "delete"

#define SEEDS_TYPE_NEXT_STEP_DIALOG (seeds_next_step_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SeedsNextStepDialog, seeds_next_step_dialog, SEEDS, NEXT_STEP_DIALOG, SeedsFormDialog)

SeedsNextStepDialog *seeds_next_step_dialog_new          (GtkWindow           *parent,
                                                          const char          *factor_title,
                                                          SeedsNextStep       *step);
SeedsNextStepDialog *seeds_next_step_dialog_new_lesson   (GtkWindow           *parent,
                                                          const char          *factor_title,
                                                          const char          *origin_name);
char                *seeds_next_step_dialog_get_text     (SeedsNextStepDialog *self);
char                *seeds_next_step_dialog_get_owner    (SeedsNextStepDialog *self);
const char          *seeds_next_step_dialog_get_due_date (SeedsNextStepDialog *self);

G_END_DECLS
