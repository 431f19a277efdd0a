/* bench-startup.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "seeds-bench-database.h"
#include "seeds-bench-util.h"
#include "seeds-test-util.h"

/* Start-up as people feel it: from starting the program until its main
 * window has drawn its first frame, for the app and for a bare libadwaita
 * window (bench-bare-window), started in turn on the same display, each
 * reporting the g_get_monotonic_time() of its first frame (see
 * src/gui/seeds-frame-probe.c). With an empty database, a small one and a
 * large one: N_COMMUNITIES communities × N_MEETINGS monthly meetings ×
 * N_PARTICIPANTS members, generated once and kept (--database). Then the
 * peak memory of both, and the command-line export of one community from
 * the large database. build-aux/bench runs it in an optimized build under
 * Xvfb. */

static int n_runs = 11;
static int n_communities = 100;
static int n_meetings = 120;
static int n_participants = 30;
static char *app_path = NULL;
static char *bare_path = NULL;
static char *database_path = NULL;
static char *sample_path = NULL;

static const GOptionEntry entries[] = {
  { "app", 0, 0, G_OPTION_ARG_FILENAME, &app_path, "The app’s executable", "FILE" },
  { "bare", 0, 0, G_OPTION_ARG_FILENAME, &bare_path, "bench-bare-window", "FILE" },
  { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database_path,
    "The large database, made there if missing", "FILE" },
  { "sample", 's', 0, G_OPTION_ARG_FILENAME, &sample_path,
    "A small database to time as well", "FILE" },
  { "runs", 'r', 0, G_OPTION_ARG_INT, &n_runs, "How many starts of each (11)", "N" },
  { "communities", 'c', 0, G_OPTION_ARG_INT, &n_communities, "Communities (100)", "N" },
  { "meetings", 'm', 0, G_OPTION_ARG_INT, &n_meetings, "Meetings per community (120)", "N" },
  { "participants", 'p', 0, G_OPTION_ARG_INT, &n_participants, "Members per community (30)", "N" },
  { NULL }
};

typedef struct
{
  double ms;      /* until the first frame, or until it ended */
  double cpu_ms;  /* processor time until the first frame, or until it ended */
  double rss_mb;  /* peak resident memory */
} Run;

/* Starts @argv with its standard output in a pipe, reads it, and waits
 * for the end; when @frame, the line "first-frame USEC CPU" says when the
 * first frame was drawn and how much processor time it took. */
static Run
run_program (const char * const *argv,
             gboolean            frame)
{
  g_autoptr(GString) output = g_string_new (NULL);
  struct rusage usage;
  gint64 start, end = 0;
  double cpu_ms, peak_mb;
  int status = 0;
  int fds[2];
  /* The export writes 7 MB: read 256 bytes at a time, the pipe stayed
   * full and the app waited on this reader (220–270 ms instead of 180) */
  static char buf[64 * 1024];
  gssize n;
  pid_t pid;

  g_assert_cmpint (pipe (fds), ==, 0);
  start = g_get_monotonic_time ();
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      dup2 (fds[1], STDOUT_FILENO);
      close (fds[0]);
      close (fds[1]);
      if (frame)
        g_setenv ("SEEDS_BENCH_FIRST_FRAME", "1", TRUE);
      execv (argv[0], (char **) argv);
      _exit (127);
    }

  close (fds[1]);
  while ((n = read (fds[0], buf, sizeof buf)) > 0 || (n < 0 && errno == EINTR))
    if (n > 0)
      g_string_append_len (output, buf, n);
  close (fds[0]);

  g_assert_cmpint (wait4 (pid, &status, 0, &usage), ==, pid);
  if (!frame)
    end = g_get_monotonic_time ();

  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("%s ended with status %d", argv[0], status);

  peak_mb = usage.ru_maxrss / 1024.0;
  cpu_ms = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;

  if (frame)
    {
      const char *line = strstr (output->str, "first-frame ");
      char *cpu_text, *peak_text;

      if (line == NULL)
        g_error ("%s drew no frame", argv[0]);
      end = g_ascii_strtoll (line + strlen ("first-frame "), &cpu_text, 10);
      cpu_ms = g_ascii_strtoll (cpu_text, &peak_text, 10) / 1000.0;
      /* The program's own peak: wait4()'s starts at this process's size */
      peak_mb = g_ascii_strtoll (peak_text, NULL, 10) / 1024.0;
    }

  return (Run) { (end - start) / 1000.0, cpu_ms, peak_mb };
}

typedef struct
{
  const char *label;
  const char *database;  /* NULL for a new, empty one */
  GArray     *app;       /* of Run */
  GArray     *bare;
} Case;

static double
median_of (GArray *runs,
           gsize   offset)
{
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < runs->len; i++)
    g_array_append_val (values, G_STRUCT_MEMBER (double, &g_array_index (runs, Run, i), offset));

  return seeds_bench_median (values);
}

/* The median of the ratios of the runs taken in turn */
static double
median_ratio (Case  *c,
              gsize  offset)
{
  g_autoptr(GArray) ratios = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < c->app->len; i++)
    {
      double ratio = G_STRUCT_MEMBER (double, &g_array_index (c->app, Run, i), offset) /
                     G_STRUCT_MEMBER (double, &g_array_index (c->bare, Run, i), offset);

      g_array_append_val (ratios, ratio);
    }

  return seeds_bench_median (ratios);
}

/* One start of the app and one of the bare window, in an order that
 * alternates from run to run */
static void
run_case (Case       *c,
          const char *empty_dir,
          int         run)
{
  g_autofree char *empty_path = g_build_filename (empty_dir, "empty.db", NULL);
  const char *path = c->database != NULL ? c->database : empty_path;
  const char *app_argv[] = { app_path, "--database", path, NULL };
  const char *bare_argv[] = { bare_path, NULL };
  Run app, bare;

  if (c->database == NULL)
    seeds_test_remove_database (empty_path);

  if (run % 2 == 0)
    {
      app = run_program (app_argv, TRUE);
      bare = run_program (bare_argv, TRUE);
    }
  else
    {
      bare = run_program (bare_argv, TRUE);
      app = run_program (app_argv, TRUE);
    }

  if (run >= 0)
    {
      g_array_append_val (c->app, app);
      g_array_append_val (c->bare, bare);
    }
}

static char *
first_community (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *id = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT id FROM communities ORDER BY name LIMIT 1",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  g_assert_nonnull (id);

  return id;
}

static void
time_export (void)
{
  g_autofree char *community_id = first_community (database_path);
  const char *argv[] = { app_path, "--database", database_path, "--community", community_id,
                         "--export-json", "-", NULL };
  g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (Run));

  run_program (argv, FALSE);
  for (int i = 0; i < n_runs; i++)
    {
      Run run = run_program (argv, FALSE);

      g_array_append_val (runs, run);
    }

  /* No peak memory: what wait4() reports of a child begins at this
   * process's own (see seeds-frame-report.h), and the export prints no
   * line of its own */
  printf ("Export one community as JSON (--export-json -), median of %d:\n"
          "  %.0f ms, of which %.0f ms processor time\n", n_runs,
          median_of (runs, G_STRUCT_OFFSET (Run, ms)),
          median_of (runs, G_STRUCT_OFFSET (Run, cpu_ms)));
}

static void
describe_database (void)
{
  GStatBuf buf;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n_scores = 0;

  g_assert_cmpint (g_stat (database_path, &buf), ==, 0);
  g_assert_cmpint (sqlite3_open_v2 (database_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM scores", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n_scores = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  printf ("Large database: %d communities × %d meetings × %d members, %" G_GINT64_FORMAT
          " scores, %.0f MB\n",
          n_communities, n_meetings, n_participants, n_scores, buf.st_size / 1e6);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *empty_dir = NULL;
  SeedsBenchDatabase shape;
  Case cases[3];
  guint n_cases = 0;
  gint64 start;

  setlocale (LC_ALL, "");
  context = g_option_context_new ("— time start-up until the first frame");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  if (app_path == NULL || bare_path == NULL || database_path == NULL || n_runs < 1 ||
      n_communities < 1 || n_meetings < 1 || n_participants < 1)
    {
      g_printerr ("Give --app, --bare and --database; counts of at least 1.\n");
      return 2;
    }

  shape = (SeedsBenchDatabase) { n_communities, n_meetings, n_participants, 2026 };
  start = g_get_monotonic_time ();
  if (!seeds_bench_database_ensure (&shape, database_path, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (seeds_bench_elapsed_ms (start) > 1000)
    g_print ("Generated %s in %.0f s\n", database_path, seeds_bench_elapsed_ms (start) / 1000);
  describe_database ();

  empty_dir = g_dir_make_tmp ("seeds-bench-XXXXXX", &error);
  g_assert_no_error (error);

  cases[n_cases++] = (Case) { "empty database", NULL, NULL, NULL };
  if (sample_path != NULL)
    cases[n_cases++] = (Case) { "sample database", sample_path, NULL, NULL };
  cases[n_cases++] = (Case) { "large database", database_path, NULL, NULL };

  for (guint c = 0; c < n_cases; c++)
    {
      cases[c].app = g_array_new (FALSE, FALSE, sizeof (Run));
      cases[c].bare = g_array_new (FALSE, FALSE, sizeof (Run));
      run_case (&cases[c], empty_dir, -1);  /* to warm the caches */
    }

  for (int run = 0; run < n_runs; run++)
    for (guint c = 0; c < n_cases; c++)
      run_case (&cases[c], empty_dir, run);

  printf ("Start-up until the first frame, median of %d runs taken in turn; the ratio is\n"
          "the median of the runs' app / bare; cpu is the processor time until then:\n",
          n_runs);
  printf ("  %-16s %8s %8s %6s  %8s %8s %6s  %7s %7s\n", "", "app", "bare", "ratio",
          "app cpu", "bare cpu", "ratio", "app RSS", "bare RSS");
  for (guint c = 0; c < n_cases; c++)
    {
      printf ("  %-16s %5.0f ms %5.0f ms %6.2f  %5.0f ms %5.0f ms %6.2f  %4.0f MB %4.0f MB\n",
              cases[c].label,
              median_of (cases[c].app, G_STRUCT_OFFSET (Run, ms)),
              median_of (cases[c].bare, G_STRUCT_OFFSET (Run, ms)),
              median_ratio (&cases[c], G_STRUCT_OFFSET (Run, ms)),
              median_of (cases[c].app, G_STRUCT_OFFSET (Run, cpu_ms)),
              median_of (cases[c].bare, G_STRUCT_OFFSET (Run, cpu_ms)),
              median_ratio (&cases[c], G_STRUCT_OFFSET (Run, cpu_ms)),
              median_of (cases[c].app, G_STRUCT_OFFSET (Run, rss_mb)),
              median_of (cases[c].bare, G_STRUCT_OFFSET (Run, rss_mb)));
      g_array_unref (cases[c].app);
      g_array_unref (cases[c].bare);
    }

  time_export ();

  seeds_test_remove_dir (empty_dir);

  return 0;
}
