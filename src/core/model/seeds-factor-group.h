/* seeds-factor-group.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "model/seeds-factor.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_FACTOR_GROUP (seeds_factor_group_get_type ())

G_DECLARE_FINAL_TYPE (SeedsFactorGroup, seeds_factor_group, SEEDS, FACTOR_GROUP, GObject)

SeedsFactorGroup *seeds_factor_group_new           (const char       *id,
                                                    const char       *name,
                                                    const char       *part_id,
                                                    const char       *part_name);
const char       *seeds_factor_group_get_id        (SeedsFactorGroup *self);
const char       *seeds_factor_group_get_name      (SeedsFactorGroup *self);
const char       *seeds_factor_group_get_part_id   (SeedsFactorGroup *self);
const char       *seeds_factor_group_get_part_name (SeedsFactorGroup *self);
GListModel       *seeds_factor_group_get_factors   (SeedsFactorGroup *self);
void              seeds_factor_group_add_factor    (SeedsFactorGroup *self,
                                                    SeedsFactor      *factor);

G_END_DECLS
