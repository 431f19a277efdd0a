/* seeds-qr-code.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <qrencode.h>

#include "print/seeds-qr-code.h"

/* The sizes QR codes come in: version 1 is 21 modules wide, each next
 * version 4 more. */
#define MIN_VERSION 1
#define MAX_VERSION 40
#define N_MODULES(version) (17 + 4 * (version))

#define UTF8_ECI 26

/* How many bits the data of each version holds at error correction level
 * M, in 8-bit codewords (ISO/IEC 18004, table 7). */
static const guint16 data_codewords[MAX_VERSION + 1] = {
  0, 16, 28, 44, 64, 86, 108, 124, 154, 182, 216, 254, 290, 334, 365, 415, 453, 507, 563, 627,
  669, 714, 782, 860, 914, 1000, 1062, 1128, 1193, 1267, 1373, 1455, 1541, 1631, 1725, 1812,
  1914, 1992, 2102, 2216, 2334,
};

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QRinput, QRinput_free)

struct _SeedsQrCode
{
  QRcode *code;
};

/**
 * seeds_qr_code_new:
 * @text: UTF-8 text, without NUL characters
 * @max_version: the largest version (size) the code may have, 1 to 40
 *
 * Encodes @text in the smallest code that holds it.
 *
 * Returns: (transfer full) (nullable): the code, or %NULL when @text does
 *   not fit in a code of @max_version
 */
SeedsQrCode *
seeds_qr_code_new (const char *text,
                   guint       max_version)
{
  g_autoptr(QRinput) input = NULL;
  SeedsQrCode *self;
  QRcode *code;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (max_version >= MIN_VERSION && max_version <= MAX_VERSION, NULL);

  input = QRinput_new2 (0, QR_ECLEVEL_M);
  if (input == NULL)
    return NULL;

  /* Readers guess the character set of bytes that are not ASCII, and
   * guess wrong: "…" comes out as Shift JIS. The UTF-8 designator (ECI 26)
   * says what it is. */
  if (!g_str_is_ascii (text) && QRinput_appendECIheader (input, UTF8_ECI) != 0)
    return NULL;

  /* Bytes: the other modes are for digits and capitals only. */
  if (QRinput_append (input, QR_MODE_8, (int)strlen (text), (const unsigned char *)text) != 0)
    return NULL;

  code = QRcode_encodeInput (input);
  if (code == NULL)
    return NULL;

  if ((guint)code->version > max_version)
    {
      QRcode_free (code);
      return NULL;
    }

  self = g_new0 (SeedsQrCode, 1);
  self->code = code;

  return self;
}

/**
 * seeds_qr_code_fits:
 * @text: UTF-8 text, without NUL characters
 * @max_version: the largest version (size) the code may have, 1 to 40
 *
 * Whether seeds_qr_code_new() would make a code of @text, counted rather
 * than encoded: encoding tries eight masks, and is many times slower.
 *
 * Returns: whether @text fits in a code of @max_version
 */
gboolean
seeds_qr_code_fits (const char *text,
                    guint       max_version)
{
  guint64 bits;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (max_version >= MIN_VERSION && max_version <= MAX_VERSION, FALSE);

  /* The mode and the UTF-8 designator, as libqrencode counts them; the
   * length, in 8 bits up to version 9 and in 16 from version 10; the
   * bytes. A text that fits a smaller version fits this one too. */
  bits = 4 + (g_str_is_ascii (text) ? 0 : 28) + (max_version <= 9 ? 8 : 16) +
         8 * (guint64)strlen (text);

  return bits <= 8 * (guint64)data_codewords[max_version];
}

void
seeds_qr_code_free (SeedsQrCode *self)
{
  if (self == NULL)
    return;

  QRcode_free (self->code);
  g_free (self);
}

guint
seeds_qr_code_get_version (SeedsQrCode *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return (guint)self->code->version;
}

/**
 * seeds_qr_code_get_n_modules:
 *
 * Returns: how many modules wide the code is, without its quiet zone
 */
guint
seeds_qr_code_get_n_modules (SeedsQrCode *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return (guint)self->code->width;
}

/**
 * seeds_qr_code_fit_version:
 * @size: the side of the square the code goes in, with its quiet zone
 * @min_module: the smallest module that scans well
 *
 * Returns: the largest version whose modules are at least @min_module in
 *   a square of @size, or 0 when not even version 1 fits
 */
guint
seeds_qr_code_fit_version (double size,
                           double min_module)
{
  g_return_val_if_fail (min_module > 0, 0);

  for (guint version = MAX_VERSION; version >= MIN_VERSION; version--)
    if ((N_MODULES (version) + 2 * SEEDS_QR_CODE_QUIET_ZONE) * min_module <= size)
      return version;

  return 0;
}

/**
 * seeds_qr_code_draw:
 * @self: a code
 * @cr: where to draw
 * @x: the left of the code's quiet zone
 * @y: its top
 * @size: the side of the code with its quiet zone
 *
 * Paints the quiet zone white and the dark modules black, as one path of
 * rectangles: one per run of dark modules in a row, so that no seam shows
 * between neighbours when the PDF is rasterised.
 */
void
seeds_qr_code_draw (SeedsQrCode *self,
                    cairo_t     *cr,
                    double       x,
                    double       y,
                    double       size)
{
  double module;
  double left;
  double top;
  int n;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  n = self->code->width;
  module = size / (n + 2 * SEEDS_QR_CODE_QUIET_ZONE);
  left = x + SEEDS_QR_CODE_QUIET_ZONE * module;
  top = y + SEEDS_QR_CODE_QUIET_ZONE * module;

  cairo_save (cr);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, x, y, size, size);
  cairo_fill (cr);

  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_new_path (cr);
  for (int row = 0; row < n; row++)
    {
      const unsigned char *data = self->code->data + row * n;

      for (int column = 0; column < n;)
        {
          int end = column;

          /* The lowest bit of each byte says whether the module is dark. */
          while (end < n && (data[end] & 1))
            end++;

          if (end > column)
            cairo_rectangle (cr, left + column * module, top + row * module,
                             (end - column) * module, module);
          column = end + 1;
        }
    }
  cairo_fill (cr);

  cairo_restore (cr);
}
