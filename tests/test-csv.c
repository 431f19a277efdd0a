/* test-csv.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "exchange/seeds-csv.h"
#include "seeds-test-util.h"

#define EMOJI "🌱🍅"
#define MARKUP "<b>&amp;</b>"

typedef SeedsTestDatabase Fixture;

static void
test_field (void)
{
  static const struct
  {
    const char *field;
    const char *csv;
  } fields[] = {
    { "", "" },
    { "plain", "plain" },
    { "with space", "with space" },
    { "a,b", "\"a,b\"" },
    { "say \"hi\"", "\"say \"\"hi\"\"\"" },
    { "two\nlines", "\"two\nlines\"" },
    { "two\r\nlines", "\"two\r\nlines\"" },
    { MARKUP, MARKUP },
    { EMOJI, EMOJI },
    { "=1+1", "'=1+1" },
    { "+31 70 123", "'+31 70 123" },
    { "-5", "'-5" },
    { "@SUM(A1)", "'@SUM(A1)" },
    { "\tTab", "'\tTab" },
    { "\rReturn", "\"'\rReturn\"" },
    { "=HYPERLINK(\"x\",\"y\")", "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"" },
    { "a=b", "a=b" },
    { "'quoted'", "'quoted'" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autoptr(GString) csv = g_string_new (NULL);

      seeds_csv_append_field (csv, fields[i].field);
      g_assert_cmpstr (csv->str, ==, fields[i].csv);
    }
}

static SeedsParticipant *
add_participant (Fixture          *fixture,
                 SeedsMeeting     *meeting,
                 const char       *name,
                 const char       *organisation,
                 SeedsPartnerType  partner_type)
{
  g_autoptr(GError) error = NULL;
  SeedsParticipant *participant;

  participant = seeds_store_add_participant (fixture->store, seeds_meeting_get_id (meeting), name,
                                             organisation, partner_type, &error);
  g_assert_no_error (error);

  return participant;
}

static void
score (Fixture          *fixture,
       SeedsMeeting     *meeting,
       SeedsParticipant *participant,
       const char       *factor_id,
       int               value,
       const char       *comment)
{
  g_autoptr(GError) error = NULL;
  const char *meeting_id = seeds_meeting_get_id (meeting);
  const char *participant_id = seeds_participant_get_id (participant);

  g_assert_true (seeds_store_set_score (fixture->store, meeting_id, participant_id, factor_id,
                                        value, &error));
  g_assert_true (seeds_store_set_comment (fixture->store, meeting_id, participant_id, factor_id,
                                          comment, &error));
  g_assert_no_error (error);
}

/* Two communities, entered out of every order the CSV has. */
static void
add_sample (Fixture         *fixture,
            SeedsCommunity **zeeland_out)
{
  g_autoptr(SeedsCommunity) zeeland = NULL;
  g_autoptr(SeedsCommunity) aalsmeer = NULL;
  g_autoptr(SeedsMeeting) late = NULL;
  g_autoptr(SeedsMeeting) early = NULL;
  g_autoptr(SeedsMeeting) other = NULL;
  g_autoptr(SeedsParticipant) zoe = NULL;
  g_autoptr(SeedsParticipant) quoted = NULL;
  g_autoptr(SeedsParticipant) formula = NULL;
  g_autoptr(SeedsParticipant) markup = NULL;
  g_autoptr(GError) error = NULL;

  zeeland = seeds_store_add_community (fixture->store, "Zeeland, \"Kas\"", &error);
  aalsmeer = seeds_store_add_community (fixture->store, "Aalsmeer " MARKUP, &error);
  g_assert_no_error (error);

  late = seeds_test_add_meeting (fixture->store, zeeland, SEEDS_MEETING_SCORES, "2026-06-01", "=Summer");
  early = seeds_test_add_meeting (fixture->store, zeeland, SEEDS_MEETING_SCORES, "2026-03-01",
                                  "Spring, early");
  other = seeds_test_add_meeting (fixture->store, aalsmeer, SEEDS_MEETING_SCORES, "2026-09-01",
                                  "Autumn " EMOJI);

  zoe = add_participant (fixture, late, "Zoë " EMOJI, "Kas & Co", SEEDS_PARTNER_COMPANY);
  quoted = add_participant (fixture, late, "\"Bram\" Jansen", "", SEEDS_PARTNER_RESEARCH);
  formula = add_participant (fixture, early, "@Cas", "=cmd|' /C calc'!A0", SEEDS_PARTNER_OTHER);
  markup = add_participant (fixture, other, MARKUP, "-", SEEDS_PARTNER_GOVERNMENT);

  score (fixture, late, zoe, "10", 5, "First line\nsecond, \"line\"");
  score (fixture, late, zoe, "2", SEEDS_SCORE_DONT_KNOW, "");
  score (fixture, late, quoted, "1", 2, "+1");
  score (fixture, late, zoe, "1", 4, "");
  score (fixture, early, formula, "12", 3, "");
  score (fixture, other, markup, "5", 1, MARKUP);

  *zeeland_out = g_steal_pointer (&zeeland);
}

static GPtrArray *
export (Fixture    *fixture,
        const char *community_id)
{
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(GError) error = NULL;

  csv = seeds_csv_export (fixture->store, fixture->framework, community_id, &error);
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate_len (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv), NULL));

  return seeds_test_parse_csv (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));
}

static void
assert_records (GPtrArray          *records,
                const char * const *expected,
                guint               n_expected)
{
  g_assert_cmpuint (records->len, ==, n_expected);

  for (guint i = 0; i < n_expected; i++)
    {
      g_autofree char *joined = g_strjoinv ("|", g_ptr_array_index (records, i));

      g_assert_cmpstr (joined, ==, expected[i]);
    }
}

#define HEADER "community|meeting_id|meeting_date|meeting_title|participant|partner_type|" \
               "factor_id|factor_title|score|organisation|comment"

static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(SeedsCommunity) zeeland = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *other = NULL;
  g_autofree char *early = NULL;
  g_autofree char *bram = NULL;
  g_autofree char *zoe_1 = NULL;
  g_autofree char *zoe_2 = NULL;
  g_autofree char *zoe_10 = NULL;
  const char *early_id, *late_id, *other_id;

  add_sample (fixture, &zeeland);
  meetings = seeds_store_list_meetings (fixture->store, seeds_community_get_id (zeeland), &error);
  g_assert_no_error (error);
  late_id = seeds_meeting_get_id (meetings->pdata[0]);
  early_id = seeds_meeting_get_id (meetings->pdata[1]);

  records = export (fixture, NULL);
  other_id = ((char **) records->pdata[1])[1];

  /* By community name, meeting date, participant name, then factor */
  other = g_strdup_printf ("Aalsmeer " MARKUP "|%s|2026-09-01|Autumn " EMOJI "|" MARKUP "|"
                           "government|5|Building a shared vision of the future|1|'-|" MARKUP,
                           other_id);
  early = g_strdup_printf ("Zeeland, \"Kas\"|%s|2026-03-01|Spring, early|'@Cas|other|12|"
                           "System innovation: looking wider|3|'=cmd|' /C calc'!A0|", early_id);
  bram = g_strdup_printf ("Zeeland, \"Kas\"|%s|2026-06-01|'=Summer|\"Bram\" Jansen|research|1|"
                          "Driven and personally committed|2||'+1", late_id);
  zoe_1 = g_strdup_printf ("Zeeland, \"Kas\"|%s|2026-06-01|'=Summer|Zoë " EMOJI "|company|1|"
                           "Driven and personally committed|4|Kas & Co|", late_id);
  zoe_2 = g_strdup_printf ("Zeeland, \"Kas\"|%s|2026-06-01|'=Summer|Zoë " EMOJI "|company|2|"
                           "The sum of people’s qualities and roles||Kas & Co|", late_id);
  zoe_10 = g_strdup_printf ("Zeeland, \"Kas\"|%s|2026-06-01|'=Summer|Zoë " EMOJI "|company|10|"
                            "Minding the vacuum between developing ideas and applying results|5|"
                            "Kas & Co|First line\nsecond, \"line\"", late_id);

  assert_records (records,
                  (const char * const []) { HEADER, other, early, bram, zoe_1, zoe_2, zoe_10 },
                  7);

  /* Only one community */
  g_clear_pointer (&records, g_ptr_array_unref);
  records = export (fixture, seeds_community_get_id (zeeland));
  g_assert_cmpuint (records->len, ==, 6);
  for (guint i = 1; i < records->len; i++)
    g_assert_cmpstr (((char **) records->pdata[i])[0], ==, "Zeeland, \"Kas\"");
}

static void
test_export_raw (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(SeedsCommunity) zeeland = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *path = NULL;

  /* Nothing to export is a header alone. */
  csv = seeds_csv_export (fixture->store, fixture->framework, NULL, &error);
  g_assert_no_error (error);
  text = g_strndup (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));
  g_assert_cmpstr (text, ==,
                   "community,meeting_id,meeting_date,meeting_title,participant,partner_type,"
                   "factor_id,factor_title,score,organisation,comment\r\n");
  g_clear_pointer (&csv, g_bytes_unref);
  g_clear_pointer (&text, g_free);

  add_sample (fixture, &zeeland);
  csv = seeds_csv_export (fixture->store, fixture->framework, NULL, &error);
  g_assert_no_error (error);
  text = g_strndup (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));
  g_assert_nonnull (strstr (text, "\r\n\"Zeeland, \"\"Kas\"\"\","));
  g_assert_nonnull (strstr (text, ",\"First line\nsecond, \"\"line\"\"\"\r\n"));
  g_assert_nonnull (strstr (text, ",\"\"\"Bram\"\" Jansen\",research,"));
  g_assert_nonnull (strstr (text, ",'=Summer,"));

  /* Saved as a whole, the same text */
  path = seeds_test_write_file (fixture->dir, "scores.csv", "old", -1);
  file = g_file_new_for_path (path);
  g_assert_true (seeds_csv_export_to_file (fixture->store, fixture->framework, NULL, file,
                                           &error));
  g_assert_no_error (error);
  saved = g_file_load_bytes (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (saved, csv));

  /* A community that is not there */
  g_clear_pointer (&csv, g_bytes_unref);
  csv = seeds_csv_export (fixture->store, fixture->framework,
                          "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", &error);
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_NOT_FOUND);
  g_assert_null (csv);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/field", test_field);
  g_test_add ("/csv/export", Fixture, NULL, seeds_test_database_set_up, test_export,
              seeds_test_database_tear_down);
  g_test_add ("/csv/export-raw", Fixture, NULL, seeds_test_database_set_up, test_export_raw,
              seeds_test_database_tear_down);

  return g_test_run ();
}
