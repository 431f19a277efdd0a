/* seeds-poster-print-operation.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "poster/seeds-poster-print-operation.h"
#include "seeds-print-util.h"

/* Prints the poster for scoring with stickers — or saves it as PDF, from
 * the same dialog — on the paper it was laid out for: the paper size and
 * orientation are chosen before, because the layout depends on them. A
 * printer that takes other paper gets the poster scaled to fit. */
struct _SeedsPosterPrintOperation
{
  GtkPrintOperation  parent_instance;

  SeedsPoster       *poster;
  SeedsPaper         paper;
  gboolean           landscape;
};

G_DEFINE_FINAL_TYPE (SeedsPosterPrintOperation, seeds_poster_print_operation, GTK_TYPE_PRINT_OPERATION)

/* The whole poster on the page, as large as fits, centred: the same size
 * on the paper it was laid out for. */
static void
seeds_poster_print_operation_draw_page (GtkPrintOperation *operation,
                                        GtkPrintContext   *context,
                                        int                page_nr)
{
  SeedsPosterPrintOperation *self = SEEDS_POSTER_PRINT_OPERATION (operation);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double page_width = gtk_print_context_get_width (context);
  double page_height = gtk_print_context_get_height (context);
  double width, height, scale;

  seeds_poster_get_size (self->poster, &width, &height);
  scale = MIN (page_width / width, page_height / height);

  cairo_save (cr);
  cairo_translate (cr, (page_width - width * scale) / 2, (page_height - height * scale) / 2);
  cairo_scale (cr, scale, scale);
  seeds_poster_draw (self->poster, cr);
  cairo_restore (cr);
}

static void
seeds_poster_print_operation_dispose (GObject *object)
{
  SeedsPosterPrintOperation *self = (SeedsPosterPrintOperation *)object;

  g_clear_object (&self->poster);

  G_OBJECT_CLASS (seeds_poster_print_operation_parent_class)->dispose (object);
}

static void
seeds_poster_print_operation_class_init (SeedsPosterPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->dispose = seeds_poster_print_operation_dispose;
  operation_class->draw_page = seeds_poster_print_operation_draw_page;
}

static void
seeds_poster_print_operation_init (SeedsPosterPrintOperation *self)
{
  /* The poster has margins of its own. */
  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_n_pages (GTK_PRINT_OPERATION (self), 1);
}

/* The page setup and print settings of the paper the poster was laid out
 * for, with no margins. */
static void
set_paper (SeedsPosterPrintOperation *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);
  GtkPageOrientation orientation = self->landscape ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                                   : GTK_PAGE_ORIENTATION_PORTRAIT;
  g_autofree char *lower = g_ascii_strdown (seeds_paper_get_name (self->paper), -1);
  g_autofree char *name = g_strconcat ("iso_", lower, NULL);
  g_autoptr(GtkPaperSize) size = gtk_paper_size_new (name);
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();

  gtk_page_setup_set_paper_size (setup, size);
  gtk_page_setup_set_orientation (setup, orientation);
  gtk_page_setup_set_top_margin (setup, 0, GTK_UNIT_POINTS);
  gtk_page_setup_set_bottom_margin (setup, 0, GTK_UNIT_POINTS);
  gtk_page_setup_set_left_margin (setup, 0, GTK_UNIT_POINTS);
  gtk_page_setup_set_right_margin (setup, 0, GTK_UNIT_POINTS);
  gtk_print_operation_set_default_page_setup (operation, setup);

  /* So that the print dialog starts with it too. */
  gtk_print_settings_set_paper_size (settings, size);
  gtk_print_settings_set_orientation (settings, orientation);
  gtk_print_operation_set_print_settings (operation, settings);
}

/**
 * seeds_poster_print_operation_new:
 * @framework: (nullable): the framework whose factors the poster asks
 *   about, or %NULL for the research's own
 * @language: the poster's language, one of seeds_factor_site_get_languages()
 * @base_url: (nullable): where the factor pages are, for the QR codes to
 *   link to; %NULL or "" for codes that hold the explanation itself
 * @paper: the paper size
 * @landscape: whether the long side is horizontal
 * @error: return location for a #GError
 *
 * Lays the poster out for @paper.
 *
 * Returns: (transfer full) (nullable): the operation, or %NULL with @error
 *   set when the language or URL cannot be used or the poster does not fit
 *   (see seeds_poster_layout())
 */
SeedsPosterPrintOperation *
seeds_poster_print_operation_new (SeedsFrameworkEntry  *framework,
                                  const char           *language,
                                  const char           *base_url,
                                  SeedsPaper            paper,
                                  gboolean              landscape,
                                  GError              **error)
{
  g_autoptr(SeedsPosterPrintOperation) self = NULL;
  g_autoptr(SeedsPoster) poster = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (paper < SEEDS_N_PAPERS, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  poster = seeds_poster_new (language, base_url, error);
  if (poster == NULL ||
      (framework != NULL && !seeds_poster_set_framework (poster, framework, error)) ||
      !seeds_poster_layout (poster, paper, landscape, error))
    return NULL;

  self = g_object_new (SEEDS_TYPE_POSTER_PRINT_OPERATION, NULL);
  self->poster = g_steal_pointer (&poster);
  self->paper = paper;
  self->landscape = landscape;
  set_paper (self);

  /* Translators: the name of the printed poster and of the PDF file it is
   * saved as; the first %s is a paper size, as "A2", the second a
   * language code, as "nl" */
  name = g_strdup_printf (_("Poster %s %s"), seeds_paper_get_name (paper),
                          seeds_poster_get_language (self->poster));
  seeds_print_operation_set_name (GTK_PRINT_OPERATION (self), name);

  return g_steal_pointer (&self);
}

/* The poster, laid out for the paper. */
SeedsPoster *
seeds_poster_print_operation_get_poster (SeedsPosterPrintOperation *self)
{
  g_return_val_if_fail (SEEDS_IS_POSTER_PRINT_OPERATION (self), NULL);

  return self->poster;
}

SeedsPaper
seeds_poster_print_operation_get_paper (SeedsPosterPrintOperation *self)
{
  g_return_val_if_fail (SEEDS_IS_POSTER_PRINT_OPERATION (self), SEEDS_PAPER_A4);

  return self->paper;
}

gboolean
seeds_poster_print_operation_get_landscape (SeedsPosterPrintOperation *self)
{
  g_return_val_if_fail (SEEDS_IS_POSTER_PRINT_OPERATION (self), FALSE);

  return self->landscape;
}
