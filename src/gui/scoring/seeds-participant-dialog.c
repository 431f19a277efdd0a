/* seeds-participant-dialog.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "scoring/seeds-participant-dialog.h"
#include "seeds-widget-util.h"

/* Adds someone to a meeting: a new person, or a member who took part in an
 * earlier meeting of the community, so that their scores can be followed
 * over time. */
struct _SeedsParticipantDialog
{
  SeedsFormDialog   parent_instance;

  AdwEntryRow      *name_row;
  AdwEntryRow      *organisation_row;
  AdwComboRow      *partner_row;
  GtkLabel         *error_label;
  AdwPreferencesGroup *known_group;
  GtkListBox       *known_list;

  SeedsParticipant *existing;
};

G_DEFINE_FINAL_TYPE (SeedsParticipantDialog, seeds_participant_dialog, SEEDS_TYPE_FORM_DIALOG)

static void
seeds_participant_dialog_dispose (GObject *object)
{
  SeedsParticipantDialog *self = (SeedsParticipantDialog *)object;

  g_clear_object (&self->existing);

  G_OBJECT_CLASS (seeds_participant_dialog_parent_class)->dispose (object);
}

static void
on_known_activated (GtkListBox             *list,
                    GtkListBoxRow          *row,
                    SeedsParticipantDialog *self)
{
  g_set_object (&self->existing, g_object_get_data (G_OBJECT (row), "participant"));
  seeds_form_dialog_respond (SEEDS_FORM_DIALOG (self), SEEDS_PARTICIPANT_DIALOG_EXISTING);
}

static void
seeds_participant_dialog_class_init (SeedsParticipantDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = seeds_participant_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/scoring/seeds-participant-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SeedsParticipantDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, SeedsParticipantDialog, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, SeedsParticipantDialog, partner_row);
  gtk_widget_class_bind_template_child (widget_class, SeedsParticipantDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsParticipantDialog, known_group);
  gtk_widget_class_bind_template_child (widget_class, SeedsParticipantDialog, known_list);
  gtk_widget_class_bind_template_callback (widget_class, on_known_activated);
}

static void
seeds_participant_dialog_init (SeedsParticipantDialog *self)
{
  g_autoptr(GtkStringList) types = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (int i = 0; i < SEEDS_N_PARTNER_TYPES; i++)
    gtk_string_list_append (types, seeds_partner_type_get_label (i));
  adw_combo_row_set_model (self->partner_row, G_LIST_MODEL (types));

  seeds_form_dialog_set_error_label (SEEDS_FORM_DIALOG (self), self->error_label);
  seeds_form_dialog_add_field (SEEDS_FORM_DIALOG (self), GTK_EDITABLE (self->name_row),
                               SEEDS_FIELD_PARTICIPANT_NAME);
  seeds_form_dialog_add_field (SEEDS_FORM_DIALOG (self), GTK_EDITABLE (self->organisation_row),
                               SEEDS_FIELD_ORGANISATION);
  seeds_form_dialog_validate (SEEDS_FORM_DIALOG (self));
}

static GtkWidget *
known_row_new (SeedsParticipant *participant)
{
  GtkWidget *row = adw_action_row_new ();
  const char *organisation = seeds_participant_get_organisation (participant);
  GtkWidget *icon = gtk_image_new_from_icon_name ("list-add-symbolic");

  /* Names are what people typed: never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), seeds_participant_get_name (participant));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), organisation);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
  g_object_set_data_full (G_OBJECT (row), "participant", g_object_ref (participant), g_object_unref);

  return row;
}

/**
 * seeds_participant_dialog_new:
 * @parent: the window
 * @known: (element-type SeedsParticipant): members of the community who are
 *   not in this meeting yet
 */
SeedsParticipantDialog *
seeds_participant_dialog_new (GtkWindow *parent,
                              GPtrArray *known)
{
  SeedsParticipantDialog *self = g_object_new (SEEDS_TYPE_PARTICIPANT_DIALOG,
                                               SEEDS_DIALOG_ROLE,
                                               "transient-for", parent,
                                               NULL);

  for (guint i = 0; known != NULL && i < known->len; i++)
    gtk_list_box_append (self->known_list, known_row_new (g_ptr_array_index (known, i)));

  gtk_widget_set_visible (GTK_WIDGET (self->known_group), known != NULL && known->len > 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));

  return self;
}

char *
seeds_participant_dialog_get_name (SeedsParticipantDialog *self)
{
  g_return_val_if_fail (SEEDS_IS_PARTICIPANT_DIALOG (self), NULL);

  return seeds_form_dialog_get_text (SEEDS_FORM_DIALOG (self), GTK_EDITABLE (self->name_row));
}

char *
seeds_participant_dialog_get_organisation (SeedsParticipantDialog *self)
{
  g_return_val_if_fail (SEEDS_IS_PARTICIPANT_DIALOG (self), NULL);

  return seeds_form_dialog_get_text (SEEDS_FORM_DIALOG (self), GTK_EDITABLE (self->organisation_row));
}

SeedsPartnerType
seeds_participant_dialog_get_partner_type (SeedsParticipantDialog *self)
{
  g_return_val_if_fail (SEEDS_IS_PARTICIPANT_DIALOG (self), SEEDS_PARTNER_OTHER);

  return adw_combo_row_get_selected (self->partner_row);
}

/* (nullable): the member chosen from earlier meetings */
SeedsParticipant *
seeds_participant_dialog_get_existing (SeedsParticipantDialog *self)
{
  g_return_val_if_fail (SEEDS_IS_PARTICIPANT_DIALOG (self), NULL);

  return self->existing;
}
