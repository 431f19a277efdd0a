/* seeds-live-dialog.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "live/seeds-live-dialog.h"
#include "live/seeds-live-network.h"

/* What a live round needs to know before it starts: the network members
 * reach it on (the one of the default route unless the facilitator picks
 * another), the language of its page, and whether a name is needed. */
struct _SeedsLiveDialog
{
  AdwMessageDialog  parent_instance;

  GPtrArray        *networks;  /* SeedsLiveNetwork */
  AdwComboRow      *network_row;
  AdwComboRow      *language_row;
  GtkSwitch        *anonymous_switch;
};

G_DEFINE_FINAL_TYPE (SeedsLiveDialog, seeds_live_dialog, ADW_TYPE_MESSAGE_DIALOG)

/* The page's language: each browser's, or one for all */
static const char * const languages[] = { NULL, "nl", "en" };

static void
seeds_live_dialog_finalize (GObject *object)
{
  SeedsLiveDialog *self = (SeedsLiveDialog *)object;

  g_clear_pointer (&self->networks, g_ptr_array_unref);

  G_OBJECT_CLASS (seeds_live_dialog_parent_class)->finalize (object);
}

static void
seeds_live_dialog_class_init (SeedsLiveDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = seeds_live_dialog_finalize;
}

static void
seeds_live_dialog_init (SeedsLiveDialog *self)
{
}

static AdwComboRow *
add_combo_row (GtkListBox         *list,
               const char         *title,
               const char * const *items)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (items);
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  gtk_list_box_append (list, row);
  return ADW_COMBO_ROW (row);
}

/* "wlp2s0 · 192.168.1.20", the network of the default route chosen */
static void
add_network_row (SeedsLiveDialog *self,
                 GtkListBox      *list)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  SeedsLiveNetwork *preferred = seeds_live_network_get_default (self->networks, NULL);
  guint chosen = 0;

  for (guint i = 0; i < self->networks->len; i++)
    {
      SeedsLiveNetwork *network = g_ptr_array_index (self->networks, i);

      /* Translators: a network to serve a live round on: its interface and this computer's address on it */
      g_ptr_array_add (items, g_strdup_printf (_("%s · %s"), network->interface, network->address));
      if (network == preferred)
        chosen = i;
    }
  g_ptr_array_add (items, NULL);

  self->network_row = add_combo_row (list, _("_Network"), (const char * const *) items->pdata);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->network_row),
                               _("The one the members’ phones and laptops are on"));
  adw_combo_row_set_selected (self->network_row, chosen);
}

static void
add_anonymous_row (SeedsLiveDialog *self,
                   GtkListBox      *list)
{
  GtkWidget *row = adw_action_row_new ();

  self->anonymous_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->anonymous_switch), GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("_Members May Answer Without Their Name"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->anonymous_switch));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (self->anonymous_switch));
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->anonymous_switch),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, row, NULL, -1);
  gtk_list_box_append (list, row);
}

static GtkWidget *
build_form (SeedsLiveDialog *self)
{
  const char *language_names[] = { _("The Browser’s Language"), "Nederlands", "English", NULL };
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  add_network_row (self, GTK_LIST_BOX (list));
  self->language_row = add_combo_row (GTK_LIST_BOX (list), _("_Language of the Page"), language_names);
  add_anonymous_row (self, GTK_LIST_BOX (list));
  return list;
}

/**
 * seeds_live_dialog_new:
 * @networks: (transfer none): the networks to choose from, at least one
 *
 * Returns: (transfer floating): the dialog
 */
GtkWidget *
seeds_live_dialog_new (GtkWindow  *parent,
                       const char *meeting_title,
                       GPtrArray  *networks)
{
  SeedsLiveDialog *self;
  g_autofree char *body = NULL;

  g_return_val_if_fail (networks != NULL && networks->len > 0, NULL);

  /* Translators: %s is the title of the meeting */
  body = g_strdup_printf (_("Members score “%s” in the browser of their phone or laptop, on a network of "
                            "this computer: no app to install, no account, nothing sent to the internet. "
                            "The scores stay hidden until you reveal them."),
                          meeting_title);
  self = g_object_new (SEEDS_TYPE_LIVE_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       "heading", _("Start a Live Round"),
                       "body", body,
                       NULL);
  self->networks = g_ptr_array_ref (networks);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), build_form (self));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self),
                                    "cancel", _("_Cancel"),
                                    SEEDS_LIVE_DIALOG_START, _("_Start"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), SEEDS_LIVE_DIALOG_START,
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), SEEDS_LIVE_DIALOG_START);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");
  return GTK_WIDGET (self);
}

/* The address of this computer on the chosen network */
const char *
seeds_live_dialog_get_address (SeedsLiveDialog *self)
{
  SeedsLiveNetwork *network;

  g_return_val_if_fail (SEEDS_IS_LIVE_DIALOG (self), NULL);

  network = g_ptr_array_index (self->networks, adw_combo_row_get_selected (self->network_row));
  return network->address;
}

/* (nullable): "nl", "en", or %NULL for each browser's */
const char *
seeds_live_dialog_get_language (SeedsLiveDialog *self)
{
  guint selected;

  g_return_val_if_fail (SEEDS_IS_LIVE_DIALOG (self), NULL);

  selected = adw_combo_row_get_selected (self->language_row);
  return selected < G_N_ELEMENTS (languages) ? languages[selected] : NULL;
}

gboolean
seeds_live_dialog_get_allow_anonymous (SeedsLiveDialog *self)
{
  g_return_val_if_fail (SEEDS_IS_LIVE_DIALOG (self), FALSE);

  return gtk_switch_get_active (self->anonymous_switch);
}
