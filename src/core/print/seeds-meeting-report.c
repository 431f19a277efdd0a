/* seeds-meeting-report.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "model/seeds-catalog.h"
#include "model/seeds-language.h"
#include "print/seeds-meeting-report.h"
#include "print/seeds-report-content.h"
#include "print/seeds-report-painter.h"
#include "print/seeds-report-table.h"

/* The report is a list of rows (seeds-report-content.h), made in the
 * report's language by seeds_meeting_report_new_from_snapshot().
 * seeds_meeting_report_paginate() lays them out with Pango for the page
 * width (seeds-report-table.h), and puts the rows on pages: a row is never
 * split, a heading stays with what follows it, and a table that goes on
 * on the next page repeats its column headings there. */

/* A4 in points, and the margins of the PDF: printers get their own. */
#define A4_WIDTH   595.276
#define A4_HEIGHT  841.890
#define PDF_MARGIN 42.0

#define FOOTER_GAP 12.0

/* How each kind of row sits on a page. */
static const struct
{
  double   space_before;  /* unless it starts a page */
  gboolean keep;          /* never the last on a page: it goes with the next row */
  gboolean in_table;      /* on a new page, the table's column headings come first */
  gboolean in_section;    /* and then its group's or factor's heading */
} row_kinds[] = {
  [SEEDS_ROW_KICKER]          = {  0, TRUE,  FALSE, FALSE },
  [SEEDS_ROW_TITLE]           = {  2, TRUE,  FALSE, FALSE },
  [SEEDS_ROW_SUBTITLE]        = {  3, TRUE,  FALSE, FALSE },
  [SEEDS_ROW_LEAD]            = { 12, FALSE, FALSE, FALSE },
  [SEEDS_ROW_NOTE]            = {  5, FALSE, FALSE, FALSE },
  [SEEDS_ROW_HEADING]         = { 20, TRUE,  FALSE, FALSE },
  [SEEDS_ROW_ATTENTION]       = {  0, FALSE, FALSE, FALSE },
  [SEEDS_ROW_TABLE_HEAD]      = {  6, TRUE,  FALSE, FALSE },
  [SEEDS_ROW_GROUP]           = {  9, TRUE,  TRUE,  FALSE },
  [SEEDS_ROW_FACTOR]          = {  0, FALSE, TRUE,  TRUE  },
  [SEEDS_ROW_STEPS_HEAD]      = {  6, TRUE,  FALSE, FALSE },
  [SEEDS_ROW_STEP_FACTOR]     = { 10, TRUE,  TRUE,  FALSE },
  [SEEDS_ROW_STEP]            = {  0, FALSE, TRUE,  TRUE  },
  [SEEDS_ROW_FAILURES_HEAD]   = {  6, TRUE,  FALSE, FALSE },
  [SEEDS_ROW_FAILURE]         = {  0, FALSE, TRUE,  TRUE  },
};

G_STATIC_ASSERT (G_N_ELEMENTS (row_kinds) == SEEDS_N_ROW_KINDS);

static const SeedsPrintStyle footer_style = {
  7, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, &seeds_print_muted, PANGO_ALIGN_LEFT
};

typedef struct
{
  guint  row;
  double y;
} Placement;

struct _SeedsMeetingReport
{
  GObject             parent_instance;

  char               *language;
  SeedsReportContent *content;

  /* from paginate() */
  PangoContext       *context;
  SeedsReportTable    table;
  double              height;
  double              body_height;
  PangoLayout        *footer_layout;
  GPtrArray          *pages;          /* of GArray of Placement */
};

G_DEFINE_FINAL_TYPE (SeedsMeetingReport, seeds_meeting_report, G_TYPE_OBJECT)

static void
clear_layout (SeedsMeetingReport *self)
{
  if (self->content != NULL)
    seeds_report_content_clear_layout (self->content);
  g_clear_object (&self->footer_layout);
  g_clear_object (&self->context);
  g_ptr_array_set_size (self->pages, 0);
}

static void
seeds_meeting_report_finalize (GObject *object)
{
  SeedsMeetingReport *self = (SeedsMeetingReport *)object;

  clear_layout (self);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->content, seeds_report_content_free);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (seeds_meeting_report_parent_class)->finalize (object);
}

static void
seeds_meeting_report_class_init (SeedsMeetingReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = seeds_meeting_report_finalize;
}

static void
seeds_meeting_report_init (SeedsMeetingReport *self)
{
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
}

/**
 * seeds_meeting_report_new_from_snapshot:
 * @snapshot: what the report shows, from seeds_meeting_snapshot_gather()
 * @language: (nullable): the report's language, "en", "nl" or another
 *   language code (see seeds_language_is_valid()); %NULL for the session's
 * @error: return location for a #GError
 *
 * Makes the report's texts, with the framework's texts and the report's
 * own in @language (see seeds-catalog.h). Needs no store, and is safe on
 * any thread: the report is then that thread's until it hands it on.
 *
 * Returns: (transfer full): the report, or %NULL with @error set when
 *   @language can't be used
 */
SeedsMeetingReport *
seeds_meeting_report_new_from_snapshot (SeedsMeetingSnapshot  *snapshot,
                                        const char            *language,
                                        GError               **error)
{
  g_autoptr(SeedsMeetingReport) self = NULL;
  g_autoptr(SeedsCatalog) catalog = NULL;

  g_return_val_if_fail (SEEDS_IS_MEETING_SNAPSHOT (snapshot), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  catalog = seeds_catalog_new (language, error);
  if (catalog == NULL)
    return NULL;

  self = g_object_new (SEEDS_TYPE_MEETING_REPORT, NULL);
  self->language = g_strdup (language);
  self->content = seeds_report_content_new (snapshot, catalog, error);
  if (self->content == NULL)
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * seeds_meeting_report_new:
 * @store: the store to read the meeting from
 * @meeting: the meeting
 * @language: (nullable): the report's language: see
 *   seeds_meeting_report_new_from_snapshot()
 * @error: return location for a #GError
 *
 * Reads all the report needs from @store and makes the report: the two
 * halves of seeds_meeting_snapshot_gather() and
 * seeds_meeting_report_new_from_snapshot() in one.
 *
 * Returns: (transfer full): the report, or %NULL with @error set when
 *   @language can't be used (SEEDS_LANGUAGE_ERROR) or the store can't be read
 */
SeedsMeetingReport *
seeds_meeting_report_new (SeedsStore    *store,
                          SeedsMeeting  *meeting,
                          const char    *language,
                          GError       **error)
{
  g_autoptr(SeedsMeetingSnapshot) snapshot = NULL;

  g_return_val_if_fail (SEEDS_IS_STORE (store), NULL);
  g_return_val_if_fail (SEEDS_IS_MEETING (meeting), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (language != NULL && !seeds_language_check (language, error))
    return NULL;

  snapshot = seeds_meeting_snapshot_gather (store, seeds_meeting_get_id (meeting), error);
  if (snapshot == NULL)
    return NULL;

  return seeds_meeting_report_new_from_snapshot (snapshot, language, error);
}

/**
 * seeds_meeting_report_get_language:
 *
 * Returns: (nullable): the language asked for, or %NULL for the session's
 */
const char *
seeds_meeting_report_get_language (SeedsMeetingReport *self)
{
  g_return_val_if_fail (SEEDS_IS_MEETING_REPORT (self), NULL);

  return self->language;
}

/**
 * seeds_meeting_report_get_title:
 *
 * Returns: the name of the report, for a print job, the PDF's title or a
 *   file name: "Community — Meeting, 28 November 2026"
 */
const char *
seeds_meeting_report_get_title (SeedsMeetingReport *self)
{
  g_return_val_if_fail (SEEDS_IS_MEETING_REPORT (self), NULL);

  return self->content->title;
}

/* ------------------------------------------------------------------------
 * Pages
 */

/* "Page 1 of 2", in the report's language. */
static PangoLayout *
page_number_new (SeedsMeetingReport *self,
                 guint               page,
                 guint               n_pages)
{
  g_autofree char *text = NULL;

  /* Translators: at the foot of each page of a report */
  text = g_strdup_printf (T_(self->content->catalog, "Page %u of %u"), page, n_pages);
  return seeds_report_layout_new (self->context, text, footer_style, -1);
}

static GArray *
new_page (SeedsMeetingReport *self)
{
  GArray *page = g_array_new (FALSE, FALSE, sizeof (Placement));

  g_ptr_array_add (self->pages, page);
  return page;
}

static SeedsReportRow *
get_row (SeedsMeetingReport *self,
         guint               index)
{
  return &g_array_index (self->content->rows, SeedsReportRow, index);
}

/* How much room row first needs: a row that keeps with the next needs
 * room for the next as well. */
static double
needed_height (SeedsMeetingReport *self,
               guint               first)
{
  double needed = 0;

  for (guint i = first; i < self->content->rows->len; i++)
    {
      SeedsReportRow *row = get_row (self, i);

      needed += row_kinds[row->kind].space_before + row->height;
      if (!row_kinds[row->kind].keep)
        break;
    }

  return needed;
}

static void
place_row (SeedsMeetingReport *self,
           GArray             *page,
           guint               index,
           double             *y)
{
  SeedsReportRow *row = get_row (self, index);
  Placement placement;

  if (page->len > 0)
    *y += row_kinds[row->kind].space_before;

  placement = (Placement) { index, *y };
  g_array_append_val (page, placement);
  *y += row->height;
}

/* Rows go on a page while they fit. A table that goes on on the next page
 * repeats its column headings there, and the group or factor that a row
 * belongs to, so that a row is never read without them. */
static void
paginate_rows (SeedsMeetingReport *self)
{
  GArray *page = new_page (self);
  double y = 0;
  int header = -1;   /* the column headings of the table going on */
  int section = -1;  /* the group of factors, or the factor of next steps */

  for (guint i = 0; i < self->content->rows->len; i++)
    {
      SeedsReportRow *row = get_row (self, i);

      if (row->kind == SEEDS_ROW_HEADING)
        header = section = -1;
      else if (row->kind == SEEDS_ROW_TABLE_HEAD || row->kind == SEEDS_ROW_STEPS_HEAD ||
               row->kind == SEEDS_ROW_FAILURES_HEAD)
        {
          header = (int)i;
          section = -1;
        }
      else if (row->kind == SEEDS_ROW_GROUP || row->kind == SEEDS_ROW_STEP_FACTOR)
        section = (int)i;

      if (page->len > 0 && y + needed_height (self, i) > self->body_height)
        {
          page = new_page (self);
          y = 0;
          if (header >= 0 && row_kinds[row->kind].in_table)
            place_row (self, page, (guint)header, &y);
          if (section >= 0 && row_kinds[row->kind].in_section)
            place_row (self, page, (guint)section, &y);
        }

      place_row (self, page, i, &y);
    }
}

/**
 * seeds_meeting_report_paginate:
 * @self: a #SeedsMeetingReport
 * @cr: the cairo context that will draw the pages, or one like it: its
 *   target's font options and transformation are used to measure text
 * @width: the width of the printable area, in points
 * @height: its height
 *
 * Lays the report out for pages of @width × @height, drawn from (0, 0).
 * Can be called again, for another page size.
 *
 * Returns: the number of pages
 */
guint
seeds_meeting_report_paginate (SeedsMeetingReport *self,
                               cairo_t            *cr,
                               double              width,
                               double              height)
{
  g_autoptr(PangoLayout) widest_page = NULL;

  g_return_val_if_fail (SEEDS_IS_MEETING_REPORT (self), 0);
  g_return_val_if_fail (cr != NULL, 0);
  g_return_val_if_fail (width > 100 && height > 100, 0);

  clear_layout (self);
  self->height = height;
  self->context = seeds_print_context_new (cr, self->language);

  seeds_report_table_lay_out (&self->table, self->context, self->content->rows, width);

  /* Room for "Page 99 of 99" beside the credit. */
  widest_page = page_number_new (self, 99, 99);
  self->footer_layout = seeds_report_layout_new (self->context, self->content->footer,
                                                 footer_style,
                                                 width - seeds_print_layout_width (widest_page) -
                                                 40);
  self->body_height = height - seeds_print_layout_height (self->footer_layout) - FOOTER_GAP;

  paginate_rows (self);

  return self->pages->len;
}

guint
seeds_meeting_report_get_n_pages (SeedsMeetingReport *self)
{
  g_return_val_if_fail (SEEDS_IS_MEETING_REPORT (self), 0);

  return self->pages->len;
}

/* ------------------------------------------------------------------------
 * Drawing
 */

/**
 * seeds_meeting_report_draw_page:
 * @self: a #SeedsMeetingReport
 * @cr: where to draw, with the printable area's top left at (0, 0) and
 *   points as units
 * @page: the page, from 0
 *
 * Draws a page as laid out by the last seeds_meeting_report_paginate().
 */
void
seeds_meeting_report_draw_page (SeedsMeetingReport *self,
                                cairo_t            *cr,
                                guint               page)
{
  g_autoptr(PangoLayout) page_number = NULL;
  GArray *placements;

  g_return_if_fail (SEEDS_IS_MEETING_REPORT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (self->context != NULL);
  g_return_if_fail (page < self->pages->len);

  /* Render for this context's resolution; layouts notice the change, and
   * their metrics stay the same. */
  pango_cairo_update_context (cr, self->context);

  placements = g_ptr_array_index (self->pages, page);
  for (guint i = 0; i < placements->len; i++)
    {
      Placement *placement = &g_array_index (placements, Placement, i);

      seeds_report_painter_draw_row (&self->table, cr, self->content,
                                     get_row (self, placement->row), placement->y);
    }

  page_number = page_number_new (self, page + 1, self->pages->len);
  seeds_report_painter_draw_footer (&self->table, cr, self->footer_layout, page_number,
                                    self->height);
}

/**
 * seeds_meeting_report_to_pdf:
 * @self: a #SeedsMeetingReport
 * @error: return location for a #GError
 *
 * Paginates the report for A4 and draws it as a PDF document.
 *
 * Returns: (transfer full): the PDF, or %NULL with @error set
 */
GBytes *
seeds_meeting_report_to_pdf (SeedsMeetingReport  *self,
                             GError             **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_status_t status;
  cairo_t *cr;
  guint n_pages;

  g_return_val_if_fail (SEEDS_IS_MEETING_REPORT (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  cr = seeds_print_pdf_begin (bytes, A4_WIDTH, A4_HEIGHT, self->content->title);
  cairo_translate (cr, PDF_MARGIN, PDF_MARGIN);

  n_pages = seeds_meeting_report_paginate (self, cr, A4_WIDTH - 2 * PDF_MARGIN,
                                           A4_HEIGHT - 2 * PDF_MARGIN);
  for (guint page = 0; page < n_pages; page++)
    {
      seeds_meeting_report_draw_page (self, cr, page);
      cairo_show_page (cr);
    }

  status = seeds_print_pdf_end (cr);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The report could not be made: %s"), cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

/**
 * seeds_meeting_report_write_pdf:
 * @self: a #SeedsMeetingReport
 * @path: the file to write; an existing file is replaced, whole or not at all
 * @error: return location for a #GError
 *
 * Saves the report as a PDF file with A4 pages.
 *
 * Returns: whether the file was written
 */
gboolean
seeds_meeting_report_write_pdf (SeedsMeetingReport  *self,
                                const char          *path,
                                GError             **error)
{
  g_autoptr(GBytes) pdf = NULL;

  g_return_val_if_fail (SEEDS_IS_MEETING_REPORT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  pdf = seeds_meeting_report_to_pdf (self, error);
  return pdf != NULL &&
         g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), error);
}
