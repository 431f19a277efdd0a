/* seeds-window-community.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "community/seeds-points-history.h"
#include "seeds-widget-util.h"
#include "seeds-window-private.h"

/* What the community page asks of the window, which has the session: the
 * points history with who agreed, in a window of its own since the page
 * may be on the projector, and taking a reward out of the catalogue. */

static void
points_history_activated (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  SeedsWindow *self = user_data;

  if (self->session == NULL || self->community == NULL)
    return;

  seeds_points_history_show (GTK_WINDOW (self), self->session, self->community);
}

static void
on_archived (GObject      *source_object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(SeedsWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (seeds_session_archive_reward_finish (SEEDS_SESSION (source_object), result, &error))
    seeds_widget_add_toast (self->toast_overlay, _("Reward archived."));
  else
    seeds_widget_show_error (GTK_WIDGET (self), error);
}

static void
on_archive_confirmed (AdwMessageDialog *dialog,
                      const char       *response,
                      SeedsWindow      *self)
{
  SeedsReward *reward = g_object_get_data (G_OBJECT (dialog), "reward");

  if (self->session == NULL)
    return;

  seeds_session_archive_reward_async (self->session, reward, on_archived, g_object_ref (self));
}

/* (transfer full) (nullable): the reward of @reward_id that the community
 * offers */
static SeedsReward *
find_offer (SeedsWindow *self,
            const char  *reward_id)
{
  g_autoptr(GPtrArray) rewards = NULL;

  rewards = seeds_store_list_rewards (self->store, seeds_community_get_id (self->community), FALSE,
                                      NULL);
  for (guint i = 0; rewards != NULL && i < rewards->len; i++)
    if (g_str_equal (seeds_reward_get_id (g_ptr_array_index (rewards, i)), reward_id))
      return g_object_ref (g_ptr_array_index (rewards, i));

  return NULL;
}

/* Takes a reward out of what the group can redeem, once the facilitator
 * confirms: it cannot be offered again, and the history keeps it */
static void
archive_reward_activated (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  SeedsWindow *self = user_data;
  g_autoptr(SeedsReward) reward = NULL;
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;

  if (self->session == NULL || self->community == NULL ||
      (reward = find_offer (self, g_variant_get_string (parameter, NULL))) == NULL)
    return;

  /* Translators: %s is a reward, such as "A coaching session" */
  heading = g_strdup_printf (_("Archive “%s”?"), seeds_reward_get_title (reward));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading,
                                                       _("The group can no longer redeem it. "
                                                         "The points history keeps what was "
                                                         "spent on it.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "archive", _("_Archive"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "archive", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "reward", g_steal_pointer (&reward), g_object_unref);
  g_signal_connect_object (dialog, "response::archive", G_CALLBACK (on_archive_confirmed), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static const GActionEntry community_actions[] = {
  { "points-history", points_history_activated },
  { "archive-reward", archive_reward_activated, "s" },
};

void
seeds_window_add_community_actions (SeedsWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), community_actions,
                                   G_N_ELEMENTS (community_actions), self);
}
