/* seeds-report-table.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "print/seeds-print.h"
#include "print/seeds-report-content.h"

G_BEGIN_DECLS

/* The meeting report's rows laid out for a page width: the style of each
 * cell, where the tables' columns are, how large the score dots are, and
 * every row measured. */

#define SEEDS_REPORT_ROW_PADDING 3.5   /* above and below the text in a table row */
#define SEEDS_REPORT_MARKER      6.5   /* the band's square */
#define SEEDS_REPORT_MARKER_GAP  4.0
#define SEEDS_REPORT_DOT_COLUMN  16.0  /* one score in the dot strip */
#define SEEDS_REPORT_DOT_GAP     1.0

typedef struct
{
  double x;
  double width;
} SeedsReportColumn;

typedef struct
{
  PangoContext      *context;  /* not owned */
  double             width;
  SeedsReportColumn  attention[SEEDS_N_ATTENTION_CELLS];
  SeedsReportColumn  factor[SEEDS_N_FACTOR_CELLS];
  SeedsReportColumn  step[SEEDS_N_STEP_COLUMNS];
  SeedsReportColumn  failure[SEEDS_N_FAILURE_CELLS];
  double             dot_room;  /* the dots' height: a one-line row's */
  double             radius;    /* of the dots, the same in every row */
} SeedsReportTable;

SeedsPrintStyle seeds_report_cell_style        (SeedsRowKind            kind,
                                                guint                   cell);
gboolean        seeds_report_cell_is_band      (SeedsRowKind            kind,
                                                guint                   cell);
double          seeds_report_row_padding       (SeedsRowKind            kind);
PangoLayout    *seeds_report_layout_new        (PangoContext           *context,
                                                const char             *text,
                                                SeedsPrintStyle         style,
                                                double                  width);
void            seeds_report_table_lay_out     (SeedsReportTable       *self,
                                                PangoContext           *context,
                                                GArray                 *rows,
                                                double                  width);
gboolean        seeds_report_table_get_column  (const SeedsReportTable *self,
                                                SeedsRowKind            kind,
                                                guint                   cell,
                                                SeedsReportColumn      *column);
guint           seeds_report_table_dot_capacity (double                 radius,
                                                 double                 room,
                                                 guint                 *per_row);

G_END_DECLS
