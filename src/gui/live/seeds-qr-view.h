/* seeds-qr-view.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SEEDS_TYPE_QR_VIEW (seeds_qr_view_get_type ())

G_DECLARE_FINAL_TYPE (SeedsQrView, seeds_qr_view, SEEDS, QR_VIEW, GtkWidget)

GtkWidget  *seeds_qr_view_new      (void);
void        seeds_qr_view_set_text (SeedsQrView *self,
                                    const char  *text);
const char *seeds_qr_view_get_text (SeedsQrView *self);

G_END_DECLS
