/* seeds-bench-util.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "seeds-bench-util.h"

/* Milliseconds since @start, a g_get_monotonic_time() */
double
seeds_bench_elapsed_ms (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Fastest first */
void
seeds_bench_sort (GArray *times)
{
  g_array_sort (times, compare_doubles);
}

/* Sorts @times, and returns the middle one */
double
seeds_bench_median (GArray *times)
{
  g_return_val_if_fail (times->len > 0, 0);

  seeds_bench_sort (times);

  return g_array_index (times, double, times->len / 2);
}
