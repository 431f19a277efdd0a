/* seeds-directory-window-actions.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "directory/seeds-directory-entry-dialog.h"
#include "directory/seeds-directory-window-private.h"
#include "directory/seeds-profile-share-dialog.h"
#include "exchange/seeds-exchange.h"
#include "exchange/seeds-import-job.h"
#include "seeds-file-chooser.h"

/* What the directory window does to its entries: adding and editing them,
 * removing them with undo, importing profiles and exporting your own, and
 * bringing the fictional sample and taking it away again. The list, the
 * map and the card follow the store, so an action only writes. */

/* Adding and editing */

static gboolean
present_again (gpointer dialog)
{
  gtk_window_present (GTK_WINDOW (dialog));
  return G_SOURCE_REMOVE;
}

static gboolean
destroy_dialog (gpointer dialog)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  return G_SOURCE_REMOVE;
}

/* Shows every entry, so that one just added is in the list. */
static void
clear_filter (SeedsDirectoryWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->kind_dropdown, 0);
  seeds_directory_window_apply_filter (self);
}

static gboolean
save_entry (SeedsDirectoryWindow       *self,
            SeedsDirectoryEntryDialog  *dialog,
            GError                    **error)
{
  SeedsCommunity *community = seeds_directory_entry_dialog_get_community (dialog);
  g_autoptr(SeedsCommunityProfile) profile = NULL;
  g_autoptr(SeedsCommunity) added = NULL;
  g_autofree char *name = seeds_directory_entry_dialog_get_name (dialog);

  profile = seeds_directory_entry_dialog_get_profile (dialog, error);
  if (profile == NULL)
    return FALSE;

  if (community != NULL)
    return seeds_store_update_directory_entry (self->store, community, name, profile, error);

  added = seeds_store_add_directory_entry (self->store, name, profile,
                                           seeds_directory_entry_dialog_get_origin (dialog), error);
  if (added == NULL)
    return FALSE;

  if (!seeds_directory_window_lists (self, seeds_community_get_id (added)))
    clear_filter (self);
  seeds_directory_window_select (self, seeds_community_get_id (added));

  return TRUE;
}

/* What the store refuses is said in the dialog, which stays open to put it
 * right. The message dialog hides itself after any response; it comes back
 * once that is done, whichever order libadwaita does it in. */
static void
on_entry_response (SeedsDirectoryEntryDialog *dialog,
                   const char                *response,
                   SeedsDirectoryWindow      *self)
{
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, SEEDS_FORM_DIALOG_SAVE) && !save_entry (self, dialog, &error))
    {
      seeds_directory_entry_dialog_show_error (dialog, error);
      g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, present_again, g_object_ref (dialog), g_object_unref);
      return;
    }

  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, destroy_dialog, g_object_ref (dialog), g_object_unref);
}

static void
open_entry_dialog (SeedsDirectoryWindow *self,
                   SeedsCommunity       *community)
{
  SeedsDirectoryEntryDialog *dialog = seeds_directory_entry_dialog_new (GTK_WINDOW (self), community);

  g_signal_connect_object (dialog, "response", G_CALLBACK (on_entry_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  open_entry_dialog (SEEDS_DIRECTORY_WINDOW (widget), NULL);
}

static void
edit_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SeedsDirectoryWindow *self = SEEDS_DIRECTORY_WINDOW (widget);
  SeedsCommunity *selected = seeds_directory_window_get_selected (self);

  if (selected != NULL)
    open_entry_dialog (self, selected);
}

/* Removing, with undo */

static void
on_undo (AdwToast             *toast,
         SeedsDirectoryWindow *self)
{
  SeedsCommunity *community = g_object_get_data (G_OBJECT (toast), "community");
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;

  g_object_set_data (G_OBJECT (toast), "undone", GINT_TO_POINTER (TRUE));
  if (!seeds_store_restore_directory_entry (self->store, community, &error))
    {
      seeds_directory_window_show_error (self, error);
      return;
    }

  seeds_directory_window_select (self, seeds_community_get_id (community));
}

/* Once no toast offers to undo a removal, what was removed goes for good:
 * purging while another toast still offers it would make that undo fail. */
static void
on_toast_dismissed (AdwToast             *toast,
                    SeedsDirectoryWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;

  g_return_if_fail (self->n_undoable > 0);
  self->n_undoable--;

  if (self->n_undoable == 0 && !seeds_store_purge_removed_entries (self->store, &error))
    seeds_directory_window_show_error (self, error);
}

static void
offer_undo (SeedsDirectoryWindow *self,
            SeedsCommunity       *community)
{
  /* Translators: in a toast after removing a learning community from the directory */
  g_autofree char *title = g_markup_printf_escaped (_("“%s” removed"), seeds_community_get_name (community));
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "community", g_object_ref (community), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo), self, 0);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_toast_dismissed), self, 0);
  self->n_undoable++;
  g_set_weak_pointer (&self->undo_toast, toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
remove_entry (SeedsDirectoryWindow *self,
              SeedsCommunity       *community)
{
  g_autoptr(SeedsCommunity) removed = g_object_ref (community);
  g_autoptr(GError) error = NULL;

  if (!seeds_store_remove_directory_entry (self->store, removed, &error))
    {
      seeds_directory_window_show_error (self, error);
      return;
    }

  offer_undo (self, removed);
}

static void
on_remove_own_response (AdwMessageDialog     *dialog,
                        const char           *response,
                        SeedsDirectoryWindow *self)
{
  SeedsCommunity *community = g_object_get_data (G_OBJECT (dialog), "community");

  if (g_str_equal (response, "remove") && self->store != NULL)
    remove_entry (self, community);
}

/* Your own community goes with its meetings, so it is asked first. */
static void
confirm_remove_own (SeedsDirectoryWindow *self,
                    SeedsCommunity       *community)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), NULL, NULL);
  /* Translators: %s is the name of one of your own learning communities */
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _("Remove “%s”?"),
                                     seeds_community_get_name (community));
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                               _("This is one of your own learning communities. Its meetings, scores "
                                 "and next steps are deleted with it, for good once the removal can no "
                                 "longer be undone."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "remove", _("_Remove"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "community", g_object_ref (community), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_remove_own_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
remove_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SeedsDirectoryWindow *self = SEEDS_DIRECTORY_WINDOW (widget);
  SeedsCommunity *selected = seeds_directory_window_get_selected (self);

  if (selected == NULL)
    return;

  if (seeds_community_is_own (selected))
    confirm_remove_own (self, selected);
  else
    remove_entry (self, selected);
}

/* Importing profiles */

/* Opens the card of the first community imported. */
static void
show_import (GtkWindow *window,
             GPtrArray *results)
{
  SeedsDirectoryWindow *self = SEEDS_DIRECTORY_WINDOW (window);

  for (guint i = 0; i < results->len; i++)
    {
      const SeedsImportResult *result = g_ptr_array_index (results, i);

      if (result->community_id != NULL && !seeds_import_result_is_refused (result))
        {
          if (!seeds_directory_window_lists (self, result->community_id))
            clear_filter (self);
          seeds_directory_window_select (self, result->community_id);
          break;
        }
    }
}

/**
 * seeds_directory_window_import_files:
 *
 * Imports profiles (and whatever else the importer takes) through the
 * session, each whole or not at all; then says per file what happened,
 * and opens the card of the first community imported.
 */
void
seeds_directory_window_import_files (SeedsDirectoryWindow  *self,
                                     GFile                **files,
                                     guint                  n_files)
{
  g_return_if_fail (SEEDS_IS_DIRECTORY_WINDOW (self));

  seeds_import_job_start (GTK_WINDOW (self), self->job_bar, self->session, files, n_files, show_import);
}

static void
on_files_chosen (GtkWindow  *window,
                 GFile     **files,
                 guint       n_files,
                 gpointer    user_data)
{
  seeds_directory_window_import_files (SEEDS_DIRECTORY_WINDOW (window), files, n_files);
}

static void
import_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Learning community profiles"));
  gtk_file_filter_add_suffix (filter, &SEEDS_PROFILE_SUFFIX[1]);  /* without its dot */

  seeds_file_chooser_open (GTK_WINDOW (widget), _("Import Profiles"), _("_Import"), filter,
                           on_files_chosen, NULL, NULL);
}

/* Exporting your own community's profile */

static void
on_profile_saved (GObject      *source_object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(SeedsJob) job = user_data;
  g_autoptr(SeedsProfile) profile = NULL;
  g_autoptr(GError) error = NULL;

  profile = seeds_session_export_profile_finish (SEEDS_SESSION (source_object), result, &error);
  seeds_job_end (job, error,
                 _("Profile saved. Send it to other learning communities to be in their directory."));
}

/**
 * seeds_directory_window_save_profile:
 * @community_id: one of your own learning communities
 * @share: what to share besides what a profile always holds
 *
 * Saves the community's profile, dated now, for other communities to
 * import (see docs/formats.md), through the session; a toast says when
 * it is saved, or why not.
 */
void
seeds_directory_window_save_profile (SeedsDirectoryWindow *self,
                                     const char           *community_id,
                                     SeedsProfileShare     share,
                                     GFile                *file)
{
  SeedsJob *job;

  g_return_if_fail (SEEDS_IS_DIRECTORY_WINDOW (self));
  g_return_if_fail (community_id != NULL);
  g_return_if_fail (G_IS_FILE (file));

  job = seeds_job_bar_begin (self->job_bar, _("Saving the profile…"), file, self);
  if (job != NULL)
    seeds_session_export_profile_async (self->session, community_id, share, file,
                                        seeds_job_get_cancellable (job), on_profile_saved, job);
}

/* What the share dialog chose, for once the file is */
typedef struct
{
  char              *community_id;
  SeedsProfileShare  share;
} ProfileChoice;

static void
profile_choice_free (gpointer data)
{
  ProfileChoice *choice = data;

  g_free (choice->community_id);
  g_free (choice);
}

static void
on_profile_file_chosen (GtkWindow *window,
                        GFile     *file,
                        gpointer   user_data)
{
  ProfileChoice *choice = user_data;

  seeds_directory_window_save_profile (SEEDS_DIRECTORY_WINDOW (window), choice->community_id,
                                       choice->share, file);
}

static void
on_share_response (SeedsProfileShareDialog *dialog,
                   const char              *response,
                   SeedsDirectoryWindow    *self)
{
  SeedsCommunity *community = g_object_get_data (G_OBJECT (dialog), "community");
  ProfileChoice *choice;

  if (!g_str_equal (response, SEEDS_PROFILE_SHARE_DIALOG_EXPORT))
    return;

  choice = g_new0 (ProfileChoice, 1);
  choice->community_id = g_strdup (seeds_community_get_id (community));
  choice->share = seeds_profile_share_dialog_get_share (dialog);
  seeds_file_chooser_save (GTK_WINDOW (self), _("Export Profile"), _("Learning community profiles"),
                           seeds_community_get_name (community), SEEDS_PROFILE_SUFFIX,
                           on_profile_file_chosen, choice, profile_choice_free);
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SeedsDirectoryWindow *self = SEEDS_DIRECTORY_WINDOW (widget);
  SeedsCommunity *selected = seeds_directory_window_get_selected (self);
  SeedsProfileShareDialog *dialog;

  if (selected == NULL || !seeds_community_is_own (selected))
    return;

  dialog = seeds_profile_share_dialog_new (GTK_WINDOW (self), seeds_community_get_name (selected));
  g_object_set_data_full (G_OBJECT (dialog), "community", g_object_ref (selected), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_share_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The fictional sample */

static void
add_samples_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  SeedsDirectoryWindow *self = SEEDS_DIRECTORY_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!seeds_store_add_sample_directory (self->store, &error))
    {
      seeds_directory_window_show_error (self, error);
      return;
    }

  seeds_directory_window_show_all (self);
}

static void
remove_samples_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  SeedsDirectoryWindow *self = SEEDS_DIRECTORY_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!seeds_store_remove_sample_directory (self->store, &error))
    seeds_directory_window_show_error (self, error);
}

void
seeds_directory_window_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "directory.add", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "directory.edit", NULL, edit_activated);
  gtk_widget_class_install_action (widget_class, "directory.remove", NULL, remove_activated);
  gtk_widget_class_install_action (widget_class, "directory.import", NULL, import_activated);
  gtk_widget_class_install_action (widget_class, "directory.export", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "directory.add-samples", NULL, add_samples_activated);
  gtk_widget_class_install_action (widget_class, "directory.remove-samples", NULL, remove_samples_activated);
}
