/* seeds-directory-window.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "directory/seeds-directory-marker.h"
#include "directory/seeds-directory-row.h"
#include "directory/seeds-directory-window-private.h"
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

void
seeds_directory_window_show_error (SeedsDirectoryWindow *self,
                                   const GError         *error)
{
  g_message ("%s", error->message);
  seeds_widget_add_toast (self->toast_overlay, error->message);
}

/* (nullable): the entry whose card is open */
SeedsCommunity *
seeds_directory_window_get_selected (SeedsDirectoryWindow *self)
{
  if (self->selected_id == NULL)
    return NULL;

  return seeds_directory_card_get_community (self->card);
}

static void
update_actions (SeedsDirectoryWindow *self)
{
  SeedsCommunity *selected = seeds_directory_window_get_selected (self);
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
GtkListBoxRow *
seeds_directory_window_find_row (SeedsDirectoryWindow *self,
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
  seeds_directory_window_show_source (self, community);
  gtk_widget_set_visible (GTK_WIDGET (self->card), TRUE);
  select_row_quietly (self, seeds_directory_window_find_row (self, self->selected_id));
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

  row = seeds_directory_window_find_row (self, community_id);
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
void
seeds_directory_window_apply_filter (SeedsDirectoryWindow *self)
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

  row = seeds_directory_window_find_row (self, self->selected_id);
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
      seeds_directory_window_show_error (self, error);
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

  seeds_directory_window_apply_filter (self);
}

static void
on_filter_changed (SeedsDirectoryWindow *self)
{
  if (self->store != NULL)
    seeds_directory_window_apply_filter (self);
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

/* The window */

static void
seeds_directory_window_dispose (GObject *object)
{
  SeedsDirectoryWindow *self = SEEDS_DIRECTORY_WINDOW (object);

  /* An import or export under way is cancelled with the window. */
  if (self->job_bar != NULL)
    seeds_job_bar_close (self->job_bar);

  /* A removal that can no longer be undone is done. */
  if (self->store != NULL)
    {
      g_clear_signal_handler (&self->changed_id, self->store);
      seeds_store_purge_removed_entries (self->store, NULL);
    }

  g_clear_object (&self->session);
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
  g_type_ensure (SEEDS_TYPE_JOB_BAR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/directory/seeds-directory-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryWindow, job_bar);
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

  seeds_directory_window_class_init_actions (widget_class);
  seeds_directory_window_class_init_shared (widget_class);
  gtk_widget_class_install_action (widget_class, "directory.show-all", NULL, show_all_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
seeds_directory_window_init (SeedsDirectoryWindow *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

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
 * @session: the session of the database, which imports and exports
 * @settings: (nullable): the app's settings, for the online-map-tiles key
 *
 * Shows the directory window of @parent, opening it if it is not open.
 *
 * Returns: (transfer none): the window
 */
SeedsDirectoryWindow *
seeds_directory_window_show (GtkWindow    *parent,
                             SeedsSession *session,
                             GSettings    *settings)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  SeedsDirectoryWindow *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SEEDS_IS_SESSION (session), NULL);
  g_return_val_if_fail (SEEDS_IS_STORE (seeds_session_get_store (session)), NULL);

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
  self->session = g_object_ref (session);
  self->store = g_object_ref (seeds_session_get_store (session));
  self->framework = g_object_ref (seeds_session_get_framework (session));
  self->changed_id = g_signal_connect (self->store, "changed", G_CALLBACK (on_store_changed), self);

  if (settings != NULL)
    {
      self->settings = g_object_ref (settings);
      g_settings_bind (settings, "online-map-tiles", self->map_view, "online-tiles", G_SETTINGS_BIND_GET);
    }

  reload (self);
  seeds_directory_window_show_all (self);
  gtk_window_present (GTK_WINDOW (self));
  seeds_directory_window_start_shared (self);

  return self;
}
