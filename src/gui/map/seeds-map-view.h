/* seeds-map-view.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>
#include <shumate/shumate.h>

G_BEGIN_DECLS

/* Where the map opens: the Greenport West-Holland, between The Hague,
 * Rotterdam and the Westland. */
#define SEEDS_MAP_VIEW_HOME_LATITUDE  52.0
#define SEEDS_MAP_VIEW_HOME_LONGITUDE 4.25
#define SEEDS_MAP_VIEW_HOME_ZOOM      9.0

/* How far in the base map zooms on its own, and with online tiles. */
#define SEEDS_MAP_VIEW_OFFLINE_MAX_ZOOM 14
#define SEEDS_MAP_VIEW_ONLINE_MAX_ZOOM  18
#define SEEDS_MAP_VIEW_MIN_ZOOM         3

#define SEEDS_MAP_VIEW_OSM_URL    "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
#define SEEDS_MAP_VIEW_USER_AGENT \
  "SeedsOfInnovation/" PACKAGE_VERSION " (+https://github.com/seedsofinnovation/seeds)"

#define SEEDS_TYPE_MAP_VIEW (seeds_map_view_get_type ())

G_DECLARE_FINAL_TYPE (SeedsMapView, seeds_map_view, SEEDS, MAP_VIEW, GtkWidget)

GtkWidget          *seeds_map_view_new                     (void);

ShumateSimpleMap   *seeds_map_view_get_simple_map          (SeedsMapView  *self);
ShumateViewport    *seeds_map_view_get_viewport            (SeedsMapView  *self);
ShumateMarkerLayer *seeds_map_view_get_marker_layer        (SeedsMapView  *self);
void                seeds_map_view_add_marker              (SeedsMapView  *self,
                                                            ShumateMarker *marker);
void                seeds_map_view_remove_marker           (SeedsMapView  *self,
                                                            ShumateMarker *marker);
void                seeds_map_view_remove_all_markers      (SeedsMapView  *self);

void                seeds_map_view_go_to                   (SeedsMapView  *self,
                                                            double         latitude,
                                                            double         longitude,
                                                            double         zoom);
void                seeds_map_view_go_home                 (SeedsMapView  *self);
void                seeds_map_view_centre_in               (SeedsMapView          *self,
                                                            double                 latitude,
                                                            double                 longitude,
                                                            double                 zoom,
                                                            const graphene_rect_t *area);
void                seeds_map_view_reveal                  (SeedsMapView          *self,
                                                            double                 latitude,
                                                            double                 longitude,
                                                            const graphene_rect_t *area);
void                seeds_map_view_fit                     (SeedsMapView          *self,
                                                            GPtrArray             *locations,
                                                            double                 max_zoom,
                                                            const graphene_rect_t *area);

gboolean            seeds_map_view_get_online_tiles        (SeedsMapView  *self);
void                seeds_map_view_set_online_tiles        (SeedsMapView  *self,
                                                            gboolean       online_tiles);
gboolean            seeds_map_view_get_showing_online_tiles (SeedsMapView *self);

G_END_DECLS
