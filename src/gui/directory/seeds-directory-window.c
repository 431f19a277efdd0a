/* seeds-directory-window.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

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

/**
 * seeds_directory_window_find_position:
 *
 * Returns: where the list shows @community_id, or
 *   %GTK_INVALID_LIST_POSITION where the filter hides it
 */
guint
seeds_directory_window_find_position (SeedsDirectoryWindow *self,
                                      const char           *community_id)
{
  GListModel *shown = G_LIST_MODEL (self->shown);
  guint n = g_list_model_get_n_items (shown);

  for (guint i = 0; i < n && community_id != NULL; i++)
    {
      g_autoptr(SeedsCommunity) community = g_list_model_get_item (shown, i);

      if (g_str_equal (seeds_community_get_id (community), community_id))
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

/* Whether the list shows @community_id */
gboolean
seeds_directory_window_lists (SeedsDirectoryWindow *self,
                              const char           *community_id)
{
  return seeds_directory_window_find_position (self, community_id) != GTK_INVALID_LIST_POSITION;
}

/* Follows the card without opening it again, and brings its row in
 * sight: in a list of thousands, a marker's row is mostly far away. */
static void
select_quietly (SeedsDirectoryWindow *self,
                guint                 position)
{
  self->selecting = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->selecting = FALSE;

  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list), "list.scroll-to-item", "u", position);
}

static void
mark_current (SeedsDirectoryWindow *self)
{
  seeds_marker_layer_set_current (self->marker_layer, self->selected_id);
}

static void
clear_selection (SeedsDirectoryWindow *self)
{
  g_clear_pointer (&self->selected_id, g_free);
  seeds_directory_card_set_community (self->card, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->card), FALSE);
  select_quietly (self, GTK_INVALID_LIST_POSITION);
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
  g_autoptr(GPtrArray) locations = NULL;
  graphene_rect_t area;

  g_return_if_fail (SEEDS_IS_DIRECTORY_WINDOW (self));

  area = get_free_area (self);

  locations = seeds_marker_layer_get_locations (self->marker_layer);

  /* Wide enough to see The Hague, Rotterdam and the Westland at once */
  if (locations->len == 0)
    seeds_map_view_centre_in (self->map_view, SEEDS_MAP_VIEW_HOME_LATITUDE, SEEDS_MAP_VIEW_HOME_LONGITUDE,
                              REGION_ZOOM - 1, &area);
  else
    seeds_map_view_fit (self->map_view, locations, REGION_ZOOM, &area);
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
  select_quietly (self, seeds_directory_window_find_position (self, self->selected_id));
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
  g_autoptr(SeedsCommunity) community = NULL;
  guint position;

  g_return_if_fail (SEEDS_IS_DIRECTORY_WINDOW (self));

  position = seeds_directory_window_find_position (self, community_id);
  if (position != GTK_INVALID_LIST_POSITION)
    community = g_list_model_get_item (G_LIST_MODEL (self->shown), position);

  if (community == NULL)
    clear_selection (self);
  else
    select_community (self, community, TRUE);
}

static void
on_selected_changed (SeedsDirectoryWindow *self)
{
  SeedsCommunity *community = gtk_single_selection_get_selected_item (self->selection);

  if (!self->selecting && community != NULL)
    select_community (self, community, TRUE);
}

/* Where the list and the map do not fit side by side, the map follows. */
static void
on_row_activated (SeedsDirectoryWindow *self,
                  guint                 position)
{
  gtk_single_selection_set_selected (self->selection, position);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
on_marker_activated (SeedsDirectoryWindow *self,
                     SeedsCommunity       *community)
{
  select_community (self, community, TRUE);
}

/* A cluster's members, as close as the map goes, beside the card */
static void
on_cluster_activated (SeedsDirectoryWindow *self,
                      GPtrArray            *locations)
{
  ShumateViewport *viewport = seeds_map_view_get_viewport (self->map_view);
  graphene_rect_t area = get_free_area (self);

  seeds_map_view_fit (self->map_view, locations, shumate_viewport_get_max_zoom_level (viewport),
                      &area);
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

/* What the search looks in, folded once per entry */
static const char *
get_haystack (SeedsDirectoryWindow *self,
              SeedsCommunity       *community)
{
  char *haystack = g_hash_table_lookup (self->haystacks, community);

  if (haystack == NULL)
    {
      haystack = seeds_directory_haystack (community);
      g_hash_table_insert (self->haystacks, community, haystack);
    }

  return haystack;
}

static gboolean
filter_community (gpointer item,
                  gpointer data)
{
  SeedsDirectoryWindow *self = data;
  SeedsDirectoryFilter filter;

  get_filter (self, &filter);
  return seeds_directory_filter_matches_folded (&filter, item,
                                                (const char *const *) self->search_words,
                                                get_haystack (self, item));
}

/* Shows the entries that pass the search and the kind chosen, in the
 * list and on the map, keeping the card open on the same entry while it
 * is shown. The list makes rows only for what is in sight, and the map
 * draws its markers in one layer, so a keystroke in a directory of ten
 * thousand stays within a frame. */
void
seeds_directory_window_apply_filter (SeedsDirectoryWindow *self)
{
  g_autoptr(SeedsCommunity) selected = NULL;
  guint n_rows = g_list_model_get_n_items (G_LIST_MODEL (self->entries));
  guint n_shown, position;

  g_strfreev (self->search_words);
  self->search_words = seeds_directory_search_words (
                         gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));

  /* The card is opened again below, without moving the map */
  self->selecting = TRUE;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  self->selecting = FALSE;
  n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->shown));
  gtk_stack_set_visible_child_name (self->sidebar_stack,
                                    n_rows == 0 ? "empty" : n_shown == 0 ? "no-results" : "list");

  position = seeds_directory_window_find_position (self, self->selected_id);
  if (position != GTK_INVALID_LIST_POSITION)
    selected = g_list_model_get_item (G_LIST_MODEL (self->shown), position);

  if (selected != NULL)
    select_community (self, selected, FALSE);
  else
    clear_selection (self);
}

/* Fills the list and the map again from the store, and filters them. The
 * filter is the pure function the store filters with, so one query serves
 * the list and the question whether the directory is empty at all. */
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

  self->has_samples = FALSE;
  for (guint i = 0; i < all->len; i++)
    if (seeds_community_get_origin (g_ptr_array_index (all, i)) == SEEDS_COMMUNITY_SAMPLE)
      self->has_samples = TRUE;

  g_hash_table_remove_all (self->haystacks);
  self->selecting = TRUE;
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_list_store_splice (self->entries, 0, g_list_model_get_n_items (G_LIST_MODEL (self->entries)),
                       all->pdata, all->len);
  self->selecting = FALSE;

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

/* A click on a row activates it, as a list box's did: on a narrow
 * window, the map with the card follows. */
static void
on_row_released (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 GtkListItem     *item)
{
  gtk_widget_activate_action (gtk_list_item_get_child (item), "list.activate-item", "u",
                              gtk_list_item_get_position (item));
}

static void
on_setup_row (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  GtkWidget *row = seeds_directory_row_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  g_signal_connect (click, "released", G_CALLBACK (on_row_released), item);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (click));
  gtk_list_item_set_child (item, row);
}

static void
on_bind_row (GtkSignalListItemFactory *factory,
             GtkListItem              *item)
{
  seeds_directory_row_set_community (SEEDS_DIRECTORY_ROW (gtk_list_item_get_child (item)),
                                     gtk_list_item_get_item (item));
}

static void
on_unbind_row (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  seeds_directory_row_set_community (SEEDS_DIRECTORY_ROW (gtk_list_item_get_child (item)), NULL);
}

/* The list makes rows for what is in sight only, and uses them again. */
static void
set_up_list (SeedsDirectoryWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  self->entries = g_list_store_new (SEEDS_TYPE_COMMUNITY);
  self->haystacks = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->search_words = g_new0 (char *, 1);
  self->filter = gtk_custom_filter_new (filter_community, self, NULL);
  self->shown = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->entries)),
                                           GTK_FILTER (g_object_ref (self->filter)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->shown)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (on_selected_changed),
                            self);

  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_row), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_unbind_row), NULL);
  gtk_list_view_set_factory (self->list, factory);
  gtk_list_view_set_model (self->list, GTK_SELECTION_MODEL (self->selection));
}

static void
set_up_markers (SeedsDirectoryWindow *self)
{
  ShumateViewport *viewport = seeds_map_view_get_viewport (self->map_view);

  self->marker_layer = seeds_marker_layer_new (viewport);
  seeds_marker_layer_set_model (self->marker_layer, G_LIST_MODEL (self->shown));
  g_signal_connect_object (self->marker_layer, "community-activated",
                           G_CALLBACK (on_marker_activated), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->marker_layer, "cluster-activated",
                           G_CALLBACK (on_cluster_activated), self,
                           G_CONNECT_SWAPPED);
  shumate_simple_map_add_overlay_layer (seeds_map_view_get_simple_map (self->map_view),
                                        SHUMATE_LAYER (self->marker_layer));
}

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
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, on_selected_changed, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), SEEDS_TYPE_DIRECTORY_WINDOW);

  g_clear_object (&self->selection);
  g_clear_object (&self->shown);
  g_clear_object (&self->filter);
  g_clear_object (&self->entries);
  g_clear_pointer (&self->haystacks, g_hash_table_unref);
  g_clear_pointer (&self->search_words, g_strfreev);

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

  set_up_list (self);
  set_up_markers (self);

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
