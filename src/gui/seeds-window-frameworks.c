/* seeds-window-frameworks.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "framework/seeds-framework-adapt.h"
#include "framework/seeds-frameworks-window.h"
#include "seeds-widget-util.h"
#include "seeds-window-private.h"

/* The frameworks from the main menu: the list of them all, and Adapt
 * Framework… on the community's own, which then offers to score the
 * community's next meetings with the adaptation. */

static void
frameworks_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  SeedsWindow *self = user_data;

  if (self->session == NULL)
    return;

  gtk_window_present (GTK_WINDOW (seeds_frameworks_window_new (GTK_WINDOW (self), self->session)));
}

/* (transfer full) (nullable): the community's framework in the registry */
static SeedsFrameworkEntry *
community_entry (SeedsWindow *self)
{
  g_autoptr(GPtrArray) entries = NULL;
  const char *id = seeds_community_get_framework_id (self->community);
  guint edition = seeds_community_get_framework_edition (self->community);

  entries = seeds_framework_registry_list (seeds_session_get_frameworks (self->session), NULL);
  for (guint i = 0; i < entries->len; i++)
    if (seeds_framework_entry_matches (g_ptr_array_index (entries, i), id, edition))
      return g_object_ref (g_ptr_array_index (entries, i));

  return NULL;
}

static void
on_use_confirmed (AdwMessageDialog *dialog,
                  const char       *response,
                  SeedsWindow      *self)
{
  const char *id = g_object_get_data (G_OBJECT (dialog), "id");
  guint edition = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "edition"));
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || self->community == NULL)
    return;

  if (seeds_store_set_community_framework (self->store, self->community, id, edition, &error))
    seeds_community_set_framework (self->community, id, edition);
  else
    seeds_widget_show_error (GTK_WIDGET (self), error);
}

/* The adaptation is kept: shall the community's next meetings use it? */
static void
on_kept (const char   *id,
         guint         edition,
         const GError *error,
         gpointer      user_data)
{
  SeedsWindow *self = user_data;
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;

  if (error != NULL || self->session == NULL || self->community == NULL)
    {
      seeds_widget_show_error (GTK_WIDGET (self), error);
      return;
    }

  heading = seeds_framework_describe_kept (self->session, id, edition);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading,
                                                       _("Use it for this learning community? "
                                                         "Its next meetings are scored with it; "
                                                         "the meetings held keep their own.")));
  adw_message_dialog_add_responses (dialog, "keep", _("_Not Now"), "use", _("_Use It"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "use", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "use");
  adw_message_dialog_set_close_response (dialog, "keep");
  g_object_set_data_full (G_OBJECT (dialog), "id", g_strdup (id), g_free);
  g_object_set_data (G_OBJECT (dialog), "edition", GUINT_TO_POINTER (edition));
  g_signal_connect_object (dialog, "response::use", G_CALLBACK (on_use_confirmed), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
adapt_framework_activated (GSimpleAction *action,
                           GVariant      *parameter,
                           gpointer       user_data)
{
  SeedsWindow *self = user_data;
  g_autoptr(SeedsFrameworkEntry) entry = NULL;

  if (self->session == NULL || self->community == NULL || (entry = community_entry (self)) == NULL)
    return;

  seeds_framework_adapt (GTK_WINDOW (self), self->session, entry, on_kept, g_object_ref (self),
                         g_object_unref);
}

static const GActionEntry framework_actions[] = {
  { "frameworks", frameworks_activated },
  { "adapt-framework", adapt_framework_activated },
};

void
seeds_window_add_framework_actions (SeedsWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), framework_actions,
                                   G_N_ELEMENTS (framework_actions), self);
}
