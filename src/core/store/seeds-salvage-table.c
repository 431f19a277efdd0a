/* seeds-salvage-table.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "store/seeds-salvage-table.h"
#include "store/seeds-store-file.h"
#include "store/seeds-store-private.h"

/* The tables of a database as seeds_store_salvage() reads them: their
 * columns and keys, in an order with parents before their children; and,
 * once the rows are copied, the rows whose parent was lost. */

void
seeds_salvage_table_free (SeedsSalvageTable *table)
{
  g_free (table->name);
  g_free (table->quoted);
  g_free (table->columns);
  g_strfreev (table->key);
  g_strfreev (table->parents);
  g_free (table);
}

/* The schema */

static char *
quote_name (const char *name)
{
  char *quoted = sqlite3_mprintf ("\"%w\"", name);
  char *copy = g_strdup (quoted);

  sqlite3_free (quoted);

  return copy;
}

/* The first column of the rows of @sql, with @param bound to ?1 unless it
 * is %NULL, each quoted for SQL if @quote. */
static GStrv
query_names (sqlite3    *db,
             const char *sql,
             const char *param,
             gboolean    quote)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return g_strv_builder_end (names);

  if (param != NULL)
    sqlite3_bind_text (stmt, 1, param, -1, SQLITE_TRANSIENT);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 0);
      g_autofree char *quoted = quote ? quote_name (name) : NULL;

      g_strv_builder_add (names, quote ? quoted : name);
    }

  return g_strv_builder_end (names);
}

static SeedsSalvageTable *
describe_table (sqlite3    *db,
                const char *name)
{
  g_auto(GStrv) columns = NULL;
  g_autofree char *probe = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  SeedsSalvageTable *table = g_new0 (SeedsSalvageTable, 1);

  table->name = g_strdup (name);
  table->quoted = quote_name (name);

  columns = query_names (db, "SELECT name FROM pragma_table_info (?1) ORDER BY cid", name, TRUE);
  table->columns = g_strjoinv (", ", columns);
  table->n_columns = g_strv_length (columns);
  table->key = query_names (db, "SELECT name FROM pragma_table_info (?1) WHERE pk > 0 ORDER BY pk",
                            name, TRUE);
  table->parents = query_names (db, "SELECT DISTINCT \"table\" FROM pragma_foreign_key_list (?1)",
                                name, FALSE);

  /* A WITHOUT ROWID table has no rowid to select (pragma_table_list,
   * which tells, is newer than the SQLite we support). */
  probe = g_strdup_printf ("SELECT rowid FROM %s", table->quoted);
  table->has_rowid = sqlite3_prepare_v2 (db, probe, -1, &stmt, NULL) == SQLITE_OK;

  return table;
}

static gboolean
parents_placed (SeedsSalvageTable *table,
                GHashTable        *placed,
                GPtrArray         *unplaced)
{
  for (guint p = 0; table->parents[p] != NULL; p++)
    {
      const char *parent = table->parents[p];

      if (g_str_equal (parent, table->name) || g_hash_table_contains (placed, parent))
        continue;

      for (guint i = 0; i < unplaced->len; i++)
        if (g_str_equal (((SeedsSalvageTable *) g_ptr_array_index (unplaced, i))->name, parent))
          return FALSE;
    }

  return TRUE;
}

/* Returns: (transfer container): the tables of @db, parents before their
 * children */
GPtrArray *
seeds_salvage_list_tables (sqlite3 *db)
{
  g_auto(GStrv) names = NULL;
  g_autoptr(GPtrArray) unplaced = g_ptr_array_new_with_free_func ((GDestroyNotify) seeds_salvage_table_free);
  g_autoptr(GPtrArray) ordered = g_ptr_array_new_with_free_func ((GDestroyNotify) seeds_salvage_table_free);
  g_autoptr(GHashTable) placed = g_hash_table_new (g_str_hash, g_str_equal);

  names = query_names (db,
                       "SELECT name FROM sqlite_schema "
                       "WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                       "ORDER BY name",
                       NULL, FALSE);
  for (guint i = 0; names[i] != NULL; i++)
    g_ptr_array_add (unplaced, describe_table (db, names[i]));

  while (unplaced->len > 0)
    {
      guint i = 0;
      SeedsSalvageTable *table;

      while (i < unplaced->len &&
             !parents_placed (g_ptr_array_index (unplaced, i), placed, unplaced))
        i++;

      /* Tables that refer to each other: any order will do. */
      if (i == unplaced->len)
        i = 0;

      table = g_ptr_array_steal_index (unplaced, i);
      g_hash_table_add (placed, table->name);
      g_ptr_array_add (ordered, table);
    }

  return g_steal_pointer (&ordered);
}


/* Rows whose parent was lost */

typedef struct
{
  char     *parent;
  GString  *present;   /* child."a" IS NOT NULL AND … */
  GString  *match;     /* parent_row."x" = child."a" AND … */
  GString  *clear;     /* "a" = NULL, … */
  gboolean  set_null;  /* ON DELETE SET NULL: forget the reference, keep the row */
} ForeignKey;

static void
foreign_key_free (ForeignKey *key)
{
  g_free (key->parent);
  g_string_free (key->present, TRUE);
  g_string_free (key->match, TRUE);
  g_string_free (key->clear, TRUE);
  g_free (key);
}

static SeedsSalvageTable *
find_table (GPtrArray  *tables,
            const char *name)
{
  for (guint i = 0; i < tables->len; i++)
    {
      SeedsSalvageTable *table = g_ptr_array_index (tables, i);

      if (g_str_equal (table->name, name))
        return table;
    }

  return NULL;
}

/* The column of @parent that column @seq of a reference without columns
 * refers to: that of its primary key */
static char *
parent_key_column (GPtrArray  *tables,
                   const char *parent,
                   int         seq)
{
  SeedsSalvageTable *table = find_table (tables, parent);

  if (table != NULL && seq < (int) g_strv_length (table->key))
    return g_strdup (table->key[seq]);

  return g_strdup ("rowid");
}

static GPtrArray *
list_foreign_keys (sqlite3            *db,
                   GPtrArray          *tables,
                   SeedsSalvageTable  *table,
                   GError            **error)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func ((GDestroyNotify) foreign_key_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  ForeignKey *key = NULL;
  int id = -1;
  int rc;

  rc = sqlite3_prepare_v2 (db,
                           "SELECT id, seq, \"table\", \"from\", \"to\", on_delete "
                           "FROM pragma_foreign_key_list (?1) ORDER BY id, seq",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_bind_text (stmt, 1, table->name, -1, SQLITE_STATIC);
  if (rc != SQLITE_OK)
    {
      seeds_store_set_cause_from_sqlite (error, db, rc);
      return NULL;
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *parent = seeds_store_column_text (stmt, 2);
      g_autofree char *from = quote_name (seeds_store_column_text (stmt, 3));
      g_autofree char *to = NULL;

      if (key == NULL || sqlite3_column_int (stmt, 0) != id)
        {
          id = sqlite3_column_int (stmt, 0);
          key = g_new0 (ForeignKey, 1);
          key->parent = quote_name (parent);
          key->present = g_string_new (NULL);
          key->match = g_string_new (NULL);
          key->clear = g_string_new (NULL);
          key->set_null = g_strcmp0 (seeds_store_column_text (stmt, 5), "SET NULL") == 0;
          g_ptr_array_add (keys, key);
        }

      if (sqlite3_column_type (stmt, 4) != SQLITE_NULL)
        to = quote_name (seeds_store_column_text (stmt, 4));
      else
        to = parent_key_column (tables, parent, sqlite3_column_int (stmt, 1));

      g_string_append_printf (key->present, "%s.%s IS NOT NULL AND ", table->quoted, from);
      g_string_append_printf (key->match, "%sparent_row.%s = %s.%s",
                              key->match->len > 0 ? " AND " : "", to, table->quoted, from);
      g_string_append_printf (key->clear, "%s%s = NULL", key->clear->len > 0 ? ", " : "", from);
    }

  if (rc != SQLITE_DONE)
    {
      seeds_store_set_cause_from_sqlite (error, db, rc);
      return NULL;
    }

  return g_steal_pointer (&keys);
}

static gboolean
drop_orphans_of (sqlite3            *db,
                 GPtrArray          *tables,
                 SeedsSalvageTable  *table,
                 GError            **error)
{
  g_autoptr(GPtrArray) keys = list_foreign_keys (db, tables, table, error);

  if (keys == NULL)
    return FALSE;

  for (guint i = 0; i < keys->len; i++)
    {
      ForeignKey *key = g_ptr_array_index (keys, i);
      g_autofree char *orphans = g_strdup_printf ("%sNOT EXISTS (SELECT 1 FROM %s AS parent_row "
                                                  "WHERE %s)",
                                                  key->present->str, key->parent,
                                                  key->match->str);
      g_autofree char *sql = NULL;

      if (key->set_null)
        sql = g_strdup_printf ("UPDATE %s SET %s WHERE %s",
                               table->quoted, key->clear->str, orphans);
      else
        sql = g_strdup_printf ("DELETE FROM %s WHERE %s", table->quoted, orphans);

      if (!seeds_store_exec (db, sql, error))
        return FALSE;

      if (!key->set_null)
        table->n_dropped += sqlite3_changes (db);
    }

  return TRUE;
}

/* Drops the rows of @tables whose parent was lost, and forgets references
 * that may be forgotten. Parents come first, so that dropping a row drops
 * its children too. */
gboolean
seeds_salvage_drop_orphans (sqlite3    *db,
                            GPtrArray  *tables,
                            GError    **error)
{
  int n_problems = 0;
  int rc;

  for (guint i = 0; i < tables->len; i++)
    if (!drop_orphans_of (db, tables, g_ptr_array_index (tables, i), error))
      return FALSE;

  rc = seeds_store_query_int (db, "SELECT count(*) FROM pragma_foreign_key_check",
                              &n_problems);
  if (rc != SQLITE_OK)
    {
      seeds_store_set_cause_from_sqlite (error, db, rc);
      return FALSE;
    }

  if (n_problems > 0)
    {
      g_set_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_FAILED,
                   "%d rows still refer to rows that are missing", n_problems);
      return FALSE;
    }

  return TRUE;
}

/* Counts what @tables have in the new database. */
gboolean
seeds_salvage_count_rows (sqlite3    *db,
                          GPtrArray  *tables,
                          GError    **error)
{
  for (guint i = 0; i < tables->len; i++)
    {
      SeedsSalvageTable *table = g_ptr_array_index (tables, i);
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table->quoted);
      int n_rows = 0;
      int rc = seeds_store_query_int (db, sql, &n_rows);

      if (rc != SQLITE_OK)
        {
          seeds_store_set_cause_from_sqlite (error, db, rc);
          return FALSE;
        }

      table->n_rows = n_rows;
    }

  return TRUE;
}
