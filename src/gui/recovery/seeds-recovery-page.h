/* seeds-recovery-page.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SEEDS_TYPE_RECOVERY_PAGE (seeds_recovery_page_get_type ())

G_DECLARE_FINAL_TYPE (SeedsRecoveryPage, seeds_recovery_page, SEEDS, RECOVERY_PAGE, AdwBin)

void seeds_recovery_page_show_error (SeedsRecoveryPage *self,
                                     const char        *database_path,
                                     const GError      *error);

G_END_DECLS
