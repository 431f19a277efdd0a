/* seeds-tally-page.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "meetings/seeds-meeting-part.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_TALLY_PAGE (seeds_tally_page_get_type ())

G_DECLARE_FINAL_TYPE (SeedsTallyPage, seeds_tally_page, SEEDS, TALLY_PAGE, SeedsMeetingPart)

GtkSpinButton *seeds_tally_page_get_spin  (SeedsTallyPage *self,
                                           const char     *factor_id,
                                           int             value);
gboolean       seeds_tally_page_save      (SeedsTallyPage *self);
gboolean       seeds_tally_page_get_dirty (SeedsTallyPage *self);

G_END_DECLS
