/* bench-history.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "stats/seeds-community-history.h"
#include "store/seeds-store-queries.h"
#include "seeds-bench-util.h"
#include "seeds-test-util.h"

/* "A community with 120 meetings of 30 participants opens its history
 * without a visible pause": generates such a community through the store's
 * API, then times, in the same run, loading its history and running the
 * statements the history is loaded with directly on SQLite, reading every
 * column of every row. The difference is what the model adds. */

static int n_meetings = 120;
static int n_participants = 30;
static int n_runs = 31;
static char *keep_path = NULL;

static const GOptionEntry entries[] = {
  { "meetings", 'm', 0, G_OPTION_ARG_INT, &n_meetings, "How many meetings (120)", "N" },
  { "participants", 'p', 0, G_OPTION_ARG_INT, &n_participants, "How many participants (30)", "N" },
  { "runs", 'r', 0, G_OPTION_ARG_INT, &n_runs, "How many timed runs of each (31)", "N" },
  { "keep", 'k', 0, G_OPTION_ARG_FILENAME, &keep_path, "Keep the database in FILE", "FILE" },
  { NULL }
};

/* What the model does, from an open store */
static double
time_history (SeedsStore     *store,
              SeedsFramework *framework,
              const char     *community_id)
{
  g_autoptr(SeedsCommunityHistory) history = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  history = seeds_community_history_load (store, framework, community_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (seeds_community_history_get_n_meetings (history), ==, n_meetings);

  return seeds_bench_elapsed_ms (start);
}

static gint64
run_raw (sqlite3    *db,
         const char *sql,
         const char *community_id)
{
  sqlite3_stmt *stmt = NULL;
  gint64 n_rows = 0;
  int rc;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, community_id, -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        (void) sqlite3_column_text (stmt, c);
      n_rows++;
    }

  g_assert_cmpint (rc, ==, SQLITE_DONE);
  sqlite3_finalize (stmt);

  return n_rows;
}

/* The same statements, on SQLite directly */
static double
time_raw (sqlite3    *db,
          const char *community_id,
          gint64     *n_rows)
{
  static const char * const statements[] = {
    SEEDS_STORE_SQL_LIST_MEETINGS,
    SEEDS_STORE_SQL_COMMUNITY_SCORES,
    SEEDS_STORE_SQL_COMMUNITY_TALLIES,
    SEEDS_STORE_SQL_LIST_NEXT_STEPS,
  };
  gint64 start = g_get_monotonic_time ();

  *n_rows = 0;
  for (guint i = 0; i < G_N_ELEMENTS (statements); i++)
    *n_rows += run_raw (db, statements[i], community_id);

  return seeds_bench_elapsed_ms (start);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("— time loading a community's history");
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsStore) store = NULL;
  g_autoptr(SeedsFramework) framework = NULL;
  g_autoptr(SeedsCommunity) community = NULL;
  g_autoptr(GArray) model_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) raw_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  const char *community_id;
  double model_ms, raw_ms;
  gint64 n_rows = 0;
  gint64 start;
  sqlite3 *db = NULL;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  if (n_meetings < 1 || n_participants < 1 || n_runs < 1)
    {
      g_printerr ("Meetings, participants and runs must be at least 1.\n");
      return 2;
    }

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
  community = seeds_test_generate_community (store, framework, n_meetings, n_participants, 2020);
  community_id = seeds_community_get_id (community);
  g_print ("Generated %d meetings × %d participants × %u factors with the store's API in %.1f s\n",
           n_meetings, n_participants, seeds_framework_get_n_factors (framework),
           seeds_bench_elapsed_ms (start) / 1000.0);

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);

  /* Once each to warm the caches, then in turn, so that both meet the
   * same conditions. */
  time_history (store, framework, community_id);
  time_raw (db, community_id, &n_rows);

  for (int i = 0; i < n_runs; i++)
    {
      double ms = time_history (store, framework, community_id);

      g_array_append_val (model_times, ms);
      ms = time_raw (db, community_id, &n_rows);
      g_array_append_val (raw_times, ms);
    }

  sqlite3_close (db);

  model_ms = seeds_bench_median (model_times);
  raw_ms = seeds_bench_median (raw_times);

  g_print ("Rows read: %" G_GINT64_FORMAT " in 4 statements\n", n_rows);
  g_print ("History load (SeedsCommunityHistory): %8.2f ms  (median of %d runs)\n", model_ms, n_runs);
  g_print ("Raw SQL, the same statements:         %8.2f ms  (median of %d runs)\n", raw_ms, n_runs);
  g_print ("Ratio, history / raw SQL:             %8.2f\n", model_ms / raw_ms);

  g_clear_object (&store);
  if (keep_path == NULL)
    {
      seeds_test_remove_database (path);
      g_rmdir (dir);
    }
  g_free (keep_path);

  return 0;
}
