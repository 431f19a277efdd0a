/* seeds-reward-dialog.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "community/seeds-reward-dialog.h"
#include "seeds-widget-util.h"

/* A reward for the facilitator's catalogue: what it is, and its points. */
struct _SeedsRewardDialog
{
  SeedsFormDialog  parent_instance;

  AdwEntryRow     *title_row;
  GtkSpinButton   *cost_button;
  GtkLabel        *error_label;
};

G_DEFINE_FINAL_TYPE (SeedsRewardDialog, seeds_reward_dialog, SEEDS_TYPE_FORM_DIALOG)

static void
seeds_reward_dialog_class_init (SeedsRewardDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/community/seeds-reward-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SeedsRewardDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, SeedsRewardDialog, cost_button);
  gtk_widget_class_bind_template_child (widget_class, SeedsRewardDialog, error_label);
}

static void
seeds_reward_dialog_init (SeedsRewardDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  seeds_form_dialog_set_error_label (SEEDS_FORM_DIALOG (self), self->error_label);
  seeds_form_dialog_add_field (SEEDS_FORM_DIALOG (self), GTK_EDITABLE (self->title_row), SEEDS_FIELD_REWARD_TITLE);
}

SeedsRewardDialog *
seeds_reward_dialog_new (GtkWindow *parent)
{
  SeedsRewardDialog *self = g_object_new (SEEDS_TYPE_REWARD_DIALOG,
                                          SEEDS_DIALOG_ROLE,
                                          "transient-for", parent,
                                          NULL);

  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  return self;
}

char *
seeds_reward_dialog_get_title (SeedsRewardDialog *self)
{
  g_return_val_if_fail (SEEDS_IS_REWARD_DIALOG (self), NULL);

  return seeds_form_dialog_get_text (SEEDS_FORM_DIALOG (self), GTK_EDITABLE (self->title_row));
}

guint
seeds_reward_dialog_get_cost (SeedsRewardDialog *self)
{
  g_return_val_if_fail (SEEDS_IS_REWARD_DIALOG (self), 0);

  return (guint) gtk_spin_button_get_value_as_int (self->cost_button);
}

void
seeds_reward_dialog_set_cost (SeedsRewardDialog *self,
                              guint              cost)
{
  g_return_if_fail (SEEDS_IS_REWARD_DIALOG (self));

  gtk_spin_button_set_value (self->cost_button, cost);
}
