/* seeds-store-private.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "store/seeds-store.h"

G_BEGIN_DECLS

/* The store is one object in several files, one per kind of record; these
 * are what they share. Nothing outside the store includes this header. */

struct _SeedsStore
{
  GObject  parent_instance;

  sqlite3    *db;
  char       *path;
  int         schema_version;
  GHashTable *name_forms;  /* (nullable): see seeds-store-exchange.c */
  gboolean    in_batch;    /* seeds_store_begin_batch(): writes are savepoints */
  gboolean    in_write;    /* a write's savepoint is open in the batch */
};

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

/* The values for a statement's ?1, ?2, … in turn, as the array and length
 * that the functions below take: SEEDS_STORE_VALUES (id, name). A value may
 * be NULL, so the array cannot end with one. */
#define SEEDS_STORE_VALUES(...) \
  ((const char * const []) { __VA_ARGS__ }), \
  G_N_ELEMENTS (((const char * const []) { __VA_ARGS__ }))

typedef gpointer (*SeedsStoreRowFunc)   (sqlite3_stmt *stmt);
typedef void     (*SeedsStoreVisitFunc) (sqlite3_stmt *stmt,
                                         gpointer      user_data);

static inline const char *
seeds_store_column_text (sqlite3_stmt *stmt,
                         int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

/* What was being done when SQLite failed: see seeds_store_set_error(). */
typedef enum
{
  SEEDS_STORE_OPENING,
  SEEDS_STORE_READING,
  SEEDS_STORE_WRITING,
} SeedsStoreAccess;

G_GNUC_INTERNAL
void           seeds_store_emit_changed        (SeedsStore          *self,
                                                SeedsStoreChange     what);
/* The settings of every connection (seeds-store-connection.c): an SQLite
 * result code */
G_GNUC_INTERNAL
int            seeds_store_configure_connection (sqlite3            *db);
G_GNUC_INTERNAL
gboolean       seeds_store_set_error           (GError             **error,
                                                const char          *path,
                                                sqlite3             *db,
                                                int                  rc,
                                                SeedsStoreAccess     access,
                                                const char          *detail);
G_GNUC_INTERNAL
gboolean       seeds_store_set_not_found       (GError             **error,
                                                const char          *message);
G_GNUC_INTERNAL
gboolean       seeds_store_set_invalid         (GError             **error,
                                                const char          *message);
G_GNUC_INTERNAL
gboolean       seeds_store_check_id            (const char          *id,
                                                GError             **error);

/* Statements. @values are bound to ?1, ?2, … in turn, and the current
 * time to :now, which must come after them in the SQL: SQLite numbers it
 * one past the highest ?N before it. */
G_GNUC_INTERNAL
sqlite3_stmt  *seeds_store_prepare             (SeedsStore          *self,
                                                const char          *sql,
                                                const char * const  *values,
                                                guint                n_values,
                                                GError             **error);
G_GNUC_INTERNAL
gboolean       seeds_store_run                 (SeedsStore          *self,
                                                sqlite3_stmt        *stmt,
                                                GError             **error);
G_GNUC_INTERNAL
gboolean       seeds_store_execute             (SeedsStore          *self,
                                                const char          *sql,
                                                const char * const  *values,
                                                guint                n_values,
                                                const char          *not_found_message,
                                                GError             **error);
G_GNUC_INTERNAL
GPtrArray     *seeds_store_collect             (SeedsStore          *self,
                                                const char          *sql,
                                                const char * const  *values,
                                                guint                n_values,
                                                SeedsStoreRowFunc    row_func,
                                                GDestroyNotify       free_func,
                                                GError             **error);
G_GNUC_INTERNAL
gboolean       seeds_store_visit               (SeedsStore          *self,
                                                const char          *sql,
                                                const char * const  *values,
                                                guint                n_values,
                                                SeedsStoreVisitFunc  visit_func,
                                                gpointer             user_data,
                                                GError             **error);
G_GNUC_INTERNAL
sqlite3_stmt  *seeds_store_find_row            (SeedsStore          *self,
                                                const char          *sql,
                                                const char          *id,
                                                const char          *not_found_message,
                                                GError             **error);
G_GNUC_INTERNAL
gpointer       seeds_store_fetch_one           (SeedsStore          *self,
                                                const char          *sql,
                                                const char          *id,
                                                SeedsStoreRowFunc    row_func,
                                                const char          *not_found_message,
                                                GError             **error);

/* Transactions */
G_GNUC_INTERNAL
gboolean       seeds_store_begin               (SeedsStore          *self,
                                                GError             **error);
G_GNUC_INTERNAL
gboolean       seeds_store_commit              (SeedsStore          *self,
                                                GError             **error);
G_GNUC_INTERNAL
void           seeds_store_rollback            (SeedsStore          *self);
G_GNUC_INTERNAL
gboolean       seeds_store_write_row           (SeedsStore          *self,
                                                const char          *sql,
                                                const char * const  *values,
                                                guint                n_values,
                                                const char          *not_found_message,
                                                GError             **error);
/* Deletes the row with @id in ?1, as a whole write, and tells @what
 * changed with it. */
G_GNUC_INTERNAL
gboolean       seeds_store_delete_row          (SeedsStore          *self,
                                                const char          *sql,
                                                const char          *id,
                                                const char          *not_found_message,
                                                SeedsStoreChange     what,
                                                GError             **error);

G_GNUC_INTERNAL
gpointer       seeds_store_meeting_from_row    (sqlite3_stmt        *stmt);

/* Communities that are not removed from the directory, with their
 * profiles and shared results, by name: the one with @community_id, or
 * all when it is NULL; only your own with @own_only. */
G_GNUC_INTERNAL
GPtrArray     *seeds_store_load_communities    (SeedsStore          *self,
                                                const char          *community_id,
                                                gboolean             own_only,
                                                GError             **error);

/* Runs @sql with a community's columns as seeds-store-directory.c
 * describes them, @profile clean */
G_GNUC_INTERNAL
gboolean       seeds_store_write_entry         (SeedsStore          *self,
                                                const char          *sql,
                                                const char          *id,
                                                const char          *name,
                                                SeedsCommunityOrigin origin,
                                                gint64               updated_at,
                                                const SeedsCommunityProfile *profile,
                                                gboolean            *changed,
                                                GError             **error);

/* Lookups inside the transaction of a write, each in the file of its
 * record. They fail with SEEDS_STORE_ERROR_NOT_FOUND. */
G_GNUC_INTERNAL
gboolean       seeds_store_require_community   (SeedsStore          *self,
                                                const char          *community_id,
                                                GError             **error);
G_GNUC_INTERNAL
gboolean       seeds_store_require_meeting     (SeedsStore          *self,
                                                const char          *meeting_id,
                                                char               **community_id,
                                                char               **date,
                                                GError             **error);
/* Refuses what doesn't fit how the meeting's results are gathered:
 * participants and scores in a poster meeting, tallies in a scored one. */
G_GNUC_INTERNAL
gboolean       seeds_store_require_kind        (SeedsStore          *self,
                                                const char          *meeting_id,
                                                SeedsMeetingKind     kind,
                                                GError             **error);
G_GNUC_INTERNAL
gboolean       seeds_store_require_participant (SeedsStore          *self,
                                                const char          *meeting_id,
                                                const char          *participant_id,
                                                GError             **error);

/* Binds a score's value, SEEDS_SCORE_DONT_KNOW as NULL. */
G_GNUC_INTERNAL
void           seeds_store_bind_score          (sqlite3_stmt        *stmt,
                                                int                  index,
                                                int                  value);

/* Whoever scores takes part in the meeting. */
G_GNUC_INTERNAL
gboolean       seeds_store_attend              (SeedsStore          *self,
                                                const char          *meeting_id,
                                                const char          *participant_id,
                                                gboolean            *added,
                                                GError             **error);

G_END_DECLS
