/* seeds-poster-grid.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "print/seeds-factor-code.h"
#include "print/seeds-factor-site.h"
#include "print/seeds-poster-grid.h"

/* The poster is designed for A4 and scaled up in proportion for larger
 * paper, so that it reads the same from further away; margins and gaps
 * grow more slowly (with the square root of the scale), and the sticker
 * cells have minimum sizes of their own (seeds_paper_get_min_cell_mm()).
 *
 * Portrait paper has two columns of factor tiles, landscape four: a row of
 * tiles has a label above it for each group in it, and each part of the
 * framework starts a new row under its heading. A tile has the factor's
 * number, title and definition at the top left, its QR code at the top
 * right, and the sticker scale along the bottom: beside the code when the
 * tile is wide enough, below it otherwise. A definition longer than the
 * code is tall goes on below it at the tile's full width.
 *
 * The QR code of a factor is at most CODE_MM wide (scaled), and holds what
 * seeds_code_content_for_paper() says, whole, in a code whose modules are
 * at least SEEDS_POSTER_MIN_MODULE_MM, up to version MAX_CODE_VERSION. On
 * A4 that would be version 4, too small for the longest title, in Dutch:
 * hence MIN_CODE_MM, for version 6.
 *
 * Every text is laid out with Pango at its size, and the tiles of a row
 * are as tall as the tallest. */

/* On A4, in millimetres. */
#define MARGIN_MM       9.0
#define GUTTER_MM       4.0   /* between columns */
#define PAD_MM          2.5   /* inside a tile */
#define ROW_GAP_MM      2.5   /* between rows of tiles */
#define SECTION_GAP_MM  4.5   /* before a part's heading */
#define CELL_MM         8.0   /* a sticker cell's width */
#define CODE_MM        22.0   /* a QR code's side, with its quiet zone, at most */
#define MIN_CODE_MM    25.0   /* but not less, on any paper: see below */

#define CELL_GAP       0.1   /* between cells, of a cell's width */
#define DONT_KNOW_GAP  0.35  /* before the "?" cell, of a cell's width */

/* The largest QR code: denser codes are hard to scan with a phone. */
#define MAX_CODE_VERSION 25

#define N_CELLS 6  /* 1 … 5 and "?" */

typedef enum
{
  TEXT_TITLE,
  TEXT_SUBTITLE,
  TEXT_STEP_NUMBER,
  TEXT_STEP_HEADING,
  TEXT_QUESTION,
  TEXT_STEP,
  TEXT_NOTE,
  TEXT_PART,
  TEXT_GROUP,
  TEXT_NUMBER,
  TEXT_FACTOR_TITLE,
  TEXT_DEFINITION,
  TEXT_DIGIT,
  TEXT_FOOTER,
} TextKind;

/* Sizes on A4, in points; all left-aligned. */
static const SeedsPrintStyle text_styles[] = {
  [TEXT_TITLE]        = { 26,  PANGO_WEIGHT_ULTRABOLD, PANGO_STYLE_NORMAL, &seeds_poster_accent },
  [TEXT_SUBTITLE]     = { 11,  PANGO_WEIGHT_NORMAL,    PANGO_STYLE_NORMAL, &seeds_print_ink },
  [TEXT_STEP_NUMBER]  = { 18,  PANGO_WEIGHT_ULTRABOLD, PANGO_STYLE_NORMAL, &seeds_poster_accent },
  [TEXT_STEP_HEADING] = { 10,  PANGO_WEIGHT_BOLD,      PANGO_STYLE_NORMAL, &seeds_print_ink },
  [TEXT_QUESTION]     = { 8,   PANGO_WEIGHT_BOLD,      PANGO_STYLE_ITALIC, &seeds_print_ink },
  [TEXT_STEP]         = { 8,   PANGO_WEIGHT_NORMAL,    PANGO_STYLE_NORMAL, &seeds_print_ink },
  [TEXT_NOTE]         = { 7.5, PANGO_WEIGHT_NORMAL,    PANGO_STYLE_ITALIC, &seeds_print_muted },
  [TEXT_PART]         = { 13,  PANGO_WEIGHT_BOLD,      PANGO_STYLE_NORMAL, &seeds_print_ink },
  [TEXT_GROUP]        = { 7.5, PANGO_WEIGHT_BOLD,      PANGO_STYLE_NORMAL, &seeds_poster_accent,
                          PANGO_ALIGN_LEFT, 0.08 },
  [TEXT_NUMBER]       = { 9,   PANGO_WEIGHT_BOLD,      PANGO_STYLE_NORMAL, &seeds_print_white },
  [TEXT_FACTOR_TITLE] = { 9.5, PANGO_WEIGHT_BOLD,      PANGO_STYLE_NORMAL, &seeds_print_ink },
  [TEXT_DEFINITION]   = { 7.5, PANGO_WEIGHT_NORMAL,    PANGO_STYLE_NORMAL, &seeds_print_ink },
  [TEXT_DIGIT]        = { 7,   PANGO_WEIGHT_BOLD,      PANGO_STYLE_NORMAL, &seeds_print_muted },
  [TEXT_FOOTER]       = { 6.5, PANGO_WEIGHT_NORMAL,    PANGO_STYLE_NORMAL, &seeds_print_muted },
};

G_STATIC_ASSERT (G_N_ELEMENTS (text_styles) == TEXT_FOOTER + 1);

/**
 * seeds_poster_metrics_new:
 * @paper: the paper
 * @landscape: whether the long side is horizontal
 * @text_scale: how much smaller than designed the text is: 1 for not
 *
 * Returns: the sizes of a layout
 */
SeedsPosterMetrics
seeds_poster_metrics_new (SeedsPaper paper,
                          gboolean   landscape,
                          double     text_scale)
{
  double width, height;
  double scale = seeds_paper_get_scale (paper);
  double space = sqrt (scale);
  double margin = SEEDS_MM (MARGIN_MM) * space;
  double cell = MAX (SEEDS_MM (CELL_MM) * scale, SEEDS_MM (seeds_paper_get_min_cell_mm (paper)));
  double code = MAX (SEEDS_MM (CODE_MM) * scale, SEEDS_MM (MIN_CODE_MM));
  double gaps = cell * (4 * CELL_GAP + DONT_KNOW_GAP);
  double column;
  double room;
  SeedsPosterMetrics m;

  seeds_paper_get_size (paper, landscape, &width, &height);

  m = (SeedsPosterMetrics) {
    .scale = scale,
    .text_scale = text_scale,
    .em = scale * text_scale,
    .space = space,
    .left = margin,
    .top = margin,
    .right = width - margin,
    .bottom = height - margin,
    .columns = landscape ? 4 : 2,
    .gutter = SEEDS_MM (GUTTER_MM) * space,
    .pad = SEEDS_MM (PAD_MM) * space,
    .row_gap = SEEDS_MM (ROW_GAP_MM) * space,
    .section_gap = SEEDS_MM (SECTION_GAP_MM) * space,
    .code = code,
    .min_code = code * 0.8,
    .min_module = SEEDS_MM (SEEDS_POSTER_MIN_MODULE_MM),
  };

  /* The scale takes the width of a tile at most: its gaps give way first. */
  column = (m.right - m.left - (m.columns - 1) * m.gutter) / m.columns;
  room = column - 2 * m.pad - N_CELLS * cell;
  if (room < gaps)
    gaps = MAX (room, 0);
  m.cell_width = m.cell_height = cell;
  m.cell_gap = gaps * CELL_GAP / (4 * CELL_GAP + DONT_KNOW_GAP);
  m.dont_know_gap = gaps * DONT_KNOW_GAP / (4 * CELL_GAP + DONT_KNOW_GAP);

  return m;
}

/* ------------------------------------------------------------------------
 * Text
 */

/* A text laid out in its style, wrapped to width (or not wrapped: -1).
 * The same text at the same size comes again in each try of a layout:
 * it is laid out once, and shared, so never changed. */
static PangoLayout *
make_layout (SeedsPosterGrid          *grid,
             const SeedsPosterMetrics *m,
             TextKind                  kind,
             const char               *text,
             double                    width)
{
  SeedsPrintStyle style = text_styles[kind];
  g_autofree char *key = NULL;
  PangoLayout *layout;

  style.size *= m->scale * m->text_scale;
  key = g_strdup_printf ("%d %a %a %s", kind, style.size, width, text);
  layout = g_hash_table_lookup (grid->layouts, key);
  if (layout != NULL)
    return g_object_ref (layout);

  layout = seeds_print_layout_new (grid->context, text, &style, width, PANGO_WRAP_WORD);
  g_hash_table_insert (grid->layouts, g_steal_pointer (&key), g_object_ref (layout));

  return layout;
}

static SeedsSheetItem *
add_text (SeedsPosterGrid          *grid,
          const SeedsPosterMetrics *m,
          TextKind                  kind,
          int                       factor,
          const char               *text,
          double                    x,
          double                    y,
          double                    width)
{
  return seeds_poster_sheet_add_text (grid->sheet, make_layout (grid, m, kind, text, width),
                                      factor, x, y, text_styles[kind].color);
}

static double
item_bottom (const SeedsSheetItem *item)
{
  return item->y + item->height;
}


/* ------------------------------------------------------------------------
 * The header and the footer
 */

/* Step i of using the poster at (x, y): its number, and its heading on
 * the number's baseline above its text. Returns its bottom. */
static double
add_step (SeedsPosterGrid          *grid,
          const SeedsPosterMetrics *m,
          guint                     i,
          double                    x,
          double                    y,
          double                    width)
{
  const SeedsPosterTexts *texts = grid->texts;
  double small = SEEDS_MM (1.2) * m->em;
  g_autofree char *digit = g_strdup_printf ("%u", i + 1);
  SeedsSheetItem *number = add_text (grid, m, TEXT_STEP_NUMBER, -1, digit, x, y, -1);
  double text_x = x + number->width + SEEDS_MM (2) * m->em;
  double text_width = width - (text_x - x);
  SeedsSheetItem *text;

  text = add_text (grid, m, TEXT_STEP_HEADING, -1, texts->step_headings[i], text_x, y,
                   text_width);
  text->y += seeds_print_layout_baseline (number->layout) - seeds_print_layout_baseline (text->layout);
  if (i == 0)
    text = add_text (grid, m, TEXT_QUESTION, -1, seeds_framework_get_question (grid->framework),
                     text_x, item_bottom (text) + small / 2, text_width);
  text = add_text (grid, m, TEXT_STEP, -1, texts->step_texts[i], text_x,
                   item_bottom (text) + small / 2, text_width);
  if (i == 0 && grid->paper == SEEDS_PAPER_A4)
    text = add_text (grid, m, TEXT_NOTE, -1, texts->a4_note, text_x,
                     item_bottom (text) + small / 2, text_width);

  return MAX (item_bottom (text), item_bottom (number));
}

/* The title, the framework's name and how to use the poster, on a tinted
 * panel: in portrait the title above three steps side by side, in
 * landscape the title in the first column and a step in each of the
 * others. Returns its bottom. */
static double
lay_out_header (SeedsPosterGrid          *grid,
                const SeedsPosterMetrics *m)
{
  double width = m->right - m->left;
  double column = (width - (m->columns - 1) * m->gutter) / m->columns;
  gboolean beside = m->columns > 2;
  double title_width = beside ? column : width;
  double panel_x = beside ? m->left + column + m->gutter : m->left;
  double panel_width = beside ? width - column - m->gutter : width;
  double step_width = (panel_width - 3 * m->pad - (SEEDS_POSTER_N_STEPS - 1) * m->gutter) /
                      SEEDS_POSTER_N_STEPS;
  double small = SEEDS_MM (1.2) * m->em;
  double bottom;
  double mark;
  g_autoptr(PangoLayout) line = NULL;
  SeedsSheetItem *panel;
  SeedsSheetItem *title;
  SeedsSheetItem *subtitle;

  /* A sprout before the title, standing on its first line's baseline: as
   * tall as the line is above it, whatever the width. */
  line = make_layout (grid, m, TEXT_TITLE, grid->texts->title, -1);
  mark = seeds_print_layout_baseline (line);
  seeds_poster_sheet_add (grid->sheet, SEEDS_SHEET_SPROUT, -1, m->left, m->top, mark, mark);
  title = add_text (grid, m, TEXT_TITLE, -1, grid->texts->title, m->left + mark + small * 2,
                    m->top, title_width - mark - small * 2);
  subtitle = add_text (grid, m, TEXT_SUBTITLE, -1, seeds_framework_get_name (grid->framework),
                       m->left, item_bottom (title) + small, title_width);

  panel = seeds_poster_sheet_add (grid->sheet, SEEDS_SHEET_PANEL, -1, panel_x,
                                  beside ? m->top : item_bottom (subtitle) + m->section_gap * 0.75,
                                  panel_width, 0);
  panel->color = &seeds_poster_tint;
  bottom = panel->y + m->pad * 1.5;

  for (guint i = 0; i < SEEDS_POSTER_N_STEPS; i++)
    {
      double step_bottom = add_step (grid, m, i,
                                     panel_x + m->pad * 1.5 + i * (step_width + m->gutter),
                                     panel->y + m->pad * 1.5, step_width);

      bottom = MAX (bottom, step_bottom);
    }

  panel->height = bottom + m->pad * 1.5 - panel->y;

  return MAX (item_bottom (panel), item_bottom (subtitle));
}

/* The footer at the bottom of the page; returns its top. */
static double
lay_out_footer (SeedsPosterGrid          *grid,
                const SeedsPosterMetrics *m)
{
  PangoLayout *layout = make_layout (grid, m, TEXT_FOOTER, grid->texts->footer,
                                     m->right - m->left);
  double top = m->bottom - seeds_print_layout_height (layout);

  seeds_poster_sheet_add_text (grid->sheet, layout, -1, m->left, top,
                               text_styles[TEXT_FOOTER].color);
  seeds_poster_sheet_add_rule (grid->sheet, m->left, m->right, top - SEEDS_MM (1.5) * m->em,
                               0.5 * m->space, &seeds_print_rule);

  return top - SEEDS_MM (1.5) * m->em;
}

/* ------------------------------------------------------------------------
 * A factor's tile
 */

static double
scale_width (const SeedsPosterMetrics *m)
{
  return N_CELLS * m->cell_width + (N_CELLS - 2) * m->cell_gap + m->dont_know_gap;
}

/* The factor's code for max_version, made when it was made for another. */
static SeedsFactorCode *
ensure_code (SeedsPosterGrid *grid,
             SeedsFactor     *factor,
             guint            max_version)
{
  guint position = seeds_factor_get_position (factor);
  SeedsFactorCode *code = g_ptr_array_index (grid->codes, position);
  g_autofree char *url = NULL;

  if (code != NULL && code->max_version == max_version &&
      code->content == grid->texts->code_content)
    return code;

  if (grid->base_url != NULL)
    url = seeds_factor_site_get_url (grid->base_url, grid->language, position + 1);
  code = seeds_factor_code_new (factor, grid->texts->code_content, url, max_version);
  g_clear_pointer (&g_ptr_array_index (grid->codes, position), seeds_factor_code_free);
  g_ptr_array_index (grid->codes, position) = code;

  return code;
}

/* The factor's code in the tile's top right corner, size wide: as far into
 * the corner as its quiet zone allows, which is light as padding is. */
static SeedsSheetItem *
add_code (SeedsPosterGrid          *grid,
          const SeedsPosterMetrics *m,
          SeedsFactor              *factor,
          const SeedsSheetItem     *tile,
          double                    size)
{
  /* a hard limit on the code's size: it must scan */
  guint max_version = MIN (seeds_qr_code_fit_version (size, m->min_module), MAX_CODE_VERSION);
  SeedsFactorCode *code = ensure_code (grid, factor, MAX (max_version, 1));
  double inset = m->pad;
  SeedsSheetItem *item;

  if (code->code != NULL)
    {
      double module = size / (seeds_qr_code_get_n_modules (code->code) +
                              2 * SEEDS_QR_CODE_QUIET_ZONE);

      inset = MAX (m->pad - SEEDS_QR_CODE_QUIET_ZONE * module, tile->line_width);
    }

  item = seeds_poster_sheet_add (grid->sheet, SEEDS_SHEET_CODE, tile->factor,
                                 tile->x + tile->width - inset - size, tile->y + inset, size, size);
  item->code = code->code;
  return item;
}

/* The number in a circle at (x, y), and the title beside it, its first
 * line in the middle of the circle. Returns the title. */
static SeedsSheetItem *
add_number_and_title (SeedsPosterGrid          *grid,
                      const SeedsPosterMetrics *m,
                      SeedsFactor              *factor,
                      double                    x,
                      double                    y,
                      double                    right)
{
  int position = (int)seeds_factor_get_position (factor);
  g_autofree char *digits = g_strdup_printf ("%d", position + 1);
  PangoLayout *number = make_layout (grid, m, TEXT_NUMBER, digits, -1);
  double diameter = MAX (seeds_print_layout_width (number), seeds_print_layout_height (number)) +
                    SEEDS_MM (1.4) * m->em;
  double text_x = x + diameter + SEEDS_MM (1.5) * m->em;
  SeedsSheetItem *badge;
  SeedsSheetItem *title;
  PangoLayoutIter *iter;
  double line_top, line_bottom;

  badge = seeds_poster_sheet_add (grid->sheet, SEEDS_SHEET_BADGE, position, x, y, diameter,
                                  diameter);
  badge->layout = number;
  badge->color = &seeds_poster_accent;

  title = add_text (grid, m, TEXT_FACTOR_TITLE, position, seeds_factor_get_title (factor),
                    text_x, y, right - text_x);
  iter = pango_layout_get_iter (title->layout);
  seeds_print_layout_line_range (title->layout, iter, &line_top, &line_bottom);
  pango_layout_iter_free (iter);
  title->y += MAX (0, (diameter - (line_bottom - line_top)) / 2);

  return title;
}

/* The definition beside the code, narrow, and what does not fit there
 * below the code, wide. Returns the bottom of the text. */
static double
add_definition (SeedsPosterGrid          *grid,
                const SeedsPosterMetrics *m,
                SeedsFactor              *factor,
                double                    x,
                double                    y,
                double                    narrow,
                double                    wide,
                double                    code_bottom)
{
  int position = (int)seeds_factor_get_position (factor);
  const char *text = seeds_factor_get_definition (factor);
  PangoLayout *layout = make_layout (grid, m, TEXT_DEFINITION, text, narrow);
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  g_autofree char *head = NULL;
  int start = -1;

  do
    {
      double top;

      seeds_print_layout_line_range (layout, iter, &top, NULL);
      if (y + top >= code_bottom)
        {
          start = pango_layout_iter_get_line_readonly (iter)->start_index;
          break;
        }
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  if (start < 0)
    return item_bottom (seeds_poster_sheet_add_text (grid->sheet, layout, position, x, y,
                                                     text_styles[TEXT_DEFINITION].color));

  /* The lines below the code's bottom go on at the full width. */
  g_object_unref (layout);
  head = g_strchomp (g_strndup (text, start));
  if (*head != '\0')
    y = item_bottom (add_text (grid, m, TEXT_DEFINITION, position, head, x, y, narrow));

  return item_bottom (add_text (grid, m, TEXT_DEFINITION, position, text + start, x,
                                MAX (y, code_bottom), wide));
}

/* The sticker cells 1 … 5 and "?" from (x, y). */
static void
add_cells (SeedsPosterGrid          *grid,
           const SeedsPosterMetrics *m,
           int                       factor,
           double                    x,
           double                    y)
{
  for (guint i = 0; i < N_CELLS; i++)
    {
      gboolean dont_know = i == N_CELLS - 1;
      double cell_x = x + i * (m->cell_width + m->cell_gap) +
                      (dont_know ? m->dont_know_gap - m->cell_gap : 0);
      g_autofree char *digit = dont_know ? g_strdup (grid->texts->dont_know)
                                         : g_strdup_printf ("%u", i + 1);
      SeedsSheetItem *cell;

      cell = seeds_poster_sheet_add (grid->sheet,
                                     dont_know ? SEEDS_SHEET_DONT_KNOW : SEEDS_SHEET_CELL,
                                     factor, cell_x, y, m->cell_width, m->cell_height);
      cell->layout = make_layout (grid, m, TEXT_DIGIT, digit, -1);
      cell->line_width = 0.75 * m->space;
      cell->color = &seeds_poster_cell_line;
    }
}

/* A factor's tile at (x, y), width wide and as tall as it needs, with the
 * scale at its bottom: beside the code when there is room. Returns its
 * height. */
static double
lay_out_tile (SeedsPosterGrid          *grid,
              const SeedsPosterMetrics *m,
              SeedsFactor              *factor,
              double                    x,
              double                    y,
              double                    width)
{
  double inner = width - 2 * m->pad;
  double gap = SEEDS_MM (2) * m->space;
  double scale = scale_width (m);
  gboolean beside = inner - scale - gap >= m->min_code;
  double code_size = beside ? MIN (m->code, inner - scale - gap) : MIN (m->code, inner * 0.42);
  SeedsSheetItem *tile;
  SeedsSheetItem *code;
  SeedsSheetItem *title;
  double code_bottom;
  double text_bottom;
  double needed;

  tile = seeds_poster_sheet_add (grid->sheet, SEEDS_SHEET_TILE,
                                 (int)seeds_factor_get_position (factor), x, y, width, 0);
  tile->line_width = 0.6 * m->space;
  tile->color = &seeds_print_rule;

  code = add_code (grid, m, factor, tile, code_size);
  code_bottom = item_bottom (code) + (code->y - y);
  title = add_number_and_title (grid, m, factor, x + m->pad, y + m->pad, code->x - gap);
  text_bottom = add_definition (grid, m, factor, title->x,
                                item_bottom (title) + SEEDS_MM (0.8) * m->em,
                                code->x - gap - title->x, x + width - m->pad - title->x,
                                code_bottom);

  /* Beside the code, the scale only needs to be below the text. */
  if (beside)
    needed = MAX (text_bottom + gap + m->cell_height + m->pad, code_bottom);
  else
    needed = MAX (text_bottom, item_bottom (code)) + gap + m->cell_height + m->pad;
  tile->height = needed - y;

  add_cells (grid, m, tile->factor, x + m->pad, needed - m->pad - m->cell_height);

  return tile->height;
}

/* ------------------------------------------------------------------------
 * Rows and parts
 */

/* Each group in a row of tiles gets a label over its tiles, and a rule
 * after the label up to the group's last tile in the row. */
static double
lay_out_labels (SeedsPosterGrid          *grid,
                const SeedsPosterMetrics *m,
                SeedsFactor             **row,
                guint                     n,
                double                    column,
                double                    y)
{
  double bottom = y;

  for (guint i = 0; i < n;)
    {
      const char *group = seeds_factor_get_group_name (row[i]);
      g_autofree char *label = g_utf8_strup (group != NULL ? group : "", -1);
      double x0 = m->left + i * (column + m->gutter);
      double x1;
      guint end = i + 1;
      SeedsSheetItem *text;

      while (end < n && g_strcmp0 (seeds_factor_get_group_id (row[end]),
                                   seeds_factor_get_group_id (row[i])) == 0)
        end++;

      x1 = m->left + end * (column + m->gutter) - m->gutter;
      text = add_text (grid, m, TEXT_GROUP, -1, label, x0, y, x1 - x0);
      if (x0 + text->width + SEEDS_MM (6) * m->em < x1)
        seeds_poster_sheet_add_rule (grid->sheet, x0 + text->width + SEEDS_MM (2) * m->em, x1,
                                     y + seeds_print_layout_baseline (text->layout) * 0.65, 0.5 * m->space,
                                     &seeds_poster_accent);
      bottom = MAX (bottom, item_bottom (text));
      i = end;
    }

  return bottom;
}

/* A row of n tiles at y, as tall as the tallest, with the scales at the
 * bottom. Returns its height. */
static double
lay_out_row (SeedsPosterGrid          *grid,
             const SeedsPosterMetrics *m,
             SeedsFactor             **row,
             guint                     n,
             double                    column,
             double                    y)
{
  guint first_item = seeds_poster_sheet_get_n_items (grid->sheet);
  double row_height = 0;
  double tile_bottom = 0;

  for (guint i = 0; i < n; i++)
    {
      double height = lay_out_tile (grid, m, row[i], m->left + i * (column + m->gutter), y,
                                    column);

      row_height = MAX (row_height, height);
    }

  for (guint i = first_item; i < seeds_poster_sheet_get_n_items (grid->sheet); i++)
    {
      SeedsSheetItem *item = seeds_poster_sheet_get_item (grid->sheet, i);

      if (item->draw == SEEDS_SHEET_TILE)
        {
          tile_bottom = item_bottom (item);
          item->height = row_height;
        }
      else if (item->draw == SEEDS_SHEET_CELL || item->draw == SEEDS_SHEET_DONT_KNOW)
        {
          item->y += y + row_height - tile_bottom;
        }
    }

  return row_height;
}

/* A part's heading and its factors, in rows of tiles. */
static double
lay_out_part (SeedsPosterGrid          *grid,
              const SeedsPosterMetrics *m,
              const char               *part_name,
              GPtrArray                *factors,
              double                    y)
{
  double width = m->right - m->left;
  double column = (width - (m->columns - 1) * m->gutter) / m->columns;
  SeedsSheetItem *heading;

  heading = add_text (grid, m, TEXT_PART, -1, part_name, m->left, y, width);
  y = item_bottom (heading) + SEEDS_MM (1) * m->em;
  seeds_poster_sheet_add_rule (grid->sheet, m->left, m->right, y, 1.2 * m->space,
                               &seeds_poster_accent);
  y += SEEDS_MM (2) * m->em;

  for (guint first = 0; first < factors->len; first += m->columns)
    {
      SeedsFactor **row = (SeedsFactor **)factors->pdata + first;
      guint n = MIN (m->columns, factors->len - first);

      if (first > 0)
        {
          y += m->row_gap + m->extra_gap;
          grid->n_gaps++;
        }

      y = lay_out_labels (grid, m, row, n, column, y) + SEEDS_MM (1) * m->em;
      y += lay_out_row (grid, m, row, n, column, y);
      grid->n_rows++;
    }

  return y;
}

/**
 * seeds_poster_grid_lay_out:
 * @grid: what to lay out, and where
 * @m: the sizes
 *
 * Lays the whole poster out on @grid's sheet, replacing what it had.
 *
 * Returns: how far the tiles go below where they may end, in points
 *   (negative: the room left)
 */
double
seeds_poster_grid_lay_out (SeedsPosterGrid          *grid,
                           const SeedsPosterMetrics *m)
{
  GListModel *groups = seeds_framework_get_groups (grid->framework);
  guint n_groups = g_list_model_get_n_items (groups);
  g_autoptr(GPtrArray) factors = g_ptr_array_new_with_free_func (g_object_unref);
  const char *part_id = NULL;
  const char *part_name = NULL;
  double footer_top;
  double y;

  seeds_poster_sheet_clear (grid->sheet);
  grid->n_rows = 0;
  grid->n_gaps = 0;

  y = lay_out_header (grid, m);
  footer_top = lay_out_footer (grid, m);

  /* Each part's factors, as its groups come. */
  for (guint g = 0; g <= n_groups; g++)
    {
      g_autoptr(SeedsFactorGroup) group = g < n_groups ? g_list_model_get_item (groups, g) : NULL;
      GListModel *group_factors;

      if (factors->len > 0 &&
          (group == NULL || g_strcmp0 (part_id, seeds_factor_group_get_part_id (group)) != 0))
        {
          y = lay_out_part (grid, m, part_name, factors, y + m->section_gap + m->extra_gap);
          grid->n_gaps++;
          g_ptr_array_set_size (factors, 0);
        }

      if (group == NULL)
        break;

      part_id = seeds_factor_group_get_part_id (group);
      part_name = seeds_factor_group_get_part_name (group);
      group_factors = seeds_factor_group_get_factors (group);
      for (guint i = 0; i < g_list_model_get_n_items (group_factors); i++)
        g_ptr_array_add (factors, g_list_model_get_item (group_factors, i));
    }

  return y + m->section_gap * 0.75 - footer_top;
}
