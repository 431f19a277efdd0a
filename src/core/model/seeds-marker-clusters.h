/* seeds-marker-clusters.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Markers on a map that would overlap, gathered into clusters: given where
 * each marker is drawn, in pixels, and the radius of its circle, which
 * markers are drawn as one circle with a count. A pure function, so that
 * the map draws what the tests check:
 *
 *   SeedsClusterPoint points[] = { { 10, 10 }, { 12, 11 }, { 200, 10 } };
 *   guint cluster_of[3];
 *   g_autoptr(GArray) clusters = seeds_marker_clusters_find (points, 3, 14, cluster_of);
 *
 * gives two clusters: the first of 2 markers at (10, 10), the second of 1. */
typedef struct
{
  double x;
  double y;
} SeedsClusterPoint;

typedef struct
{
  double x;      /* where the cluster is drawn: its first marker's place */
  double y;
  guint  size;   /* how many markers it holds */
  guint  first;  /* the index of its first marker */
} SeedsMarkerCluster;

GArray *seeds_marker_clusters_find (const SeedsClusterPoint *points,
                                    guint                    n_points,
                                    double                   radius,
                                    guint                   *cluster_of);

G_END_DECLS
