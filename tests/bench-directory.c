/* bench-directory.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include <glib/gstdio.h>

#include "model/seeds-directory-filter.h"
#include "stats/seeds-peer-comparison.h"
#include "seeds-bench-util.h"
#include "seeds-test-util.h"

/* "The directory stays quick with a thousand communities": generates a
 * directory of that many imported profiles that share their scores, then
 * times what the directory window and "learn from others" do with it:
 * listing the directory, filtering that list for a search as it is typed,
 * and comparing your own latest meeting with everyone who shares. */

static int n_communities = 1000;
static int n_runs = 31;
static char *search = NULL;
static char *keep_path = NULL;

static const GOptionEntry entries[] = {
  { "communities", 'c', 0, G_OPTION_ARG_INT, &n_communities, "How many communities (1000)", "N" },
  { "runs", 'r', 0, G_OPTION_ARG_INT, &n_runs, "How many timed runs of each (31)", "N" },
  { "search", 's', 0, G_OPTION_ARG_STRING, &search, "What to search for (“tomato”)", "TEXT" },
  { "keep", 'k', 0, G_OPTION_ARG_FILENAME, &keep_path, "Keep the database in FILE", "FILE" },
  { NULL }
};

static double
time_list (SeedsStore *store,
           guint      *n_listed)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  all = seeds_store_list_directory (store, NULL, &error);
  g_assert_no_error (error);
  *n_listed = all->len;

  return seeds_bench_elapsed_ms (start);
}

/* What the window does per keystroke besides making widgets: the filter
 * over a list it has */
static double
time_filter (GPtrArray  *all,
             const char *text,
             guint      *n_matching)
{
  SeedsDirectoryFilter filter = { .search = text };
  gint64 start = g_get_monotonic_time ();

  *n_matching = 0;
  for (guint i = 0; i < all->len; i++)
    if (seeds_directory_filter_matches (&filter, g_ptr_array_index (all, i)))
      (*n_matching)++;

  return seeds_bench_elapsed_ms (start);
}

static double
time_comparison (SeedsStore     *store,
                 SeedsFramework *framework,
                 const char     *community_id,
                 guint          *n_sharing)
{
  g_autoptr(SeedsPeerComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  comparison = seeds_peer_comparison_load (store, framework, community_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (seeds_peer_comparison_get_meeting (comparison));
  *n_sharing = seeds_peer_comparison_get_n_sharing (comparison);

  return seeds_bench_elapsed_ms (start);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("— time the directory of learning communities");
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsStore) store = NULL;
  g_autoptr(SeedsFramework) framework = NULL;
  g_autoptr(SeedsCommunity) own = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GArray) list_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) filter_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) comparison_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  guint n_listed = 0, n_matching = 0, n_sharing = 0;
  gint64 start;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  /* build-aux/bench-directory gives both benchmarks the same arguments. */
  g_option_context_set_ignore_unknown_options (context, TRUE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  if (n_communities < 0 || n_runs < 1)
    {
      g_printerr ("Communities must be at least 0 and runs at least 1.\n");
      return 2;
    }

  if (search == NULL)
    search = g_strdup ("tomato");

  if (keep_path != NULL)
    path = g_strdup (keep_path);
  else
    {
      dir = g_dir_make_tmp ("seeds-bench-XXXXXX", &error);
      g_assert_no_error (error);
      path = g_build_filename (dir, "bench.db", NULL);
    }

  seeds_test_remove_database (path);
  framework = seeds_framework_new_default ("en");
  store = seeds_store_open (path, &error);
  g_assert_no_error (error);

  start = g_get_monotonic_time ();
  own = seeds_test_generate_directory (store, framework, n_communities, 2026);
  g_print ("Generated %d communities (9 in 10 imported profiles sharing %u scores) and your own "
           "with a meeting of 20 people with the store's API in %.1f s\n",
           n_communities, seeds_framework_get_n_factors (framework), seeds_bench_elapsed_ms (start) / 1000.0);

  all = seeds_store_list_directory (store, NULL, &error);
  g_assert_no_error (error);

  /* Once each to warm the caches, then in turn, so that all meet the
   * same conditions. */
  time_list (store, &n_listed);
  time_filter (all, search, &n_matching);
  time_comparison (store, framework, seeds_community_get_id (own), &n_sharing);

  for (int i = 0; i < n_runs; i++)
    {
      double ms = time_list (store, &n_listed);

      g_array_append_val (list_times, ms);
      ms = time_filter (all, search, &n_matching);
      g_array_append_val (filter_times, ms);
      ms = time_comparison (store, framework, seeds_community_get_id (own), &n_sharing);
      g_array_append_val (comparison_times, ms);
    }

  g_print ("Listed %u entries; “%s” matches %u; %u share scores\n", n_listed, search, n_matching, n_sharing);
  g_print ("List the directory (seeds_store_list_directory): %8.2f ms  (median of %d runs)\n",
           seeds_bench_median (list_times), n_runs);
  g_print ("Filter the list for “%s”:%*s%8.2f ms  (median of %d runs)\n",
           search, (int) MAX (0, 24 - (int) g_utf8_strlen (search, -1)), "", seeds_bench_median (filter_times), n_runs);
  g_print ("Compare your meeting (seeds_peer_comparison_load): %6.2f ms  (median of %d runs)\n",
           seeds_bench_median (comparison_times), n_runs);

  g_clear_object (&store);
  if (keep_path == NULL)
    {
      seeds_test_remove_database (path);
      g_rmdir (dir);
    }
  g_free (keep_path);
  g_free (search);

  return 0;
}
