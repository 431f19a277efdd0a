/* seeds-next-step-dialog.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "seeds-date-row.h"
#include "factor-panel/seeds-next-step-dialog.h"
#include "seeds-widget-util.h"

/* Writes down a next step the group agreed on, or changes one. */
struct _SeedsNextStepDialog
{
  SeedsFormDialog  parent_instance;

  AdwEntryRow     *text_row;
  AdwEntryRow     *owner_row;
  SeedsDateRow    *due_row;
  GtkLabel        *error_label;
};

G_DEFINE_FINAL_TYPE (SeedsNextStepDialog, seeds_next_step_dialog, SEEDS_TYPE_FORM_DIALOG)

static void
seeds_next_step_dialog_class_init (SeedsNextStepDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (SEEDS_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/factor-panel/seeds-next-step-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SeedsNextStepDialog, text_row);
  gtk_widget_class_bind_template_child (widget_class, SeedsNextStepDialog, owner_row);
  gtk_widget_class_bind_template_child (widget_class, SeedsNextStepDialog, due_row);
  gtk_widget_class_bind_template_child (widget_class, SeedsNextStepDialog, error_label);
}

static void
seeds_next_step_dialog_init (SeedsNextStepDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  seeds_form_dialog_set_error_label (SEEDS_FORM_DIALOG (self), self->error_label);
  seeds_form_dialog_add_field (SEEDS_FORM_DIALOG (self), GTK_EDITABLE (self->text_row), SEEDS_FIELD_NEXT_STEP);
  seeds_form_dialog_add_field (SEEDS_FORM_DIALOG (self), GTK_EDITABLE (self->owner_row), SEEDS_FIELD_OWNER);
  seeds_form_dialog_add_date (SEEDS_FORM_DIALOG (self), self->due_row);
}

/**
 * seeds_next_step_dialog_new:
 * @parent: the window
 * @factor_title: the factor the step is about, shown to keep the context
 * @step: (nullable): the step to change, or %NULL for a new one
 */
SeedsNextStepDialog *
seeds_next_step_dialog_new (GtkWindow     *parent,
                            const char    *factor_title,
                            SeedsNextStep *step)
{
  SeedsNextStepDialog *self = g_object_new (SEEDS_TYPE_NEXT_STEP_DIALOG,
                                            SEEDS_DIALOG_ROLE,
                                            "transient-for", parent,
                                            "body", factor_title,
                                            NULL);

  if (step != NULL)
    {
      AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (self);

      adw_message_dialog_set_heading (dialog, _("Edit Next Step"));
      adw_message_dialog_set_response_label (dialog, SEEDS_FORM_DIALOG_SAVE, _("_Save"));
      adw_message_dialog_add_response (dialog, SEEDS_NEXT_STEP_DIALOG_DELETE, _("_Delete"));
      adw_message_dialog_set_response_appearance (dialog, SEEDS_NEXT_STEP_DIALOG_DELETE,
                                                  ADW_RESPONSE_DESTRUCTIVE);
      seeds_form_dialog_set_text (SEEDS_FORM_DIALOG (self), GTK_EDITABLE (self->owner_row),
                                  seeds_next_step_get_owner (step));
      seeds_date_row_set_date (self->due_row, seeds_next_step_get_due_date (step));
    }

  seeds_form_dialog_set_text (SEEDS_FORM_DIALOG (self), GTK_EDITABLE (self->text_row),
                              step ? seeds_next_step_get_text (step) : NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_row));

  return self;
}

/**
 * seeds_next_step_dialog_new_lesson:
 * @parent: the window
 * @factor_title: the factor the step is about
 * @origin_name: the other learning community whose idea the step takes up
 *
 * A new step that takes up another community's idea. Its text starts as
 * a suggestion, to be made the group's own before it is saved.
 */
SeedsNextStepDialog *
seeds_next_step_dialog_new_lesson (GtkWindow  *parent,
                                   const char *factor_title,
                                   const char *origin_name)
{
  SeedsNextStepDialog *self = seeds_next_step_dialog_new (parent, factor_title, NULL);
  /* Translators: under a next step: the learning community whose idea it
   * takes up */
  g_autofree char *idea_from = g_strdup_printf (_("Idea from %s"), origin_name);
  g_autofree char *body = g_strdup_printf ("%s\n%s", factor_title, idea_from);
  /* Translators: a next step to start from, which the user changes; %s is a learning community */
  g_autofree char *suggestion = g_strdup_printf (_("Ask %s how they …"), origin_name);

  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _("Take as Next Step"));
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);
  seeds_form_dialog_set_text (SEEDS_FORM_DIALOG (self), GTK_EDITABLE (self->text_row), suggestion);

  return self;
}

char *
seeds_next_step_dialog_get_text (SeedsNextStepDialog *self)
{
  g_return_val_if_fail (SEEDS_IS_NEXT_STEP_DIALOG (self), NULL);

  return seeds_form_dialog_get_text (SEEDS_FORM_DIALOG (self), GTK_EDITABLE (self->text_row));
}

char *
seeds_next_step_dialog_get_owner (SeedsNextStepDialog *self)
{
  g_return_val_if_fail (SEEDS_IS_NEXT_STEP_DIALOG (self), NULL);

  return seeds_form_dialog_get_text (SEEDS_FORM_DIALOG (self), GTK_EDITABLE (self->owner_row));
}

/* (nullable): "YYYY-MM-DD", or NULL for no due date */
const char *
seeds_next_step_dialog_get_due_date (SeedsNextStepDialog *self)
{
  g_return_val_if_fail (SEEDS_IS_NEXT_STEP_DIALOG (self), NULL);

  return seeds_date_row_get_date (self->due_row);
}
