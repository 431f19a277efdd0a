/* seeds-partner-mix.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "model/seeds-partner-type.h"

G_BEGIN_DECLS

/* Who takes part, by kind of organisation: how many people of each
 * partner type and from which organisations. Counts and organisations
 * only, never a name. Which kinds are missing is seeds-community-gaps.h. */

typedef struct _SeedsPartnerMix SeedsPartnerMix;

SeedsPartnerMix *seeds_partner_mix_new               (GPtrArray        *participants);
void             seeds_partner_mix_free              (SeedsPartnerMix  *self);
guint            seeds_partner_mix_count             (SeedsPartnerMix  *self,
                                                      SeedsPartnerType  type);
GPtrArray       *seeds_partner_mix_get_organisations (SeedsPartnerMix  *self,
                                                      SeedsPartnerType  type);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SeedsPartnerMix, seeds_partner_mix_free)

G_END_DECLS
