/* seeds-json-fault.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "exchange/seeds-exchange.h"
#include "exchange/seeds-json-check.h"
#include "exchange/seeds-json-fault.h"

/* What seeds_json_check() found wrong, told as a person can find it in the
 * file: the line and the column, and what is wrong there. */

/* Lines from 1; columns from 1 in characters, as an editor counts them */
static void
locate (const char *data,
        gsize       offset,
        guint      *line,
        guint      *column)
{
  gsize line_start = 0;
  gsize n_lines = 1;
  gsize n_chars = 1;

  for (gsize i = 0; i < offset; i++)
    {
      if (data[i] == '\n')
        {
          n_lines++;
          line_start = i + 1;
        }
    }

  for (gsize i = line_start; i < offset; i++)
    {
      if (((guchar) data[i] & 0xc0) != 0x80)
        n_chars++;
    }

  *line = (guint) MIN (n_lines, G_MAXUINT);
  *column = (guint) MIN (n_chars, G_MAXUINT);
}

static char *
describe_fault (SeedsJsonFault  fault,
                guint           line,
                guint           column,
                guint           max_depth,
                const char     *detail)
{
  /* Translators: in every message below, "line 3, column 7" says where
   * in the file the problem is. */
  switch (fault)
    {
    case SEEDS_JSON_FAULT_NUL_BYTE:
      return g_strdup_printf (_("The file is not valid JSON: line %u, column %u: it holds a "
                                "NUL byte, which is not text."), line, column);
    case SEEDS_JSON_FAULT_NOT_UTF8:
      return g_strdup_printf (_("The file is not valid JSON: line %u, column %u: it is not "
                                "UTF-8 text."), line, column);
    case SEEDS_JSON_FAULT_NO_VALUE:
      return g_strdup_printf (_("The file is not valid JSON: line %u, column %u: there is "
                                "no value in the file."), line, column);
    case SEEDS_JSON_FAULT_END:
      return g_strdup_printf (_("The file is not valid JSON: line %u, column %u: unexpected "
                                "end of the file."), line, column);
    case SEEDS_JSON_FAULT_COMMENT:
      return g_strdup_printf (_("The file is not valid JSON: line %u, column %u: comments "
                                "are not allowed."), line, column);
    case SEEDS_JSON_FAULT_SINGLE_QUOTES:
      return g_strdup_printf (_("The file is not valid JSON: line %u, column %u: text must "
                                "be in double quotes."), line, column);
    case SEEDS_JSON_FAULT_UNQUOTED_NAME:
      return g_strdup_printf (_("The file is not valid JSON: line %u, column %u: member "
                                "names must be in double quotes."), line, column);
    case SEEDS_JSON_FAULT_BARE_WORD:
      return g_strdup_printf (_("The file is not valid JSON: line %u, column %u: only true, "
                                "false and null may stand without quotes."), line, column);
    case SEEDS_JSON_FAULT_NOT_A_NUMBER:
      return g_strdup_printf (_("The file is not valid JSON: line %u, column %u: NaN and "
                                "Infinity are not numbers in JSON."), line, column);
    case SEEDS_JSON_FAULT_LEADING_ZERO:
      return g_strdup_printf (_("The file is not valid JSON: line %u, column %u: a number "
                                "may not start with a zero followed by other digits."),
                              line, column);
    case SEEDS_JSON_FAULT_BAD_NUMBER:
      return g_strdup_printf (_("The file is not valid JSON: line %u, column %u: this is not "
                                "a valid number."), line, column);
    case SEEDS_JSON_FAULT_LARGE_NUMBER:
      return g_strdup_printf (_("The file is not valid JSON: line %u, column %u: the number "
                                "is too large."), line, column);
    case SEEDS_JSON_FAULT_CONTROL_CHARACTER:
      return g_strdup_printf (_("The file is not valid JSON: line %u, column %u: a text "
                                "holds a control character, such as a line break, that is "
                                "not written as an escape."), line, column);
    case SEEDS_JSON_FAULT_BAD_ESCAPE:
      return g_strdup_printf (_("The file is not valid JSON: line %u, column %u: a text "
                                "holds an invalid escape sequence."), line, column);
    case SEEDS_JSON_FAULT_NUL_ESCAPE:
      return g_strdup_printf (_("The file is not valid JSON: line %u, column %u: a text "
                                "holds the character U+0000 (NUL)."), line, column);
    case SEEDS_JSON_FAULT_SURROGATE:
      return g_strdup_printf (_("The file is not valid JSON: line %u, column %u: a text "
                                "holds half of a surrogate pair, which is not a character."),
                              line, column);
    case SEEDS_JSON_FAULT_MISSING_COLON:
      return g_strdup_printf (_("The file is not valid JSON: line %u, column %u: a member "
                                "name must be followed by a colon."), line, column);
    case SEEDS_JSON_FAULT_TRAILING_COMMA:
      return g_strdup_printf (_("The file is not valid JSON: line %u, column %u: a comma "
                                "must be followed by another member or value."), line, column);
    case SEEDS_JSON_FAULT_TOO_DEEP:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "The file is not valid JSON: line %u, column %u: "
                                           "arrays and objects are nested more than %u level "
                                           "deep.",
                                           "The file is not valid JSON: line %u, column %u: "
                                           "arrays and objects are nested more than %u levels "
                                           "deep.",
                                           max_depth),
                              line, column, max_depth);
    case SEEDS_JSON_FAULT_TOO_MANY_MEMBERS:
      return g_strdup_printf (_("The file is not valid JSON: line %u, column %u: an object "
                                "has more than %u members."),
                              line, column, SEEDS_JSON_MAX_MEMBERS);
    case SEEDS_JSON_FAULT_DUPLICATE:
      return g_strdup_printf (_("The file is not valid JSON: line %u, column %u: the member "
                                "“%s” is in the same object twice."), line, column, detail);
    case SEEDS_JSON_FAULT_UNEXPECTED:
      return g_strdup_printf (_("The file is not valid JSON: line %u, column %u: unexpected "
                                "character “%s”."), line, column, detail);
    case SEEDS_JSON_FAULT_AFTER_VALUE:
    default:
      return g_strdup_printf (_("The file is not valid JSON: line %u, column %u: only white "
                                "space may follow the value."), line, column);
    }
}

/* Sets @error to @fault at @offset in @data, in words, with its line and
 * column; @detail is safe to quote. */
void
seeds_json_fault_set_error (GError         **error,
                            const char      *data,
                            gsize            offset,
                            SeedsJsonFault   fault,
                            guint            max_depth,
                            const char      *detail)
{
  g_autofree char *message = NULL;
  guint line;
  guint column;

  if (error == NULL)
    return;

  locate (data, offset, &line, &column);
  message = describe_fault (fault, line, column, max_depth, detail);
  g_set_error_literal (error, SEEDS_EXCHANGE_ERROR, SEEDS_EXCHANGE_ERROR_NOT_JSON, message);
}
