/* seeds-form-dialog.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/seeds-text.h"
#include "seeds-date-row.h"

G_BEGIN_DECLS

/* The response of a form dialog that saves what was typed. */
#define SEEDS_FORM_DIALOG_SAVE "save"

#define SEEDS_TYPE_FORM_DIALOG (seeds_form_dialog_get_type ())

G_DECLARE_DERIVABLE_TYPE (SeedsFormDialog, seeds_form_dialog, SEEDS, FORM_DIALOG, AdwMessageDialog)

struct _SeedsFormDialogClass
{
  AdwMessageDialogClass parent_class;
};

void     seeds_form_dialog_set_error_label (SeedsFormDialog *self,
                                            GtkLabel        *label);
void     seeds_form_dialog_add_field       (SeedsFormDialog *self,
                                            GtkEditable     *editable,
                                            SeedsField       field);
void     seeds_form_dialog_add_date        (SeedsFormDialog *self,
                                            SeedsDateRow    *row);
char    *seeds_form_dialog_get_text        (SeedsFormDialog *self,
                                            GtkEditable     *editable);
void     seeds_form_dialog_set_text        (SeedsFormDialog *self,
                                            GtkEditable     *editable,
                                            const char      *text);
gboolean seeds_form_dialog_validate        (SeedsFormDialog *self);
void     seeds_form_dialog_respond         (SeedsFormDialog *self,
                                            const char      *response);

G_END_DECLS
