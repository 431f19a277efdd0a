/* seeds-print.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>

#include "print/seeds-print.h"

const SeedsPrintColor seeds_print_ink = { 0.141, 0.122, 0.192 };    /* #241f31 */
const SeedsPrintColor seeds_print_muted = { 0.369, 0.361, 0.392 };  /* #5e5c64 */
const SeedsPrintColor seeds_print_rule = { 0.753, 0.749, 0.737 };   /* #c0bfbc */
const SeedsPrintColor seeds_print_white = { 1, 1, 1 };

/**
 * seeds_print_context_new:
 * @cr: (nullable): the cairo context that will draw, or one like it: its
 *   target's font options are used; %NULL for the default font map's
 * @language: (nullable): the language of the text, for hyphenation and the
 *   choice of fonts; %NULL for the user's
 *
 * Text is measured in points with unhinted, unrounded metrics, so that it
 * takes the same room at a printer's resolution, on screen and in a PDF.
 * Before drawing on another target, call pango_cairo_update_context().
 *
 * Returns: (transfer full): a context to make layouts with
 */
PangoContext *
seeds_print_context_new (cairo_t    *cr,
                         const char *language)
{
  PangoContext *context;
  cairo_font_options_t *options;

  if (cr != NULL)
    context = pango_cairo_create_context (cr);
  else
    context = pango_font_map_create_context (pango_cairo_font_map_get_default ());

  pango_cairo_context_set_resolution (context, 72);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (context, FALSE);
  pango_context_set_language (context,
                              language != NULL ? pango_language_from_string (language)
                                               : pango_language_get_default ());

  return context;
}

/* Every layout's text is set at this size and drawn scaled to its own.
 * Pango 1.50 sorts the fonts for each new size on two new threads, and
 * the poster, which fits its text to the paper, asks for hundreds of
 * sizes. Unhinted metrics scale in proportion, so the lines break where
 * they would at the size itself. */
#define REFERENCE_SIZE 10.0

static GQuark
scale_quark (void)
{
  return g_quark_from_static_string ("seeds-print-scale");
}

/**
 * seeds_print_layout_new:
 * @context: from seeds_print_context_new()
 * @text: plain text, never markup: it may be what people typed
 * @style: its font and alignment
 * @width: the width to wrap to, in points, or -1 not to wrap
 * @wrap: how to wrap
 *
 * The layout is set at a size of its own (see REFERENCE_SIZE): measure
 * and draw it with the functions below, or scale what Pango says of it by
 * seeds_print_layout_get_scale().
 *
 * Returns: (transfer full): the layout
 */
PangoLayout *
seeds_print_layout_new (PangoContext          *context,
                        const char            *text,
                        const SeedsPrintStyle *style,
                        double                 width,
                        PangoWrapMode          wrap)
{
  PangoLayout *layout;
  PangoFontDescription *font;
  double scale;

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (style != NULL, NULL);
  g_return_val_if_fail (style->size > 0, NULL);

  scale = style->size / REFERENCE_SIZE;
  layout = pango_layout_new (context);
  g_object_set_qdata_full (G_OBJECT (layout), scale_quark (), g_memdup2 (&scale, sizeof scale),
                           g_free);
  font = pango_font_description_from_string (SEEDS_PRINT_FONT);
  pango_font_description_set_size (font, (int)(REFERENCE_SIZE * PANGO_SCALE));
  pango_font_description_set_weight (font, style->weight);
  pango_font_description_set_style (font, style->style);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_alignment (layout, style->alignment);
  if (style->letter_spacing != 0)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_letter_spacing_new (
        (int)(style->letter_spacing * REFERENCE_SIZE * PANGO_SCALE)));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  if (width > 0)
    {
      pango_layout_set_width (layout, (int)(width / scale * PANGO_SCALE));
      pango_layout_set_wrap (layout, wrap);
    }

  return layout;
}

/* How many points a point of the layout is: 1 for a layout not made by
 * seeds_print_layout_new(). */
double
seeds_print_layout_get_scale (PangoLayout *layout)
{
  double *scale;

  g_return_val_if_fail (PANGO_IS_LAYOUT (layout), 1);

  scale = g_object_get_qdata (G_OBJECT (layout), scale_quark ());
  return scale != NULL ? *scale : 1;
}

/* Pango units of the layout in points. */
static double
to_points (PangoLayout *layout,
           int          units)
{
  return (double)units / PANGO_SCALE * seeds_print_layout_get_scale (layout);
}

double
seeds_print_layout_height (PangoLayout *layout)
{
  int height;

  g_return_val_if_fail (PANGO_IS_LAYOUT (layout), 0);

  pango_layout_get_size (layout, NULL, &height);
  return to_points (layout, height);
}

/* The width of the widest line. */
double
seeds_print_layout_width (PangoLayout *layout)
{
  PangoRectangle logical;

  g_return_val_if_fail (PANGO_IS_LAYOUT (layout), 0);

  pango_layout_get_extents (layout, NULL, &logical);
  return to_points (layout, logical.width);
}

/* From the top of the layout to the baseline of its first line. */
double
seeds_print_layout_baseline (PangoLayout *layout)
{
  g_return_val_if_fail (PANGO_IS_LAYOUT (layout), 0);

  return to_points (layout, pango_layout_get_baseline (layout));
}

/* From the top of the layout to the top and the bottom of its line
 * under @iter. */
void
seeds_print_layout_line_range (PangoLayout     *layout,
                               PangoLayoutIter *iter,
                               double          *top,
                               double          *bottom)
{
  int y0, y1;

  g_return_if_fail (PANGO_IS_LAYOUT (layout));
  g_return_if_fail (iter != NULL);

  pango_layout_iter_get_line_yrange (iter, &y0, &y1);
  if (top != NULL)
    *top = to_points (layout, y0);
  if (bottom != NULL)
    *bottom = to_points (layout, y1);
}

/**
 * seeds_print_layout_is_whole:
 * @layout: a layout
 *
 * Whether every line of @layout fits its width, and every line ends where
 * a line may end: Pango cuts a word that is wider than the line, and a
 * cut word is as bad as one that runs off the paper.
 *
 * Returns: %TRUE when no line is too wide and no word is cut
 */
gboolean
seeds_print_layout_is_whole (PangoLayout *layout)
{
  const char *text;
  const PangoLogAttr *attrs;
  int n_attrs;
  int width;

  g_return_val_if_fail (PANGO_IS_LAYOUT (layout), FALSE);

  text = pango_layout_get_text (layout);
  width = pango_layout_get_width (layout);
  attrs = pango_layout_get_log_attrs_readonly (layout, &n_attrs);

  for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL; l = l->next)
    {
      PangoLayoutLine *line = l->data;
      PangoRectangle logical;
      glong start;

      pango_layout_line_get_extents (line, NULL, &logical);
      /* a hair more, so that an exact fit is not lost to rounding */
      if (width >= 0 && logical.width > width + PANGO_SCALE / 100)
        return FALSE;

      if (line->start_index == 0 || line->is_paragraph_start)
        continue;

      start = g_utf8_pointer_to_offset (text, text + line->start_index);
      if (start >= n_attrs || !attrs[start].is_line_break)
        return FALSE;
    }

  return TRUE;
}

void
seeds_print_set_color (cairo_t               *cr,
                       const SeedsPrintColor *color)
{
  cairo_set_source_rgb (cr, color->red, color->green, color->blue);
}

void
seeds_print_show_layout (cairo_t               *cr,
                         PangoLayout           *layout,
                         double                 x,
                         double                 y,
                         const SeedsPrintColor *color)
{
  double scale = seeds_print_layout_get_scale (layout);

  cairo_save (cr);
  seeds_print_set_color (cr, color);
  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  cairo_move_to (cr, 0, 0);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

/* A horizontal line from x0 to x1. */
void
seeds_print_line (cairo_t               *cr,
                  double                 x0,
                  double                 x1,
                  double                 y,
                  double                 width,
                  const SeedsPrintColor *color)
{
  cairo_save (cr);
  seeds_print_set_color (cr, color);
  cairo_set_line_width (cr, width);
  cairo_move_to (cr, x0, y);
  cairo_line_to (cr, x1, y);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/**
 * seeds_print_source:
 * @catalog: the document's language
 * @framework: the framework in the document
 *
 * Returns: (transfer full) (nullable): the research the framework comes
 *   from, as "Source: …", or %NULL when it names none
 */
char *
seeds_print_source (SeedsCatalog   *catalog,
                    SeedsFramework *framework)
{
  const char *source = seeds_framework_get_source (framework);

  if (source == NULL)
    return NULL;

  /* Translators: %s is a citation of the research that a framework comes from */
  return g_strdup_printf (T_(catalog, "Source: %s"), source);
}

/**
 * seeds_print_credit:
 * @catalog: the document's language
 * @framework: the framework in the document
 * @separator: what goes before the source, as " · " or a line break
 *
 * Returns: (transfer full): the app, the framework and the research it
 *   comes from, for the foot of a page
 */
char *
seeds_print_credit (SeedsCatalog   *catalog,
                    SeedsFramework *framework,
                    const char     *separator)
{
  g_autofree char *source = seeds_print_source (catalog, framework);
  GString *credit = g_string_new (T_(catalog, "Seeds of Innovation"));

  g_string_append_printf (credit, " · %s", seeds_framework_get_name (framework));
  if (source != NULL)
    g_string_append_printf (credit, "%s%s", separator, source);

  return g_string_free (credit, FALSE);
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * seeds_print_pdf_begin:
 * @bytes: where the PDF goes, until seeds_print_pdf_end()
 * @width: the first page's width, in points
 * @height: its height
 * @title: the document's title, in its metadata
 *
 * Starts a PDF in memory, so that a file is written whole or not at all.
 *
 * Returns: (transfer full): the context to draw its pages on
 */
cairo_t *
seeds_print_pdf_begin (GByteArray *bytes,
                       double      width,
                       double      height,
                       const char *title)
{
  cairo_surface_t *surface;
  cairo_t *cr;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);

  surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Seeds of Innovation");
  cr = cairo_create (surface);
  cairo_surface_destroy (surface);

  return cr;
}

/**
 * seeds_print_pdf_end:
 * @cr: (transfer full): from seeds_print_pdf_begin()
 *
 * Finishes the PDF: its bytes are complete when this returns success.
 *
 * Returns: how drawing and writing went
 */
cairo_status_t
seeds_print_pdf_end (cairo_t *cr)
{
  cairo_surface_t *surface;
  cairo_status_t status;

  g_return_val_if_fail (cr != NULL, CAIRO_STATUS_NULL_POINTER);

  surface = cairo_surface_reference (cairo_get_target (cr));
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return status;
}
