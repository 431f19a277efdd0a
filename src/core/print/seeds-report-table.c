/* seeds-report-table.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "print/seeds-report-table.h"

#define GAP         7.0  /* between columns */
#define MIN_RADIUS  1.2
#define MAX_RADIUS  2.8

/**
 * seeds_report_cell_style:
 *
 * Returns: the style of a cell of a row of @kind
 */
SeedsPrintStyle
seeds_report_cell_style (SeedsRowKind kind,
                         guint        cell)
{
  SeedsPrintStyle style = { 9, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, &seeds_print_ink,
                            PANGO_ALIGN_LEFT };

  switch (kind)
    {
    case SEEDS_ROW_KICKER:
      style.size = 8;
      style.weight = PANGO_WEIGHT_BOLD;
      style.color = &seeds_print_muted;
      break;

    case SEEDS_ROW_TITLE:
      style.size = 20;
      style.weight = PANGO_WEIGHT_BOLD;
      break;

    case SEEDS_ROW_SUBTITLE:
      style.size = 12.5;
      break;

    case SEEDS_ROW_LEAD:
      style.size = 10;
      style.weight = PANGO_WEIGHT_BOLD;
      break;

    case SEEDS_ROW_NOTE:
      style.size = 8;
      style.color = &seeds_print_muted;
      break;

    case SEEDS_ROW_HEADING:
      style.size = 13;
      style.weight = PANGO_WEIGHT_BOLD;
      break;

    case SEEDS_ROW_GROUP:
      style.size = 8.5;
      style.weight = PANGO_WEIGHT_BOLD;
      style.color = &seeds_print_muted;
      break;

    case SEEDS_ROW_TABLE_HEAD:
    case SEEDS_ROW_STEPS_HEAD:
    case SEEDS_ROW_FAILURES_HEAD:
      style.size = 7.5;
      style.weight = PANGO_WEIGHT_BOLD;
      style.color = &seeds_print_muted;
      if (kind == SEEDS_ROW_TABLE_HEAD && (cell == SEEDS_FACTOR_N || cell == SEEDS_FACTOR_MEAN))
        style.alignment = PANGO_ALIGN_RIGHT;
      break;

    case SEEDS_ROW_ATTENTION:
      if (cell == SEEDS_ATTENTION_NUMBER)
        style.color = &seeds_print_muted;
      else if (cell == SEEDS_ATTENTION_MEAN)
        {
          style.weight = PANGO_WEIGHT_BOLD;
          style.alignment = PANGO_ALIGN_RIGHT;
        }
      else if (cell == SEEDS_ATTENTION_DIFFER)
        style.style = PANGO_STYLE_ITALIC;
      break;

    case SEEDS_ROW_FACTOR:
      style.size = 8.5;
      if (cell == SEEDS_FACTOR_NUMBER)
        style.color = &seeds_print_muted;
      else if (cell == SEEDS_FACTOR_N)
        style.alignment = PANGO_ALIGN_RIGHT;
      else if (cell == SEEDS_FACTOR_MEAN)
        {
          style.weight = PANGO_WEIGHT_BOLD;
          style.alignment = PANGO_ALIGN_RIGHT;
        }
      else if (cell == SEEDS_FACTOR_MARK)
        style.weight = PANGO_WEIGHT_BOLD;
      break;

    case SEEDS_ROW_STEP_FACTOR:
      style.size = 9;
      style.weight = PANGO_WEIGHT_BOLD;
      break;

    case SEEDS_ROW_STEP:
      if (cell == SEEDS_STEP_AGREED)
        {
          style.size = 7.5;
          style.style = PANGO_STYLE_ITALIC;
          style.color = &seeds_print_muted;
        }
      else if (cell != SEEDS_STEP_TEXT)
        style.size = 8.5;
      break;

    case SEEDS_ROW_FAILURE:
      style.size = 8.5;
      break;

    default:
      g_assert_not_reached ();
    }

  return style;
}

gboolean
seeds_report_cell_is_band (SeedsRowKind kind,
                           guint        cell)
{
  return (kind == SEEDS_ROW_FACTOR && cell == SEEDS_FACTOR_BAND) ||
         (kind == SEEDS_ROW_ATTENTION && cell == SEEDS_ATTENTION_BAND);
}

/* Numbers and marks are never wrapped: their columns are as wide as the
 * widest. Text is wrapped to its column. */
static gboolean
cell_wraps (SeedsRowKind kind,
            guint        cell)
{
  if (kind == SEEDS_ROW_ATTENTION)
    return cell == SEEDS_ATTENTION_TITLE || cell == SEEDS_ATTENTION_BAND ||
           cell == SEEDS_ATTENTION_DIFFER;
  if (kind == SEEDS_ROW_TABLE_HEAD || kind == SEEDS_ROW_FACTOR)
    return cell == SEEDS_FACTOR_TITLE || cell == SEEDS_FACTOR_BAND;
  return TRUE;
}

/**
 * seeds_report_row_padding:
 *
 * Returns: the room above and below the text of a row of @kind: the rows
 *   of a table have some
 */
double
seeds_report_row_padding (SeedsRowKind kind)
{
  return kind == SEEDS_ROW_ATTENTION || kind == SEEDS_ROW_TABLE_HEAD ||
         kind == SEEDS_ROW_FACTOR || kind == SEEDS_ROW_STEPS_HEAD ||
         kind == SEEDS_ROW_STEP || kind == SEEDS_ROW_FAILURES_HEAD ||
         kind == SEEDS_ROW_FAILURE ? SEEDS_REPORT_ROW_PADDING : 0;
}

/**
 * seeds_report_layout_new:
 * @text: plain text, never markup: names and next steps are what people
 *   typed
 *
 * Returns: (transfer full): @text laid out in @style, wrapped to @width
 *   (-1: not wrapped), between words or, in a word too long, anywhere
 */
PangoLayout *
seeds_report_layout_new (PangoContext    *context,
                         const char      *text,
                         SeedsPrintStyle  style,
                         double           width)
{
  return seeds_print_layout_new (context, text, &style, width, PANGO_WRAP_WORD_CHAR);
}

/* ------------------------------------------------------------------------
 * Columns
 */

/* How wide a column must be for the widest of its cells, unwrapped. */
static double
natural_width (SeedsReportTable *self,
               GArray           *rows,
               SeedsRowKind      kind,
               SeedsRowKind      head_kind,
               guint             cell)
{
  double width = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      SeedsReportRow *row = &g_array_index (rows, SeedsReportRow, i);
      g_autoptr(PangoLayout) layout = NULL;

      if ((row->kind != kind && row->kind != head_kind) || row->texts[cell] == NULL)
        continue;

      layout = seeds_report_layout_new (self->context, row->texts[cell],
                                        seeds_report_cell_style (row->kind, cell), -1);
      width = MAX (width, seeds_print_layout_width (layout));
    }

  return ceil (width);
}

static double
band_width (SeedsReportTable *self,
            GArray           *rows,
            SeedsRowKind      kind,
            guint             cell)
{
  return natural_width (self, rows, kind, kind, cell) + SEEDS_REPORT_MARKER +
         SEEDS_REPORT_MARKER_GAP;
}

/* Lays columns out from the right edge leftwards. The first column starts
 * at widths[0] and takes what is left; a later column of width 0 is empty
 * and takes no gap either. */
static void
place_columns (SeedsReportColumn *columns,
               guint              n_columns,
               const double      *widths,
               double             total)
{
  double x = total;

  for (guint i = n_columns; i-- > 1;)
    {
      columns[i].width = widths[i];
      columns[i].x = x - widths[i];
      x = columns[i].x - (widths[i] > 0 ? GAP : 0);
    }

  columns[0].x = widths[0];
  columns[0].width = MAX (x - widths[0], 40);
}

/* In both tables of factors the title comes after the number and takes
 * the rest; words may wrap on a narrow page. */
static void
place_factor_columns (SeedsReportTable *self,
                      GArray           *rows)
{
  double w = self->width;
  double number = MAX (natural_width (self, rows, SEEDS_ROW_FACTOR, SEEDS_ROW_FACTOR,
                                      SEEDS_FACTOR_NUMBER),
                       natural_width (self, rows, SEEDS_ROW_ATTENTION, SEEDS_ROW_ATTENTION,
                                      SEEDS_ATTENTION_NUMBER)) + GAP;
  double mean = MAX (natural_width (self, rows, SEEDS_ROW_FACTOR, SEEDS_ROW_TABLE_HEAD,
                                    SEEDS_FACTOR_MEAN),
                     natural_width (self, rows, SEEDS_ROW_ATTENTION, SEEDS_ROW_ATTENTION,
                                    SEEDS_ATTENTION_MEAN));
  double band = MIN (MAX (band_width (self, rows, SEEDS_ROW_FACTOR, SEEDS_FACTOR_BAND),
                          band_width (self, rows, SEEDS_ROW_ATTENTION, SEEDS_ATTENTION_BAND)),
                     w / 5);
  double differ = MIN (natural_width (self, rows, SEEDS_ROW_ATTENTION, SEEDS_ROW_ATTENTION,
                                      SEEDS_ATTENTION_DIFFER), w / 5);
  double attention[] = { number, mean, band, differ };
  double factor[] = {
    number,
    6 * SEEDS_REPORT_DOT_COLUMN + SEEDS_REPORT_DOT_COLUMN / 3,
    natural_width (self, rows, SEEDS_ROW_FACTOR, SEEDS_ROW_TABLE_HEAD, SEEDS_FACTOR_N),
    mean,
    band,
    natural_width (self, rows, SEEDS_ROW_FACTOR, SEEDS_ROW_FACTOR, SEEDS_FACTOR_MARK),
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (attention) == SEEDS_N_ATTENTION_CELLS - 1);
  G_STATIC_ASSERT (G_N_ELEMENTS (factor) == SEEDS_N_FACTOR_CELLS - 1);

  /* The number has a column of its own before the rest. */
  self->attention[SEEDS_ATTENTION_NUMBER] = (SeedsReportColumn) { 0, number - GAP };
  place_columns (self->attention + 1, G_N_ELEMENTS (attention), attention, w);
  self->factor[SEEDS_FACTOR_NUMBER] = (SeedsReportColumn) { 0, number - GAP };
  place_columns (self->factor + 1, G_N_ELEMENTS (factor), factor, w);
}

static void
place_step_columns (SeedsReportTable *self,
                    GArray           *rows)
{
  double w = self->width;
  double widths[SEEDS_N_STEP_COLUMNS] = {
    0,
    MIN (natural_width (self, rows, SEEDS_ROW_STEP, SEEDS_ROW_STEPS_HEAD, SEEDS_STEP_OWNER), w / 5),
    MIN (natural_width (self, rows, SEEDS_ROW_STEP, SEEDS_ROW_STEPS_HEAD, SEEDS_STEP_DUE), w / 5),
    MIN (natural_width (self, rows, SEEDS_ROW_STEP, SEEDS_ROW_STEPS_HEAD, SEEDS_STEP_STATUS),
         w / 6),
  };

  place_columns (self->step, SEEDS_N_STEP_COLUMNS, widths, w);
}

/* Three columns of text as wide as each other */
static void
place_failure_columns (SeedsReportTable *self)
{
  double third = (self->width - 2 * GAP) / 3;
  double widths[SEEDS_N_FAILURE_CELLS] = { 0, third, third };

  place_columns (self->failure, SEEDS_N_FAILURE_CELLS, widths, self->width);
}

/**
 * seeds_report_table_get_column:
 * @column: (out): the cell's column, or the page's width
 *
 * Returns: whether the cell has a column; %FALSE when it spans the page
 */
gboolean
seeds_report_table_get_column (const SeedsReportTable *self,
                               SeedsRowKind            kind,
                               guint                   cell,
                               SeedsReportColumn      *column)
{
  if (kind == SEEDS_ROW_ATTENTION)
    *column = self->attention[cell];
  else if (kind == SEEDS_ROW_TABLE_HEAD || kind == SEEDS_ROW_FACTOR)
    *column = self->factor[cell];
  else if (kind == SEEDS_ROW_STEPS_HEAD || kind == SEEDS_ROW_STEP)
    *column = self->step[cell == SEEDS_STEP_AGREED ? SEEDS_STEP_TEXT : cell];
  else if (kind == SEEDS_ROW_FAILURES_HEAD || kind == SEEDS_ROW_FAILURE)
    *column = self->failure[cell];
  else
    {
      *column = (SeedsReportColumn) { 0, self->width };
      return FALSE;
    }

  return TRUE;
}

/* ------------------------------------------------------------------------
 * Rows and dots
 */

static void
measure_row (SeedsReportTable *self,
             SeedsReportRow   *row)
{
  double height = 0;

  for (guint i = 0; i < SEEDS_ROW_MAX_CELLS; i++)
    {
      SeedsReportColumn column;
      double width;
      double cell_height;

      if (row->texts[i] == NULL)
        continue;

      if (!seeds_report_table_get_column (self, row->kind, i, &column))
        width = column.width;
      else if (!cell_wraps (row->kind, i))
        width = -1;
      else if (seeds_report_cell_is_band (row->kind, i))
        width = column.width - SEEDS_REPORT_MARKER - SEEDS_REPORT_MARKER_GAP;
      else
        width = column.width;

      g_clear_object (&row->layouts[i]);
      row->layouts[i] = seeds_report_layout_new (self->context, row->texts[i],
                                                 seeds_report_cell_style (row->kind, i), width);
      cell_height = seeds_print_layout_height (row->layouts[i]);
      if (row->kind == SEEDS_ROW_STEP && i == SEEDS_STEP_TEXT &&
          row->texts[SEEDS_STEP_AGREED] != NULL)
        continue;  /* measured with the line below it */
      if (row->kind == SEEDS_ROW_STEP && i == SEEDS_STEP_AGREED)
        cell_height += 1 + seeds_print_layout_height (row->layouts[SEEDS_STEP_TEXT]);

      height = MAX (height, cell_height);
    }

  row->height = ceil (height + 2 * seeds_report_row_padding (row->kind));
}

/**
 * seeds_report_table_dot_capacity:
 * @per_row: (out): how many dots of @radius fit side by side in a score's
 *   column
 *
 * Returns: how many fit in all, in rows of @per_row in @room
 */
guint
seeds_report_table_dot_capacity (double  radius,
                                 double  room,
                                 guint  *per_row)
{
  double step = 2 * radius + SEEDS_REPORT_DOT_GAP;

  /* a hair more, so that an exact fit is not lost to rounding */
  *per_row = MAX (1, (guint)((SEEDS_REPORT_DOT_COLUMN - 2 + SEEDS_REPORT_DOT_GAP) / step + 1e-6));
  return *per_row * MAX (1, (guint)((room + SEEDS_REPORT_DOT_GAP) / step + 1e-6));
}

/* The largest dots with which every factor's scores fit in a one-line row,
 * so that dots are the same size everywhere. */
static double
fit_radius (SeedsReportTable *self,
            GArray           *rows)
{
  guint most = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      SeedsReportRow *row = &g_array_index (rows, SeedsReportRow, i);

      if (row->kind != SEEDS_ROW_FACTOR)
        continue;
      most = MAX (most, row->stats->dont_know);
      for (int v = SEEDS_SCORE_MIN; v <= SEEDS_SCORE_MAX; v++)
        most = MAX (most, row->stats->counts[v]);
    }

  for (double r = MAX_RADIUS; r > MIN_RADIUS; r -= 0.1)
    {
      guint per_row;

      if (seeds_report_table_dot_capacity (r, self->dot_room, &per_row) >= most)
        return r;
    }

  return MIN_RADIUS;
}

/**
 * seeds_report_table_lay_out:
 * @self: the table to fill in
 * @context: from seeds_print_context_new(), for as long as @self is used
 * @rows: (element-type SeedsReportRow): the report's rows, each of which
 *   gets its layouts and height
 * @width: the page's width, in points
 */
void
seeds_report_table_lay_out (SeedsReportTable *self,
                            PangoContext     *context,
                            GArray           *rows,
                            double            width)
{
  g_autoptr(PangoLayout) line = NULL;

  *self = (SeedsReportTable) { .context = context, .width = width };
  place_factor_columns (self, rows);
  place_step_columns (self, rows);
  place_failure_columns (self);

  for (guint i = 0; i < rows->len; i++)
    measure_row (self, &g_array_index (rows, SeedsReportRow, i));

  /* a one-line row, less a point above and below */
  line = seeds_report_layout_new (context, "Ag",
                                  seeds_report_cell_style (SEEDS_ROW_FACTOR, SEEDS_FACTOR_TITLE),
                                  -1);
  self->dot_room = seeds_print_layout_height (line) + 2 * SEEDS_REPORT_ROW_PADDING - 2;
  self->radius = fit_radius (self, rows);
}
