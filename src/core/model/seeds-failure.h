/* seeds-failure.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SEEDS_TYPE_FAILURE (seeds_failure_get_type ())

G_DECLARE_FINAL_TYPE (SeedsFailure, seeds_failure, SEEDS, FAILURE, GObject)

/* A brilliant failure: what a learning community tried, what happened and
 * what it learned from it, with the factor it touches if any. A record
 * as the store holds it; it does not change. */
SeedsFailure *seeds_failure_new              (const char   *id,
                                              const char   *community_id,
                                              const char   *tried,
                                              const char   *happened,
                                              const char   *learned,
                                              const char   *factor_id,
                                              gint64        created_at);
const char   *seeds_failure_get_id           (SeedsFailure *self);
const char   *seeds_failure_get_community_id (SeedsFailure *self);
const char   *seeds_failure_get_tried        (SeedsFailure *self);
const char   *seeds_failure_get_happened     (SeedsFailure *self);
const char   *seeds_failure_get_learned      (SeedsFailure *self);
const char   *seeds_failure_get_factor_id    (SeedsFailure *self);
gint64        seeds_failure_get_created_at   (SeedsFailure *self);

G_END_DECLS
