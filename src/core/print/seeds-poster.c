/* seeds-poster.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "model/seeds-catalog.h"
#include "model/seeds-language.h"
#include "print/seeds-factor-code.h"
#include "print/seeds-factor-site.h"
#include "print/seeds-poster-grid.h"
#include "print/seeds-poster.h"

/* The grid (seeds-poster-grid.c) lays the poster out for a paper and a
 * size of text; the poster looks for the largest text with which it fits.
 * When it does not fit, the text shrinks a step at a time, down to 0.72
 * (N_TEXT_SCALES); below that, the poster does not fit and
 * seeds_poster_layout() says what is wrong. What is left of the page goes
 * to taller sticker cells, then to air between the rows. */

#define TEXT_SCALE_STEP   0.04
#define N_TEXT_SCALES     8     /* down to 0.72 */
#define MAX_CELL_STRETCH  0.75  /* cells grow taller with the room left, up to this much */
#define MAX_EXTRA_GAP     1.5   /* then the gaps between rows, up to this many times */

struct _SeedsPoster
{
  GObject           parent_instance;

  char             *language;
  char             *base_url;     /* NULL: the codes hold the explanation itself */
  SeedsCatalog     *catalog;
  SeedsFramework   *framework;
  SeedsPosterTexts *texts;        /* for the paper of the last layout */

  /* From seeds_poster_layout(). */
  SeedsPaper        paper;
  gboolean          landscape;
  double            width;
  double            height;
  double            text_scale;
  PangoContext     *context;
  SeedsPosterGrid   grid;
  GPtrArray        *codes;        /* of SeedsFactorCode, by factor */
  SeedsPosterSheet *sheet;
  GArray           *boxes;        /* of SeedsPosterBox */
};

G_DEFINE_FINAL_TYPE (SeedsPoster, seeds_poster, G_TYPE_OBJECT)

static void
seeds_poster_finalize (GObject *object)
{
  SeedsPoster *self = (SeedsPoster *)object;

  g_clear_pointer (&self->sheet, seeds_poster_sheet_free);
  g_clear_pointer (&self->boxes, g_array_unref);
  g_clear_pointer (&self->codes, g_ptr_array_unref);
  g_clear_object (&self->context);
  g_clear_pointer (&self->texts, seeds_poster_texts_free);
  g_clear_object (&self->framework);
  g_clear_object (&self->catalog);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->base_url, g_free);

  G_OBJECT_CLASS (seeds_poster_parent_class)->finalize (object);
}

static void
seeds_poster_class_init (SeedsPosterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = seeds_poster_finalize;
}

static void
seeds_poster_init (SeedsPoster *self)
{
  self->sheet = seeds_poster_sheet_new ();
  self->boxes = g_array_new (FALSE, TRUE, sizeof (SeedsPosterBox));
  self->codes = g_ptr_array_new_with_free_func ((GDestroyNotify)seeds_factor_code_free);
}

/**
 * seeds_poster_new:
 * @language: (nullable): the poster's language, one of
 *   seeds_factor_site_get_languages(); %NULL for English
 * @base_url: (nullable): where the factor pages of seeds_factor_site_export()
 *   are, for the QR codes to link to; %NULL or "" for codes that hold the
 *   explanation itself
 * @error: return location for a #GError
 *
 * Makes the poster's texts, the framework's and its own, in @language (see
 * seeds-catalog.h). Safe on any thread, as the poster's other functions
 * are for a poster that one thread at a time uses.
 *
 * Returns: (transfer full): the poster, or %NULL with @error set when
 *   @language is not one the poster comes in or @base_url is not a web
 *   address
 */
SeedsPoster *
seeds_poster_new (const char  *language,
                  const char  *base_url,
                  GError     **error)
{
  return seeds_poster_new_for_framework (NULL, language, base_url, error);
}

/**
 * seeds_poster_new_for_framework:
 * @framework: (nullable): the framework on the poster, in @language, such
 *   as the students' and teachers' wording; %NULL for the default one
 * @language: (nullable): the poster's language, as for seeds_poster_new()
 * @base_url: (nullable): as for seeds_poster_new()
 * @error: return location for a #GError
 *
 * seeds_poster_new() with another framework than the research's.
 *
 * Returns: (transfer full): the poster, or %NULL with @error set
 */
SeedsPoster *
seeds_poster_new_for_framework (SeedsFramework  *framework,
                                const char      *language,
                                const char      *base_url,
                                GError         **error)
{
  g_autoptr(SeedsPoster) self = NULL;
  g_autoptr(SeedsCatalog) catalog = NULL;
  g_autofree char *languages = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (language == NULL)
    language = "en";

  if (!seeds_factor_site_has_language (language))
    {
      languages = g_strjoinv (", ", (char **)seeds_factor_site_get_languages ());
      g_set_error (error, SEEDS_LANGUAGE_ERROR, SEEDS_LANGUAGE_ERROR_UNSUPPORTED,
                   /* Translators: the second %s is a list of language codes, as "en, nl" */
                   _("There is no poster in “%s”: choose one of %s."), language, languages);
      return NULL;
    }

  if (base_url != NULL && *base_url == '\0')
    base_url = NULL;
  if (base_url != NULL && !seeds_factor_site_check_base_url (base_url, error))
    return NULL;

  catalog = seeds_catalog_new (language, error);
  if (catalog == NULL)
    return NULL;

  self = g_object_new (SEEDS_TYPE_POSTER, NULL);
  self->language = g_strdup (language);
  self->base_url = g_strdup (base_url);
  self->framework = framework != NULL ? g_object_ref (framework) : seeds_framework_new_default (language);
  self->catalog = g_steal_pointer (&catalog);
  g_ptr_array_set_size (self->codes, seeds_framework_get_n_factors (self->framework));

  return g_steal_pointer (&self);
}

const char *
seeds_poster_get_language (SeedsPoster *self)
{
  g_return_val_if_fail (SEEDS_IS_POSTER (self), NULL);

  return self->language;
}

/**
 * seeds_poster_get_base_url:
 *
 * Returns: (nullable): where the codes link to, or %NULL when they hold
 *   the explanation itself
 */
const char *
seeds_poster_get_base_url (SeedsPoster *self)
{
  g_return_val_if_fail (SEEDS_IS_POSTER (self), NULL);

  return self->base_url;
}

/**
 * seeds_poster_set_framework:
 * @self: a #SeedsPoster, not laid out yet
 * @framework: the framework whose factors the poster asks about, such as
 *   a community's, instead of the research's own
 * @error: return location for a #GError
 *
 * Returns: whether the framework could be read in the poster's language;
 *   if not, the poster keeps the one it had
 */
gboolean
seeds_poster_set_framework (SeedsPoster          *self,
                            SeedsFrameworkEntry  *framework,
                            GError              **error)
{
  SeedsFramework *read;

  g_return_val_if_fail (SEEDS_IS_POSTER (self), FALSE);
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK_ENTRY (framework), FALSE);
  g_return_val_if_fail (self->texts == NULL, FALSE);

  read = seeds_framework_new_from_bytes (seeds_framework_entry_get_content (framework),
                                         seeds_framework_entry_get_name (framework),
                                         self->language, error);
  if (read == NULL)
    return FALSE;

  g_set_object (&self->framework, read);
  g_object_unref (read);
  g_ptr_array_set_size (self->codes, 0);
  g_ptr_array_set_size (self->codes, seeds_framework_get_n_factors (self->framework));

  return TRUE;
}

/**
 * seeds_poster_get_framework:
 *
 * Returns: (transfer none): the framework on the poster, in its language
 */
SeedsFramework *
seeds_poster_get_framework (SeedsPoster *self)
{
  g_return_val_if_fail (SEEDS_IS_POSTER (self), NULL);

  return self->framework;
}

/**
 * seeds_poster_get_code_text:
 * @self: a #SeedsPoster
 * @factor: the factor's position
 *
 * Returns: (nullable): what the factor's QR code holds, as laid out by the
 *   last seeds_poster_layout(), whole, as seeds_code_content_for_paper()
 *   says and the poster's text tells; %NULL before a layout or when it
 *   did not fit
 */
const char *
seeds_poster_get_code_text (SeedsPoster *self,
                            guint        factor)
{
  SeedsFactorCode *code;

  g_return_val_if_fail (SEEDS_IS_POSTER (self), NULL);
  g_return_val_if_fail (factor < self->codes->len, NULL);

  code = g_ptr_array_index (self->codes, factor);
  return code != NULL ? code->text : NULL;
}

/* ------------------------------------------------------------------------
 * Fitting
 */

/* The poster's words say what its codes hold, which depends on the
 * paper. */
static void
set_code_content (SeedsPoster      *self,
                  SeedsCodeContent  content)
{
  if (self->texts != NULL && self->texts->code_content == content)
    return;

  g_clear_pointer (&self->texts, seeds_poster_texts_free);
  self->texts = seeds_poster_texts_new (self->catalog, self->framework, content);
}

/* Lays out with m; says whether it fits and how far it is from fitting,
 * or what is wrong. */
static gboolean
try_metrics (SeedsPoster               *self,
             const SeedsPosterMetrics  *m,
             double                    *over,
             char                     **problem)
{
  *over = seeds_poster_grid_lay_out (&self->grid, m);
  g_clear_pointer (problem, g_free);

  return *over <= 0 &&
         seeds_poster_sheet_check (self->sheet, m->left, m->top, m->right, m->bottom, problem);
}

/* Lays out with the text at the step'th smaller size. */
static gboolean
try_text_scale (SeedsPoster         *self,
                guint                step,
                SeedsPosterMetrics  *m,
                double              *over,
                char               **problem)
{
  *m = seeds_poster_metrics_new (self->paper, self->landscape, 1 - step * TEXT_SCALE_STEP);
  return try_metrics (self, m, over, problem);
}

/* The largest text with which everything fits, of 1, 1 - STEP, … down to
 * the smallest: what fits at one size fits at the next smaller one. Leaves
 * the sheet laid out with it, or with the smallest when none fits. */
static gboolean
fit_text (SeedsPoster         *self,
          SeedsPosterMetrics  *m,
          double              *over,
          char               **problem)
{
  guint low = 0;                   /* does not fit */
  guint high = N_TEXT_SCALES - 1;  /* fits */
  guint last = high;

  if (try_text_scale (self, 0, m, over, problem))
    return TRUE;
  if (!try_text_scale (self, high, m, over, problem))
    return FALSE;

  while (high - low > 1)
    {
      guint middle = (low + high) / 2;

      last = middle;
      if (try_text_scale (self, middle, m, over, problem))
        high = middle;
      else
        low = middle;
    }

  return last == high || try_text_scale (self, high, m, over, problem);
}

/**
 * seeds_poster_layout:
 * @self: a #SeedsPoster
 * @paper: the paper size
 * @landscape: whether the long side is horizontal
 * @error: return location for a #GError
 *
 * Lays the poster out for @paper: see seeds-poster.h. The layout is kept,
 * for seeds_poster_draw() and seeds_poster_get_boxes(), also when it does
 * not fit.
 *
 * Returns: whether everything fits, with no text cut and no boxes
 *   overlapping; %FALSE with @error saying what does not fit
 */
gboolean
seeds_poster_layout (SeedsPoster  *self,
                     SeedsPaper    paper,
                     gboolean      landscape,
                     GError      **error)
{
  g_autofree char *problem = NULL;
  SeedsPosterMetrics m;
  double over = 0;
  gboolean fits;

  g_return_val_if_fail (SEEDS_IS_POSTER (self), FALSE);
  g_return_val_if_fail (paper < SEEDS_N_PAPERS, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  self->paper = paper;
  self->landscape = landscape;
  set_code_content (self, seeds_code_content_for_paper (paper, self->base_url != NULL));
  seeds_paper_get_size (paper, landscape, &self->width, &self->height);
  if (self->context == NULL)
    self->context = seeds_print_context_new (NULL, self->language);
  self->grid = (SeedsPosterGrid) { paper, self->context, self->framework, self->texts,
                                   self->language, self->base_url, self->codes,
                                   g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                          g_object_unref),
                                   self->sheet, 0, 0 };

  fits = fit_text (self, &m, &over, &problem);
  if (fits)
    {
      /* What is left of the page: taller cells, for more stickers, then air
       * between the rows. */
      m.cell_height += MIN (-over / MAX (self->grid.n_rows, 1), m.cell_width * MAX_CELL_STRETCH);
      over = seeds_poster_grid_lay_out (&self->grid, &m);
      m.extra_gap = MIN (-over / MAX (self->grid.n_gaps, 1), m.row_gap * MAX_EXTRA_GAP);
      over = seeds_poster_grid_lay_out (&self->grid, &m);
      fits = over <= 1e-6 &&
             seeds_poster_sheet_check (self->sheet, m.left, m.top, m.right, m.bottom, &problem);
    }

  g_clear_pointer (&self->grid.layouts, g_hash_table_unref);
  self->text_scale = m.text_scale;
  g_array_set_size (self->boxes, 0);
  seeds_poster_sheet_get_boxes (self->sheet, self->boxes);

  if (!fits)
    {
      if (problem == NULL)
        problem = g_strdup_printf ("the factors need %.0f mm more", over * 25.4 / 72);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: the first %s is a paper size, as “A4”; the second says
                    * what does not fit */
                   _("The poster does not fit on %s paper: %s."), seeds_paper_get_name (paper),
                   problem);
      return FALSE;
    }

  return TRUE;
}

/**
 * seeds_poster_get_size:
 * @width: (out) (optional): the page's width in points, as last laid out
 * @height: (out) (optional): its height
 */
void
seeds_poster_get_size (SeedsPoster *self,
                       double      *width,
                       double      *height)
{
  g_return_if_fail (SEEDS_IS_POSTER (self));

  if (width != NULL)
    *width = self->width;
  if (height != NULL)
    *height = self->height;
}

/**
 * seeds_poster_get_text_scale:
 *
 * Returns: how much the text was shrunk to fit: 1 when not at all
 */
double
seeds_poster_get_text_scale (SeedsPoster *self)
{
  g_return_val_if_fail (SEEDS_IS_POSTER (self), 1);

  return self->text_scale;
}

/**
 * seeds_poster_get_boxes:
 * @self: a #SeedsPoster
 * @n_boxes: (out): how many
 *
 * Returns: (array length=n_boxes) (transfer none): the boxes of the last
 *   layout, in points from the top left of the page
 */
const SeedsPosterBox *
seeds_poster_get_boxes (SeedsPoster *self,
                        guint       *n_boxes)
{
  g_return_val_if_fail (SEEDS_IS_POSTER (self), NULL);
  g_return_val_if_fail (n_boxes != NULL, NULL);

  *n_boxes = self->boxes->len;
  return (const SeedsPosterBox *)(gpointer)self->boxes->data;
}

/* ------------------------------------------------------------------------
 * Drawing
 */

/**
 * seeds_poster_draw:
 * @self: a #SeedsPoster
 * @cr: where to draw, with the page's top left at (0, 0) and points as
 *   units
 *
 * Draws the poster as laid out by the last seeds_poster_layout().
 */
void
seeds_poster_draw (SeedsPoster *self,
                   cairo_t     *cr)
{
  g_return_if_fail (SEEDS_IS_POSTER (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (self->context != NULL);

  /* Render for this target; layouts notice the change, and their metrics
   * stay the same. */
  pango_cairo_update_context (cr, self->context);
  seeds_poster_sheet_draw (self->sheet, cr, seeds_paper_get_scale (self->paper));
}

/**
 * seeds_poster_to_pdf:
 * @self: a #SeedsPoster, laid out
 * @error: return location for a #GError
 *
 * Draws the poster as a one-page PDF of the paper size it was laid out for.
 *
 * Returns: (transfer full): the PDF, or %NULL with @error set
 */
GBytes *
seeds_poster_to_pdf (SeedsPoster  *self,
                     GError      **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autofree char *title = NULL;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (SEEDS_IS_POSTER (self), NULL);
  g_return_val_if_fail (self->context != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  title = g_strdup_printf ("%s · %s", self->texts->title,
                           seeds_framework_get_name (self->framework));
  cr = seeds_print_pdf_begin (bytes, self->width, self->height, title);
  seeds_poster_draw (self, cr);
  cairo_show_page (cr);
  status = seeds_print_pdf_end (cr);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The poster could not be made: %s"), cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

/**
 * seeds_poster_write_pdf:
 * @self: a #SeedsPoster, laid out
 * @path: the file to write; an existing file is replaced, whole or not at all
 * @error: return location for a #GError
 *
 * Saves the poster as a one-page PDF of the paper size it was laid out for.
 *
 * Returns: whether the file was written
 */
gboolean
seeds_poster_write_pdf (SeedsPoster  *self,
                        const char   *path,
                        GError      **error)
{
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (SEEDS_IS_POSTER (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  pdf = seeds_poster_to_pdf (self, error);
  if (pdf == NULL)
    return FALSE;

  /* GIO names the file in its errors, not a temporary file next to it. */
  file = g_file_new_for_path (path);
  return g_file_replace_contents (file, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), NULL,
                                  FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
}
