/* seeds-directory-window.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "exchange/seeds-file-name.h"
#include "directory/seeds-directory-entry-dialog.h"
#include "directory/seeds-directory-marker.h"
#include "directory/seeds-directory-row.h"
#include "directory/seeds-directory-window-private.h"
#include "exchange/seeds-exchange.h"
#include "exchange/seeds-import-dialog.h"
#include "exchange/seeds-importer.h"
#include "exchange/seeds-profile-export.h"
#include "directory/seeds-profile-share-dialog.h"
#include "seeds-widget-util.h"

/* The directory of learning communities: a searchable list beside a map
 * with a marker per community, and the contact card of the one chosen
 * over the map. Entries are added, changed and removed (with undo) here;
 * profiles are imported and your own exported; the fictional sample
 * directory comes and goes. The window follows the store, so that what an
 * import or the main window changes shows at once. */

/* Close enough to tell the towns of the Westland apart */
#define REGION_ZOOM 11.0

/* Pixels: what the map is narrower and lower than the window, and the
 * least room beside the card to show markers in */
#define SIDEBAR_WIDTH  340
#define HEADER_HEIGHT  46
#define MIN_FREE_WIDTH 240

G_DEFINE_FINAL_TYPE (SeedsDirectoryWindow, seeds_directory_window, ADW_TYPE_WINDOW)

static void
show_error (SeedsDirectoryWindow *self,
            const GError         *error)
{
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);

  g_message ("%s", error->message);
  /* A toast's title is markup; the message may hold a name or a file name. */
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

/* (nullable): the entry whose card is open */
static SeedsCommunity *
get_selected (SeedsDirectoryWindow *self)
{
  if (self->selected_id == NULL)
    return NULL;

  return seeds_directory_card_get_community (self->card);
}

static void
update_actions (SeedsDirectoryWindow *self)
{
  SeedsCommunity *selected = get_selected (self);
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "directory.edit", selected != NULL);
  gtk_widget_action_set_enabled (widget, "directory.remove", selected != NULL);
  gtk_widget_action_set_enabled (widget, "directory.export",
                                 selected != NULL && seeds_community_is_own (selected));
  gtk_widget_action_set_enabled (widget, "directory.add-samples", !self->has_samples);
  gtk_widget_action_set_enabled (widget, "directory.remove-samples", self->has_samples);
}

/* Selection: the row, the marker and the card go together. */

/* (nullable): the row of @community_id, if the filter shows it */
static GtkListBoxRow *
find_row (SeedsDirectoryWindow *self,
          const char           *community_id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list));
       child != NULL && community_id != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      SeedsCommunity *community = seeds_directory_row_get_community (SEEDS_DIRECTORY_ROW (child));

      if (gtk_widget_get_child_visible (child) &&
          g_str_equal (seeds_community_get_id (community), community_id))
        return GTK_LIST_BOX_ROW (child);
    }

  return NULL;
}

static void on_row_selected (SeedsDirectoryWindow *self,
                             GtkListBoxRow        *row);

static void
select_row_quietly (SeedsDirectoryWindow *self,
                    GtkListBoxRow        *row)
{
  g_signal_handlers_block_by_func (self->list, on_row_selected, self);
  if (row != NULL)
    gtk_list_box_select_row (self->list, row);
  else
    gtk_list_box_unselect_all (self->list);
  g_signal_handlers_unblock_by_func (self->list, on_row_selected, self);
}

static void
mark_current (SeedsDirectoryWindow *self)
{
  for (guint i = 0; i < self->all_markers->len; i++)
    {
      SeedsDirectoryMarker *marker = g_ptr_array_index (self->all_markers, i);
      SeedsCommunity *community = seeds_directory_marker_get_community (marker);

      seeds_directory_marker_set_current (marker,
                                          g_strcmp0 (seeds_community_get_id (community),
                                                     self->selected_id) == 0);
    }
}

static void
clear_selection (SeedsDirectoryWindow *self)
{
  g_clear_pointer (&self->selected_id, g_free);
  seeds_directory_card_set_community (self->card, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->card), FALSE);
  select_row_quietly (self, NULL);
  mark_current (self);
  update_actions (self);
}

/* The part of the map that the card, at its left, leaves free, in the
 * map's pixels: from the card's right edge to the map's. Where the card
 * leaves too little, the card is ignored. */
static graphene_rect_t
get_free_area (SeedsDirectoryWindow *self)
{
  GtkWidget *card = GTK_WIDGET (self->card);
  int map_width = gtk_widget_get_width (GTK_WIDGET (self->map_view));
  int map_height = gtk_widget_get_height (GTK_WIDGET (self->map_view));
  int card_width = 0;

  /* Before the window is first shown: about what it will be */
  if (map_width == 0 || map_height == 0)
    {
      gtk_window_get_default_size (GTK_WINDOW (self), &map_width, &map_height);
      map_width = MAX (map_width - SIDEBAR_WIDTH, 1);
      map_height = MAX (map_height - HEADER_HEIGHT, 1);
    }

  /* The card's right edge, and its margin; before the card is laid out,
   * its size with margins, padding and border */
  if (gtk_widget_get_visible (card))
    {
      graphene_rect_t bounds;

      if (gtk_widget_get_width (card) > 0 &&
          gtk_widget_compute_bounds (card, GTK_WIDGET (self->map_view), &bounds))
        card_width = (int) ceilf (bounds.origin.x + bounds.size.width) + gtk_widget_get_margin_end (card);
      else
        gtk_widget_measure (card, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &card_width, NULL, NULL);
    }

  if (map_width - card_width < MIN_FREE_WIDTH)
    card_width = 0;

  return GRAPHENE_RECT_INIT (card_width, 0, map_width - card_width, map_height);
}

/**
 * seeds_directory_window_show_all:
 *
 * Shows every marker beside the card, as close as REGION_ZOOM; without
 * any, the Greenport West-Holland.
 */
void
seeds_directory_window_show_all (SeedsDirectoryWindow *self)
{
  graphene_rect_t area;

  g_return_if_fail (SEEDS_IS_DIRECTORY_WINDOW (self));

  area = get_free_area (self);

  /* Wide enough to see The Hague, Rotterdam and the Westland at once */
  if (self->markers->len == 0)
    seeds_map_view_centre_in (self->map_view, SEEDS_MAP_VIEW_HOME_LATITUDE, SEEDS_MAP_VIEW_HOME_LONGITUDE,
                              REGION_ZOOM - 1, &area);
  else
    seeds_map_view_fit (self->map_view, self->markers, REGION_ZOOM, &area);
}

/* Opens the card of @community, selects its row and marker, and, when
 * @centre, moves the map to it. */
static void
select_community (SeedsDirectoryWindow *self,
                  SeedsCommunity       *community,
                  gboolean              centre)
{
  const SeedsCommunityProfile *profile = seeds_community_get_profile (community);

  g_free (self->selected_id);
  self->selected_id = g_strdup (seeds_community_get_id (community));
  seeds_directory_card_set_community (self->card, community);
  gtk_widget_set_visible (GTK_WIDGET (self->card), TRUE);
  select_row_quietly (self, find_row (self, self->selected_id));
  mark_current (self);
  update_actions (self);

  if (centre && profile->has_location)
    {
      graphene_rect_t area = get_free_area (self);

      seeds_map_view_reveal (self->map_view, profile->latitude, profile->longitude, &area);
    }
}

/**
 * seeds_directory_window_select:
 * @community_id: (nullable): an entry in the list, or %NULL for none
 *
 * Opens the entry's card, as a click on its row does.
 */
void
seeds_directory_window_select (SeedsDirectoryWindow *self,
                               const char           *community_id)
{
  GtkListBoxRow *row;

  g_return_if_fail (SEEDS_IS_DIRECTORY_WINDOW (self));

  row = find_row (self, community_id);
  if (row == NULL)
    clear_selection (self);
  else
    select_community (self, seeds_directory_row_get_community (SEEDS_DIRECTORY_ROW (row)), TRUE);
}

static void
on_row_selected (SeedsDirectoryWindow *self,
                 GtkListBoxRow        *row)
{
  if (row != NULL)
    select_community (self, seeds_directory_row_get_community (SEEDS_DIRECTORY_ROW (row)), TRUE);
}

/* Where the list and the map do not fit side by side, the map follows. */
static void
on_row_activated (SeedsDirectoryWindow *self,
                  GtkListBoxRow        *row)
{
  on_row_selected (self, row);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
on_marker_activate (SeedsDirectoryWindow *self,
                    SeedsDirectoryMarker *marker)
{
  select_community (self, seeds_directory_marker_get_community (marker), TRUE);
}

static void
on_card_close (SeedsDirectoryWindow *self)
{
  clear_selection (self);
}

static void
on_back_clicked (SeedsDirectoryWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
show_all_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  seeds_directory_window_show_all (SEEDS_DIRECTORY_WINDOW (widget));
}

/* Loading */

static void
get_filter (SeedsDirectoryWindow *self,
            SeedsDirectoryFilter *filter)
{
  guint kind = gtk_drop_down_get_selected (self->kind_dropdown);

  *filter = (SeedsDirectoryFilter) {
    .search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
    /* The first choice is every kind. */
    .kinds = kind > 0 && kind <= SEEDS_N_COMMUNITY_KINDS ? SEEDS_DIRECTORY_KIND (kind - 1) : 0,
  };
}

static void
add_marker (SeedsDirectoryWindow *self,
            SeedsCommunity       *community)
{
  SeedsDirectoryMarker *marker;

  if (!seeds_community_get_profile (community)->has_location)
    return;

  marker = seeds_directory_marker_new (community);
  g_signal_connect_object (marker, "activate", G_CALLBACK (on_marker_activate), self, G_CONNECT_SWAPPED);
  seeds_map_view_add_marker (self->map_view, SHUMATE_MARKER (marker));
  g_ptr_array_add (self->all_markers, marker);
}

static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       data)
{
  SeedsDirectoryFilter filter;

  get_filter (data, &filter);
  return seeds_directory_filter_matches (&filter, seeds_directory_row_get_community (SEEDS_DIRECTORY_ROW (row)));
}

/* Shows the rows and markers of the entries that pass the search and the
 * kind chosen, and hides the others, keeping the card open on the same
 * entry while it is shown. Hiding rather than making the widgets again
 * keeps typing in the search field quick in a directory of a thousand:
 * making a row and a marker per entry per keystroke took seconds. */
static void
apply_filter (SeedsDirectoryWindow *self)
{
  SeedsDirectoryFilter filter;
  GtkListBoxRow *row;
  guint n_rows = 0, n_shown = 0;

  gtk_list_box_invalidate_filter (self->list);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      n_rows++;
      if (gtk_widget_get_child_visible (child))
        n_shown++;
    }

  get_filter (self, &filter);
  g_ptr_array_set_size (self->markers, 0);
  for (guint i = 0; i < self->all_markers->len; i++)
    {
      SeedsDirectoryMarker *marker = g_ptr_array_index (self->all_markers, i);
      gboolean matches = seeds_directory_filter_matches (&filter, seeds_directory_marker_get_community (marker));

      gtk_widget_set_visible (GTK_WIDGET (marker), matches);
      if (matches)
        g_ptr_array_add (self->markers, marker);
    }

  gtk_stack_set_visible_child_name (self->sidebar_stack,
                                    n_rows == 0 ? "empty" : n_shown == 0 ? "no-results" : "list");

  row = find_row (self, self->selected_id);
  if (row != NULL)
    select_community (self, seeds_directory_row_get_community (SEEDS_DIRECTORY_ROW (row)), FALSE);
  else
    clear_selection (self);
}

/* Makes the list and the map again from the store, with a row and a
 * marker for every entry, and filters them. The filter is the pure
 * function the store filters with, so one query serves the list and the
 * question whether the directory is empty at all. */
static void
reload (SeedsDirectoryWindow *self)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;

  all = seeds_store_list_directory (self->store, NULL, &error);
  if (all == NULL)
    {
      show_error (self, error);
      all = g_ptr_array_new_with_free_func (g_object_unref);
    }

  select_row_quietly (self, NULL);
  seeds_widget_remove_children (GTK_WIDGET (self->list));
  seeds_map_view_remove_all_markers (self->map_view);
  g_ptr_array_set_size (self->markers, 0);
  g_ptr_array_set_size (self->all_markers, 0);

  self->has_samples = FALSE;
  for (guint i = 0; i < all->len; i++)
    {
      SeedsCommunity *community = g_ptr_array_index (all, i);

      if (seeds_community_get_origin (community) == SEEDS_COMMUNITY_SAMPLE)
        self->has_samples = TRUE;
      gtk_list_box_append (self->list, seeds_directory_row_new (community));
      add_marker (self, community);
    }

  apply_filter (self);
}

static void
on_filter_changed (SeedsDirectoryWindow *self)
{
  if (self->store != NULL)
    apply_filter (self);
}

/* Escape in the search field empties it, as in GNOME's other lists. */
static void
on_stop_search (SeedsDirectoryWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_store_changed (SeedsStore           *store,
                  SeedsStoreChange      what,
                  SeedsDirectoryWindow *self)
{
  if (what & (SEEDS_STORE_CHANGE_DIRECTORY | SEEDS_STORE_CHANGE_COMMUNITIES))
    reload (self);
}

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
  apply_filter (self);
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

  if (find_row (self, seeds_community_get_id (added)) == NULL)
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
  SeedsCommunity *selected = get_selected (self);

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
      show_error (self, error);
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
    show_error (self, error);
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
      show_error (self, error);
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
  SeedsCommunity *selected = get_selected (self);

  if (selected == NULL)
    return;

  if (seeds_community_is_own (selected))
    confirm_remove_own (self, selected);
  else
    remove_entry (self, selected);
}

/* Importing profiles */

/**
 * seeds_directory_window_import_files:
 *
 * Imports profiles (and whatever else the importer takes), each whole or
 * not at all, says per file what happened, and opens the card of the
 * first community imported.
 */
void
seeds_directory_window_import_files (SeedsDirectoryWindow  *self,
                                     GFile                **files,
                                     guint                  n_files)
{
  g_autoptr(GPtrArray) results = NULL;
  SeedsImportDialog *dialog;

  g_return_if_fail (SEEDS_IS_DIRECTORY_WINDOW (self));

  if (n_files == 0)
    return;

  results = seeds_importer_import_files (self->store, self->framework, files, n_files);

  for (guint i = 0; i < results->len; i++)
    {
      const SeedsImportResult *result = g_ptr_array_index (results, i);

      if (result->community_id != NULL && !seeds_import_result_is_refused (result))
        {
          if (find_row (self, result->community_id) == NULL)
            clear_filter (self);
          seeds_directory_window_select (self, result->community_id);
          break;
        }
    }

  dialog = seeds_import_dialog_new (GTK_WINDOW (self), results);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_import_response (GtkNativeDialog      *chooser,
                    int                   response,
                    SeedsDirectoryWindow *self)
{
  g_autoptr(GListModel) files = NULL;
  g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

  if (response == GTK_RESPONSE_ACCEPT)
    files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);

  for (guint i = 0; files != NULL && i < g_list_model_get_n_items (files); i++)
    g_ptr_array_add (array, g_list_model_get_item (files, i));

  if (self->store != NULL)
    seeds_directory_window_import_files (self, (GFile **) array->pdata, array->len);
}

static void
import_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Learning community profiles"));
  gtk_file_filter_add_suffix (filter, SEEDS_PROFILE_SUFFIX + 1);

  chooser = gtk_file_chooser_native_new (_("Import Profiles"), GTK_WINDOW (widget),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_import_response), widget, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Exporting your own community's profile */

/**
 * seeds_directory_window_save_profile:
 * @community_id: one of your own learning communities
 * @share: what to share besides what a profile always holds
 *
 * Saves the community's profile, dated now, for other communities to
 * import (see docs/formats.md).
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_directory_window_save_profile (SeedsDirectoryWindow  *self,
                                     const char            *community_id,
                                     SeedsProfileShare      share,
                                     GFile                 *file,
                                     GError               **error)
{
  g_autoptr(SeedsProfile) profile = NULL;

  g_return_val_if_fail (SEEDS_IS_DIRECTORY_WINDOW (self), FALSE);
  g_return_val_if_fail (community_id != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  profile = seeds_profile_export_new (self->store, self->framework, community_id, share, error);

  return profile != NULL && seeds_profile_save (profile, file, error);
}

static void
on_export_file_response (GtkNativeDialog      *chooser,
                         int                   response,
                         SeedsDirectoryWindow *self)
{
  const char *community_id = g_object_get_data (G_OBJECT (chooser), "community-id");
  SeedsProfileShare share = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (chooser), "share"));
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (file != NULL && self->store != NULL)
    {
      if (seeds_directory_window_save_profile (self, community_id, share, file, &error))
        adw_toast_overlay_add_toast (self->toast_overlay,
                                     adw_toast_new (_("Profile saved. Send it to other learning "
                                                      "communities to be in their directory.")));
      else
        show_error (self, error);
    }

  g_object_unref (chooser);
}

static void
on_share_response (SeedsProfileShareDialog *dialog,
                   const char              *response,
                   SeedsDirectoryWindow    *self)
{
  SeedsCommunity *community = g_object_get_data (G_OBJECT (dialog), "community");
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  if (!g_str_equal (response, SEEDS_PROFILE_SHARE_DIALOG_EXPORT))
    return;

  name = seeds_file_name_for (seeds_community_get_name (community), SEEDS_PROFILE_SUFFIX);
  chooser = gtk_file_chooser_native_new (_("Export Profile"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data_full (G_OBJECT (chooser), "community-id", g_strdup (seeds_community_get_id (community)),
                          g_free);
  g_object_set_data (G_OBJECT (chooser), "share",
                     GUINT_TO_POINTER (seeds_profile_share_dialog_get_share (dialog)));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_file_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SeedsDirectoryWindow *self = SEEDS_DIRECTORY_WINDOW (widget);
  SeedsCommunity *selected = get_selected (self);
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
      show_error (self, error);
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
    show_error (self, error);
}

/* The window */

static void
seeds_directory_window_dispose (GObject *object)
{
  SeedsDirectoryWindow *self = SEEDS_DIRECTORY_WINDOW (object);

  /* A removal that can no longer be undone is done. */
  if (self->store != NULL)
    {
      g_clear_signal_handler (&self->changed_id, self->store);
      seeds_store_purge_removed_entries (self->store, NULL);
    }

  g_clear_object (&self->store);
  g_clear_object (&self->framework);
  g_clear_object (&self->settings);
  g_clear_weak_pointer (&self->undo_toast);
  g_clear_pointer (&self->markers, g_ptr_array_unref);
  g_clear_pointer (&self->all_markers, g_ptr_array_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), SEEDS_TYPE_DIRECTORY_WINDOW);

  G_OBJECT_CLASS (seeds_directory_window_parent_class)->dispose (object);
}

static void
seeds_directory_window_finalize (GObject *object)
{
  SeedsDirectoryWindow *self = SEEDS_DIRECTORY_WINDOW (object);

  g_free (self->selected_id);

  G_OBJECT_CLASS (seeds_directory_window_parent_class)->finalize (object);
}

static void
seeds_directory_window_class_init (SeedsDirectoryWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = seeds_directory_window_dispose;
  object_class->finalize = seeds_directory_window_finalize;

  g_type_ensure (SEEDS_TYPE_MAP_VIEW);
  g_type_ensure (SEEDS_TYPE_DIRECTORY_CARD);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/directory/seeds-directory-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryWindow, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryWindow, list);
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryWindow, map_view);
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryWindow, card);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_card_close);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);

  gtk_widget_class_install_action (widget_class, "directory.add", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "directory.edit", NULL, edit_activated);
  gtk_widget_class_install_action (widget_class, "directory.remove", NULL, remove_activated);
  gtk_widget_class_install_action (widget_class, "directory.import", NULL, import_activated);
  gtk_widget_class_install_action (widget_class, "directory.export", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "directory.add-samples", NULL, add_samples_activated);
  gtk_widget_class_install_action (widget_class, "directory.remove-samples", NULL, remove_samples_activated);
  gtk_widget_class_install_action (widget_class, "directory.show-all", NULL, show_all_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
seeds_directory_window_init (SeedsDirectoryWindow *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  seeds_widget_name_mnemonic_buttons (GTK_WIDGET (self));

  self->markers = g_ptr_array_new ();
  self->all_markers = g_ptr_array_new ();
  gtk_list_box_set_filter_func (self->list, filter_row, self, NULL);

  gtk_string_list_append (kinds, _("All Kinds"));
  for (int kind = 0; kind < SEEDS_N_COMMUNITY_KINDS; kind++)
    gtk_string_list_append (kinds, seeds_community_kind_get_label (kind));
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
}

/**
 * seeds_directory_window_show:
 * @parent: the main window
 * @settings: (nullable): the app's settings, for the online-map-tiles key
 *
 * Shows the directory window of @parent, opening it if it is not open.
 *
 * Returns: (transfer none): the window
 */
SeedsDirectoryWindow *
seeds_directory_window_show (GtkWindow      *parent,
                             SeedsStore     *store,
                             SeedsFramework *framework,
                             GSettings      *settings)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  SeedsDirectoryWindow *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SEEDS_IS_STORE (store), NULL);
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (framework), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (SEEDS_IS_DIRECTORY_WINDOW (window) && gtk_window_get_transient_for (window) == parent)
        {
          gtk_window_present (window);
          return SEEDS_DIRECTORY_WINDOW (window);
        }
    }

  self = g_object_new (SEEDS_TYPE_DIRECTORY_WINDOW,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  self->framework = g_object_ref (framework);
  self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed), self);

  if (settings != NULL)
    {
      self->settings = g_object_ref (settings);
      g_settings_bind (settings, "online-map-tiles", self->map_view, "online-tiles", G_SETTINGS_BIND_GET);
    }

  reload (self);
  seeds_directory_window_show_all (self);
  gtk_window_present (GTK_WINDOW (self));

  return self;
}
