/* seeds-framework-attributes.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "model/seeds-framework.h"
#include "model/seeds-framework-attributes.h"
#include "model/seeds-markup-text.h"

/**
 * seeds_framework_parse_edition:
 * @edition: (nullable): the edition attribute of <framework>, or %NULL
 * @out: (out): the edition, 1 when @edition is %NULL
 * @error: return location for a #GError
 *
 * An edition is the framework's own version: a whole number from 1, so
 * that two editions of one id sort and compare as numbers.
 */
gboolean
seeds_framework_parse_edition (const char  *edition,
                               guint       *out,
                               GError     **error)
{
  guint64 value = 1;

  if (edition != NULL &&
      !g_ascii_string_to_unsigned (edition, 10, 1, 999999, &value, NULL))
    {
      g_set_error (error, SEEDS_FRAMEWORK_ERROR, SEEDS_FRAMEWORK_ERROR_INVALID,
                   _("the framework’s edition “%s” is not a whole number from 1 to 999999"),
                   edition);
      return FALSE;
    }

  *out = value;
  return TRUE;
}

/**
 * seeds_framework_check_origin:
 * @factor_id: the factor whose origin it is, for the message
 * @origin: the origin attribute of <factor>
 * @error: return location for a #GError
 *
 * A factor adapted from another framework's factor names it in origin, as
 * "framework:factor", so that the two stay comparable.
 */
gboolean
seeds_framework_check_origin (const char  *factor_id,
                              const char  *origin,
                              GError     **error)
{
  g_auto(GStrv) parts = g_strsplit (origin, ":", -1);

  if (g_strv_length (parts) == 2 &&
      seeds_markup_text_is_valid_id (parts[0]) &&
      seeds_markup_text_is_valid_id (parts[1]))
    return TRUE;

  g_set_error (error, SEEDS_FRAMEWORK_ERROR, SEEDS_FRAMEWORK_ERROR_INVALID,
               _("factor “%s” has an invalid origin “%s”: write it as framework:factor, "
                 "for example greenport-2020:4"),
               factor_id, origin);
  return FALSE;
}
