/* seeds-profile-share-dialog.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "exchange/seeds-profile.h"

G_BEGIN_DECLS

/* The response that goes on to choose the file */
#define SEEDS_PROFILE_SHARE_DIALOG_EXPORT "export"

#define SEEDS_TYPE_PROFILE_SHARE_DIALOG (seeds_profile_share_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SeedsProfileShareDialog, seeds_profile_share_dialog, SEEDS, PROFILE_SHARE_DIALOG,
                      AdwMessageDialog)

SeedsProfileShareDialog *seeds_profile_share_dialog_new       (GtkWindow               *parent,
                                                               const char              *community_name);
SeedsProfileShare        seeds_profile_share_dialog_get_share (SeedsProfileShareDialog *self);
void                     seeds_profile_share_dialog_set_share (SeedsProfileShareDialog *self,
                                                               SeedsProfileShare        share);
void                     seeds_profile_share_dialog_set_publishing
                                                    (SeedsProfileShareDialog *self,
                                                     const char              *community_name);

G_END_DECLS
