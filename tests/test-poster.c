/* test-poster.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "model/seeds-language.h"
#include "print/seeds-factor-code.h"
#include "print/seeds-poster.h"
#include "print/seeds-print.h"
#include "print/seeds-qr-code.h"
#include "seeds-test-tools.h"

#define BASE_URL  "https://example.org/seeds/"
#define MM(mm)    ((mm) * 72.0 / 25.4)
#define DPI       150  /* about what a phone sees of the paper */
#define MODULE_PX 4    /* enough for a module, where DPI gives it more */

/* Every paper size in both orientations and both languages. */
typedef struct
{
  SeedsPaper  paper;
  gboolean    landscape;
  const char *language;
  const char *base_url;
} Case;

/* ------------------------------------------------------------------------
 * The layout, checked from its boxes
 */

/* How much of a is also b, in square points. */
static double
shared_area (const SeedsPosterBox *a,
             const SeedsPosterBox *b)
{
  double width = MIN (a->x + a->width, b->x + b->width) - MAX (a->x, b->x);
  double height = MIN (a->y + a->height, b->y + b->height) - MAX (a->y, b->y);

  return width > 0 && height > 0 ? width * height : 0;
}

static const char *
kind_name (SeedsPosterBoxKind kind)
{
  switch (kind)
    {
    case SEEDS_POSTER_BOX_TEXT:
      return "text";
    case SEEDS_POSTER_BOX_BADGE:
      return "badge";
    case SEEDS_POSTER_BOX_CELL:
      return "cell";
    case SEEDS_POSTER_BOX_QR_CODE:
      return "code";
    case SEEDS_POSTER_BOX_FACTOR:
      return "tile";
    case SEEDS_POSTER_BOX_PICTURE:
      return "picture";
    default:
      return "?";
    }
}

/* Checks again, from the outside, what seeds_poster_layout() promises. */
static void
assert_boxes (SeedsPoster *poster,
              const Case  *c)
{
  guint n;
  const SeedsPosterBox *boxes = seeds_poster_get_boxes (poster, &n);
  guint n_factors = seeds_framework_get_n_factors (seeds_poster_get_framework (poster));
  g_autofree guint *cells = g_new0 (guint, n_factors);
  g_autofree guint *codes = g_new0 (guint, n_factors);
  g_autofree const SeedsPosterBox **tiles = g_new0 (const SeedsPosterBox *, n_factors);
  /* Where dot stickers fit: 19 mm ones on a poster, 12 mm ones on A3. */
  const double min_cell[] = {
    [SEEDS_PAPER_A4] = 8, [SEEDS_PAPER_A3] = 12, [SEEDS_PAPER_A2] = 20, [SEEDS_PAPER_A1] = 20
  };
  double width, height;
  double paper_width, paper_height;

  seeds_poster_get_size (poster, &width, &height);
  seeds_paper_get_size (c->paper, c->landscape, &paper_width, &paper_height);
  g_assert_cmpfloat (width, ==, paper_width);
  g_assert_cmpfloat (height, ==, paper_height);

  for (guint i = 0; i < n; i++)
    {
      const SeedsPosterBox *a = &boxes[i];

      /* On the page, clear of what a printer cannot print */
      g_assert_cmpfloat (a->x, >=, MM (5));
      g_assert_cmpfloat (a->y, >=, MM (5));
      g_assert_cmpfloat (a->x + a->width, <=, width - MM (5));
      g_assert_cmpfloat (a->y + a->height, <=, height - MM (5));
      g_assert_cmpfloat (a->width, >, 0);
      g_assert_cmpfloat (a->height, >, 0);

      if (a->factor >= 0)
        g_assert_cmpint (a->factor, <, n_factors);

      switch (a->kind)
        {
        case SEEDS_POSTER_BOX_CELL:
          g_assert_cmpint (a->factor, >=, 0);
          g_assert_cmpfloat (a->width, >=, MM (min_cell[c->paper]) - 0.01);
          g_assert_cmpfloat (a->height, >=, a->width - 0.01);
          cells[a->factor]++;
          break;

        case SEEDS_POSTER_BOX_QR_CODE:
          g_assert_cmpint (a->factor, >=, 0);
          g_assert_cmpfloat_with_epsilon (a->width, a->height, 0.01);
          g_assert_cmpfloat (a->module, >=, MM (SEEDS_POSTER_MIN_MODULE_MM) - 0.001);
          codes[a->factor]++;
          break;

        case SEEDS_POSTER_BOX_FACTOR:
          g_assert_null (tiles[a->factor]);
          tiles[a->factor] = a;
          break;

        case SEEDS_POSTER_BOX_TEXT:
        case SEEDS_POSTER_BOX_BADGE:
        case SEEDS_POSTER_BOX_PICTURE:
        default:
          break;
        }

      for (guint j = i + 1; j < n; j++)
        {
          const SeedsPosterBox *b = &boxes[j];
          gboolean a_tile = a->kind == SEEDS_POSTER_BOX_FACTOR;
          gboolean b_tile = b->kind == SEEDS_POSTER_BOX_FACTOR;

          /* Boxes are clear of each other, and of other factors' tiles. */
          if (a_tile == b_tile || a->factor != b->factor)
            {
              if (shared_area (a, b) > 0.01)
                g_error ("A %s of factor %d overlaps a %s of factor %d", kind_name (a->kind),
                         a->factor + 1, kind_name (b->kind), b->factor + 1);
            }
        }
    }

  for (guint f = 0; f < n_factors; f++)
    {
      g_assert_cmpuint (cells[f], ==, 6);
      g_assert_cmpuint (codes[f], ==, 1);
      g_assert_nonnull (tiles[f]);
    }

  /* A factor's boxes are in its tile. */
  for (guint i = 0; i < n; i++)
    if (boxes[i].factor >= 0 && boxes[i].kind != SEEDS_POSTER_BOX_FACTOR)
      g_assert_cmpfloat_with_epsilon (shared_area (tiles[boxes[i].factor], &boxes[i]),
                                      boxes[i].width * boxes[i].height, 0.01);
}

/* ------------------------------------------------------------------------
 * Posters, each laid out once for all the tests that look at it
 */

static GPtrArray *posters;  /* of Laid */

typedef struct
{
  Case         c;
  SeedsPoster *poster;
} Laid;

static void
laid_free (gpointer data)
{
  Laid *laid = data;

  g_assert_finalize_object (laid->poster);
  g_free (laid);
}

static gboolean
case_equal (const Case *a,
            const Case *b)
{
  return a->paper == b->paper && a->landscape == b->landscape &&
         g_str_equal (a->language, b->language) && g_strcmp0 (a->base_url, b->base_url) == 0;
}

/* The poster of a case, laid out: it must fit. */
static SeedsPoster *
get_poster (const Case *c)
{
  g_autoptr(GError) error = NULL;
  Laid *laid;

  for (guint i = 0; i < posters->len; i++)
    if (case_equal (&((Laid *)g_ptr_array_index (posters, i))->c, c))
      return ((Laid *)g_ptr_array_index (posters, i))->poster;

  laid = g_new0 (Laid, 1);
  laid->c = *c;
  laid->poster = seeds_poster_new (c->language, c->base_url, &error);
  g_assert_no_error (error);
  seeds_poster_layout (laid->poster, c->paper, c->landscape, &error);
  g_assert_no_error (error);
  g_test_message ("%s %s %s: text at %.0f%%", seeds_paper_get_name (c->paper),
                  c->landscape ? "landscape" : "portrait", c->language,
                  100 * seeds_poster_get_text_scale (laid->poster));
  g_ptr_array_add (posters, laid);

  return laid->poster;
}

/* ------------------------------------------------------------------------
 * Scanning the codes
 */

typedef struct
{
  int     width;
  int     height;
  guchar *pixels;  /* grey, a byte per pixel */
} Raster;

static void
raster_clear (Raster *raster)
{
  g_clear_pointer (&raster->pixels, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Raster, raster_clear)

/* The whole page of a PDF at DPI, in grey, as poppler renders it for a
 * printer: pdftoppm writes a binary PGM. */
static void
rasterise (const char *pdf,
           const char *dir,
           Raster     *raster)
{
  g_autofree char *pdftoppm = seeds_test_find_tool ("pdftoppm");
  g_autofree char *prefix = g_build_filename (dir, "page", NULL);
  g_autofree char *path = g_strconcat (prefix, ".pgm", NULL);
  g_autofree char *dpi = g_strdup_printf ("%d", DPI);
  const char *argv[] = { pdftoppm, "-r", dpi, "-gray", "-singlefile", pdf, prefix, NULL };
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  int max;
  int offset;

  g_free (seeds_test_run (argv));
  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sscanf (data, "P5 %d %d %d%n", &raster->width, &raster->height, &max, &offset),
                   ==, 3);
  g_assert_cmpint (max, ==, 255);
  offset++;  /* the one white space after the header */
  g_assert_cmpuint (length, ==, offset + (gsize)raster->width * raster->height);
  raster->pixels = g_memdup2 (data + offset, (gsize)raster->width * raster->height);
  g_assert_cmpint (g_remove (path), ==, 0);
}

/* The part of a page that a box is on, with a little margin, at px
 * pixels a point. */
static void
box_pixels (const SeedsPosterBox *box,
            double                px,
            int                  *x0,
            int                  *y0,
            int                  *x1,
            int                  *y1)
{
  int margin = (int)(MM (1) * px);

  *x0 = (int)(box->x * px) - margin;
  *y0 = (int)(box->y * px) - margin;
  *x1 = (int)((box->x + box->width) * px) + margin;
  *y1 = (int)((box->y + box->height) * px) + margin;
}

/* Cuts a box out of a raster of the page. */
static void
cut (const Raster         *page,
     const SeedsPosterBox *box,
     Raster               *raster)
{
  int x0, y0, x1, y1;

  box_pixels (box, DPI / 72.0, &x0, &y0, &x1, &y1);
  x0 = MAX (x0, 0);
  y0 = MAX (y0, 0);
  x1 = MIN (x1, page->width);
  y1 = MIN (y1, page->height);

  raster->width = x1 - x0;
  raster->height = y1 - y0;
  raster->pixels = g_malloc ((gsize)raster->width * raster->height);
  for (int y = y0; y < y1; y++)
    memcpy (raster->pixels + (gsize)(y - y0) * raster->width,
            page->pixels + (gsize)y * page->width + x0, raster->width);
}

static guchar
grey (guint32 rgb)
{
  return (guchar)((((rgb >> 16) & 0xff) * 30 + ((rgb >> 8) & 0xff) * 59 + (rgb & 0xff) * 11) / 100);
}

/* Draws the poster into the part of the page a code is on, as printing
 * does but without the PDF: at DPI, or lower where the modules are large
 * enough that fewer pixels show them as well. */
static void
draw_code (SeedsPoster          *poster,
           const SeedsPosterBox *box,
           Raster               *raster)
{
  double px = MIN (DPI / 72.0, MODULE_PX / box->module);
  cairo_surface_t *surface;
  const guint32 *data;
  int stride;
  int x0, y0, x1, y1;
  cairo_t *cr;

  box_pixels (box, px, &x0, &y0, &x1, &y1);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, x1 - x0, y1 - y0);
  /* Scaled as a device is, not by the transformation: the text need not be
   * laid out again for it. */
  cairo_surface_set_device_scale (surface, px, px);
  cairo_surface_set_device_offset (surface, -x0, -y0);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  seeds_poster_draw (poster, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  raster->width = x1 - x0;
  raster->height = y1 - y0;
  raster->pixels = g_malloc ((gsize)raster->width * raster->height);
  data = (const guint32 *)(gpointer)cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface) / 4;
  for (int y = 0; y < raster->height; y++)
    for (int x = 0; x < raster->width; x++)
      raster->pixels[y * raster->width + x] = grey (data[y * stride + x]);
  cairo_surface_destroy (surface);
}

/* The codes of posters to scan at once, and what they must say. */
typedef struct
{
  char      *dir;
  GPtrArray *images;    /* of file names */
  GString   *expected;  /* each code's text and a line break, in order */
} Scan;

static void
scan_init (Scan *scan)
{
  g_autoptr(GError) error = NULL;

  scan->dir = g_dir_make_tmp ("seeds-poster-XXXXXX", &error);
  g_assert_no_error (error);
  scan->images = g_ptr_array_new_with_free_func (g_free);
  scan->expected = g_string_new (NULL);
}

/* Adds the codes of a poster: drawn, or cut from a raster of its PDF. */
static void
scan_add (Scan         *scan,
          SeedsPoster  *poster,
          const Raster *page)
{
  guint n;
  const SeedsPosterBox *boxes = seeds_poster_get_boxes (poster, &n);

  for (guint i = 0; i < n; i++)
    {
      g_auto(Raster) raster = { 0, };
      g_autoptr(GString) pgm = g_string_new (NULL);
      g_autoptr(GError) error = NULL;
      g_autofree char *name = NULL;
      char *path;

      if (boxes[i].kind != SEEDS_POSTER_BOX_QR_CODE)
        continue;

      if (page != NULL)
        cut (page, &boxes[i], &raster);
      else
        draw_code (poster, &boxes[i], &raster);

      name = g_strdup_printf ("code-%u.pgm", scan->images->len + 1);
      path = g_build_filename (scan->dir, name, NULL);
      g_string_append_printf (pgm, "P5\n%d %d\n255\n", raster.width, raster.height);
      g_string_append_len (pgm, (const char *)raster.pixels, (gssize)raster.width * raster.height);
      g_file_set_contents (path, pgm->str, pgm->len, &error);
      g_assert_no_error (error);

      g_ptr_array_add (scan->images, path);
      g_string_append_printf (scan->expected, "%s\n",
                              seeds_poster_get_code_text (poster, boxes[i].factor));
    }
}

/* What zbarimg reads in the images, in their order, is what the codes
 * hold: each code's text and a line break; nothing for an image where it
 * finds no code. One zbarimg for all. */
static void
scan_check (Scan *scan)
{
  g_autofree char *zbarimg = seeds_test_find_tool ("zbarimg");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  int status;

  g_ptr_array_add (argv, zbarimg);
  g_ptr_array_add (argv, (gpointer)"--raw");
  g_ptr_array_add (argv, (gpointer)"-q");
  /* QR codes only: looking for bar codes too takes longer */
  g_ptr_array_add (argv, (gpointer)"-Sdisable");
  g_ptr_array_add (argv, (gpointer)"-Sqrcode.enable");
  for (guint i = 0; i < scan->images->len; i++)
    g_ptr_array_add (argv, g_ptr_array_index (scan->images, i));
  g_ptr_array_add (argv, NULL);

  /* It fails when an image has no code: the text says which. */
  g_spawn_sync (NULL, (char **)argv->pdata, NULL, G_SPAWN_STDERR_TO_DEV_NULL | SEEDS_TEST_SPAWN_FLAGS,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (out, ==, scan->expected->str);

  if (g_getenv ("SEEDS_TEST_KEEP_OUTPUT") != NULL)
    g_test_message ("Kept the codes in %s", scan->dir);
  else
    seeds_test_remove_tree (scan->dir);
  g_free (scan->dir);
  g_ptr_array_unref (scan->images);
  g_string_free (scan->expected, TRUE);
}

/* ------------------------------------------------------------------------
 * Each poster
 */

/* Every paper in both orientations and both languages fits: its boxes are
 * sound, and its codes hold twelve different texts. */
static void
test_poster (gconstpointer data)
{
  const Case *c = data;
  SeedsPoster *poster = get_poster (c);
  g_autoptr(GHashTable) texts = g_hash_table_new (g_str_hash, g_str_equal);

  assert_boxes (poster, c);

  for (guint i = 0; i < seeds_framework_get_n_factors (seeds_poster_get_framework (poster)); i++)
    {
      const char *code_text = seeds_poster_get_code_text (poster, i);

      g_assert_nonnull (code_text);
      g_assert_false (g_hash_table_contains (texts, code_text));
      g_hash_table_add (texts, (gpointer)code_text);
    }
}

/* Printed, a poster's text has every factor's title, the framework and
 * the app: every paper, both orientations, both languages, text and
 * links. The smallest paper's codes are also read from the printed page,
 * as a phone sees the paper. */
static void
test_printed (void)
{
  const Case cases[] = {
    { SEEDS_PAPER_A4, FALSE, "en", NULL },
    { SEEDS_PAPER_A4, FALSE, "nl", BASE_URL },
    { SEEDS_PAPER_A3, TRUE, "nl", NULL },
    { SEEDS_PAPER_A2, FALSE, "en", NULL },
    { SEEDS_PAPER_A1, TRUE, "nl", NULL },
  };
  Scan scan;

  scan_init (&scan);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      SeedsPoster *poster = get_poster (&cases[i]);
      SeedsFramework *framework = seeds_poster_get_framework (poster);
      g_autoptr(GError) error = NULL;
      g_autofree char *name = g_strdup_printf ("poster-%u.pdf", i);
      g_autofree char *pdf = g_build_filename (scan.dir, name, NULL);
      g_autofree char *text = NULL;

      g_assert_true (seeds_poster_write_pdf (poster, pdf, &error));
      g_assert_no_error (error);

      text = seeds_test_pdf_text (pdf);
      seeds_test_assert_has (text, "Seeds of Innovation", pdf);
      seeds_test_assert_has (text, seeds_framework_get_name (framework), pdf);
      for (guint f = 0; f < seeds_framework_get_n_factors (framework); f++)
        {
          SeedsFactor *factor = seeds_framework_get_factor (framework, f);

          seeds_test_assert_has (text, seeds_factor_get_title (factor), pdf);
        }

      if (cases[i].paper == SEEDS_PAPER_A4)
        {
          g_auto(Raster) page = { 0, };

          rasterise (pdf, scan.dir, &page);
          scan_add (&scan, poster, &page);
        }
    }
  scan_check (&scan);
}

/* ------------------------------------------------------------------------
 * What the codes hold, and that they scan
 */

/* With text: the factor's number and title, whole, on A4 and A3, with
 * its definition on A2 and A1 too, as the poster says; never a cut text.
 * Each code scans to its text. */
static void
test_code_texts (void)
{
  Scan scan;

  scan_init (&scan);

  for (SeedsPaper paper = SEEDS_PAPER_A4; paper < SEEDS_N_PAPERS; paper++)
    {
      Case c = { paper, FALSE, "en", NULL };
      SeedsPoster *poster = get_poster (&c);
      SeedsFramework *framework = seeds_poster_get_framework (poster);

      g_assert_null (seeds_poster_get_base_url (poster));
      g_assert_cmpint (seeds_code_content_for_paper (paper, FALSE), ==,
                       paper >= SEEDS_PAPER_A2 ? SEEDS_CODE_DEFINITION : SEEDS_CODE_TITLE);
      scan_add (&scan, poster, NULL);

      for (guint i = 0; i < seeds_framework_get_n_factors (framework); i++)
        {
          SeedsFactor *factor = seeds_framework_get_factor (framework, i);
          g_autofree char *expected = NULL;

          if (paper >= SEEDS_PAPER_A2)
            expected = g_strdup_printf ("%u. %s\n%s", i + 1, seeds_factor_get_title (factor),
                                        seeds_factor_get_definition (factor));
          else
            expected = g_strdup_printf ("%u. %s", i + 1, seeds_factor_get_title (factor));

          g_assert_cmpstr (seeds_poster_get_code_text (poster, i), ==, expected);
        }
    }

  scan_check (&scan);
}

/* Dutch text, marked as UTF-8, on the smallest codes and the largest. */
static void
test_dutch_codes (void)
{
  const Case cases[] = {
    { SEEDS_PAPER_A4, TRUE, "nl", NULL },
    { SEEDS_PAPER_A1, TRUE, "nl", NULL },
  };
  Scan scan;

  scan_init (&scan);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      SeedsPoster *poster = get_poster (&cases[i]);

      /* 6. Bewustzijn van ‘samen moeten we het doen’ */
      g_assert_false (g_str_is_ascii (seeds_poster_get_code_text (poster, 5)));
      scan_add (&scan, poster, NULL);
    }
  scan_check (&scan);
}

/* With a base URL, the codes hold the factors' pages in the poster's
 * language, on every paper, and scan to them. */
static void
test_code_urls (void)
{
  Scan scan;

  scan_init (&scan);

  for (SeedsPaper paper = SEEDS_PAPER_A4; paper < SEEDS_N_PAPERS; paper++)
    {
      Case c = { paper, paper % 2 == 1, paper < SEEDS_PAPER_A2 ? "nl" : "en", BASE_URL };
      SeedsPoster *poster = get_poster (&c);

      g_assert_cmpstr (seeds_poster_get_base_url (poster), ==, BASE_URL);
      for (guint i = 0; i < 12; i++)
        {
          g_autofree char *url = g_strdup_printf ("https://example.org/seeds/%s/factor-%u.html",
                                                  c.language, i + 1);

          g_assert_cmpstr (seeds_poster_get_code_text (poster, i), ==, url);
        }
      scan_add (&scan, poster, NULL);
    }

  scan_check (&scan);
}

/* What seeds_qr_code_fits() counts is what the encoder makes: at the
 * largest text that fits each version, and one byte more. */
static void
test_code_capacity (void)
{
  for (guint version = 1; version <= 25; version++)
    for (guint utf8 = 0; utf8 < 2; utf8++)
      {
        g_autoptr(GString) text = g_string_new (utf8 ? "…" : "");
        g_autoptr(SeedsQrCode) code = NULL;
        g_autoptr(SeedsQrCode) larger = NULL;

        while (seeds_qr_code_fits (text->str, version))
          g_string_append_c (text, 'a');
        larger = seeds_qr_code_new (text->str, version);
        g_assert_null (larger);

        g_string_truncate (text, text->len - 1);
        code = seeds_qr_code_new (text->str, version);
        g_assert_nonnull (code);
        g_assert_cmpuint (seeds_qr_code_get_version (code), ==, version);
      }
}

/* ------------------------------------------------------------------------
 * Paper and errors
 */

static void
test_papers (void)
{
  SeedsPaper paper;
  double width, height;

  g_assert_true (seeds_paper_from_name ("a2", &paper));
  g_assert_cmpint (paper, ==, SEEDS_PAPER_A2);
  g_assert_true (seeds_paper_from_name ("A1", &paper));
  g_assert_cmpint (paper, ==, SEEDS_PAPER_A1);
  g_assert_cmpstr (seeds_paper_get_name (SEEDS_PAPER_A3), ==, "A3");
  g_assert_false (seeds_paper_from_name ("b5", &paper));
  g_assert_false (seeds_paper_from_name ("", &paper));
  g_assert_false (seeds_paper_from_name ("a", &paper));
  g_assert_false (seeds_paper_from_name (NULL, &paper));

  seeds_paper_get_size (SEEDS_PAPER_A4, FALSE, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, MM (210), 0.001);
  g_assert_cmpfloat_with_epsilon (height, MM (297), 0.001);
  seeds_paper_get_size (SEEDS_PAPER_A1, TRUE, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, MM (841), 0.001);
  g_assert_cmpfloat_with_epsilon (height, MM (594), 0.001);

  g_assert_cmpfloat (seeds_paper_get_min_cell_mm (SEEDS_PAPER_A2), >=, 20);
  g_assert_cmpfloat (seeds_paper_get_min_cell_mm (SEEDS_PAPER_A1), >=, 20);
  g_assert_cmpfloat (seeds_paper_get_min_cell_mm (SEEDS_PAPER_A3), >=, 12);
}

/* What tells the layout that a text does not fit: a line too wide, or a
 * word cut in two. */
static void
test_whole_text (void)
{
  PangoContext *context = seeds_print_context_new (NULL, "nl");
  const SeedsPrintStyle style = { 10, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, NULL };
  const char *sentence = "Een zin die over meer regels loopt, afgebroken tussen woorden";
  const char *word = "Concurrentiegevoeligheden";
  g_autoptr(PangoLayout) line = seeds_print_layout_new (context, sentence, &style, -1,
                                                         PANGO_WRAP_WORD);
  g_autoptr(PangoLayout) lines = seeds_print_layout_new (context, sentence, &style, 80,
                                                          PANGO_WRAP_WORD);
  g_autoptr(PangoLayout) cut = seeds_print_layout_new (context, word, &style, 40,
                                                        PANGO_WRAP_WORD);
  g_autoptr(PangoLayout) cut_anywhere = seeds_print_layout_new (context, word, &style, 40,
                                                                 PANGO_WRAP_WORD_CHAR);

  g_assert_true (seeds_print_layout_is_whole (line));
  g_assert_cmpint (pango_layout_get_line_count (line), ==, 1);
  g_assert_true (seeds_print_layout_is_whole (lines));
  g_assert_cmpint (pango_layout_get_line_count (lines), >, 2);
  g_assert_cmpfloat (seeds_print_layout_width (lines), <=, 80);
  g_assert_false (seeds_print_layout_is_whole (cut));
  g_assert_false (seeds_print_layout_is_whole (cut_anywhere));

  g_object_unref (context);
}

/* Text of any size is measured as it would be at that size, in one font
 * set: Pango sorts the fonts anew for each size it is asked for, on two
 * new threads each time, and the poster asks for hundreds. */
static void
test_scaled_text (void)
{
  PangoContext *context = seeds_print_context_new (NULL, "nl");
  const SeedsPrintStyle small = { 7.3, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, NULL };
  const SeedsPrintStyle large = { 2 * 7.3, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, NULL };
  const char *sentence = "Een zin die over meer regels loopt, afgebroken tussen woorden";
  g_autoptr(PangoLayout) a = seeds_print_layout_new (context, sentence, &small, 60,
                                                      PANGO_WRAP_WORD);
  g_autoptr(PangoLayout) b = seeds_print_layout_new (context, sentence, &large, 120,
                                                      PANGO_WRAP_WORD);
  PangoLayoutIter *iter;
  double top, bottom;

  g_assert_cmpint (pango_layout_get_line_count (a), >, 2);
  g_assert_cmpint (pango_layout_get_line_count (a), ==, pango_layout_get_line_count (b));
  g_assert_cmpfloat_with_epsilon (seeds_print_layout_width (b), 2 * seeds_print_layout_width (a),
                                  0.01);
  g_assert_cmpfloat_with_epsilon (seeds_print_layout_height (b),
                                  2 * seeds_print_layout_height (a), 0.01);
  g_assert_cmpfloat_with_epsilon (seeds_print_layout_baseline (b),
                                  2 * seeds_print_layout_baseline (a), 0.01);
  g_assert_cmpfloat (seeds_print_layout_width (a), <=, 60);
  g_assert_cmpfloat_with_epsilon (seeds_print_layout_get_scale (b),
                                  2 * seeds_print_layout_get_scale (a), 1e-9);

  iter = pango_layout_get_iter (b);
  seeds_print_layout_line_range (b, iter, &top, &bottom);
  pango_layout_iter_free (iter);
  g_assert_cmpfloat (top, ==, 0);
  g_assert_cmpfloat_with_epsilon (bottom, seeds_print_layout_height (b) /
                                  pango_layout_get_line_count (b), 0.01);

  /* one font, one font set */
  g_assert_true (pango_font_description_equal (pango_layout_get_font_description (a),
                                               pango_layout_get_font_description (b)));

  g_object_unref (context);
}

static void
test_errors (void)
{
  const char *bad_urls[] = {
    "example.org/seeds", "ftp://example.org/seeds", "https://", "https://example.org/?page=",
    "https://example.org/#top", "https://example.org/a b", "javascript:alert(1)",
  };
  g_autoptr(SeedsPoster) poster = NULL;
  g_autoptr(GError) error = NULL;

  poster = seeds_poster_new ("fr", NULL, &error);
  g_assert_error (error, SEEDS_LANGUAGE_ERROR, SEEDS_LANGUAGE_ERROR_UNSUPPORTED);
  g_assert_null (poster);
  g_assert_nonnull (strstr (error->message, "“fr”"));
  g_clear_error (&error);

  poster = seeds_poster_new ("nl_BE", NULL, &error);
  g_assert_error (error, SEEDS_LANGUAGE_ERROR, SEEDS_LANGUAGE_ERROR_UNSUPPORTED);
  g_clear_error (&error);

  for (guint i = 0; i < G_N_ELEMENTS (bad_urls); i++)
    {
      poster = seeds_poster_new ("en", bad_urls[i], &error);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
      g_assert_null (poster);
      g_clear_error (&error);
    }

  /* No base URL: the codes hold text */
  poster = seeds_poster_new ("en", "", &error);
  g_assert_no_error (error);
  g_assert_null (seeds_poster_get_base_url (poster));
  g_assert_cmpstr (seeds_poster_get_language (poster), ==, "en");

  /* A file that cannot be written */
  g_assert_true (seeds_poster_layout (poster, SEEDS_PAPER_A4, FALSE, &error));
  g_assert_no_error (error);
  g_assert_false (seeds_poster_write_pdf (poster, "/nonexistent/folder/poster.pdf", &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
}

/* ------------------------------------------------------------------------
 * Languages
 */

/* Writes a poster and gives its text, squeezed. */
static char *
write_poster (SeedsPoster *poster,
              const char  *dir,
              const char  *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (dir, name, NULL);

  g_assert_true (seeds_poster_write_pdf (poster, pdf, &error));
  g_assert_no_error (error);

  return seeds_test_pdf_text (pdf);
}

/* An English poster from a process that runs in Dutch. */
static void
test_english_from_dutch (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsPoster) poster = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *text = NULL;

  if (!g_test_subprocess ())
    {
      g_setenv ("LANGUAGE", "nl", TRUE);
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_setenv ("LANGUAGE", "en", TRUE);
      g_test_trap_assert_passed ();
      return;
    }

  g_assert_cmpstr (_("Read On"), ==, "Verder lezen");

  dir = g_dir_make_tmp ("seeds-poster-XXXXXX", &error);
  g_assert_no_error (error);
  poster = seeds_poster_new ("en", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (seeds_poster_layout (poster, SEEDS_PAPER_A4, FALSE, &error));
  text = write_poster (poster, dir, "poster.pdf");

  seeds_test_assert_has (text, "Read On", "The English poster");
  g_assert_null (strstr (text, "Verderlezen"));
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "nl");
  seeds_test_remove_tree (dir);
}

/* A poster for a community of students and teachers asks about the
 * factors in their wording, in Dutch too */
static void
test_students_wording (void)
{
  g_autoptr(SeedsFrameworkEntry) students = seeds_framework_entry_new_builtin (SEEDS_FRAMEWORK_STUDENTS_TEACHERS_ID);
  g_autoptr(SeedsFramework) expected = seeds_framework_new_builtin (SEEDS_FRAMEWORK_STUDENTS_TEACHERS_ID, "nl");
  g_autoptr(SeedsFramework) research = seeds_framework_new_default ("nl");
  g_autoptr(SeedsPoster) poster = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;

  dir = g_dir_make_tmp ("seeds-poster-XXXXXX", &error);
  g_assert_no_error (error);
  poster = seeds_poster_new ("nl", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (seeds_poster_set_framework (poster, students, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_framework_get_id (seeds_poster_get_framework (poster)), ==,
                   SEEDS_FRAMEWORK_STUDENTS_TEACHERS_ID);
  g_assert_true (seeds_poster_layout (poster, SEEDS_PAPER_A2, FALSE, &error));
  g_assert_no_error (error);
  text = write_poster (poster, dir, "poster.pdf");

  seeds_test_assert_has (text, seeds_framework_get_name (expected), "The students' poster");
  seeds_test_assert_has (text, seeds_factor_get_title (seeds_framework_get_factor (expected, 0)),
                         "The students' poster");
  squeezed = seeds_test_squeeze (seeds_factor_get_title (seeds_framework_get_factor (research, 0)));
  g_assert_null (strstr (text, squeezed));
  seeds_test_remove_tree (dir);
}

typedef struct
{
  const char  *language;
  const char  *dir;
  SeedsPoster *poster;
  gboolean     done;
} Render;

static gpointer
render (gpointer data)
{
  Render *job = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("poster-%s.pdf", job->language);
  g_autofree char *pdf = g_build_filename (job->dir, name, NULL);

  job->poster = seeds_poster_new (job->language, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (seeds_poster_layout (job->poster, SEEDS_PAPER_A4, FALSE, &error));
  g_assert_true (seeds_poster_write_pdf (job->poster, pdf, &error));
  g_assert_no_error (error);
  g_atomic_int_set (&job->done, TRUE);

  return NULL;
}

/* Dutch and English at once, each laid out and printed on a thread of its
 * own, while this thread keeps the session's English. */
static void
test_threads (void)
{
  const char *steps[][2] = { { "Talk", "Read On" }, { "Bespreken", "Verder lezen" } };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("seeds-poster-XXXXXX", &error);
  Render jobs[] = { { "en", dir, NULL, FALSE }, { "nl", dir, NULL, FALSE } };
  GThread *threads[G_N_ELEMENTS (jobs)];

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (jobs); i++)
    threads[i] = g_thread_new (jobs[i].language, render, &jobs[i]);

  while (!g_atomic_int_get (&jobs[0].done) || !g_atomic_int_get (&jobs[1].done))
    {
      g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "en");
      g_assert_cmpstr (_("Read On"), ==, "Read On");
      g_usleep (1000);
    }

  for (guint i = 0; i < G_N_ELEMENTS (jobs); i++)
    {
      g_autofree char *name = g_strdup_printf ("poster-%s.pdf", jobs[i].language);
      g_autofree char *pdf = g_build_filename (dir, name, NULL);
      g_autofree char *text = NULL;

      g_thread_join (threads[i]);
      text = seeds_test_pdf_text (pdf);
      seeds_test_assert_titles (pdf, jobs[i].language);
      seeds_test_assert_has (text, steps[i][0], pdf);
      seeds_test_assert_has (text, steps[i][1], pdf);
      g_clear_object (&jobs[i].poster);
    }

  seeds_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  static const SeedsPaper papers[] = {
    SEEDS_PAPER_A4, SEEDS_PAPER_A3, SEEDS_PAPER_A2, SEEDS_PAPER_A1
  };
  static const char * const languages[] = { "en", "nl" };
  static Case cases[G_N_ELEMENTS (papers) * 2 * G_N_ELEMENTS (languages)];
  guint n = 0;
  int status;

  seeds_test_init_gettext ();
  posters = g_ptr_array_new_with_free_func (laid_free);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/poster/papers", test_papers);
  g_test_add_func ("/poster/errors", test_errors);
  g_test_add_func ("/poster/whole-text", test_whole_text);
  g_test_add_func ("/poster/scaled-text", test_scaled_text);
  g_test_add_func ("/poster/code-texts", test_code_texts);
  g_test_add_func ("/poster/code-urls", test_code_urls);
  g_test_add_func ("/poster/dutch-codes", test_dutch_codes);
  g_test_add_func ("/poster/printed", test_printed);
  g_test_add_func ("/poster/code-capacity", test_code_capacity);
  g_test_add_func ("/poster/english-from-dutch", test_english_from_dutch);
  g_test_add_func ("/poster/threads", test_threads);
  g_test_add_func ("/poster/students-wording", test_students_wording);

  for (guint p = 0; p < G_N_ELEMENTS (papers); p++)
    for (guint o = 0; o < 2; o++)
      for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
        {
          g_autofree char *path = NULL;

          cases[n] = (Case) { papers[p], o == 1, languages[l], NULL };
          path = g_strdup_printf ("/poster/%s/%s/%s", seeds_paper_get_name (papers[p]),
                                  o == 1 ? "landscape" : "portrait", languages[l]);
          g_test_add_data_func (path, &cases[n++], test_poster);
        }

  /* And with links. */
  {
    static const Case linked[] = {
      { SEEDS_PAPER_A4, FALSE, "nl", BASE_URL },
      { SEEDS_PAPER_A1, TRUE, "en", BASE_URL },
    };

    g_test_add_data_func ("/poster/A4/portrait/nl/links", &linked[0], test_poster);
    g_test_add_data_func ("/poster/A1/landscape/en/links", &linked[1], test_poster);
  }

  status = g_test_run ();
  g_clear_pointer (&posters, g_ptr_array_unref);

  return status;
}
