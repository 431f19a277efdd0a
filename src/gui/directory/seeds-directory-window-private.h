/* seeds-directory-window-private.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "directory/seeds-directory-card.h"
#include "directory/seeds-marker-layer.h"
#include "directory/seeds-directory-window.h"
#include "map/seeds-map-view.h"
#include "seeds-job-bar.h"

G_BEGIN_DECLS

/* What the tests and the screenshot tool reach into, as with
 * seeds-window-private.h. */
struct _SeedsDirectoryWindow
{
  AdwWindow           parent_instance;

  SeedsSession       *session;
  SeedsStore         *store;        /* the session's */
  SeedsFramework     *framework;
  GSettings          *settings;
  gulong              changed_id;
  char               *selected_id;  /* the entry whose card is open */
  gboolean            selecting;    /* the selection is being set to match the card */
  GListStore         *entries;      /* SeedsCommunity, every entry */
  GtkCustomFilter    *filter;       /* the search and the kind chosen */
  char              **search_words; /* the search, folded */
  GHashTable         *haystacks;    /* SeedsCommunity → what the search looks in, folded */
  GtkFilterListModel *shown;        /* the entries that pass the filter: listed and on the map */
  GtkSingleSelection *selection;    /* of shown */
  SeedsMarkerLayer *marker_layer;
  guint               n_undoable;   /* removals whose toast still offers to undo them */
  gboolean            has_samples;
  AdwToast           *undo_toast;   /* the latest, while it is there */

  AdwToastOverlay    *toast_overlay;
  SeedsJobBar        *job_bar;
  AdwLeaflet         *leaflet;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *kind_dropdown;
  GtkStack           *sidebar_stack;
  GtkListView        *list;
  SeedsMapView       *map_view;
  SeedsDirectoryCard *card;
};

/* What seeds-directory-window-actions.c shares with the window */
G_GNUC_INTERNAL
void            seeds_directory_window_class_init_actions (GtkWidgetClass       *widget_class);
G_GNUC_INTERNAL
void            seeds_directory_window_show_error         (SeedsDirectoryWindow *self,
                                                           const GError         *error);
G_GNUC_INTERNAL
SeedsCommunity *seeds_directory_window_get_selected       (SeedsDirectoryWindow *self);
G_GNUC_INTERNAL
guint           seeds_directory_window_find_position      (SeedsDirectoryWindow *self,
                                                           const char           *community_id);
G_GNUC_INTERNAL
gboolean        seeds_directory_window_lists              (SeedsDirectoryWindow *self,
                                                           const char           *community_id);
G_GNUC_INTERNAL
void            seeds_directory_window_apply_filter       (SeedsDirectoryWindow *self);

/* What seeds-directory-window-shared.c shares with the window */
G_GNUC_INTERNAL
void            seeds_directory_window_class_init_shared  (GtkWidgetClass       *widget_class);
G_GNUC_INTERNAL
void            seeds_directory_window_start_shared       (SeedsDirectoryWindow *self);
G_GNUC_INTERNAL
void            seeds_directory_window_show_source        (SeedsDirectoryWindow *self,
                                                           SeedsCommunity       *community);

G_END_DECLS
