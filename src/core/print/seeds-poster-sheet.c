/* seeds-poster-sheet.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "print/seeds-poster-sheet.h"

const SeedsPrintColor seeds_poster_accent = { 0.122, 0.431, 0.263 };
const SeedsPrintColor seeds_poster_cell_line = { 0.604, 0.600, 0.588 };
const SeedsPrintColor seeds_poster_tint = { 0.922, 0.957, 0.933 };

struct _SeedsPosterSheet
{
  GPtrArray *items;  /* of SeedsSheetItem */
};

static void
item_free (gpointer data)
{
  SeedsSheetItem *item = data;

  g_clear_object (&item->layout);
  g_free (item);
}

SeedsPosterSheet *
seeds_poster_sheet_new (void)
{
  SeedsPosterSheet *self = g_new0 (SeedsPosterSheet, 1);

  self->items = g_ptr_array_new_with_free_func (item_free);
  return self;
}

void
seeds_poster_sheet_free (SeedsPosterSheet *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->items);
  g_free (self);
}

void
seeds_poster_sheet_clear (SeedsPosterSheet *self)
{
  g_ptr_array_set_size (self->items, 0);
}

guint
seeds_poster_sheet_get_n_items (SeedsPosterSheet *self)
{
  return self->items->len;
}

SeedsSheetItem *
seeds_poster_sheet_get_item (SeedsPosterSheet *self,
                             guint             position)
{
  g_return_val_if_fail (position < self->items->len, NULL);

  return g_ptr_array_index (self->items, position);
}

SeedsSheetItem *
seeds_poster_sheet_add (SeedsPosterSheet *self,
                        SeedsSheetDraw    draw,
                        int               factor,
                        double            x,
                        double            y,
                        double            width,
                        double            height)
{
  SeedsSheetItem *item = g_new0 (SeedsSheetItem, 1);

  *item = (SeedsSheetItem) { draw, factor, x, y, width, height, NULL, NULL, 0, NULL };
  g_ptr_array_add (self->items, item);

  return item;
}

/* A text, as wide as its widest line. */
SeedsSheetItem *
seeds_poster_sheet_add_text (SeedsPosterSheet      *self,
                             PangoLayout           *layout,
                             int                    factor,
                             double                 x,
                             double                 y,
                             const SeedsPrintColor *color)
{
  SeedsSheetItem *item = seeds_poster_sheet_add (self, SEEDS_SHEET_TEXT, factor, x, y,
                                                 seeds_print_layout_width (layout),
                                                 seeds_print_layout_height (layout));

  item->layout = layout;
  item->color = color;
  return item;
}

void
seeds_poster_sheet_add_rule (SeedsPosterSheet      *self,
                             double                 x0,
                             double                 x1,
                             double                 y,
                             double                 width,
                             const SeedsPrintColor *color)
{
  SeedsSheetItem *item = seeds_poster_sheet_add (self, SEEDS_SHEET_RULE, -1, x0, y, x1 - x0, 0);

  item->line_width = width;
  item->color = color;
}

/* ------------------------------------------------------------------------
 * Checking
 */

static gboolean
is_box (const SeedsSheetItem *item)
{
  return item->draw != SEEDS_SHEET_RULE && item->draw != SEEDS_SHEET_TILE &&
         item->draw != SEEDS_SHEET_PANEL;
}

static gboolean
overlap (const SeedsSheetItem *a,
         const SeedsSheetItem *b)
{
  /* Touching is not overlapping; a hundredth of a point is rounding. */
  const double e = 0.01;

  return a->x + e < b->x + b->width && b->x + e < a->x + a->width &&
         a->y + e < b->y + b->height && b->y + e < a->y + a->height;
}

static gboolean
contains (const SeedsSheetItem *outer,
          const SeedsSheetItem *inner)
{
  const double e = 0.01;

  return inner->x >= outer->x - e && inner->y >= outer->y - e &&
         inner->x + inner->width <= outer->x + outer->width + e &&
         inner->y + inner->height <= outer->y + outer->height + e;
}

/* For a message that only developers and tests read. */
static char *
describe (const SeedsSheetItem *item)
{
  if (item->layout != NULL && item->draw == SEEDS_SHEET_TEXT)
    return g_strdup_printf ("“%s”", pango_layout_get_text (item->layout));
  if (item->factor >= 0)
    return g_strdup_printf ("factor %d's %s", item->factor + 1,
                            item->draw == SEEDS_SHEET_CODE ? "code" :
                            item->draw == SEEDS_SHEET_BADGE ? "number" :
                            item->draw == SEEDS_SHEET_TILE ? "tile" : "scale");
  return g_strdup ("a box");
}

/* What is wrong between a and a later item b, or NULL. */
static char *
check_pair (const SeedsSheetItem *a,
            const SeedsSheetItem *b)
{
  /* A tile holds its factor's boxes and nothing else; boxes and tiles
   * don't overlap each other. */
  if (a->draw == SEEDS_SHEET_TILE && is_box (b) && b->factor == a->factor)
    {
      if (!contains (a, b))
        {
          g_autofree char *inner = describe (b);

          return g_strdup_printf ("%s sticks out of its tile", inner);
        }
    }
  else if ((is_box (a) == is_box (b) || a->factor != b->factor) && overlap (a, b))
    {
      g_autofree char *name = describe (a);
      g_autofree char *other = describe (b);

      return g_strdup_printf ("%s overlaps %s", name, other);
    }

  return NULL;
}

/* What is wrong with a on its own, or NULL. */
static char *
check_item (const SeedsSheetItem *a,
            const SeedsSheetItem *page)
{
  g_autofree char *name = NULL;

  if (a->draw == SEEDS_SHEET_TEXT && !seeds_print_layout_is_whole (a->layout))
    {
      name = describe (a);
      return g_strdup_printf ("%s does not fit its width", name);
    }

  if (!contains (page, a))
    {
      name = describe (a);
      return g_strdup_printf ("%s runs off the page", name);
    }

  if (a->draw == SEEDS_SHEET_CODE && a->factor >= 0 && a->code == NULL)
    return g_strdup_printf ("factor %d's code is too small", a->factor + 1);

  return NULL;
}

/**
 * seeds_poster_sheet_check:
 * @problem: (out): what is wrong, in English, when it is not sound
 *
 * Returns: whether the sheet is sound: every text whole, every box on the
 *   page within the margins, in its factor's tile, and clear of every
 *   other box
 */
gboolean
seeds_poster_sheet_check (SeedsPosterSheet  *self,
                          double             left,
                          double             top,
                          double             right,
                          double             bottom,
                          char             **problem)
{
  SeedsSheetItem page = { .x = left, .y = top, .width = right - left, .height = bottom - top };
  GPtrArray *items = self->items;

  for (guint i = 0; i < items->len; i++)
    {
      const SeedsSheetItem *a = g_ptr_array_index (items, i);

      if (a->draw == SEEDS_SHEET_RULE || (a->draw == SEEDS_SHEET_PANEL && contains (&page, a)))
        continue;

      if ((*problem = check_item (a, &page)) != NULL)
        return FALSE;

      for (guint j = i + 1; j < items->len; j++)
        {
          const SeedsSheetItem *b = g_ptr_array_index (items, j);

          if (b->draw == SEEDS_SHEET_RULE || b->draw == SEEDS_SHEET_PANEL)
            continue;
          if ((*problem = check_pair (a, b)) != NULL)
            return FALSE;
        }
    }

  return TRUE;
}

/**
 * seeds_poster_sheet_get_boxes:
 * @boxes: (element-type SeedsPosterBox): where to put the boxes, after
 *   what it has
 *
 * The items that seeds-poster.h makes public, without decoration.
 */
void
seeds_poster_sheet_get_boxes (SeedsPosterSheet *self,
                              GArray           *boxes)
{
  for (guint i = 0; i < self->items->len; i++)
    {
      const SeedsSheetItem *item = g_ptr_array_index (self->items, i);
      SeedsPosterBox box = { 0, item->factor, item->x, item->y, item->width, item->height, 0 };

      switch (item->draw)
        {
        case SEEDS_SHEET_TEXT:
          box.kind = SEEDS_POSTER_BOX_TEXT;
          break;
        case SEEDS_SHEET_BADGE:
          box.kind = SEEDS_POSTER_BOX_BADGE;
          break;
        case SEEDS_SHEET_CELL:
        case SEEDS_SHEET_DONT_KNOW:
          box.kind = SEEDS_POSTER_BOX_CELL;
          break;
        case SEEDS_SHEET_CODE:
          box.kind = SEEDS_POSTER_BOX_QR_CODE;
          if (item->code != NULL)
            box.module = item->width / (seeds_qr_code_get_n_modules (item->code) +
                                        2 * SEEDS_QR_CODE_QUIET_ZONE);
          break;
        case SEEDS_SHEET_TILE:
          box.kind = SEEDS_POSTER_BOX_FACTOR;
          break;
        case SEEDS_SHEET_SPROUT:
          box.kind = SEEDS_POSTER_BOX_PICTURE;
          break;
        case SEEDS_SHEET_RULE:
        case SEEDS_SHEET_PANEL:
        default:
          continue;
        }

      g_array_append_val (boxes, box);
    }
}

/* ------------------------------------------------------------------------
 * Drawing
 */

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   width,
                   double   height,
                   double   radius)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* A seedling: a stem and two leaves, in a square. */
static void
draw_sprout (cairo_t              *cr,
             const SeedsSheetItem *item)
{
  cairo_translate (cr, item->x, item->y);
  cairo_scale (cr, item->width, item->height);
  seeds_print_set_color (cr, &seeds_poster_accent);

  cairo_move_to (cr, 0.5, 1.0);
  cairo_curve_to (cr, 0.5, 0.8, 0.47, 0.65, 0.5, 0.5);
  cairo_set_line_width (cr, 0.09);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_stroke (cr);

  cairo_move_to (cr, 0.5, 0.56);
  cairo_curve_to (cr, 0.5, 0.25, 0.7, 0.05, 1.0, 0.04);
  cairo_curve_to (cr, 1.0, 0.35, 0.8, 0.55, 0.5, 0.56);
  cairo_fill (cr);

  cairo_move_to (cr, 0.49, 0.72);
  cairo_curve_to (cr, 0.47, 0.48, 0.3, 0.3, 0.04, 0.3);
  cairo_curve_to (cr, 0.05, 0.55, 0.22, 0.72, 0.49, 0.72);
  cairo_fill (cr);
}

static void
draw_badge (cairo_t              *cr,
            const SeedsSheetItem *item)
{
  seeds_print_set_color (cr, item->color);
  cairo_arc (cr, item->x + item->width / 2, item->y + item->height / 2, item->width / 2,
             0, 2 * G_PI);
  cairo_fill (cr);
  seeds_print_show_layout (cr, item->layout,
                           item->x + (item->width - seeds_print_layout_width (item->layout)) / 2,
                           item->y + (item->height - seeds_print_layout_height (item->layout)) / 2,
                           &seeds_print_white);
}

static void
draw_cell (cairo_t              *cr,
           const SeedsSheetItem *item,
           double                scale)
{
  double inset = item->line_width / 2;
  double dash = 2.5 * scale;

  rounded_rectangle (cr, item->x + inset, item->y + inset, item->width - 2 * inset,
                     item->height - 2 * inset, SEEDS_MM (1.2) * scale);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill_preserve (cr);
  seeds_print_set_color (cr, item->color);
  cairo_set_line_width (cr, item->line_width);
  /* "don't know" is set apart from the scale */
  if (item->draw == SEEDS_SHEET_DONT_KNOW)
    cairo_set_dash (cr, &dash, 1, 0);
  cairo_stroke (cr);
  seeds_print_show_layout (cr, item->layout, item->x + SEEDS_MM (1.2) * scale,
                           item->y + SEEDS_MM (0.8) * scale, &seeds_print_muted);
}

static void
draw_tile (cairo_t              *cr,
           const SeedsSheetItem *item,
           double                scale)
{
  rounded_rectangle (cr, item->x + item->line_width / 2, item->y + item->line_width / 2,
                     item->width - item->line_width, item->height - item->line_width,
                     SEEDS_MM (2) * scale);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill_preserve (cr);
  seeds_print_set_color (cr, item->color);
  cairo_set_line_width (cr, item->line_width);
  cairo_stroke (cr);
}

static void
draw_item (cairo_t              *cr,
           const SeedsSheetItem *item,
           double                scale)
{
  cairo_save (cr);

  switch (item->draw)
    {
    case SEEDS_SHEET_TEXT:
      seeds_print_show_layout (cr, item->layout, item->x, item->y, item->color);
      break;
    case SEEDS_SHEET_BADGE:
      draw_badge (cr, item);
      break;
    case SEEDS_SHEET_CELL:
    case SEEDS_SHEET_DONT_KNOW:
      draw_cell (cr, item, scale);
      break;
    case SEEDS_SHEET_CODE:
      if (item->code != NULL)
        seeds_qr_code_draw (item->code, cr, item->x, item->y, item->width);
      break;
    case SEEDS_SHEET_TILE:
      draw_tile (cr, item, scale);
      break;
    case SEEDS_SHEET_SPROUT:
      draw_sprout (cr, item);
      break;
    case SEEDS_SHEET_PANEL:
      rounded_rectangle (cr, item->x, item->y, item->width, item->height, SEEDS_MM (2) * scale);
      seeds_print_set_color (cr, item->color);
      cairo_fill (cr);
      break;
    case SEEDS_SHEET_RULE:
      seeds_print_line (cr, item->x, item->x + item->width, item->y, item->line_width,
                        item->color);
      break;
    default:
      g_assert_not_reached ();
    }

  cairo_restore (cr);
}

static gboolean
is_background (const SeedsSheetItem *item)
{
  return item->draw == SEEDS_SHEET_TILE || item->draw == SEEDS_SHEET_PANEL;
}

/**
 * seeds_poster_sheet_draw:
 * @cr: where to draw, with the page's top left at (0, 0) and points as
 *   units
 * @scale: of the paper: 1 on A4, for the corners and dashes
 */
void
seeds_poster_sheet_draw (SeedsPosterSheet *self,
                         cairo_t          *cr,
                         double            scale)
{
  /* Panels and tiles first: they are the background of what is on them. */
  for (guint i = 0; i < self->items->len; i++)
    if (is_background (g_ptr_array_index (self->items, i)))
      draw_item (cr, g_ptr_array_index (self->items, i), scale);

  for (guint i = 0; i < self->items->len; i++)
    if (!is_background (g_ptr_array_index (self->items, i)))
      draw_item (cr, g_ptr_array_index (self->items, i), scale);
}
