/* seeds-live-send-dialog.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "exchange/seeds-scorecard.h"

G_BEGIN_DECLS

/* The response that sends the card */
#define SEEDS_LIVE_SEND_DIALOG_SEND "send"

#define SEEDS_TYPE_LIVE_SEND_DIALOG (seeds_live_send_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SeedsLiveSendDialog, seeds_live_send_dialog, SEEDS, LIVE_SEND_DIALOG, AdwMessageDialog)

GtkWidget *seeds_live_send_dialog_new (GtkWindow       *parent,
                                       AdwToastOverlay *toasts,
                                       SeedsScorecard  *card);

G_END_DECLS
