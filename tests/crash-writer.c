/* crash-writer.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <unistd.h>

#include "exchange/seeds-importer.h"
#include "store/seeds-store.h"
#include "store/seeds-store-backup.h"

/* Not a test on its own: test-crash.c starts this program and kills it
 * with SIGKILL at a random moment. It writes to a database as the app
 * does, for ever: score cards imported, single scores typed, next steps
 * added, now and then a backup made. Before each write it prints "begin SEQ WHAT", after the write is
 * committed "ack SEQ", each line in one write(2), so that the killer
 * knows which writes were acknowledged and which one may have been under
 * way. Usage: crash-writer DATABASE SEED */

#define COMMUNITY_ID "0b8f3c1e-5a8e-4d7b-9d6a-1c2b3a4d5e6f"
#define MEETING_ID   "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b"
#define N_MEMBERS    8
#define N_FACTORS    12

static SeedsFramework *framework;

static void
say (const char *format,
     ...) G_GNUC_PRINTF (1, 2);

static void
say (const char *format,
     ...)
{
  g_autofree char *line = NULL;
  va_list args;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);

  if (write (STDOUT_FILENO, line, strlen (line)) < 0)
    exit (1);
}

static void
check (gboolean      ok,
       const GError *error)
{
  if (!ok)
    {
      g_printerr ("crash-writer: %s\n", error != NULL ? error->message : "failed");
      exit (1);
    }
}

/* The member's participant id, as their cards carry it */
static char *
member_id (guint member)
{
  return g_strdup_printf ("00000000-0000-4000-8000-%012u", member);
}

static void
ensure_meeting (SeedsStore *store)
{
  g_autoptr(SeedsInvitation) invitation = NULL;
  g_autoptr(GError) error = NULL;

  invitation = seeds_invitation_new (seeds_framework_get_id (framework), COMMUNITY_ID,
                                     "Crash lab", MEETING_ID, "2026-03-12", "Spring round");
  check (seeds_store_import_invitation (store, invitation, NULL, &error), error);
}

/* A whole card: the member's twelve scores in one transaction */
static void
import_card (SeedsStore *store,
             GRand      *rand,
             guint       seq)
{
  guint member = (guint) g_rand_int_range (rand, 0, N_MEMBERS);
  g_autofree char *id = member_id (member);
  g_autofree char *name = g_strdup_printf ("Member %u", member);
  g_autoptr(SeedsScorecard) card = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(SeedsImportResult) result = NULL;
  g_autoptr(GString) values = g_string_new (NULL);

  card = seeds_scorecard_new (seeds_framework_get_id (framework), MEETING_ID, id, name, "",
                              SEEDS_PARTNER_OTHER);
  for (guint f = 1; f <= N_FACTORS; f++)
    {
      g_autofree char *factor_id = g_strdup_printf ("%u", f);
      int value = g_rand_int_range (rand, 1, 6);

      seeds_scorecard_set_score (card, factor_id, value, NULL);
      g_string_append_printf (values, "%s%d", f > 1 ? "," : "", value);
    }

  bytes = seeds_scorecard_to_bytes (card);
  say ("begin %u card %u %s\n", seq, member, values->str);
  result = seeds_importer_import_bytes (store, framework, bytes, "card.seedscard");
  check (!seeds_import_result_is_refused (result), NULL);
  say ("ack %u\n", seq);
}

/* One score typed in a round of hands, for a member who has a card */
static void
set_score (SeedsStore *store,
           GRand      *rand,
           guint       seq)
{
  g_autoptr(GPtrArray) attendees = NULL;
  g_autoptr(GError) error = NULL;
  SeedsParticipant *participant;
  guint factor = (guint) g_rand_int_range (rand, 1, N_FACTORS + 1);
  int value = g_rand_int_range (rand, 1, 6);
  g_autofree char *factor_id = g_strdup_printf ("%u", factor);

  attendees = seeds_store_list_attendees (store, MEETING_ID, &error);
  check (attendees != NULL, error);
  if (attendees->len == 0)
    return;

  participant = g_ptr_array_index (attendees, g_rand_int_range (rand, 0, attendees->len));
  say ("begin %u score %s %u %d\n", seq, seeds_participant_get_id (participant), factor, value);
  check (seeds_store_set_score (store, MEETING_ID, seeds_participant_get_id (participant),
                                factor_id, value, &error), error);
  say ("ack %u\n", seq);
}

/* The daily backup, which the app makes on a worker thread while the
 * database is in use; acknowledged like the writes, though the harness
 * only checks that every backup it finds is whole. */
static void
make_backup (SeedsStore *store,
             guint       seq)
{
  g_autoptr(SeedsStoreBackup) backup = NULL;
  g_autoptr(GError) error = NULL;

  say ("begin %u backup\n", seq);
  backup = seeds_store_make_backup (seeds_store_get_path (store), NULL, &error);
  check (backup != NULL, error);
  say ("ack %u\n", seq);
}

static void
add_step (SeedsStore *store,
          guint       seq)
{
  g_autoptr(SeedsNextStep) step = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strdup_printf ("Step %u", seq);

  say ("begin %u step %s\n", seq, text);
  step = seeds_store_add_next_step (store, MEETING_ID, "3", text, "", NULL, &error);
  check (step != NULL, error);
  say ("ack %u\n", seq);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SeedsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = NULL;
  guint seq;

  setlocale (LC_ALL, "");

  if (argc != 4)
    {
      g_printerr ("Usage: %s DATABASE SEED FIRST-SEQ\n", argv[0]);
      return 2;
    }

  rand = g_rand_new_with_seed ((guint32) g_ascii_strtoull (argv[2], NULL, 10));
  seq = (guint) g_ascii_strtoull (argv[3], NULL, 10);
  framework = seeds_framework_new_default ("en");

  store = seeds_store_open (argv[1], &error);
  check (store != NULL, error);
  say ("open\n");
  ensure_meeting (store);

  for (;; seq++)
    {
      guint what = (guint) g_rand_int_range (rand, 0, 40);

      if (what < 20)
        import_card (store, rand, seq);
      else if (what < 36)
        set_score (store, rand, seq);
      else if (what < 39)
        add_step (store, seq);
      else
        make_backup (store, seq);
    }
}
