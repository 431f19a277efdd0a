/* seeds-markup-text.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "model/seeds-framework.h"
#include "model/seeds-markup-text.h"

/* The text of a framework file, before and inside the markup, and the
 * errors that name the file */

/* Whitespace is collapsed as xgettext does, so that the text matches its
 * translation in po/. */
char *
seeds_markup_text_normalize_space (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

static guint
line_at (const char *data,
         const char *end)
{
  guint line = 1;

  for (const char *p = data; p < end; p++)
    {
      if (*p == '\n')
        line++;
    }

  return line;
}

/* GMarkup quotes bytes that are not UTF-8 in its messages, and takes no
 * NULL, which is what an empty GBytes may hold. */
gboolean
seeds_markup_text_check (const char  *data,
                         gsize        size,
                         GError     **error)
{
  const char *end = NULL;

  if (!g_utf8_validate_len (data, size, &end))
    {
      if (*end == '\0')
        g_set_error (error, SEEDS_FRAMEWORK_ERROR, SEEDS_FRAMEWORK_ERROR_INVALID,
                     _("line %u: the file holds a NUL byte, which is not text"),
                     line_at (data, end));
      else
        g_set_error (error, SEEDS_FRAMEWORK_ERROR, SEEDS_FRAMEWORK_ERROR_INVALID,
                     _("line %u: the file is not UTF-8 text"), line_at (data, end));
      return FALSE;
    }

  for (gsize i = 0; i < size; i++)
    {
      if (!g_ascii_isspace (data[i]))
        return TRUE;
    }

  g_set_error_literal (error, SEEDS_FRAMEWORK_ERROR, SEEDS_FRAMEWORK_ERROR_INVALID,
                       _("the file is empty"));
  return FALSE;
}

/* Up to 32 letters, digits, "-", "_" or "." */
gboolean
seeds_markup_text_is_valid_id (const char *id)
{
  gsize len = strlen (id);

  if (len == 0 || len > 32)
    return FALSE;

  for (const char *p = id; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_' && *p != '.')
      return FALSE;

  return TRUE;
}

/* The file's name before the problem; valid UTF-8 whatever either holds */
void
seeds_markup_text_set_file_error (GError     **error,
                                  const char  *display_name,
                                  const char  *problem)
{
  g_autofree char *message = g_strdup_printf ("%s: %s", display_name, problem);
  g_autofree char *valid = g_utf8_make_valid (message, -1);

  g_set_error_literal (error, SEEDS_FRAMEWORK_ERROR, SEEDS_FRAMEWORK_ERROR_INVALID, valid);
}
