/* seeds-reward.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SEEDS_TYPE_REWARD (seeds_reward_get_type ())

G_DECLARE_FINAL_TYPE (SeedsReward, seeds_reward, SEEDS, REWARD, GObject)

/* Something in the facilitator's catalogue that a learning community can
 * spend its team points on, such as a coaching session. An archived
 * reward is no longer offered but stays in the history. */
SeedsReward *seeds_reward_new              (const char  *id,
                                            const char  *community_id,
                                            const char  *title,
                                            guint        cost,
                                            gint64       created_at,
                                            gboolean     archived);
const char  *seeds_reward_get_id           (SeedsReward *self);
const char  *seeds_reward_get_community_id (SeedsReward *self);
const char  *seeds_reward_get_title        (SeedsReward *self);
guint        seeds_reward_get_cost         (SeedsReward *self);
gint64       seeds_reward_get_created_at   (SeedsReward *self);
gboolean     seeds_reward_is_archived      (SeedsReward *self);

G_END_DECLS
