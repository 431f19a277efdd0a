/* fuzz-text.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "fuzz-util.h"
#include "model/seeds-date-parse.h"
#include "model/seeds-text.h"

/* Text a person typed into any field, and typed dates: what comes out is
 * valid UTF-8 within the field's limit, and never holds what the field
 * refuses. */
static void
check_clean (const char *text,
             SeedsField  field)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *clean = seeds_text_clean (text, field, &error);

  fuzz_check_error (error);
  if (clean == NULL)
    return;

  if (!g_utf8_validate (clean, -1, NULL) ||
      g_utf8_strlen (clean, -1) > (glong) seeds_text_max_length (field) ||
      (seeds_text_field_is_identifying (field) && seeds_text_find_invisible (clean, NULL)))
    abort ();
}

/* A date as typed is understood as a real date, or not at all; one as
 * stored is shown in valid UTF-8 */
static void
check_date (const char *text)
{
  g_autofree char *typed = seeds_date_parse (text, "2026-12-06");
  g_autofree char *formatted = NULL;
  g_autofree char *formatted_short = NULL;

  if (typed != NULL && !seeds_date_is_valid (typed))
    abort ();

  if (!seeds_date_is_valid (text))
    return;

  formatted = seeds_date_format (text);
  formatted_short = seeds_date_format_short (text);
  if (!g_utf8_validate (formatted, -1, NULL) || !g_utf8_validate (formatted_short, -1, NULL))
    abort ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autofree char *visible = seeds_text_make_visible (text, -1, 40);

  if (!g_utf8_validate (visible, -1, NULL))
    abort ();

  check_date (text);

  for (guint f = SEEDS_FIELD_COMMUNITY_NAME; f <= SEEDS_FIELD_AGREED_BY; f++)
    check_clean (text, (SeedsField) f);

  if (g_utf8_validate (text, -1, NULL))
    {
      g_autofree char *key = seeds_text_name_key (text);
      g_autofree char *skeleton = seeds_text_name_skeleton (text);

      if (!g_utf8_validate (key, -1, NULL) || !g_utf8_validate (skeleton, -1, NULL))
        abort ();
    }

  return 0;
}
