/* seeds-bench-database.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "model/seeds-framework.h"
#include "model/seeds-partner-type.h"
#include "model/seeds-score.h"
#include "store/seeds-store.h"
#include "store/seeds-store-schema.h"
#include "seeds-bench-database.h"
#include "seeds-test-util.h"

/* The store makes the schema, so that the file is exactly what the app
 * expects; the rows then go in through one connection of our own, in one
 * transaction without syncing: it is test data, made again if the run is
 * cut short. Every meeting has every member's score of every factor, a
 * comment on one score in twenty, and two next steps, reviewed at the
 * next meeting as the app's review does. */

#define TIME 1767225600  /* 2026-01-01 */

typedef struct
{
  sqlite3      *db;
  GRand        *rand;
  GPtrArray    *factor_ids;
  sqlite3_stmt *community;
  sqlite3_stmt *participant;
  sqlite3_stmt *meeting;
  sqlite3_stmt *attend;
  sqlite3_stmt *score;
  sqlite3_stmt *step;
  sqlite3_stmt *review;
} Generator;

static gboolean
check_rc (Generator  *gen,
          int         rc,
          GError    **error)
{
  if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
    return TRUE;

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", sqlite3_errmsg (gen->db));
  return FALSE;
}

static gboolean
step_reset (Generator     *gen,
            sqlite3_stmt  *stmt,
            GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  return check_rc (gen, rc, error);
}

/* A version 4 UUID drawn from the seed, so that every run makes the same
 * file */
static void
make_id (Generator *gen,
         char       id[37])
{
  guint32 r[4];

  for (guint i = 0; i < G_N_ELEMENTS (r); i++)
    r[i] = g_rand_int (gen->rand);

  g_snprintf (id, 37, "%08x-%04x-4%03x-%04x-%04x%08x", r[0], r[1] >> 16, r[1] & 0xfff,
              0x8000 | (r[2] >> 18), r[2] & 0xffff, r[3]);
}

static int
draw_score (Generator *gen,
            guint      factor,
            guint      meeting,
            guint      n_meetings)
{
  int lean = 2 + (int) (factor % 3) + (int) (2 * meeting / MAX (n_meetings, 1));
  int value;

  if (g_rand_int_range (gen->rand, 0, 15) == 0)
    return SEEDS_SCORE_DONT_KNOW;

  value = lean + g_rand_int_range (gen->rand, -2, 2);
  return CLAMP (value, SEEDS_SCORE_MIN, SEEDS_SCORE_MAX);
}

static gboolean
prepare (Generator  *gen,
         GError    **error)
{
  static const struct {
    gsize       offset;
    const char *sql;
  } statements[] = {
    { G_STRUCT_OFFSET (Generator, community),
      "INSERT INTO communities (id, name, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)" },
    { G_STRUCT_OFFSET (Generator, participant),
      "INSERT INTO participants (id, community_id, name, organisation, partner_type, created_at,"
      " updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)" },
    { G_STRUCT_OFFSET (Generator, meeting),
      "INSERT INTO meetings (id, community_id, framework_id, date, title, created_at, updated_at)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)" },
    { G_STRUCT_OFFSET (Generator, attend),
      "INSERT INTO attendance (meeting_id, participant_id) VALUES (?1, ?2)" },
    { G_STRUCT_OFFSET (Generator, score),
      "INSERT INTO scores (meeting_id, participant_id, factor_id, value, comment, updated_at)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6)" },
    { G_STRUCT_OFFSET (Generator, step),
      "INSERT INTO next_steps (id, meeting_id, factor_id, text, created_at, updated_at)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?5)" },
    { G_STRUCT_OFFSET (Generator, review),
      "UPDATE next_steps SET status = ?2, reviewed_in = ?3 WHERE id = ?1" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (statements); i++)
    {
      sqlite3_stmt **stmt = G_STRUCT_MEMBER_P (gen, statements[i].offset);

      if (!check_rc (gen, sqlite3_prepare_v2 (gen->db, statements[i].sql, -1, stmt, NULL), error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
add_people (Generator   *gen,
            const char  *community_id,
            guint        n,
            char       (*ids)[37],
            GError     **error)
{
  for (guint p = 0; p < n; p++)
    {
      g_autofree char *name = g_strdup_printf ("Member %u", p + 1);

      make_id (gen, ids[p]);
      sqlite3_bind_text (gen->participant, 1, ids[p], -1, SQLITE_STATIC);
      sqlite3_bind_text (gen->participant, 2, community_id, -1, SQLITE_STATIC);
      sqlite3_bind_text (gen->participant, 3, name, -1, SQLITE_STATIC);
      sqlite3_bind_text (gen->participant, 4, p % 3 == 0 ? "Kwekerij De Groene Kas" : "", -1,
                         SQLITE_STATIC);
      sqlite3_bind_text (gen->participant, 5,
                         seeds_partner_type_to_string (p % SEEDS_N_PARTNER_TYPES), -1,
                         SQLITE_STATIC);
      sqlite3_bind_int64 (gen->participant, 6, TIME);
      if (!step_reset (gen, gen->participant, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
add_scores (Generator   *gen,
            const char  *meeting_id,
            char       (*people)[37],
            guint        n_people,
            guint        m,
            guint        n_meetings,
            GError     **error)
{
  for (guint p = 0; p < n_people; p++)
    {
      sqlite3_bind_text (gen->attend, 1, meeting_id, -1, SQLITE_STATIC);
      sqlite3_bind_text (gen->attend, 2, people[p], -1, SQLITE_STATIC);
      if (!step_reset (gen, gen->attend, error))
        return FALSE;

      for (guint f = 0; f < gen->factor_ids->len; f++)
        {
          int value = draw_score (gen, f, m, n_meetings);
          g_autofree char *comment = NULL;

          if (g_rand_int_range (gen->rand, 0, 20) == 0)
            comment = g_strdup_printf ("Remark %u on factor %u", m + 1, f + 1);

          sqlite3_bind_text (gen->score, 1, meeting_id, -1, SQLITE_STATIC);
          sqlite3_bind_text (gen->score, 2, people[p], -1, SQLITE_STATIC);
          sqlite3_bind_text (gen->score, 3, g_ptr_array_index (gen->factor_ids, f), -1,
                             SQLITE_STATIC);
          if (value == SEEDS_SCORE_DONT_KNOW)
            sqlite3_bind_null (gen->score, 4);
          else
            sqlite3_bind_int (gen->score, 4, value);
          sqlite3_bind_text (gen->score, 5, comment != NULL ? comment : "", -1, SQLITE_STATIC);
          sqlite3_bind_int64 (gen->score, 6, TIME + m);
          if (!step_reset (gen, gen->score, error))
            return FALSE;
        }
    }

  return TRUE;
}

/* Two steps agreed at this meeting; those of the one before are reviewed
 * in it. */
static gboolean
add_steps (Generator   *gen,
           const char  *meeting_id,
           guint        m,
           char       (*steps)[37],
           GError     **error)
{
  static const char * const outcomes[] = { "done", "open", "dropped" };

  for (guint s = 0; s < 2; s++)
    {
      if (m > 0)
        {
          sqlite3_bind_text (gen->review, 1, steps[s], -1, SQLITE_STATIC);
          sqlite3_bind_text (gen->review, 2, outcomes[(2 * m + s) % G_N_ELEMENTS (outcomes)], -1,
                             SQLITE_STATIC);
          sqlite3_bind_text (gen->review, 3, meeting_id, -1, SQLITE_STATIC);
          if (!step_reset (gen, gen->review, error))
            return FALSE;
        }

      make_id (gen, steps[s]);
      sqlite3_bind_text (gen->step, 1, steps[s], -1, SQLITE_STATIC);
      sqlite3_bind_text (gen->step, 2, meeting_id, -1, SQLITE_STATIC);
      sqlite3_bind_text (gen->step, 3,
                         g_ptr_array_index (gen->factor_ids, (2 * m + s) % gen->factor_ids->len),
                         -1, SQLITE_STATIC);
      sqlite3_bind_text (gen->step, 4, "Try something", -1, SQLITE_STATIC);
      sqlite3_bind_int64 (gen->step, 5, TIME + m);
      if (!step_reset (gen, gen->step, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
add_community (Generator                 *gen,
               const SeedsBenchDatabase  *shape,
               guint                      c,
               GError                   **error)
{
  g_autofree char (*people)[37] = g_malloc0_n (shape->n_participants, 37);
  g_autofree char *name = g_strdup_printf ("Generated community %03u", c + 1);
  g_autoptr(GDate) date = g_date_new_dmy (4, G_DATE_JANUARY, 2016);
  char community_id[37];
  char steps[2][37];

  make_id (gen, community_id);
  sqlite3_bind_text (gen->community, 1, community_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (gen->community, 2, name, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (gen->community, 3, TIME);
  if (!step_reset (gen, gen->community, error) ||
      !add_people (gen, community_id, shape->n_participants, people, error))
    return FALSE;

  for (guint m = 0; m < shape->n_meetings; m++, g_date_add_months (date, 1))
    {
      g_autofree char *title = g_strdup_printf ("Meeting %u", m + 1);
      char meeting_id[37];
      char iso[11];

      make_id (gen, meeting_id);
      g_date_strftime (iso, sizeof iso, "%Y-%m-%d", date);
      sqlite3_bind_text (gen->meeting, 1, meeting_id, -1, SQLITE_STATIC);
      sqlite3_bind_text (gen->meeting, 2, community_id, -1, SQLITE_STATIC);
      sqlite3_bind_text (gen->meeting, 3, SEEDS_FRAMEWORK_DEFAULT_ID, -1, SQLITE_STATIC);
      sqlite3_bind_text (gen->meeting, 4, iso, -1, SQLITE_STATIC);
      sqlite3_bind_text (gen->meeting, 5, title, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (gen->meeting, 6, TIME + m);
      if (!step_reset (gen, gen->meeting, error) ||
          !add_scores (gen, meeting_id, people, shape->n_participants, m, shape->n_meetings,
                       error) ||
          !add_steps (gen, meeting_id, m, steps, error))
        return FALSE;
    }

  return TRUE;
}

static void
generator_clear (Generator *gen)
{
  sqlite3_stmt **stmts[] = { &gen->community, &gen->participant, &gen->meeting, &gen->attend,
                             &gen->score, &gen->step, &gen->review };

  for (guint i = 0; i < G_N_ELEMENTS (stmts); i++)
    g_clear_pointer (stmts[i], sqlite3_finalize);
  g_clear_pointer (&gen->db, sqlite3_close);
  g_clear_pointer (&gen->rand, g_rand_free);
  g_clear_pointer (&gen->factor_ids, g_ptr_array_unref);
}

static gboolean
exec (Generator   *gen,
      const char  *sql,
      GError     **error)
{
  return check_rc (gen, sqlite3_exec (gen->db, sql, NULL, NULL, NULL), error);
}

static gboolean
generate (const SeedsBenchDatabase  *shape,
          const char                *path,
          GError                   **error)
{
  g_autoptr(SeedsFramework) framework = seeds_framework_new_default ("en");
  g_autoptr(SeedsStore) store = seeds_store_open (path, error);
  Generator gen = { NULL, };
  gboolean ok;

  if (store == NULL)
    return FALSE;
  g_clear_object (&store);

  gen.rand = g_rand_new_with_seed (shape->seed);
  gen.factor_ids = g_ptr_array_new_with_free_func (g_free);
  for (guint f = 0; f < seeds_framework_get_n_factors (framework); f++)
    g_ptr_array_add (gen.factor_ids,
                     g_strdup (seeds_factor_get_id (seeds_framework_get_factor (framework, f))));

  ok = check_rc (&gen, sqlite3_open_v2 (path, &gen.db, SQLITE_OPEN_READWRITE, NULL), error) &&
       exec (&gen, "PRAGMA journal_mode = DELETE; PRAGMA synchronous = OFF;"
                   "PRAGMA cache_size = -524288; BEGIN", error) &&
       prepare (&gen, error);

  for (guint c = 0; ok && c < shape->n_communities; c++)
    ok = add_community (&gen, shape, c, error);

  ok = ok && exec (&gen, "COMMIT; PRAGMA journal_mode = WAL", error);
  generator_clear (&gen);

  return ok;
}

/* Whether @path is a database of the schema this build makes: the app
 * would update an older one, and change the file it is timed with. */
static gboolean
is_current (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int version = -1;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return version == seeds_store_schema_get_latest_version ();
}

/**
 * seeds_bench_database_ensure:
 * @shape: how many communities, meetings and participants
 * @path: where the database is kept between runs
 *
 * Makes the database at @path unless it is there already, of the latest
 * version of the schema. It is made under another name and renamed when
 * complete, so that a run cut short leaves nothing that passes for it.
 */
gboolean
seeds_bench_database_ensure (const SeedsBenchDatabase  *shape,
                             const char                *path,
                             GError                   **error)
{
  g_autofree char *partial = g_strconcat (path, ".partial", NULL);

  if (g_file_test (path, G_FILE_TEST_EXISTS) && is_current (path))
    return TRUE;

  seeds_test_remove_database (path);
  seeds_test_remove_database (partial);
  if (!generate (shape, partial, error))
    {
      seeds_test_remove_database (partial);
      return FALSE;
    }

  if (g_rename (partial, path) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Cannot rename %s", partial);
      return FALSE;
    }

  return TRUE;
}
