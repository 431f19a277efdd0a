/* seeds-community-dialog.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "community/seeds-community-dialog.h"
#include "model/seeds-framework.h"
#include "seeds-framework-row.h"
#include "seeds-widget-util.h"

/* Names a new learning community, and chooses its framework, or renames
 * one: a community's framework is only the one its new meetings start
 * with, so it is not changed here. */
struct _SeedsCommunityDialog
{
  SeedsFormDialog  parent_instance;

  AdwEntryRow     *name_row;
  SeedsFrameworkRow *framework_row;
  GtkLabel        *error_label;
};

G_DEFINE_FINAL_TYPE (SeedsCommunityDialog, seeds_community_dialog, SEEDS_TYPE_FORM_DIALOG)

static void
seeds_community_dialog_class_init (SeedsCommunityDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (SEEDS_TYPE_FRAMEWORK_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/community/seeds-community-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SeedsCommunityDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, SeedsCommunityDialog, framework_row);
  gtk_widget_class_bind_template_child (widget_class, SeedsCommunityDialog, error_label);
}

static void
seeds_community_dialog_init (SeedsCommunityDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  seeds_form_dialog_set_error_label (SEEDS_FORM_DIALOG (self), self->error_label);
  seeds_form_dialog_add_field (SEEDS_FORM_DIALOG (self), GTK_EDITABLE (self->name_row),
                               SEEDS_FIELD_COMMUNITY_NAME);
}

/**
 * seeds_community_dialog_new:
 * @parent: the window
 * @current_name: (nullable): the name to change, or %NULL for a new community
 */
SeedsCommunityDialog *
seeds_community_dialog_new (GtkWindow  *parent,
                            const char *current_name)
{
  SeedsCommunityDialog *self = g_object_new (SEEDS_TYPE_COMMUNITY_DIALOG,
                                             SEEDS_DIALOG_ROLE,
                                             "transient-for", parent,
                                             NULL);

  if (current_name != NULL)
    {
      adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _("Rename Learning Community"));
      adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (self), SEEDS_FORM_DIALOG_SAVE, _("_Rename"));
    }

  seeds_form_dialog_set_text (SEEDS_FORM_DIALOG (self), GTK_EDITABLE (self->name_row), current_name);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));

  return self;
}

char *
seeds_community_dialog_get_name (SeedsCommunityDialog *self)
{
  g_return_val_if_fail (SEEDS_IS_COMMUNITY_DIALOG (self), NULL);

  return seeds_form_dialog_get_text (SEEDS_FORM_DIALOG (self), GTK_EDITABLE (self->name_row));
}

/**
 * seeds_community_dialog_offer_frameworks:
 * @self: a #SeedsCommunityDialog for a new community
 * @entries: (element-type SeedsFrameworkEntry): the frameworks to choose
 *   from, as seeds_framework_registry_list() gives them
 *
 * Shows the framework row, with the research's own framework chosen.
 */
void
seeds_community_dialog_offer_frameworks (SeedsCommunityDialog *self,
                                         GPtrArray            *entries)
{
  g_return_if_fail (SEEDS_IS_COMMUNITY_DIALOG (self));

  seeds_framework_row_set_entries (self->framework_row, entries);
  seeds_framework_row_select (self->framework_row, SEEDS_FRAMEWORK_DEFAULT_ID, 1);
  gtk_widget_set_visible (GTK_WIDGET (self->framework_row), entries->len > 1);
}

/* Returns: (transfer none) (nullable): the framework chosen, or %NULL
 * when none was offered */
SeedsFrameworkEntry *
seeds_community_dialog_get_framework (SeedsCommunityDialog *self)
{
  g_return_val_if_fail (SEEDS_IS_COMMUNITY_DIALOG (self), NULL);

  return seeds_framework_row_get_selected (self->framework_row);
}
