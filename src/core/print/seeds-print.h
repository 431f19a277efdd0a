/* seeds-print.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "model/seeds-catalog.h"
#include "model/seeds-framework.h"

G_BEGIN_DECLS

/* What the printed documents (the meeting report, the poster) share: text
 * measured in points the same way on screen, on paper and in a PDF, laid
 * out as plain text; their colours and credit; and PDF files written whole
 * or not at all. */

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
  double                 letter_spacing;  /* ems between the letters */
} SeedsPrintStyle;

/* The colours of both documents; everything also reads in black and white. */
extern const SeedsPrintColor seeds_print_ink;    /* text */
extern const SeedsPrintColor seeds_print_muted;  /* small print */
extern const SeedsPrintColor seeds_print_rule;   /* rules and frames */
extern const SeedsPrintColor seeds_print_white;

PangoContext *seeds_print_context_new    (cairo_t               *cr,
                                          const char            *language);
PangoLayout  *seeds_print_layout_new     (PangoContext          *context,
                                          const char            *text,
                                          const SeedsPrintStyle *style,
                                          double                 width,
                                          PangoWrapMode          wrap);
double        seeds_print_layout_get_scale (PangoLayout         *layout);
double        seeds_print_layout_height  (PangoLayout           *layout);
double        seeds_print_layout_width   (PangoLayout           *layout);
double        seeds_print_layout_baseline (PangoLayout          *layout);
void          seeds_print_layout_line_range (PangoLayout        *layout,
                                             PangoLayoutIter    *iter,
                                             double             *top,
                                             double             *bottom);
gboolean      seeds_print_layout_is_whole (PangoLayout          *layout);
void          seeds_print_set_color      (cairo_t               *cr,
                                          const SeedsPrintColor *color);
void          seeds_print_show_layout    (cairo_t               *cr,
                                          PangoLayout           *layout,
                                          double                 x,
                                          double                 y,
                                          const SeedsPrintColor *color);
void          seeds_print_line           (cairo_t               *cr,
                                          double                 x0,
                                          double                 x1,
                                          double                 y,
                                          double                 width,
                                          const SeedsPrintColor *color);
char         *seeds_print_source         (SeedsCatalog          *catalog,
                                          SeedsFramework        *framework);
char         *seeds_print_credit         (SeedsCatalog          *catalog,
                                          SeedsFramework        *framework,
                                          const char            *separator);
cairo_t      *seeds_print_pdf_begin      (GByteArray            *bytes,
                                          double                 width,
                                          double                 height,
                                          const char            *title);
cairo_status_t seeds_print_pdf_end       (cairo_t               *cr);

G_END_DECLS
