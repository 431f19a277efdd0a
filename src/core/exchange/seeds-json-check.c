/* seeds-json-check.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "exchange/seeds-exchange.h"
#include "exchange/seeds-json-check.h"
#include "exchange/seeds-json-fault.h"
#include "model/seeds-text-identity.h"

/* The check reads the input once, left to right, and keeps its open arrays
 * and objects on a stack of its own, so that no input reaches deeper into
 * the C stack than another. Only member names are kept, to find one that
 * is in an object twice. */

/* How much of a member name a message quotes */
#define MAX_QUOTED_LENGTH 40

/* The whole numbers that json-glib reads exactly: it wraps larger ones
 * around, so that 18446744073709551620 would read as 4. */
#define INT64_MAX_DIGITS "9223372036854775807"
#define INT64_MIN_DIGITS "9223372036854775808"

/* A number with fewer digits before its point and no exponent cannot
 * exceed the largest double, about 1.8e308. */
#define MAX_FINITE_DIGITS 300

/* What may come next */
typedef enum
{
  EXPECT_VALUE,        /* at the root, or after ":" */
  EXPECT_FIRST_VALUE,  /* after "[": a value or "]" */
  EXPECT_NEXT_VALUE,   /* after "," in an array */
  EXPECT_FIRST_NAME,   /* after "{": a member name or "}" */
  EXPECT_NEXT_NAME,    /* after "," in an object */
  EXPECT_COLON,
  EXPECT_SEPARATOR,    /* after a value in an array or object: "," or its end */
  EXPECT_END,          /* after the value at the root: only white space */
} Expect;

typedef struct
{
  char  bracket;     /* '[' or '{' */
  guint first_name;  /* of an object: where its names start in Checker.names */
  gsize first_text;  /* and in Checker.text */
} Container;

typedef struct
{
  gsize offset;  /* in the input, for the message */
  gsize start;   /* of the decoded name in Checker.text */
  gsize length;
} Name;

typedef struct
{
  const char     *data;
  gsize           length;
  gsize           pos;
  guint           max_depth;
  Expect          expect;
  GArray         *containers;    /* Container: the open arrays and objects */
  GArray         *names;         /* Name: the members of the open objects */
  GString        *text;          /* their names, decoded */

  SeedsJsonFault  fault;
  gsize           fault_offset;
  char           *fault_detail;  /* a duplicate name or an unexpected character, safe to quote */
} Checker;

static gboolean
fail (Checker        *self,
      gsize           offset,
      SeedsJsonFault  fault)
{
  self->fault = fault;
  self->fault_offset = offset;
  return FALSE;
}

static Container *
top (Checker *self)
{
  return &g_array_index (self->containers, Container, self->containers->len - 1);
}

static void
after_value (Checker *self)
{
  self->expect = self->containers->len == 0 ? EXPECT_END : EXPECT_SEPARATOR;
}

/* A character out of place; some of them say what the file is instead. */
static gboolean
fail_stray (Checker        *self,
            SeedsJsonFault  fault)
{
  const char *p = self->data + self->pos;

  if (*p == '/')
    return fail (self, self->pos, SEEDS_JSON_FAULT_COMMENT);
  if (*p == '\'')
    return fail (self, self->pos, SEEDS_JSON_FAULT_SINGLE_QUOTES);

  if (fault == SEEDS_JSON_FAULT_UNEXPECTED)
    self->fault_detail = seeds_text_make_visible (p, g_utf8_next_char (p) - p,
                                                  MAX_QUOTED_LENGTH);

  return fail (self, self->pos, fault);
}

static void
skip_space (Checker *self)
{
  for (; self->pos < self->length; self->pos++)
    {
      char c = self->data[self->pos];

      if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
        return;
    }
}

/* Four hexadecimal digits at @at, or -1 */
static int
hex4 (Checker *self,
      gsize    at)
{
  int value = 0;

  if (at + 4 > self->length)
    return -1;

  for (gsize i = at; i < at + 4; i++)
    {
      int digit = g_ascii_xdigit_value (self->data[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }

  return value;
}

/* json-glib cuts a text short at U+0000, and turns half a surrogate pair
 * into bytes that are not UTF-8. */
static gboolean
scan_unicode_escape (Checker *self,
                     GString *out)
{
  gsize at = self->pos;
  int unit = hex4 (self, at + 2);
  int low = -1;

  if (unit < 0)
    return fail (self, at, SEEDS_JSON_FAULT_BAD_ESCAPE);
  if (unit == 0)
    return fail (self, at, SEEDS_JSON_FAULT_NUL_ESCAPE);
  if (unit >= 0xdc00 && unit <= 0xdfff)
    return fail (self, at, SEEDS_JSON_FAULT_SURROGATE);

  if (unit < 0xd800 || unit > 0xdbff)
    {
      if (out != NULL)
        g_string_append_unichar (out, (gunichar) unit);
      self->pos += 6;
      return TRUE;
    }

  if (at + 8 <= self->length && self->data[at + 6] == '\\' && self->data[at + 7] == 'u')
    low = hex4 (self, at + 8);
  if (low < 0xdc00 || low > 0xdfff)
    return fail (self, at, SEEDS_JSON_FAULT_SURROGATE);

  if (out != NULL)
    g_string_append_unichar (out, 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00));
  self->pos += 12;
  return TRUE;
}

static gboolean
scan_escape (Checker *self,
             GString *out)
{
  char c;

  if (self->pos + 1 >= self->length)
    return fail (self, self->length, SEEDS_JSON_FAULT_END);

  switch (self->data[self->pos + 1])
    {
    case '"':
    case '\\':
    case '/':
      c = self->data[self->pos + 1];
      break;
    case 'b':
      c = '\b';
      break;
    case 'f':
      c = '\f';
      break;
    case 'n':
      c = '\n';
      break;
    case 'r':
      c = '\r';
      break;
    case 't':
      c = '\t';
      break;
    case 'u':
      return scan_unicode_escape (self, out);
    default:
      return fail (self, self->pos, SEEDS_JSON_FAULT_BAD_ESCAPE);
    }

  if (out != NULL)
    g_string_append_c (out, c);
  self->pos += 2;
  return TRUE;
}

/* A text in double quotes, decoded into @out unless it is NULL. The input
 * is valid UTF-8 by now. */
static gboolean
scan_string (Checker *self,
             GString *out)
{
  for (self->pos++; self->pos < self->length;)
    {
      guchar c = self->data[self->pos];

      if (c == '"')
        {
          self->pos++;
          return TRUE;
        }

      if (c == '\\')
        {
          if (!scan_escape (self, out))
            return FALSE;
          continue;
        }

      if (c < 0x20)
        return fail (self, self->pos, SEEDS_JSON_FAULT_CONTROL_CHARACTER);

      if (out != NULL)
        g_string_append_c (out, c);
      self->pos++;
    }

  return fail (self, self->length, SEEDS_JSON_FAULT_END);
}

static gboolean
scan_digits (Checker *self)
{
  gsize start = self->pos;

  while (self->pos < self->length && g_ascii_isdigit (self->data[self->pos]))
    self->pos++;

  return self->pos > start;
}

static gboolean
next_is (Checker    *self,
         const char *chars)
{
  return self->pos < self->length && strchr (chars, self->data[self->pos]) != NULL;
}

/* The length of the run of letters, digits and "_" at @at */
static gsize
word_length (Checker *self,
             gsize    at)
{
  gsize end = at;

  while (end < self->length && (g_ascii_isalnum (self->data[end]) || self->data[end] == '_'))
    end++;

  return end - at;
}

static gboolean
word_is (const char *word,
         gsize       length,
         const char *expected)
{
  return length == strlen (expected) && g_ascii_strncasecmp (word, expected, length) == 0;
}

static gboolean
is_not_a_number (const char *word,
                 gsize       length)
{
  return word_is (word, length, "nan") || word_is (word, length, "inf") ||
         word_is (word, length, "infinity");
}

/* Whether json-glib reads the number from @start to here as it is. */
static gboolean
number_fits (Checker  *self,
             gsize     start,
             gsize     n_digits,
             gboolean  is_whole,
             gboolean  has_exponent)
{
  const char *digits = self->data + start + (self->data[start] == '-' ? 1 : 0);
  const char *limit = self->data[start] == '-' ? INT64_MIN_DIGITS : INT64_MAX_DIGITS;
  g_autofree char *number = NULL;

  if (is_whole)
    return n_digits < strlen (limit) ||
           (n_digits == strlen (limit) && memcmp (digits, limit, n_digits) <= 0);

  if (!has_exponent && n_digits <= MAX_FINITE_DIGITS)
    return TRUE;

  number = g_strndup (self->data + start, self->pos - start);
  return isfinite (g_ascii_strtod (number, NULL));
}

static gboolean
scan_number (Checker *self)
{
  gsize start = self->pos;
  gsize digits_start;
  gsize n_digits;
  gboolean is_whole = TRUE;
  gboolean has_exponent = FALSE;

  if (self->data[self->pos] == '-')
    self->pos++;

  digits_start = self->pos;
  if (is_not_a_number (self->data + digits_start, word_length (self, digits_start)))
    return fail (self, start, SEEDS_JSON_FAULT_NOT_A_NUMBER);
  if (!scan_digits (self))
    return fail (self, start, SEEDS_JSON_FAULT_BAD_NUMBER);

  n_digits = self->pos - digits_start;
  if (self->data[digits_start] == '0' && n_digits > 1)
    return fail (self, start, SEEDS_JSON_FAULT_LEADING_ZERO);

  if (next_is (self, "."))
    {
      self->pos++;
      is_whole = FALSE;
      if (!scan_digits (self))
        return fail (self, start, SEEDS_JSON_FAULT_BAD_NUMBER);
    }

  if (next_is (self, "eE"))
    {
      self->pos++;
      is_whole = FALSE;
      has_exponent = TRUE;
      if (next_is (self, "+-"))
        self->pos++;
      if (!scan_digits (self))
        return fail (self, start, SEEDS_JSON_FAULT_BAD_NUMBER);
    }

  if (!number_fits (self, start, n_digits, is_whole, has_exponent))
    return fail (self, start, SEEDS_JSON_FAULT_LARGE_NUMBER);

  return TRUE;
}

static gboolean
scan_word (Checker *self)
{
  const char *word = self->data + self->pos;
  gsize length = word_length (self, self->pos);

  if (is_not_a_number (word, length))
    return fail (self, self->pos, SEEDS_JSON_FAULT_NOT_A_NUMBER);

  /* Only these, in lower case */
  if ((length == 4 && memcmp (word, "true", 4) == 0) ||
      (length == 5 && memcmp (word, "false", 5) == 0) ||
      (length == 4 && memcmp (word, "null", 4) == 0))
    {
      self->pos += length;
      return TRUE;
    }

  return fail (self, self->pos, SEEDS_JSON_FAULT_BARE_WORD);
}

static gboolean
open_container (Checker *self,
                char     bracket)
{
  Container container = { bracket, self->names->len, self->text->len };

  if (self->containers->len >= self->max_depth)
    return fail (self, self->pos, SEEDS_JSON_FAULT_TOO_DEEP);

  g_array_append_val (self->containers, container);
  self->pos++;
  self->expect = bracket == '[' ? EXPECT_FIRST_VALUE : EXPECT_FIRST_NAME;
  return TRUE;
}

static int
compare_text (const Name *a,
              const Name *b,
              const char *text)
{
  int order = memcmp (text + a->start, text + b->start, MIN (a->length, b->length));

  if (order != 0 || a->length == b->length)
    return order;

  return a->length < b->length ? -1 : 1;
}

static int
compare_names (gconstpointer a,
               gconstpointer b,
               gpointer      text)
{
  int order = compare_text (a, b, text);

  if (order != 0)
    return order;

  return ((const Name *) a)->offset < ((const Name *) b)->offset ? -1 : 1;
}

/* Sorted, the names that are in an object twice stand side by side. The
 * one to name is the first in the file that repeats an earlier one. */
static const Name *
find_duplicate (Checker         *self,
                const Container *object)
{
  Name *names = &g_array_index (self->names, Name, object->first_name);
  guint n = self->names->len - object->first_name;
  const Name *duplicate = NULL;

  g_qsort_with_data (names, (int) n, sizeof (Name), compare_names, self->text->str);

  for (guint i = 1; i < n; i++)
    {
      if (compare_text (&names[i - 1], &names[i], self->text->str) == 0 &&
          (duplicate == NULL || names[i].offset < duplicate->offset))
        duplicate = &names[i];
    }

  return duplicate;
}

static gboolean
check_names (Checker         *self,
             const Container *object)
{
  const Name *duplicate = NULL;

  if (self->names->len - object->first_name > 1)
    duplicate = find_duplicate (self, object);

  if (duplicate != NULL)
    {
      self->fault_detail = seeds_text_make_visible (self->text->str + duplicate->start,
                                                    duplicate->length, MAX_QUOTED_LENGTH);
      return fail (self, duplicate->offset, SEEDS_JSON_FAULT_DUPLICATE);
    }

  g_array_set_size (self->names, object->first_name);
  g_string_truncate (self->text, object->first_text);
  return TRUE;
}

static gboolean
close_container (Checker *self)
{
  if (top (self)->bracket == '{' && !check_names (self, top (self)))
    return FALSE;

  g_array_set_size (self->containers, self->containers->len - 1);
  self->pos++;
  after_value (self);
  return TRUE;
}

static gboolean
scan_value (Checker *self)
{
  char c = self->data[self->pos];
  gboolean scanned;

  if (c == '[' || c == '{')
    return open_container (self, c);

  if (c == '"')
    scanned = scan_string (self, NULL);
  else if (c == '-' || g_ascii_isdigit (c))
    scanned = scan_number (self);
  else if (g_ascii_isalpha (c))
    scanned = scan_word (self);
  else if (c == '+' || c == '.')
    return fail (self, self->pos, SEEDS_JSON_FAULT_BAD_NUMBER);
  else
    return fail_stray (self, SEEDS_JSON_FAULT_UNEXPECTED);

  if (scanned)
    after_value (self);

  return scanned;
}

static gboolean
scan_name (Checker *self)
{
  char c = self->data[self->pos];
  Name name = { self->pos, self->text->len, 0 };

  if (g_ascii_isalnum (c) || c == '_' || c == '$')
    return fail (self, self->pos, SEEDS_JSON_FAULT_UNQUOTED_NAME);
  if (c != '"')
    return fail_stray (self, SEEDS_JSON_FAULT_UNEXPECTED);

  if (self->names->len - top (self)->first_name >= SEEDS_JSON_MAX_MEMBERS)
    return fail (self, self->pos, SEEDS_JSON_FAULT_TOO_MANY_MEMBERS);

  if (!scan_string (self, self->text))
    return FALSE;

  name.length = self->text->len - name.start;
  g_array_append_val (self->names, name);
  self->expect = EXPECT_COLON;
  return TRUE;
}

static gboolean
scan_separator (Checker *self)
{
  char c = self->data[self->pos];
  char bracket = top (self)->bracket;

  if (c == ',')
    {
      self->pos++;
      self->expect = bracket == '[' ? EXPECT_NEXT_VALUE : EXPECT_NEXT_NAME;
      return TRUE;
    }

  if (c == (bracket == '[' ? ']' : '}'))
    return close_container (self);

  return fail_stray (self, SEEDS_JSON_FAULT_UNEXPECTED);
}

static gboolean
step (Checker *self)
{
  char c = self->data[self->pos];

  switch (self->expect)
    {
    case EXPECT_VALUE:
      return scan_value (self);
    case EXPECT_FIRST_VALUE:
      return c == ']' ? close_container (self) : scan_value (self);
    case EXPECT_NEXT_VALUE:
      return c == ']' ? fail (self, self->pos, SEEDS_JSON_FAULT_TRAILING_COMMA) : scan_value (self);
    case EXPECT_FIRST_NAME:
      return c == '}' ? close_container (self) : scan_name (self);
    case EXPECT_NEXT_NAME:
      return c == '}' ? fail (self, self->pos, SEEDS_JSON_FAULT_TRAILING_COMMA) : scan_name (self);
    case EXPECT_COLON:
      if (c != ':')
        return fail_stray (self, SEEDS_JSON_FAULT_MISSING_COLON);
      self->pos++;
      self->expect = EXPECT_VALUE;
      return TRUE;
    case EXPECT_SEPARATOR:
      return scan_separator (self);
    case EXPECT_END:
    default:
      return fail_stray (self, SEEDS_JSON_FAULT_AFTER_VALUE);
    }
}

static gboolean
check (Checker *self)
{
  const char *end = NULL;

  /* Before anything else, so that the scanner can take every byte above
   * 0x7f for part of a valid character. */
  if (!g_utf8_validate_len (self->data, self->length, &end))
    return fail (self, end - self->data,
                 *end == '\0' ? SEEDS_JSON_FAULT_NUL_BYTE : SEEDS_JSON_FAULT_NOT_UTF8);

  for (skip_space (self); self->pos < self->length; skip_space (self))
    {
      if (!step (self))
        return FALSE;
    }

  if (self->expect == EXPECT_END)
    return TRUE;

  if (self->expect == EXPECT_VALUE && self->containers->len == 0)
    return fail (self, self->length, SEEDS_JSON_FAULT_NO_VALUE);

  return fail (self, self->length, SEEDS_JSON_FAULT_END);
}

/**
 * seeds_json_check:
 * @data: (array length=length): the input, which need not end in a NUL
 * @length: its length in bytes
 * @max_depth: how deep arrays and objects may nest; the root counts as 1
 * @error: return location for a #SEEDS_EXCHANGE_ERROR_NOT_JSON
 *
 * Checks that @data is a single JSON value by RFC 8259 and no more, in
 * time linear in @length (but for sorting the names of each object), with
 * memory for the member names of the open objects only.
 *
 * Returns: whether json-glib may be given @data
 */
gboolean
seeds_json_check (const char  *data,
                  gsize        length,
                  guint        max_depth,
                  GError     **error)
{
  Checker self = { .data = data, .length = length, .max_depth = max_depth };
  gboolean ok;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  self.containers = g_array_new (FALSE, FALSE, sizeof (Container));
  self.names = g_array_new (FALSE, FALSE, sizeof (Name));
  self.text = g_string_new (NULL);

  ok = check (&self);
  if (!ok)
    seeds_json_fault_set_error (error, data, self.fault_offset, self.fault, max_depth,
                                self.fault_detail);

  g_array_unref (self.containers);
  g_array_unref (self.names);
  g_string_free (self.text, TRUE);
  g_free (self.fault_detail);

  return ok;
}

/**
 * seeds_json_parse_strict:
 *
 * seeds_json_check(), then json-glib.
 *
 * Returns: (transfer full): the root node, or %NULL with @error set
 */
JsonNode *
seeds_json_parse_strict (const char  *data,
                         gsize        length,
                         guint        max_depth,
                         GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *detail = NULL;
  const char *shown;

  if (!seeds_json_check (data, length, max_depth, error))
    return NULL;

  parser = json_parser_new_immutable ();
  if (json_parser_load_from_data (parser, data, (gssize) length, &local_error) &&
      json_parser_get_root (parser) != NULL)
    return json_node_ref (json_parser_get_root (parser));

  /* Not reached for checked input; json-glib's messages may quote it. */
  if (local_error == NULL)
    {
      seeds_json_fault_set_error (error, data, length, SEEDS_JSON_FAULT_NO_VALUE, max_depth, NULL);
      return NULL;
    }

  detail = g_utf8_make_valid (local_error->message, -1);
  shown = g_str_has_prefix (detail, "<data>:") ? detail + strlen ("<data>:") : detail;
  g_set_error (error, SEEDS_EXCHANGE_ERROR, SEEDS_EXCHANGE_ERROR_NOT_JSON,
               _("The file is not valid JSON: %s"), shown);
  return NULL;
}
