/* seeds-paper.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The paper sizes the poster comes in. */
typedef enum
{
  SEEDS_PAPER_A4,
  SEEDS_PAPER_A3,
  SEEDS_PAPER_A2,
  SEEDS_PAPER_A1,
} SeedsPaper;

#define SEEDS_N_PAPERS (SEEDS_PAPER_A1 + 1)

/* Millimetres in points. */
#define SEEDS_MM(mm) ((mm) * 72.0 / 25.4)

const char *seeds_paper_get_name        (SeedsPaper   paper);
gboolean    seeds_paper_from_name       (const char  *name,
                                         SeedsPaper  *paper);
void        seeds_paper_get_size        (SeedsPaper   paper,
                                         gboolean     landscape,
                                         double      *width,
                                         double      *height);
double      seeds_paper_get_scale       (SeedsPaper   paper);
double      seeds_paper_get_min_cell_mm (SeedsPaper   paper);

G_END_DECLS
