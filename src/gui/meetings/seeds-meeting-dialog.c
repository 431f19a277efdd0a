/* seeds-meeting-dialog.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "seeds-date-row.h"
#include "seeds-framework-row.h"
#include "meetings/seeds-meeting-dialog.h"
#include "seeds-widget-util.h"

/* Starts a new meeting, or changes the title, date and notes of one. How
 * the group scores is chosen at the start only: scores and poster stickers
 * are stored differently, so a meeting keeps its kind. */
struct _SeedsMeetingDialog
{
  SeedsFormDialog       parent_instance;

  AdwEntryRow          *title_row;
  SeedsDateRow         *date_row;
  AdwEntryRow          *notes_row;
  SeedsFrameworkRow    *framework_row;
  AdwPreferencesGroup  *kind_group;
  AdwActionRow         *scores_row;
  AdwActionRow         *poster_row;
  GtkCheckButton       *scores_check;
  GtkCheckButton       *poster_check;
  GtkLabel             *error_label;
};

G_DEFINE_FINAL_TYPE (SeedsMeetingDialog, seeds_meeting_dialog, SEEDS_TYPE_FORM_DIALOG)

static void
seeds_meeting_dialog_class_init (SeedsMeetingDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (SEEDS_TYPE_DATE_ROW);
  g_type_ensure (SEEDS_TYPE_FRAMEWORK_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/meetings/seeds-meeting-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SeedsMeetingDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, SeedsMeetingDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, SeedsMeetingDialog, notes_row);
  gtk_widget_class_bind_template_child (widget_class, SeedsMeetingDialog, framework_row);
  gtk_widget_class_bind_template_child (widget_class, SeedsMeetingDialog, kind_group);
  gtk_widget_class_bind_template_child (widget_class, SeedsMeetingDialog, scores_row);
  gtk_widget_class_bind_template_child (widget_class, SeedsMeetingDialog, poster_row);
  gtk_widget_class_bind_template_child (widget_class, SeedsMeetingDialog, scores_check);
  gtk_widget_class_bind_template_child (widget_class, SeedsMeetingDialog, poster_check);
  gtk_widget_class_bind_template_child (widget_class, SeedsMeetingDialog, error_label);
}

/* The radio button in front of a row has no text of its own: the row
 * names it (it is the row's activatable widget), and its subtitle
 * describes it. */
static void
describe_check_by_row (GtkCheckButton *check,
                       AdwActionRow   *row)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  adw_action_row_get_subtitle (row),
                                  -1);
}

static void
seeds_meeting_dialog_init (SeedsMeetingDialog *self)
{
  g_autofree char *today = seeds_date_today ();

  gtk_widget_init_template (GTK_WIDGET (self));

  seeds_form_dialog_set_error_label (SEEDS_FORM_DIALOG (self), self->error_label);
  seeds_form_dialog_add_field (SEEDS_FORM_DIALOG (self), GTK_EDITABLE (self->title_row),
                               SEEDS_FIELD_MEETING_TITLE);
  seeds_form_dialog_add_field (SEEDS_FORM_DIALOG (self), GTK_EDITABLE (self->notes_row),
                               SEEDS_FIELD_MEETING_NOTES);
  seeds_form_dialog_add_date (SEEDS_FORM_DIALOG (self), self->date_row);
  seeds_date_row_set_date (self->date_row, today);
  describe_check_by_row (self->scores_check, self->scores_row);
  describe_check_by_row (self->poster_check, self->poster_row);
}

/**
 * seeds_meeting_dialog_new:
 * @parent: the window
 * @meeting: (nullable): the meeting to change, or %NULL for a new one
 */
SeedsMeetingDialog *
seeds_meeting_dialog_new (GtkWindow    *parent,
                          SeedsMeeting *meeting)
{
  SeedsMeetingDialog *self = g_object_new (SEEDS_TYPE_MEETING_DIALOG,
                                           SEEDS_DIALOG_ROLE,
                                           "transient-for", parent,
                                           NULL);

  if (meeting != NULL)
    {
      adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _("Edit Meeting"));
      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), "");
      adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (self), SEEDS_FORM_DIALOG_SAVE, _("_Save"));
      seeds_date_row_set_date (self->date_row, seeds_meeting_get_date (meeting));
      seeds_form_dialog_set_text (SEEDS_FORM_DIALOG (self), GTK_EDITABLE (self->notes_row),
                                  seeds_meeting_get_notes (meeting));
      gtk_widget_set_visible (GTK_WIDGET (self->kind_group), FALSE);
    }

  seeds_form_dialog_set_text (SEEDS_FORM_DIALOG (self), GTK_EDITABLE (self->title_row),
                              meeting ? seeds_meeting_get_title (meeting) : NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));

  return self;
}

char *
seeds_meeting_dialog_get_title (SeedsMeetingDialog *self)
{
  g_return_val_if_fail (SEEDS_IS_MEETING_DIALOG (self), NULL);

  return seeds_form_dialog_get_text (SEEDS_FORM_DIALOG (self), GTK_EDITABLE (self->title_row));
}

const char *
seeds_meeting_dialog_get_date (SeedsMeetingDialog *self)
{
  g_return_val_if_fail (SEEDS_IS_MEETING_DIALOG (self), NULL);

  return seeds_date_row_get_date (self->date_row);
}

char *
seeds_meeting_dialog_get_notes (SeedsMeetingDialog *self)
{
  g_return_val_if_fail (SEEDS_IS_MEETING_DIALOG (self), NULL);

  return seeds_form_dialog_get_text (SEEDS_FORM_DIALOG (self), GTK_EDITABLE (self->notes_row));
}

/* How the group scores in a new meeting; for a meeting being edited, this
 * means nothing: its kind stays. */
SeedsMeetingKind
seeds_meeting_dialog_get_kind (SeedsMeetingDialog *self)
{
  g_return_val_if_fail (SEEDS_IS_MEETING_DIALOG (self), SEEDS_MEETING_SCORES);

  return gtk_check_button_get_active (self->poster_check) ? SEEDS_MEETING_POSTER : SEEDS_MEETING_SCORES;
}

/**
 * seeds_meeting_dialog_offer_frameworks:
 * @self: a #SeedsMeetingDialog
 * @entries: (element-type SeedsFrameworkEntry): the frameworks to choose
 *   from, as seeds_framework_registry_list() gives them
 * @id: (nullable): the framework chosen at first: the community's for a
 *   new meeting, the meeting's own for one being edited
 * @edition: its edition
 * @fixed_reason: (nullable): why the framework cannot be changed, or
 *   %NULL when it can
 *
 * Shows the framework row. Scores belong to the factors of the framework
 * they were given for, so a meeting with scores keeps its framework: the
 * row then only says which one it is, and why.
 */
void
seeds_meeting_dialog_offer_frameworks (SeedsMeetingDialog *self,
                                       GPtrArray          *entries,
                                       const char         *id,
                                       guint               edition,
                                       const char         *fixed_reason)
{
  g_return_if_fail (SEEDS_IS_MEETING_DIALOG (self));
  g_return_if_fail (entries != NULL);

  seeds_framework_row_set_entries (self->framework_row, entries);
  seeds_framework_row_select (self->framework_row, id, edition);
  gtk_widget_set_sensitive (GTK_WIDGET (self->framework_row), fixed_reason == NULL);
  /* The reason takes the place of the chosen label under the title */
  adw_combo_row_set_use_subtitle (ADW_COMBO_ROW (self->framework_row), fixed_reason == NULL);
  if (fixed_reason != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->framework_row), fixed_reason);
  gtk_widget_set_visible (GTK_WIDGET (self->framework_row),
                          entries->len > 1 || fixed_reason != NULL);
}

/* Returns: (transfer none) (nullable): the framework chosen, or %NULL
 * when none was offered */
SeedsFrameworkEntry *
seeds_meeting_dialog_get_framework (SeedsMeetingDialog *self)
{
  g_return_val_if_fail (SEEDS_IS_MEETING_DIALOG (self), NULL);

  return seeds_framework_row_get_selected (self->framework_row);
}
