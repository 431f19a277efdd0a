/* test-marker-clusters.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "model/seeds-marker-clusters.h"

/* Which markers of the directory's map are drawn as one circle with a
 * count: those whose circles would overlap, and no others. */

#define RADIUS 14.0

static SeedsMarkerCluster *
cluster (GArray *clusters,
         guint   index)
{
  g_assert_cmpuint (index, <, clusters->len);
  return &g_array_index (clusters, SeedsMarkerCluster, index);
}

/* Pixels of Web Mercator at @zoom, as the map draws it */
static SeedsClusterPoint
project (double latitude,
         double longitude,
         double zoom)
{
  double scale = 256 * exp2 (zoom);
  double phi = latitude * G_PI / 180;

  return (SeedsClusterPoint) {
    (longitude + 180) / 360 * scale,
    (1 - log (tan (phi) + 1 / cos (phi)) / G_PI) / 2 * scale,
  };
}

/* Two communities in Delft, 400 m apart: one circle of 2 over the
 * province, two markers over the town. */
static void
test_zoom (void)
{
  SeedsClusterPoint points[2];
  g_autoptr(GArray) far = NULL;
  g_autoptr(GArray) near = NULL;

  points[0] = project (52.0116, 4.3571, 8);
  points[1] = project (52.0150, 4.3620, 8);
  far = seeds_marker_clusters_find (points, 2, RADIUS, NULL);
  g_assert_cmpuint (far->len, ==, 1);
  g_assert_cmpuint (cluster (far, 0)->size, ==, 2);

  points[0] = project (52.0116, 4.3571, 16);
  points[1] = project (52.0150, 4.3620, 16);
  near = seeds_marker_clusters_find (points, 2, RADIUS, NULL);
  g_assert_cmpuint (near->len, ==, 2);
  g_assert_cmpuint (cluster (near, 0)->size, ==, 1);
  g_assert_cmpuint (cluster (near, 1)->size, ==, 1);
}

/* Circles that would touch are one; circles just apart stay two, also
 * across the cells the search uses. */
static void
test_overlap (void)
{
  SeedsClusterPoint points[] = {
    { 10, 10 }, { 10 + 2 * RADIUS - 1, 10 },   /* overlap */
    { 100, 100 }, { 100 + 2 * RADIUS + 1, 100 }, /* apart */
    { 55.9, 300 }, { 56.1, 300 },               /* either side of a cell's edge */
  };
  guint cluster_of[G_N_ELEMENTS (points)];
  g_autoptr(GArray) clusters = seeds_marker_clusters_find (points, G_N_ELEMENTS (points), RADIUS,
                                                           cluster_of);

  g_assert_cmpuint (clusters->len, ==, 4);
  g_assert_cmpuint (cluster_of[0], ==, cluster_of[1]);
  g_assert_cmpuint (cluster_of[2], !=, cluster_of[3]);
  g_assert_cmpuint (cluster_of[4], ==, cluster_of[5]);
  g_assert_cmpuint (cluster (clusters, cluster_of[0])->size, ==, 2);
  g_assert_cmpuint (cluster (clusters, cluster_of[0])->first, ==, 0);
  g_assert_cmpfloat (cluster (clusters, cluster_of[1])->x, ==, 10);
  g_assert_cmpuint (cluster (clusters, cluster_of[4])->first, ==, 4);
}

/* No two circles drawn overlap, whatever the crowd; every marker is in
 * exactly one cluster. */
static void
test_crowd (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (15);
  g_autofree SeedsClusterPoint *points = g_new (SeedsClusterPoint, 10000);
  g_autofree guint *cluster_of = g_new (guint, 10000);
  g_autoptr(GArray) clusters = NULL;
  guint total = 0;

  for (guint i = 0; i < 10000; i++)
    points[i] = (SeedsClusterPoint) { g_rand_double_range (rand, 0, 1200),
                                      g_rand_double_range (rand, 0, 800) };
  clusters = seeds_marker_clusters_find (points, 10000, RADIUS, cluster_of);

  g_assert_cmpuint (clusters->len, >, 100);
  g_assert_cmpuint (clusters->len, <, 10000);
  for (guint i = 0; i < clusters->len; i++)
    {
      total += cluster (clusters, i)->size;
      for (guint j = i + 1; j < clusters->len; j++)
        g_assert_cmpfloat (hypot (cluster (clusters, i)->x - cluster (clusters, j)->x,
                                  cluster (clusters, i)->y - cluster (clusters,
                                                                      j)->y), >=, 2 * RADIUS);
    }
  g_assert_cmpuint (total, ==, 10000);
  for (guint i = 0; i < 10000; i++)
    g_assert_cmpfloat (hypot (cluster (clusters, cluster_of[i])->x - points[i].x,
                              cluster (clusters, cluster_of[i])->y - points[i].y), <, 2 * RADIUS);
}

static void
test_empty (void)
{
  g_autoptr(GArray) clusters = seeds_marker_clusters_find (NULL, 0, RADIUS, NULL);

  g_assert_cmpuint (clusters->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/marker-clusters/zoom", test_zoom);
  g_test_add_func ("/marker-clusters/overlap", test_overlap);
  g_test_add_func ("/marker-clusters/crowd", test_crowd);
  g_test_add_func ("/marker-clusters/empty", test_empty);

  return g_test_run ();
}
