/* seeds-report-painter.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "print/seeds-report-table.h"

G_BEGIN_DECLS

/* Draws the meeting report's rows as seeds-report-table.h laid them out:
 * the text of their cells, bands as a colour beside their word, the scores
 * as dots, the tables' shading and rules, and the foot of a page. */

void seeds_report_painter_draw_row    (const SeedsReportTable    *table,
                                       cairo_t                   *cr,
                                       const SeedsReportContent  *content,
                                       const SeedsReportRow      *row,
                                       double                     y);
void seeds_report_painter_draw_footer (const SeedsReportTable    *table,
                                       cairo_t                   *cr,
                                       PangoLayout               *credit,
                                       PangoLayout               *page_number,
                                       double                     height);

G_END_DECLS
