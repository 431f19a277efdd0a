/* seeds-file-name.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "exchange/seeds-file-name.h"
#include "model/seeds-text.h"

/* Long enough for a meeting's title and a name, short enough for every
 * file system and a USB stick's */
#define MAX_NAME_CHARS 100

/**
 * seeds_file_name_for:
 * @name: what the file holds, as a person calls it: a meeting's title, a
 *   community's name
 * @suffix: the file's suffix, such as ".seedscard", or ""
 *
 * The name a save dialog suggests: @name without what a file system on
 * Linux, Windows or macOS refuses or hides (slashes and the characters
 * Windows reserves, control and invisible characters, leading dots and
 * spaces), shortened, then @suffix.
 *
 * Returns: (transfer full): a file name, never empty before the suffix
 */
char *
seeds_file_name_for (const char *name,
                     const char *suffix)
{
  g_autoptr(GString) clean = g_string_new (NULL);
  guint n_chars = 0;

  g_return_val_if_fail (suffix != NULL, NULL);

  if (name != NULL && g_utf8_validate (name, -1, NULL))
    {
      for (const char *p = name; *p != '\0' && n_chars < MAX_NAME_CHARS; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (g_unichar_isspace (c))
            c = ' ';
          else if (g_unichar_iscntrl (c) || seeds_text_is_invisible (c))
            continue;
          else if (c < 0x80 && strchr ("/\\:*?\"<>|", (char) c) != NULL)
            c = '_';
          if ((c == '.' || c == ' ') && clean->len == 0)
            continue;

          g_string_append_unichar (clean, c);
          n_chars++;
        }
    }

  /* Windows drops trailing dots and spaces. */
  while (clean->len > 0 && strchr (". ", clean->str[clean->len - 1]) != NULL)
    g_string_truncate (clean, clean->len - 1);

  if (clean->len == 0)
    g_string_assign (clean, "Seeds of Innovation");

  g_string_append (clean, suffix);

  return g_string_free (g_steal_pointer (&clean), FALSE);
}
