/* seeds-text.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "model/seeds-catalog.h"
#include "model/seeds-text-identity.h"

G_BEGIN_DECLS

#define SEEDS_TEXT_ERROR (seeds_text_error_quark ())

typedef enum
{
  SEEDS_TEXT_ERROR_EMPTY,
  SEEDS_TEXT_ERROR_TOO_LONG,
  SEEDS_TEXT_ERROR_INVALID,
} SeedsTextError;

/* Every piece of text a user types goes into one of these fields. The field
 * decides whether it may be empty, how long it may be and whether it may hold
 * line breaks. */
typedef enum
{
  SEEDS_FIELD_COMMUNITY_NAME,
  SEEDS_FIELD_MEETING_TITLE,
  SEEDS_FIELD_MEETING_NOTES,
  SEEDS_FIELD_PARTICIPANT_NAME,
  SEEDS_FIELD_ORGANISATION,
  SEEDS_FIELD_COMMENT,
  SEEDS_FIELD_NEXT_STEP,
  SEEDS_FIELD_OWNER,
  /* The profile of a learning community in the directory */
  SEEDS_FIELD_THEME,
  SEEDS_FIELD_PLACE,
  SEEDS_FIELD_PARTNERS,      /* one organisation per line */
  SEEDS_FIELD_CONTACT_NAME,
  SEEDS_FIELD_EMAIL,         /* checked: name@example.org */
  SEEDS_FIELD_PHONE,         /* checked: digits, spaces, + - ( ) */
  SEEDS_FIELD_WEBSITE,       /* checked: http or https; "https://" is added when missing */
  SEEDS_FIELD_DESCRIPTION,
  /* The community's own page: a brilliant failure, a reward, and who
   * agreed to spend or correct team points */
  SEEDS_FIELD_FAILURE_TRIED,
  SEEDS_FIELD_FAILURE_HAPPENED,
  SEEDS_FIELD_FAILURE_LEARNED,
  SEEDS_FIELD_REWARD_TITLE,
  SEEDS_FIELD_AGREED_BY,
} SeedsField;

GQuark    seeds_text_error_quark    (void);
gboolean  seeds_text_field_is_identifying (SeedsField field);
guint     seeds_text_max_length     (SeedsField   field);
char     *seeds_text_clean          (const char  *text,
                                     SeedsField   field,
                                     GError     **error);
gboolean  seeds_date_is_valid       (const char  *date);
char     *seeds_date_today          (void);
char     *seeds_date_format         (const char  *date);
char     *seeds_date_format_in      (const char  *date,
                                     SeedsCatalog *catalog);
char     *seeds_date_format_short   (const char  *date);

G_END_DECLS
