/* seeds-community.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SEEDS_TYPE_COMMUNITY (seeds_community_get_type ())

G_DECLARE_FINAL_TYPE (SeedsCommunity, seeds_community, SEEDS, COMMUNITY, GObject)

SeedsCommunity *seeds_community_new      (const char     *id,
                                          const char     *name);
const char     *seeds_community_get_id   (SeedsCommunity *self);
const char     *seeds_community_get_name (SeedsCommunity *self);
void            seeds_community_set_name (SeedsCommunity *self,
                                          const char     *name);

G_END_DECLS
