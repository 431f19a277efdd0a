/* make-corpus.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "exchange/seeds-community-export.h"
#include "exchange/seeds-importer.h"
#include "exchange/seeds-profile-export.h"
#include "seeds-test-util.h"

/* Not a test: writes the seed corpus of the fuzz targets with the app's
 * own writers, so that the fuzzers start from files the app really makes,
 * plus small versions of the files that once broke a reader. Run it as
 * `make-corpus tests/fuzz/corpus` after a format changes; the output is
 * committed. */

#define MEETING_ID   "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b"
#define COMMUNITY_ID "0b8f3c1e-5a8e-4d7b-9d6a-1c2b3a4d5e6f"
#define ANNA_ID      "11111111-2222-4333-8444-555555555555"

static const char *corpus;

static void
write_seed (const char *target,
            const char *name,
            const char *data,
            gsize       length)
{
  g_autofree char *dir = g_build_filename (corpus, target, NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_mkdir_with_parents (dir, 0755);
  g_file_set_contents (path, data, (gssize) length, &error);
  g_assert_no_error (error);
}

static void
write_bytes (const char *target,
             const char *name,
             GBytes     *bytes)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  write_seed (target, name, data, length);
}

/* An exchange file goes to its own target and to the importer's. */
static void
write_exchange (const char *target,
                const char *name,
                GBytes     *bytes)
{
  write_bytes (target, name, bytes);
  write_bytes ("import", name, bytes);
}

static void
write_string (const char *target,
              const char *name,
              const char *text)
{
  write_seed (target, name, text, strlen (text));
}

static void
write_cards (SeedsFramework *framework)
{
  const char *framework_id = seeds_framework_get_id (framework);
  g_autoptr(SeedsInvitation) invitation = NULL;
  g_autoptr(SeedsScorecard) anna = NULL;
  g_autoptr(SeedsScorecard) anonymous = NULL;
  g_autoptr(GBytes) bytes = NULL;

  invitation = seeds_invitation_new (framework_id, COMMUNITY_ID, "Westland field lab “ß” 🌱",
                                     MEETING_ID, "2026-03-12", "Spring round");
  bytes = seeds_invitation_to_bytes (invitation);
  write_exchange ("invitation", "invitation.seedsmeeting", bytes);
  g_clear_pointer (&bytes, g_bytes_unref);

  anna = seeds_scorecard_new (framework_id, MEETING_ID, ANNA_ID, "Anna de Vries", "TU Delft",
                              SEEDS_PARTNER_RESEARCH);
  for (guint f = 1; f <= seeds_framework_get_n_factors (framework); f++)
    {
      g_autofree char *factor_id = g_strdup_printf ("%u", f);

      seeds_scorecard_set_score (anna, factor_id, f % 6 == 0 ? SEEDS_SCORE_DONT_KNOW : 1 + f % 5,
                                 f == 3 ? "We talk about it,\nbut nobody takes it up." : NULL);
    }
  bytes = seeds_scorecard_to_bytes (anna);
  write_exchange ("scorecard", "anna.seedscard", bytes);
  g_clear_pointer (&bytes, g_bytes_unref);

  anonymous = seeds_scorecard_new (framework_id, MEETING_ID, NULL, "Bram", "", SEEDS_PARTNER_OTHER);
  seeds_scorecard_set_score (anonymous, "4", 3, NULL);
  bytes = seeds_scorecard_to_bytes (anonymous);
  write_exchange ("scorecard", "bram.seedscard", bytes);
}

static void
write_profile (SeedsFramework *framework)
{
  SeedsTestDatabase database = { 0 };
  g_autoptr(SeedsCommunity) community = NULL;
  g_autoptr(SeedsProfile) profile = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  seeds_test_database_set_up (&database, NULL);
  community = seeds_test_add_shared_community (database.store);
  profile = seeds_profile_export_new (database.store, framework,
                                      seeds_community_get_id (community),
                                      SEEDS_PROFILE_SHARE_CONTACT | SEEDS_PROFILE_SHARE_SCORES,
                                      &error);
  g_assert_no_error (error);
  bytes = seeds_profile_to_bytes (profile);
  write_exchange ("profile", "westland.seedsprofile", bytes);
  g_clear_pointer (&bytes, g_bytes_unref);

  /* The whole community, as --export-json writes it, and a list of one */
  bytes = seeds_community_export_json (database.store, seeds_community_get_id (community), &error);
  g_assert_no_error (error);
  write_exchange ("community", "westland.json", bytes);
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = seeds_community_export_json (database.store, NULL, &error);
  g_assert_no_error (error);
  write_exchange ("community", "all.json", bytes);

  seeds_test_database_tear_down (&database, NULL);
}

/* Small versions of the files that once crashed a reader or let a card
 * pass for someone else (issue "Trust"). */
static void
write_hostile (void)
{
  g_autoptr(GString) deep = g_string_new ("{\"format\": \"seeds-scorecard\", /* ");

  for (guint i = 0; i < 2000; i++)
    g_string_append_c (deep, '[');
  g_string_append (deep, " */ \"version\": 1}");
  write_string ("scorecard", "nested-behind-comment.seedscard", deep->str);
  write_string ("scorecard", "single-quotes.seedscard",
                "{'format': 'seeds-scorecard', 'x': '[[[[[[[[[[[[[[['}");
  write_string ("scorecard", "nul-in-name.seedscard",
                "{\"format\": \"seeds-scorecard\", \"version\": 1, \"framework\": "
                "\"greenport-2020\", \"meeting\": {\"id\": \"" MEETING_ID "\"}, "
                "\"participant\": {\"name\": \"Ann\\u0000<script>\", \"partner_type\": "
                "\"other\"}, \"scores\": {\"1\": 3}}");
  write_string ("scorecard", "lone-surrogate.seedscard",
                "{\"format\": \"seeds-scorecard\", \"version\": 1, \"framework\": "
                "\"greenport-2020\", \"meeting\": {\"id\": \"" MEETING_ID "\"}, "
                "\"participant\": {\"name\": \"Anna\", \"partner_type\": \"\\ud800\"}, "
                "\"scores\": {\"1\": 3}}");
  write_string ("scorecard", "bidi-name.seedscard",
                "{\"format\": \"seeds-scorecard\", \"version\": 1, \"framework\": "
                "\"greenport-2020\", \"meeting\": {\"id\": \"" MEETING_ID "\"}, "
                "\"participant\": {\"name\": \"Anna\\u202egnp.exe\\u202c\", \"partner_type\": "
                "\"other\"}, \"scores\": {\"1\": 3}}");
  write_string ("framework", "empty.framework.xml", "");
}

/* What a live round receives (fuzz-live.c): the first byte names the
 * part of a request, the rest is what a browser sends there. */
static void
write_live_request (const char *name,
                    char        part,
                    const char *data,
                    gsize       length)
{
  g_autoptr(GString) input = g_string_new_len (&part, 1);

  g_string_append_len (input, data, (gssize) length);
  write_seed ("live", name, input->str, input->len);
}

static void
write_live (SeedsFramework *framework)
{
  static const struct { const char *name; const char *text; } requests[] = {
    { "form-anonymous", "Amember=abcdefghijklmnopqrstuvwxyz234567&name=&anonymous=yes&"
                        "organisation=&partner_type=&score-3=2" },
    { "form-markup", "Fname=%3C%2Fform%3E%3Cscript%3Ex()%3C%2Fscript%3E&organisation=%22%3E%3C"
                     "style%3E&partner_type=other&score-1=3" },
    { "form-bad-score", "Fname=Anna&score-1=9&score-13=1" },
    { "form-twice", "Fname=Anna&name=Bram&score-1=1&score-1=2" },
    { "form-encoding", "Fname=Jos%C3%A9+%E2%80&organisation=%zz&score-2=dont-know" },
    { "query-member", "Qmember=abcdefghijklmnopqrstuvwxyz234567" },
    { "language-nl", "Lnl-NL,nl;q=0.9,en;q=0.8" },
    { "language-quality", "Len-GB;q=0.5, nl;q=0.7, *;q=0.1" },
    { "path-code", "Pk7mq2xrp" },
    { "path-code-dash", "PK7MQ-2XRP" },
  };
  g_autoptr(GString) full = g_string_new ("member=abcdefghijklmnopqrstuvwxyz234567&"
                                          "name=Anna+de+Vries&organisation=TU+Delft&"
                                          "partner_type=research");
  g_autoptr(SeedsScorecard) card = NULL;
  g_autoptr(GBytes) bytes = NULL;

  for (guint f = 1; f <= seeds_framework_get_n_factors (framework); f++)
    g_string_append_printf (full, f % 6 == 0 ? "&score-%u=dont-know" : "&score-%u=%u", f, 1 + f % 5);
  write_live_request ("form-full", 'F', full->str, full->len);

  for (guint i = 0; i < G_N_ELEMENTS (requests); i++)
    write_live_request (requests[i].name, requests[i].text[0], requests[i].text + 1,
                        strlen (requests[i].text + 1));

  /* A card that the desktop app sends to /TOKEN/card */
  card = seeds_scorecard_new (seeds_framework_get_id (framework), MEETING_ID, NULL, "Bram",
                              "Gemeente Westland", SEEDS_PARTNER_GOVERNMENT);
  seeds_scorecard_set_score (card, "1", 4, NULL);
  seeds_scorecard_set_score (card, "2", SEEDS_SCORE_DONT_KNOW, NULL);
  bytes = seeds_scorecard_to_bytes (card);
  write_live_request ("card", 'C', g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
write_texts (void)
{
  static const char * const texts[] = {
    "Anna de Vries", "An\342\200\213na de Vries", "Anna\342\200\256gnp.exe\342\200\254",
    "\320\220nna", "Jose\314\201", "  a\tb\r\nc  ", "https://example.org/lab",
    "name@example.org", "+31 70 000 0000", "2026-02-29", "2028-02-29", "9999-12-31",
    "1899-12-31", "15-1-2027", "15 jan", "15 januari 2027",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *name = g_strdup_printf ("text-%02u", i);

      write_string ("text", name, texts[i]);
    }
}

/* Base map files as data/geodata/README.md describes them: one layer of
 * each kind in the world, the same with an OpenStreetMap lake in the
 * Netherlands, and each cut short. The bundled file is too large a seed. */
static void
write_geodata (void)
{
  static const float ring[][2] = {
    { -10, -10 }, { 10, -10 }, { 10, 10 }, { -10, 10 }, { -10, -10 },
  };
  static const float lake[][2] = {
    { 5.2f, 52.6f }, { 5.6f, 52.6f }, { 5.6f, 52.9f }, { 5.2f, 52.6f },
  };
  static const struct { guint32 kind, scope; const float (*points)[2]; guint n; } layers[] = {
    { 1, 0, ring, G_N_ELEMENTS (ring) },
    { 2, 0, ring, 3 },
    { 3, 0, ring, G_N_ELEMENTS (ring) },
    { 4, 0, ring, 2 },
    { 1, 1, ring, G_N_ELEMENTS (ring) },
    { 3, 2, lake, G_N_ELEMENTS (lake) },
  };

  for (guint n_layers = 4; n_layers <= G_N_ELEMENTS (layers); n_layers += 2)
    {
      g_autoptr(GByteArray) file = g_byte_array_new ();
      g_autofree char *name = g_strdup_printf ("geodata-%u-layers", n_layers);
      g_autofree char *cut = g_strdup_printf ("geodata-%u-layers-cut", n_layers);

      g_byte_array_append (file, (const guint8 *) "SEEDSGEO", 8);
      seeds_test_append_u32 (file, 1);
      seeds_test_append_u32 (file, n_layers);
      for (guint i = 0; i < n_layers; i++)
        {
          gboolean whole = layers[i].scope == 0;

          seeds_test_append_u32 (file, layers[i].kind);
          seeds_test_append_u32 (file, layers[i].scope);
          seeds_test_append_f32 (file, whole ? -180 : 3);
          seeds_test_append_f32 (file, whole ? -90 : 51);
          seeds_test_append_f32 (file, whole ? 180 : 8);
          seeds_test_append_f32 (file, whole ? 90 : 54);
          seeds_test_append_u32 (file, 1);
          seeds_test_append_u32 (file, layers[i].n);
        }
      for (guint i = 0; i < n_layers; i++)
        {
          seeds_test_append_u32 (file, layers[i].n);
          for (guint k = 0; k < layers[i].n; k++)
            {
              seeds_test_append_f32 (file, layers[i].points[k][0]);
              seeds_test_append_f32 (file, layers[i].points[k][1]);
            }
        }

      write_seed ("geodata", name, (const char *) file->data, file->len);
      write_seed ("geodata", cut, (const char *) file->data, file->len - 4);
    }
}

/* Every framework the app ships, as bundled: all languages in each */
static void
write_builtin_frameworks (void)
{
  const char * const *ids = seeds_framework_get_builtin_ids ();

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autofree char *name = g_strconcat (ids[i], ".framework.xml", NULL);
      g_autofree char *path = g_strconcat ("/io/github/seedsofinnovation/Seeds/frameworks/", name,
                                           NULL);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;

      bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      g_assert_no_error (error);
      write_bytes ("framework", name, bytes);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SeedsFramework) framework = NULL;

  setlocale (LC_ALL, "");

  if (argc != 2)
    {
      g_printerr ("Usage: %s CORPUS-FOLDER\n", argv[0]);
      return 1;
    }
  corpus = argv[1];

  framework = seeds_framework_new_default ("en");
  write_builtin_frameworks ();

  write_cards (framework);
  write_profile (framework);
  write_hostile ();
  write_live (framework);
  write_texts ();
  write_geodata ();

  return 0;
}
