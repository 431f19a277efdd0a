/* seeds-qr-code.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* A QR code for print: UTF-8 text in byte mode, marked as UTF-8 when it
 * is not ASCII, with error correction level M; drawn as vector squares with
 * its quiet zone, so that it is crisp at any size. */

/* The white border that scanners need around a code, in modules. */
#define SEEDS_QR_CODE_QUIET_ZONE 4

typedef struct _SeedsQrCode SeedsQrCode;

SeedsQrCode *seeds_qr_code_new           (const char  *text,
                                          guint        max_version);
gboolean     seeds_qr_code_fits          (const char  *text,
                                          guint        max_version);
void         seeds_qr_code_free          (SeedsQrCode *self);
guint        seeds_qr_code_get_version   (SeedsQrCode *self);
guint        seeds_qr_code_get_n_modules (SeedsQrCode *self);
void         seeds_qr_code_draw          (SeedsQrCode *self,
                                          cairo_t     *cr,
                                          double       x,
                                          double       y,
                                          double       size);
guint        seeds_qr_code_fit_version   (double       size,
                                          double       min_module);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SeedsQrCode, seeds_qr_code_free)

G_END_DECLS
