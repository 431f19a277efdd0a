/* seeds-test-util.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "exchange/seeds-scorecard.h"
#include "model/seeds-framework.h"
#include "store/seeds-store.h"

G_BEGIN_DECLS

/* What several tests of the store need. */

/* A fixture: a new database in a folder of its own, and the shipped
 * framework in English. */
typedef struct
{
  char           *dir;
  char           *path;
  SeedsStore     *store;
  SeedsFramework *framework;
  guint           n_changed;  /* emissions of SeedsStore::changed */
} SeedsTestDatabase;

void  seeds_test_database_set_up    (SeedsTestDatabase *fixture,
                                     gconstpointer      data);
void  seeds_test_database_tear_down (SeedsTestDatabase *fixture,
                                     gconstpointer      data);
SeedsStore *seeds_test_database_open_other (SeedsTestDatabase *fixture,
                                            const char        *name);

char       *seeds_test_dump_database   (const char *path);
void        seeds_test_remove_database (const char *path);
char       *seeds_test_write_file      (const char *dir,
                                        const char *name,
                                        const char *contents,
                                        gssize      length);
GPtrArray  *seeds_test_write_newcomer_cards (const char     *dir,
                                             SeedsFramework *framework,
                                             SeedsMeeting   *meeting,
                                             guint           n_cards);
void        seeds_test_remove_dir      (const char *dir);
char       *seeds_test_checksum_file   (const char *path);
char       *seeds_test_list_folder     (const char *dir);
gboolean    seeds_test_set_immutable   (const char *path,
                                        gboolean    immutable);

/* Little-endian numbers for binary files written by hand */
void        seeds_test_append_u32      (GByteArray *array,
                                        guint32     value);
void        seeds_test_append_f32      (GByteArray *array,
                                        float       value);

/* A time limit of a test, stretched where everything runs slower on
 * purpose (build-aux/valgrind sets SEEDS_TEST_TIME_FACTOR) */
double      seeds_test_time_limit      (double      seconds);

/* An async call's result, kept in the GAsyncResult ** given as user_data */
void          seeds_test_keep_result   (GObject       *source_object,
                                        GAsyncResult  *result,
                                        gpointer       user_data);
GAsyncResult *seeds_test_wait_result   (GAsyncResult **slot);

/* The database past the store */
gint64      seeds_test_query_int       (const char *path,
                                        const char *sql,
                                        const char *param);
char       *seeds_test_query_text      (const char *path,
                                        const char *sql);
sqlite3    *seeds_test_open_raw        (const char *path,
                                        int         flags);
void        seeds_test_exec_raw        (sqlite3    *db,
                                        const char *sql);
void        seeds_test_exec            (const char *path,
                                        const char *sql);
void        seeds_test_assert_healthy  (const char *path);
void        seeds_test_damage_page     (const char *path,
                                        guint       page);
guint       seeds_test_root_page       (const char *path,
                                        const char *name);

SeedsStore *seeds_test_open_store      (const char *path);
void        seeds_test_count_changed   (SeedsStore *store,
                                        guint       what,
                                        guint      *n_changed);

/* A leaf page of a table or index, and how many rows it holds */
typedef struct
{
  guint page;
  guint n_cells;
} SeedsTestPage;

SeedsTestPage seeds_test_middle_leaf (const char *path,
                                      const char *name);

GPtrArray *seeds_test_parse_csv  (const char *csv,
                                  gsize       length);

/* A community with three meetings: scored on 15 January 2026, where Anna
 * and Bram take part; held with the poster on 12 March; scored on 20 May. */
typedef struct
{
  SeedsCommunity   *community;
  SeedsMeeting     *scored;
  SeedsMeeting     *poster;
  SeedsMeeting     *later;
  SeedsParticipant *anna;
  SeedsParticipant *bram;
} SeedsTestSample;

void            seeds_test_sample_init        (SeedsTestSample  *sample,
                                               SeedsStore       *store,
                                               const char       *community_name,
                                               const char       *anna_name);
void            seeds_test_sample_clear       (SeedsTestSample  *sample);
SeedsMeeting   *seeds_test_add_meeting        (SeedsStore       *store,
                                               SeedsCommunity   *community,
                                               SeedsMeetingKind  kind,
                                               const char       *date,
                                               const char       *title);
SeedsNextStep  *seeds_test_add_step           (SeedsStore       *store,
                                               SeedsMeeting     *meeting,
                                               const char       *factor_id,
                                               const char       *text,
                                               const char       *owner,
                                               const char       *due_date);
void            seeds_test_review             (SeedsStore       *store,
                                               SeedsNextStep    *step,
                                               SeedsMeeting     *meeting,
                                               SeedsReviewOutcome outcome);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SeedsTestSample, seeds_test_sample_clear)

SeedsCommunity *seeds_test_generate_community (SeedsStore     *store,
                                               SeedsFramework *framework,
                                               guint           n_meetings,
                                               guint           n_participants,
                                               guint32         seed);

/* A directory of imported profiles that share scores, and one community
 * of your own with a meeting; for the directory's benchmarks */
SeedsCommunity *seeds_test_generate_directory (SeedsStore     *store,
                                               SeedsFramework *framework,
                                               guint           n_communities,
                                               guint32         seed);

/* A community of your own that shares a profile (see seeds-test-util.c) */
SeedsCommunityProfile *seeds_test_full_profile         (void);
SeedsCommunity        *seeds_test_add_shared_community (SeedsStore *store);
extern const char * const seeds_test_private_texts[];

G_END_DECLS
