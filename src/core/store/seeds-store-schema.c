/* seeds-store-schema.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "store/seeds-store-file.h"
#include "store/seeds-store-private.h"
#include "store/seeds-store-schema.h"

/* migrations[i] brings a database from version i to version i + 1
 * (PRAGMA user_version). A released step is never edited: a change to the
 * schema is a new step appended at the end, and tests/test-store-migrations.c
 * gets rows to put into the version it starts from.
 *
 * Foreign keys are off while a step runs, so that a step may rebuild a table
 * the way https://sqlite.org/lang_altertable.html#otheralter describes;
 * PRAGMA foreign_key_check must come out clean before the step commits. */
static const char * const migrations[] = {
  /* 0 → 1: communities, meetings, participants, scores and next steps */
  "CREATE TABLE communities ("
  "  id         TEXT PRIMARY KEY NOT NULL,"
  "  name       TEXT NOT NULL,"
  "  created_at INTEGER NOT NULL,"
  "  updated_at INTEGER NOT NULL"
  ");"

  "CREATE TABLE meetings ("
  "  id           TEXT PRIMARY KEY NOT NULL,"
  "  community_id TEXT NOT NULL REFERENCES communities (id) ON DELETE CASCADE,"
  "  framework_id TEXT NOT NULL,"
  "  date         TEXT NOT NULL,"
  "  title        TEXT NOT NULL,"
  "  notes        TEXT NOT NULL DEFAULT '',"
  "  created_at   INTEGER NOT NULL,"
  "  updated_at   INTEGER NOT NULL"
  ");"
  "CREATE INDEX meetings_by_community ON meetings (community_id, date);"

  "CREATE TABLE participants ("
  "  id           TEXT PRIMARY KEY NOT NULL,"
  "  community_id TEXT NOT NULL REFERENCES communities (id) ON DELETE CASCADE,"
  "  name         TEXT NOT NULL,"
  "  organisation TEXT NOT NULL DEFAULT '',"
  "  partner_type TEXT NOT NULL"
  "               CHECK (partner_type IN ('company', 'government', 'education',"
  "                                       'research', 'other')),"
  "  created_at   INTEGER NOT NULL,"
  "  updated_at   INTEGER NOT NULL"
  ");"
  "CREATE INDEX participants_by_community ON participants (community_id);"

  "CREATE TABLE attendance ("
  "  meeting_id     TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,"
  "  participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (meeting_id, participant_id)"
  ");"
  "CREATE INDEX attendance_by_participant ON attendance (participant_id);"

  /* A score belongs to someone who attended the meeting: taking a
   * participant off the meeting takes their scores with them. */
  "CREATE TABLE scores ("
  "  meeting_id     TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,"
  "  participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,"
  "  factor_id      TEXT NOT NULL,"
  "  value          INTEGER CHECK (value IS NULL OR value BETWEEN 1 AND 5),"
  "  comment        TEXT NOT NULL DEFAULT '',"
  "  updated_at     INTEGER NOT NULL,"
  "  PRIMARY KEY (meeting_id, participant_id, factor_id),"
  "  FOREIGN KEY (meeting_id, participant_id)"
  "    REFERENCES attendance (meeting_id, participant_id) ON DELETE CASCADE"
  ");"
  "CREATE INDEX scores_by_participant ON scores (participant_id);"

  "CREATE TABLE next_steps ("
  "  id         TEXT PRIMARY KEY NOT NULL,"
  "  meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,"
  "  factor_id  TEXT NOT NULL,"
  "  text       TEXT NOT NULL,"
  "  owner      TEXT NOT NULL DEFAULT '',"
  "  due_date   TEXT,"
  "  status     TEXT NOT NULL DEFAULT 'open'"
  "             CHECK (status IN ('open', 'done', 'dropped')),"
  "  created_at INTEGER NOT NULL,"
  "  updated_at INTEGER NOT NULL"
  ");"
  "CREATE INDEX next_steps_by_meeting ON next_steps (meeting_id, factor_id);",

  /* 1 → 2: meetings held with the printed poster, whose stickers are
   * counted per factor and score; and the review of next steps in later
   * meetings */
  "ALTER TABLE meetings ADD COLUMN kind TEXT NOT NULL DEFAULT 'scores'"
  "  CHECK (kind IN ('scores', 'poster'));"

  /* value 0 is "don't know": a number rather than NULL, so that it can be
   * part of the key */
  "CREATE TABLE tallies ("
  "  meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,"
  "  factor_id  TEXT NOT NULL,"
  "  value      INTEGER NOT NULL CHECK (value BETWEEN 0 AND 5),"
  "  count      INTEGER NOT NULL CHECK (count >= 0),"
  "  PRIMARY KEY (meeting_id, factor_id, value)"
  ") WITHOUT ROWID;"

  /* The meeting in whose review a step was marked done, carried over or
   * dropped. Deleting that meeting forgets the review, not the step. */
  "ALTER TABLE next_steps ADD COLUMN reviewed_in TEXT"
  "  REFERENCES meetings (id) ON DELETE SET NULL;"
  "CREATE INDEX next_steps_by_review ON next_steps (reviewed_in);"

  /* The history reads every score of a community at once: kept in the
   * order of their key, a meeting's scores are read without a lookup per
   * score. */
  "CREATE TABLE scores_by_key ("
  "  meeting_id     TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,"
  "  participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,"
  "  factor_id      TEXT NOT NULL,"
  "  value          INTEGER CHECK (value IS NULL OR value BETWEEN 1 AND 5),"
  "  comment        TEXT NOT NULL DEFAULT '',"
  "  updated_at     INTEGER NOT NULL,"
  "  PRIMARY KEY (meeting_id, participant_id, factor_id),"
  "  FOREIGN KEY (meeting_id, participant_id)"
  "    REFERENCES attendance (meeting_id, participant_id) ON DELETE CASCADE"
  ") WITHOUT ROWID;"
  "INSERT INTO scores_by_key (meeting_id, participant_id, factor_id, value, comment, updated_at)"
  "  SELECT meeting_id, participant_id, factor_id, value, comment, updated_at FROM scores;"
  "DROP TABLE scores;"
  "ALTER TABLE scores_by_key RENAME TO scores;"
  "CREATE INDEX scores_by_participant ON scores (participant_id);",

  /* 2 → 3: the directory of learning communities. Every community gets a
   * profile; those of other communities come from their .seedsprofile
   * files, from the fictional sample, or are entered by hand ('known').
   * Your own are the ones you hold meetings of.
   * For an imported one, updated_at is when its profile was made, so that
   * the newer of two profiles wins. */
  "ALTER TABLE communities ADD COLUMN origin TEXT NOT NULL DEFAULT 'own'"
  "  CHECK (origin IN ('own', 'profile', 'sample', 'known'));"
  "ALTER TABLE communities ADD COLUMN type TEXT NOT NULL DEFAULT 'other'"
  "  CHECK (type IN ('field-lab', 'living-lab', 'other'));"
  "ALTER TABLE communities ADD COLUMN theme TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE communities ADD COLUMN place TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE communities ADD COLUMN latitude REAL"
  "  CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90);"
  "ALTER TABLE communities ADD COLUMN longitude REAL"
  "  CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180)"
  "  CHECK ((latitude IS NULL) = (longitude IS NULL));"
  "ALTER TABLE communities ADD COLUMN partners TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE communities ADD COLUMN contact_name TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE communities ADD COLUMN email TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE communities ADD COLUMN phone TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE communities ADD COLUMN website TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE communities ADD COLUMN description TEXT NOT NULL DEFAULT '';"
  /* Removed from the directory, but kept until the undo is no longer
   * offered (seeds_store_purge_removed_entries()): NULL while present */
  "ALTER TABLE communities ADD COLUMN removed_at INTEGER;"

  /* The results an imported community shares of its latest meeting:
   * aggregates of the factors that at least three people scored, never
   * anyone's own score. */
  "CREATE TABLE shared_results ("
  "  community_id   TEXT PRIMARY KEY NOT NULL"
  "                 REFERENCES communities (id) ON DELETE CASCADE,"
  "  framework_id   TEXT NOT NULL,"
  "  date           TEXT NOT NULL,"
  "  n_participants INTEGER NOT NULL CHECK (n_participants >= 0)"
  ");"
  "CREATE TABLE shared_scores ("
  "  community_id TEXT NOT NULL REFERENCES shared_results (community_id) ON DELETE CASCADE,"
  "  position     INTEGER NOT NULL,"
  "  factor_id    TEXT NOT NULL,"
  "  n            INTEGER NOT NULL CHECK (n >= 3),"
  "  mean10       INTEGER NOT NULL CHECK (mean10 BETWEEN 10 AND 50),"
  "  spread100    INTEGER NOT NULL CHECK (spread100 BETWEEN 0 AND 200),"
  "  band         TEXT NOT NULL CHECK (band IN ('attention', 'discuss', 'strength')),"
  "  PRIMARY KEY (community_id, factor_id),"
  "  UNIQUE (community_id, position)"
  ") WITHOUT ROWID;",

  /* 3 → 4: the community's own page. A participant's role is the id of a
   * role of the framework (<role> in the framework file), NULL for none;
   * the store does not check it against a framework, which may change. */
  "ALTER TABLE participants ADD COLUMN role TEXT"
  "  CHECK (role IS NULL OR length (role) BETWEEN 1 AND 32);"

  /* What the facilitator's community can spend its points on. A reward
   * that was redeemed is archived, never deleted, so that the ledger
   * keeps what it was spent on. */
  "CREATE TABLE rewards ("
  "  id           TEXT PRIMARY KEY NOT NULL,"
  "  community_id TEXT NOT NULL REFERENCES communities (id) ON DELETE CASCADE,"
  "  title        TEXT NOT NULL,"
  "  cost         INTEGER NOT NULL CHECK (cost > 0),"
  "  created_at   INTEGER NOT NULL,"
  "  archived     INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))"
  ");"
  "CREATE INDEX rewards_by_community ON rewards (community_id);"

  /* Team points: an append-only ledger, whose sum is the balance. Each
   * event earns once: event_key names it ("step-done:<step id>"), and
   * the key is unique in the community, so that an award can be tried
   * again and again. reason is the id of the earning rule, 'reward' for
   * points spent and 'correction' for a counter-entry of correction_of.
   * correction_of and reward_id are no foreign keys: neither an entry
   * nor a reward is ever deleted but with its community, and a salvage
   * (seeds-store-salvage.c), which deletes the rows whose parent it lost,
   * keeps an entry whose reward was on a damaged page. */
  "CREATE TABLE ledger ("
  "  id            INTEGER PRIMARY KEY,"
  "  community_id  TEXT NOT NULL REFERENCES communities (id) ON DELETE CASCADE,"
  "  amount        INTEGER NOT NULL CHECK (amount <> 0),"
  "  reason        TEXT NOT NULL CHECK (length (reason) BETWEEN 1 AND 32),"
  "  event_key     TEXT NOT NULL,"
  "  created_at    INTEGER NOT NULL,"
  "  agreed_by     TEXT,"
  "  correction_of INTEGER,"
  "  reward_id     TEXT,"
  "  UNIQUE (community_id, event_key)"
  ");"
  /* Entries are never changed, and removed only with their community:
   * a correction is a counter-entry. */
  "CREATE TRIGGER ledger_never_updated BEFORE UPDATE ON ledger "
  "BEGIN SELECT RAISE (ABORT, 'ledger entries are never changed'); END;"
  "CREATE TRIGGER ledger_never_deleted BEFORE DELETE ON ledger "
  "  WHEN EXISTS (SELECT 1 FROM communities WHERE id = OLD.community_id) "
  "BEGIN SELECT RAISE (ABORT, 'ledger entries are never deleted'); END;"

  /* Brilliant failures: what a community tried, what happened and what
   * it learned, with the factor it touches if any. */
  "CREATE TABLE failures ("
  "  id           TEXT PRIMARY KEY NOT NULL,"
  "  community_id TEXT NOT NULL REFERENCES communities (id) ON DELETE CASCADE,"
  "  tried        TEXT NOT NULL,"
  "  happened     TEXT NOT NULL,"
  "  learned      TEXT NOT NULL,"
  "  factor_id    TEXT,"
  "  created_at   INTEGER NOT NULL"
  ");"
  "CREATE INDEX failures_by_community ON failures (community_id, created_at);",

  /* 4 → 5: a next step may take up an idea of another learning community
   * of the directory: its id, and its name at the time. No foreign key:
   * the step keeps saying where its idea came from after that community
   * was renamed or removed from the directory. Both or neither. */
  "ALTER TABLE next_steps ADD COLUMN origin_id TEXT;"
  "ALTER TABLE next_steps ADD COLUMN origin_name TEXT"
  "  CHECK ((origin_id IS NULL) = (origin_name IS NULL));",

  /* 5 → 6: shared directories, folders (local, synced, or on a server
   * through GVfs) where communities publish their profiles. last_refresh
   * is the last time the folder was read whole; last_error why the latest
   * try failed, NULL when it did not. */
  "CREATE TABLE directory_sources ("
  "  uri          TEXT PRIMARY KEY NOT NULL,"
  "  display_name TEXT NOT NULL,"
  "  added_at     INTEGER NOT NULL,"
  "  last_refresh INTEGER,"
  "  last_error   TEXT"
  ");"
  /* Where an entry of the directory was last seen, and when. No foreign
   * key to its source: an entry is kept when its source goes, so that
   * the directory keeps working with the last good copy. */
  "CREATE TABLE directory_sightings ("
  "  community_id TEXT PRIMARY KEY NOT NULL"
  "               REFERENCES communities (id) ON DELETE CASCADE,"
  "  source_uri   TEXT NOT NULL,"
  "  seen_at      INTEGER NOT NULL"
  ");",

  /* 6 → 7: frameworks other than the built-in ones, kept as the bytes of
   * the file they were imported from, so that exporting one gives that
   * file back. A file whose id is here already with other content is
   * kept as a new edition of that id, never in place of the old one:
   * meetings scored with it keep their wording. The edition in the key is
   * this database's, which may differ from the one the file says.
   * A community's framework is the one its new meetings are scored with;
   * a meeting keeps the edition it was scored with. No foreign keys: the
   * built-in frameworks are no rows. */
  "CREATE TABLE frameworks ("
  "  id      TEXT NOT NULL CHECK (length (id) BETWEEN 1 AND 64),"
  "  edition INTEGER NOT NULL CHECK (edition BETWEEN 1 AND 999999),"
  "  content BLOB NOT NULL,"
  "  name    TEXT NOT NULL,"
  "  added   TEXT NOT NULL,"
  "  PRIMARY KEY (id, edition)"
  ");"
  "ALTER TABLE communities ADD COLUMN framework_id TEXT NOT NULL DEFAULT 'greenport-2020';"
  "ALTER TABLE communities ADD COLUMN framework_edition INTEGER NOT NULL DEFAULT 1"
  "  CHECK (framework_edition >= 1);"
  "ALTER TABLE meetings ADD COLUMN framework_edition INTEGER NOT NULL DEFAULT 1"
  "  CHECK (framework_edition >= 1);",
};

int
seeds_store_schema_get_latest_version (void)
{
  return G_N_ELEMENTS (migrations);
}

static int
exec_sql (sqlite3     *db,
          const char  *sql,
          char       **errmsg)
{
  char *sqlite_errmsg = NULL;
  int rc;

  rc = sqlite3_exec (db, sql, NULL, NULL, &sqlite_errmsg);
  if (rc != SQLITE_OK && errmsg != NULL && *errmsg == NULL)
    *errmsg = g_strdup (sqlite_errmsg != NULL ? sqlite_errmsg : sqlite3_errstr (rc));
  sqlite3_free (sqlite_errmsg);

  return rc;
}

static int
query_int (sqlite3     *db,
           const char  *sql,
           int         *value,
           char       **errmsg)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *value = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
      else if (rc == SQLITE_DONE)
        {
          *value = 0;
          rc = SQLITE_OK;
        }
    }

  if (rc != SQLITE_OK && errmsg != NULL && *errmsg == NULL)
    *errmsg = g_strdup (sqlite3_errmsg (db));
  sqlite3_finalize (stmt);

  return rc;
}

/* Applies the step from @from_version, inside the update's transaction. */
static int
apply_step (sqlite3  *db,
            int       from_version,
            char    **errmsg)
{
  int has_problems = 0;
  int rc;

  rc = exec_sql (db, migrations[from_version], errmsg);
  if (rc != SQLITE_OK)
    return rc;

  if (from_version == 0)
    {
      g_autofree char *set_id = g_strdup_printf ("PRAGMA application_id = %d",
                                                 SEEDS_STORE_APPLICATION_ID);

      rc = exec_sql (db, set_id, errmsg);
      if (rc != SQLITE_OK)
        return rc;
    }

  rc = query_int (db, "SELECT count(*) FROM pragma_foreign_key_check", &has_problems, errmsg);
  if (rc != SQLITE_OK)
    return rc;

  if (has_problems > 0)
    {
      if (errmsg != NULL && *errmsg == NULL)
        *errmsg = g_strdup_printf ("step %d leaves rows with a missing parent", from_version);
      return SQLITE_CONSTRAINT_FOREIGNKEY;
    }

  return SQLITE_OK;
}

/* Applies every step up to @target_version in one transaction, so that
 * an update that fails half-way, on a full disk say, leaves the database
 * at the version it had, not at one in between. BEGIN IMMEDIATE makes
 * reading the version and the steps one unit: another program may have
 * updated the database while we waited for the lock. */
static int
migrate_steps (sqlite3  *db,
               int       target_version,
               char    **errmsg)
{
  g_autofree char *set_version = NULL;
  int version = 0;
  int rc;

  rc = exec_sql (db, "BEGIN IMMEDIATE", errmsg);
  if (rc != SQLITE_OK)
    return rc;

  rc = query_int (db, "PRAGMA user_version", &version, errmsg);
  if (rc != SQLITE_OK)
    goto rollback;

  if (version >= target_version)
    return exec_sql (db, "ROLLBACK", errmsg);

  for (int v = version; v < target_version; v++)
    {
      if ((rc = apply_step (db, v, errmsg)) != SQLITE_OK)
        goto rollback;
    }

  set_version = g_strdup_printf ("PRAGMA user_version = %d", target_version);
  rc = exec_sql (db, set_version, errmsg);
  if (rc != SQLITE_OK)
    goto rollback;

  rc = exec_sql (db, "COMMIT", errmsg);
  if (rc != SQLITE_OK)
    goto rollback;

  return SQLITE_OK;

rollback:
  if (!sqlite3_get_autocommit (db))
    sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);

  return rc;
}

/**
 * seeds_store_schema_migrate:
 * @db: an open connection, with no transaction active
 * @target_version: the version to bring the database to, at most the latest
 * @errmsg: (out) (optional): where to put SQLite's message on failure
 *
 * Applies the steps that bring @db from its current version to
 * @target_version, all in one transaction together with the new PRAGMA
 * user_version. The first step also sets PRAGMA application_id. When a
 * step fails, all of them are rolled back, leaving the database at the
 * version it had. Foreign keys are switched off during the steps and left on.
 *
 * Returns: an SQLite result code: SQLITE_OK on success
 */
int
seeds_store_schema_migrate (sqlite3  *db,
                            int       target_version,
                            char    **errmsg)
{
  int version = 0;
  int rc;

  g_return_val_if_fail (db != NULL, SQLITE_MISUSE);
  g_return_val_if_fail (target_version >= 0, SQLITE_MISUSE);
  g_return_val_if_fail (target_version <= seeds_store_schema_get_latest_version (), SQLITE_MISUSE);
  g_return_val_if_fail (errmsg == NULL || *errmsg == NULL, SQLITE_MISUSE);

  rc = query_int (db, "PRAGMA user_version", &version, errmsg);
  if (rc != SQLITE_OK)
    return rc;

  if (version >= target_version)
    return SQLITE_OK;

  /* A no-op inside a transaction, so it goes before the first step. */
  rc = exec_sql (db, "PRAGMA foreign_keys = OFF", errmsg);
  if (rc != SQLITE_OK)
    return rc;

  rc = migrate_steps (db, target_version, errmsg);

  /* Keep the first error's code; switching foreign keys on cannot fail
   * outside a transaction. */
  exec_sql (db, "PRAGMA foreign_keys = ON", NULL);

  return rc;
}

/* Checking a database at open: its schema, and the first page of each
 * table and index. It costs the same whatever the size of the database;
 * the whole file is checked later, on a worker thread
 * (seeds_store_check_database()). */

static void
schema_object_clear (SeedsSchemaObject *object)
{
  g_free ((char *) object->type);
  g_free ((char *) object->name);
  g_free ((char *) object->table);
}

/* The tables and indexes of the latest schema, with SQLite's names for
 * the indexes of its constraints, as the steps make them of an empty
 * database. Written out, because working them out means running every
 * step at each open: two fifths of a command-line export's time with the
 * sanitizers. test-store-migrations checks that the steps make exactly
 * these: a new step that adds a table or an index adds it here. */
static const SeedsSchemaObject latest_objects[] = {
  { "table", "attendance", "attendance" },
  { "index", "attendance_by_participant", "attendance" },
  { "table", "communities", "communities" },
  { "table", "directory_sightings", "directory_sightings" },
  { "table", "directory_sources", "directory_sources" },
  { "table", "failures", "failures" },
  { "index", "failures_by_community", "failures" },
  { "table", "frameworks", "frameworks" },
  { "table", "ledger", "ledger" },
  { "table", "meetings", "meetings" },
  { "index", "meetings_by_community", "meetings" },
  { "table", "next_steps", "next_steps" },
  { "index", "next_steps_by_meeting", "next_steps" },
  { "index", "next_steps_by_review", "next_steps" },
  { "table", "participants", "participants" },
  { "index", "participants_by_community", "participants" },
  { "table", "rewards", "rewards" },
  { "index", "rewards_by_community", "rewards" },
  { "table", "scores", "scores" },
  { "index", "scores_by_participant", "scores" },
  { "table", "shared_results", "shared_results" },
  { "table", "shared_scores", "shared_scores" },
  { "index", "sqlite_autoindex_attendance_1", "attendance" },
  { "index", "sqlite_autoindex_communities_1", "communities" },
  { "index", "sqlite_autoindex_directory_sightings_1", "directory_sightings" },
  { "index", "sqlite_autoindex_directory_sources_1", "directory_sources" },
  { "index", "sqlite_autoindex_failures_1", "failures" },
  { "index", "sqlite_autoindex_frameworks_1", "frameworks" },
  { "index", "sqlite_autoindex_ledger_1", "ledger" },
  { "index", "sqlite_autoindex_meetings_1", "meetings" },
  { "index", "sqlite_autoindex_next_steps_1", "next_steps" },
  { "index", "sqlite_autoindex_participants_1", "participants" },
  { "index", "sqlite_autoindex_rewards_1", "rewards" },
  { "index", "sqlite_autoindex_shared_results_1", "shared_results" },
  { "index", "sqlite_autoindex_shared_scores_2", "shared_scores" },
  { "table", "tallies", "tallies" },
};

/**
 * seeds_store_schema_get_latest_objects:
 * @n_objects: (out): how many
 *
 * Returns: (transfer none): the tables and indexes of a database of the
 *   latest version, sorted by name
 */
const SeedsSchemaObject *
seeds_store_schema_get_latest_objects (guint *n_objects)
{
  *n_objects = G_N_ELEMENTS (latest_objects);
  return latest_objects;
}

/**
 * seeds_store_schema_read_objects:
 * @db: a database
 * @objects: (out): its tables and indexes, sorted by name; clear them
 *   with g_array_unref()
 *
 * Returns: an SQLite result code
 */
int
seeds_store_schema_read_objects (sqlite3  *db,
                                 GArray  **objects)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  *objects = g_array_new (FALSE, TRUE, sizeof (SeedsSchemaObject));
  g_array_set_clear_func (*objects, (GDestroyNotify) schema_object_clear);
  rc = sqlite3_prepare_v2 (db,
                           "SELECT type, name, tbl_name FROM sqlite_schema "
                           "WHERE type IN ('table', 'index') ORDER BY name",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SeedsSchemaObject object = {
        g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
        g_strdup ((const char *) sqlite3_column_text (stmt, 1)),
        g_strdup ((const char *) sqlite3_column_text (stmt, 2)),
      };

      g_array_append_val (*objects, object);
    }

  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* The tables and indexes a database of an older @version has: what the
 * steps up to it make of an empty database. */
static int
expected_objects (int      version,
                  GArray **objects)
{
  g_autoptr(sqlite3) db = NULL;
  int rc;

  *objects = NULL;
  rc = sqlite3_open_v2 (":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc == SQLITE_OK)
    rc = seeds_store_schema_migrate (db, version, NULL);
  if (rc == SQLITE_OK)
    rc = seeds_store_schema_read_objects (db, objects);

  return rc;
}

static gboolean
has_object (GArray                  *objects,
            const SeedsSchemaObject *wanted)
{
  for (guint i = 0; i < objects->len; i++)
    {
      const SeedsSchemaObject *object = &g_array_index (objects, SeedsSchemaObject, i);

      if (g_str_equal (object->name, wanted->name))
        return g_str_equal (object->type, wanted->type) &&
               g_str_equal (object->table, wanted->table);
    }

  return FALSE;
}

/* Reads the first page of @object and those down to its first row, where
 * a damaged page fails as SQLITE_CORRUPT. Names cannot be bound: these
 * come from our own steps, not from the file. */
static int
probe (sqlite3                 *db,
       const SeedsSchemaObject *object)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  char *sql;
  int rc;

  if (g_str_equal (object->type, "table"))
    sql = sqlite3_mprintf ("SELECT * FROM \"%w\" NOT INDEXED LIMIT 1", object->name);
  else
    sql = sqlite3_mprintf ("SELECT 1 FROM \"%w\" INDEXED BY \"%w\" LIMIT 1",
                           object->table, object->name);

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  sqlite3_free (sql);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);

  return rc == SQLITE_ROW || rc == SQLITE_DONE ? SQLITE_OK : rc;
}

static gboolean
is_damage (int rc)
{
  return (rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB;
}

/**
 * seeds_store_schema_check:
 * @db: a database of ours at @version
 * @version: its PRAGMA user_version, at most the latest
 * @ok: (out): whether it has every table and index of @version, and the
 *   first page of each reads
 *
 * Checks what is cheap to check: it reads as many pages whatever the
 * number of rows. Extra tables and indexes, such as those of ANALYZE, are
 * allowed.
 *
 * Returns: an SQLite result code, SQLITE_OK when @ok is set
 */
int
seeds_store_schema_check (sqlite3  *db,
                          int       version,
                          gboolean *ok)
{
  g_autoptr(GArray) expected_here = NULL;
  g_autoptr(GArray) found = NULL;
  const SeedsSchemaObject *expected = NULL;
  guint n_expected = 0;
  int rc = SQLITE_OK;

  g_return_val_if_fail (db != NULL, SQLITE_MISUSE);
  g_return_val_if_fail (version >= 0, SQLITE_MISUSE);
  g_return_val_if_fail (version <= seeds_store_schema_get_latest_version (), SQLITE_MISUSE);
  g_return_val_if_fail (ok != NULL, SQLITE_MISUSE);

  *ok = FALSE;
  if (version == seeds_store_schema_get_latest_version ())
    {
      expected = seeds_store_schema_get_latest_objects (&n_expected);
    }
  else if ((rc = expected_objects (version, &expected_here)) == SQLITE_OK)
    {
      expected = (const SeedsSchemaObject *) (gpointer) expected_here->data;
      n_expected = expected_here->len;
    }

  if (rc != SQLITE_OK ||
      (rc = seeds_store_schema_read_objects (db, &found)) != SQLITE_OK)
    return is_damage (rc) ? SQLITE_OK : rc;

  for (guint i = 0; i < n_expected; i++)
    if (!has_object (found, &expected[i]))
      return SQLITE_OK;

  for (guint i = 0; i < n_expected; i++)
    if ((rc = probe (db, &expected[i])) != SQLITE_OK)
      return is_damage (rc) ? SQLITE_OK : rc;

  *ok = TRUE;

  return SQLITE_OK;
}
