/* seeds-tile-path.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "map/seeds-tile-path.h"

/* The geometry of one tile: which parts of a layer it shows, and those
 * parts as a cairo path in the tile's pixels, with what lies far outside
 * the tile cut short. The renderer fills and strokes the paths. */

/* How far outside the tile geometry is still drawn as it is, in pixels:
 * more than half the widest line plus the antialiasing. */
#define TILE_MARGIN 8.0

void
seeds_tile_frame_init (SeedsTileFrame *frame,
                       guint           zoom,
                       guint           x,
                       guint           y,
                       guint           tile_size)
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

gboolean
seeds_geo_box_intersects (const SeedsGeoBox *a,
                          const SeedsGeoBox *b)
{
  return a->x0 <= b->x1 && b->x0 <= a->x1 && a->y0 <= b->y1 && b->y0 <= a->y1;
}

/* Whether any part of @layer reaches into the tile: what the tile draws
 * of it, and so what its credit must name. */
gboolean
seeds_tile_frame_shows_layer (const SeedsTileFrame *frame,
                              const SeedsGeoLayer  *layer)
{
  if (layer == NULL || !seeds_geo_box_intersects (&layer->rect, &frame->bounds))
    return FALSE;

  for (guint p = 0; p < layer->n_parts; p++)
    if (seeds_geo_box_intersects (&layer->boxes[p], &frame->bounds))
      return TRUE;

  return FALSE;
}

enum
{
  OUT_LEFT = 1 << 0,
  OUT_RIGHT = 1 << 1,
  OUT_TOP = 1 << 2,
  OUT_BOTTOM = 1 << 3,
};

static guint
outcode (const SeedsTileFrame *frame,
         double                x,
         double                y)
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
add_part (cairo_t              *cr,
          const SeedsTileFrame *frame,
          const SeedsGeoLayer  *layer,
          const SeedsGeoKept   *kept,
          guint                 part)
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
  if (seeds_geodata_kind_has_rings (layer->kind))
    cairo_close_path (cr);
}

/* Adds the parts of @layer that reach into the tile to the path, with the
 * points that @kept keeps at the tile's zoom level. */
void
seeds_tile_path_add_layer (cairo_t              *cr,
                           const SeedsTileFrame *frame,
                           const SeedsGeoLayer  *layer,
                           const SeedsGeoKept   *kept)
{
  if (layer == NULL || !seeds_geo_box_intersects (&layer->rect, &frame->bounds))
    return;

  for (guint p = 0; p < layer->n_parts; p++)
    if (seeds_geo_box_intersects (&layer->boxes[p], &frame->bounds))
      add_part (cr, frame, layer, kept, p);
}
