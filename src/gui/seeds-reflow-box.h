/* seeds-reflow-box.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SEEDS_TYPE_REFLOW_BOX (seeds_reflow_box_get_type ())

G_DECLARE_FINAL_TYPE (SeedsReflowBox, seeds_reflow_box, SEEDS, REFLOW_BOX, GtkWidget)

GtkWidget *seeds_reflow_box_new              (void);
gboolean   seeds_reflow_box_is_side_by_side (SeedsReflowBox *self,
                                             int             width);

G_END_DECLS
