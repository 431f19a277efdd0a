/* test-crash.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <sqlite3.h>

#include "store/seeds-store-backup.h"
#include "seeds-test-tools.h"
#include "seeds-test-util.h"

/* The crash harness: starts crash-writer, which writes to a database as
 * the app does, kills it with SIGKILL at a random moment, and checks the
 * database: PRAGMA integrity_check and foreign_key_check clean, and every
 * write the writer acknowledged is there — only the one under way at the
 * kill may be there or not. Over and over on the same file, as a laptop
 * that loses power now and then would.
 *
 * Usage: test-crash [--tap] CRASH-WRITER [KILLS] [SEED]; build-aux/test
 * runs 200 kills, build-aux/crash thousands. */

#define N_FACTORS 12

static const char *writer_path;
static guint n_kills = 200;
static guint32 seed;

typedef enum
{
  OP_CARD,
  OP_SCORE,
  OP_STEP,
  OP_BACKUP,
} OpKind;

typedef struct
{
  OpKind  kind;
  char   *participant_id;
  int     values[N_FACTORS + 1];  /* by factor; 0 where the op leaves it */
  char   *step;
} Op;

/* What the database must hold: participant id → int[N_FACTORS + 1] of
 * scores, and the texts of the next steps. */
typedef struct
{
  GHashTable *scores;
  GHashTable *steps;
} Model;

static void
op_clear (Op *op)
{
  g_clear_pointer (&op->participant_id, g_free);
  g_clear_pointer (&op->step, g_free);
}

static void
model_init (Model *model)
{
  model->scores = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  model->steps = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static void
model_clear (Model *model)
{
  g_clear_pointer (&model->scores, g_hash_table_unref);
  g_clear_pointer (&model->steps, g_hash_table_unref);
}

static void
model_copy (Model       *copy,
            const Model *model)
{
  GHashTableIter iter;
  gpointer key, value;

  model_init (copy);
  g_hash_table_iter_init (&iter, model->scores);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (copy->scores, g_strdup (key),
                         g_memdup2 (value, sizeof (int) * (N_FACTORS + 1)));
  g_hash_table_iter_init (&iter, model->steps);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_hash_table_add (copy->steps, g_strdup (key));
}

static void
model_apply (Model    *model,
             const Op *op)
{
  int *values;

  if (op->kind == OP_BACKUP)
    return;

  if (op->kind == OP_STEP)
    {
      g_hash_table_add (model->steps, g_strdup (op->step));
      return;
    }

  values = g_hash_table_lookup (model->scores, op->participant_id);
  if (values == NULL)
    {
      values = g_new0 (int, N_FACTORS + 1);
      g_hash_table_insert (model->scores, g_strdup (op->participant_id), values);
    }

  for (guint f = 1; f <= N_FACTORS; f++)
    if (op->values[f] != 0 || op->kind == OP_CARD)
      values[f] = op->values[f];
}

static gboolean
model_equal (const Model *a,
             const Model *b)
{
  GHashTableIter iter;
  gpointer key, value;

  if (g_hash_table_size (a->scores) != g_hash_table_size (b->scores) ||
      g_hash_table_size (a->steps) != g_hash_table_size (b->steps))
    return FALSE;

  g_hash_table_iter_init (&iter, a->scores);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      int *other = g_hash_table_lookup (b->scores, key);

      if (other == NULL || memcmp (value, other, sizeof (int) * (N_FACTORS + 1)) != 0)
        return FALSE;
    }

  g_hash_table_iter_init (&iter, a->steps);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (b->steps, key))
      return FALSE;

  return TRUE;
}

/* "begin SEQ card MEMBER V1,…,V12", "begin SEQ score ID FACTOR VALUE",
 * "begin SEQ step TEXT…" */
static void
parse_begin (const char *line,
             guint      *seq,
             Op         *op)
{
  g_auto(GStrv) words = g_strsplit (line, " ", 4);

  g_assert_cmpuint (g_strv_length (words), >=, 3);
  *seq = (guint) g_ascii_strtoull (words[1], NULL, 10);
  memset (op, 0, sizeof *op);

  if (g_str_equal (words[2], "backup"))
    {
      op->kind = OP_BACKUP;
      return;
    }

  g_assert_cmpuint (g_strv_length (words), ==, 4);
  if (g_str_equal (words[2], "card"))
    {
      g_auto(GStrv) parts = g_strsplit (words[3], " ", 2);
      g_auto(GStrv) values = g_strsplit (parts[1], ",", -1);

      op->kind = OP_CARD;
      op->participant_id = g_strdup_printf ("00000000-0000-4000-8000-%012u",
                                            (guint) g_ascii_strtoull (parts[0], NULL, 10));
      g_assert_cmpuint (g_strv_length (values), ==, N_FACTORS);
      for (guint f = 1; f <= N_FACTORS; f++)
        op->values[f] = (int) g_ascii_strtoll (values[f - 1], NULL, 10);
    }
  else if (g_str_equal (words[2], "score"))
    {
      g_auto(GStrv) parts = g_strsplit (words[3], " ", 3);

      op->kind = OP_SCORE;
      op->participant_id = g_strdup (parts[0]);
      op->values[g_ascii_strtoull (parts[1], NULL, 10)] = (int) g_ascii_strtoll (parts[2], NULL, 10);
    }
  else
    {
      g_assert_cmpstr (words[2], ==, "step");
      op->kind = OP_STEP;
      op->step = g_strdup (words[3]);
    }
}

/* Starts the writer; returns its pid and the read end of its output. */
static GPid
start_writer (const char *path,
              guint       first_seq,
              int        *out_fd)
{
  g_autofree char *seed_arg = g_strdup_printf ("%u", g_random_int ());
  g_autofree char *seq_arg = g_strdup_printf ("%u", first_seq);
  const char *argv[] = { writer_path, path, seed_arg, seq_arg, NULL };
  g_autoptr(GError) error = NULL;
  GPid pid = 0;

  g_spawn_async_with_pipes (NULL, (char **) argv, NULL,
                            G_SPAWN_DO_NOT_REAP_CHILD | SEEDS_TEST_SPAWN_FLAGS, NULL, NULL,
                            &pid, NULL, out_fd, NULL, &error);
  g_assert_no_error (error);

  return pid;
}

/* Reads what is there to read of @fd into @output within @timeout_ms;
 * FALSE at the end of the output. */
static gboolean
read_some (int      fd,
           GString *output,
           int      timeout_ms)
{
  struct pollfd pfd = { fd, POLLIN, 0 };
  char buffer[4096];
  ssize_t n;

  if (poll (&pfd, 1, timeout_ms) <= 0)
    return TRUE;

  n = read (fd, buffer, sizeof buffer);
  if (n <= 0)
    return n < 0 && errno == EINTR;

  g_string_append_len (output, buffer, n);
  return TRUE;
}

/* Kills the writer at a random moment: sometimes while it opens the
 * database, mostly while it writes. Returns its whole output. */
static char *
run_and_kill (const char *path,
              guint       first_seq)
{
  g_autoptr(GString) output = g_string_new (NULL);
  gint64 start = g_get_monotonic_time ();
  gint64 deadline;
  int status = 0;
  int fd = -1;
  GPid pid;

  pid = start_writer (path, first_seq, &fd);

  if (g_random_int_range (0, 5) == 0)
    {
      deadline = start + g_random_int_range (0, 15000);
    }
  else
    {
      /* Wait until its first write has begun, then a little: a loaded
       * machine makes it slower to start, not the kills less useful. */
      while (strstr (output->str, "begin ") == NULL &&
             g_get_monotonic_time () - start < 10 * G_USEC_PER_SEC &&
             read_some (fd, output, 100))
        ;
      deadline = g_get_monotonic_time () + g_random_int_range (0, 25000);
    }

  while (g_get_monotonic_time () < deadline)
    read_some (fd, output, (int) MAX (1, (deadline - g_get_monotonic_time ()) / 1000));

  kill (pid, SIGKILL);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);

  while (read_some (fd, output, 1000))
    ;
  close (fd);

  /* It may only die by our hand. */
  g_assert_true (WIFSIGNALED (status));
  g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);

  return g_string_free (g_steal_pointer (&output), FALSE);
}

/* Applies the acknowledged writes of @output to @model; sets @in_flight
 * to the write begun but not acknowledged, if any. Returns the next
 * sequence number. */
static guint
apply_output (Model      *model,
              const char *output,
              Op         *in_flight,
              gboolean   *has_in_flight,
              guint       first_seq)
{
  g_auto(GStrv) lines = g_strsplit (output, "\n", -1);
  guint next_seq = first_seq;
  guint begun_seq = 0;

  *has_in_flight = FALSE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "begin "))
        {
          /* The last line may be cut off by the kill: then it never began. */
          if (lines[i + 1] == NULL)
            break;
          op_clear (in_flight);
          parse_begin (lines[i], &begun_seq, in_flight);
          *has_in_flight = TRUE;
          next_seq = begun_seq + 1;
        }
      else if (g_str_has_prefix (lines[i], "ack ") && lines[i + 1] != NULL)
        {
          g_assert_true (*has_in_flight);
          g_assert_cmpuint (g_ascii_strtoull (lines[i] + 4, NULL, 10), ==, begun_seq);
          model_apply (model, in_flight);
          *has_in_flight = FALSE;
        }
    }

  return next_seq;
}

static void
read_database (const char *path,
               Model      *actual)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  model_init (actual);

  /* Killed before it made the database */
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);

  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  g_clear_pointer (&stmt, sqlite3_finalize);

  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA foreign_key_check", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  g_clear_pointer (&stmt, sqlite3_finalize);

  /* Before its first commit the writer may leave no tables at all. */
  if (sqlite3_prepare_v2 (db, "SELECT participant_id, factor_id, value FROM scores", -1,
                          &stmt, NULL) == SQLITE_OK)
    {
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          const char *id = (const char *) sqlite3_column_text (stmt, 0);
          guint factor = (guint) g_ascii_strtoull ((const char *) sqlite3_column_text (stmt, 1),
                                                   NULL, 10);
          int *values = g_hash_table_lookup (actual->scores, id);

          if (values == NULL)
            {
              values = g_new0 (int, N_FACTORS + 1);
              g_hash_table_insert (actual->scores, g_strdup (id), values);
            }
          values[factor] = sqlite3_column_int (stmt, 2);
        }
      g_clear_pointer (&stmt, sqlite3_finalize);

      g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT text FROM next_steps", -1, &stmt, NULL),
                       ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_hash_table_add (actual->steps, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      g_clear_pointer (&stmt, sqlite3_finalize);
    }

  sqlite3_close (db);
}

/* Every backup in the folder is whole: one killed half-way has only a
 * temporary name, which starts with a dot. Returns how many there are. */
static guint
check_backups (const char *path)
{
  g_autofree char *folder = seeds_store_get_backup_folder (path);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *backup = g_build_filename (folder, name, NULL);

      if (name[0] == '.')
        continue;

      g_assert_cmpint (seeds_test_query_int (backup, "SELECT count(*) FROM pragma_integrity_check "
                                                     "WHERE integrity_check <> 'ok'", NULL), ==, 0);
      n++;
    }

  return n;
}

/* The database holds every acknowledged write, and of the write under
 * way either all or nothing. Returns whether that write was there. */
static gboolean
check_database (const char *path,
                Model      *model,
                const Op   *in_flight,
                gboolean    has_in_flight)
{
  Model actual;
  Model with_in_flight;

  read_database (path, &actual);

  if (!model_equal (&actual, model))
    {
      g_assert_true (has_in_flight);
      model_copy (&with_in_flight, model);
      model_apply (&with_in_flight, in_flight);
      g_assert_true (model_equal (&actual, &with_in_flight));

      /* It was committed just before the kill. */
      model_apply (model, in_flight);
      model_clear (&with_in_flight);
      model_clear (&actual);
      return TRUE;
    }

  model_clear (&actual);
  return FALSE;
}

static void
test_kills (void)
{
  g_autofree char *dir = g_dir_make_tmp ("seeds-crash-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "crash.db", NULL);
  Op in_flight = { 0 };
  gboolean has_in_flight = FALSE;
  guint next_seq = 1;
  guint n_committed_unacked = 0;
  guint n_backups = 0;
  Model model;

  g_random_set_seed (seed);
  g_test_message ("%u kills, seed %u", n_kills, seed);
  model_init (&model);

  for (guint kill_no = 0; kill_no < n_kills; kill_no++)
    {
      g_autofree char *output = run_and_kill (path, next_seq);

      next_seq = apply_output (&model, output, &in_flight, &has_in_flight, next_seq);
      if (check_database (path, &model, &in_flight, has_in_flight))
        n_committed_unacked++;
      n_backups = check_backups (path);
      op_clear (&in_flight);
    }

  g_test_message ("%u writes begun; every acknowledged one is there (%u participants with "
                  "scores, %u next steps); %u writes were killed after their commit and "
                  "before their acknowledgement, and are there whole; %u backups kept, each "
                  "whole",
                  next_seq - 1, g_hash_table_size (model.scores), g_hash_table_size (model.steps),
                  n_committed_unacked, n_backups);
  /* Four in five kills come after a write began. */
  g_assert_cmpuint (next_seq, >, n_kills / 2);

  model_clear (&model);
  seeds_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  if (argc < 2)
    {
      g_printerr ("Usage: %s CRASH-WRITER [KILLS] [SEED]\n", argv[0]);
      return 2;
    }

  writer_path = argv[1];
  if (argc > 2)
    n_kills = (guint) g_ascii_strtoull (argv[2], NULL, 10);
  seed = argc > 3 ? (guint32) g_ascii_strtoull (argv[3], NULL, 10) : g_test_rand_int ();

  g_test_add_func ("/crash/kills", test_kills);

  return g_test_run ();
}
