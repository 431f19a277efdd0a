/* seeds-profile-share-dialog.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "directory/seeds-profile-share-dialog.h"
#include "seeds-widget-util.h"

/* Before a community's profile is saved for others: what goes in besides
 * the name, kind, theme, place and description. Both choices start off, so
 * that nothing is shared that was not chosen. */
struct _SeedsProfileShareDialog
{
  AdwMessageDialog  parent_instance;

  GtkCheckButton   *contact_check;
  GtkCheckButton   *scores_check;
};

G_DEFINE_FINAL_TYPE (SeedsProfileShareDialog, seeds_profile_share_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
seeds_profile_share_dialog_class_init (SeedsProfileShareDialogClass *klass)
{
}

static GtkWidget *
check_row_new (const char      *title,
               const char      *subtitle,
               GtkCheckButton **check)
{
  GtkWidget *row = adw_action_row_new ();

  *check = GTK_CHECK_BUTTON (gtk_check_button_new ());
  gtk_widget_set_valign (GTK_WIDGET (*check), GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), GTK_WIDGET (*check));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (*check));

  return row;
}

static void
seeds_profile_share_dialog_init (SeedsProfileShareDialog *self)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list),
                       check_row_new (_("Share contact details"),
                                      _("Contact person, e-mail, phone and website"),
                                      &self->contact_check));
  gtk_list_box_append (GTK_LIST_BOX (list),
                       check_row_new (_("Share the scores of the latest meeting"),
                                      _("Averages only, never anyone’s own score"),
                                      &self->scores_check));

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), list);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self),
                                    "cancel", _("_Cancel"),
                                    SEEDS_PROFILE_SHARE_DIALOG_EXPORT, _("_Export…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), SEEDS_PROFILE_SHARE_DIALOG_EXPORT,
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), SEEDS_PROFILE_SHARE_DIALOG_EXPORT);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
}

SeedsProfileShareDialog *
seeds_profile_share_dialog_new (GtkWindow  *parent,
                                const char *community_name)
{
  SeedsProfileShareDialog *self;
  g_autofree char *heading = NULL;

  g_return_val_if_fail (community_name != NULL, NULL);

  /* Translators: %s is the name of a learning community */
  heading = g_strdup_printf (_("Export the Profile of “%s”"), community_name);
  self = g_object_new (SEEDS_TYPE_PROFILE_SHARE_DIALOG,
                       SEEDS_DIALOG_ROLE,
                       "transient-for", parent,
                       "heading", heading,
                       "body", _("A profile lets other learning communities find yours in their "
                                 "directory and on their map. It always holds the name, kind, theme, "
                                 "place, partners and description. Choose what else to share."),
                       NULL);

  return self;
}

SeedsProfileShare
seeds_profile_share_dialog_get_share (SeedsProfileShareDialog *self)
{
  SeedsProfileShare share = SEEDS_PROFILE_SHARE_NONE;

  g_return_val_if_fail (SEEDS_IS_PROFILE_SHARE_DIALOG (self), SEEDS_PROFILE_SHARE_NONE);

  if (gtk_check_button_get_active (self->contact_check))
    share |= SEEDS_PROFILE_SHARE_CONTACT;
  if (gtk_check_button_get_active (self->scores_check))
    share |= SEEDS_PROFILE_SHARE_SCORES;

  return share;
}

void
seeds_profile_share_dialog_set_share (SeedsProfileShareDialog *self,
                                      SeedsProfileShare        share)
{
  g_return_if_fail (SEEDS_IS_PROFILE_SHARE_DIALOG (self));

  gtk_check_button_set_active (self->contact_check, (share & SEEDS_PROFILE_SHARE_CONTACT) != 0);
  gtk_check_button_set_active (self->scores_check, (share & SEEDS_PROFILE_SHARE_SCORES) != 0);
}

/**
 * seeds_profile_share_dialog_set_publishing:
 * @community_name: the community whose profile is published
 *
 * Makes the dialog ask what to publish in the shared directories rather
 * than what to export; the response stays
 * %SEEDS_PROFILE_SHARE_DIALOG_EXPORT.
 */
void
seeds_profile_share_dialog_set_publishing (SeedsProfileShareDialog *self,
                                           const char              *community_name)
{
  g_autofree char *heading = NULL;

  g_return_if_fail (SEEDS_IS_PROFILE_SHARE_DIALOG (self));

  /* Translators: %s is the name of a learning community */
  heading = g_strdup_printf (_("Publish the Profile of “%s”"), community_name);
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);
  adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (self),
                                         SEEDS_PROFILE_SHARE_DIALOG_EXPORT, _("_Publish"));
}
