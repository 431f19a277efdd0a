/* seeds-tile-renderer.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "map/seeds-geodata.h"
#include "map/seeds-mercator.h"
#include "map/seeds-tile-path.h"
#include "map/seeds-tile-renderer.h"

/* The offline base map: land, lakes, rivers and country borders from
 * Natural Earth, and the coast and the lakes of the Netherlands from
 * OpenStreetMap (SeedsGeodata), drawn into Web Mercator tiles with cairo.
 * Tiles may be drawn from several threads at once. */

/* The layers of one scope of the data; any may be missing. */
typedef struct
{
  const SeedsGeoLayer *land;
  const SeedsGeoLayer *water;
  const SeedsGeoLayer *rivers;
  const SeedsGeoLayer *borders;
} ScopeLayers;

struct _SeedsTileRenderer
{
  GObject       parent_instance;

  SeedsGeodata *geodata;
  ScopeLayers   world;
  ScopeLayers   region;
  ScopeLayers   osm;     /* the coast's land and the lakes */
};

G_DEFINE_FINAL_TYPE (SeedsTileRenderer, seeds_tile_renderer, G_TYPE_OBJECT)

G_STATIC_ASSERT (SEEDS_TILE_RENDERER_MAX_ZOOM <= SEEDS_GEODATA_MAX_ZOOM);

/* Calm, in the spirit of GNOME Maps: a soft blue sea, an off-white land,
 * muted borders; the dark style keeps the same contrasts low. */
static const SeedsMapPalette palettes[] = {
  [SEEDS_MAP_STYLE_LIGHT] = {
    .sea = 0xc0d8ee,
    .land = 0xf2efe9,
    .border = 0x9d91b0,
    .graticule = 0xb0cbe4,
  },
  [SEEDS_MAP_STYLE_DARK] = {
    .sea = 0x1e2d3d,
    .land = 0x35353a,
    .border = 0x756b8a,
    .graticule = 0x283a4e,
  },
};

const SeedsMapPalette *
seeds_map_style_get_palette (SeedsMapStyle style)
{
  g_return_val_if_fail (style <= SEEDS_MAP_STYLE_DARK, &palettes[SEEDS_MAP_STYLE_LIGHT]);

  return &palettes[style];
}

static void
seeds_tile_renderer_finalize (GObject *object)
{
  SeedsTileRenderer *self = SEEDS_TILE_RENDERER (object);

  g_clear_object (&self->geodata);

  G_OBJECT_CLASS (seeds_tile_renderer_parent_class)->finalize (object);
}

static void
seeds_tile_renderer_class_init (SeedsTileRendererClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = seeds_tile_renderer_finalize;
}

static void
seeds_tile_renderer_init (SeedsTileRenderer *self)
{
}

static void
get_scope (SeedsGeodata      *geodata,
           SeedsGeodataScope  scope,
           ScopeLayers       *layers)
{
  layers->land = seeds_geodata_get_layer (geodata, SEEDS_GEODATA_LAND, scope);
  layers->water = seeds_geodata_get_layer (geodata, SEEDS_GEODATA_WATER, scope);
  layers->rivers = seeds_geodata_get_layer (geodata, SEEDS_GEODATA_RIVERS, scope);
  layers->borders = seeds_geodata_get_layer (geodata, SEEDS_GEODATA_BORDERS, scope);
}

static SeedsTileRenderer *
new_for_geodata (SeedsGeodata *geodata)
{
  SeedsTileRenderer *self = g_object_new (SEEDS_TYPE_TILE_RENDERER, NULL);

  self->geodata = g_object_ref (geodata);
  get_scope (geodata, SEEDS_GEODATA_WORLD, &self->world);
  get_scope (geodata, SEEDS_GEODATA_REGION, &self->region);
  get_scope (geodata, SEEDS_GEODATA_OSM, &self->osm);

  return self;
}

/**
 * seeds_tile_renderer_new:
 * @geodata: a base map file, in the format of data/geodata/README.md
 * @error: where to put an error
 *
 * Returns: (transfer full): a renderer for the base map in @geodata, or
 *   %NULL when it cannot be read
 */
SeedsTileRenderer *
seeds_tile_renderer_new (GBytes  *geodata,
                         GError **error)
{
  g_autoptr(SeedsGeodata) data = NULL;

  g_return_val_if_fail (geodata != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = seeds_geodata_new (geodata, error);
  if (data == NULL)
    return NULL;

  return new_for_geodata (data);
}

/**
 * seeds_tile_renderer_get_default:
 *
 * The renderer of the base map that ships with the app, shared by every
 * map. Safe to call from any thread.
 *
 * Returns: (transfer none): the shared renderer
 */
SeedsTileRenderer *
seeds_tile_renderer_get_default (void)
{
  static SeedsTileRenderer *renderer;

  if (g_once_init_enter (&renderer))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SeedsGeodata) geodata = seeds_geodata_new_default (&error);

      /* Should never happen to the bundled file; an empty map (all sea)
       * is still a map that markers can be put on. */
      if (geodata == NULL)
        {
          g_critical ("Cannot load the base map: %s", error->message);
          geodata = g_object_new (SEEDS_TYPE_GEODATA, NULL);
        }

      g_once_init_leave (&renderer, new_for_geodata (geodata));
    }

  return renderer;
}

static gboolean
get_rectangle (const SeedsGeoLayer *layer,
               double              *west,
               double              *south,
               double              *east,
               double              *north)
{
  if (layer == NULL)
    return FALSE;

  if (west != NULL)
    *west = layer->west;
  if (south != NULL)
    *south = layer->south;
  if (east != NULL)
    *east = layer->east;
  if (north != NULL)
    *north = layer->north;

  return TRUE;
}

/**
 * seeds_tile_renderer_get_region:
 *
 * The area, in degrees, where the base map has 1:10m detail.
 *
 * Returns: whether there is one
 */
gboolean
seeds_tile_renderer_get_region (SeedsTileRenderer *self,
                                double            *west,
                                double            *south,
                                double            *east,
                                double            *north)
{
  g_return_val_if_fail (SEEDS_IS_TILE_RENDERER (self), FALSE);

  return get_rectangle (self->region.land, west, south, east, north);
}

/**
 * seeds_tile_renderer_get_coast:
 *
 * The area, in degrees, where the base map draws the coast from
 * OpenStreetMap from %SEEDS_TILE_RENDERER_COAST_ZOOM on.
 *
 * Returns: whether there is one
 */
gboolean
seeds_tile_renderer_get_coast (SeedsTileRenderer *self,
                               double            *west,
                               double            *south,
                               double            *east,
                               double            *north)
{
  g_return_val_if_fail (SEEDS_IS_TILE_RENDERER (self), FALSE);

  return get_rectangle (self->osm.land, west, south, east, north);
}

static void
set_color (cairo_t *cr,
           guint32  rgb)
{
  cairo_set_source_rgb (cr,
                        ((rgb >> 16) & 0xff) / 255.0,
                        ((rgb >> 8) & 0xff) / 255.0,
                        (rgb & 0xff) / 255.0);
}

static double
border_width (guint zoom)
{
  if (zoom <= 3)
    return 0.6;
  if (zoom <= 6)
    return 0.9;
  return 1.3;
}

/* Rivers widen as one zooms in, as they would on the ground: a hair at
 * zoom 4, 2 px at zoom 8, 4 px (about 400 m, the Waal's width) at zoom 10.
 * Natural Earth's 1:50m lines are only good to a kilometre or so, so they
 * stop widening at 6 px rather than become bands in the wrong place.
 * Further out than zoom 4 they would only blur the land; 0 for none. */
static double
river_width (guint zoom)
{
  if (zoom < 4)
    return 0;

  return MIN (0.5 * exp2 ((zoom - 4.0) / 2.0), 6.0);
}

/* Degrees between the lines of the graticule; 0 for none. Zoomed in, the
 * lines would only be noise. */
static double
graticule_step (guint zoom)
{
  if (zoom <= 2)
    return 30;
  if (zoom <= 4)
    return 10;
  if (zoom <= 6)
    return 5;
  return 0;
}

static void
draw_graticule (cairo_t               *cr,
                const SeedsTileFrame  *frame,
                guint                  zoom,
                const SeedsMapPalette *palette)
{
  double step = graticule_step (zoom);

  if (step == 0)
    return;

  for (double longitude = -180 + step; longitude < 180; longitude += step)
    {
      double x = seeds_mercator_x_from_longitude (longitude, 0) * frame->scale - frame->x0;

      if (x >= -1 && x <= frame->size + 1)
        {
          cairo_move_to (cr, round (x) + 0.5, 0);
          cairo_line_to (cr, round (x) + 0.5, frame->size);
        }
    }
  for (double latitude = -90 + step; latitude < 90; latitude += step)
    {
      double y = seeds_mercator_y_from_latitude (latitude, 0) * frame->scale - frame->y0;

      if (fabs (latitude) < SEEDS_MERCATOR_MAX_LATITUDE && y >= -1 && y <= frame->size + 1)
        {
          cairo_move_to (cr, 0, round (y) + 0.5);
          cairo_line_to (cr, frame->size, round (y) + 0.5);
        }
    }

  set_color (cr, palette->graticule);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
}

/* The detailed region's rectangle in the tile's pixels, shrunk to whole
 * pixels: the world's data outside it and the region's inside then meet
 * without an antialiased seam, and the region's land, which its data cuts
 * off at the exact rectangle, covers every pixel inside. */
static void
region_rectangle (cairo_t              *cr,
                  const SeedsTileFrame *frame,
                  const SeedsGeoLayer  *region)
{
  double x0 = ceil (region->rect.x0 * frame->scale - frame->x0);
  double y0 = ceil (region->rect.y0 * frame->scale - frame->y0);
  double x1 = floor (region->rect.x1 * frame->scale - frame->x0);
  double y1 = floor (region->rect.y1 * frame->scale - frame->y0);

  cairo_rectangle (cr, x0, y0, x1 - x0, y1 - y0);
}

static void
fill_layer (SeedsTileRenderer    *self,
            cairo_t              *cr,
            const SeedsTileFrame *frame,
            guint                 zoom,
            const SeedsGeoLayer  *layer,
            guint32               rgb)
{
  if (layer == NULL)
    return;

  seeds_tile_path_add_layer (cr, frame, layer, seeds_geodata_get_kept (self->geodata, layer, zoom));
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  set_color (cr, rgb);
  cairo_fill (cr);
}

static void
stroke_layer (SeedsTileRenderer    *self,
              cairo_t              *cr,
              const SeedsTileFrame *frame,
              guint                 zoom,
              const SeedsGeoLayer  *layer,
              guint32               rgb,
              double                width)
{
  if (layer == NULL)
    return;

  seeds_tile_path_add_layer (cr, frame, layer, seeds_geodata_get_kept (self->geodata, layer, zoom));
  cairo_set_line_width (cr, width);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  set_color (cr, rgb);
  cairo_stroke (cr);
}

/* Fills @outer, and where @inner is given, @inner instead inside its
 * rectangle: OpenStreetMap's land or lakes instead of Natural Earth's. */
static void
fill_split (SeedsTileRenderer    *self,
            cairo_t              *cr,
            const SeedsTileFrame *frame,
            guint                 zoom,
            const SeedsGeoLayer  *outer,
            const SeedsGeoLayer  *inner,
            guint32               rgb)
{
  if (inner == NULL)
    {
      fill_layer (self, cr, frame, zoom, outer, rgb);
      return;
    }

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, frame->size, frame->size);
  region_rectangle (cr, frame, inner);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_clip (cr);
  fill_layer (self, cr, frame, zoom, outer, rgb);
  cairo_restore (cr);

  cairo_save (cr);
  region_rectangle (cr, frame, inner);
  cairo_clip (cr);
  fill_layer (self, cr, frame, zoom, inner, rgb);
  cairo_restore (cr);
}

/* The land, the lakes over it in the sea's colour, the rivers, and the
 * borders over all of them. */
static void
draw_scope (SeedsTileRenderer     *self,
            cairo_t               *cr,
            const SeedsTileFrame  *frame,
            guint                  zoom,
            const ScopeLayers     *layers,
            const ScopeLayers     *osm,
            const SeedsMapPalette *palette)
{
  fill_split (self, cr, frame, zoom, layers->land, osm->land, palette->land);
  fill_split (self, cr, frame, zoom, layers->water, osm->water, palette->sea);
  if (river_width (zoom) > 0)
    stroke_layer (self, cr, frame, zoom, layers->rivers, palette->sea, river_width (zoom));
  stroke_layer (self, cr, frame, zoom, layers->borders, palette->border, border_width (zoom));
}

static gboolean
uses_detail (SeedsTileRenderer    *self,
             guint                 zoom,
             const SeedsTileFrame *frame)
{
  return self->region.land != NULL
         && zoom >= SEEDS_TILE_RENDERER_DETAIL_ZOOM
         && seeds_geo_box_intersects (&self->region.land->rect, &frame->bounds);
}

/* The layers from OpenStreetMap that a tile of the detailed region draws,
 * each inside its rectangle and from its zoom level on. */
static void
osm_layers_for (SeedsTileRenderer    *self,
                guint                 zoom,
                const SeedsTileFrame *frame,
                ScopeLayers          *osm)
{
  const SeedsGeoLayer *land = self->osm.land;
  const SeedsGeoLayer *water = self->osm.water;

  memset (osm, 0, sizeof *osm);
  if (land != NULL && zoom >= SEEDS_TILE_RENDERER_COAST_ZOOM
      && seeds_geo_box_intersects (&land->rect, &frame->bounds))
    osm->land = land;
  if (water != NULL && zoom >= SEEDS_TILE_RENDERER_OSM_LAKES_ZOOM
      && seeds_geo_box_intersects (&water->rect, &frame->bounds))
    osm->water = water;
}

/* The same for a tile of 256 px, which is what the attribution asks about
 * (the data drawn does not depend on the tile's size). */
static void
osm_for_tile (SeedsTileRenderer *self,
              guint              zoom,
              guint              x,
              guint              y,
              SeedsTileFrame    *frame,
              ScopeLayers       *osm)
{
  seeds_tile_frame_init (frame, zoom, x, y, 256);
  if (uses_detail (self, zoom, frame))
    osm_layers_for (self, zoom, frame, osm);
  else
    memset (osm, 0, sizeof *osm);
}

/**
 * seeds_tile_renderer_uses_coast:
 *
 * Returns: whether the tile at @x, @y of @zoom draws its land (partly) from
 *   the coast from OpenStreetMap
 */
gboolean
seeds_tile_renderer_uses_coast (SeedsTileRenderer *self,
                                guint              zoom,
                                guint              x,
                                guint              y)
{
  SeedsTileFrame frame;
  ScopeLayers osm;

  g_return_val_if_fail (SEEDS_IS_TILE_RENDERER (self), FALSE);

  osm_for_tile (self, zoom, x, y, &frame, &osm);
  return osm.land != NULL;
}

/**
 * seeds_tile_renderer_uses_osm:
 *
 * Returns: whether the tile at @x, @y of @zoom draws anything from
 *   OpenStreetMap, the coast or a lake, which the map's attribution must
 *   then credit
 */
gboolean
seeds_tile_renderer_uses_osm (SeedsTileRenderer *self,
                              guint              zoom,
                              guint              x,
                              guint              y)
{
  SeedsTileFrame frame;
  ScopeLayers osm;

  g_return_val_if_fail (SEEDS_IS_TILE_RENDERER (self), FALSE);

  osm_for_tile (self, zoom, x, y, &frame, &osm);
  return osm.land != NULL || seeds_tile_frame_shows_layer (&frame, osm.water);
}

/**
 * seeds_tile_renderer_view_uses_osm:
 * @latitude: the middle of the view
 * @longitude: the middle of the view
 * @zoom: the view's zoom level, which may have a fraction: its tiles are
 *   those of the whole level below, scaled up
 * @width: the view's width in pixels, 0 for the tile in its middle only
 * @height: its height
 *
 * Returns: whether any of the tiles that a map view shows draws anything
 *   from OpenStreetMap, which its attribution must then credit
 */
gboolean
seeds_tile_renderer_view_uses_osm (SeedsTileRenderer *self,
                                   double             latitude,
                                   double             longitude,
                                   double             zoom,
                                   int                width,
                                   int                height)
{
  guint level = (guint) CLAMP (zoom, 0, SEEDS_TILE_RENDERER_MAX_ZOOM);
  double tiles_per_pixel = 1.0 / (256 * exp2 (zoom - level));
  double x = seeds_mercator_x_from_longitude (longitude, level);
  double y = seeds_mercator_y_from_latitude (latitude, level);
  gint64 n = (gint64) 1 << level;
  gint64 x0 = (gint64) floor (x - MAX (width, 0) / 2.0 * tiles_per_pixel);
  gint64 x1 = (gint64) floor (x + MAX (width, 0) / 2.0 * tiles_per_pixel);
  gint64 y0 = MAX ((gint64) floor (y - MAX (height, 0) / 2.0 * tiles_per_pixel), 0);
  gint64 y1 = MIN ((gint64) floor (y + MAX (height, 0) / 2.0 * tiles_per_pixel), n - 1);

  g_return_val_if_fail (SEEDS_IS_TILE_RENDERER (self), FALSE);

  /* Wider than the world, the map shows every column once at least. */
  x1 = MIN (x1, x0 + n - 1);
  for (gint64 ty = y0; ty <= y1; ty++)
    for (gint64 tx = x0; tx <= x1; tx++)
      if (seeds_tile_renderer_uses_osm (self, level, (guint) (((tx % n) + n) % n), (guint) ty))
        return TRUE;

  return FALSE;
}

/**
 * seeds_tile_renderer_uses_detail:
 *
 * Returns: whether the tile at @x, @y of @zoom is drawn (partly) from the
 *   detailed region's data
 */
gboolean
seeds_tile_renderer_uses_detail (SeedsTileRenderer *self,
                                 guint              zoom,
                                 guint              x,
                                 guint              y)
{
  SeedsTileFrame frame;

  g_return_val_if_fail (SEEDS_IS_TILE_RENDERER (self), FALSE);

  seeds_tile_frame_init (&frame, zoom, x, y, 256);
  return uses_detail (self, zoom, &frame);
}

/**
 * seeds_tile_renderer_draw:
 * @self: a #SeedsTileRenderer
 * @cr: where to draw, with the tile's top left corner at 0, 0
 * @style: light or dark
 * @zoom: the zoom level, from 0 to %SEEDS_TILE_RENDERER_MAX_ZOOM
 * @x: the tile's column
 * @y: the tile's row
 * @tile_size: its width and height in pixels
 *
 * Draws one tile of the base map: the sea, a faint graticule when zoomed
 * out, the land, the lakes and rivers, and the borders between countries.
 */
void
seeds_tile_renderer_draw (SeedsTileRenderer *self,
                          cairo_t           *cr,
                          SeedsMapStyle      style,
                          guint              zoom,
                          guint              x,
                          guint              y,
                          guint              tile_size)
{
  const SeedsMapPalette *palette = seeds_map_style_get_palette (style);
  const ScopeLayers none = { NULL };
  SeedsTileFrame frame;
  ScopeLayers osm;

  g_return_if_fail (SEEDS_IS_TILE_RENDERER (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (zoom <= SEEDS_TILE_RENDERER_MAX_ZOOM);
  g_return_if_fail (tile_size > 0);

  seeds_tile_frame_init (&frame, zoom, x, y, tile_size);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, tile_size, tile_size);
  cairo_clip (cr);

  set_color (cr, palette->sea);
  cairo_paint (cr);
  draw_graticule (cr, &frame, zoom, palette);

  if (!uses_detail (self, zoom, &frame))
    {
      draw_scope (self, cr, &frame, zoom, &self->world, &none, palette);
    }
  else
    {
      /* The world's data around the region, the region's own inside it,
       * and inside that, closer in, some of OpenStreetMap's. */
      cairo_save (cr);
      cairo_rectangle (cr, 0, 0, tile_size, tile_size);
      region_rectangle (cr, &frame, self->region.land);
      cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
      cairo_clip (cr);
      draw_scope (self, cr, &frame, zoom, &self->world, &none, palette);
      cairo_restore (cr);

      cairo_save (cr);
      region_rectangle (cr, &frame, self->region.land);
      cairo_clip (cr);
      osm_layers_for (self, zoom, &frame, &osm);
      draw_scope (self, cr, &frame, zoom, &self->region, &osm, palette);
      cairo_restore (cr);
    }

  cairo_restore (cr);
}

/**
 * seeds_tile_renderer_render:
 *
 * Draws one tile into a new image surface of @tile_size × @tile_size
 * pixels; see seeds_tile_renderer_draw().
 *
 * Returns: (transfer full): a %CAIRO_FORMAT_ARGB32 image surface
 */
cairo_surface_t *
seeds_tile_renderer_render (SeedsTileRenderer *self,
                            SeedsMapStyle      style,
                            guint              zoom,
                            guint              x,
                            guint              y,
                            guint              tile_size)
{
  cairo_surface_t *surface;
  cairo_t *cr;

  g_return_val_if_fail (SEEDS_IS_TILE_RENDERER (self), NULL);
  g_return_val_if_fail (tile_size > 0, NULL);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, tile_size, tile_size);
  cr = cairo_create (surface);
  seeds_tile_renderer_draw (self, cr, style, zoom, x, y, tile_size);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}
