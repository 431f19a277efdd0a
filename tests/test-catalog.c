/* test-catalog.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "model/seeds-catalog.h"
#include "model/seeds-language.h"
#include "model/seeds-next-step.h"
#include "model/seeds-text.h"
#include "stats/seeds-factor-stats.h"
#include "seeds-test-tools.h"

/* Strings the app's Dutch catalogue translates. */
#define OVERVIEW    "Overview"
#define OVERVIEW_NL "Overzicht"
#define SCORED      "%u person scored the factors."
#define SCORED_PL   "%u people scored the factors."

/* ------------------------------------------------------------------------
 * A .mo file made here, in either byte order
 */

typedef struct
{
  const char *original;     /* with a context: "context\004msgid" */
  gsize       original_length;
  const char *translation;  /* plural forms separated by NULs */
  gsize       translation_length;
} Entry;

#define ENTRY(original, translation) \
  { original, sizeof original - 1, translation, sizeof translation - 1 }

static void
append_number (GByteArray *mo,
               guint32     value,
               gboolean    swapped)
{
  guint32 raw = swapped ? GUINT32_SWAP_LE_BE (value) : value;

  g_byte_array_append (mo, (const guint8 *)&raw, sizeof raw);
}

static GBytes *
make_mo (const Entry *entries,
         guint        n,
         gboolean     swapped)
{
  GByteArray *mo = g_byte_array_new ();
  guint32 strings = 28 + 16 * n;
  guint32 offset = strings;

  append_number (mo, 0x950412de, swapped);
  append_number (mo, 0, swapped);
  append_number (mo, n, swapped);
  append_number (mo, 28, swapped);
  append_number (mo, 28 + 8 * n, swapped);
  append_number (mo, 0, swapped);
  append_number (mo, 0, swapped);

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        gsize length = pass == 0 ? entries[i].original_length : entries[i].translation_length;

        append_number (mo, (guint32)length, swapped);
        append_number (mo, offset, swapped);
        offset += (guint32)length + 1;
      }

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        if (pass == 0)
          g_byte_array_append (mo, (const guint8 *)entries[i].original,
                               (guint)entries[i].original_length + 1);
        else
          g_byte_array_append (mo, (const guint8 *)entries[i].translation,
                               (guint)entries[i].translation_length + 1);
      }

  return g_byte_array_free_to_bytes (mo);
}

/* A French-like catalogue: one is singular, and so is zero. */
static const Entry french[] = {
  ENTRY ("", "Content-Type: text/plain; charset=UTF-8\n"
             "Plural-Forms: nplurals=2; plural=(n > 1);\n"),
  ENTRY ("Overview", "Vue d’ensemble"),
  ENTRY ("don't know\004?", "?!"),
  ENTRY ("%u step\0%u steps", "%u étape\0%u étapes"),
  ENTRY ("One form only\0Many", "Une seule"),
  ENTRY ("Not text", "\xff\xfe"),
};

static SeedsCatalog *
new_french (gboolean swapped)
{
  g_autoptr(GBytes) mo = make_mo (french, G_N_ELEMENTS (french), swapped);
  g_autoptr(GError) error = NULL;
  SeedsCatalog *catalog = seeds_catalog_new_from_bytes ("fr", mo, &error);

  g_assert_no_error (error);
  return catalog;
}

/* Both byte orders; contexts; the header's plural rule; a form the
 * translation lacks, and text that is not UTF-8, are English. */
static void
test_mo_format (void)
{
  for (guint swapped = 0; swapped < 2; swapped++)
    {
      g_autoptr(SeedsCatalog) catalog = new_french (swapped);

      g_assert_true (seeds_catalog_is_translated (catalog));
      g_assert_cmpstr (seeds_catalog_get_language (catalog), ==, "fr");
      g_assert_cmpstr (T_(catalog, "Overview"), ==, "Vue d’ensemble");
      g_assert_cmpstr (T_(catalog, "Not translated"), ==, "Not translated");
      g_assert_cmpstr (TC_(catalog, "don't know", "?"), ==, "?!");
      g_assert_cmpstr (T_(catalog, "?"), ==, "?");
      g_assert_cmpstr (TC_(catalog, "other", "Overview"), ==, "Overview");
      g_assert_cmpstr (TN_(catalog, "%u step", "%u steps", 0), ==, "%u étape");
      g_assert_cmpstr (TN_(catalog, "%u step", "%u steps", 1), ==, "%u étape");
      g_assert_cmpstr (TN_(catalog, "%u step", "%u steps", 2), ==, "%u étapes");
      g_assert_cmpstr (TN_(catalog, "One form only", "Many", 1), ==, "Une seule");
      g_assert_cmpstr (TN_(catalog, "One form only", "Many", 2), ==, "Many");
      g_assert_cmpstr (T_(catalog, "Not text"), ==, "Not text");
    }
}

/* A plural rule it does not know falls back to English's. */
static void
test_unknown_plural_rule (void)
{
  static const Entry entries[] = {
    ENTRY ("", "Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 ? 1 : 2);\n"),
    ENTRY ("%u step\0%u steps", "one\0few\0many"),
  };
  g_autoptr(GBytes) mo = make_mo (entries, G_N_ELEMENTS (entries), FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsCatalog) catalog = seeds_catalog_new_from_bytes ("pl", mo, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (TN_(catalog, "%u step", "%u steps", 1), ==, "one");
  g_assert_cmpstr (TN_(catalog, "%u step", "%u steps", 0), ==, "few");
  g_assert_cmpstr (TN_(catalog, "%u step", "%u steps", 5), ==, "few");
}

/* Whatever the bytes, a catalogue is read or refused: never read past
 * the end. */
static void
test_damaged (void)
{
  g_autoptr(GBytes) mo = make_mo (french, G_N_ELEMENTS (french), FALSE);
  gsize size;
  const guint8 *data = g_bytes_get_data (mo, &size);
  g_autofree guint8 *copy = g_memdup2 (data, size);
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);

  /* Every shorter file lacks a string. */
  for (gsize length = 0; length < size; length++)
    {
      g_autoptr(GBytes) part = g_bytes_new (data, length);
      g_autoptr(GError) error = NULL;
      g_autoptr(SeedsCatalog) catalog = seeds_catalog_new_from_bytes ("fr", part, &error);

      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      g_assert_null (catalog);
    }

  /* Any byte changed in the header or the tables. */
  for (guint i = 0; i < 2000; i++)
    {
      g_autoptr(GBytes) changed = NULL;
      g_autoptr(SeedsCatalog) catalog = NULL;
      gsize at = g_rand_int_range (rand, 0, 28 + 16 * G_N_ELEMENTS (french));
      guint8 was = copy[at];

      copy[at] = (guint8)g_rand_int_range (rand, 0, 256);
      changed = g_bytes_new (copy, size);
      catalog = seeds_catalog_new_from_bytes ("fr", changed, NULL);
      if (catalog != NULL)
        {
          g_assert_true (g_utf8_validate (T_(catalog, "Overview"), -1, NULL));
          g_assert_nonnull (TN_(catalog, "%u step", "%u steps", 2));
        }
      copy[at] = was;
    }
}

/* ------------------------------------------------------------------------
 * The app's own catalogues
 */

/* Dutch from an English session, and the session stays English. */
static void
test_dutch (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsCatalog) dutch = seeds_catalog_new ("nl", &error);
  g_autofree char *date = NULL;
  g_autofree char *mean = NULL;
  SeedsFactorStats stats;

  g_assert_no_error (error);
  g_assert_true (seeds_catalog_is_translated (dutch));
  g_assert_cmpstr (T_(dutch, OVERVIEW), ==, OVERVIEW_NL);
  g_assert_cmpstr (TN_(dutch, SCORED, SCORED_PL, 1), ==, "%u deelnemer scoorde de factoren.");
  g_assert_cmpstr (TN_(dutch, SCORED, SCORED_PL, 5), ==, "%u deelnemers scoorden de factoren.");
  g_assert_cmpstr (TC_(dutch, "next step status", "Done"), ==, "Gedaan");

  /* what the core writes in a catalogue's language: dates, numbers, labels */
  date = seeds_date_format_in ("2026-11-28", dutch);
  g_assert_cmpstr (date, ==, "28 november 2026");
  seeds_factor_stats_init (&stats);
  seeds_factor_stats_add (&stats, 3);
  seeds_factor_stats_add (&stats, 4);
  seeds_factor_stats_finish (&stats);
  mean = seeds_factor_stats_format_mean_in (&stats, dutch);
  g_assert_cmpstr (mean, ==, "3,5");
  g_assert_cmpstr (seeds_band_get_label_in (SEEDS_BAND_STRENGTH, dutch), ==, "Sterk punt");
  g_assert_cmpstr (seeds_next_step_status_get_label_in (SEEDS_NEXT_STEP_DROPPED, dutch), ==,
                   "Vervallen");

  g_assert_cmpstr (_(OVERVIEW), ==, OVERVIEW);
  g_assert_cmpstr (seeds_band_get_label (SEEDS_BAND_STRENGTH), ==, "Strength");
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "en");
}

/* English is the text of the code; so is a language without a catalogue.
 * A country falls back to its language. */
static void
test_languages (void)
{
  const char *english[] = { "en", "en_GB", "fy" };
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsCatalog) belgian = seeds_catalog_new ("nl_BE", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (T_(belgian, OVERVIEW), ==, OVERVIEW_NL);
  g_assert_cmpstr (seeds_catalog_get_language (belgian), ==, "nl_BE");

  for (guint i = 0; i < G_N_ELEMENTS (english); i++)
    {
      g_autoptr(SeedsCatalog) catalog = seeds_catalog_new (english[i], &error);

      g_assert_no_error (error);
      g_assert_false (seeds_catalog_is_translated (catalog));
      g_assert_cmpstr (T_(catalog, OVERVIEW), ==, OVERVIEW);
      g_assert_cmpstr (TN_(catalog, SCORED, SCORED_PL, 2), ==, SCORED_PL);
    }
}

static void
test_invalid (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsCatalog) catalog = seeds_catalog_new ("nl:de", &error);

  g_assert_error (error, SEEDS_LANGUAGE_ERROR, SEEDS_LANGUAGE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "nl:de"));
  g_assert_null (catalog);
}

/* NULL is the session's language: a catalogue for it, and NULL as a
 * catalogue looks up with gettext. */
static void
test_session (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsCatalog) session = seeds_catalog_new (NULL, &error);
  g_autofree char *date = seeds_date_format_in ("2026-11-28", NULL);

  g_assert_no_error (error);
  g_assert_null (seeds_catalog_get_language (session));
  g_assert_cmpstr (T_(session, OVERVIEW), ==, OVERVIEW);
  g_assert_cmpstr (T_(NULL, OVERVIEW), ==, OVERVIEW);
  g_assert_cmpstr (TC_(NULL, "next step status", "Done"), ==, "Done");
  g_assert_cmpstr (TN_(NULL, SCORED, SCORED_PL, 1), ==, SCORED);
  g_assert_cmpstr (date, ==, "28 November 2026");

  if (g_test_subprocess ())
    {
      g_autoptr(SeedsCatalog) dutch_session = NULL;

      g_setenv ("LANGUAGE", "nl", TRUE);
      dutch_session = seeds_catalog_new (NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (T_(dutch_session, OVERVIEW), ==, OVERVIEW_NL);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* Found where bindtextdomain() says, as gettext finds it. */
static void
test_bound_folder (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("seeds-catalog-XXXXXX", &error);
  g_autofree char *folder = g_build_filename (dir, "xx", "LC_MESSAGES", NULL);
  g_autofree char *path = g_build_filename (folder, GETTEXT_PACKAGE ".mo", NULL);
  g_autofree char *bound = g_strdup (bindtextdomain (GETTEXT_PACKAGE, NULL));
  g_autoptr(GBytes) mo = make_mo (french, G_N_ELEMENTS (french), FALSE);
  g_autoptr(SeedsCatalog) catalog = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_file_set_contents (path, g_bytes_get_data (mo, NULL), (gssize)g_bytes_get_size (mo), &error);
  g_assert_no_error (error);

  bindtextdomain (GETTEXT_PACKAGE, dir);
  catalog = seeds_catalog_new ("xx_YY", &error);
  bindtextdomain (GETTEXT_PACKAGE, bound);

  g_assert_no_error (error);
  g_assert_cmpstr (T_(catalog, "Overview"), ==, "Vue d’ensemble");
  seeds_test_remove_tree (dir);
}

/* ------------------------------------------------------------------------
 * Threads
 */

typedef struct
{
  const char *language;
  const char *overview;
  const char *strength;
  gboolean    ok;
} Lookups;

static gpointer
look_up (gpointer data)
{
  Lookups *lookups = data;

  lookups->ok = TRUE;
  for (guint i = 0; i < 200 && lookups->ok; i++)
    {
      g_autoptr(SeedsCatalog) catalog = seeds_catalog_new (lookups->language, NULL);
      g_autofree char *date = seeds_date_format_in ("2026-03-12", catalog);

      lookups->ok = catalog != NULL &&
                    g_str_equal (T_(catalog, OVERVIEW), lookups->overview) &&
                    g_str_equal (seeds_band_get_label_in (SEEDS_BAND_STRENGTH, catalog),
                                 lookups->strength) &&
                    g_str_has_prefix (date, "12 ");
    }

  return NULL;
}

/* Two languages at once, each on its own thread, while this one keeps the
 * session's: nothing process-wide changes. */
static void
test_threads (void)
{
  Lookups dutch = { "nl", OVERVIEW_NL, "Sterk punt", FALSE };
  Lookups english = { "en", OVERVIEW, "Strength", FALSE };
  GThread *threads[] = {
    g_thread_new ("dutch", look_up, &dutch),
    g_thread_new ("english", look_up, &english),
  };

  for (guint i = 0; i < 200; i++)
    g_assert_cmpstr (_(OVERVIEW), ==, OVERVIEW);

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_thread_join (threads[i]);

  g_assert_true (dutch.ok);
  g_assert_true (english.ok);
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "en");
}

int
main (int   argc,
      char *argv[])
{
  seeds_test_init_gettext ();

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/catalog/mo-format", test_mo_format);
  g_test_add_func ("/catalog/unknown-plural-rule", test_unknown_plural_rule);
  g_test_add_func ("/catalog/damaged", test_damaged);
  g_test_add_func ("/catalog/dutch", test_dutch);
  g_test_add_func ("/catalog/languages", test_languages);
  g_test_add_func ("/catalog/invalid", test_invalid);
  g_test_add_func ("/catalog/session", test_session);
  g_test_add_func ("/catalog/bound-folder", test_bound_folder);
  g_test_add_func ("/catalog/threads", test_threads);

  return g_test_run ();
}
