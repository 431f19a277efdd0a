/* seeds-directory-window-shared.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "directory/seeds-directory-window-private.h"
#include "directory/seeds-profile-share-dialog.h"
#include "seeds-file-chooser.h"

/* Shared directories in the directory window: adding one, refreshing the
 * directory from them (when the window opens, when asked, and when a
 * local folder changes), publishing your own profile into them, and what
 * a refresh could not take. The work is the session's; GVfs keeps any
 * password, the app none. */

/* A local folder often changes several times in a row: a synced folder
 * brings files one by one. One refresh after the last change. */
#define REFRESH_DELAY_MS 1500

/* What the window keeps of its shared directories, as its data: it lives
 * as long as the window, and only this file knows it. */
typedef struct
{
  GPtrArray *monitors;     /* GFileMonitor, of the local shared directories */
  guint      refresh_id;   /* a refresh after a change, soon */
  char      *problems;     /* what the latest refresh could not take, for people */
} Shared;

#define SHARED_KEY "seeds-directory-window-shared"

static void
shared_free (gpointer data)
{
  Shared *shared = data;

  g_clear_handle_id (&shared->refresh_id, g_source_remove);
  for (guint i = 0; i < shared->monitors->len; i++)
    g_file_monitor_cancel (g_ptr_array_index (shared->monitors, i));
  g_ptr_array_unref (shared->monitors);
  g_free (shared->problems);
  g_free (shared);
}

static Shared *
get_shared (SeedsDirectoryWindow *self)
{
  Shared *shared = g_object_get_data (G_OBJECT (self), SHARED_KEY);

  if (shared == NULL)
    {
      shared = g_new0 (Shared, 1);
      shared->monitors = g_ptr_array_new_with_free_func (g_object_unref);
      g_object_set_data_full (G_OBJECT (self), SHARED_KEY, shared, shared_free);
    }

  return shared;
}

static void
add_toast (SeedsDirectoryWindow *self,
           AdwToast             *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Refreshing */

/* Returns: (transfer full) (nullable): the lines of @report after its
 * counts, or %NULL when everything was taken */
static char *
describe_problems (SeedsSharedReport *report)
{
  g_autofree char *text = NULL;

  if (report->refused->len == 0 && report->unreachable->len == 0 && report->conflicts->len == 0)
    return NULL;

  text = seeds_shared_report_describe (report);
  return g_strstrip (g_strdup (strchr (text, '\n') + 1));
}

static void
on_refreshed (GObject      *source_object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(SeedsJob) job = user_data;
  g_autoptr(SeedsSharedReport) report = NULL;
  g_autoptr(GError) error = NULL;
  SeedsDirectoryWindow *self;
  AdwToast *toast;
  Shared *shared;

  report = seeds_session_refresh_shared_finish (SEEDS_SESSION (source_object), result, &error);
  if (!seeds_job_end (job, error, NULL))
    return;

  self = seeds_job_get_owner (job);
  shared = get_shared (self);
  g_free (shared->problems);
  shared->problems = describe_problems (report);
  if (shared->problems == NULL)
    return;

  toast = adw_toast_new (_("Not everything in the shared directories could be read."));
  adw_toast_set_button_label (toast, _("_Details"));
  adw_toast_set_action_name (toast, "directory.shared-problems");
  add_toast (self, toast);
}

static void
refresh (SeedsDirectoryWindow *self)
{
  SeedsJob *job = seeds_job_bar_begin (self->job_bar, _("Reading the shared directories…"),
                                       NULL, self);

  if (job != NULL)
    seeds_session_refresh_shared_async (self->session, seeds_job_get_cancellable (job),
                                        on_refreshed, job);
}

static gboolean
refresh_soon (gpointer user_data)
{
  SeedsDirectoryWindow *self = user_data;

  get_shared (self)->refresh_id = 0;
  if (self->session != NULL)
    refresh (self);

  return G_SOURCE_REMOVE;
}

static void
on_folder_changed (GFileMonitor         *monitor,
                   GFile                *file,
                   GFile                *other_file,
                   GFileMonitorEvent     event,
                   SeedsDirectoryWindow *self)
{
  Shared *shared = get_shared (self);

  g_clear_handle_id (&shared->refresh_id, g_source_remove);
  shared->refresh_id = g_timeout_add (REFRESH_DELAY_MS, refresh_soon, self);
}

/* Watches the shared directories on this computer, synced ones too;
 * one on a server is read when the window opens or when asked. */
static void
watch_folders (SeedsDirectoryWindow *self)
{
  g_autoptr(GPtrArray) sources = seeds_store_list_directory_sources (self->store, NULL);
  Shared *shared = get_shared (self);

  for (guint i = 0; i < shared->monitors->len; i++)
    g_file_monitor_cancel (g_ptr_array_index (shared->monitors, i));
  g_ptr_array_set_size (shared->monitors, 0);

  for (guint i = 0; sources != NULL && i < sources->len; i++)
    {
      const char *uri = seeds_directory_source_get_uri (g_ptr_array_index (sources, i));
      g_autoptr(GFile) folder = g_file_new_for_uri (uri);
      GFileMonitor *monitor;

      if (!g_file_is_native (folder))
        continue;

      monitor = g_file_monitor_directory (folder, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
      if (monitor == NULL)
        continue;
      g_signal_connect_object (monitor, "changed", G_CALLBACK (on_folder_changed), self, 0);
      g_ptr_array_add (shared->monitors, monitor);
    }
}

/**
 * seeds_directory_window_start_shared:
 *
 * Refreshes the directory from its shared directories, and watches the
 * local ones: for when the window opens.
 */
void
seeds_directory_window_start_shared (SeedsDirectoryWindow *self)
{
  g_autoptr(GPtrArray) sources = seeds_store_list_directory_sources (self->store, NULL);

  watch_folders (self);
  if (sources != NULL && sources->len > 0)
    refresh (self);
}

/**
 * seeds_directory_window_show_source:
 * @community: the entry whose card is open
 *
 * Says on the card where @community came from and when it was last seen
 * there, if it came from a shared directory.
 */
void
seeds_directory_window_show_source (SeedsDirectoryWindow *self,
                                    SeedsCommunity       *community)
{
  g_autofree char *source_name = NULL;
  gint64 seen_at = 0;

  source_name = seeds_store_get_entry_source (self->store, seeds_community_get_id (community),
                                              &seen_at, NULL);
  seeds_directory_card_set_source (self->card, source_name, seen_at);
}

/* Actions */

static void
on_added (GObject      *source_object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(SeedsJob) job = user_data;
  g_autoptr(GError) error = NULL;

  seeds_session_add_shared_directory_finish (SEEDS_SESSION (source_object), result, &error);
  if (seeds_job_end (job, error, NULL))
    seeds_directory_window_start_shared (seeds_job_get_owner (job));
}

static void
on_folder_chosen (GtkWindow *window,
                  GFile     *folder,
                  gpointer   user_data)
{
  SeedsDirectoryWindow *self = SEEDS_DIRECTORY_WINDOW (window);
  SeedsJob *job = seeds_job_bar_begin (self->job_bar, _("Adding the shared directory…"),
                                       NULL, self);

  if (job != NULL)
    seeds_session_add_shared_directory_async (self->session, folder,
                                              seeds_job_get_cancellable (job), on_added, job);
}

static void
add_shared_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  seeds_file_chooser_folder (GTK_WINDOW (widget), _("Add Shared Directory"), _("_Add"),
                             on_folder_chosen, NULL, NULL);
}

static void
refresh_shared_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  refresh (SEEDS_DIRECTORY_WINDOW (widget));
}

static void
on_published (GObject      *source_object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(SeedsJob) job = user_data;
  g_autoptr(SeedsProfile) profile = NULL;
  g_autoptr(GError) error = NULL;

  profile = seeds_session_publish_profile_finish (SEEDS_SESSION (source_object), result, &error);
  seeds_job_end (job, error, _("Profile published in the shared directory."));
}

static void
on_publish_response (SeedsProfileShareDialog *dialog,
                     const char              *response,
                     SeedsDirectoryWindow    *self)
{
  SeedsCommunity *community = g_object_get_data (G_OBJECT (dialog), "community");
  g_autoptr(GPtrArray) sources = NULL;

  if (!g_str_equal (response, SEEDS_PROFILE_SHARE_DIALOG_EXPORT))
    return;

  sources = seeds_store_list_directory_sources (self->store, NULL);
  for (guint i = 0; sources != NULL && i < sources->len; i++)
    {
      const char *uri = seeds_directory_source_get_uri (g_ptr_array_index (sources, i));
      g_autoptr(GFile) folder = g_file_new_for_uri (uri);
      SeedsJob *job = seeds_job_bar_begin (self->job_bar, _("Publishing the profile…"),
                                           NULL, self);

      if (job != NULL)
        seeds_session_publish_profile_async (self->session, seeds_community_get_id (community),
                                             seeds_profile_share_dialog_get_share (dialog),
                                             folder, seeds_job_get_cancellable (job),
                                             on_published, job);
    }
}

/* Publishes the profile of the community whose card is open, which must
 * be your own, in every shared directory. */
static void
publish_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SeedsDirectoryWindow *self = SEEDS_DIRECTORY_WINDOW (widget);
  SeedsCommunity *selected = seeds_directory_window_get_selected (self);
  g_autoptr(GPtrArray) sources = seeds_store_list_directory_sources (self->store, NULL);
  SeedsProfileShareDialog *dialog;

  if (sources == NULL || sources->len == 0)
    {
      add_toast (self, adw_toast_new (_("Add a shared directory first.")));
      return;
    }
  if (selected == NULL || !seeds_community_is_own (selected))
    {
      add_toast (self, adw_toast_new (_("Open the card of your own learning community first.")));
      return;
    }

  dialog = seeds_profile_share_dialog_new (GTK_WINDOW (self), seeds_community_get_name (selected));
  seeds_profile_share_dialog_set_publishing (dialog, seeds_community_get_name (selected));
  g_object_set_data_full (G_OBJECT (dialog), "community", g_object_ref (selected), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_publish_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* What the latest refresh could not take: each folder, file and conflict
 * on a line, in a label that can be selected and copied */
static void
shared_problems_activated (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  SeedsDirectoryWindow *self = SEEDS_DIRECTORY_WINDOW (widget);
  Shared *shared = get_shared (self);
  GtkWidget *dialog;
  GtkWidget *scrolled;
  GtkWidget *label;

  if (shared->problems == NULL)
    return;

  label = gtk_label_new (shared->problems);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 300);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), label);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Not Everything Could Be Read"),
                                   _("These shared directories could not be read, or these "
                                     "profiles were not taken. Nothing in the directory was "
                                     "changed by them."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
seeds_directory_window_class_init_shared (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "directory.add-shared", NULL,
                                   add_shared_activated);
  gtk_widget_class_install_action (widget_class, "directory.refresh-shared", NULL,
                                   refresh_shared_activated);
  gtk_widget_class_install_action (widget_class, "directory.publish", NULL, publish_activated);
  gtk_widget_class_install_action (widget_class, "directory.shared-problems", NULL,
                                   shared_problems_activated);
}
