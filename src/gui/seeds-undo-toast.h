/* seeds-undo-toast.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/seeds-store.h"

G_BEGIN_DECLS

AdwToast *seeds_undo_toast_offer (GtkWidget      *widget,
                                  SeedsStore     *store,
                                  SeedsStoreUndo *undo,
                                  const char     *title);

G_END_DECLS
