/* seeds-damage-banner.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/seeds-backup-scheduler.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_DAMAGE_BANNER (seeds_damage_banner_get_type ())

G_DECLARE_FINAL_TYPE (SeedsDamageBanner, seeds_damage_banner, SEEDS, DAMAGE_BANNER, AdwBin)

void     seeds_damage_banner_set_scheduler (SeedsDamageBanner    *self,
                                            SeedsBackupScheduler *scheduler);
gboolean seeds_damage_banner_is_shown      (SeedsDamageBanner    *self);

G_END_DECLS
