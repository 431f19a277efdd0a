/* seeds-marker-layer.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <shumate/shumate.h>

#include "model/seeds-community.h"

G_BEGIN_DECLS

/* How a marker is drawn, by whose community it is */
typedef enum
{
  SEEDS_MARKER_STYLE_OTHER,
  SEEDS_MARKER_STYLE_SAMPLE,
  SEEDS_MARKER_STYLE_OWN,
} SeedsMarkerStyle;

#define SEEDS_TYPE_MARKER_LAYER (seeds_marker_layer_get_type ())

G_DECLARE_FINAL_TYPE (SeedsMarkerLayer, seeds_marker_layer, SEEDS, MARKER_LAYER, ShumateLayer)

SeedsMarkerLayer *seeds_marker_layer_new           (ShumateViewport  *viewport);
void              seeds_marker_layer_set_model     (SeedsMarkerLayer *self,
                                                    GListModel       *communities);
void              seeds_marker_layer_set_current   (SeedsMarkerLayer *self,
                                                    const char       *community_id);
guint             seeds_marker_layer_get_n_markers (SeedsMarkerLayer *self);
GPtrArray        *seeds_marker_layer_get_locations (SeedsMarkerLayer *self);

/* What a click, a tooltip and the tests find where a marker is drawn */
gboolean          seeds_marker_layer_find          (SeedsMarkerLayer *self,
                                                    const char       *community_id,
                                                    double           *x,
                                                    double           *y,
                                                    guint            *cluster_size);
gboolean          seeds_marker_layer_is_current    (SeedsMarkerLayer *self,
                                                    const char       *community_id);
SeedsMarkerStyle  seeds_marker_layer_get_style     (SeedsMarkerLayer *self,
                                                    const char       *community_id);
char             *seeds_marker_layer_describe_at   (SeedsMarkerLayer *self,
                                                    double            x,
                                                    double            y);
gboolean          seeds_marker_layer_activate_at   (SeedsMarkerLayer *self,
                                                    double            x,
                                                    double            y);
GtkPopover       *seeds_marker_layer_get_popover   (SeedsMarkerLayer *self);

G_END_DECLS
