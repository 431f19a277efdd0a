/* seeds-community-dialog.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "seeds-form-dialog.h"
#include "model/seeds-framework-entry.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_COMMUNITY_DIALOG (seeds_community_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SeedsCommunityDialog, seeds_community_dialog, SEEDS, COMMUNITY_DIALOG, SeedsFormDialog)

SeedsCommunityDialog *seeds_community_dialog_new      (GtkWindow            *parent,
                                                       const char           *current_name);
char                 *seeds_community_dialog_get_name (SeedsCommunityDialog *self);
void                  seeds_community_dialog_offer_frameworks
                                                      (SeedsCommunityDialog *self,
                                                       GPtrArray            *entries);
SeedsFrameworkEntry  *seeds_community_dialog_get_framework
                                                      (SeedsCommunityDialog *self);

G_END_DECLS
