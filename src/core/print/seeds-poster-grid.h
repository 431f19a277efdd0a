/* seeds-poster-grid.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/seeds-framework.h"
#include "print/seeds-paper.h"
#include "print/seeds-poster-sheet.h"
#include "print/seeds-poster-texts.h"

G_BEGIN_DECLS

/* The poster's grid: its header, the rows of factor tiles with their codes
 * and sticker cells under each part's heading, and its footer, laid out
 * once for a paper and a size of text. seeds-poster.c looks for the size
 * with which it all fits. */

/* The sizes of a layout, in points. */
typedef struct
{
  double scale;       /* of the paper: 1 on A4 */
  double text_scale;  /* of the text, for a language that needs more room */
  double em;          /* of what goes with the text: scale × text_scale */
  double space;       /* of margins and gaps: they need not grow as fast */
  double left, top, right, bottom;
  guint  columns;
  double gutter, pad, row_gap, section_gap;
  double extra_gap;   /* air between the rows, from the room left */
  double cell_width, cell_height, cell_gap, dont_know_gap;
  double code, min_code, min_module;
} SeedsPosterMetrics;

/* What a layout takes and where it goes. */
typedef struct
{
  SeedsPaper              paper;
  PangoContext           *context;
  SeedsFramework         *framework;
  const SeedsPosterTexts *texts;
  const char             *language;
  const char             *base_url;   /* NULL: the codes hold the explanation */
  GPtrArray              *codes;      /* of SeedsFactorCode by factor, made as needed */
  GHashTable             *layouts;    /* texts laid out so far, shared by the tries */
  SeedsPosterSheet       *sheet;      /* replaced by each layout */

  /* from the last layout: rows of tiles, and gaps that may grow */
  guint                   n_rows;
  guint                   n_gaps;
} SeedsPosterGrid;

SeedsPosterMetrics seeds_poster_metrics_new  (SeedsPaper                paper,
                                              gboolean                  landscape,
                                              double                    text_scale);
double             seeds_poster_grid_lay_out (SeedsPosterGrid          *grid,
                                              const SeedsPosterMetrics *m);

G_END_DECLS
