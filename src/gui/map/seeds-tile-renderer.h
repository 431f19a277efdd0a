/* seeds-tile-renderer.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  SEEDS_MAP_STYLE_LIGHT,
  SEEDS_MAP_STYLE_DARK,
} SeedsMapStyle;

/* The colours of the base map, as 0xRRGGBB. */
typedef struct
{
  guint32 sea;     /* and the lakes and rivers */
  guint32 land;
  guint32 border;
  guint32 graticule;
} SeedsMapPalette;

/* From this zoom level on, tiles that touch the detailed region are drawn
 * from its 1:10m data instead of the world's 1:50m. */
#define SEEDS_TILE_RENDERER_DETAIL_ZOOM 5

/* From this zoom level on, tiles that touch the coast's rectangle (the
 * Dutch coast from Hoek van Holland to the Dollard) draw the land there
 * from OpenStreetMap's coastline. */
#define SEEDS_TILE_RENDERER_COAST_ZOOM  8

/* From this zoom level on, tiles that touch the lakes' rectangle (the
 * Netherlands) draw the lakes there from OpenStreetMap, which has the
 * Delta's dammed waters that Natural Earth's 1:50m lakes lack. */
#define SEEDS_TILE_RENDERER_OSM_LAKES_ZOOM 6
#define SEEDS_TILE_RENDERER_MAX_ZOOM    22

#define SEEDS_TYPE_TILE_RENDERER (seeds_tile_renderer_get_type ())

G_DECLARE_FINAL_TYPE (SeedsTileRenderer, seeds_tile_renderer, SEEDS, TILE_RENDERER, GObject)

const SeedsMapPalette *seeds_map_style_get_palette       (SeedsMapStyle       style);

SeedsTileRenderer     *seeds_tile_renderer_new           (GBytes             *geodata,
                                                          GError            **error);
SeedsTileRenderer     *seeds_tile_renderer_get_default   (void);
gboolean               seeds_tile_renderer_get_region    (SeedsTileRenderer  *self,
                                                          double             *west,
                                                          double             *south,
                                                          double             *east,
                                                          double             *north);
gboolean               seeds_tile_renderer_get_coast     (SeedsTileRenderer  *self,
                                                          double             *west,
                                                          double             *south,
                                                          double             *east,
                                                          double             *north);
gboolean               seeds_tile_renderer_uses_coast    (SeedsTileRenderer  *self,
                                                          guint               zoom,
                                                          guint               x,
                                                          guint               y);
gboolean               seeds_tile_renderer_uses_osm      (SeedsTileRenderer  *self,
                                                          guint               zoom,
                                                          guint               x,
                                                          guint               y);
gboolean               seeds_tile_renderer_view_uses_osm (SeedsTileRenderer  *self,
                                                          double              latitude,
                                                          double              longitude,
                                                          double              zoom,
                                                          int                 width,
                                                          int                 height);
gboolean               seeds_tile_renderer_uses_detail   (SeedsTileRenderer  *self,
                                                          guint               zoom,
                                                          guint               x,
                                                          guint               y);
void                   seeds_tile_renderer_draw          (SeedsTileRenderer  *self,
                                                          cairo_t            *cr,
                                                          SeedsMapStyle       style,
                                                          guint               zoom,
                                                          guint               x,
                                                          guint               y,
                                                          guint               tile_size);
cairo_surface_t       *seeds_tile_renderer_render        (SeedsTileRenderer  *self,
                                                          SeedsMapStyle       style,
                                                          guint               zoom,
                                                          guint               x,
                                                          guint               y,
                                                          guint               tile_size);

G_END_DECLS
