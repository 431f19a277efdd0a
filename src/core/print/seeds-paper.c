/* seeds-paper.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "print/seeds-paper.h"

static const struct
{
  const char *name;
  double      width_mm;
  double      height_mm;
  double      min_cell_mm;  /* a sticker cell: see seeds_paper_get_min_cell_mm() */
} papers[] = {
  [SEEDS_PAPER_A4] = { "A4", 210, 297, 8 },
  [SEEDS_PAPER_A3] = { "A3", 297, 420, 12 },
  [SEEDS_PAPER_A2] = { "A2", 420, 594, 20 },
  [SEEDS_PAPER_A1] = { "A1", 594, 841, 20 },
};

G_STATIC_ASSERT (G_N_ELEMENTS (papers) == SEEDS_N_PAPERS);

/**
 * seeds_paper_get_name:
 *
 * Returns: the paper's name, as "A4"
 */
const char *
seeds_paper_get_name (SeedsPaper paper)
{
  g_return_val_if_fail (paper < SEEDS_N_PAPERS, NULL);

  return papers[paper].name;
}

/**
 * seeds_paper_from_name:
 * @name: a paper's name, as "a2" or "A2"
 * @paper: (out): the paper
 *
 * Returns: whether @name is one of the poster's paper sizes
 */
gboolean
seeds_paper_from_name (const char *name,
                       SeedsPaper *paper)
{
  g_return_val_if_fail (paper != NULL, FALSE);

  for (guint i = 0; name != NULL && i < SEEDS_N_PAPERS; i++)
    if (g_ascii_strcasecmp (name, papers[i].name) == 0)
      {
        *paper = i;
        return TRUE;
      }

  return FALSE;
}

/**
 * seeds_paper_get_size:
 * @paper: a paper size
 * @landscape: whether the long side is horizontal
 * @width: (out) (optional): the width, in points
 * @height: (out) (optional): the height, in points
 */
void
seeds_paper_get_size (SeedsPaper  paper,
                      gboolean    landscape,
                      double     *width,
                      double     *height)
{
  double short_side;
  double long_side;

  g_return_if_fail (paper < SEEDS_N_PAPERS);

  short_side = SEEDS_MM (papers[paper].width_mm);
  long_side = SEEDS_MM (papers[paper].height_mm);

  if (width != NULL)
    *width = landscape ? long_side : short_side;
  if (height != NULL)
    *height = landscape ? short_side : long_side;
}

/**
 * seeds_paper_get_scale:
 *
 * Returns: how much larger than A4 @paper is, side by side: 1 for A4
 */
double
seeds_paper_get_scale (SeedsPaper paper)
{
  g_return_val_if_fail (paper < SEEDS_N_PAPERS, 1);

  return papers[paper].width_mm / papers[SEEDS_PAPER_A4].width_mm;
}

/**
 * seeds_paper_get_min_cell_mm:
 *
 * Returns: the smallest width of a sticker cell on @paper, in millimetres:
 *   on posters (A2, A1) a dot sticker of up to 19 mm fits; A3 takes the
 *   common 12 mm ones; A4 is for a small group or a hand-out
 */
double
seeds_paper_get_min_cell_mm (SeedsPaper paper)
{
  g_return_val_if_fail (paper < SEEDS_N_PAPERS, 0);

  return papers[paper].min_cell_mm;
}
