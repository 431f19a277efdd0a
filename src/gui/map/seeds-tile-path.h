/* seeds-tile-path.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "map/seeds-geodata.h"

G_BEGIN_DECLS

/* Where a tile's pixels are, for one tile. */
typedef struct
{
  double      scale;   /* pixels per unit of zoom-0 Mercator */
  double      x0;      /* the tile's corner in those pixels */
  double      y0;
  double      size;
  SeedsGeoBox bounds;  /* the tile with its margin, in zoom-0 Mercator */
} SeedsTileFrame;

void     seeds_tile_frame_init        (SeedsTileFrame       *frame,
                                       guint                 zoom,
                                       guint                 x,
                                       guint                 y,
                                       guint                 tile_size);
gboolean seeds_geo_box_intersects     (const SeedsGeoBox    *a,
                                       const SeedsGeoBox    *b);
gboolean seeds_tile_frame_shows_layer (const SeedsTileFrame *frame,
                                       const SeedsGeoLayer  *layer);
void     seeds_tile_path_add_layer    (cairo_t              *cr,
                                       const SeedsTileFrame *frame,
                                       const SeedsGeoLayer  *layer,
                                       const SeedsGeoKept   *kept);

G_END_DECLS
