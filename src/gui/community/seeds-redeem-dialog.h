/* seeds-redeem-dialog.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/seeds-reward.h"
#include "seeds-form-dialog.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_REDEEM_DIALOG (seeds_redeem_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SeedsRedeemDialog, seeds_redeem_dialog, SEEDS, REDEEM_DIALOG, SeedsFormDialog)

SeedsRedeemDialog *seeds_redeem_dialog_new            (GtkWindow         *parent,
                                                       SeedsReward       *reward,
                                                       gint64             balance);
SeedsReward       *seeds_redeem_dialog_get_reward     (SeedsRedeemDialog *self);
char              *seeds_redeem_dialog_get_agreed_by  (SeedsRedeemDialog *self);

G_END_DECLS
