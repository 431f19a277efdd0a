/* seeds-next-step-row.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/seeds-next-step.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_NEXT_STEP_ROW (seeds_next_step_row_get_type ())

G_DECLARE_FINAL_TYPE (SeedsNextStepRow, seeds_next_step_row, SEEDS, NEXT_STEP_ROW, AdwActionRow)

GtkWidget     *seeds_next_step_row_new             (SeedsNextStep    *step,
                                                    const char       *today);
SeedsNextStep *seeds_next_step_row_get_step        (SeedsNextStepRow *self);
GtkDropDown   *seeds_next_step_row_get_status_drop_down (SeedsNextStepRow *self);
char          *seeds_next_step_describe            (SeedsNextStep    *step,
                                                    const char       *today);

void           seeds_next_step_row_hide_owner      (SeedsNextStepRow *self,
                                                   const char       *today);

G_END_DECLS
