/* seeds-map-view-private.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "map/seeds-map-view.h"
#include "map/seeds-offline-map-source.h"

G_BEGIN_DECLS

/* For the tests: another tile server and cache instead of OpenStreetMap,
 * and whether the network is there, instead of asking GNetworkMonitor. */
void                   seeds_map_view_set_tile_server       (SeedsMapView *self,
                                                             const char   *url_template,
                                                             const char   *cache_dir);
void                   seeds_map_view_set_network_available (SeedsMapView *self,
                                                             gboolean      available);
SeedsOfflineMapSource *seeds_map_view_get_base_source       (SeedsMapView *self);
ShumateMapSource      *seeds_map_view_get_online_source     (SeedsMapView *self);

G_END_DECLS
