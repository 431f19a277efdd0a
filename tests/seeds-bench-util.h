/* seeds-bench-util.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the benchmarks share: times in milliseconds, kept in a GArray of
 * doubles, and reported by their median. */

double seeds_bench_elapsed_ms (gint64  start);
void   seeds_bench_sort       (GArray *times);
double seeds_bench_median     (GArray *times);

G_END_DECLS
