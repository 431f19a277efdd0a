/* test-tile-renderer.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "map/seeds-mercator.h"
#include "map/seeds-tile-renderer.h"
#include "seeds-test-util.h"

/* The offline base map, drawn without a display: tiles where land and sea
 * are known, the Web Mercator arithmetic, damaged data, and the time one
 * tile takes. The tiles are written as PNGs into the build folder
 * (tests/map-tiles/) to be looked at. */

#define TILE_SIZE 256

static char *
output_path (const char *name)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_BUILT, "map-tiles", NULL);

  g_mkdir_with_parents (dir, 0755);
  return g_build_filename (dir, name, NULL);
}

static void
save_png (cairo_surface_t *surface,
          const char      *name)
{
  g_autofree char *path = output_path (name);

  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  g_test_message ("Wrote %s", path);
}

static guint32
pixel (cairo_surface_t *surface,
       int              x,
       int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  guint32 value;

  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (x, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (y, <, cairo_image_surface_get_height (surface));

  memcpy (&value, data + y * cairo_image_surface_get_stride (surface) + 4 * x, sizeof value);
  /* Opaque, so premultiplied ARGB is plain RGB. */
  g_assert_cmphex (value >> 24, ==, 0xff);
  return value & 0xffffff;
}

/* Renders the tile of @zoom that holds @latitude, @longitude and returns the
 * colour there, after checking that the 3 × 3 pixels around it agree: a
 * point meant to be well inside the land or the sea must not be on an edge. */
static guint32
color_in (SeedsTileRenderer *renderer,
          SeedsMapStyle      style,
          guint              zoom,
          double             latitude,
          double             longitude)
{
  double x = seeds_mercator_x_from_longitude (longitude, zoom);
  double y = seeds_mercator_y_from_latitude (latitude, zoom);
  cairo_surface_t *surface;
  int px, py;
  guint32 color;

  surface = seeds_tile_renderer_render (renderer, style, zoom, (guint) x, (guint) y, TILE_SIZE);
  px = (int) ((x - floor (x)) * TILE_SIZE);
  py = (int) ((y - floor (y)) * TILE_SIZE);
  px = CLAMP (px, 1, TILE_SIZE - 2);
  py = CLAMP (py, 1, TILE_SIZE - 2);

  color = pixel (surface, px, py);
  for (int dy = -1; dy <= 1; dy++)
    for (int dx = -1; dx <= 1; dx++)
      if (pixel (surface, px + dx, py + dy) != color)
        g_error ("%.3f, %.3f at zoom %u is on an edge", latitude, longitude, zoom);

  cairo_surface_destroy (surface);
  return color;
}

static guint32
color_at (SeedsMapStyle style,
          guint         zoom,
          double        latitude,
          double        longitude)
{
  return color_in (seeds_tile_renderer_get_default (), style, zoom, latitude, longitude);
}

static void
assert_land (guint       zoom,
             double      latitude,
             double      longitude,
             const char *place)
{
  const SeedsMapPalette *palette = seeds_map_style_get_palette (SEEDS_MAP_STYLE_LIGHT);
  guint32 color = color_at (SEEDS_MAP_STYLE_LIGHT, zoom, latitude, longitude);

  if (color != palette->land)
    g_error ("%s (%.2f, %.2f) at zoom %u is #%06x, not land (#%06x)",
             place, latitude, longitude, zoom, color, palette->land);
}

static void
assert_sea (guint       zoom,
            double      latitude,
            double      longitude,
            const char *place)
{
  const SeedsMapPalette *palette = seeds_map_style_get_palette (SEEDS_MAP_STYLE_LIGHT);
  guint32 color = color_at (SEEDS_MAP_STYLE_LIGHT, zoom, latitude, longitude);

  if (color != palette->sea)
    g_error ("%s (%.2f, %.2f) at zoom %u is #%06x, not sea (#%06x)",
             place, latitude, longitude, zoom, color, palette->sea);
}

/* Several tiles side by side, as the map shows them. */
static cairo_surface_t *
render_mosaic (SeedsMapStyle style,
               guint         zoom,
               guint         x0,
               guint         y0,
               guint         columns,
               guint         rows)
{
  SeedsTileRenderer *renderer = seeds_tile_renderer_get_default ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                         columns * TILE_SIZE, rows * TILE_SIZE);
  cairo_t *cr = cairo_create (surface);

  for (guint row = 0; row < rows; row++)
    for (guint column = 0; column < columns; column++)
      {
        cairo_save (cr);
        cairo_translate (cr, column * TILE_SIZE, row * TILE_SIZE);
        seeds_tile_renderer_draw (renderer, cr, style, zoom, x0 + column, y0 + row, TILE_SIZE);
        cairo_restore (cr);
      }

  cairo_destroy (cr);
  return surface;
}

static void
save_mosaic (SeedsMapStyle  style,
             guint          zoom,
             guint          x0,
             guint          y0,
             guint          columns,
             guint          rows,
             const char    *name)
{
  cairo_surface_t *surface = render_mosaic (style, zoom, x0, y0, columns, rows);

  save_png (surface, name);
  cairo_surface_destroy (surface);
}

static void
test_mercator_known (void)
{
  /* Zoom 0 is one tile; the equator and the prime meridian cross in its
   * middle. */
  g_assert_cmpfloat_with_epsilon (seeds_mercator_x_from_longitude (0, 0), 0.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (seeds_mercator_y_from_latitude (0, 0), 0.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (seeds_mercator_x_from_longitude (-180, 3), 0, 1e-12);
  g_assert_cmpfloat_with_epsilon (seeds_mercator_x_from_longitude (180, 3), 8, 1e-12);
  g_assert_cmpfloat_with_epsilon (seeds_mercator_y_from_latitude (SEEDS_MERCATOR_MAX_LATITUDE, 4), 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (seeds_mercator_y_from_latitude (-SEEDS_MERCATOR_MAX_LATITUDE, 4), 16, 1e-9);

  /* Beyond the projection's edge: clamped, not infinite. */
  g_assert_cmpfloat_with_epsilon (seeds_mercator_y_from_latitude (90, 2), 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (seeds_mercator_y_from_latitude (-90, 2), 4, 1e-9);

  /* The tiles that openstreetmap.org asks for: the Greenport West-Holland
   * is in tile 262, 169 at zoom 9, The Hague's Binnenhof in 16776, 10811
   * at zoom 15. */
  g_assert_cmpint ((int) seeds_mercator_x_from_longitude (4.25, 9), ==, 262);
  g_assert_cmpint ((int) seeds_mercator_y_from_latitude (52.0, 9), ==, 169);
  g_assert_cmpint ((int) seeds_mercator_x_from_longitude (4.3127, 15), ==, 16776);
  g_assert_cmpint ((int) seeds_mercator_y_from_latitude (52.0799, 15), ==, 10811);

  g_assert_cmpfloat_with_epsilon (seeds_mercator_longitude_from_x (262, 9), 4.21875, 1e-12);
  g_assert_cmpfloat_with_epsilon (seeds_mercator_latitude_from_y (0, 0), SEEDS_MERCATOR_MAX_LATITUDE, 1e-9);
  g_assert_cmpfloat_with_epsilon (seeds_mercator_latitude_from_y (0.5, 0), 0, 1e-12);
}

static void
test_mercator_round_trip (void)
{
  for (int i = 0; i < 1000; i++)
    {
      double longitude = g_test_rand_double_range (-180, 180);
      double latitude = g_test_rand_double_range (-85, 85);
      double zoom = g_test_rand_int_range (0, 19);
      double x = seeds_mercator_x_from_longitude (longitude, zoom);
      double y = seeds_mercator_y_from_latitude (latitude, zoom);

      g_assert_cmpfloat_with_epsilon (seeds_mercator_longitude_from_x (x, zoom), longitude, 1e-9);
      g_assert_cmpfloat_with_epsilon (seeds_mercator_latitude_from_y (y, zoom), latitude, 1e-9);
    }
}

static void
test_bundled (void)
{
  SeedsTileRenderer *renderer = seeds_tile_renderer_get_default ();
  double west, south, east, north;

  g_assert_true (SEEDS_IS_TILE_RENDERER (renderer));
  g_assert_true (renderer == seeds_tile_renderer_get_default ());

  /* The detailed region holds the Netherlands and its neighbours. */
  g_assert_true (seeds_tile_renderer_get_region (renderer, &west, &south, &east, &north));
  g_assert_cmpfloat (west, <, 3.3);
  g_assert_cmpfloat (east, >, 7.3);
  g_assert_cmpfloat (south, <, 50.7);
  g_assert_cmpfloat (north, >, 53.6);

  g_assert_false (seeds_tile_renderer_uses_detail (renderer, 2, 2, 1));
  g_assert_false (seeds_tile_renderer_uses_detail (renderer, 9, 0, 0));
  g_assert_true (seeds_tile_renderer_uses_detail (renderer, 9, 262, 169));

  /* The coast from OpenStreetMap holds the Dutch coast from Hoek van
   * Holland to the Dollard, and shows from zoom level 8 on. */
  g_assert_true (seeds_tile_renderer_get_coast (renderer, &west, &south, &east, &north));
  g_assert_cmpfloat (west, <, 4.0);
  g_assert_cmpfloat (east, >, 7.2);
  g_assert_cmpfloat (south, <, 51.95);
  g_assert_cmpfloat (north, >, 53.6);
  g_assert_cmpfloat (west, >=, 2.5 - 1e-6);
  g_assert_cmpfloat (south, >, 51.8);

  g_assert_false (seeds_tile_renderer_uses_coast (renderer, SEEDS_TILE_RENDERER_COAST_ZOOM - 1, 65, 42));
  g_assert_true (seeds_tile_renderer_uses_coast (renderer, SEEDS_TILE_RENDERER_COAST_ZOOM, 130, 84));
  g_assert_true (seeds_tile_renderer_uses_coast (renderer, 9, 262, 169));
  g_assert_false (seeds_tile_renderer_uses_coast (renderer, 9, 0, 0));

  /* What is drawn from OpenStreetMap, and must be credited: the coast
   * from zoom level 8 on, the lakes of the Netherlands from zoom 6 on, and
   * nothing far from them. */
  g_assert_false (seeds_tile_renderer_uses_osm (renderer, 5, 16, 10));
  g_assert_true (seeds_tile_renderer_uses_osm (renderer, SEEDS_TILE_RENDERER_OSM_LAKES_ZOOM,
                                               32, 20));
  g_assert_true (seeds_tile_renderer_uses_osm (renderer, 9, 262, 169));
  g_assert_true (seeds_tile_renderer_uses_osm (renderer, 12, 2096, 1352));
  g_assert_false (seeds_tile_renderer_uses_osm (renderer, 9, 0, 0));
  /* Cologne, in the region but far from the lakes and the coast. */
  g_assert_false (seeds_tile_renderer_uses_osm (renderer, 9, 265, 171));
  g_assert_false (seeds_tile_renderer_uses_osm (renderer, 12, 2127, 1372));

  /* A view of 800 × 600 shows several tiles: the lakes at one side of it
   * are credited, and a zoom level with a fraction uses the tiles of the
   * level below. */
  g_assert_true (seeds_tile_renderer_view_uses_osm (renderer, 52.0, 4.25, 9, 800, 600));
  g_assert_false (seeds_tile_renderer_view_uses_osm (renderer, 52.2, 5.3, 5.9, 800, 600));
  g_assert_true (seeds_tile_renderer_view_uses_osm (renderer, 52.2, 5.3, 6, 800, 600));
  g_assert_false (seeds_tile_renderer_view_uses_osm (renderer, 50.94, 8.2, 9, 0, 0));
  g_assert_true (seeds_tile_renderer_view_uses_osm (renderer, 50.94, 8.2, 9, 2000, 1200));
  g_assert_false (seeds_tile_renderer_view_uses_osm (renderer, 0, 0, 3, 1920, 1080));
}

/* The Greenport West-Holland at zoom 9, where the map opens. */
static void
test_region (void)
{
  SeedsTileRenderer *renderer = seeds_tile_renderer_get_default ();
  cairo_surface_t *surface;

  assert_sea (9, 52.10, 3.90, "the North Sea off The Hague");
  assert_sea (9, 52.30, 4.20, "the North Sea off Noordwijk");
  assert_sea (8, 52.10, 3.90, "the North Sea off The Hague");
  assert_land (9, 52.01, 4.36, "Delft");
  assert_land (9, 51.99, 4.21, "Naaldwijk, in the Westland");
  assert_land (9, 51.92, 4.48, "Rotterdam");
  assert_land (9, 52.09, 5.12, "Utrecht");
  assert_land (8, 52.09, 5.12, "Utrecht");
  assert_land (12, 52.01, 4.36, "Delft");
  assert_sea (12, 52.10, 3.90, "the North Sea off The Hague");
  assert_land (14, 52.09, 5.12, "Utrecht");
  assert_sea (14, 52.10, 3.90, "the North Sea off The Hague");

  /* Zeeland's estuaries are water at 1:10m. */
  assert_sea (9, 51.42, 3.75, "the Westerschelde");

  surface = seeds_tile_renderer_render (renderer, SEEDS_MAP_STYLE_LIGHT, 9, 262, 169, TILE_SIZE);
  save_png (surface, "greenport-z9-tile.png");
  cairo_surface_destroy (surface);

  /* What a window of about 1000 × 750 shows when the map opens. */
  save_mosaic (SEEDS_MAP_STYLE_LIGHT, 9, 260, 167, 4, 3, "greenport-z9.png");
  save_mosaic (SEEDS_MAP_STYLE_DARK, 9, 260, 167, 4, 3, "greenport-z9-dark.png");
  save_mosaic (SEEDS_MAP_STYLE_LIGHT, 7, 63, 40, 5, 4, "benelux-z7.png");
}

/* The Westland's coast, close up: Natural Earth's 1:10m coast runs about
 * 1 km inland of the real one there, so that the villages behind the dunes
 * were on the water's edge and the dunes in the sea; OpenStreetMap's
 * coastline puts them on land, and the sea where it is. */
static void
test_coast (void)
{
  cairo_surface_t *surface;

  for (guint zoom = 10; zoom <= 12; zoom++)
    {
      /* Where the sample directory puts them. */
      assert_land (zoom, 52.025, 4.175, "Monster");
      assert_land (zoom, 52.0013, 4.1653, "'s-Gravenzande");
      assert_land (zoom, 51.9933, 4.2097, "Naaldwijk");
      /* The dunes between the villages and the beach, which 1:10m put in
       * the sea. */
      assert_land (zoom, 52.025, 4.163, "the dunes at Monster");
      assert_land (zoom, 52.0013, 4.130, "the dunes at 's-Gravenzande");
      assert_land (zoom, 52.06, 4.209, "the dunes south of Kijkduin");
      /* 2 km or so off the beach. */
      assert_sea (zoom, 52.03, 4.12, "the North Sea off Monster");
      assert_sea (zoom, 52.06, 4.17, "the North Sea off Kijkduin");
      assert_sea (zoom, 51.99, 4.09, "the North Sea off Hoek van Holland");
    }
  assert_land (12, 52.09, 4.30, "The Hague");
  assert_land (8, 52.025, 4.175, "Monster");

  /* At zoom 12, the tile of Monster and 's-Gravenzande and the ones
   * around it. */
  surface = render_mosaic (SEEDS_MAP_STYLE_LIGHT, 12,
                           (guint) seeds_mercator_x_from_longitude (4.175, 12) - 1,
                           (guint) seeds_mercator_y_from_latitude (52.025, 12) - 1, 3, 3);
  save_png (surface, "westland-z12.png");
  cairo_surface_destroy (surface);

  /* The rest of the Netherlands' coast, and the Wadden Sea. */
  assert_land (10, 53.05, 4.80, "Texel");
  assert_sea (10, 53.15, 5.20, "the Wadden Sea");
  assert_land (10, 52.95, 4.76, "Den Helder");
  assert_sea (10, 52.50, 4.50, "the North Sea off IJmuiden");
  assert_land (10, 53.22, 6.57, "Groningen");
}

/* Where the coast's rectangle ends inland, the land goes on without a
 * seam, as it does at the region's. */
static void
test_coast_seam (void)
{
  SeedsTileRenderer *renderer = seeds_tile_renderer_get_default ();
  const SeedsMapPalette *palette = seeds_map_style_get_palette (SEEDS_MAP_STYLE_LIGHT);
  double south, east;

  g_assert_true (seeds_tile_renderer_get_coast (renderer, NULL, &south, &east, NULL));

  for (guint zoom = SEEDS_TILE_RENDERER_COAST_ZOOM; zoom <= 13; zoom++)
    {
      /* The eastern edge in Germany, the southern one in Gelderland. */
      double x = seeds_mercator_x_from_longitude (east, zoom);
      double y = seeds_mercator_y_from_latitude (52.5, zoom);
      double sx = seeds_mercator_x_from_longitude (5.5, zoom);
      double sy = seeds_mercator_y_from_latitude (south, zoom);
      int edge = (int) round ((x - floor (x)) * TILE_SIZE);
      int south_edge = (int) round ((sy - floor (sy)) * TILE_SIZE);
      cairo_surface_t *surface;

      if (edge >= 2 && edge <= TILE_SIZE - 2)
        {
          surface = seeds_tile_renderer_render (renderer, SEEDS_MAP_STYLE_LIGHT, zoom, (guint) x, (guint) y,
                                                TILE_SIZE);
          for (int column = edge - 2; column <= edge + 1; column++)
            g_assert_cmphex (pixel (surface, column, TILE_SIZE / 2), ==, palette->land);
          cairo_surface_destroy (surface);
        }

      if (south_edge >= 2 && south_edge <= TILE_SIZE - 2)
        {
          surface = seeds_tile_renderer_render (renderer, SEEDS_MAP_STYLE_LIGHT, zoom, (guint) sx, (guint) sy,
                                                TILE_SIZE);
          for (int row = south_edge - 2; row <= south_edge + 1; row++)
            g_assert_cmphex (pixel (surface, TILE_SIZE / 2, row), ==, palette->land);
          cairo_surface_destroy (surface);
        }
    }
}

/* The lakes and the Delta's dammed waters, which both the 1:10m land and
 * OpenStreetMap's coastline take for land, are water at every zoom level;
 * the land around them stays land. */
static void
test_lakes (void)
{
  for (guint zoom = 5; zoom <= 13; zoom += 2)
    {
      assert_sea (zoom, 52.75, 5.40, "the IJsselmeer");
      assert_sea (zoom, 52.50, 5.20, "the Markermeer");
      assert_land (zoom, 52.09, 5.12, "Utrecht");
      /* Wider than the few pixels of zoom 5. */
      if (zoom >= 7)
        assert_land (zoom, 52.45, 5.60, "Flevoland");
    }
  /* A few kilometres wide: a pixel or two further out. */
  for (guint zoom = 8; zoom <= 12; zoom += 2)
    {
      assert_sea (zoom, 51.78, 4.22, "the Haringvliet");
      assert_sea (zoom, 51.73, 4.00, "the Grevelingen");
      assert_land (zoom, 51.87, 4.10, "Voorne");
    }
  assert_sea (10, 51.81, 4.15, "the Haringvliet off Hellevoetsluis");
  assert_sea (10, 51.70, 4.40, "the Hollands Diep");
  assert_land (10, 51.92, 4.48, "Rotterdam");

  /* Large lakes elsewhere, from the world's data. */
  assert_sea (7, 46.45, 6.55, "Lake Geneva");
  assert_sea (9, 46.45, 6.55, "Lake Geneva");
  assert_sea (4, 61.0, 31.5, "Lake Ladoga");
  assert_sea (4, 47.7, -87.5, "Lake Superior");

  save_mosaic (SEEDS_MAP_STYLE_LIGHT, 9, 262, 166, 4, 4, "holland-z9.png");
  save_mosaic (SEEDS_MAP_STYLE_DARK, 9, 262, 166, 4, 4, "holland-z9-dark.png");
}

/* The sides of the tile that the water connected to @x, @y reaches, as
 * bits; visited pixels are marked in @seen. */
static guint
water_sides (cairo_surface_t *surface,
             guint32          sea,
             guint8          *seen,
             int              x,
             int              y)
{
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (int));
  guint sides = 0;
  int start = y * TILE_SIZE + x;

  seen[start] = TRUE;
  g_array_append_val (stack, start);
  while (stack->len > 0)
    {
      int here = g_array_index (stack, int, stack->len - 1);
      int hx = here % TILE_SIZE, hy = here / TILE_SIZE;
      const int steps[][2] = { { 1, 0 }, { -1, 0 }, { 0, 1 }, { 0, -1 } };

      g_array_set_size (stack, stack->len - 1);
      sides |= (hx == 0) << 0 | (hx == TILE_SIZE - 1) << 1;
      sides |= (hy == 0) << 2 | (hy == TILE_SIZE - 1) << 3;

      for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
        {
          int nx = hx + steps[i][0], ny = hy + steps[i][1];
          int next = ny * TILE_SIZE + nx;

          if (nx < 0 || ny < 0 || nx >= TILE_SIZE || ny >= TILE_SIZE || seen[next]
              || pixel (surface, nx, ny) != sea)
            continue;
          seen[next] = TRUE;
          g_array_append_val (stack, next);
        }
    }

  return sides;
}

/* How much of a tile is the sea's colour, and whether some of that water
 * runs unbroken from one side of the tile to another: a river across it. */
static double
water_in_tile (cairo_surface_t *surface,
               guint32          sea,
               gboolean        *across)
{
  g_autofree guint8 *seen = g_new0 (guint8, TILE_SIZE * TILE_SIZE);
  guint n_water = 0;

  *across = FALSE;
  for (int y = 0; y < TILE_SIZE; y++)
    for (int x = 0; x < TILE_SIZE; x++)
      {
        guint sides;

        if (pixel (surface, x, y) != sea)
          continue;
        n_water++;
        if (seen[y * TILE_SIZE + x])
          continue;

        sides = water_sides (surface, sea, seen, x, y);
        /* Two bits or more: two sides. */
        if ((sides & (sides - 1)) != 0)
          *across = TRUE;
      }

  return (double) n_water / (TILE_SIZE * TILE_SIZE);
}

/* The most common height of the runs of water down the columns of a tile
 * that a river crosses from west to east: its width in pixels. */
static guint
river_width_in_tile (cairo_surface_t *surface,
                     guint32          sea)
{
  guint counts[TILE_SIZE + 1] = { 0 };
  guint most = 1;

  for (int x = 0; x < TILE_SIZE; x++)
    {
      guint run = 0;

      for (int y = 0; y <= TILE_SIZE; y++)
        {
          if (y < TILE_SIZE && pixel (surface, x, y) == sea)
            {
              run++;
              continue;
            }
          counts[run]++;
          run = 0;
        }
    }

  for (guint run = 2; run <= TILE_SIZE; run++)
    if (counts[run] > counts[most])
      most = run;

  return counts[most] > 0 ? most : 0;
}

/* The Waal runs across the tile of Nijmegen as a line of water, wider as
 * one zooms in, in light and dark; the Rhine across Cologne's. */
static void
test_rivers (void)
{
  SeedsTileRenderer *renderer = seeds_tile_renderer_get_default ();
  struct { const char *river; double latitude, longitude; } places[] = {
    { "the Waal at Nijmegen", 51.85, 5.85 },
    { "the Rhine at Cologne", 50.94, 6.96 },
  };
  guint last = 0;

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    for (SeedsMapStyle style = SEEDS_MAP_STYLE_LIGHT; style <= SEEDS_MAP_STYLE_DARK; style++)
      {
        const SeedsMapPalette *palette = seeds_map_style_get_palette (style);
        guint x = (guint) seeds_mercator_x_from_longitude (places[i].longitude, 10);
        guint y = (guint) seeds_mercator_y_from_latitude (places[i].latitude, 10);
        cairo_surface_t *surface = seeds_tile_renderer_render (renderer, style, 10, x, y,
                                                               TILE_SIZE);
        gboolean across;
        double water = water_in_tile (surface, palette->sea, &across);

        if (!across || water > 0.1)
          g_error ("%s at zoom 10: %.1f %% water, %s", places[i].river, 100 * water,
                   across ? "a lake, not a river" : "not across the tile");
        cairo_surface_destroy (surface);
      }

  for (guint zoom = 8; zoom <= 12; zoom += 2)
    {
      guint x = (guint) seeds_mercator_x_from_longitude (5.85, zoom);
      guint y = (guint) seeds_mercator_y_from_latitude (51.85, zoom);
      cairo_surface_t *surface = seeds_tile_renderer_render (renderer, SEEDS_MAP_STYLE_LIGHT, zoom,
                                                             x, y, TILE_SIZE);
      guint width = river_width_in_tile (surface,
                                         seeds_map_style_get_palette (SEEDS_MAP_STYLE_LIGHT)->sea);

      g_test_message ("The Waal at zoom %u: %u px", zoom, width);
      g_assert_cmpuint (width, >, last);
      last = width;
      cairo_surface_destroy (surface);
    }
}

static void
test_world (void)
{
  assert_land (2, 20.0, 10.0, "the Sahara");
  assert_land (2, 48.0, 10.0, "southern Germany");
  assert_land (2, 55.0, 40.0, "Russia");
  assert_land (2, -10.0, -55.0, "Brazil");
  assert_sea (2, 35.0, -45.0, "the Atlantic");
  assert_sea (2, -5.0, -140.0, "the Pacific");
  assert_sea (2, -25.0, 75.0, "the Indian Ocean");
  /* Rings that cross the antimeridian are cut there, not drawn as bands
   * of land right across the map. */
  assert_sea (2, 68.5, 5.0, "the Norwegian Sea");
  assert_sea (2, 72.5, -140.0, "the Beaufort Sea");
  assert_land (2, 66.0, 175.0, "Chukotka");
  assert_land (2, 66.0, -175.0, "Chukotka, east of the antimeridian");
  assert_land (2, -84.9, 60.0, "Antarctica, at the map's bottom edge");
  assert_land (5, 38.5, -98.5, "Kansas");
  assert_sea (5, 38.3, -57.7, "the Atlantic");

  save_mosaic (SEEDS_MAP_STYLE_LIGHT, 2, 0, 0, 4, 4, "world-z2.png");
  save_mosaic (SEEDS_MAP_STYLE_LIGHT, 4, 6, 3, 4, 3, "europe-z4.png");
}

static void
test_dark (void)
{
  const SeedsMapPalette *dark = seeds_map_style_get_palette (SEEDS_MAP_STYLE_DARK);
  const SeedsMapPalette *light = seeds_map_style_get_palette (SEEDS_MAP_STYLE_LIGHT);

  g_assert_cmphex (dark->sea, !=, light->sea);
  g_assert_cmphex (dark->land, !=, light->land);
  g_assert_cmphex (color_at (SEEDS_MAP_STYLE_DARK, 9, 52.10, 3.90), ==, dark->sea);
  g_assert_cmphex (color_at (SEEDS_MAP_STYLE_DARK, 9, 52.01, 4.36), ==, dark->land);
  g_assert_cmphex (color_at (SEEDS_MAP_STYLE_DARK, 9, 52.75, 5.40), ==, dark->sea);
  g_assert_cmphex (color_at (SEEDS_MAP_STYLE_DARK, 10, 51.78, 4.22), ==, dark->sea);
}

/* Where the world's 1:50m data meets the region's 1:10m inland, the land
 * goes on without a seam: the line where they meet is on whole pixels. */
static void
test_region_seam (void)
{
  SeedsTileRenderer *renderer = seeds_tile_renderer_get_default ();
  const SeedsMapPalette *palette = seeds_map_style_get_palette (SEEDS_MAP_STYLE_LIGHT);
  double east;

  g_assert_true (seeds_tile_renderer_get_region (renderer, NULL, NULL, &east, NULL));

  for (guint zoom = SEEDS_TILE_RENDERER_DETAIL_ZOOM; zoom <= 12; zoom++)
    {
      /* The region's eastern edge, in the middle of Germany. */
      double x = seeds_mercator_x_from_longitude (east, zoom);
      double y = seeds_mercator_y_from_latitude (51.0, zoom);
      cairo_surface_t *surface;
      int edge = (int) round ((x - floor (x)) * TILE_SIZE);

      if (edge < 2 || edge > TILE_SIZE - 2)
        continue;

      surface = seeds_tile_renderer_render (renderer, SEEDS_MAP_STYLE_LIGHT, zoom, (guint) x, (guint) y,
                                            TILE_SIZE);
      for (int column = edge - 2; column <= edge + 1; column++)
        g_assert_cmphex (pixel (surface, column, TILE_SIZE / 2), ==, palette->land);
      cairo_surface_destroy (surface);
    }
}

/* The corners of the world and the deepest zoom draw without trouble. */
static void
test_edges (void)
{
  SeedsTileRenderer *renderer = seeds_tile_renderer_get_default ();
  guint zooms[] = { 0, 1, 3, 8, SEEDS_TILE_RENDERER_MAX_ZOOM };

  for (guint i = 0; i < G_N_ELEMENTS (zooms); i++)
    {
      guint last = (1u << zooms[i]) - 1;
      guint corners[][2] = { { 0, 0 }, { last, 0 }, { 0, last }, { last, last } };

      for (guint c = 0; c < G_N_ELEMENTS (corners); c++)
        {
          cairo_surface_t *surface = seeds_tile_renderer_render (renderer, SEEDS_MAP_STYLE_LIGHT, zooms[i],
                                                                 corners[c][0], corners[c][1], TILE_SIZE);

          g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
          cairo_surface_destroy (surface);
        }
    }

  /* Antarctica reaches the bottom of the map. */
  assert_land (1, -84.0, 0.0, "Antarctica");
}

static GBytes *
bundled_bytes (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("SEEDS_SOURCE_ROOT"), "data", "geodata",
                                            "base-map.geo", NULL);
  g_autoptr(GError) error = NULL;
  char *contents;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

static void
assert_refused (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsTileRenderer) renderer = seeds_tile_renderer_new (bytes, &error);

  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_null (renderer);
}

static void
test_damaged (void)
{
  g_autoptr(GBytes) bytes = bundled_bytes ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsTileRenderer) renderer = NULL;
  const guint8 *data = g_bytes_get_data (bytes, NULL);
  gsize size = g_bytes_get_size (bytes);
  g_autofree guint8 *copy = g_memdup2 (data, size);

  /* The committed file is the one that is bundled, and it reads. */
  renderer = seeds_tile_renderer_new (bytes, &error);
  g_assert_no_error (error);
  g_assert_true (seeds_tile_renderer_get_region (renderer, NULL, NULL, NULL, NULL));

  /* Cut anywhere: in the header, the layer table, the part lengths, the
   * points. */
  for (gsize cut = 0; cut < size; cut += cut < 4096 ? 1 : 997)
    {
      g_autoptr(GBytes) cut_bytes = g_bytes_new_static (data, cut);

      assert_refused (cut_bytes);
    }

  /* Not the magic, not the version. */
  copy[0] = 'X';
  {
    g_autoptr(GBytes) wrong = g_bytes_new_static (copy, size);
    assert_refused (wrong);
  }
  copy[0] = data[0];
  copy[8] = 2;
  {
    g_autoptr(GBytes) wrong = g_bytes_new_static (copy, size);
    assert_refused (wrong);
  }
  copy[8] = data[8];

  /* A point that is not a number, or off the globe. */
  {
    gsize points = size - 8 * 20;
    const guint8 nan[4] = { 0x00, 0x00, 0xc0, 0x7f };
    const guint8 big[4] = { 0x00, 0x00, 0x48, 0x43 };  /* 200.0 */
    g_autoptr(GBytes) wrong = NULL;

    memcpy (copy + points, nan, 4);
    wrong = g_bytes_new_static (copy, size);
    assert_refused (wrong);
    g_clear_pointer (&wrong, g_bytes_unref);

    memcpy (copy + points, big, 4);
    wrong = g_bytes_new_static (copy, size);
    assert_refused (wrong);
    memcpy (copy + points, data + points, 4);
  }

  /* A part that claims more points than its layer has: the first part
   * length, right after the layer table. */
  {
    gsize first = 16 + 32 * (gsize) data[12];

    copy[first] = 0xff;
    copy[first + 1] = 0xff;
    copy[first + 2] = 0xff;
  }
  {
    g_autoptr(GBytes) wrong = g_bytes_new_static (copy, size);
    assert_refused (wrong);
  }
}

/* A layer's entry in the table, for the whole world */
static void
append_layer (GByteArray *file,
              guint32     kind,
              guint       n_parts,
              guint       n_points)
{
  seeds_test_append_u32 (file, kind);
  seeds_test_append_u32 (file, 0);  /* the world */
  seeds_test_append_f32 (file, -180);
  seeds_test_append_f32 (file, -90);
  seeds_test_append_f32 (file, 180);
  seeds_test_append_f32 (file, 90);
  seeds_test_append_u32 (file, n_parts);
  seeds_test_append_u32 (file, n_points);
}

static void
append_points (GByteArray  *file,
               const float  points[][2],
               guint        n_points)
{
  seeds_test_append_u32 (file, n_points);
  for (guint i = 0; i < n_points; i++)
    {
      seeds_test_append_f32 (file, points[i][0]);
      seeds_test_append_f32 (file, points[i][1]);
    }
}

/* A file written by hand, as data/geodata/README.md describes the format:
 * one land layer of the world with an empty part and a square around the
 * point where the equator meets the prime meridian. */
static void
test_format (void)
{
  const float square[][2] = { { -10, -10 }, { 10, -10 }, { 10, 10 }, { -10, 10 }, { -10, -10 } };
  g_autoptr(GByteArray) file = g_byte_array_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(SeedsTileRenderer) renderer = NULL;
  g_autoptr(GError) error = NULL;
  const SeedsMapPalette *palette = seeds_map_style_get_palette (SEEDS_MAP_STYLE_LIGHT);
  cairo_surface_t *surface;

  g_byte_array_append (file, (const guint8 *) "SEEDSGEO", 8);
  seeds_test_append_u32 (file, 1);
  seeds_test_append_u32 (file, 1);
  append_layer (file, 1, 2, G_N_ELEMENTS (square));  /* land */
  seeds_test_append_u32 (file, 0);
  append_points (file, square, G_N_ELEMENTS (square));
  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&file));

  renderer = seeds_tile_renderer_new (bytes, &error);
  g_assert_no_error (error);
  g_assert_false (seeds_tile_renderer_get_region (renderer, NULL, NULL, NULL, NULL));
  g_assert_false (seeds_tile_renderer_uses_detail (renderer, 9, 262, 169));

  /* The tile south-east of 0°, 0°: the square holds its top left corner,
   * and when zoomed out ends inside it. */
  for (guint zoom = 1; zoom <= 13; zoom += 4)
    {
      guint tile = 1u << zoom >> 1;

      surface = seeds_tile_renderer_render (renderer, SEEDS_MAP_STYLE_LIGHT, zoom, tile, tile, TILE_SIZE);
      g_assert_cmphex (pixel (surface, 2, 2), ==, palette->land);
      if (zoom <= 5)
        g_assert_cmphex (pixel (surface, TILE_SIZE - 3, TILE_SIZE - 3), ==, palette->sea);
      cairo_surface_destroy (surface);
    }
}

/* The lakes and rivers of the second part of the format: a lake in the
 * land, a river across it, and a layer of a kind not known yet, which is
 * left out. */
static void
test_format_water (void)
{
  const float land[][2] = { { -10, -10 }, { 10, -10 }, { 10, 10 }, { -10, 10 }, { -10, -10 } };
  const float lake[][2] = { { -3, -3 }, { 3, -3 }, { 3, 3 }, { -3, 3 }, { -3, -3 } };
  const float river[][2] = { { -8, 6 }, { 8, 6 } };
  const float unknown[][2] = { { -9, -9 }, { 9, -9 }, { 9, 9 }, { -9, 9 }, { -9, -9 } };
  const struct { guint32 kind; const float (*points)[2]; guint n; } layers[] = {
    { 1, land, G_N_ELEMENTS (land) },
    { 3, lake, G_N_ELEMENTS (lake) },
    { 4, river, G_N_ELEMENTS (river) },
    { 9, unknown, G_N_ELEMENTS (unknown) },
  };
  const SeedsMapPalette *palette = seeds_map_style_get_palette (SEEDS_MAP_STYLE_LIGHT);
  g_autoptr(GByteArray) file = g_byte_array_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(SeedsTileRenderer) renderer = NULL;
  g_autoptr(GError) error = NULL;

  g_byte_array_append (file, (const guint8 *) "SEEDSGEO", 8);
  seeds_test_append_u32 (file, 1);
  seeds_test_append_u32 (file, G_N_ELEMENTS (layers));
  for (guint i = 0; i < G_N_ELEMENTS (layers); i++)
    append_layer (file, layers[i].kind, 1, layers[i].n);
  for (guint i = 0; i < G_N_ELEMENTS (layers); i++)
    append_points (file, layers[i].points, layers[i].n);
  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&file));

  renderer = seeds_tile_renderer_new (bytes, &error);
  g_assert_no_error (error);

  for (guint zoom = 5; zoom <= 9; zoom += 2)
    {
      g_assert_cmphex (color_in (renderer, SEEDS_MAP_STYLE_LIGHT, zoom, -6, -6), ==, palette->land);
      g_assert_cmphex (color_in (renderer, SEEDS_MAP_STYLE_LIGHT, zoom, 1, 1), ==, palette->sea);
    }
  g_assert_cmphex (color_in (renderer, SEEDS_MAP_STYLE_LIGHT, 11, 6, 1), ==, palette->sea);
  g_assert_cmphex (color_in (renderer, SEEDS_MAP_STYLE_LIGHT, 11, 6.1, 1), ==, palette->land);
  g_assert_false (seeds_tile_renderer_uses_osm (renderer, 9, 256, 256));
}

static double
time_tiles (SeedsTileRenderer *renderer,
            guint              zoom,
            guint              x0,
            guint              y0,
            guint              n)
{
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < n; i++)
    for (guint j = 0; j < n; j++)
      cairo_surface_destroy (seeds_tile_renderer_render (renderer, SEEDS_MAP_STYLE_LIGHT, zoom,
                                                         x0 + i, y0 + j, TILE_SIZE));

  return (g_get_monotonic_time () - start) / 1000.0 / (n * n);
}

/* Not a benchmark, a yardstick: how long the data takes to load, a zoom
 * level's first tile (which works out what that level keeps of the
 * geometry), and then each tile. */
static void
test_timing (void)
{
  struct { const char *what; guint zoom, x, y; } cases[] = {
    { "world, zoom 2", 2, 0, 0 },
    { "Europe, zoom 5", 5, 14, 8 },
    { "Greenport, zoom 9", 9, 260, 167 },
    { "Greenport, zoom 12", 12, 2094, 1350 },
    { "Greenport, zoom 14", 14, 8380, 5400 },
  };
  g_autoptr(GBytes) bytes = bundled_bytes ();
  g_autoptr(SeedsTileRenderer) renderer = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  renderer = seeds_tile_renderer_new (bytes, &error);
  g_assert_no_error (error);
  g_test_message ("Loading the base map: %.2f ms", (g_get_monotonic_time () - start) / 1000.0);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double first = time_tiles (renderer, cases[i].zoom, cases[i].x, cases[i].y, 1);
      double then = time_tiles (renderer, cases[i].zoom, cases[i].x, cases[i].y, 4);

      g_test_message ("%s: %.2f ms per tile (the first %.2f ms)", cases[i].what, then, first);

      /* Generous, for sanitizer builds on slow machines: panning needs
       * tiles in tens of milliseconds, not seconds. */
      g_assert_cmpfloat (then, <, 500);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mercator/known", test_mercator_known);
  g_test_add_func ("/mercator/round-trip", test_mercator_round_trip);
  g_test_add_func ("/tile-renderer/bundled", test_bundled);
  g_test_add_func ("/tile-renderer/region", test_region);
  g_test_add_func ("/tile-renderer/coast", test_coast);
  g_test_add_func ("/tile-renderer/coast-seam", test_coast_seam);
  g_test_add_func ("/tile-renderer/lakes", test_lakes);
  g_test_add_func ("/tile-renderer/rivers", test_rivers);
  g_test_add_func ("/tile-renderer/world", test_world);
  g_test_add_func ("/tile-renderer/dark", test_dark);
  g_test_add_func ("/tile-renderer/region-seam", test_region_seam);
  g_test_add_func ("/tile-renderer/edges", test_edges);
  g_test_add_func ("/tile-renderer/damaged", test_damaged);
  g_test_add_func ("/tile-renderer/format", test_format);
  g_test_add_func ("/tile-renderer/format-water", test_format_water);
  g_test_add_func ("/tile-renderer/timing", test_timing);

  return g_test_run ();
}
