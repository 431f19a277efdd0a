/* seeds-html.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "live/seeds-html.h"

/* Control characters are left out, as HTML has no place for them, and
 * bytes that are not UTF-8 become U+FFFD: what comes out is always valid
 * text of an HTML document. */
static gboolean
is_left_out (gunichar c)
{
  return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7f && c < 0xa0);
}

/**
 * seeds_html_append_text:
 * @html: the page so far
 * @text: (nullable): any text, even not UTF-8
 *
 * Appends @text to @html escaped, so that it is text both between tags
 * and in an attribute value between double or single quotes.
 */
void
seeds_html_append_text (GString    *html,
                        const char *text)
{
  g_autofree char *valid = NULL;

  g_return_if_fail (html != NULL);

  if (text == NULL)
    return;

  valid = g_utf8_make_valid (text, -1);

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (c)
        {
        case '&':
          g_string_append (html, "&amp;");
          break;

        case '<':
          g_string_append (html, "&lt;");
          break;

        case '>':
          g_string_append (html, "&gt;");
          break;

        case '"':
          g_string_append (html, "&quot;");
          break;

        case '\'':
          g_string_append (html, "&#39;");
          break;

        default:
          if (!is_left_out (c))
            g_string_append_len (html, p, g_utf8_next_char (p) - p);
          break;
        }
    }
}

/* Returns: (transfer full): @text escaped as seeds_html_append_text() does */
char *
seeds_html_escape (const char *text)
{
  GString *html = g_string_new (NULL);

  seeds_html_append_text (html, text);

  return g_string_free (html, FALSE);
}
