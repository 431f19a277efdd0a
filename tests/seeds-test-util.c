/* seeds-test-util.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <linux/fs.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "exchange/seeds-exchange.h"
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

/* Returns: (transfer full): a store of another database, @name in the
 * fixture's folder */
SeedsStore *
seeds_test_database_open_other (SeedsTestDatabase *fixture,
                                const char        *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

  return seeds_test_open_store (path);
}

/* Appends every row of @table to @dump, sorted by all its columns in turn. */
static void
dump_table (sqlite3    *db,
            const char *table,
            GString    *dump)
{
  g_autofree char *select = g_strdup_printf ("SELECT * FROM \"%s\"", table);
  g_autoptr(GString) query = g_string_new (select);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, select, -1, &stmt, NULL), ==, SQLITE_OK);
  for (int c = 0; c < sqlite3_column_count (stmt); c++)
    g_string_append_printf (query, c == 0 ? " ORDER BY %d" : ", %d", c + 1);
  sqlite3_finalize (stmt);

  g_assert_cmpint (sqlite3_prepare_v2 (db, query->str, -1, &stmt, NULL), ==, SQLITE_OK);
  g_string_append_printf (dump, "%s\n", query->str);
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

/**
 * seeds_test_dump_database:
 * @path: a database file
 *
 * Reads every row of every table, in a stable order, through a connection
 * of its own, to see that a refused write changed nothing. It compares the
 * content, not the file's bytes, which the write-ahead log may touch. The
 * tables are found in the schema, so that a table added later is never
 * left out.
 *
 * Returns: (transfer full): the rows as text
 */
char *
seeds_test_dump_database (const char *path)
{
  g_autoptr(GString) dump = g_string_new (NULL);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);

  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT name FROM sqlite_schema WHERE type = 'table' "
                                       "ORDER BY name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  g_assert_cmpuint (tables->len, >, 0);
  for (guint i = 0; i < tables->len; i++)
    dump_table (db, g_ptr_array_index (tables, i), dump);

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

void
seeds_test_append_u32 (GByteArray *array,
                       guint32     value)
{
  value = GUINT32_TO_LE (value);
  g_byte_array_append (array, (const guint8 *) &value, 4);
}

void
seeds_test_append_f32 (GByteArray *array,
                       float       value)
{
  union { float f; guint32 u; } bits = { .f = value };

  seeds_test_append_u32 (array, bits.u);
}

/**
 * seeds_test_write_newcomer_cards:
 * @dir: where the cards go
 * @meeting: the meeting they score
 * @n_cards: how many
 *
 * Writes the score cards of @n_cards people new to the meeting,
 * "Newcomer 000.seedscard" and on, each with every factor scored.
 *
 * Returns: (transfer full) (element-type GFile): the cards
 */
GPtrArray *
seeds_test_write_newcomer_cards (const char     *dir,
                                 SeedsFramework *framework,
                                 SeedsMeeting   *meeting,
                                 guint           n_cards)
{
  GPtrArray *files = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n_cards; i++)
    {
      g_autofree char *name = g_strdup_printf ("Newcomer %03u", i);
      g_autofree char *file_name = g_strconcat (name, SEEDS_SCORECARD_SUFFIX, NULL);
      g_autofree char *path = NULL;
      g_autoptr(SeedsScorecard) card = NULL;
      g_autoptr(GBytes) bytes = NULL;
      gsize length;
      const char *data;

      card = seeds_scorecard_new (seeds_framework_get_id (framework), seeds_meeting_get_id (meeting),
                                  NULL, name, "Greenport College", SEEDS_PARTNER_EDUCATION);
      for (guint f = 0; f < seeds_framework_get_n_factors (framework); f++)
        seeds_scorecard_set_score (card, seeds_factor_get_id (seeds_framework_get_factor (framework, f)),
                                   1 + (int) (f % 5), NULL);

      bytes = seeds_scorecard_to_bytes (card);
      data = g_bytes_get_data (bytes, &length);
      path = seeds_test_write_file (dir, file_name, data, length);
      g_ptr_array_add (files, g_file_new_for_path (path));
    }

  return files;
}

/* Removes @dir and the files and folders in it. */
void
seeds_test_remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (handle);

  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        seeds_test_remove_dir (path);
      else
        g_assert_cmpint (g_remove (path), ==, 0);
    }

  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Returns: (transfer full): the SHA-256 of the bytes of @path */
char *
seeds_test_checksum_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Returns: (transfer full): the names in @dir, sorted, separated by
 * spaces; "" if it is empty, NULL if it does not exist */
char *
seeds_test_list_folder (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (listing == NULL)
    return NULL;

  while ((name = g_dir_read_name (listing)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_strings);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
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

SeedsMeeting *
seeds_test_add_meeting (SeedsStore       *store,
                        SeedsCommunity   *community,
                        SeedsMeetingKind  kind,
                        const char       *date,
                        const char       *title)
{
  g_autoptr(GError) error = NULL;
  SeedsMeeting *meeting;

  meeting = seeds_store_add_meeting_of_kind (store, seeds_community_get_id (community),
                                             SEEDS_FRAMEWORK_DEFAULT_ID, kind, date, title, "",
                                             &error);
  g_assert_no_error (error);
  g_assert_nonnull (meeting);

  return meeting;
}

SeedsNextStep *
seeds_test_add_step (SeedsStore   *store,
                     SeedsMeeting *meeting,
                     const char   *factor_id,
                     const char   *text,
                     const char   *owner,
                     const char   *due_date)
{
  g_autoptr(GError) error = NULL;
  SeedsNextStep *step;

  step = seeds_store_add_next_step (store, seeds_meeting_get_id (meeting), factor_id, text, owner,
                                    due_date, &error);
  g_assert_no_error (error);
  g_assert_nonnull (step);

  return step;
}

void
seeds_test_review (SeedsStore         *store,
                   SeedsNextStep      *step,
                   SeedsMeeting       *meeting,
                   SeedsReviewOutcome  outcome)
{
  g_autoptr(GError) error = NULL;

  seeds_store_review_next_step (store, step, seeds_meeting_get_id (meeting), outcome, &error);
  g_assert_no_error (error);
}

static SeedsParticipant *
add_participant (SeedsStore       *store,
                 SeedsMeeting     *meeting,
                 const char       *name,
                 SeedsPartnerType  partner_type)
{
  g_autoptr(GError) error = NULL;
  SeedsParticipant *participant;

  participant = seeds_store_add_participant (store, seeds_meeting_get_id (meeting), name, "",
                                             partner_type, &error);
  g_assert_no_error (error);

  return participant;
}

void
seeds_test_sample_init (SeedsTestSample *sample,
                        SeedsStore      *store,
                        const char      *community_name,
                        const char      *anna_name)
{
  g_autoptr(GError) error = NULL;

  sample->community = seeds_store_add_community (store, community_name, &error);
  g_assert_no_error (error);
  sample->scored = seeds_test_add_meeting (store, sample->community, SEEDS_MEETING_SCORES,
                                           "2026-01-15", "Kick-off");
  sample->poster = seeds_test_add_meeting (store, sample->community, SEEDS_MEETING_POSTER,
                                           "2026-03-12", "Open day");
  sample->later = seeds_test_add_meeting (store, sample->community, SEEDS_MEETING_SCORES,
                                          "2026-05-20", "Round three");
  sample->anna = add_participant (store, sample->scored, anna_name, SEEDS_PARTNER_RESEARCH);
  sample->bram = add_participant (store, sample->scored, "Bram", SEEDS_PARTNER_COMPANY);
}

void
seeds_test_sample_clear (SeedsTestSample *sample)
{
  g_clear_object (&sample->community);
  g_clear_object (&sample->scored);
  g_clear_object (&sample->poster);
  g_clear_object (&sample->later);
  g_clear_object (&sample->anna);
  g_clear_object (&sample->bram);
}

/* A score drawn around what the factor leans to at this point of the
 * history, "don't know" now and then. */
static int
draw_score (GRand *rand,
            guint  factor,
            guint  meeting,
            guint  n_meetings)
{
  int lean = 2 + (int) (factor % 3) + (int) (2 * meeting / MAX (n_meetings, 1));
  int value;

  if (g_rand_int_range (rand, 0, 15) == 0)
    return SEEDS_SCORE_DONT_KNOW;

  /* Drawn apart: CLAMP() evaluates its argument more than once. */
  value = lean + g_rand_int_range (rand, -2, 2);
  return CLAMP (value, SEEDS_SCORE_MIN, SEEDS_SCORE_MAX);
}

static void
add_meeting_scores (SeedsStore     *store,
                    SeedsFramework *framework,
                    SeedsMeeting   *meeting,
                    GPtrArray      *people,
                    guint           m,
                    guint           n_meetings,
                    GRand          *rand)
{
  g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func ((GDestroyNotify) seeds_score_free);
  g_autoptr(GError) error = NULL;

  for (guint p = 0; p < people->len; p++)
    {
      for (guint f = 0; f < seeds_framework_get_n_factors (framework); f++)
        {
          SeedsFactor *factor = seeds_framework_get_factor (framework, f);
          g_autofree char *comment = NULL;

          if (g_rand_int_range (rand, 0, 20) == 0)
            comment = g_strdup_printf ("Remark %u on “%s”", m, seeds_factor_get_id (factor));

          g_ptr_array_add (scores, seeds_score_new (seeds_participant_get_id (g_ptr_array_index (people, p)),
                                                    seeds_factor_get_id (factor),
                                                    draw_score (rand, f, m, n_meetings),
                                                    comment));
        }
    }

  seeds_store_set_scores (store, seeds_meeting_get_id (meeting), scores, &error);
  g_assert_no_error (error);
}

/* The review at the start of a meeting: done, carried over and dropped in
 * turn. */
static void
review_steps (SeedsStore   *store,
              SeedsMeeting *meeting,
              guint        *n_reviewed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) steps = seeds_store_list_steps_to_review (store, seeds_meeting_get_id (meeting),
                                                                 &error);

  g_assert_no_error (error);
  for (guint i = 0; i < steps->len; i++)
    {
      SeedsReviewOutcome outcome = (*n_reviewed)++ % SEEDS_N_REVIEW_OUTCOMES;

      seeds_test_review (store, g_ptr_array_index (steps, i), meeting, outcome);
    }
}

/**
 * seeds_test_generate_community:
 * @store: the database
 * @framework: the framework the meetings are scored with
 * @n_meetings: how many meetings, two weeks apart
 * @n_participants: how many people, who all come every time
 * @seed: what the scores are drawn with: the same seed makes the same data
 *
 * Makes a community through the store's API, as the app would: each
 * meeting's scores in one write, two next steps agreed per meeting and
 * reviewed in the next. For the history's tests and its benchmark.
 *
 * Returns: (transfer full): the community
 */
SeedsCommunity *
seeds_test_generate_community (SeedsStore     *store,
                               SeedsFramework *framework,
                               guint           n_meetings,
                               guint           n_participants,
                               guint32         seed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDate) date = g_date_new_dmy (4, G_DATE_JANUARY, 2016);
  SeedsCommunity *community;
  guint n_reviewed = 0;

  community = seeds_store_add_community (store, "Generated field lab", &error);
  g_assert_no_error (error);

  for (guint m = 0; m < n_meetings; m++, g_date_add_days (date, 14))
    {
      g_autoptr(SeedsMeeting) meeting = NULL;
      g_autofree char *title = g_strdup_printf ("Meeting %u", m + 1);
      char iso[11];

      g_date_strftime (iso, sizeof iso, "%Y-%m-%d", date);
      meeting = seeds_store_add_meeting (store, seeds_community_get_id (community),
                                         seeds_framework_get_id (framework), iso, title, "",
                                         &error);
      g_assert_no_error (error);

      for (guint p = people->len; p < n_participants; p++)
        {
          g_autofree char *name = g_strdup_printf ("Member %u", p + 1);
          SeedsParticipant *person;

          person = seeds_store_add_participant (store, seeds_meeting_get_id (meeting), name, "",
                                                p % SEEDS_N_PARTNER_TYPES, &error);
          g_assert_no_error (error);
          g_ptr_array_add (people, person);
        }

      review_steps (store, meeting, &n_reviewed);
      add_meeting_scores (store, framework, meeting, people, m, n_meetings, rand);

      for (guint s = 0; s < 2; s++)
        {
          SeedsFactor *factor = seeds_framework_get_factor (framework,
                                                            (2 * m + s) % seeds_framework_get_n_factors (framework));
          g_autoptr(SeedsNextStep) step = NULL;

          step = seeds_store_add_next_step (store, seeds_meeting_get_id (meeting),
                                            seeds_factor_get_id (factor), "Try something", "", NULL,
                                            &error);
          g_assert_no_error (error);
        }
    }

  return community;
}

/* The full profile of seeds_test_add_shared_community() */
SeedsCommunityProfile *
seeds_test_full_profile (void)
{
  SeedsCommunityProfile *profile = seeds_community_profile_new ();

#define SET(member, text) \
  g_free (profile->member); \
  profile->member = g_strdup (text);

  profile->kind = SEEDS_COMMUNITY_LIVING_LAB;
  SET (theme, "Heat from the Café’s greenhouse")
  SET (place, "Naaldwijk, Zuid-Holland")
  seeds_community_profile_set_location (profile, 51.9933, 4.2097);
  SET (partners, "Example Growers Co-op\nDemo University")
  SET (contact_name, "Wilma Contactpersoon")
  SET (email, "wilma@example.org")
  SET (phone, "+31 6 0000 0009")
  SET (website, "https://lab.example.org/")
  SET (description, "Growers & students <b>together</b> 🌱\nA second line.")

#undef SET

  return profile;
}

/* No profile may hold these: the names of the shared community's people,
 * their comments, its meetings' titles and notes. */
const char * const seeds_test_private_texts[] = {
  "Piet Paalman", "Quinten Quist", "Rosa Rietveld", "Anneke Zwartkop", "Bram Oosterhuis",
  "Cor Kniphorst", "Dirk Wielinga", "Eva Lindhout",
  "Worried about the subsidy", "Nobody organises the community days", "Private doubt",
  "Winter round", "Spring round", "Summer check", "Notes nobody else reads",
  NULL
};

typedef struct
{
  const char *name;
  int         scores[5];  /* of factors 1 to 5; SEEDS_SCORE_NONE for none */
  const char *comment;    /* on factor 1 or 3, whichever is scored first */
} SharedPerson;

static void
add_shared_meeting (SeedsStore         *store,
                    SeedsCommunity     *community,
                    const char         *date,
                    const char         *title,
                    const SharedPerson *people,
                    guint               n_people)
{
  g_autoptr(SeedsMeeting) meeting = NULL;
  g_autoptr(GError) error = NULL;

  meeting = seeds_store_add_meeting (store, seeds_community_get_id (community),
                                     SEEDS_FRAMEWORK_DEFAULT_ID, date, title,
                                     "Notes nobody else reads", &error);
  g_assert_no_error (error);

  for (guint p = 0; p < n_people; p++)
    {
      g_autoptr(SeedsParticipant) person = add_participant (store, meeting, people[p].name,
                                                            SEEDS_PARTNER_COMPANY);
      const char *id = seeds_participant_get_id (person);
      gboolean commented = FALSE;

      for (guint f = 0; f < G_N_ELEMENTS (people[p].scores); f++)
        {
          g_autofree char *factor_id = g_strdup_printf ("%u", f + 1);

          if (people[p].scores[f] == SEEDS_SCORE_NONE)
            continue;

          seeds_store_set_score (store, seeds_meeting_get_id (meeting), id, factor_id,
                                 people[p].scores[f], &error);
          g_assert_no_error (error);

          if (people[p].comment != NULL && !commented)
            {
              seeds_store_set_comment (store, seeds_meeting_get_id (meeting), id, factor_id,
                                       people[p].comment, &error);
              g_assert_no_error (error);
              commented = TRUE;
            }
        }
    }
}

/**
 * seeds_test_add_shared_community:
 * @store: a database
 *
 * Adds a learning community of your own, "Westland Heat Lab", with the
 * profile of seeds_test_full_profile() and three meetings. The latest with
 * a factor that three people scored 1 to 5 is "Spring round" on 12 March
 * 2026, where four people took part: factor 1 scored 4, 5, 3 and 4 (n 4,
 * mean10 40, spread100 71), factor 3 scored 2, 3, 3 and "don't know"
 * (n 3, mean10 27, spread100 47), factor 2 scored by two people only. The
 * winter round before it has three scores of factor 5; the summer check
 * after it one of factor 1.
 *
 * Returns: (transfer full): the community
 */
SeedsCommunity *
seeds_test_add_shared_community (SeedsStore *store)
{
  static const SharedPerson winter[] = {
    { "Piet Paalman", { 0, 0, 0, 0, 2 }, NULL },
    { "Quinten Quist", { 0, 0, 0, 0, 2 }, NULL },
    { "Rosa Rietveld", { 0, 0, 0, 0, 2 }, NULL },
  };
  static const SharedPerson spring[] = {
    { "Anneke Zwartkop", { 4, 5, 2, 0, 0 }, "Worried about the subsidy running out" },
    { "Bram Oosterhuis", { 5, 5, 3, 0, 0 }, NULL },
    { "Cor Kniphorst", { 3, 0, 3, 0, 0 }, "Nobody organises the community days" },
    { "Dirk Wielinga", { 4, 0, SEEDS_SCORE_DONT_KNOW, 0, 0 }, NULL },
  };
  static const SharedPerson summer[] = {
    { "Eva Lindhout", { 1, 0, 0, 0, 0 }, "Private doubt" },
  };
  g_autoptr(SeedsCommunityProfile) profile = seeds_test_full_profile ();
  g_autoptr(GError) error = NULL;
  SeedsCommunity *community;

  community = seeds_store_add_directory_entry (store, "Westland Heat Lab", profile, SEEDS_COMMUNITY_OWN, &error);
  g_assert_no_error (error);

  add_shared_meeting (store, community, "2026-01-15", "Winter round", winter,
                      G_N_ELEMENTS (winter));
  add_shared_meeting (store, community, "2026-03-12", "Spring round", spring,
                      G_N_ELEMENTS (spring));
  add_shared_meeting (store, community, "2026-05-20", "Summer check", summer,
                      G_N_ELEMENTS (summer));

  return community;
}

/* Where the generated directory's communities are: towns of the
 * Netherlands, most in the Greenport West-Holland as in real life. */
static const struct
{
  const char *name;
  double      latitude;
  double      longitude;
} directory_places[] = {
  { "Naaldwijk", 51.9933, 4.2097 }, { "Honselersdijk", 52.0044, 4.2306 },
  { "Monster", 52.0256, 4.1747 }, { "De Lier", 51.9733, 4.2478 },
  { "Delft", 52.0116, 4.3571 }, { "Den Haag", 52.0705, 4.3007 },
  { "Rotterdam", 51.9244, 4.4777 }, { "Bleiswijk", 52.0108, 4.5326 },
  { "Zoetermeer", 52.0607, 4.4940 }, { "Leiden", 52.1601, 4.4970 },
  { "Aalsmeer", 52.2592, 4.7605 }, { "Utrecht", 52.0907, 5.1214 },
  { "Wageningen", 51.9692, 5.6654 }, { "Venlo", 51.3704, 6.1724 },
  { "Groningen", 53.2194, 6.5665 }, { "Middelburg", 51.4988, 3.6136 },
};

static const char * const directory_themes[] = {
  "Tomato", "Heat", "Rainwater", "Data", "Robot", "Flower", "Soil", "Light",
  "Energy", "Pepper", "Cucumber", "Biocontrol", "Orchid", "Strawberry",
};

static const char * const directory_kinds[] = {
  "Lab", "Circle", "Network", "Table", "Hub", "Collective", "Academy",
};

/**
 * seeds_test_generate_directory:
 * @store: an empty database
 * @framework: the framework whose factors the shared scores are of
 * @n_communities: how many communities besides your own
 * @seed: what the data are drawn with: the same seed makes the same data
 *
 * Fills the directory as the app would, for its benchmarks: nine in ten
 * communities imported from a profile, with a location in the Netherlands
 * and shared scores of every factor; the tenth added by hand, without a
 * location or scores. Besides them, one community of your own in
 * Naaldwijk, "Westland Own Lab", with one meeting where 20 people scored
 * every factor.
 *
 * Returns: (transfer full): your own community
 */
SeedsCommunity *
seeds_test_generate_directory (SeedsStore     *store,
                               SeedsFramework *framework,
                               guint           n_communities,
                               guint32         seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsCommunityProfile) own_profile = seeds_community_profile_new ();
  g_autoptr(SeedsMeeting) meeting = NULL;
  g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func ((GDestroyNotify) seeds_score_free);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  guint n_factors = seeds_framework_get_n_factors (framework);
  SeedsCommunity *own;

  for (guint i = 0; i < n_communities; i++)
    {
      g_autoptr(SeedsCommunityProfile) details = seeds_community_profile_new ();
      const char *theme = directory_themes[g_rand_int_range (rand, 0, G_N_ELEMENTS (directory_themes))];
      guint place = g_rand_int_range (rand, 0, G_N_ELEMENTS (directory_places));
      g_autofree char *name = g_strdup_printf ("%s %s %s %u", directory_places[place].name, theme,
                                               directory_kinds[i % G_N_ELEMENTS (directory_kinds)], i + 1);

      details->kind = i % SEEDS_N_COMMUNITY_KINDS;
      g_free (details->theme);
      details->theme = g_strdup_printf ("%s growing together", theme);
      g_free (details->place);
      details->place = g_strdup (directory_places[place].name);
      g_free (details->description);
      details->description = g_strdup ("Growers, a school and the municipality work on the next step.");

      if (i % 10 == 9)
        {
          g_autoptr(SeedsCommunity) known = NULL;

          known = seeds_store_add_directory_entry (store, name, details, SEEDS_COMMUNITY_KNOWN, &error);
          g_assert_no_error (error);
        }
      else
        {
          g_autoptr(SeedsSharedResults) results = NULL;
          g_autoptr(SeedsProfile) profile = NULL;
          g_autofree char *id = g_uuid_string_random ();
          guint n_participants = g_rand_int_range (rand, 6, 25);

          seeds_community_profile_set_location (details,
                                                directory_places[place].latitude +
                                                g_rand_double_range (rand, -0.02, 0.02),
                                                directory_places[place].longitude +
                                                g_rand_double_range (rand, -0.03, 0.03));

          results = seeds_shared_results_new (seeds_framework_get_id (framework), "2026-04-01",
                                              n_participants);
          for (guint f = 0; f < n_factors; f++)
            seeds_shared_results_add (results, seeds_factor_get_id (seeds_framework_get_factor (framework, f)),
                                      g_rand_int_range (rand, SEEDS_SHARED_MIN_SCORES, n_participants + 1),
                                      g_rand_int_range (rand, SEEDS_SHARED_MEAN10_MIN, SEEDS_SHARED_MEAN10_MAX + 1),
                                      g_rand_int_range (rand, 0, 151));

          profile = seeds_profile_new (id, name, now - 3600, details, FALSE, results);
          g_assert_true (seeds_store_import_profile (store, profile, NULL, &error));
          g_assert_no_error (error);
        }
    }

  g_free (own_profile->place);
  own_profile->place = g_strdup ("Naaldwijk");
  seeds_community_profile_set_location (own_profile, 51.9933, 4.2097);
  own = seeds_store_add_directory_entry (store, "Westland Own Lab", own_profile, SEEDS_COMMUNITY_OWN, &error);
  g_assert_no_error (error);

  meeting = seeds_store_add_meeting (store, seeds_community_get_id (own), seeds_framework_get_id (framework),
                                     "2026-05-01", "Spring round", "", &error);
  g_assert_no_error (error);

  for (guint p = 0; p < 20; p++)
    {
      g_autofree char *person_name = g_strdup_printf ("Member %u", p + 1);
      g_autoptr(SeedsParticipant) person = add_participant (store, meeting, person_name,
                                                            p % SEEDS_N_PARTNER_TYPES);

      for (guint f = 0; f < n_factors; f++)
        g_ptr_array_add (scores, seeds_score_new (seeds_participant_get_id (person),
                                                  seeds_factor_get_id (seeds_framework_get_factor (framework, f)),
                                                  g_rand_int_range (rand, 1, 6), NULL));
    }

  seeds_store_set_scores (store, seeds_meeting_get_id (meeting), scores, &error);
  g_assert_no_error (error);

  return own;
}

/**
 * seeds_test_query_int:
 * @path: a database file
 * @sql: a query whose first column of the first row is a number
 * @param: (nullable): the text bound to ?1
 *
 * Returns: that number, or -1 when there is no row
 */
gint64
seeds_test_query_int (const char *path,
                      const char *sql,
                      const char *param)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  db = seeds_test_open_raw (path, SQLITE_OPEN_READWRITE);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (param != NULL)
    sqlite3_bind_text (stmt, 1, param, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return value;
}

/* Returns: (transfer full): the text in the first column of the first
 * row of @sql on the database at @path, or NULL when there is no row */
char *
seeds_test_query_text (const char *path,
                       const char *sql)
{
  sqlite3 *db = seeds_test_open_raw (path, SQLITE_OPEN_READWRITE);
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return text;
}

/* A connection of the test's own, past the store. It reads and writes: a
 * read-only one cannot remove the log files it makes next to a database
 * in WAL mode. */
sqlite3 *
seeds_test_open_raw (const char *path,
                     int         flags)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, flags, NULL), ==, SQLITE_OK);

  return db;
}

void
seeds_test_exec_raw (sqlite3    *db,
                     const char *sql)
{
  char *errmsg = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &errmsg) != SQLITE_OK)
    g_error ("Cannot run “%s”: %s", sql, errmsg);
}

/* Runs @sql on the database at @path, which is made if it is not there. */
void
seeds_test_exec (const char *path,
                 const char *sql)
{
  sqlite3 *db = seeds_test_open_raw (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);

  seeds_test_exec_raw (db, sql);
  sqlite3_close (db);
}

/* The database at @path is whole, and no row points at one that is gone. */
void
seeds_test_assert_healthy (const char *path)
{
  g_autofree char *integrity = seeds_test_query_text (path, "PRAGMA integrity_check");

  g_assert_cmpstr (integrity, ==, "ok");
  g_assert_cmpint (seeds_test_query_int (path, "SELECT count(*) FROM pragma_foreign_key_check", NULL), ==, 0);
}

SeedsStore *
seeds_test_open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  SeedsStore *store = seeds_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);

  return store;
}

/* A handler of SeedsStore::changed that counts in @n_changed. */
void
seeds_test_count_changed (SeedsStore *store,
                          guint       what,
                          guint      *n_changed)
{
  (*n_changed)++;
}

/* Sets or clears the immutable attribute (chattr +i), which stops even
 * root from writing; FALSE where the file system does not have it. */
gboolean
seeds_test_set_immutable (const char *path,
                          gboolean    immutable)
{
  int fd = open (path, O_RDONLY | O_CLOEXEC);
  int flags = 0;
  gboolean ok;

  if (fd < 0)
    return FALSE;

  ok = ioctl (fd, FS_IOC_GETFLAGS, &flags) == 0;
  if (ok)
    {
      if (immutable)
        flags |= FS_IMMUTABLE_FL;
      else
        flags &= ~FS_IMMUTABLE_FL;
      ok = ioctl (fd, FS_IOC_SETFLAGS, &flags) == 0;
    }
  close (fd);

  return ok;
}

/**
 * seeds_test_damage_page:
 * @path: a closed database, with everything in the file itself
 * @page: the page to damage, counted from 1; not the first
 *
 * Writes garbage over one page, as a failing disk would. The first byte
 * is never a valid kind of page.
 */
void
seeds_test_damage_page (const char *path,
                        guint       page)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (page);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  guint page_size = (guint) seeds_test_query_int (path, "PRAGMA page_size", NULL);
  g_autofree guint8 *garbage = g_malloc (page_size);
  int fd;

  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (page, >, 1);

  for (guint i = 0; i < page_size; i++)
    garbage[i] = g_rand_int_range (rand, 0, 256);
  garbage[0] = 0;

  fd = g_open (path, O_WRONLY, 0);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (pwrite (fd, garbage, page_size, (off_t) (page - 1) * page_size), ==, page_size);
  g_assert_cmpint (close (fd), ==, 0);
}

/**
 * seeds_test_middle_leaf:
 * @path: a closed database
 * @name: a table or index
 *
 * Finds a leaf page in the middle of the b-tree of @name, away from its
 * first and its last: a page that seeds_store_open() does not read, and
 * that reading the first or the last rows does not reach. Uses SQLite's
 * dbstat table.
 *
 * Returns: the page, and how many rows it holds
 */
SeedsTestPage
seeds_test_middle_leaf (const char *path,
                        const char *name)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autoptr(GArray) leaves = g_array_new (FALSE, FALSE, sizeof (SeedsTestPage));

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT pageno, ncell FROM dbstat "
                                       "WHERE name = ?1 AND pagetype = 'leaf' ORDER BY path",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      SeedsTestPage leaf = { sqlite3_column_int (stmt, 0), sqlite3_column_int (stmt, 1) };

      g_array_append_val (leaves, leaf);
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  g_assert_cmpuint (leaves->len, >=, 3);

  return g_array_index (leaves, SeedsTestPage, leaves->len / 2);
}

/* The first page of the table or index @name of the database at @path */
guint
seeds_test_root_page (const char *path,
                      const char *name)
{
  gint64 page = seeds_test_query_int (path, "SELECT rootpage FROM sqlite_schema WHERE name = ?1",
                                      name);

  g_assert_cmpint (page, >, 1);
  return (guint) page;
}


double
seeds_test_time_limit (double seconds)
{
  const char *factor = g_getenv ("SEEDS_TEST_TIME_FACTOR");
  double value = factor != NULL ? g_ascii_strtod (factor, NULL) : 1.0;

  return seconds * MAX (value, 1.0);
}

/**
 * seeds_test_keep_result:
 * @user_data: a `GAsyncResult *` that is %NULL until the call is done
 *
 * The callback of an async call whose result a test waits for with
 * seeds_test_wait_result().
 */
void
seeds_test_keep_result (GObject      *source_object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  GAsyncResult **slot = user_data;

  *slot = g_object_ref (result);
}

/* Returns: (transfer full): the result, once the main loop has it */
GAsyncResult *
seeds_test_wait_result (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);

  return g_steal_pointer (slot);
}
