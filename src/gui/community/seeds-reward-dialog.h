/* seeds-reward-dialog.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "seeds-form-dialog.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_REWARD_DIALOG (seeds_reward_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SeedsRewardDialog, seeds_reward_dialog, SEEDS, REWARD_DIALOG, SeedsFormDialog)

SeedsRewardDialog *seeds_reward_dialog_new       (GtkWindow         *parent);
char              *seeds_reward_dialog_get_title (SeedsRewardDialog *self);
guint              seeds_reward_dialog_get_cost  (SeedsRewardDialog *self);
void               seeds_reward_dialog_set_cost  (SeedsRewardDialog *self,
                                                  guint              cost);

G_END_DECLS
