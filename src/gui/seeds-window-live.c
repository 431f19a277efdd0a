/* seeds-window-live.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "live/seeds-live-dialog.h"
#include "live/seeds-live-network.h"
#include "presentation/seeds-presentation-window.h"
#include "seeds-widget-util.h"
#include "seeds-window-private.h"

/* The window's live round: members score the meeting on screen in their
 * browser (docs/live-round.md). The window owns it: it ends with the
 * window, and so with the app. One runs at a time. */

static void
on_problem (SeedsLiveRound *round,
            const GError   *error,
            SeedsWindow    *self)
{
  seeds_widget_show_error (GTK_WIDGET (self), error);
}

/* Every presentation of this window shows how to join the round */
static void
share_round (SeedsWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  GList *windows = application ? gtk_application_get_windows (application) : NULL;

  for (GList *l = windows; l != NULL; l = l->next)
    if (SEEDS_IS_PRESENTATION_WINDOW (l->data) && gtk_window_get_transient_for (l->data) == GTK_WINDOW (self))
      seeds_presentation_view_set_live_round (seeds_presentation_window_get_view (l->data), self->live_round);
}

/**
 * seeds_window_stop_live_round:
 *
 * Ends the round, if one runs: what was saved stays.
 */
void
seeds_window_stop_live_round (SeedsWindow *self)
{
  if (self->live_round == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->live_round, self);
  seeds_live_round_stop (self->live_round);
  g_clear_object (&self->live_round);
  if (self->live_bar != NULL)
    seeds_live_bar_set_round (self->live_bar, NULL, NULL);
  share_round (self);
  seeds_window_update_actions (self);
}

/**
 * seeds_window_start_live_round:
 * @address: this computer's address on the network to serve on
 * @language: (nullable): "nl" or "en", or %NULL for each browser's
 *
 * Starts a live round of the meeting on screen.
 *
 * Returns: whether it runs
 */
gboolean
seeds_window_start_live_round (SeedsWindow  *self,
                               const char   *address,
                               const char   *language,
                               gboolean      allow_anonymous,
                               GError      **error)
{
  SeedsMeeting *meeting = seeds_meeting_view_get_meeting (self->meeting_view);
  g_autoptr(SeedsLiveRound) round = NULL;

  g_return_val_if_fail (meeting != NULL, FALSE);

  seeds_window_stop_live_round (self);
  round = seeds_live_round_new (self->session, seeds_meeting_get_id (meeting));
  seeds_live_round_set_language (round, language);
  seeds_live_round_set_allow_anonymous (round, allow_anonymous);
  if (!seeds_live_round_start (round, address, 0, error))
    return FALSE;

  self->live_round = g_steal_pointer (&round);
  g_signal_connect (self->live_round, "problem", G_CALLBACK (on_problem), self);
  seeds_live_bar_set_round (self->live_bar, self->live_round, seeds_meeting_get_title (meeting));
  share_round (self);
  seeds_window_update_actions (self);
  return TRUE;
}

static void
on_dialog_response (SeedsLiveDialog *dialog,
                    const char      *response,
                    SeedsWindow     *self)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, SEEDS_LIVE_DIALOG_START))
    return;

  if (!seeds_window_start_live_round (self, seeds_live_dialog_get_address (dialog),
                                      seeds_live_dialog_get_language (dialog),
                                      seeds_live_dialog_get_allow_anonymous (dialog), &error))
    seeds_widget_show_message (GTK_WINDOW (self), _("The Live Round Could Not Start"), error->message);
}

static void
start_live_round_activated (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  SeedsWindow *self = user_data;
  SeedsMeeting *meeting = seeds_meeting_view_get_meeting (self->meeting_view);
  g_autoptr(GPtrArray) networks = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  if (meeting == NULL)
    return;

  networks = seeds_live_network_list (&error);
  if (networks == NULL || networks->len == 0)
    {
      seeds_widget_show_message (GTK_WINDOW (self), _("No Network"),
                    _("This computer is not connected to a network, so phones and laptops cannot reach "
                      "a live round. Connect it to the meeting room’s Wi-Fi or network cable, then try "
                      "again. Without a network, members can score on paper or in the app and send "
                      "their score cards."));
      return;
    }

  dialog = seeds_live_dialog_new (GTK_WINDOW (self), seeds_meeting_get_title (meeting), networks);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_dialog_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
stop_live_round_activated (GSimpleAction *action,
                           GVariant      *parameter,
                           gpointer       user_data)
{
  seeds_window_stop_live_round (SEEDS_WINDOW (user_data));
}

static const GActionEntry live_actions[] = {
  { "start-live-round", start_live_round_activated },
  { "stop-live-round", stop_live_round_activated },
};

void
seeds_window_add_live_actions (SeedsWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), live_actions, G_N_ELEMENTS (live_actions), self);
}
