/* seeds-factor-code.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/seeds-factor.h"
#include "print/seeds-qr-code.h"

G_BEGIN_DECLS

/* What a factor's QR code on the poster holds: its page on the factor
 * site, or its explanation with as much as fits in a code of the largest
 * version its place allows. */
typedef struct
{
  guint        max_version;
  char        *text;   /* NULL when nothing fits */
  SeedsQrCode *code;
} SeedsFactorCode;

SeedsFactorCode *seeds_factor_code_new  (SeedsFactor     *factor,
                                         const char      *url,
                                         const char      *findings_heading,
                                         const char      *tips_heading,
                                         guint            max_version);
void             seeds_factor_code_free (SeedsFactorCode *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SeedsFactorCode, seeds_factor_code_free)

G_END_DECLS
