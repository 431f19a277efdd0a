/* seeds-language.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "model/seeds-language.h"

G_DEFINE_QUARK (seeds-language-error-quark, seeds_language_error)

/**
 * seeds_language_is_valid:
 * @language: (nullable): a language code
 *
 * Returns: whether @language is a language code that gettext understands:
 *   two or three lower case letters ("nl"), optionally with an underscore
 *   and a two-letter country code ("nl_BE")
 */
gboolean
seeds_language_is_valid (const char *language)
{
  gsize letters = 0;

  if (language == NULL)
    return FALSE;

  while (g_ascii_islower (language[letters]))
    letters++;

  if (letters < 2 || letters > 3)
    return FALSE;
  if (language[letters] == '\0')
    return TRUE;

  return language[letters] == '_' &&
         g_ascii_isupper (language[letters + 1]) &&
         g_ascii_isupper (language[letters + 2]) &&
         language[letters + 3] == '\0';
}

/**
 * seeds_language_check:
 * @language: a language code
 * @error: return location for a #GError
 *
 * Returns: whether @language is a language code, as
 *   seeds_language_is_valid(); %FALSE with @error set
 *   (SEEDS_LANGUAGE_ERROR_INVALID) when it is not
 */
gboolean
seeds_language_check (const char  *language,
                      GError     **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (seeds_language_is_valid (language))
    return TRUE;

  g_set_error (error, SEEDS_LANGUAGE_ERROR, SEEDS_LANGUAGE_ERROR_INVALID,
               _("“%s” is not a language code such as “nl” or “nl_BE”."),
               language != NULL ? language : "");
  return FALSE;
}
