/* seeds-role.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SEEDS_TYPE_ROLE (seeds_role_get_type ())

G_DECLARE_FINAL_TYPE (SeedsRole, seeds_role, SEEDS, ROLE, GObject)

/* A role a learning community needs someone in, such as the linking pin
 * or the funder: data of the framework (<role> in its file), in the
 * language it was read in, with the factors a gap in it touches. */
SeedsRole          *seeds_role_new             (const char         *id,
                                                const char         *name,
                                                const char         *description,
                                                const char * const *factor_ids);
const char         *seeds_role_get_id          (SeedsRole          *self);
const char         *seeds_role_get_name        (SeedsRole          *self);
const char         *seeds_role_get_description (SeedsRole          *self);
const char * const *seeds_role_get_factor_ids  (SeedsRole          *self);

G_END_DECLS
