/* fuzz-exchange.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fuzz-util.h"
#include "exchange/seeds-community-import.h"
#include "exchange/seeds-invitation.h"
#include "exchange/seeds-profile.h"
#include "exchange/seeds-scorecard.h"

/* One target per kind of exchange file, as a double-click opens it:
 * tests/fuzz/meson.build builds this file with FUZZ_READ set to
 * seeds_invitation_new_from_bytes, seeds_scorecard_new_from_bytes,
 * seeds_profile_new_from_bytes or seeds_community_import_new_from_bytes. */
#ifndef FUZZ_READ
#error "Define FUZZ_READ as the reader to fuzz"
#endif

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  gpointer item;

  item = FUZZ_READ (bytes, fuzz_framework (), &error);
  g_assert ((item == NULL) == (error != NULL));
  fuzz_check_error (error);
  g_clear_object (&item);

  return 0;
}
