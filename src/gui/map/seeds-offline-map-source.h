/* seeds-offline-map-source.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <shumate/shumate.h>

#include "map/seeds-tile-renderer.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_OFFLINE_MAP_SOURCE (seeds_offline_map_source_get_type ())

G_DECLARE_FINAL_TYPE (SeedsOfflineMapSource, seeds_offline_map_source,
                      SEEDS, OFFLINE_MAP_SOURCE, ShumateMapSource)

#define SEEDS_OFFLINE_MAP_SOURCE_MAX_ZOOM 18

/* The base map's own credit; SeedsMapView adds OpenStreetMap's where its
 * data is drawn. */
#define SEEDS_OFFLINE_MAP_SOURCE_CREDIT     "Natural Earth"
#define SEEDS_OFFLINE_MAP_SOURCE_CREDIT_URI "https://www.naturalearthdata.com/about/terms-of-use/"
#define SEEDS_OFFLINE_MAP_SOURCE_OSM_URI    "https://www.openstreetmap.org/copyright"

SeedsOfflineMapSource *seeds_offline_map_source_new      (SeedsMapStyle          style);
SeedsMapStyle          seeds_offline_map_source_get_style (SeedsOfflineMapSource *self);

G_END_DECLS
