/* fuzz-geodata.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "fuzz-util.h"
#include "map/seeds-tile-renderer.h"

/* The offline base map's file (data/geodata/README.md): the one bundled is
 * checked by its tests, but the reader is the same for any bytes, so it
 * must refuse a damaged file with a reason, and a file it reads must draw
 * at any zoom level without cairo ever seeing a point off the globe. */

static void
check_tiles (SeedsTileRenderer *renderer)
{
  const guint tiles[][3] = { { 0, 0, 0 }, { 5, 16, 10 }, { 9, 262, 169 }, { 14, 8380, 5400 } };

  for (guint i = 0; i < G_N_ELEMENTS (tiles); i++)
    {
      cairo_surface_t *surface = seeds_tile_renderer_render (renderer, SEEDS_MAP_STYLE_LIGHT,
                                                             tiles[i][0], tiles[i][1], tiles[i][2],
                                                             64);

      if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
        abort ();
      cairo_surface_destroy (surface);
      seeds_tile_renderer_uses_osm (renderer, tiles[i][0], tiles[i][1], tiles[i][2]);
    }

  seeds_tile_renderer_view_uses_osm (renderer, 52.0, 4.25, 9.5, 800, 600);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsTileRenderer) renderer = seeds_tile_renderer_new (bytes, &error);

  if ((renderer == NULL) != (error != NULL))
    abort ();
  fuzz_check_error (error);

  if (renderer != NULL)
    check_tiles (renderer);

  return 0;
}
