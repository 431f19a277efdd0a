/* seeds-score-axis.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A horizontal 1–5 scale in a widget: where 1 and 5 stand. */
typedef struct
{
  float left;   /* x of 1 */
  float right;  /* x of 5 */
} SeedsScoreAxis;

float seeds_score_axis_x               (const SeedsScoreAxis  *axis,
                                        guint                  value10);
void  seeds_score_axis_append_bands    (const SeedsScoreAxis  *axis,
                                        GtkWidget             *widget,
                                        GtkSnapshot           *snapshot,
                                        float                  middle,
                                        float                  thickness,
                                        const GdkRGBA         *fallback);
void  seeds_score_axis_append_numerals (const SeedsScoreAxis  *axis,
                                        GtkWidget             *widget,
                                        GtkSnapshot           *snapshot,
                                        float                  top,
                                        double                 font_scale,
                                        const GdkRGBA         *color);

void  seeds_score_axis_append_label    (GtkWidget             *widget,
                                        GtkSnapshot           *snapshot,
                                        const char            *text,
                                        float                  center_x,
                                        float                  top,
                                        double                 font_scale,
                                        const GdkRGBA         *color);
void  seeds_score_axis_append_pill     (GtkSnapshot           *snapshot,
                                        const graphene_rect_t *rect,
                                        const GdkRGBA         *color);
void  seeds_score_axis_append_dot      (GtkSnapshot           *snapshot,
                                        float                  x,
                                        float                  y,
                                        float                  radius,
                                        const GdkRGBA         *color);
void  seeds_score_axis_measure         (GtkOrientation         orientation,
                                        int                    min_width,
                                        int                    width,
                                        int                    height,
                                        int                   *minimum,
                                        int                   *natural);
void  seeds_score_axis_lookup_color    (GtkWidget             *widget,
                                        const char            *name,
                                        const GdkRGBA         *fallback,
                                        GdkRGBA               *color);

G_END_DECLS
