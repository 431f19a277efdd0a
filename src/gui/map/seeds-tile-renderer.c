/* seeds-tile-renderer.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "map/seeds-geodata.h"
#include "map/seeds-mercator.h"
#include "map/seeds-tile-renderer.h"

/* The offline base map: land and country borders from Natural Earth, and
 * the coast of the Netherlands from OpenStreetMap (SeedsGeodata), drawn
 * into Web Mercator tiles with cairo. Tiles may be drawn from several
 * threads at once. */

/* How far outside the tile geometry is still drawn as it is, in pixels:
 * more than half the widest line plus the antialiasing. */
#define TILE_MARGIN      4.0

struct _SeedsTileRenderer
{
  GObject              parent_instance;

  SeedsGeodata        *geodata;
  const SeedsGeoLayer *world_land;
  const SeedsGeoLayer *world_borders;
  const SeedsGeoLayer *region_land;
  const SeedsGeoLayer *region_borders;
  const SeedsGeoLayer *coast_land;
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

static SeedsTileRenderer *
new_for_geodata (SeedsGeodata *geodata)
{
  SeedsTileRenderer *self = g_object_new (SEEDS_TYPE_TILE_RENDERER, NULL);

  self->geodata = g_object_ref (geodata);
  self->world_land = seeds_geodata_get_layer (geodata, SEEDS_GEODATA_LAND, SEEDS_GEODATA_WORLD);
  self->world_borders = seeds_geodata_get_layer (geodata, SEEDS_GEODATA_BORDERS,
                                                 SEEDS_GEODATA_WORLD);
  self->region_land = seeds_geodata_get_layer (geodata, SEEDS_GEODATA_LAND, SEEDS_GEODATA_REGION);
  self->region_borders = seeds_geodata_get_layer (geodata, SEEDS_GEODATA_BORDERS,
                                                  SEEDS_GEODATA_REGION);
  self->coast_land = seeds_geodata_get_layer (geodata, SEEDS_GEODATA_LAND, SEEDS_GEODATA_COAST);

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

  return get_rectangle (self->region_land, west, south, east, north);
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

  return get_rectangle (self->coast_land, west, south, east, north);
}

/* Where a tile's pixels are, for one tile. */
typedef struct
{
  double scale;   /* pixels per unit of zoom-0 Mercator */
  double x0;      /* the tile's corner in those pixels */
  double y0;
  double size;
  SeedsGeoBox    bounds;  /* the tile with its margin, in zoom-0 Mercator */
} TileFrame;

static void
tile_frame_init (TileFrame *frame,
                 guint      zoom,
                 guint      x,
                 guint      y,
                 guint      tile_size)
{
  double margin;

  frame->size = tile_size;
  frame->scale = tile_size * exp2 (zoom);
  frame->x0 = (double) x * tile_size;
  frame->y0 = (double) y * tile_size;

  margin = TILE_MARGIN / frame->scale;
  frame->bounds.x0 = frame->x0 / frame->scale - margin;
  frame->bounds.y0 = frame->y0 / frame->scale - margin;
  frame->bounds.x1 = (frame->x0 + tile_size) / frame->scale + margin;
  frame->bounds.y1 = (frame->y0 + tile_size) / frame->scale + margin;
}

static gboolean
box_intersects (const SeedsGeoBox *a,
                const SeedsGeoBox *b)
{
  return a->x0 <= b->x1 && b->x0 <= a->x1 && a->y0 <= b->y1 && b->y0 <= a->y1;
}

enum
{
  OUT_LEFT = 1 << 0,
  OUT_RIGHT = 1 << 1,
  OUT_TOP = 1 << 2,
  OUT_BOTTOM = 1 << 3,
};

static guint
outcode (const TileFrame *frame,
         double           x,
         double           y)
{
  guint code = 0;

  if (x < -TILE_MARGIN)
    code |= OUT_LEFT;
  else if (x > frame->size + TILE_MARGIN)
    code |= OUT_RIGHT;
  if (y < -TILE_MARGIN)
    code |= OUT_TOP;
  else if (y > frame->size + TILE_MARGIN)
    code |= OUT_BOTTOM;

  return code;
}

/* Adds one ring or line to the path. A run of points that all lie beyond
 * the same edge of the tile is replaced by its first and last point: the
 * shortcut lies beyond that edge too, so neither the fill nor the stroke
 * inside the tile changes, and a coastline of thousands of points becomes a
 * few for a tile that shows only a bit of it. */
static void
add_part (cairo_t             *cr,
          const TileFrame     *frame,
          const SeedsGeoLayer *layer,
          const SeedsGeoKept  *kept,
          guint                part)
{
  guint first, end;
  gboolean held = FALSE;
  double held_x = 0, held_y = 0;
  guint held_code = 0;
  guint run = 0;
  guint last_code = 0;

  if (kept->starts != NULL)
    {
      first = kept->starts[part];
      end = kept->starts[part + 1];
    }
  else
    {
      first = layer->starts[part];
      end = layer->starts[part + 1];
    }
  if (end - first < 2)
    return;

  for (guint k = first; k < end; k++)
    {
      guint index = kept->indices != NULL ? kept->indices[k] : k;
      double x = layer->points[2 * index] * frame->scale - frame->x0;
      double y = layer->points[2 * index + 1] * frame->scale - frame->y0;
      guint code = outcode (frame, x, y);

      if (k == first)
        {
          cairo_move_to (cr, x, y);
          last_code = code;
          continue;
        }

      if (held)
        {
          if ((run & code) != 0)
            {
              held_x = x;
              held_y = y;
              held_code = code;
              run &= code;
              continue;
            }

          cairo_line_to (cr, held_x, held_y);
          last_code = held_code;
          held = FALSE;
        }

      if ((last_code & code) != 0)
        {
          held = TRUE;
          held_x = x;
          held_y = y;
          held_code = code;
          run = last_code & code;
        }
      else
        {
          cairo_line_to (cr, x, y);
          last_code = code;
        }
    }

  if (held)
    cairo_line_to (cr, held_x, held_y);
  if (layer->kind == SEEDS_GEODATA_LAND)
    cairo_close_path (cr);
}

static void
add_layer (cairo_t             *cr,
           const TileFrame     *frame,
           const SeedsGeoLayer *layer,
           const SeedsGeoKept  *kept)
{
  if (layer == NULL || !box_intersects (&layer->rect, &frame->bounds))
    return;

  for (guint p = 0; p < layer->n_parts; p++)
    if (box_intersects (&layer->boxes[p], &frame->bounds))
      add_part (cr, frame, layer, kept, p);
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
                const TileFrame       *frame,
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
region_rectangle (cairo_t             *cr,
                  const TileFrame     *frame,
                  const SeedsGeoLayer *region)
{
  double x0 = ceil (region->rect.x0 * frame->scale - frame->x0);
  double y0 = ceil (region->rect.y0 * frame->scale - frame->y0);
  double x1 = floor (region->rect.x1 * frame->scale - frame->x0);
  double y1 = floor (region->rect.y1 * frame->scale - frame->y0);

  cairo_rectangle (cr, x0, y0, x1 - x0, y1 - y0);
}

static void
fill_land (SeedsTileRenderer     *self,
           cairo_t               *cr,
           const TileFrame       *frame,
           guint                  zoom,
           const SeedsGeoLayer   *land,
           const SeedsMapPalette *palette)
{
  if (land == NULL)
    return;

  add_layer (cr, frame, land, seeds_geodata_get_kept (self->geodata, land, zoom));
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  set_color (cr, palette->land);
  cairo_fill (cr);
}

static void
draw_layers (SeedsTileRenderer     *self,
             cairo_t               *cr,
             const TileFrame       *frame,
             guint                  zoom,
             const SeedsGeoLayer   *land,
             const SeedsGeoLayer   *borders,
             const SeedsMapPalette *palette)
{
  fill_land (self, cr, frame, zoom, land, palette);

  if (borders != NULL)
    {
      add_layer (cr, frame, borders, seeds_geodata_get_kept (self->geodata, borders, zoom));
      cairo_set_line_width (cr, border_width (zoom));
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      set_color (cr, palette->border);
      cairo_stroke (cr);
    }
}

static gboolean
uses_detail (SeedsTileRenderer *self,
             guint              zoom,
             const TileFrame   *frame)
{
  return self->region_land != NULL
         && zoom >= SEEDS_TILE_RENDERER_DETAIL_ZOOM
         && box_intersects (&self->region_land->rect, &frame->bounds);
}

static gboolean
uses_coast (SeedsTileRenderer *self,
            guint              zoom,
            const TileFrame   *frame)
{
  return self->coast_land != NULL
         && zoom >= SEEDS_TILE_RENDERER_COAST_ZOOM
         && box_intersects (&self->coast_land->rect, &frame->bounds);
}

/**
 * seeds_tile_renderer_uses_coast:
 *
 * Returns: whether the tile at @x, @y of @zoom is drawn (partly) from the
 *   coast from OpenStreetMap, which the map's attribution must then credit
 */
gboolean
seeds_tile_renderer_uses_coast (SeedsTileRenderer *self,
                                guint              zoom,
                                guint              x,
                                guint              y)
{
  TileFrame frame;

  g_return_val_if_fail (SEEDS_IS_TILE_RENDERER (self), FALSE);

  tile_frame_init (&frame, zoom, x, y, 256);
  return uses_detail (self, zoom, &frame) && uses_coast (self, zoom, &frame);
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
  TileFrame frame;

  g_return_val_if_fail (SEEDS_IS_TILE_RENDERER (self), FALSE);

  tile_frame_init (&frame, zoom, x, y, 256);
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
 * out, the land and the borders between countries.
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
  TileFrame frame;
  gboolean detail;

  g_return_if_fail (SEEDS_IS_TILE_RENDERER (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (zoom <= SEEDS_TILE_RENDERER_MAX_ZOOM);
  g_return_if_fail (tile_size > 0);

  tile_frame_init (&frame, zoom, x, y, tile_size);
  detail = uses_detail (self, zoom, &frame);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, tile_size, tile_size);
  cairo_clip (cr);

  set_color (cr, palette->sea);
  cairo_paint (cr);
  draw_graticule (cr, &frame, zoom, palette);

  if (!detail)
    {
      draw_layers (self, cr, &frame, zoom, self->world_land, self->world_borders, palette);
    }
  else
    {
      /* The world's data around the region, the region's own inside it. */
      cairo_save (cr);
      cairo_rectangle (cr, 0, 0, tile_size, tile_size);
      region_rectangle (cr, &frame, self->region_land);
      cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
      cairo_clip (cr);
      draw_layers (self, cr, &frame, zoom, self->world_land, self->world_borders, palette);
      cairo_restore (cr);

      cairo_save (cr);
      region_rectangle (cr, &frame, self->region_land);
      cairo_clip (cr);
      if (!uses_coast (self, zoom, &frame))
        {
          draw_layers (self, cr, &frame, zoom, self->region_land, self->region_borders, palette);
        }
      else
        {
          /* Closer in, the coast from OpenStreetMap inside its rectangle,
           * and the 1:10m land around it; the borders over both. */
          cairo_save (cr);
          cairo_rectangle (cr, 0, 0, tile_size, tile_size);
          region_rectangle (cr, &frame, self->coast_land);
          cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
          cairo_clip (cr);
          fill_land (self, cr, &frame, zoom, self->region_land, palette);
          cairo_restore (cr);

          cairo_save (cr);
          region_rectangle (cr, &frame, self->coast_land);
          cairo_clip (cr);
          fill_land (self, cr, &frame, zoom, self->coast_land, palette);
          cairo_restore (cr);

          draw_layers (self, cr, &frame, zoom, NULL, self->region_borders, palette);
        }
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
