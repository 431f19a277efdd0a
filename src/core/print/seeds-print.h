/* seeds-print.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

/* What the printed documents (the meeting report, the poster) share: text
 * measured in points the same way on screen, on paper and in a PDF, laid
 * out as plain text, and PDF files written whole or not at all. */

#define SEEDS_PRINT_FONT "Cantarell, DejaVu Sans, sans-serif"

typedef struct
{
  double red, green, blue;
} SeedsPrintColor;

typedef struct
{
  double                 size;       /* points */
  PangoWeight            weight;
  PangoStyle             style;
  const SeedsPrintColor *color;
  PangoAlignment         alignment;
} SeedsPrintStyle;

PangoContext *seeds_print_context_new    (cairo_t               *cr,
                                          const char            *language);
PangoLayout  *seeds_print_layout_new     (PangoContext          *context,
                                          const char            *text,
                                          const SeedsPrintStyle *style,
                                          double                 width,
                                          PangoWrapMode          wrap);
double        seeds_print_layout_height  (PangoLayout           *layout);
double        seeds_print_layout_width   (PangoLayout           *layout);
gboolean      seeds_print_layout_is_whole (PangoLayout          *layout);
void          seeds_print_set_color      (cairo_t               *cr,
                                          const SeedsPrintColor *color);
void          seeds_print_show_layout    (cairo_t               *cr,
                                          PangoLayout           *layout,
                                          double                 x,
                                          double                 y,
                                          const SeedsPrintColor *color);
cairo_t      *seeds_print_pdf_begin      (GByteArray            *bytes,
                                          double                 width,
                                          double                 height,
                                          const char            *title);
cairo_status_t seeds_print_pdf_end       (cairo_t               *cr);

G_END_DECLS
