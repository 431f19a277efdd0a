/* seeds-text-identity.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "model/seeds-text-identity.h"

/* The rules that keep one name from passing for another, after Unicode's
 * security guidelines for identifiers (UTS #39): which characters are not
 * seen, how text from outside is quoted so that it cannot hide anything,
 * and when two names are the same or only look the same. */

/**
 * seeds_text_is_invisible:
 * @c: a character
 *
 * Whether @c is drawn as nothing at all: a format character (general
 * category Cf: zero-width spaces and joiners, bidi controls, the byte
 * order mark, soft hyphens) or another Default_Ignorable_Code_Point of
 * Unicode (fillers, variation selectors, tags). Such characters make two
 * names that look the same differ, as Unicode's security guidelines for
 * identifiers (UTS #39) warn.
 *
 * Returns: whether @c is invisible
 */
gboolean
seeds_text_is_invisible (gunichar c)
{
  if (g_unichar_type (c) == G_UNICODE_FORMAT)
    return TRUE;

  return c == 0x034F ||
         (c >= 0x115F && c <= 0x1160) ||
         (c >= 0x17B4 && c <= 0x17B5) ||
         (c >= 0x180B && c <= 0x180F) ||
         c == 0x3164 ||
         (c >= 0xFE00 && c <= 0xFE0F) ||
         c == 0xFFA0 ||
         (c >= 0xFFF0 && c <= 0xFFF8) ||
         (c >= 0x1BCA0 && c <= 0x1BCA3) ||
         (c >= 0x1D173 && c <= 0x1D17A) ||
         (c >= 0xE0000 && c <= 0xE0FFF);
}

/**
 * seeds_text_find_invisible:
 * @text: valid UTF-8
 * @found: (out) (optional): the first invisible character
 *
 * Returns: whether @text holds a character that seeds_text_is_invisible()
 *   says is not drawn
 */
gboolean
seeds_text_find_invisible (const char *text,
                           gunichar   *found)
{
  g_return_val_if_fail (text != NULL, FALSE);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (seeds_text_is_invisible (c))
        {
          if (found != NULL)
            *found = c;
          return TRUE;
        }
    }

  return FALSE;
}

/* Characters that a message must not show as they are: not seen, or
 * turning the text around them, or breaking the line. */
static gboolean
is_hidden (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  return seeds_text_is_invisible (c) ||
         type == G_UNICODE_CONTROL || type == G_UNICODE_UNASSIGNED ||
         type == G_UNICODE_PRIVATE_USE || type == G_UNICODE_SURROGATE ||
         type == G_UNICODE_LINE_SEPARATOR || type == G_UNICODE_PARAGRAPH_SEPARATOR ||
         (type == G_UNICODE_SPACE_SEPARATOR && c != ' ');
}

/**
 * seeds_text_make_visible:
 * @text: (nullable): text from outside, valid UTF-8 or not
 * @length: the length of @text in bytes, or -1 if it ends with a NUL
 * @max_chars: how many characters to keep; longer text ends in "…"
 *
 * Makes text from a file fit to be quoted in a message, so that a message
 * cannot be made to lie about the file: valid UTF-8, short, and with what
 * cannot be seen (control, format and bidi characters, odd spaces, line
 * separators, unassigned and private code points) written as \uXXXX, or
 * \UXXXXXXXX above U+FFFF.
 *
 * Returns: (transfer full): the text to quote
 */
char *
seeds_text_make_visible (const char *text,
                         gssize      length,
                         guint       max_chars)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "",
                                              text != NULL ? length : 0);
  g_autoptr(GString) visible = g_string_new (NULL);
  guint n_chars = 0;

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (n_chars++ == max_chars)
        {
          g_string_append (visible, "…");
          break;
        }

      if (!is_hidden (c))
        g_string_append_unichar (visible, c);
      else if (c <= 0xFFFF)
        g_string_append_printf (visible, "\\u%04X", c);
      else
        g_string_append_printf (visible, "\\U%08X", c);
    }

  return g_string_free (g_steal_pointer (&visible), FALSE);
}

/* Letters of Cyrillic and Greek, and some of Latin, that look like other
 * Latin letters or digits in common fonts (after UTS #39's confusables).
 * Case matters: "anna" and "Anna" differ visibly, "Ian" and "lan" don't. */
static const struct
{
  gunichar    c;
  const char *looks_like;
} confusables[] = {
  { 0x0031, "l" }, { 0x0030, "O" }, { 0x0049, "l" }, { 0x007C, "l" },
  { 0x0131, "i" }, { 0x01C0, "l" }, { 0x0251, "a" }, { 0x0261, "g" },
  /* Greek */
  { 0x0391, "A" }, { 0x0392, "B" }, { 0x0395, "E" }, { 0x0396, "Z" },
  { 0x0397, "H" }, { 0x0399, "l" }, { 0x039A, "K" }, { 0x039C, "M" },
  { 0x039D, "N" }, { 0x039F, "O" }, { 0x03A1, "P" }, { 0x03A4, "T" },
  { 0x03A5, "Y" }, { 0x03A7, "X" }, { 0x03B1, "a" }, { 0x03B9, "i" },
  { 0x03BA, "k" }, { 0x03BD, "v" }, { 0x03BF, "o" }, { 0x03C1, "p" },
  { 0x03C5, "u" }, { 0x03C7, "x" }, { 0x03F2, "c" }, { 0x03F3, "j" },
  /* Cyrillic */
  { 0x0405, "S" }, { 0x0406, "l" }, { 0x0408, "J" }, { 0x0410, "A" },
  { 0x0412, "B" }, { 0x0415, "E" }, { 0x041A, "K" }, { 0x041C, "M" },
  { 0x041D, "H" }, { 0x041E, "O" }, { 0x0420, "P" }, { 0x0421, "C" },
  { 0x0422, "T" }, { 0x0423, "Y" }, { 0x0425, "X" }, { 0x0430, "a" },
  { 0x0435, "e" }, { 0x043E, "o" }, { 0x0440, "p" }, { 0x0441, "c" },
  { 0x0443, "y" }, { 0x0445, "x" }, { 0x0455, "s" }, { 0x0456, "i" },
  { 0x0458, "j" }, { 0x04AE, "Y" }, { 0x04AF, "y" }, { 0x04BB, "h" },
  { 0x04C0, "l" }, { 0x04CF, "l" }, { 0x0501, "d" }, { 0x051A, "Q" },
  { 0x051B, "q" }, { 0x051C, "W" }, { 0x051D, "w" },
};

static const char *
confusable_lookup (gunichar c)
{
  for (guint i = 0; i < G_N_ELEMENTS (confusables); i++)
    if (confusables[i].c == c)
      return confusables[i].looks_like;

  return NULL;
}

/* Appends @c to @out unless it is invisible; white space of any kind is
 * one space between words. */
static void
append_name_char (GString  *out,
                  gunichar  c)
{
  if (seeds_text_is_invisible (c) || g_unichar_iscntrl (c))
    return;

  if (g_unichar_isspace (c))
    {
      if (out->len > 0 && out->str[out->len - 1] != ' ')
        g_string_append_c (out, ' ');
      return;
    }

  g_string_append_unichar (out, c);
}

static char *
finish_name (GString *out)
{
  if (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);

  return g_string_free (out, FALSE);
}

/**
 * seeds_text_name_key:
 * @name: a name, valid UTF-8
 *
 * Two names with the same key are the same name written differently: in
 * another case, another Unicode normalization, with more or other white
 * space, or with invisible characters. A score card finds its participant
 * by this key.
 *
 * Returns: (transfer full): @name in NFC, case-folded, its white space
 *   collapsed and its invisible characters dropped
 */
char *
seeds_text_name_key (const char *name)
{
  g_autofree char *nfc = NULL;
  g_autofree char *collapsed = NULL;
  GString *out;

  g_return_val_if_fail (name != NULL, NULL);

  nfc = g_utf8_normalize (name, -1, G_NORMALIZE_NFC);
  if (nfc == NULL)
    return g_strdup ("");

  out = g_string_new (NULL);
  for (const char *p = nfc; *p != '\0'; p = g_utf8_next_char (p))
    append_name_char (out, g_utf8_get_char (p));
  collapsed = finish_name (out);

  return g_utf8_casefold (collapsed, -1);
}

/**
 * seeds_text_name_skeleton:
 * @name: a name, valid UTF-8
 *
 * Two names with the same skeleton look alike on screen: "Anna" in Latin
 * letters and "Аnna" with a Cyrillic A, "Ian" and "lan", a full-width
 * "Ａnna". Unlike seeds_text_name_key(), case is kept: it shows.
 *
 * Returns: (transfer full): @name in compatibility decomposition (NFKD),
 *   its look-alike letters replaced, its white space collapsed and its
 *   invisible characters dropped
 */
char *
seeds_text_name_skeleton (const char *name)
{
  g_autofree char *nfkd = NULL;
  GString *out;

  g_return_val_if_fail (name != NULL, NULL);

  nfkd = g_utf8_normalize (name, -1, G_NORMALIZE_NFKD);
  if (nfkd == NULL)
    return g_strdup ("");

  out = g_string_new (NULL);
  for (const char *p = nfkd; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *looks_like = confusable_lookup (c);

      if (looks_like != NULL)
        g_string_append (out, looks_like);
      else
        append_name_char (out, c);
    }

  return finish_name (out);
}

/* Scripts that UTS #39 lets a "highly restrictive" identifier mix with
 * Latin: the writing systems of Chinese, Japanese and Korean. */
static gboolean
script_mixes_with_latin (GUnicodeScript script)
{
  switch ((int) script)
    {
    case G_UNICODE_SCRIPT_HAN:
    case G_UNICODE_SCRIPT_HIRAGANA:
    case G_UNICODE_SCRIPT_KATAKANA:
    case G_UNICODE_SCRIPT_BOPOMOFO:
    case G_UNICODE_SCRIPT_HANGUL:
      return TRUE;
    default:
      return FALSE;
    }
}

/**
 * seeds_text_mixes_scripts:
 * @text: valid UTF-8
 *
 * Returns: whether @text has letters of two scripts that a name doesn't
 *   mix, such as Latin and Cyrillic: "Аnna" with a Cyrillic A passes for
 *   "Anna"
 */
gboolean
seeds_text_mixes_scripts (const char *text)
{
  GUnicodeScript first = G_UNICODE_SCRIPT_COMMON;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      GUnicodeScript script = g_unichar_get_script (g_utf8_get_char (p));

      if (script == G_UNICODE_SCRIPT_COMMON || script == G_UNICODE_SCRIPT_INHERITED ||
          script == G_UNICODE_SCRIPT_UNKNOWN || script == first)
        continue;

      if (first == G_UNICODE_SCRIPT_COMMON)
        {
          first = script;
          continue;
        }

      /* Latin with CJK, or two CJK scripts, as Japanese writes */
      if ((first == G_UNICODE_SCRIPT_LATIN || script_mixes_with_latin (first)) &&
          (script == G_UNICODE_SCRIPT_LATIN || script_mixes_with_latin (script)))
        continue;

      return TRUE;
    }

  return FALSE;
}
