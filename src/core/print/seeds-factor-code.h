/* seeds-factor-code.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/seeds-factor.h"
#include "print/seeds-paper.h"
#include "print/seeds-qr-code.h"

G_BEGIN_DECLS

/* What a factor's QR code holds: always whole, never shortened, so that
 * the words beside it can say exactly what a scan shows. */
typedef enum
{
  SEEDS_CODE_TITLE,       /* its number and title */
  SEEDS_CODE_DEFINITION,  /* its number, title and definition */
  SEEDS_CODE_LINK,        /* the address of its page on the factor site */
} SeedsCodeContent;

/* A factor's QR code on the poster, of the largest version its place
 * allows at most. */
typedef struct
{
  SeedsCodeContent content;
  guint            max_version;
  char            *text;  /* NULL when it does not fit */
  SeedsQrCode     *code;
} SeedsFactorCode;

SeedsCodeContent seeds_code_content_for_paper (SeedsPaper       paper,
                                               gboolean         linked);
SeedsFactorCode *seeds_factor_code_new        (SeedsFactor     *factor,
                                               SeedsCodeContent content,
                                               const char      *url,
                                               guint            max_version);
void             seeds_factor_code_free       (SeedsFactorCode *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SeedsFactorCode, seeds_factor_code_free)

G_END_DECLS
