/* test-poster-qr.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "model/seeds-catalog.h"
#include "print/seeds-factor-site.h"
#include "print/seeds-poster.h"
#include "seeds-test-tools.h"

/* The poster's codes hold what its words say they hold, on every paper
 * and in both languages: printed to PDF, rendered as a page at about what
 * a phone sees, and read back with zbarimg, as a person with a phone
 * would. The modules are about 0.5 mm on every paper: at 90 dpi zbarimg
 * missed one code of an A4 page, at 120 none. */

#define BASE_URL "https://example.org/seeds"
#define DPI      120

/* What a code can hold, as a sentence may promise it. */
typedef enum
{
  HOLDS_TITLE      = 1 << 0,
  HOLDS_DEFINITION = 1 << 1,
  HOLDS_FINDINGS   = 1 << 2,
  HOLDS_TIPS       = 1 << 3,
  HOLDS_LINK       = 1 << 4,  /* a link to the factor's page, which holds the rest */
} Holds;

/* Every sentence that a poster has said of its codes, and what it
 * promises: the poster must say one of them, and keep its promise. */
static const struct
{
  const char *sentence;
  Holds       holds;
} promises[] = {
  { "Scan a factor’s code with your phone to see its title, without internet. Then agree on "
    "your next steps.",
    HOLDS_TITLE },
  { "Scan a factor’s code with your phone to read its title and what it means, without "
    "internet. Then agree on your next steps.",
    HOLDS_TITLE | HOLDS_DEFINITION },
  { "Scan a factor’s code with your phone to open its page: what it means, the research’s "
    "findings and this app’s tips. Then agree on your next steps.",
    HOLDS_LINK | HOLDS_TITLE | HOLDS_DEFINITION | HOLDS_FINDINGS | HOLDS_TIPS },
  /* Before the codes were made to keep the promise */
  { "Scan a factor’s code with your phone: it shows what the factor means, with as many of the "
    "research’s key findings and tips as fit in it, without internet. Then agree on your next "
    "steps.",
    HOLDS_TITLE | HOLDS_DEFINITION | HOLDS_FINDINGS | HOLDS_TIPS },
  { "Scan a factor’s code with your phone to open its page, with the key findings of the "
    "research and tips to move on. Then agree on your next steps.",
    HOLDS_LINK | HOLDS_TITLE | HOLDS_DEFINITION | HOLDS_FINDINGS | HOLDS_TIPS },
};

typedef struct
{
  SeedsPaper  paper;
  const char *language;
  const char *base_url;
  gboolean    scan;  /* read from the printed page, or else from the layout */
} Case;

typedef struct
{
  char *dir;
  char *site;  /* the factor site, for the links */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  const Case *c = data;
  g_autoptr(GFile) site = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("seeds-poster-qr-XXXXXX", &error);
  g_assert_no_error (error);
  if (c->base_url == NULL)
    return;

  fixture->site = g_build_filename (fixture->dir, "site", NULL);
  site = g_file_new_for_path (fixture->site);
  g_assert_true (seeds_factor_site_export (site, NULL, BASE_URL, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  seeds_test_remove_tree (fixture->dir);
  g_free (fixture->site);
  g_free (fixture->dir);
}

/* What the poster says of its codes, in its language. */
static Holds
promised (const char   *pdf_text,
          SeedsCatalog *catalog)
{
  for (guint i = 0; i < G_N_ELEMENTS (promises); i++)
    {
      g_autofree char *sentence = seeds_test_squeeze (T_(catalog, promises[i].sentence));

      if (strstr (pdf_text, sentence) != NULL)
        return promises[i].holds;
    }

  g_error ("The poster says nothing this test knows of what its codes hold");
  return 0;
}

/* Each code's text on the page, as zbarimg reads it: --raw gives each
 * code's text and a line break. A code's text starts with the factor's
 * number, as "4. ", or is a link; no other line does. (zbarimg's --xml
 * would separate them, but garbles text that is not ASCII.) */
static GPtrArray *
scan_page (const char *pdf,
           const char *dir)
{
  g_autofree char *pdftoppm = seeds_test_find_tool ("pdftoppm");
  g_autofree char *zbarimg = seeds_test_find_tool ("zbarimg");
  g_autofree char *prefix = g_build_filename (dir, "page", NULL);
  g_autofree char *pgm = g_strconcat (prefix, ".pgm", NULL);
  g_autofree char *dpi = g_strdup_printf ("%d", DPI);
  const char *render[] = { pdftoppm, "-r", dpi, "-gray", "-singlefile", pdf, prefix, NULL };
  const char *scan[] = { zbarimg, "--raw", "-q", "-Sdisable", "-Sqrcode.enable", pgm, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) start = g_regex_new ("^([0-9]+\\. |https?://)", 0, 0, &error);
  g_auto(GStrv) lines = NULL;
  GPtrArray *codes = g_ptr_array_new_with_free_func (g_free);
  GString *code = NULL;
  int status;

  g_assert_no_error (error);
  g_free (seeds_test_run (render));
  g_spawn_sync (NULL, (char **)scan, NULL, G_SPAWN_STDERR_TO_DEV_NULL | SEEDS_TEST_SPAWN_FLAGS,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_remove (pgm), ==, 0);

  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL && lines[i + 1] != NULL; i++)
    {
      if (g_regex_match (start, lines[i], 0, NULL))
        {
          if (code != NULL)
            g_ptr_array_add (codes, g_string_free (code, FALSE));
          code = g_string_new (lines[i]);
        }
      else
        {
          g_assert_nonnull (code);
          g_string_append_printf (code, "\n%s", lines[i]);
        }
    }
  if (code != NULL)
    g_ptr_array_add (codes, g_string_free (code, FALSE));

  return codes;
}

/* Whether each of texts is in the code, whole. */
static void
assert_all_in (const char         *code,
               const char * const *texts)
{
  for (guint i = 0; texts[i] != NULL; i++)
    if (strstr (code, texts[i]) == NULL)
      g_error ("The code does not hold “%s”:\n%s", texts[i], code);
}

/* No line of the code stops part of the way through a text of the
 * factor: none ends in "…", none is the start of a text but not all of
 * it. */
static void
assert_nothing_cut (const char  *code,
                    SeedsFactor *factor)
{
  g_auto(GStrv) lines = g_strsplit (code, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = g_str_has_prefix (lines[i], "• ") ? lines[i] + strlen ("• ") : lines[i];
      const char *texts[] = { seeds_factor_get_title (factor), seeds_factor_get_definition (factor),
                              NULL };
      const char * const *lists[] = { texts, seeds_factor_get_findings (factor),
                                      seeds_factor_get_tips (factor) };

      if (g_str_has_suffix (line, "…"))
        g_error ("The code has a text cut short: “%s”", lines[i]);

      for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
        for (guint t = 0; lists[l][t] != NULL; t++)
          if (*line != '\0' && !g_str_equal (line, lists[l][t]) && g_str_has_prefix (lists[l][t], line))
            g_error ("The code has a text cut short: “%s”", lines[i]);
    }
}

/* Each code's text as the layout has it, one for each code on the page:
 * quicker than rendering and reading the page, for papers whose codes
 * hold what a scanned paper's do. */
static GPtrArray *
laid_out_codes (SeedsPoster *poster)
{
  GPtrArray *codes = g_ptr_array_new_with_free_func (g_free);
  const SeedsPosterBox *boxes;
  guint n;

  boxes = seeds_poster_get_boxes (poster, &n);
  for (guint i = 0; i < n; i++)
    if (boxes[i].kind == SEEDS_POSTER_BOX_QR_CODE)
      g_ptr_array_add (codes, g_strdup (seeds_poster_get_code_text (poster, boxes[i].factor)));

  return codes;
}

/* The factor's page that a link leads to, from the site exported with the
 * links' base. */
static char *
linked_page (Fixture    *fixture,
             const char *url)
{
  g_autofree char *path = NULL;
  g_autofree char *html = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_str_has_prefix (url, BASE_URL "/"));
  path = g_build_filename (fixture->site, url + strlen (BASE_URL "/"), NULL);
  g_file_get_contents (path, &html, NULL, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&html);
}

/* The code of a factor holds what the poster promised of it. */
static void
assert_keeps_promise (Fixture     *fixture,
                      const char  *code,
                      SeedsFactor *factor,
                      Holds        holds)
{
  g_autofree char *title = g_strdup_printf ("%u. %s", seeds_factor_get_position (factor) + 1,
                                            seeds_factor_get_title (factor));
  g_autofree char *page = NULL;
  const char * const none[] = { NULL };

  if (holds & HOLDS_LINK)
    {
      g_autofree char *escaped_title = g_markup_escape_text (seeds_factor_get_title (factor), -1);
      g_autofree char *escaped_definition = g_markup_escape_text (seeds_factor_get_definition (factor), -1);

      page = linked_page (fixture, code);
      g_assert_nonnull (strstr (page, escaped_title));
      g_assert_nonnull (strstr (page, escaped_definition));
      for (guint l = 0; l < 2; l++)
        {
          const char * const *texts = l == 0 ? seeds_factor_get_findings (factor)
                                             : seeds_factor_get_tips (factor);

          for (guint t = 0; texts[t] != NULL; t++)
            {
              g_autofree char *escaped = g_markup_escape_text (texts[t], -1);

              g_assert_nonnull (strstr (page, escaped));
            }
        }
      return;
    }

  g_assert_true (g_str_has_prefix (code, title));
  if (holds & HOLDS_DEFINITION)
    assert_all_in (code, (const char * const[]) { seeds_factor_get_definition (factor), NULL });
  assert_all_in (code, holds & HOLDS_FINDINGS ? seeds_factor_get_findings (factor) : none);
  assert_all_in (code, holds & HOLDS_TIPS ? seeds_factor_get_tips (factor) : none);
  assert_nothing_cut (code, factor);
}

/* The factor a code is for: the number it starts with, or the number of
 * the page it links to. */
static guint
code_factor (const char *code)
{
  const char *page = strstr (code, "/factor-");
  guint64 number = g_ascii_strtoull (page != NULL ? page + strlen ("/factor-") : code, NULL, 10);

  g_assert_cmpuint (number, >=, 1);
  return (guint)number - 1;
}

static void
test_codes (Fixture       *fixture,
            gconstpointer  data)
{
  const Case *c = data;
  g_autoptr(SeedsPoster) poster = NULL;
  g_autoptr(SeedsCatalog) catalog = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) codes = NULL;
  g_autofree char *pdf = g_build_filename (fixture->dir, "poster.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree gboolean *seen = NULL;
  SeedsFramework *framework;
  guint n_factors;
  Holds holds;

  poster = seeds_poster_new (c->language, c->base_url, &error);
  g_assert_no_error (error);
  g_assert_true (seeds_poster_layout (poster, c->paper, FALSE, &error));
  g_assert_no_error (error);
  g_assert_true (seeds_poster_write_pdf (poster, pdf, &error));
  g_assert_no_error (error);

  catalog = seeds_catalog_new (c->language, &error);
  g_assert_no_error (error);
  text = seeds_test_pdf_text (pdf);
  holds = promised (text, catalog);

  framework = seeds_poster_get_framework (poster);
  n_factors = seeds_framework_get_n_factors (framework);
  seen = g_new0 (gboolean, n_factors);
  codes = c->scan ? scan_page (pdf, fixture->dir) : laid_out_codes (poster);

  /* One code for each factor */
  g_assert_cmpuint (codes->len, ==, n_factors);
  for (guint i = 0; i < codes->len; i++)
    {
      const char *code = g_ptr_array_index (codes, i);
      guint f = code_factor (code);

      g_assert_cmpuint (f, <, n_factors);
      g_assert_false (seen[f]);
      seen[f] = TRUE;
      assert_keeps_promise (fixture, code, seeds_framework_get_factor (framework, f), holds);
    }
}

int
main (int   argc,
      char *argv[])
{
  /* A4 and A3 hold the same, as A2 and A1 do (seeds_code_content_for_paper()),
   * and the smaller paper has the least room: A4 and A2 are read from the
   * page in both languages, A1 in Dutch; the others from the layout, which
   * saves a render and a scan of up to a second each under the sanitizers. */
  static const Case cases[] = {
    { SEEDS_PAPER_A4, "en", NULL, TRUE },
    { SEEDS_PAPER_A4, "nl", NULL, TRUE },
    { SEEDS_PAPER_A3, "en", NULL, FALSE },
    { SEEDS_PAPER_A3, "nl", NULL, FALSE },
    { SEEDS_PAPER_A2, "en", NULL, TRUE },
    { SEEDS_PAPER_A2, "nl", NULL, TRUE },
    { SEEDS_PAPER_A1, "en", NULL, FALSE },
    { SEEDS_PAPER_A1, "nl", NULL, TRUE },
    /* A link is the same on any paper */
    { SEEDS_PAPER_A4, "nl", BASE_URL, TRUE },
  };

  seeds_test_init_gettext ();
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/poster-qr/%s/%s%s",
                                               seeds_paper_get_name (cases[i].paper),
                                               cases[i].language,
                                               cases[i].base_url != NULL ? "/linked" : "");

      g_test_add (path, Fixture, &cases[i], fixture_set_up, test_codes, fixture_tear_down);
    }

  return g_test_run ();
}
