/* seeds-factor.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SEEDS_TYPE_FACTOR (seeds_factor_get_type ())

G_DECLARE_FINAL_TYPE (SeedsFactor, seeds_factor, SEEDS, FACTOR, GObject)

SeedsFactor         *seeds_factor_new             (const char         *id,
                                                   const char         *title,
                                                   const char         *definition,
                                                   const char * const *findings,
                                                   const char * const *tips);
const char          *seeds_factor_get_id          (SeedsFactor        *self);
const char          *seeds_factor_get_title       (SeedsFactor        *self);
const char          *seeds_factor_get_definition  (SeedsFactor        *self);
const char * const  *seeds_factor_get_findings    (SeedsFactor        *self);
const char * const  *seeds_factor_get_tips        (SeedsFactor        *self);
const char          *seeds_factor_get_group_id    (SeedsFactor        *self);
const char          *seeds_factor_get_origin      (SeedsFactor        *self);
void                 seeds_factor_set_origin      (SeedsFactor        *self,
                                                   const char         *origin);
const char          *seeds_factor_get_group_name  (SeedsFactor        *self);
void                 seeds_factor_set_group       (SeedsFactor        *self,
                                                   const char         *group_id,
                                                   const char         *group_name);
guint                seeds_factor_get_position    (SeedsFactor        *self);
void                 seeds_factor_set_position    (SeedsFactor        *self,
                                                   guint               position);

G_END_DECLS
