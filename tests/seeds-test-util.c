/* seeds-test-util.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "seeds-test-util.h"

static void
on_changed (SeedsStore        *store,
            guint              what,
            SeedsTestDatabase *fixture)
{
  fixture->n_changed++;
}

void
seeds_test_database_set_up (SeedsTestDatabase *fixture,
                            gconstpointer      data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("seeds-test-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "seeds.db", NULL);
  fixture->store = seeds_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_signal_connect (fixture->store, "changed", G_CALLBACK (on_changed), fixture);
  fixture->framework = seeds_framework_new_default ("en");
  fixture->n_changed = 0;
}

void
seeds_test_database_tear_down (SeedsTestDatabase *fixture,
                               gconstpointer      data)
{
  g_assert_finalize_object (fixture->store);
  g_assert_finalize_object (fixture->framework);
  seeds_test_remove_database (fixture->path);
  seeds_test_remove_dir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

/**
 * seeds_test_dump_database:
 * @path: a database file
 *
 * Reads every row of every table, in a stable order, through a connection
 * of its own, to see that a refused write changed nothing. It compares the
 * content, not the file's bytes, which the write-ahead log may touch.
 *
 * Returns: (transfer full): the rows as text
 */
char *
seeds_test_dump_database (const char *path)
{
  static const char * const queries[] = {
    "SELECT * FROM communities ORDER BY id",
    "SELECT * FROM meetings ORDER BY id",
    "SELECT * FROM participants ORDER BY id",
    "SELECT * FROM attendance ORDER BY meeting_id, participant_id",
    "SELECT * FROM scores ORDER BY meeting_id, participant_id, factor_id",
    "SELECT * FROM next_steps ORDER BY id",
  };
  g_autoptr(GString) dump = g_string_new (NULL);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, queries[i], -1, &stmt, NULL), ==, SQLITE_OK);
      g_string_append_printf (dump, "%s\n", queries[i]);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              const char *text = (const char *) sqlite3_column_text (stmt, c);

              g_string_append_printf (dump, "%s|", text != NULL ? text : "NULL");
            }
          g_string_append_c (dump, '\n');
        }
      sqlite3_finalize (stmt);
    }

  sqlite3_close (db);

  return g_string_free (g_steal_pointer (&dump), FALSE);
}

/* Removes a database with the files SQLite keeps next to it. */
void
seeds_test_remove_database (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_remove (file);
    }
}

/* Returns: (transfer full): the path of the new file @name in @dir */
char *
seeds_test_write_file (const char *dir,
                       const char *name,
                       const char *contents,
                       gssize      length)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);

  return path;
}

/* Removes @dir and the files in it. */
void
seeds_test_remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (handle);

  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_cmpint (g_remove (path), ==, 0);
    }

  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/**
 * seeds_test_parse_csv:
 * @csv: CSV text
 * @length: its length
 *
 * Reads CSV strictly as RFC 4180 has it, failing the test on anything
 * else: every record ends in CRLF, a field with a comma, quote or line
 * break is quoted, and a quote in it is doubled.
 *
 * Returns: (transfer container) (element-type GStrv): the records
 */
GPtrArray *
seeds_test_parse_csv (const char *csv,
                      gsize       length)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  const char *p = csv;
  const char *end = csv + length;

  while (p < end)
    {
      gboolean quoted = *p == '"';

      if (quoted)
        {
          for (p++; ; p++)
            {
              g_assert_true (p < end);  /* a closing quote */
              if (*p == '"' && p + 1 < end && p[1] == '"')
                g_string_append_c (field, *p++);
              else if (*p == '"')
                break;
              else
                g_string_append_c (field, *p);
            }
          p++;
        }
      else
        {
          for (; p < end && *p != ',' && *p != '\r' && *p != '\n'; p++)
            {
              g_assert_cmpint (*p, !=, '"');
              g_string_append_c (field, *p);
            }
        }

      g_ptr_array_add (fields, g_strdup (field->str));
      g_string_truncate (field, 0);

      g_assert_true (p < end);  /* every record ends in CRLF */
      if (*p == ',')
        {
          p++;
          continue;
        }

      g_assert_true (p + 1 < end && p[0] == '\r' && p[1] == '\n');
      p += 2;
      g_ptr_array_add (fields, NULL);
      g_ptr_array_add (records, g_ptr_array_free (g_steal_pointer (&fields), FALSE));
      fields = g_ptr_array_new_with_free_func (g_free);
    }

  return g_steal_pointer (&records);
}
