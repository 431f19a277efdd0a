/* seeds-correction-dialog.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "community/seeds-correction-dialog.h"
#include "seeds-widget-util.h"

/* Corrects points earned by mistake: the group agrees, and the ledger
 * gets a counter-entry that says who agreed. The entry itself stays. */
struct _SeedsCorrectionDialog
{
  SeedsFormDialog   parent_instance;

  SeedsLedgerEntry *entry;
  AdwEntryRow      *agreed_row;
  GtkLabel         *error_label;
};

G_DEFINE_FINAL_TYPE (SeedsCorrectionDialog, seeds_correction_dialog, SEEDS_TYPE_FORM_DIALOG)

static void
seeds_correction_dialog_dispose (GObject *object)
{
  g_clear_object (&SEEDS_CORRECTION_DIALOG (object)->entry);

  G_OBJECT_CLASS (seeds_correction_dialog_parent_class)->dispose (object);
}

static void
seeds_correction_dialog_class_init (SeedsCorrectionDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = seeds_correction_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH
                                               "/community/seeds-correction-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SeedsCorrectionDialog, agreed_row);
  gtk_widget_class_bind_template_child (widget_class, SeedsCorrectionDialog, error_label);
}

static void
seeds_correction_dialog_init (SeedsCorrectionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  seeds_form_dialog_set_error_label (SEEDS_FORM_DIALOG (self), self->error_label);
  seeds_form_dialog_add_field (SEEDS_FORM_DIALOG (self), GTK_EDITABLE (self->agreed_row),
                               SEEDS_FIELD_AGREED_BY);
}

SeedsCorrectionDialog *
seeds_correction_dialog_new (GtkWindow        *parent,
                             SeedsLedgerEntry *entry)
{
  SeedsCorrectionDialog *self;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autofree char *counter = NULL;
  gulong n;

  g_return_val_if_fail (SEEDS_IS_LEDGER_ENTRY (entry), NULL);

  counter = seeds_ledger_format_amount (-seeds_ledger_entry_get_amount (entry));
  /* Translators: %s is what points were earned for, such as "A next step done" */
  heading = g_strdup_printf (_("Correct “%s”?"), seeds_ledger_entry_get_label (entry));
  n = (gulong) MIN (ABS (seeds_ledger_entry_get_amount (entry)), G_MAXLONG);
  /* Translators: %s is the counter-entry's amount, such as "−5" */
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "An entry of %s point cancels it; the entry itself stays in "
                                       "the history, and is corrected only once. Say who agreed on "
                                       "it for the group.",
                                       "An entry of %s points cancels it; the entry itself stays in "
                                       "the history, and is corrected only once. Say who agreed on "
                                       "it for the group.",
                                       n),
                          counter);
  self = g_object_new (SEEDS_TYPE_CORRECTION_DIALOG,
                       SEEDS_DIALOG_ROLE,
                       "transient-for", parent,
                       "heading", heading,
                       "body", body,
                       NULL);
  self->entry = g_object_ref (entry);
  gtk_widget_grab_focus (GTK_WIDGET (self->agreed_row));
  return self;
}

SeedsLedgerEntry *
seeds_correction_dialog_get_entry (SeedsCorrectionDialog *self)
{
  g_return_val_if_fail (SEEDS_IS_CORRECTION_DIALOG (self), NULL);

  return self->entry;
}

char *
seeds_correction_dialog_get_agreed_by (SeedsCorrectionDialog *self)
{
  g_return_val_if_fail (SEEDS_IS_CORRECTION_DIALOG (self), NULL);

  return seeds_form_dialog_get_text (SEEDS_FORM_DIALOG (self), GTK_EDITABLE (self->agreed_row));
}
