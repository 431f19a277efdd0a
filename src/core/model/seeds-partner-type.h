/* seeds-partner-type.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The kind of organisation a participant speaks for. */
typedef enum
{
  SEEDS_PARTNER_COMPANY,
  SEEDS_PARTNER_GOVERNMENT,
  SEEDS_PARTNER_EDUCATION,
  SEEDS_PARTNER_RESEARCH,
  SEEDS_PARTNER_OTHER,
} SeedsPartnerType;

#define SEEDS_N_PARTNER_TYPES (SEEDS_PARTNER_OTHER + 1)

#define SEEDS_TYPE_PARTNER_TYPE (seeds_partner_type_get_type ())

GType       seeds_partner_type_get_type    (void) G_GNUC_CONST;
gboolean    seeds_partner_type_is_valid    (int               type);
const char *seeds_partner_type_to_string   (SeedsPartnerType  type);
gboolean    seeds_partner_type_from_string (const char       *string,
                                            SeedsPartnerType *type);
const char *seeds_partner_type_get_label   (SeedsPartnerType  type);

G_END_DECLS
