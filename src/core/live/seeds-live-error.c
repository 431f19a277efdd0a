/* seeds-live-error.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "live/seeds-live-error.h"
#include "model/seeds-text.h"
#include "store/seeds-store.h"

G_DEFINE_QUARK (seeds-live-error-quark, seeds_live_error)

/* Whether the member can put @error right in the form: a name, an
 * organisation or answers that are missing or refused. */
gboolean
seeds_live_error_is_members (const GError *error)
{
  g_return_val_if_fail (error != NULL, FALSE);

  return error->domain == SEEDS_LIVE_ERROR &&
         error->code >= SEEDS_LIVE_ERROR_NAME_MISSING &&
         error->code <= SEEDS_LIVE_ERROR_NO_ANSWERS;
}

static const char *
describe_live (const GError *error,
               SeedsCatalog *catalog)
{
  switch ((SeedsLiveError) error->code)
    {
    case SEEDS_LIVE_ERROR_NAME_MISSING:
      return T_(catalog, "Enter your name, or choose to answer anonymously.");
    case SEEDS_LIVE_ERROR_NAME_TOO_LONG:
      return T_(catalog, "Your name is too long: use at most 80 characters.");
    case SEEDS_LIVE_ERROR_NAME_INVALID:
      return T_(catalog, "Your name holds characters that cannot be used, such as letters of "
                         "two alphabets. Type it as you usually write it.");
    case SEEDS_LIVE_ERROR_NAME_LOOKALIKE:
      return T_(catalog, "Your name looks like the name of another participant, but is written "
                         "with other characters. Type it as you usually write it, or ask the "
                         "facilitator.");
    case SEEDS_LIVE_ERROR_NAME_TAKEN:
      return T_(catalog, "Someone has already answered under this name in this meeting. If that "
                         "was you, change your answers on the device you used then; otherwise, "
                         "add your initials or surname.");
    case SEEDS_LIVE_ERROR_ORGANISATION_TOO_LONG:
      return T_(catalog, "The name of your organisation is too long: use at most 120 "
                         "characters.");
    case SEEDS_LIVE_ERROR_ORGANISATION_INVALID:
      return T_(catalog, "The name of your organisation holds characters that cannot be used.");
    case SEEDS_LIVE_ERROR_NO_ANSWERS:
      return T_(catalog, "Answer at least one factor: choose a score from 1 to 5, or “Don’t "
                         "know”.");
    case SEEDS_LIVE_ERROR_WRONG_MEETING:
      return T_(catalog, "This score card is for another meeting.");
    case SEEDS_LIVE_ERROR_FULL:
      return T_(catalog, "This round takes no more participants. Ask the facilitator.");
    case SEEDS_LIVE_ERROR_BUSY:
      return T_(catalog, "Your earlier answers are still being saved. Wait a moment, and send "
                         "them again.");
    case SEEDS_LIVE_ERROR_INVALID:
      return T_(catalog, "The answers hold something this round does not ask for. Load the page "
                         "again and send your answers from there.");
    case SEEDS_LIVE_ERROR_MALFORMED:
    case SEEDS_LIVE_ERROR_NO_NETWORK:
    default:
      return T_(catalog, "The answers could not be read. Load the page again and send your "
                         "answers from there.");
    }
}

/**
 * seeds_live_error_describe:
 * @error: why a request was refused: a #SEEDS_LIVE_ERROR, or an error of
 *   the import of the answers
 * @catalog: (nullable): the page's language
 *
 * Returns: what to tell the member who sent the request, in the
 *   catalogue's language
 */
const char *
seeds_live_error_describe (const GError *error,
                           SeedsCatalog *catalog)
{
  g_return_val_if_fail (error != NULL, NULL);

  if (error->domain == SEEDS_LIVE_ERROR)
    return describe_live (error, catalog);

  if (g_error_matches (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_NOT_FOUND) ||
      g_error_matches (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID))
    return T_(catalog, "This meeting can no longer be scored. Ask the facilitator.");

  if (error->domain == SEEDS_STORE_ERROR || error->domain == G_IO_ERROR)
    return T_(catalog, "Your answers could not be saved. Tell the facilitator, and try again "
                       "in a moment.");

  return T_(catalog, "The answers were refused. Load the page again and send your answers "
                     "from there.");
}
