/* seeds-live-token.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/random.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "live/seeds-live-token.h"

/* GLib's g_random_*() is a Mersenne Twister, which anyone who sees some
 * of its output can predict: the secrets come from getrandom(), which
 * never blocks once the kernel's pool is ready at boot. */

static const char token_alphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
/* No 0, 1, I or O: what is read from a screen is typed without doubt. */
static const char code_alphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

G_STATIC_ASSERT (sizeof token_alphabet == 33);
G_STATIC_ASSERT (sizeof code_alphabet == 33);

static gboolean
read_urandom (guint8  *buffer,
              gsize    length,
              GError **error)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/dev/urandom");
  g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, error);
  gsize n_read = 0;

  return stream != NULL &&
         g_input_stream_read_all (G_INPUT_STREAM (stream), buffer, length, &n_read, NULL, error) &&
         n_read == length;
}

/**
 * seeds_live_random_bytes:
 * @buffer: (out caller-allocates) (array length=length): filled with
 *   random bytes
 * @length: how many
 * @error: return location for a #GIOError
 *
 * Returns: %TRUE when @buffer is filled with bytes fit for secrets
 */
gboolean
seeds_live_random_bytes (guint8  *buffer,
                         gsize    length,
                         GError **error)
{
  gsize filled = 0;

  g_return_val_if_fail (buffer != NULL || length == 0, FALSE);

  while (filled < length)
    {
      ssize_t n = getrandom (buffer + filled, length - filled, 0);

      if (n > 0)
        filled += (gsize) n;
      else if (n < 0 && errno == EINTR)
        continue;
      else
        break;
    }

  if (filled == length)
    return TRUE;

  /* A kernel before 3.17, or a sandbox that forbids the call */
  if (read_urandom (buffer, length, NULL))
    return TRUE;

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       _("The computer gave no random numbers to make the round’s secret "
                         "address with."));
  return FALSE;
}

/* Five bits per character, from the highest of @bytes on */
static char *
encode (const guint8 *bytes,
        guint         n_chars,
        const char   *alphabet)
{
  char *text = g_new0 (char, n_chars + 1);

  for (guint i = 0; i < n_chars; i++)
    {
      guint bit = i * 5;
      guint value = (guint) bytes[bit / 8] << 8;

      if (bit / 8 + 1 < (n_chars * 5 + 7) / 8)
        value |= bytes[bit / 8 + 1];
      text[i] = alphabet[(value >> (11 - bit % 8)) & 0x1f];
    }

  return text;
}

/**
 * seeds_live_token_new:
 *
 * Returns: (transfer full): a new secret of 160 bits, or %NULL with
 *   @error set
 */
char *
seeds_live_token_new (GError **error)
{
  guint8 bytes[SEEDS_LIVE_TOKEN_LENGTH * 5 / 8];

  if (!seeds_live_random_bytes (bytes, sizeof bytes, error))
    return NULL;

  return encode (bytes, SEEDS_LIVE_TOKEN_LENGTH, token_alphabet);
}

/* Whether @text has the shape of a token; it says nothing of whose */
gboolean
seeds_live_token_is_valid (const char *text)
{
  if (text == NULL || strlen (text) != SEEDS_LIVE_TOKEN_LENGTH)
    return FALSE;

  return text[strspn (text, token_alphabet)] == '\0';
}

/* Compares in a time that does not tell where two tokens differ, so that
 * a client cannot find the token character by character by timing. */
gboolean
seeds_live_token_equal (const char *a,
                        const char *b)
{
  guint8 difference = 0;
  gsize length;

  if (a == NULL || b == NULL)
    return FALSE;

  length = strlen (a);
  if (strlen (b) != length)
    return FALSE;

  for (gsize i = 0; i < length; i++)
    difference |= (guint8) (a[i] ^ b[i]);

  return difference == 0;
}

/**
 * seeds_live_code_new:
 *
 * Returns: (transfer full): a short code of 40 bits, as "K7MQ-2XRP", or
 *   %NULL with @error set
 */
char *
seeds_live_code_new (GError **error)
{
  guint8 bytes[SEEDS_LIVE_CODE_LENGTH * 5 / 8];
  g_autofree char *code = NULL;

  if (!seeds_live_random_bytes (bytes, sizeof bytes, error))
    return NULL;

  code = encode (bytes, SEEDS_LIVE_CODE_LENGTH, code_alphabet);
  return g_strdup_printf ("%.4s-%s", code, code + 4);
}

/**
 * seeds_live_code_normalize:
 * @typed: a code as someone typed it: "k7mq2xrp", "K7MQ-2XRP"
 *
 * Returns: (transfer full) (nullable): the code as
 *   seeds_live_code_new() writes it, or %NULL when @typed is not a code
 */
char *
seeds_live_code_normalize (const char *typed)
{
  char code[SEEDS_LIVE_CODE_LENGTH + 1] = { 0 };
  guint n = 0;

  if (typed == NULL)
    return NULL;

  for (const char *p = typed; *p != '\0'; p++)
    {
      char c = g_ascii_toupper (*p);

      if (c == '-' && n == SEEDS_LIVE_CODE_LENGTH / 2)
        continue;
      if (n == SEEDS_LIVE_CODE_LENGTH || c == '\0' || strchr (code_alphabet, c) == NULL)
        return NULL;
      code[n++] = c;
    }

  if (n != SEEDS_LIVE_CODE_LENGTH)
    return NULL;

  return g_strdup_printf ("%.4s-%s", code, code + 4);
}
