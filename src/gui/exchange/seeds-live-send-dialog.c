/* seeds-live-send-dialog.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exchange/seeds-live-send-dialog.h"
#include "live/seeds-live-client.h"
#include "seeds-widget-util.h"

/* A member with the app, in a meeting that holds a live round: the card
 * of this window goes to the address on the projector, instead of a file
 * to send. The round takes it as this member's answers; sent again, it
 * replaces them. */
struct _SeedsLiveSendDialog
{
  AdwMessageDialog  parent_instance;

  SeedsScorecard   *card;
  AdwToastOverlay  *toasts;   /* the parent's, to say it was sent */
  GtkWindow        *parent;
  AdwEntryRow      *address_row;
};

G_DEFINE_FINAL_TYPE (SeedsLiveSendDialog, seeds_live_send_dialog, ADW_TYPE_MESSAGE_DIALOG)

/* What the round said, when the dialog itself is gone */
typedef struct
{
  GtkWindow       *parent;
  AdwToastOverlay *toasts;
} Sending;

static void
sending_free (Sending *sending)
{
  g_object_unref (sending->parent);
  g_object_unref (sending->toasts);
  g_free (sending);
}

static void
on_sent (GObject      *source_object,
         GAsyncResult *result,
         gpointer      user_data)
{
  Sending *sending = user_data;
  g_autoptr(GError) error = NULL;

  if (seeds_live_client_send_card_finish (result, &error))
    {
      seeds_widget_add_toast (sending->toasts, _("Your scores are in the live round."));
    }
  else
    {
      seeds_widget_show_message (sending->parent, _("Not Sent"), error->message);
    }
  sending_free (sending);
}

static void
seeds_live_send_dialog_response (AdwMessageDialog *dialog,
                                 const char       *response)
{
  SeedsLiveSendDialog *self = SEEDS_LIVE_SEND_DIALOG (dialog);
  AdwMessageDialogClass *parent_class = ADW_MESSAGE_DIALOG_CLASS (seeds_live_send_dialog_parent_class);

  if (g_str_equal (response, SEEDS_LIVE_SEND_DIALOG_SEND))
    {
      Sending *sending = g_new0 (Sending, 1);

      sending->parent = g_object_ref (self->parent);
      sending->toasts = g_object_ref (self->toasts);
      seeds_live_client_send_card_async (gtk_editable_get_text (GTK_EDITABLE (self->address_row)), self->card,
                                         NULL, on_sent, sending);
    }

  if (parent_class->response != NULL)
    parent_class->response (dialog, response);
}

static void
seeds_live_send_dialog_dispose (GObject *object)
{
  SeedsLiveSendDialog *self = (SeedsLiveSendDialog *)object;

  g_clear_object (&self->card);
  g_clear_object (&self->toasts);
  g_clear_object (&self->parent);

  G_OBJECT_CLASS (seeds_live_send_dialog_parent_class)->dispose (object);
}

static void
seeds_live_send_dialog_class_init (SeedsLiveSendDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = seeds_live_send_dialog_dispose;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = seeds_live_send_dialog_response;
}

/* Send only what can be a round's address */
static void
on_address_changed (SeedsLiveSendDialog *self)
{
  g_autoptr(GUri) uri = seeds_live_client_parse_address (gtk_editable_get_text (GTK_EDITABLE (self->address_row)),
                                                         NULL);

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), SEEDS_LIVE_SEND_DIALOG_SEND, uri != NULL);
}

static void
seeds_live_send_dialog_init (SeedsLiveSendDialog *self)
{
  GtkWidget *list = gtk_list_box_new ();

  self->address_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->address_row), _("Address on the Screen"));
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->address_row), TRUE);
  adw_entry_row_set_activates_default (self->address_row, TRUE);
  g_signal_connect_swapped (self->address_row, "changed", G_CALLBACK (on_address_changed), self);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->address_row));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), list);
}

/**
 * seeds_live_send_dialog_new:
 * @toasts: where to say that the card was sent
 * @card: the card to send
 */
GtkWidget *
seeds_live_send_dialog_new (GtkWindow       *parent,
                            AdwToastOverlay *toasts,
                            SeedsScorecard  *card)
{
  SeedsLiveSendDialog *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SEEDS_IS_SCORECARD (card), NULL);

  self = g_object_new (SEEDS_TYPE_LIVE_SEND_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       "heading", _("Send to the Live Round"),
                       "body", _("When the facilitator runs a live round, type the address shown on the "
                                 "screen. Your scores go to the facilitator’s computer at once; sent "
                                 "again, they replace what you sent before."),
                       NULL);
  self->parent = g_object_ref (parent);
  self->toasts = g_object_ref (toasts);
  self->card = g_object_ref (card);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self),
                                    "cancel", _("_Cancel"),
                                    SEEDS_LIVE_SEND_DIALOG_SEND, _("_Send"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), SEEDS_LIVE_SEND_DIALOG_SEND,
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), SEEDS_LIVE_SEND_DIALOG_SEND);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");
  on_address_changed (self);
  /* The one thing to do here is type */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->address_row));
  return GTK_WIDGET (self);
}
