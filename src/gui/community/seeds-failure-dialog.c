/* seeds-failure-dialog.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "community/seeds-failure-dialog.h"
#include "seeds-widget-util.h"

/* A brilliant failure: what the group tried, what happened, what it
 * learned, and the factor it touches, if one. */
struct _SeedsFailureDialog
{
  SeedsFormDialog  parent_instance;

  SeedsFramework  *framework;
  AdwEntryRow     *tried_row;
  AdwEntryRow     *happened_row;
  AdwEntryRow     *learned_row;
  AdwComboRow     *factor_row;
  GtkLabel        *error_label;
};

G_DEFINE_FINAL_TYPE (SeedsFailureDialog, seeds_failure_dialog, SEEDS_TYPE_FORM_DIALOG)

static void
seeds_failure_dialog_dispose (GObject *object)
{
  g_clear_object (&SEEDS_FAILURE_DIALOG (object)->framework);

  G_OBJECT_CLASS (seeds_failure_dialog_parent_class)->dispose (object);
}

static void
seeds_failure_dialog_class_init (SeedsFailureDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = seeds_failure_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/community/seeds-failure-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SeedsFailureDialog, tried_row);
  gtk_widget_class_bind_template_child (widget_class, SeedsFailureDialog, happened_row);
  gtk_widget_class_bind_template_child (widget_class, SeedsFailureDialog, learned_row);
  gtk_widget_class_bind_template_child (widget_class, SeedsFailureDialog, factor_row);
  gtk_widget_class_bind_template_child (widget_class, SeedsFailureDialog, error_label);
}

static void
seeds_failure_dialog_init (SeedsFailureDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  seeds_form_dialog_set_error_label (SEEDS_FORM_DIALOG (self), self->error_label);
  seeds_form_dialog_add_field (SEEDS_FORM_DIALOG (self), GTK_EDITABLE (self->tried_row), SEEDS_FIELD_FAILURE_TRIED);
  seeds_form_dialog_add_field (SEEDS_FORM_DIALOG (self), GTK_EDITABLE (self->happened_row),
                               SEEDS_FIELD_FAILURE_HAPPENED);
  seeds_form_dialog_add_field (SEEDS_FORM_DIALOG (self), GTK_EDITABLE (self->learned_row),
                               SEEDS_FIELD_FAILURE_LEARNED);
}

/* "No factor in particular", then "3 · Sharing interim results", … */
static void
fill_factors (SeedsFailureDialog *self,
              SeedsFactor        *chosen)
{
  g_autoptr(GtkStringList) items = gtk_string_list_new (NULL);
  guint n = seeds_framework_get_n_factors (self->framework);

  gtk_string_list_append (items, _("No Factor in Particular"));
  for (guint i = 0; i < n; i++)
    {
      SeedsFactor *factor = seeds_framework_get_factor (self->framework, i);
      /* Translators: a factor in a list: its number and its title */
      g_autofree char *item = g_strdup_printf (_("%s · %s"), seeds_factor_get_id (factor),
                                               seeds_factor_get_title (factor));

      gtk_string_list_append (items, item);
    }
  adw_combo_row_set_model (self->factor_row, G_LIST_MODEL (items));
  adw_combo_row_set_selected (self->factor_row, chosen ? seeds_factor_get_position (chosen) + 1 : 0);
}

/**
 * seeds_failure_dialog_new:
 * @factor: (nullable): the factor it touches, chosen beforehand
 */
SeedsFailureDialog *
seeds_failure_dialog_new (GtkWindow      *parent,
                          SeedsFramework *framework,
                          SeedsFactor    *factor)
{
  SeedsFailureDialog *self = g_object_new (SEEDS_TYPE_FAILURE_DIALOG,
                                           SEEDS_DIALOG_ROLE,
                                           "transient-for", parent,
                                           NULL);

  self->framework = g_object_ref (framework);
  fill_factors (self, factor);
  gtk_widget_grab_focus (GTK_WIDGET (self->tried_row));
  return self;
}

char *
seeds_failure_dialog_get_tried (SeedsFailureDialog *self)
{
  return seeds_form_dialog_get_text (SEEDS_FORM_DIALOG (self), GTK_EDITABLE (self->tried_row));
}

char *
seeds_failure_dialog_get_happened (SeedsFailureDialog *self)
{
  return seeds_form_dialog_get_text (SEEDS_FORM_DIALOG (self), GTK_EDITABLE (self->happened_row));
}

char *
seeds_failure_dialog_get_learned (SeedsFailureDialog *self)
{
  return seeds_form_dialog_get_text (SEEDS_FORM_DIALOG (self), GTK_EDITABLE (self->learned_row));
}

/* (nullable): the factor chosen, or %NULL for none in particular */
const char *
seeds_failure_dialog_get_factor_id (SeedsFailureDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->factor_row);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return NULL;
  return seeds_factor_get_id (seeds_framework_get_factor (self->framework, selected - 1));
}
