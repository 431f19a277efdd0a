/* seeds-marker-clusters.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "model/seeds-marker-clusters.h"

/* Greedy, in the order given: a marker joins the first cluster whose
 * centre is closer than two radii (their circles would overlap), else it
 * starts one of its own. The centres then never overlap one another. A
 * grid of cells two radii wide finds the clusters near a marker, so that
 * ten thousand markers take milliseconds rather than seconds: a centre
 * closer than two radii is in the marker's cell or one next to it. */

typedef struct
{
  gint64 column;
  gint64 row;
} Cell;

static guint
cell_hash (gconstpointer key)
{
  const Cell *cell = key;

  return g_int64_hash (&cell->column) * 31 + g_int64_hash (&cell->row);
}

static gboolean
cell_equal (gconstpointer a,
            gconstpointer b)
{
  const Cell *cell_a = a, *cell_b = b;

  return cell_a->column == cell_b->column && cell_a->row == cell_b->row;
}

static Cell
cell_of (const SeedsClusterPoint *point,
         double                   size)
{
  return (Cell) { (gint64) floor (point->x / size), (gint64) floor (point->y / size) };
}

/* The cluster near @point, or G_MAXUINT: the first made, so that the
 * answer does not depend on the order of a cell's neighbours */
static guint
find_near (GHashTable              *grid,
           GArray                  *clusters,
           const SeedsClusterPoint *point,
           double                   size)
{
  Cell centre = cell_of (point, size);
  guint found = G_MAXUINT;

  for (int dx = -1; dx <= 1; dx++)
    for (int dy = -1; dy <= 1; dy++)
      {
        Cell cell = { centre.column + dx, centre.row + dy };
        GArray *members = g_hash_table_lookup (grid, &cell);

        for (guint i = 0; members != NULL && i < members->len; i++)
          {
            guint index = g_array_index (members, guint, i);
            SeedsMarkerCluster *cluster = &g_array_index (clusters, SeedsMarkerCluster, index);

            if (index < found && hypot (cluster->x - point->x, cluster->y - point->y) < size)
              found = index;
          }
      }

  return found;
}

static guint
add_cluster (GHashTable              *grid,
             GArray                  *clusters,
             const SeedsClusterPoint *point,
             guint                    first,
             double                   size)
{
  SeedsMarkerCluster cluster = { point->x, point->y, 0, first };
  Cell cell = cell_of (point, size);
  GArray *members = g_hash_table_lookup (grid, &cell);
  guint index = clusters->len;

  if (members == NULL)
    {
      members = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (grid, g_memdup2 (&cell, sizeof cell), members);
    }
  g_array_append_val (members, index);
  g_array_append_val (clusters, cluster);

  return index;
}

/**
 * seeds_marker_clusters_find:
 * @points: (array length=n_points): where each marker is drawn
 * @radius: the radius of a marker's circle, more than 0
 * @cluster_of: (out caller-allocates) (array length=n_points) (optional):
 *   the index of each marker's cluster
 *
 * Returns: (transfer full) (element-type SeedsMarkerCluster): the clusters,
 *   in the order of their first markers
 */
GArray *
seeds_marker_clusters_find (const SeedsClusterPoint *points,
                            guint                    n_points,
                            double                   radius,
                            guint                   *cluster_of)
{
  g_autoptr(GHashTable) grid = NULL;
  GArray *clusters;
  double size = 2 * radius;

  g_return_val_if_fail (points != NULL || n_points == 0, NULL);
  g_return_val_if_fail (radius > 0, NULL);

  grid = g_hash_table_new_full (cell_hash, cell_equal, g_free, (GDestroyNotify) g_array_unref);
  clusters = g_array_new (FALSE, FALSE, sizeof (SeedsMarkerCluster));

  for (guint i = 0; i < n_points; i++)
    {
      guint index = find_near (grid, clusters, &points[i], size);

      if (index == G_MAXUINT)
        index = add_cluster (grid, clusters, &points[i], i, size);
      g_array_index (clusters, SeedsMarkerCluster, index).size++;
      if (cluster_of != NULL)
        cluster_of[i] = index;
    }

  return clusters;
}
