/* test-factor-site.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "print/seeds-factor-site.h"
#include "model/seeds-framework.h"
#include "seeds-test-tools.h"

/* A base URL with a character that must be escaped in HTML. */
#define BASE_URL "https://example.org/seeds&co/"

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;

  return n;
}

static char *
read_page (const char *dir,
           const char *language,
           const char *name)
{
  g_autofree char *path = g_build_filename (dir, language != NULL ? language : name,
                                            language != NULL ? name : NULL, NULL);
  g_autoptr(GError) error = NULL;
  char *html = NULL;

  g_file_get_contents (path, &html, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (html, -1, NULL));

  return html;
}

/* A page that stands on its own: a document in its language, for phones,
 * that loads nothing else, with its elements closed. */
static void
assert_page (const char *html,
             const char *language)
{
  g_autofree char *start = g_strdup_printf ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n",
                                            language);
  const char *elements[] = { "html", "head", "body", "title", "style", "main", "h1", "p", "ul",
                             "li", "a", "h2", "nav", "header", "footer", "ol", "span", "h3" };
  const char *forbidden[] = { "<script", " src=", "url(", "@import", "stylesheet", "<img",
                              "<iframe", "http://", " & ", "<b>", "<i>" };

  g_assert_true (g_str_has_prefix (html, start));
  g_assert_true (g_str_has_suffix (html, "</body>\n</html>\n"));
  g_assert_nonnull (strstr (html, "<meta charset=\"utf-8\">"));
  g_assert_nonnull (strstr (html, "<meta name=\"viewport\" content=\"width=device-width, "
                                  "initial-scale=1\">"));

  for (guint i = 0; i < G_N_ELEMENTS (elements); i++)
    {
      g_autofree char *open = g_strdup_printf ("<%s>", elements[i]);
      g_autofree char *open_attributes = g_strdup_printf ("<%s ", elements[i]);
      g_autofree char *close = g_strdup_printf ("</%s>", elements[i]);

      g_assert_cmpuint (count (html, open) + count (html, open_attributes), ==,
                        count (html, close));
    }

  for (guint i = 0; i < G_N_ELEMENTS (forbidden); i++)
    if (strstr (html, forbidden[i]) != NULL)
      g_error ("A page has “%s”:\n%s", forbidden[i], html);
}

static void
test_export (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("seeds-site-XXXXXX", &error);
  g_autofree char *site = g_build_filename (dir, "site", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing", NULL);
  g_autofree char *astray = g_build_filename (missing, "site", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (site);
  g_autoptr(GFile) astray_folder = g_file_new_for_path (astray);
  const char * const *languages = seeds_factor_site_get_languages ();
  g_autofree char *root = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (languages[0], ==, "en");
  g_assert_cmpstr (languages[1], ==, "nl");
  g_assert_null (languages[2]);

  /* Not into a folder whose folder does not exist, as a file is not:
   * nothing is made */
  g_assert_false (seeds_factor_site_export (astray_folder, NULL, BASE_URL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  /* Into a folder that does not exist yet, and again over it */
  g_assert_true (seeds_factor_site_export (folder, NULL, BASE_URL, &error));
  g_assert_no_error (error);
  g_assert_true (seeds_factor_site_export (folder, NULL, BASE_URL, &error));
  g_assert_no_error (error);

  root = read_page (site, NULL, "index.html");
  assert_page (root, "en");
  g_assert_nonnull (strstr (root, "<a href=\"nl/index.html\" lang=\"nl\" hreflang=\"nl\">"
                                  "Nederlands</a>"));
  g_assert_nonnull (strstr (root, "<a href=\"en/index.html\" lang=\"en\" hreflang=\"en\">"
                                  "English</a>"));

  for (guint l = 0; languages[l] != NULL; l++)
    {
      const char *language = languages[l];
      const char *other = languages[1 - l];
      g_autoptr(SeedsFramework) framework = seeds_framework_new_default (language);
      g_autofree char *index = read_page (site, language, "index.html");

      assert_page (index, language);

      for (guint i = 0; i < seeds_framework_get_n_factors (framework); i++)
        {
          SeedsFactor *factor = seeds_framework_get_factor (framework, i);
          g_autofree char *name = g_strdup_printf ("factor-%u.html", i + 1);
          g_autofree char *html = read_page (site, language, name);
          g_autofree char *title = g_markup_escape_text (seeds_factor_get_title (factor), -1);
          g_autofree char *definition = g_markup_escape_text (seeds_factor_get_definition (factor),
                                                              -1);
          g_autofree char *link = g_strdup_printf ("<a href=\"%s\">%u. %s</a>", name, i + 1, title);
          g_autofree char *canonical =
            g_strdup_printf ("<link rel=\"canonical\" href=\"https://example.org/seeds&amp;co/"
                             "%s/%s\">", language, name);
          g_autofree char *translation =
            g_strdup_printf ("<a href=\"../%s/%s\" lang=\"%s\" hreflang=\"%s\">", other, name,
                             other, other);
          const char * const *findings = seeds_factor_get_findings (factor);
          const char * const *tips = seeds_factor_get_tips (factor);

          assert_page (html, language);
          /* In the index, and on its page with all it has to say */
          g_assert_nonnull (strstr (index, link));
          g_assert_nonnull (strstr (html, title));
          g_assert_nonnull (strstr (html, definition));
          g_assert_cmpuint (count (html, "<li>"), ==,
                            g_strv_length ((char **)findings) + g_strv_length ((char **)tips));
          for (guint j = 0; findings[j] != NULL; j++)
            {
              g_autofree char *escaped = g_markup_escape_text (findings[j], -1);

              g_assert_nonnull (strstr (html, escaped));
            }
          g_assert_nonnull (strstr (html, canonical));
          g_assert_nonnull (strstr (html, translation));
          /* The research is credited, escaped: “Hogeschool & Inholland” */
          g_assert_nonnull (strstr (html, "Hogeschool &amp; Inholland"));

          /* Previous and next in the framework's order */
          g_assert_cmpuint (count (html, "rel=\"prev\""), ==, i > 0 ? 1 : 0);
          g_assert_cmpuint (count (html, "rel=\"next\""), ==,
                            i + 1 < seeds_framework_get_n_factors (framework) ? 1 : 0);
        }

      /* Nothing more */
      {
        g_autofree char *path = g_build_filename (site, language, NULL);
        g_autoptr(GDir) files = g_dir_open (path, 0, &error);
        guint n = 0;

        g_assert_no_error (error);
        while (g_dir_read_name (files) != NULL)
          n++;
        g_assert_cmpuint (n, ==, seeds_framework_get_n_factors (framework) + 1);
      }
    }

  /* In each language, the site's own words are translated. */
  {
    g_autofree char *nl = read_page (site, "nl", "factor-4.html");
    g_autofree char *en = read_page (site, "en", "factor-4.html");

    g_assert_nonnull (strstr (nl, ">Alle factoren</a>"));
    g_assert_nonnull (strstr (nl, "<h2>Bevindingen uit het onderzoek</h2>"));
    g_assert_nonnull (strstr (nl, "<h2>Tips van deze app</h2>"));
    g_assert_nonnull (strstr (en, "<h2>Findings from the Research</h2>"));
    g_assert_nonnull (strstr (en, "<h2>Tips from This App</h2>"));
    g_assert_null (strstr (en, "canonical\" href=\"https://example.org/seeds&amp;co/nl/"));
  }

  seeds_test_remove_tree (dir);
}

/* From a process that runs in Dutch, each language's pages in their own. */
static void
test_from_dutch_session (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autofree char *nl = NULL;
  g_autofree char *en = NULL;

  if (!g_test_subprocess ())
    {
      g_setenv ("LANGUAGE", "nl", TRUE);
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_setenv ("LANGUAGE", "en", TRUE);
      g_test_trap_assert_passed ();
      return;
    }

  g_assert_cmpstr (_("All Factors"), ==, "Alle factoren");
  dir = g_dir_make_tmp ("seeds-site-XXXXXX", &error);
  g_assert_no_error (error);
  folder = g_file_new_for_path (dir);
  g_assert_true (seeds_factor_site_export (folder, NULL, NULL, &error));
  g_assert_no_error (error);

  nl = read_page (dir, "nl", "factor-4.html");
  en = read_page (dir, "en", "factor-4.html");
  g_assert_nonnull (strstr (nl, ">Alle factoren</a>"));
  g_assert_nonnull (strstr (en, "<h2>Findings from the Research</h2>"));
  g_assert_nonnull (strstr (en, ">All Factors</a>"));
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "nl");

  seeds_test_remove_tree (dir);
}

/* Without a base URL the pages name no address of their own. */
static void
test_export_without_url (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("seeds-site-XXXXXX", &error);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autofree char *html = NULL;

  g_assert_true (seeds_factor_site_export (folder, NULL, NULL, &error));
  g_assert_no_error (error);
  html = read_page (dir, "en", "factor-12.html");
  assert_page (html, "en");
  g_assert_null (strstr (html, "canonical"));

  seeds_test_remove_tree (dir);
}

static void
test_urls (void)
{
  const char *bad[] = {
    "", "example.org", "file:///tmp/site", "https://", "https://example.org/?a=b",
    "https://example.org/#top", "https://exa mple.org/", "mailto:someone@example.org",
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;
  g_autoptr(GFile) folder = g_file_new_for_path ("/nonexistent");

  g_assert_true (seeds_factor_site_check_base_url ("https://example.org", &error));
  g_assert_true (seeds_factor_site_check_base_url ("http://10.0.0.2:8080/seeds/", &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_assert_false (seeds_factor_site_check_base_url (bad[i], &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
      g_clear_error (&error);
    }

  /* A bad base URL writes nothing. */
  g_assert_false (seeds_factor_site_export (folder, NULL, "ftp://example.org", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  url = seeds_factor_site_get_url ("https://example.org/seeds//", "nl", 4);
  g_assert_cmpstr (url, ==, "https://example.org/seeds/nl/factor-4.html");
  g_clear_pointer (&url, g_free);
  url = seeds_factor_site_get_url ("https://example.org", "en", 12);
  g_assert_cmpstr (url, ==, "https://example.org/en/factor-12.html");

  g_assert_true (seeds_factor_site_has_language ("nl"));
  g_assert_false (seeds_factor_site_has_language ("fr"));
  g_assert_false (seeds_factor_site_has_language (NULL));
}

/* A folder that cannot be made is an error, not a crash. */
static void
test_unwritable (void)
{
  g_autoptr(GFile) folder = g_file_new_for_path ("/proc/seeds-site");
  g_autoptr(GError) error = NULL;

  g_assert_false (seeds_factor_site_export (folder, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
}

int
main (int   argc,
      char *argv[])
{
  seeds_test_init_gettext ();

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/factor-site/export", test_export);
  g_test_add_func ("/factor-site/export-without-url", test_export_without_url);
  g_test_add_func ("/factor-site/from-dutch-session", test_from_dutch_session);
  g_test_add_func ("/factor-site/urls", test_urls);
  g_test_add_func ("/factor-site/unwritable", test_unwritable);

  return g_test_run ();
}
