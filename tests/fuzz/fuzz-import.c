/* fuzz-import.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "fuzz-util.h"
#include "exchange/seeds-importer.h"

/* The meeting of the seed corpus's cards (tests/fuzz/make-corpus.c) */
#define MEETING_ID   "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b"
#define COMMUNITY_ID "0b8f3c1e-5a8e-4d7b-9d6a-1c2b3a4d5e6f"

/* One database for the whole run, with the meeting the cards are for, so
 * that inputs reach the matching of names and the writes. */
static SeedsStore *
fuzz_store (void)
{
  static SeedsStore *store = NULL;
  g_autoptr(SeedsInvitation) invitation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;

  if (store != NULL)
    return store;

  dir = g_dir_make_tmp ("seeds-fuzz-import-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "fuzz.db", NULL);
  store = seeds_store_open (path, &error);
  g_assert_no_error (error);

  invitation = seeds_invitation_new (seeds_framework_get_id (fuzz_framework ()), COMMUNITY_ID,
                                     "Westland field lab", MEETING_ID, "2026-03-12",
                                     "Spring round");
  seeds_store_import_invitation (store, invitation, NULL, &error);
  g_assert_no_error (error);

  return store;
}

/* Any file dropped on the window: a card, an invitation or a profile */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(SeedsImportResult) result = NULL;

  result = seeds_importer_import_bytes (fuzz_store (), fuzz_framework (), bytes, NULL);

  if (!g_utf8_validate (result->message, -1, NULL) || *result->message == '\0')
    abort ();

  return 0;
}
