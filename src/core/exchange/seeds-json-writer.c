/* seeds-json-writer.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "exchange/seeds-json-writer.h"

/* The files the app writes were made with json-glib's JsonBuilder and
 * JsonGenerator, which build a node, and a hash table per object, for
 * every value before writing a byte: for the export of a community with
 * 40 000 scores that was most of the time it took. This writes the same
 * bytes as it goes (tests/test-json-writer.c compares the two): every
 * element on a line of its own, indented two spaces a level, "name" : value,
 * an empty array as [] and an empty object as {, the indent of its level,
 * }. Two values json-glib 1.6 wrote as no JSON reader takes them are
 * written as json-glib 1.8 does: the character U+001F escaped, and a whole
 * number in exponent notation without ".0". */

#define MAX_DEPTH 32
#define INDENT    2

struct _SeedsJsonWriter
{
  GString  *buffer;
  guint     depth;                      /* the containers open */
  gboolean  is_object[MAX_DEPTH];
  gboolean  has_elements[MAX_DEPTH];
  gboolean  named;                      /* a member's name waits for its value */
};

SeedsJsonWriter *
seeds_json_writer_new (void)
{
  SeedsJsonWriter *self = g_new0 (SeedsJsonWriter, 1);

  self->buffer = g_string_sized_new (4096);

  return self;
}

void
seeds_json_writer_free (SeedsJsonWriter *self)
{
  if (self == NULL)
    return;

  g_string_free (self->buffer, TRUE);
  g_free (self);
}

/**
 * seeds_json_writer_free_to_bytes:
 *
 * Ends the text with a newline, as every file the app writes.
 *
 * Returns: (transfer full): the JSON text
 */
GBytes *
seeds_json_writer_free_to_bytes (SeedsJsonWriter *self)
{
  GBytes *bytes;

  g_return_val_if_fail (self != NULL, NULL);
  g_warn_if_fail (self->depth == 0);

  g_string_append_c (self->buffer, '\n');
  bytes = g_string_free_to_bytes (self->buffer);
  g_free (self);

  return bytes;
}

static void
indent (SeedsJsonWriter *self,
        guint            level)
{
  static const char spaces[] = "                                ";
  gsize n = (gsize) level * INDENT;

  while (n > 0)
    {
      gsize chunk = MIN (n, sizeof spaces - 1);

      g_string_append_len (self->buffer, spaces, chunk);
      n -= chunk;
    }
}

/* Before an element of the innermost container: a member, or a value of
 * an array */
static void
begin_element (SeedsJsonWriter *self)
{
  guint top = self->depth - 1;

  if (self->has_elements[top])
    g_string_append_c (self->buffer, ',');
  g_string_append_c (self->buffer, '\n');
  self->has_elements[top] = TRUE;
  indent (self, self->depth);
}

static void
begin_value (SeedsJsonWriter *self)
{
  if (self->depth == 0)
    return;

  if (!self->is_object[self->depth - 1])
    begin_element (self);
  else if (self->named)
    self->named = FALSE;
  else
    g_critical ("A value in a JSON object needs a member name first");
}

/* Escapes as json-glib does: the quote, the backslash, the control
 * characters, and nothing else (not "/", nor any character above
 * U+007F). */
static void
append_string (GString    *buffer,
               const char *text)
{
  const char *run = text;
  const char *p;

  g_string_append_c (buffer, '"');

  for (p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f)
        continue;

      g_string_append_len (buffer, run, p - run);
      run = p + 1;

      if (c == '"' || c == '\\')
        {
          g_string_append_c (buffer, '\\');
          g_string_append_c (buffer, (char) c);
        }
      else if (c == '\b')
        g_string_append (buffer, "\\b");
      else if (c == '\f')
        g_string_append (buffer, "\\f");
      else if (c == '\n')
        g_string_append (buffer, "\\n");
      else if (c == '\r')
        g_string_append (buffer, "\\r");
      else if (c == '\t')
        g_string_append (buffer, "\\t");
      else
        g_string_append_printf (buffer, "\\u%04x", c);
    }

  g_string_append_len (buffer, run, p - run);
  g_string_append_c (buffer, '"');
}

static void
begin_container (SeedsJsonWriter *self,
                 gboolean         object)
{
  g_return_if_fail (self->depth < MAX_DEPTH);

  begin_value (self);
  g_string_append_c (self->buffer, object ? '{' : '[');
  self->is_object[self->depth] = object;
  self->has_elements[self->depth] = FALSE;
  self->depth++;
}

static void
end_container (SeedsJsonWriter *self,
               gboolean         object)
{
  g_return_if_fail (self->depth > 0);
  g_return_if_fail (self->is_object[self->depth - 1] == object);
  g_return_if_fail (!self->named);

  self->depth--;
  if (self->has_elements[self->depth])
    {
      g_string_append_c (self->buffer, '\n');
      indent (self, self->depth);
    }
  else if (object)
    {
      indent (self, self->depth);
    }

  g_string_append_c (self->buffer, object ? '}' : ']');
}

void
seeds_json_writer_begin_object (SeedsJsonWriter *self)
{
  g_return_if_fail (self != NULL);

  begin_container (self, TRUE);
}

void
seeds_json_writer_end_object (SeedsJsonWriter *self)
{
  g_return_if_fail (self != NULL);

  end_container (self, TRUE);
}

void
seeds_json_writer_begin_array (SeedsJsonWriter *self)
{
  g_return_if_fail (self != NULL);

  begin_container (self, FALSE);
}

void
seeds_json_writer_end_array (SeedsJsonWriter *self)
{
  g_return_if_fail (self != NULL);

  end_container (self, FALSE);
}

void
seeds_json_writer_set_member_name (SeedsJsonWriter *self,
                                   const char      *name)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (name != NULL);
  g_return_if_fail (self->depth > 0 && self->is_object[self->depth - 1]);
  g_return_if_fail (!self->named);

  begin_element (self);
  append_string (self->buffer, name);
  g_string_append (self->buffer, " : ");
  self->named = TRUE;
}

void
seeds_json_writer_add_string_value (SeedsJsonWriter *self,
                                    const char      *value)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (value != NULL);

  begin_value (self);
  append_string (self->buffer, value);
}

void
seeds_json_writer_add_int_value (SeedsJsonWriter *self,
                                 gint64           value)
{
  char digits[24];
  guint64 magnitude = value < 0 ? -(guint64) value : (guint64) value;
  gsize start = sizeof digits;

  g_return_if_fail (self != NULL);

  do
    {
      digits[--start] = (char) ('0' + magnitude % 10);
      magnitude /= 10;
    }
  while (magnitude > 0);
  if (value < 0)
    digits[--start] = '-';

  begin_value (self);
  g_string_append_len (self->buffer, digits + start, sizeof digits - start);
}

void
seeds_json_writer_add_double_value (SeedsJsonWriter *self,
                                    double           value)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_if_fail (self != NULL);

  g_ascii_dtostr (text, sizeof text, value);
  begin_value (self);
  g_string_append (self->buffer, text);

  /* So that it reads back as a double, not as a whole number */
  if (strpbrk (text, ".eE") == NULL)
    g_string_append (self->buffer, ".0");
}

void
seeds_json_writer_add_boolean_value (SeedsJsonWriter *self,
                                     gboolean         value)
{
  g_return_if_fail (self != NULL);

  begin_value (self);
  g_string_append (self->buffer, value ? "true" : "false");
}

void
seeds_json_writer_add_null_value (SeedsJsonWriter *self)
{
  g_return_if_fail (self != NULL);

  begin_value (self);
  g_string_append (self->buffer, "null");
}
