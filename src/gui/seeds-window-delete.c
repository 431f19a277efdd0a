/* seeds-window-delete.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "seeds-window-private.h"
#include "seeds-undo-toast.h"
#include "seeds-widget-util.h"

/* Deleting the meeting shown or the learning community, for good: the
 * facilitator confirms first, told what goes with it; the session deletes
 * it on its worker, and the window's lists follow the store. */

typedef struct
{
  SeedsWindow *window;   /* a reference: the deletion is short */
  const char  *done;     /* what the toast says */
} Deletion;

static void
on_deleted (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  Deletion *deletion = user_data;
  g_autoptr(GError) error = NULL;

  if (seeds_session_delete_finish (SEEDS_SESSION (source_object), result, &error))
    seeds_widget_add_toast (deletion->window->toast_overlay, _(deletion->done));
  else
    seeds_widget_show_error (GTK_WIDGET (deletion->window), error);

  g_object_unref (deletion->window);
  g_free (deletion);
}

static void
on_confirmed (AdwMessageDialog *dialog,
              const char       *response,
              SeedsWindow      *self)
{
  Deletion *deletion;

  if (self->session == NULL)
    return;

  deletion = g_new0 (Deletion, 1);
  deletion->window = g_object_ref (self);
  deletion->done = g_object_get_data (G_OBJECT (dialog), "done");
  seeds_session_delete_async (self->session, g_object_get_data (G_OBJECT (dialog), "record"), NULL,
                              on_deleted, deletion);
}

/* Asks before @record goes; Cancel is the default, Delete is red */
static void
confirm (SeedsWindow *self,
         gpointer     record,
         const char  *heading,
         const char  *body,
         const char  *done)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "record", g_object_ref (record), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "done", (gpointer) done);
  g_signal_connect_object (dialog, "response::delete", G_CALLBACK (on_confirmed), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_meeting_activated (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  SeedsWindow *self = user_data;
  SeedsMeeting *meeting = seeds_meeting_view_get_meeting (self->meeting_view);
  g_autofree char *heading = NULL;

  if (meeting == NULL)
    return;

  /* Translators: the meeting's title */
  heading = g_strdup_printf (_("Delete “%s”?"), seeds_meeting_get_title (meeting));
  confirm (self, meeting, heading,
           _("Everything scored in this meeting goes with it: the scores and comments, the stickers "
             "of the poster, its notes and the next steps agreed in it. The other meetings stay as "
             "they are."),
           N_("Meeting deleted."));
}

static void
delete_community_activated (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  SeedsWindow *self = user_data;
  g_autofree char *heading = NULL;

  if (self->community == NULL)
    return;

  /* Translators: the learning community's name */
  heading = g_strdup_printf (_("Delete “%s”?"), seeds_community_get_name (self->community));
  confirm (self, self->community, heading,
           _("All its meetings go with it, and its members, their scores and comments, and the next "
             "steps agreed. Save the learning community with Export first to keep a copy: once "
             "deleted, it cannot be brought back."),
           N_("Learning community deleted."));
}

/* The participant whose scores the facilitator chose to see */
static SeedsParticipant *
chosen_participant (SeedsWindow *self)
{
  if (seeds_meeting_view_get_meeting (self->meeting_view) == NULL ||
      g_strcmp0 (seeds_meeting_view_get_page (self->meeting_view), "scoring") != 0)
    return NULL;

  return seeds_scoring_page_get_participant (seeds_meeting_view_get_scoring_page (self->meeting_view));
}

static void
on_participant_removed (GObject      *source_object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(SeedsWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  SeedsStoreUndo *undo = seeds_session_remove_finish (SEEDS_SESSION (source_object), result, &error);

  if (undo == NULL)
    seeds_widget_show_error (GTK_WIDGET (self), error);
  else if (self->store != NULL)
    seeds_undo_toast_offer (GTK_WIDGET (self->meeting_view), self->store, undo,
                            _("Participant taken off this meeting"));
  else
    seeds_store_undo_free (undo);
}

/* Off this meeting, with their scores there, at once: the toast undoes it */
static void
remove_participant_activated (GSimpleAction *action,
                              GVariant      *parameter,
                              gpointer       user_data)
{
  SeedsWindow *self = user_data;
  SeedsParticipant *participant = chosen_participant (self);

  if (participant == NULL || self->session == NULL)
    return;

  seeds_session_remove_attendee_async (self->session,
                                       seeds_meeting_get_id (seeds_meeting_view_get_meeting (self->meeting_view)),
                                       seeds_participant_get_id (participant), NULL,
                                       on_participant_removed, g_object_ref (self));
}

static void
delete_participant_activated (GSimpleAction *action,
                              GVariant      *parameter,
                              gpointer       user_data)
{
  SeedsWindow *self = user_data;
  SeedsParticipant *participant = chosen_participant (self);
  g_autofree char *heading = NULL;

  if (participant == NULL)
    return;

  /* Translators: the participant's name */
  heading = g_strdup_printf (_("Delete “%s”?"), seeds_participant_get_name (participant));
  confirm (self, participant, heading,
           _("They leave the learning community, and their scores and comments in every meeting go "
             "with them. To take them off this meeting only, choose Remove Participant from This Meeting."),
           N_("Participant deleted."));
}

static const GActionEntry delete_actions[] = {
  { "delete-meeting", delete_meeting_activated },
  { "delete-community", delete_community_activated },
  { "remove-participant", remove_participant_activated },
  { "delete-participant", delete_participant_activated },
};

void
seeds_window_add_delete_actions (SeedsWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), delete_actions, G_N_ELEMENTS (delete_actions), self);
}
