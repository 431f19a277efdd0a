/* seeds-form-dialog.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "seeds-form-dialog.h"
#include "seeds-date-row.h"

/* A message dialog with a small form: every text field is checked with the
 * same rules the store applies (seeds_text_clean()), the save response is
 * only enabled when all fields are acceptable, and the first problem is
 * said in words below the form rather than discovered after saving. */
typedef struct
{
  GtkLabel  *error_label;
  GPtrArray *editables;
  GPtrArray *date_rows;
} SeedsFormDialogPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (SeedsFormDialog, seeds_form_dialog, ADW_TYPE_MESSAGE_DIALOG)

#define FIELD_KEY "seeds-form-field"

static void
seeds_form_dialog_finalize (GObject *object)
{
  SeedsFormDialogPrivate *priv = seeds_form_dialog_get_instance_private (SEEDS_FORM_DIALOG (object));

  g_clear_pointer (&priv->editables, g_ptr_array_unref);
  g_clear_pointer (&priv->date_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (seeds_form_dialog_parent_class)->finalize (object);
}

static void
seeds_form_dialog_class_init (SeedsFormDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = seeds_form_dialog_finalize;
}

static void
seeds_form_dialog_init (SeedsFormDialog *self)
{
  SeedsFormDialogPrivate *priv = seeds_form_dialog_get_instance_private (self);

  priv->editables = g_ptr_array_new ();
  priv->date_rows = g_ptr_array_new ();
}

void
seeds_form_dialog_set_error_label (SeedsFormDialog *self,
                                   GtkLabel        *label)
{
  SeedsFormDialogPrivate *priv = seeds_form_dialog_get_instance_private (self);

  g_return_if_fail (SEEDS_IS_FORM_DIALOG (self));

  priv->error_label = label;
  gtk_widget_add_css_class (GTK_WIDGET (label), "error");
  gtk_label_set_wrap (label, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (label), FALSE);
}

/* Checks every field; returns whether the form can be saved. An empty
 * required field only disables saving: saying so before anyone typed
 * would scold. */
gboolean
seeds_form_dialog_validate (SeedsFormDialog *self)
{
  SeedsFormDialogPrivate *priv = seeds_form_dialog_get_instance_private (self);
  g_autoptr(GError) shown = NULL;
  gboolean valid = TRUE;

  g_return_val_if_fail (SEEDS_IS_FORM_DIALOG (self), FALSE);

  for (guint i = 0; i < priv->editables->len; i++)
    {
      GtkEditable *editable = g_ptr_array_index (priv->editables, i);
      SeedsField field = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (editable), FIELD_KEY));
      g_autoptr(GError) error = NULL;
      g_autofree char *text = seeds_text_clean (gtk_editable_get_text (editable), field, &error);

      if (text != NULL)
        {
          gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
          continue;
        }

      valid = FALSE;
      if (g_error_matches (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_EMPTY))
        continue;

      gtk_widget_add_css_class (GTK_WIDGET (editable), "error");
      if (shown == NULL)
        shown = g_steal_pointer (&error);
    }

  for (guint i = 0; i < priv->date_rows->len; i++)
    {
      if (seeds_date_row_get_valid (g_ptr_array_index (priv->date_rows, i)))
        continue;

      valid = FALSE;
      if (shown == NULL)
        g_set_error_literal (&shown, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_INVALID,
                             _("Type a date such as 15-1-2027 or 15 January 2027."));
    }

  if (priv->error_label != NULL)
    {
      gtk_label_set_text (priv->error_label, shown ? shown->message : "");
      gtk_widget_set_visible (GTK_WIDGET (priv->error_label), shown != NULL);
    }

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), SEEDS_FORM_DIALOG_SAVE, valid);

  return valid;
}

static void
on_changed (GtkEditable     *editable,
            SeedsFormDialog *self)
{
  seeds_form_dialog_validate (self);
}

/**
 * seeds_form_dialog_respond:
 *
 * Responds as a click on the response's button does: emits the response,
 * then closes the dialog (adw_message_dialog_response() leaves it open).
 */
void
seeds_form_dialog_respond (SeedsFormDialog *self,
                           const char      *response)
{
  g_return_if_fail (SEEDS_IS_FORM_DIALOG (self));

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (self), response);
  gtk_window_close (GTK_WINDOW (self));
}

/* Enter in a field saves, as the default response would, but only when
 * the form is valid. */
static void
on_activate (GtkWidget       *editable,
             SeedsFormDialog *self)
{
  if (seeds_form_dialog_validate (self))
    seeds_form_dialog_respond (self, SEEDS_FORM_DIALOG_SAVE);
}

void
seeds_form_dialog_add_field (SeedsFormDialog *self,
                             GtkEditable     *editable,
                             SeedsField       field)
{
  SeedsFormDialogPrivate *priv = seeds_form_dialog_get_instance_private (self);

  g_return_if_fail (SEEDS_IS_FORM_DIALOG (self));
  g_return_if_fail (GTK_IS_EDITABLE (editable));

  g_object_set_data (G_OBJECT (editable), FIELD_KEY, GINT_TO_POINTER (field));
  g_ptr_array_add (priv->editables, editable);
  g_signal_connect_object (editable, "changed", G_CALLBACK (on_changed), self, 0);

  if (ADW_IS_ENTRY_ROW (editable))
    g_signal_connect_object (editable, "entry-activated", G_CALLBACK (on_activate), self, 0);
  else if (GTK_IS_ENTRY (editable))
    g_signal_connect_object (editable, "activate", G_CALLBACK (on_activate), self, 0);
}

static void
on_date_valid (SeedsDateRow    *row,
               GParamSpec      *pspec,
               SeedsFormDialog *self)
{
  seeds_form_dialog_validate (self);
}

/* A date row is checked with the form, and Enter in it saves as in a
 * text field. */
void
seeds_form_dialog_add_date (SeedsFormDialog *self,
                            SeedsDateRow    *row)
{
  SeedsFormDialogPrivate *priv = seeds_form_dialog_get_instance_private (self);

  g_return_if_fail (SEEDS_IS_FORM_DIALOG (self));
  g_return_if_fail (SEEDS_IS_DATE_ROW (row));

  g_ptr_array_add (priv->date_rows, row);
  g_signal_connect_object (row, "notify::valid", G_CALLBACK (on_date_valid), self, 0);
  g_signal_connect_object (row, "entry-activated", G_CALLBACK (on_activate), self, 0);
}

/* The field's text as it will be stored, or NULL when it is not valid. */
char *
seeds_form_dialog_get_text (SeedsFormDialog *self,
                            GtkEditable     *editable)
{
  SeedsField field;

  g_return_val_if_fail (SEEDS_IS_FORM_DIALOG (self), NULL);
  g_return_val_if_fail (GTK_IS_EDITABLE (editable), NULL);

  field = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (editable), FIELD_KEY));
  return seeds_text_clean (gtk_editable_get_text (editable), field, NULL);
}

void
seeds_form_dialog_set_text (SeedsFormDialog *self,
                            GtkEditable     *editable,
                            const char      *text)
{
  g_return_if_fail (SEEDS_IS_FORM_DIALOG (self));

  gtk_editable_set_text (editable, text ? text : "");
  seeds_form_dialog_validate (self);
}
