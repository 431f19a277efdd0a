/* seeds-report-painter.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "print/seeds-report-painter.h"

static const SeedsPrintColor shade = { 0.937, 0.933, 0.929 };      /* #efeeed */
static const SeedsPrintColor dot = { 0.110, 0.443, 0.847 };        /* #1c71d8 */
/* Printed in black and white the bands still read: every band is a word. */
static const SeedsPrintColor strength = { 0.149, 0.635, 0.412 };   /* #26a269 */
static const SeedsPrintColor discuss = { 0.898, 0.647, 0.039 };    /* #e5a50a */
static const SeedsPrintColor attention = { 0.753, 0.110, 0.157 };  /* #c01c28 */

static const SeedsPrintColor *
band_color (SeedsBand band)
{
  switch (band)
    {
    case SEEDS_BAND_STRENGTH:
      return &strength;
    case SEEDS_BAND_DISCUSS:
      return &discuss;
    case SEEDS_BAND_ATTENTION:
      return &attention;
    case SEEDS_BAND_NONE:
    default:
      return NULL;
    }
}

/* A square in the band's colour before its word, centred on the first line. */
static void
draw_band (cairo_t                 *cr,
           PangoLayout             *layout,
           SeedsBand                band,
           const SeedsReportColumn *column,
           double                   y)
{
  const SeedsPrintColor *color = band_color (band);
  double baseline = seeds_print_layout_baseline (layout);

  if (color != NULL)
    {
      cairo_save (cr);
      seeds_print_set_color (cr, color);
      cairo_rectangle (cr, column->x, y + baseline - SEEDS_REPORT_MARKER - 0.5,
                       SEEDS_REPORT_MARKER, SEEDS_REPORT_MARKER);
      cairo_fill (cr);
      cairo_restore (cr);
    }

  seeds_print_show_layout (cr, layout, column->x + SEEDS_REPORT_MARKER + SEEDS_REPORT_MARKER_GAP,
                           y, &seeds_print_ink);
}

/* The left of the column of score c, "don't know" (the last) set apart. */
static double
score_left (const SeedsReportTable *table,
            guint                   c)
{
  return table->factor[SEEDS_FACTOR_DOTS].x + c * SEEDS_REPORT_DOT_COLUMN +
         (c == SEEDS_SCORE_MAX ? SEEDS_REPORT_DOT_COLUMN / 3 : 0);
}

/* count dots of one score in its column, from bottom up. */
static void
draw_score_dots (const SeedsReportTable *table,
                 cairo_t                *cr,
                 guint                   c,
                 guint                   count,
                 guint                   per_row,
                 double                  bottom)
{
  double r = table->radius;
  double step = 2 * r + SEEDS_REPORT_DOT_GAP;
  double row_width = MIN (count, per_row) * step - SEEDS_REPORT_DOT_GAP;
  double left = score_left (table, c) + (SEEDS_REPORT_DOT_COLUMN - row_width) / 2;

  cairo_save (cr);
  cairo_set_line_width (cr, 0.7);
  for (guint i = 0; i < count; i++)
    {
      double cx = left + r + (i % per_row) * step;
      double cy = bottom - r - (i / per_row) * step;

      cairo_new_sub_path (cr);
      if (c < SEEDS_SCORE_MAX)
        {
          seeds_print_set_color (cr, &dot);
          cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
          cairo_fill (cr);
        }
      else
        {
          seeds_print_set_color (cr, &seeds_print_muted);
          cairo_arc (cr, cx, cy, r - 0.35, 0, 2 * G_PI);
          cairo_stroke (cr);
        }
    }
  cairo_restore (cr);
}

/* The scores as dots above a 1–5 scale, like stickers on the poster, and
 * "don't know" as hollow dots apart; a count where too many to fit. They
 * keep to the first line of a row whose title wraps, as the numbers do. */
static void
draw_dots (const SeedsReportTable *table,
           cairo_t                *cr,
           const SeedsReportRow   *row,
           double                  y)
{
  double bottom = y + 1 + table->dot_room;
  guint per_row;
  guint capacity = seeds_report_table_dot_capacity (table->radius, table->dot_room, &per_row);

  for (guint c = 0; c <= SEEDS_SCORE_MAX; c++)
    {
      guint count = c < SEEDS_SCORE_MAX ? row->stats->counts[c + 1] : row->stats->dont_know;

      if (count > capacity)
        {
          const SeedsPrintStyle style = { 7.5, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, &dot,
                                          PANGO_ALIGN_CENTER };
          g_autofree char *text = g_strdup_printf ("%u", count);
          g_autoptr(PangoLayout) layout = seeds_report_layout_new (table->context, text, style,
                                                                   SEEDS_REPORT_DOT_COLUMN);

          seeds_print_show_layout (cr, layout, score_left (table, c),
                                   bottom - seeds_print_layout_height (layout), &dot);
        }
      else
        {
          draw_score_dots (table, cr, c, count, per_row, bottom);
        }
    }
}

/* The 1 … 5 and ? above the dots. */
static void
draw_dot_labels (const SeedsReportTable   *table,
                 cairo_t                  *cr,
                 const SeedsReportContent *content,
                 double                    y)
{
  SeedsPrintStyle style = seeds_report_cell_style (SEEDS_ROW_TABLE_HEAD, SEEDS_FACTOR_DOTS);

  style.alignment = PANGO_ALIGN_CENTER;
  for (guint c = 0; c <= SEEDS_SCORE_MAX; c++)
    {
      g_autoptr(PangoLayout) layout = seeds_report_layout_new (table->context,
                                                               content->dot_labels[c], style,
                                                               SEEDS_REPORT_DOT_COLUMN);

      seeds_print_show_layout (cr, layout, score_left (table, c),
                               y + SEEDS_REPORT_ROW_PADDING, style.color);
    }
}

/* A table's head is shaded, its rows ruled, a heading underlined. */
static void
draw_decoration (const SeedsReportTable   *table,
                 cairo_t                  *cr,
                 const SeedsReportContent *content,
                 const SeedsReportRow     *row,
                 double                    y)
{
  switch (row->kind)
    {
    case SEEDS_ROW_TABLE_HEAD:
    case SEEDS_ROW_STEPS_HEAD:
    case SEEDS_ROW_FAILURES_HEAD:
      cairo_save (cr);
      seeds_print_set_color (cr, &shade);
      cairo_rectangle (cr, 0, y, table->width, row->height);
      cairo_fill (cr);
      cairo_restore (cr);
      if (row->kind == SEEDS_ROW_TABLE_HEAD)
        draw_dot_labels (table, cr, content, y);
      break;

    case SEEDS_ROW_ATTENTION:
    case SEEDS_ROW_FACTOR:
    case SEEDS_ROW_STEP:
    case SEEDS_ROW_FAILURE:
      seeds_print_line (cr, 0, table->width, y + row->height, 0.4, &seeds_print_rule);
      if (row->kind == SEEDS_ROW_FACTOR)
        draw_dots (table, cr, row, y);
      break;

    case SEEDS_ROW_HEADING:
      seeds_print_line (cr, 0, table->width, y + row->height + 1.5, 0.8, &seeds_print_ink);
      break;

    case SEEDS_ROW_KICKER:
    case SEEDS_ROW_TITLE:
    case SEEDS_ROW_SUBTITLE:
    case SEEDS_ROW_LEAD:
    case SEEDS_ROW_NOTE:
    case SEEDS_ROW_GROUP:
    case SEEDS_ROW_STEP_FACTOR:
    default:
      break;
    }
}

/**
 * seeds_report_painter_draw_row:
 * @y: the top of the row
 *
 * Draws a row, with its decoration, as @table laid it out.
 */
void
seeds_report_painter_draw_row (const SeedsReportTable   *table,
                               cairo_t                  *cr,
                               const SeedsReportContent *content,
                               const SeedsReportRow     *row,
                               double                    y)
{
  draw_decoration (table, cr, content, row, y);

  for (guint i = 0; i < SEEDS_ROW_MAX_CELLS; i++)
    {
      SeedsPrintStyle style = seeds_report_cell_style (row->kind, i);
      SeedsReportColumn column;
      double top = y + seeds_report_row_padding (row->kind);

      if (row->layouts[i] == NULL)
        continue;

      seeds_report_table_get_column (table, row->kind, i, &column);

      if (seeds_report_cell_is_band (row->kind, i))
        {
          draw_band (cr, row->layouts[i], row->stats->band, &column, top);
          continue;
        }

      if (row->kind == SEEDS_ROW_STEP && i == SEEDS_STEP_AGREED)
        top += seeds_print_layout_height (row->layouts[SEEDS_STEP_TEXT]) + 1;

      /* A layout without a width aligns within itself: place it by hand. */
      if (pango_layout_get_width (row->layouts[i]) < 0 && style.alignment == PANGO_ALIGN_RIGHT)
        column.x += column.width - seeds_print_layout_width (row->layouts[i]);

      seeds_print_show_layout (cr, row->layouts[i], column.x, top, style.color);
    }
}

/**
 * seeds_report_painter_draw_footer:
 * @credit: the app and the research, at the left
 * @page_number: "Page 1 of 2", at the right
 * @height: the page's height
 *
 * Draws the foot of a page, at its bottom.
 */
void
seeds_report_painter_draw_footer (const SeedsReportTable *table,
                                  cairo_t                *cr,
                                  PangoLayout            *credit,
                                  PangoLayout            *page_number,
                                  double                  height)
{
  double top = height - seeds_print_layout_height (credit);

  seeds_print_line (cr, 0, table->width, top - 4, 0.4, &seeds_print_rule);
  seeds_print_show_layout (cr, credit, 0, top, &seeds_print_muted);
  seeds_print_show_layout (cr, page_number, table->width - seeds_print_layout_width (page_number),
                           top, &seeds_print_muted);
}
