/* seeds-review-dialog.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "seeds-form-dialog.h"
#include "model/seeds-framework.h"
#include "model/seeds-next-step.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_REVIEW_DIALOG (seeds_review_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SeedsReviewDialog, seeds_review_dialog, SEEDS, REVIEW_DIALOG, SeedsFormDialog)

SeedsReviewDialog  *seeds_review_dialog_new            (GtkWindow         *parent,
                                                        SeedsFramework    *framework,
                                                        const char        *meeting_id,
                                                        GPtrArray         *steps);
const char         *seeds_review_dialog_get_meeting_id (SeedsReviewDialog *self);
guint               seeds_review_dialog_get_n_steps    (SeedsReviewDialog *self);
SeedsNextStep      *seeds_review_dialog_get_step       (SeedsReviewDialog *self,
                                                        guint              position);
SeedsReviewOutcome  seeds_review_dialog_get_outcome    (SeedsReviewDialog *self,
                                                        guint              position);
GtkToggleButton    *seeds_review_dialog_get_choice     (SeedsReviewDialog *self,
                                                        const char        *step_id,
                                                        SeedsReviewOutcome outcome);

G_END_DECLS
