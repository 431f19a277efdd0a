/* seeds-meeting-report.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "print/seeds-meeting-snapshot.h"
#include "store/seeds-store.h"

G_BEGIN_DECLS

/* The printable summary of a meeting, for members to take back to their own
 * organisation: how many scored, the factors that need attention, every
 * factor's scores in its group, the agreed next steps (this meeting's,
 * and the ones still open from earlier meetings), and the brilliant
 * failures recorded since the meeting before, if any. One or two pages for a
 * normal meeting; more only when there are very many next steps.
 *
 * Everything is read from the store (into a seeds-meeting-snapshot.h), and
 * every text is translated, when the report is made; paginating and drawing
 * only lay out and paint. The texts come from a catalogue of the report's
 * language (seeds-catalog.h), so a report in another language than the
 * session's changes nothing of the process: gather the snapshot on a
 * worker's own store connection, and make, paginate and draw the report on
 * any one thread at a time.
 *
 * User-typed text (names, titles, next steps) is laid out as plain text,
 * never as markup. Bands are printed as words next to their colour, so the
 * report reads in black and white too.
 *
 * With GtkPrintOperation (the unit must be points):
 *
 *   gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
 *
 *   // begin-print
 *   n = seeds_meeting_report_paginate (report, gtk_print_context_get_cairo_context (context),
 *                                      gtk_print_context_get_width (context),
 *                                      gtk_print_context_get_height (context));
 *   gtk_print_operation_set_n_pages (operation, n);
 *
 *   // draw-page
 *   seeds_meeting_report_draw_page (report, gtk_print_context_get_cairo_context (context),
 *                                   page_nr);
 */

#define SEEDS_TYPE_MEETING_REPORT (seeds_meeting_report_get_type ())

G_DECLARE_FINAL_TYPE (SeedsMeetingReport, seeds_meeting_report, SEEDS, MEETING_REPORT, GObject)

SeedsMeetingReport *seeds_meeting_report_new          (SeedsStore         *store,
                                                       SeedsMeeting       *meeting,
                                                       const char         *language,
                                                       GError            **error);
SeedsMeetingReport *seeds_meeting_report_new_from_snapshot (SeedsMeetingSnapshot *snapshot,
                                                            const char           *language,
                                                            GError              **error);
const char         *seeds_meeting_report_get_language (SeedsMeetingReport *self);
const char         *seeds_meeting_report_get_title    (SeedsMeetingReport *self);
guint               seeds_meeting_report_paginate     (SeedsMeetingReport *self,
                                                       cairo_t            *cr,
                                                       double              width,
                                                       double              height);
guint               seeds_meeting_report_get_n_pages  (SeedsMeetingReport *self);
void                seeds_meeting_report_draw_page    (SeedsMeetingReport *self,
                                                       cairo_t            *cr,
                                                       guint               page);
GBytes             *seeds_meeting_report_to_pdf       (SeedsMeetingReport *self,
                                                       GError            **error);
gboolean            seeds_meeting_report_write_pdf    (SeedsMeetingReport *self,
                                                       const char         *path,
                                                       GError            **error);

G_END_DECLS
