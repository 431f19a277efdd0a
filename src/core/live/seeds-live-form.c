/* seeds-live-form.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "live/seeds-live-error.h"
#include "live/seeds-live-form.h"

/* Our own reader of form data, rather than soup_form_decode(): it keeps
 * repeated fields, so that a second value can be refused instead of
 * silently winning, and it refuses what a browser never sends. The
 * messages of its errors are for tests and logs; a member is told
 * seeds_live_error_describe(). */

struct _SeedsLiveForm
{
  GPtrArray *names;   /* (element-type utf8) */
  GPtrArray *values;  /* (element-type utf8) */
};

void
seeds_live_form_free (SeedsLiveForm *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->names);
  g_ptr_array_unref (self->values);
  g_free (self);
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;

  return -1;
}

/* Browsers send letters, digits, "*-._", "+" for a space and "%XX" for
 * every other byte: nothing else may be in the data. */
static gboolean
is_sent_as_is (char c)
{
  return g_ascii_isalnum (c) || strchr ("*-._+%", c) != NULL;
}

/* Decodes one name or value of @length bytes; NULL with @error set when
 * it is malformed, holds a NUL, is not UTF-8 or is over @max_bytes. */
static char *
decode (const char  *data,
        gsize        length,
        gsize        max_bytes,
        GError     **error)
{
  g_autoptr(GString) decoded = g_string_sized_new (MIN (length, max_bytes));

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (c == '\0' || !is_sent_as_is (c))
        {
          g_set_error (error, SEEDS_LIVE_ERROR, SEEDS_LIVE_ERROR_MALFORMED,
                       "A byte 0x%02x that form data does not hold as it is", (guint8) c);
          return NULL;
        }

      if (c == '+')
        c = ' ';
      else if (c == '%')
        {
          int high = i + 2 < length ? hex_value (data[i + 1]) : -1;
          int low = i + 2 < length ? hex_value (data[i + 2]) : -1;

          if (high < 0 || low < 0)
            {
              g_set_error_literal (error, SEEDS_LIVE_ERROR, SEEDS_LIVE_ERROR_MALFORMED,
                                   "A “%” that is not followed by two hexadecimal digits");
              return NULL;
            }

          c = (char) (high << 4 | low);
          i += 2;

          if (c == '\0')
            {
              g_set_error_literal (error, SEEDS_LIVE_ERROR, SEEDS_LIVE_ERROR_MALFORMED,
                                   "A NUL character");
              return NULL;
            }
        }

      if (decoded->len == max_bytes)
        {
          g_set_error (error, SEEDS_LIVE_ERROR, SEEDS_LIVE_ERROR_MALFORMED,
                       "A name or value longer than %" G_GSIZE_FORMAT " bytes", max_bytes);
          return NULL;
        }

      g_string_append_c (decoded, c);
    }

  if (!g_utf8_validate (decoded->str, decoded->len, NULL))
    {
      g_set_error_literal (error, SEEDS_LIVE_ERROR, SEEDS_LIVE_ERROR_MALFORMED,
                           "Text that is not UTF-8");
      return NULL;
    }

  return g_string_free (g_steal_pointer (&decoded), FALSE);
}

static gboolean
add_field (SeedsLiveForm  *self,
           const char     *data,
           gsize           length,
           GError        **error)
{
  const char *equals = memchr (data, '=', length);
  gsize name_length = equals != NULL ? (gsize) (equals - data) : length;
  g_autofree char *name = NULL;
  g_autofree char *value = NULL;

  if (self->names->len == SEEDS_LIVE_FORM_MAX_FIELDS)
    {
      g_set_error (error, SEEDS_LIVE_ERROR, SEEDS_LIVE_ERROR_MALFORMED,
                   "More than %d fields", SEEDS_LIVE_FORM_MAX_FIELDS);
      return FALSE;
    }

  if (!(name = decode (data, name_length, SEEDS_LIVE_FORM_MAX_NAME_BYTES, error)))
    return FALSE;

  if (*name == '\0')
    {
      g_set_error_literal (error, SEEDS_LIVE_ERROR, SEEDS_LIVE_ERROR_MALFORMED,
                           "A field without a name");
      return FALSE;
    }

  if (equals != NULL)
    value = decode (equals + 1, length - name_length - 1, SEEDS_LIVE_FORM_MAX_VALUE_BYTES, error);
  else
    value = g_strdup ("");

  if (value == NULL)
    return FALSE;

  g_ptr_array_add (self->names, g_steal_pointer (&name));
  g_ptr_array_add (self->values, g_steal_pointer (&value));
  return TRUE;
}

/**
 * seeds_live_form_parse:
 * @data: (array length=length): the body of a request
 * @length: its length in bytes
 * @error: return location for %SEEDS_LIVE_ERROR_MALFORMED
 *
 * Reads form data: fields "name=value" between "&", each name and value
 * percent-encoded with "+" for a space. A field without "=" has the
 * value "", and empty fields ("a=1&&b=2") are skipped, as browsers do.
 * Refused: any byte a browser sends encoded, "%" without two hexadecimal
 * digits after it, a NUL, text that is not UTF-8, a field without a name,
 * more than SEEDS_LIVE_FORM_MAX_FIELDS fields, a name over
 * SEEDS_LIVE_FORM_MAX_NAME_BYTES or a value over
 * SEEDS_LIVE_FORM_MAX_VALUE_BYTES bytes once decoded. A field may come
 * more than once: each is kept, in order.
 *
 * Returns: (transfer full): the fields, or %NULL with @error set
 */
SeedsLiveForm *
seeds_live_form_parse (const char  *data,
                       gsize        length,
                       GError     **error)
{
  g_autoptr(SeedsLiveForm) self = g_new0 (SeedsLiveForm, 1);
  gsize start = 0;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self->names = g_ptr_array_new_with_free_func (g_free);
  self->values = g_ptr_array_new_with_free_func (g_free);

  while (start < length)
    {
      const char *amp = memchr (data + start, '&', length - start);
      gsize end = amp != NULL ? (gsize) (amp - data) : length;

      if (end > start && !add_field (self, data + start, end - start, error))
        return NULL;

      start = end + 1;
    }

  return g_steal_pointer (&self);
}

guint
seeds_live_form_get_n_fields (SeedsLiveForm *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->names->len;
}

const char *
seeds_live_form_get_name (SeedsLiveForm *self,
                          guint          position)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (position < self->names->len, NULL);

  return g_ptr_array_index (self->names, position);
}

const char *
seeds_live_form_get_value (SeedsLiveForm *self,
                           guint          position)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (position < self->values->len, NULL);

  return g_ptr_array_index (self->values, position);
}

/* How many times a field named @name came */
guint
seeds_live_form_count (SeedsLiveForm *self,
                       const char    *name)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (name != NULL, 0);

  for (guint i = 0; i < self->names->len; i++)
    if (g_str_equal (g_ptr_array_index (self->names, i), name))
      n++;

  return n;
}

/* (nullable): the value of the first field named @name */
const char *
seeds_live_form_lookup (SeedsLiveForm *self,
                        const char    *name)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < self->names->len; i++)
    if (g_str_equal (g_ptr_array_index (self->names, i), name))
      return g_ptr_array_index (self->values, i);

  return NULL;
}
