/* seeds-bench-database.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A large database for the start-up benchmark, made with bulk inserts
 * rather than through the store's API, which would take hours at this
 * size. */

typedef struct
{
  guint   n_communities;
  guint   n_meetings;      /* per community, a month apart */
  guint   n_participants;  /* per community, who all come every time */
  guint32 seed;
} SeedsBenchDatabase;

gboolean seeds_bench_database_ensure (const SeedsBenchDatabase  *shape,
                                      const char                *path,
                                      GError                   **error);

G_END_DECLS
