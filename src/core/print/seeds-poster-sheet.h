/* seeds-poster-sheet.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "print/seeds-poster.h"
#include "print/seeds-print.h"
#include "print/seeds-qr-code.h"

G_BEGIN_DECLS

/* Everything on a laid-out poster, in points from the top left of the
 * page: what the layout puts there, what checks that it is sound, what
 * gives the public boxes, and what draws it. */

/* The poster's own colours, beside seeds_print_ink and the others: the
 * accent is dark enough to print as a dark grey. */
extern const SeedsPrintColor seeds_poster_accent;     /* #1f6e43 */
extern const SeedsPrintColor seeds_poster_cell_line;  /* #9a9996 */
extern const SeedsPrintColor seeds_poster_tint;       /* #ebf4ee */

typedef enum
{
  SEEDS_SHEET_TEXT,
  SEEDS_SHEET_BADGE,      /* a factor's number in a circle */
  SEEDS_SHEET_CELL,       /* a place for stickers, 1 … 5 */
  SEEDS_SHEET_DONT_KNOW,  /* and "?", set apart */
  SEEDS_SHEET_CODE,
  SEEDS_SHEET_TILE,       /* a factor's frame, behind its other items */
  SEEDS_SHEET_RULE,       /* decoration: may run along a box */
  SEEDS_SHEET_SPROUT,
  SEEDS_SHEET_PANEL,      /* decoration: a tinted background */
} SeedsSheetDraw;

typedef struct
{
  SeedsSheetDraw         draw;
  int                    factor;      /* its position, or -1 for the poster's own */
  double                 x, y, width, height;
  PangoLayout           *layout;      /* the text, the badge's number, the cell's digit */
  const SeedsPrintColor *color;
  double                 line_width;
  SeedsQrCode           *code;        /* of a code, not owned; NULL: nothing fits */
} SeedsSheetItem;

typedef struct _SeedsPosterSheet SeedsPosterSheet;

SeedsPosterSheet *seeds_poster_sheet_new         (void);
void              seeds_poster_sheet_free        (SeedsPosterSheet       *self);
void              seeds_poster_sheet_clear       (SeedsPosterSheet       *self);
guint             seeds_poster_sheet_get_n_items (SeedsPosterSheet       *self);
SeedsSheetItem   *seeds_poster_sheet_get_item    (SeedsPosterSheet       *self,
                                                  guint                   position);
SeedsSheetItem   *seeds_poster_sheet_add         (SeedsPosterSheet       *self,
                                                  SeedsSheetDraw          draw,
                                                  int                     factor,
                                                  double                  x,
                                                  double                  y,
                                                  double                  width,
                                                  double                  height);
SeedsSheetItem   *seeds_poster_sheet_add_text    (SeedsPosterSheet       *self,
                                                  PangoLayout            *layout,
                                                  int                     factor,
                                                  double                  x,
                                                  double                  y,
                                                  const SeedsPrintColor  *color);
void              seeds_poster_sheet_add_rule    (SeedsPosterSheet       *self,
                                                  double                  x0,
                                                  double                  x1,
                                                  double                  y,
                                                  double                  width,
                                                  const SeedsPrintColor  *color);
gboolean          seeds_poster_sheet_check       (SeedsPosterSheet       *self,
                                                  double                  left,
                                                  double                  top,
                                                  double                  right,
                                                  double                  bottom,
                                                  char                  **problem);
void              seeds_poster_sheet_get_boxes   (SeedsPosterSheet       *self,
                                                  GArray                 *boxes);
void              seeds_poster_sheet_draw        (SeedsPosterSheet       *self,
                                                  cairo_t                *cr,
                                                  double                  scale);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SeedsPosterSheet, seeds_poster_sheet_free)

G_END_DECLS
