/* seeds-live-dialog.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The response that starts the round */
#define SEEDS_LIVE_DIALOG_START "start"

#define SEEDS_TYPE_LIVE_DIALOG (seeds_live_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SeedsLiveDialog, seeds_live_dialog, SEEDS, LIVE_DIALOG, AdwMessageDialog)

GtkWidget  *seeds_live_dialog_new                 (GtkWindow       *parent,
                                                   const char      *meeting_title,
                                                   GPtrArray       *networks);
const char *seeds_live_dialog_get_address         (SeedsLiveDialog *self);
const char *seeds_live_dialog_get_language        (SeedsLiveDialog *self);
gboolean    seeds_live_dialog_get_allow_anonymous (SeedsLiveDialog *self);

G_END_DECLS
