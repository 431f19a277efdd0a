/* seeds-cluster-popover.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "model/seeds-community.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_CLUSTER_POPOVER (seeds_cluster_popover_get_type ())

G_DECLARE_FINAL_TYPE (SeedsClusterPopover, seeds_cluster_popover, SEEDS, CLUSTER_POPOVER,
                      GtkPopover)

GtkWidget *seeds_cluster_popover_new  (void);
void       seeds_cluster_popover_show (SeedsClusterPopover *self,
                                       GPtrArray           *communities,
                                       const GdkRectangle  *pointing_to);

G_END_DECLS
