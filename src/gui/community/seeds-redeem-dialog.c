/* seeds-redeem-dialog.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "community/seeds-redeem-dialog.h"
#include "seeds-widget-util.h"

/* Exchanges points for a reward: the group agrees, and the ledger says
 * who agreed. */
struct _SeedsRedeemDialog
{
  SeedsFormDialog  parent_instance;

  SeedsReward     *reward;
  AdwEntryRow     *agreed_row;
  GtkLabel        *error_label;
};

G_DEFINE_FINAL_TYPE (SeedsRedeemDialog, seeds_redeem_dialog, SEEDS_TYPE_FORM_DIALOG)

static void
seeds_redeem_dialog_dispose (GObject *object)
{
  g_clear_object (&SEEDS_REDEEM_DIALOG (object)->reward);

  G_OBJECT_CLASS (seeds_redeem_dialog_parent_class)->dispose (object);
}

static void
seeds_redeem_dialog_class_init (SeedsRedeemDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = seeds_redeem_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/community/seeds-redeem-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SeedsRedeemDialog, agreed_row);
  gtk_widget_class_bind_template_child (widget_class, SeedsRedeemDialog, error_label);
}

static void
seeds_redeem_dialog_init (SeedsRedeemDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  seeds_form_dialog_set_error_label (SEEDS_FORM_DIALOG (self), self->error_label);
  seeds_form_dialog_add_field (SEEDS_FORM_DIALOG (self), GTK_EDITABLE (self->agreed_row), SEEDS_FIELD_AGREED_BY);
}

SeedsRedeemDialog *
seeds_redeem_dialog_new (GtkWindow   *parent,
                         SeedsReward *reward,
                         gint64       balance)
{
  SeedsRedeemDialog *self;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  guint shown;

  g_return_val_if_fail (SEEDS_IS_REWARD (reward), NULL);

  /* Translators: %s is a reward, such as "A coaching session" */
  heading = g_strdup_printf (_("Redeem “%s”?"), seeds_reward_get_title (reward));
  /* Translators: the first number is what a reward costs, the second what the community has */
  shown = (guint) CLAMP (balance, 0, G_MAXUINT);
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "It costs %u of the %u point the group has. Say who agreed on it for the group.",
                                       "It costs %u of the %u points the group has. Say who agreed on it for the group.",
                                       shown),
                          seeds_reward_get_cost (reward), shown);
  self = g_object_new (SEEDS_TYPE_REDEEM_DIALOG,
                       SEEDS_DIALOG_ROLE,
                       "transient-for", parent,
                       "heading", heading,
                       "body", body,
                       NULL);
  self->reward = g_object_ref (reward);
  gtk_widget_grab_focus (GTK_WIDGET (self->agreed_row));
  return self;
}

SeedsReward *
seeds_redeem_dialog_get_reward (SeedsRedeemDialog *self)
{
  g_return_val_if_fail (SEEDS_IS_REDEEM_DIALOG (self), NULL);

  return self->reward;
}

char *
seeds_redeem_dialog_get_agreed_by (SeedsRedeemDialog *self)
{
  g_return_val_if_fail (SEEDS_IS_REDEEM_DIALOG (self), NULL);

  return seeds_form_dialog_get_text (SEEDS_FORM_DIALOG (self), GTK_EDITABLE (self->agreed_row));
}
