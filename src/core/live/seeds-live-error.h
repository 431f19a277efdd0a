/* seeds-live-error.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "model/seeds-catalog.h"

G_BEGIN_DECLS

/* Why a live round refused a request, or could not start. A member is
 * told in the page's language (seeds_live_error_describe()); the
 * messages of the errors themselves are for the facilitator and tests. */

#define SEEDS_LIVE_ERROR (seeds_live_error_quark ())

typedef enum
{
  SEEDS_LIVE_ERROR_MALFORMED,             /* not form data, or not a card */
  SEEDS_LIVE_ERROR_INVALID,               /* fields, factors or scores the round does not ask for */
  SEEDS_LIVE_ERROR_NAME_MISSING,          /* these up to NO_ANSWERS a member can put right */
  SEEDS_LIVE_ERROR_NAME_TOO_LONG,
  SEEDS_LIVE_ERROR_NAME_INVALID,
  SEEDS_LIVE_ERROR_NAME_LOOKALIKE,
  SEEDS_LIVE_ERROR_NAME_TAKEN,
  SEEDS_LIVE_ERROR_ORGANISATION_TOO_LONG,
  SEEDS_LIVE_ERROR_ORGANISATION_INVALID,
  SEEDS_LIVE_ERROR_NO_ANSWERS,
  SEEDS_LIVE_ERROR_WRONG_MEETING,         /* a card of another meeting */
  SEEDS_LIVE_ERROR_FULL,                  /* the round has all the members it takes */
  SEEDS_LIVE_ERROR_BUSY,                  /* answers sent again and again while saved */
  SEEDS_LIVE_ERROR_NO_NETWORK,
} SeedsLiveError;

GQuark      seeds_live_error_quark      (void);
gboolean    seeds_live_error_is_members (const GError *error);
const char *seeds_live_error_describe   (const GError *error,
                                         SeedsCatalog *catalog);

G_END_DECLS
