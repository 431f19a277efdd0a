/* seeds-exchange.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "model/seeds-framework.h"

G_BEGIN_DECLS

/* What the exchange files (seeds-invitation.h, seeds-scorecard.h,
 * seeds-profile.h) and the community export (seeds-community-export.h,
 * seeds-community-import.h) share.
 * The formats are described in docs/formats.md. */

#define SEEDS_EXCHANGE_ERROR (seeds_exchange_error_quark ())

typedef enum
{
  SEEDS_EXCHANGE_ERROR_UNREADABLE,           /* the file cannot be read */
  SEEDS_EXCHANGE_ERROR_TOO_LARGE,            /* over the size limit of its kind */
  SEEDS_EXCHANGE_ERROR_NOT_JSON,             /* not UTF-8 JSON, or truncated */
  SEEDS_EXCHANGE_ERROR_WRONG_FORMAT,         /* not our file, or not this kind */
  SEEDS_EXCHANGE_ERROR_UNSUPPORTED_VERSION,
  SEEDS_EXCHANGE_ERROR_WRONG_FRAMEWORK,
  SEEDS_EXCHANGE_ERROR_INVALID,              /* a field is missing or wrong */
} SeedsExchangeError;

/* Finds the framework a file names, when it is not the app's own: an
 * invitation or a score card is read against the framework of its
 * meeting. Returns: (transfer full) (nullable): the framework, or %NULL
 * with @error set when it is not known. */
typedef SeedsFramework *(*SeedsExchangeFrameworkFunc) (const char  *id,
                                                      guint        edition,
                                                      gpointer     user_data,
                                                      GError     **error);

/* The version of the formats that this version of the app reads and writes. */
#define SEEDS_EXCHANGE_VERSION 1

/* Larger invitations, score cards and profiles are refused before they are
 * read: a real one is a few KiB. */
#define SEEDS_EXCHANGE_MAX_SIZE (1024 * 1024)

#define SEEDS_INVITATION_FORMAT "seeds-meeting"
#define SEEDS_INVITATION_SUFFIX ".seedsmeeting"

#define SEEDS_SCORECARD_FORMAT "seeds-scorecard"
#define SEEDS_SCORECARD_SUFFIX ".seedscard"

#define SEEDS_PROFILE_FORMAT "seeds-profile"
#define SEEDS_PROFILE_SUFFIX ".seedsprofile"

#define SEEDS_COMMUNITY_FORMAT "seeds-community"
#define SEEDS_COMMUNITY_SUFFIX ".json"

/* An export of all communities holds years of history: one community of
 * 120 meetings of 30 people is some 7 MiB. */
#define SEEDS_COMMUNITY_MAX_SIZE (256 * 1024 * 1024)

GQuark seeds_exchange_error_quark (void);

gboolean seeds_exchange_file_is_invitation (GFile *file);

G_END_DECLS
