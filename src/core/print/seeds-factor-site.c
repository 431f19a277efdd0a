/* seeds-factor-site.c
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
#include "print/seeds-print.h"
#include "model/seeds-catalog.h"

/* The languages the app is translated into: the site has a folder for each,
 * and the poster can be printed in each. */
static const char * const languages[] = { "en", "nl", NULL };

/* Each language's name in that language, for the link to it. */
static const char * const autonyms[] = { "English", "Nederlands", NULL };

G_STATIC_ASSERT (G_N_ELEMENTS (languages) == G_N_ELEMENTS (autonyms));

/* Readable on a phone and on paper, light or dark; only fonts the reader
 * has already. */
static const char style[] =
  "body{font-family:Cantarell,'Noto Sans','Helvetica Neue',Arial,sans-serif;max-width:40em;"
  "margin:0 auto;padding:1em 1.25em 3em;line-height:1.5;color:#241f31;background:#fff;"
  "-webkit-text-size-adjust:100%}"
  "a{color:#1f6e43}"
  "header,nav{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.5em 1em}"
  "header{font-size:.9em;border-bottom:1px solid #c0bfbc;padding-bottom:.5em}"
  "nav{margin-top:2.5em;border-top:1px solid #c0bfbc;padding-top:.75em}"
  ".kicker{margin:1.5em 0 0;font-size:.8em;font-weight:bold;letter-spacing:.06em;"
  "text-transform:uppercase;color:#2a7d4f}"
  "h1{font-size:1.6em;line-height:1.25;margin:.25em 0 .6em}"
  "h2{font-size:1.15em;margin:1.75em 0 .5em;padding-bottom:.2em;border-bottom:2px solid #2a7d4f}"
  "h3{font-size:1em;margin:1.25em 0 .25em;color:#2a7d4f}"
  ".number{display:inline-block;min-width:1.5em;margin-right:.35em;padding:.1em .25em;"
  "border-radius:1em;background:#2a7d4f;color:#fff;text-align:center;font-size:.8em;"
  "vertical-align:.15em}"
  ".definition{font-size:1.15em}"
  "li{margin:.45em 0}"
  "ol.factors{list-style:none;padding:0}"
  "ol.factors li{margin:.75em 0}"
  "ol.factors span{display:block;color:#5e5c64}"
  "footer{margin-top:2.5em;font-size:.8em;color:#5e5c64}"
  "@media (prefers-color-scheme:dark){body{background:#1e1e1e;color:#deddda}"
  "a{color:#8ff0a4}.kicker,h3{color:#8ff0a4}h2{border-color:#8ff0a4}"
  "ol.factors span,footer{color:#c0bfbc}}";

/**
 * seeds_factor_site_get_languages:
 *
 * Returns: (transfer none): the codes of the languages of the site and the
 *   poster, "en" first
 */
const char * const *
seeds_factor_site_get_languages (void)
{
  return languages;
}

/**
 * seeds_factor_site_get_default_language:
 *
 * Returns: the user's language when the site and the poster come in it,
 *   English otherwise
 */
const char *
seeds_factor_site_get_default_language (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    if (seeds_factor_site_has_language (names[i]))
      return g_intern_string (names[i]);

  return languages[0];
}

gboolean
seeds_factor_site_has_language (const char *language)
{
  return language != NULL && g_strv_contains (languages, language);
}

/**
 * seeds_factor_site_get_autonym:
 * @language: one of seeds_factor_site_get_languages()
 *
 * Returns: the language's name in that language, as "Nederlands"
 */
const char *
seeds_factor_site_get_autonym (const char *language)
{
  for (guint i = 0; languages[i] != NULL; i++)
    if (g_strcmp0 (languages[i], language) == 0)
      return autonyms[i];

  g_return_val_if_reached (NULL);
}

/**
 * seeds_factor_site_check_base_url:
 * @base_url: where the site is put: an http or https address
 * @error: return location for a #GError
 *
 * Returns: whether @base_url can have the site's pages appended to it
 */
gboolean
seeds_factor_site_check_base_url (const char  *base_url,
                                  GError     **error)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme;

  g_return_val_if_fail (base_url != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  uri = g_uri_parse (base_url, G_URI_FLAGS_NONE, NULL);
  scheme = uri != NULL ? g_uri_get_scheme (uri) : NULL;

  /* The pages' names are appended: a query or a fragment would swallow them. */
  if (uri == NULL ||
      (g_strcmp0 (scheme, "https") != 0 && g_strcmp0 (scheme, "http") != 0) ||
      g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0' ||
      g_uri_get_query (uri) != NULL || g_uri_get_fragment (uri) != NULL ||
      strpbrk (base_url, " \t\r\n") != NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” is not a web address for the factor pages, such as "
                     "https://example.org/seeds."),
                   base_url);
      return FALSE;
    }

  return TRUE;
}

/**
 * seeds_factor_site_get_url:
 * @base_url: where the site is, as seeds_factor_site_check_base_url() accepts
 * @language: one of seeds_factor_site_get_languages()
 * @number: the factor's number, from 1
 *
 * Returns: (transfer full): the address of the factor's page, as
 *   "https://example.org/seeds/nl/factor-4.html"
 */
char *
seeds_factor_site_get_url (const char *base_url,
                           const char *language,
                           guint       number)
{
  gsize length;

  g_return_val_if_fail (base_url != NULL, NULL);
  g_return_val_if_fail (seeds_factor_site_has_language (language), NULL);
  g_return_val_if_fail (number >= 1, NULL);

  length = strlen (base_url);
  while (length > 0 && base_url[length - 1] == '/')
    length--;

  return g_strdup_printf ("%.*s/%s/factor-%u.html", (int)length, base_url, language, number);
}

/* ------------------------------------------------------------------------
 * Pages
 */

/* Text in an element, escaped. */
static void
append_element (GString    *html,
                const char *open,
                const char *text,
                const char *close)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append (html, open);
  g_string_append (html, escaped);
  g_string_append (html, close);
}

static void
begin_page (GString    *html,
            const char *language,
            const char *title,
            const char *canonical)
{
  g_string_append_printf (html, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n", language);
  g_string_append (html, "<meta charset=\"utf-8\">\n"
                         "<meta name=\"viewport\" "
                         "content=\"width=device-width, initial-scale=1\">\n");
  append_element (html, "<title>", title, "</title>\n");
  if (canonical != NULL)
    append_element (html, "<link rel=\"canonical\" href=\"", canonical, "\">\n");
  g_string_append_printf (html, "<style>%s</style>\n</head>\n<body>\n", style);
}

static void
end_page (GString        *html,
          SeedsCatalog   *catalog,
          SeedsFramework *framework)
{
  g_autofree char *credit = seeds_print_source (catalog, framework);

  if (credit != NULL)
    append_element (html, "<footer>", credit, "</footer>\n");

  g_string_append (html, "</body>\n</html>\n");
}

/* The site's name, linking to the language's index, and the same page in
 * the other languages. */
static void
append_header (GString      *html,
               SeedsCatalog *catalog,
               const char   *page)
{
  g_string_append (html, "<header>\n");
  append_element (html, "<a href=\"index.html\">", T_(catalog, "Seeds of Innovation"), "</a>\n");
  g_string_append (html, "<span>");
  for (guint i = 0; languages[i] != NULL; i++)
    if (!g_str_equal (languages[i], seeds_catalog_get_language (catalog)))
      g_string_append_printf (html, " <a href=\"../%s/%s\" lang=\"%s\" hreflang=\"%s\">%s</a>",
                              languages[i], page, languages[i], languages[i], autonyms[i]);
  g_string_append (html, "</span>\n</header>\n");
}

static char *
factor_file_name (guint number)
{
  return g_strdup_printf ("factor-%u.html", number);
}

static void
append_list (GString            *html,
             const char         *heading,
             const char * const *items)
{
  if (items == NULL || items[0] == NULL)
    return;

  append_element (html, "<h2>", heading, "</h2>\n<ul>\n");
  for (guint i = 0; items[i] != NULL; i++)
    append_element (html, "<li>", items[i], "</li>\n");
  g_string_append (html, "</ul>\n");
}

/* "3. Continuous attention to community building": how the factor is
 * named in a link. */
static char *
numbered_title (SeedsCatalog *catalog,
                SeedsFactor  *factor)
{
  /* Translators: a factor's number and its title, in a list or a link */
  return g_strdup_printf (T_(catalog, "%u. %s"), seeds_factor_get_position (factor) + 1,
                          seeds_factor_get_title (factor));
}

static char *
factor_page (SeedsCatalog   *catalog,
             SeedsFramework *framework,
             SeedsFactor    *factor,
             const char     *base_url)
{
  const char *language = seeds_catalog_get_language (catalog);
  GString *html = g_string_new (NULL);
  guint position = seeds_factor_get_position (factor);
  guint n_factors = seeds_framework_get_n_factors (framework);
  g_autofree char *file_name = factor_file_name (position + 1);
  g_autofree char *title = numbered_title (catalog, factor);
  g_autofree char *page_title = NULL;
  g_autofree char *canonical = NULL;
  g_autofree char *number = g_strdup_printf ("%u", position + 1);
  g_autofree char *kicker = NULL;
  GListModel *groups = seeds_framework_get_groups (framework);

  /* Translators: the title of a factor's web page: the factor, then the app */
  page_title = g_strdup_printf (TC_(catalog, "web page title", "%s · %s"), title,
                                T_(catalog, "Seeds of Innovation"));
  if (base_url != NULL)
    canonical = seeds_factor_site_get_url (base_url, language, position + 1);

  for (guint g = 0; g < g_list_model_get_n_items (groups) && kicker == NULL; g++)
    {
      g_autoptr(SeedsFactorGroup) group = g_list_model_get_item (groups, g);

      if (g_strcmp0 (seeds_factor_group_get_id (group), seeds_factor_get_group_id (factor)) == 0)
        /* Translators: a part of the framework, then a group of factors in it */
        kicker = g_strdup_printf (TC_(catalog, "factor group", "%s · %s"),
                                  seeds_factor_group_get_part_name (group),
                                  seeds_factor_group_get_name (group));
    }

  begin_page (html, language, page_title, canonical);
  append_header (html, catalog, file_name);
  g_string_append (html, "<main>\n");
  if (kicker != NULL)
    append_element (html, "<p class=\"kicker\">", kicker, "</p>\n");
  append_element (html, "<h1><span class=\"number\">", number, "</span>");
  append_element (html, "", seeds_factor_get_title (factor), "</h1>\n");
  append_element (html, "<p class=\"definition\">", seeds_factor_get_definition (factor),
                  "</p>\n");
  append_list (html, T_(catalog, "Findings from the Research"), seeds_factor_get_findings (factor));
  append_list (html, T_(catalog, "Tips from This App"), seeds_factor_get_tips (factor));
  g_string_append (html, "</main>\n<nav>\n");

  if (position > 0)
    {
      g_autofree char *previous = factor_file_name (position);
      g_autofree char *name =
        numbered_title (catalog, seeds_framework_get_factor (framework, position - 1));

      g_string_append_printf (html, "<a rel=\"prev\" href=\"%s\">← ", previous);
      append_element (html, "", name, "</a>\n");
    }
  append_element (html, "<a href=\"index.html\">", T_(catalog, "All Factors"), "</a>\n");
  if (position + 1 < n_factors)
    {
      g_autofree char *next = factor_file_name (position + 2);
      g_autofree char *name =
        numbered_title (catalog, seeds_framework_get_factor (framework, position + 1));

      g_string_append_printf (html, "<a rel=\"next\" href=\"%s\">", next);
      append_element (html, "", name, " →</a>\n");
    }

  g_string_append (html, "</nav>\n");
  end_page (html, catalog, framework);

  return g_string_free (html, FALSE);
}

static char *
language_index (SeedsCatalog   *catalog,
                SeedsFramework *framework)
{
  GString *html = g_string_new (NULL);
  GListModel *groups = seeds_framework_get_groups (framework);
  const char *part = NULL;

  begin_page (html, seeds_catalog_get_language (catalog), T_(catalog, "Seeds of Innovation"), NULL);
  append_header (html, catalog, "index.html");
  g_string_append (html, "<main>\n");
  append_element (html, "<h1>", seeds_framework_get_name (framework), "</h1>\n");
  append_element (html, "<p class=\"definition\">",
                  T_(catalog, "Each factor with what it means, the findings of the research and "
                              "this app’s own tips to move on. Score the factors together, then "
                              "talk about the ones that need attention."),
                  "</p>\n");
  append_element (html, "<p>", seeds_framework_get_question (framework), "</p>\n");

  for (guint g = 0; g < g_list_model_get_n_items (groups); g++)
    {
      g_autoptr(SeedsFactorGroup) group = g_list_model_get_item (groups, g);
      GListModel *factors = seeds_factor_group_get_factors (group);

      if (g_strcmp0 (part, seeds_factor_group_get_part_id (group)) != 0)
        {
          part = seeds_factor_group_get_part_id (group);
          append_element (html, "<h2>", seeds_factor_group_get_part_name (group), "</h2>\n");
        }

      append_element (html, "<h3>", seeds_factor_group_get_name (group), "</h3>\n");
      g_string_append (html, "<ol class=\"factors\">\n");
      for (guint i = 0; i < g_list_model_get_n_items (factors); i++)
        {
          g_autoptr(SeedsFactor) factor = g_list_model_get_item (factors, i);
          g_autofree char *file_name = factor_file_name (seeds_factor_get_position (factor) + 1);
          g_autofree char *title = numbered_title (catalog, factor);

          g_string_append_printf (html, "<li><a href=\"%s\">", file_name);
          append_element (html, "", title, "</a>");
          append_element (html, "<span>", seeds_factor_get_definition (factor), "</span></li>\n");
        }
      g_string_append (html, "</ol>\n");
    }

  g_string_append (html, "</main>\n");
  end_page (html, catalog, framework);

  return g_string_free (html, FALSE);
}

/* The choice of language, each in its own. */
static char *
root_index (void)
{
  GString *html = g_string_new (NULL);

  begin_page (html, "en", "Seeds of Innovation", NULL);
  g_string_append (html, "<main>\n<h1>Seeds of Innovation</h1>\n<ul>\n");
  for (guint i = 0; languages[i] != NULL; i++)
    g_string_append_printf (html, "<li><a href=\"%s/index.html\" lang=\"%s\" hreflang=\"%s\">"
                                  "%s</a></li>\n",
                            languages[i], languages[i], languages[i], autonyms[i]);
  g_string_append (html, "</ul>\n</main>\n</body>\n</html>\n");

  return g_string_free (html, FALSE);
}

static gboolean
write_page (GFile       *folder,
            const char  *name,
            char        *html,
            GError     **error)
{
  g_autoptr(GFile) file = g_file_get_child (folder, name);
  g_autofree char *contents = html;

  return g_file_replace_contents (file, contents, strlen (contents), NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
}

static gboolean
make_folder (GFile   *folder,
             GError **error)
{
  g_autoptr(GError) local_error = NULL;

  if (g_file_make_directory (folder, NULL, &local_error) ||
      g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    return TRUE;

  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

static gboolean
export_language (GFile       *folder,
                 const char  *framework_id,
                 const char  *language,
                 const char  *base_url,
                 GError     **error)
{
  g_autoptr(GFile) language_folder = g_file_get_child (folder, language);
  g_autoptr(SeedsCatalog) catalog = NULL;
  g_autoptr(SeedsFramework) framework = NULL;

  catalog = seeds_catalog_new (language, error);
  if (catalog == NULL || !make_folder (language_folder, error))
    return FALSE;

  framework = seeds_framework_new_builtin (framework_id, language);

  if (!write_page (language_folder, "index.html", language_index (catalog, framework), error))
    return FALSE;

  for (guint i = 0; i < seeds_framework_get_n_factors (framework); i++)
    {
      SeedsFactor *factor = seeds_framework_get_factor (framework, i);
      g_autofree char *name = factor_file_name (i + 1);

      if (!write_page (language_folder, name, factor_page (catalog, framework, factor, base_url),
                       error))
        return FALSE;
    }

  return TRUE;
}

/**
 * seeds_factor_site_export:
 * @folder: where to put the site; made when it does not exist, in a folder
 *   that must, as a file is; files of an earlier export in it are replaced
 * @framework_id: (nullable): the built-in framework whose factors the site
 *   explains, as the poster whose codes link to it; %NULL for the default
 * @base_url: (nullable): where the site will be, as given to the poster,
 *   so that each page names its own address; %NULL when not known
 * @error: return location for a #GError
 *
 * Writes the site: see seeds-factor-site.h.
 *
 * Returns: whether every page was written
 */
gboolean
seeds_factor_site_export (GFile       *folder,
                          const char  *framework_id,
                          const char  *base_url,
                          GError     **error)
{
  g_return_val_if_fail (G_IS_FILE (folder), FALSE);
  g_return_val_if_fail (framework_id == NULL ||
                        g_strv_contains (seeds_framework_get_builtin_ids (), framework_id), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (base_url != NULL && *base_url == '\0')
    base_url = NULL;
  if (base_url != NULL && !seeds_factor_site_check_base_url (base_url, error))
    return FALSE;

  if (!make_folder (folder, error) ||
      !write_page (folder, "index.html", root_index (), error))
    return FALSE;

  for (guint i = 0; languages[i] != NULL; i++)
    if (!export_language (folder, framework_id ? framework_id : SEEDS_FRAMEWORK_DEFAULT_ID,
                          languages[i], base_url, error))
      return FALSE;

  return TRUE;
}
