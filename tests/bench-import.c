/* bench-import.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <time.h>

#include <glib/gstdio.h>

#include "exchange/seeds-importer.h"
#include "exchange/seeds-scorecard.h"
#include "session/seeds-session.h"
#include "seeds-bench-util.h"
#include "seeds-test-util.h"

/* "Importing 1,000 score cards takes under a second": generates a
 * community of 40 meetings of 25 members through the store's API, writes a
 * card of every member for every meeting, then times importing the 1,000
 * files in one go, each file in a transaction of its own as the app does.
 * Every run replaces the scores of the run before, which is as much work
 * as adding them. It times the importer on this thread, and the session
 * as a window uses it, on its worker thread until the main loop has the
 * results; wall-clock time, and the time of the processor. With --newcomers the cards are of people the community
 * does not know yet, all for one meeting: every card is then compared
 * with every name already there. */

static int n_meetings = 40;
static int n_members = 25;
static int n_runs = 5;
static gboolean newcomers = FALSE;

static const GOptionEntry entries[] = {
  { "meetings", 'm', 0, G_OPTION_ARG_INT, &n_meetings, "How many meetings (40)", "N" },
  { "members", 'p', 0, G_OPTION_ARG_INT, &n_members, "How many members (25)", "N" },
  { "runs", 'r', 0, G_OPTION_ARG_INT, &n_runs, "How many timed runs (5)", "N" },
  { "newcomers", 'n', 0, G_OPTION_ARG_NONE, &newcomers,
    "Cards of people new to the community, all for one meeting", NULL },
  { NULL }
};

static GFile *
write_card (const char       *dir,
            SeedsFramework   *framework,
            SeedsMeeting     *meeting,
            SeedsParticipant *member,
            guint             n,
            GRand            *rand)
{
  g_autoptr(SeedsScorecard) card = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = g_strdup_printf ("card-%04u.seedscard", n);
  g_autofree char *newcomer = g_strdup_printf ("Newcomer %u", n);
  g_autofree char *path = NULL;
  gsize length;
  const char *data;

  card = seeds_scorecard_new (seeds_framework_get_id (framework), seeds_meeting_get_id (meeting),
                              member != NULL ? seeds_participant_get_id (member) : NULL,
                              member != NULL ? seeds_participant_get_name (member) : newcomer,
                              "Glasshouse Co-op", SEEDS_PARTNER_COMPANY);
  for (guint f = 0; f < seeds_framework_get_n_factors (framework); f++)
    seeds_scorecard_set_score (card, seeds_factor_get_id (seeds_framework_get_factor (framework, f)),
                               g_rand_int_range (rand, SEEDS_SCORE_MIN, SEEDS_SCORE_MAX + 1),
                               f % 4 == 0 ? "We met twice this month" : NULL);

  bytes = seeds_scorecard_to_bytes (card);
  data = g_bytes_get_data (bytes, &length);
  path = seeds_test_write_file (dir, name, data, length);

  return g_file_new_for_path (path);
}

/* A card of every member for every meeting, or of newcomers */
static GPtrArray *
write_cards (const char     *dir,
             SeedsStore     *store,
             SeedsFramework *framework,
             SeedsCommunity *community)
{
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (1000);
  g_autoptr(GError) error = NULL;
  GPtrArray *files = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_cards = (guint) (n_meetings * n_members);

  meetings = seeds_store_list_meetings (store, seeds_community_get_id (community), &error);
  g_assert_no_error (error);
  members = seeds_store_list_participants (store, seeds_community_get_id (community), &error);
  g_assert_no_error (error);

  for (guint n = 0; n < n_cards; n++)
    {
      SeedsMeeting *meeting = g_ptr_array_index (meetings, newcomers ? 0 : n / n_members);
      SeedsParticipant *member = newcomers ? NULL : g_ptr_array_index (members, n % n_members);

      g_ptr_array_add (files, write_card (dir, framework, meeting, member, n, rand));
    }

  return files;
}

static void
check_results (GPtrArray *results)
{
  for (guint i = 0; i < results->len; i++)
    {
      const SeedsImportResult *result = g_ptr_array_index (results, i);

      if (seeds_import_result_is_refused (result))
        g_error ("%s: %s", result->name, result->message);
    }
}

/* Process time, of every thread, in milliseconds */
static double
cpu_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now);
  return now.tv_sec * 1000.0 + now.tv_nsec / 1e6;
}

typedef struct
{
  GArray *wall;
  GArray *cpu;
} Times;

static void
add_times (Times  *times,
           gint64  start,
           double  start_cpu)
{
  double wall = seeds_bench_elapsed_ms (start);
  double cpu = cpu_ms () - start_cpu;

  g_array_append_val (times->wall, wall);
  g_array_append_val (times->cpu, cpu);
}

/* The importer itself, on this thread */
static void
time_importer (SeedsStore     *store,
               SeedsFramework *framework,
               GPtrArray      *files,
               Times          *times)
{
  g_autoptr(GPtrArray) results = NULL;
  double start_cpu = cpu_ms ();
  gint64 start = g_get_monotonic_time ();

  results = seeds_importer_import_files (store, framework, (GFile **) files->pdata, files->len);
  add_times (times, start, start_cpu);
  check_results (results);
}

static void
on_imported (GObject      *source_object,
             GAsyncResult *result,
             gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* What a window does: through the session, on its worker thread, until
 * the main loop has the results */
static void
time_session (SeedsSession *session,
              GPtrArray    *files,
              Times        *times)
{
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  double start_cpu = cpu_ms ();
  gint64 start = g_get_monotonic_time ();

  seeds_session_import_files_async (session, (GFile **) files->pdata, files->len, NULL, NULL,
                                    NULL, on_imported, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  add_times (times, start, start_cpu);

  results = seeds_session_import_files_finish (session, result, &error);
  g_assert_no_error (error);
  check_results (results);
}

static void
print_times (const char *what,
             Times      *times)
{
  seeds_bench_sort (times->wall);
  g_print ("  %-30s median %7.1f ms (fastest %7.1f ms), CPU %7.1f ms\n", what,
           seeds_bench_median (times->wall), g_array_index (times->wall, double, 0),
           seeds_bench_median (times->cpu));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("— time importing score cards");
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsStore) store = NULL;
  g_autoptr(SeedsFramework) framework = NULL;
  g_autoptr(SeedsCommunity) community = NULL;
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(SeedsSession) session = NULL;
  g_autoptr(GArray) importer_wall = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) importer_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) session_wall = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) session_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  Times importer = { importer_wall, importer_cpu };
  Times in_session = { session_wall, session_cpu };
  g_autofree char *dir = NULL;
  g_autofree char *cards_dir = NULL;
  g_autofree char *path = NULL;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  if (n_meetings < 1 || n_members < 1 || n_runs < 1)
    {
      g_printerr ("Meetings, members and runs must be at least 1.\n");
      return 2;
    }

  dir = g_dir_make_tmp ("seeds-bench-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "bench.db", NULL);
  cards_dir = g_build_filename (dir, "cards", NULL);
  g_assert_cmpint (g_mkdir (cards_dir, 0700), ==, 0);

  framework = seeds_framework_new_default ("en");
  store = seeds_store_open (path, &error);
  g_assert_no_error (error);

  community = seeds_test_generate_community (store, framework, n_meetings, n_members, 2020);
  files = write_cards (cards_dir, store, framework, community);

  session = seeds_session_new (store, framework);

  /* In turn, so that both meet the same conditions */
  for (int i = 0; i < n_runs; i++)
    {
      time_importer (store, framework, files, &importer);
      time_session (session, files, &in_session);
    }

  seeds_session_close (session);
  g_clear_object (&session);

  g_print ("Import of %u score cards (%s), each whole or not at all, in one batch, %d runs:\n", files->len,
           newcomers ? "newcomers to one meeting" : "members of the meetings", n_runs);
  print_times ("importer, on one thread:", &importer);
  print_times ("session, on its worker:", &in_session);

  g_clear_object (&store);
  seeds_test_remove_database (path);
  seeds_test_remove_dir (dir);

  return 0;
}
