/* seeds-poster-texts.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/seeds-catalog.h"
#include "model/seeds-framework.h"
#include "print/seeds-factor-code.h"

G_BEGIN_DECLS

#define SEEDS_POSTER_N_STEPS 3

/* The poster's own words, in its language: its title, how to use it,
 * with what its codes hold, and its footer. */
typedef struct
{
  char *title;
  char *step_headings[SEEDS_POSTER_N_STEPS];
  char *step_texts[SEEDS_POSTER_N_STEPS];
  char *a4_note;           /* on A4 only */
  char *dont_know;         /* the sticker cell after 1 … 5 */
  char *footer;            /* the app, the framework, the research */
  SeedsCodeContent code_content;  /* what step 3 says the codes hold */
} SeedsPosterTexts;

SeedsPosterTexts *seeds_poster_texts_new  (SeedsCatalog     *catalog,
                                           SeedsFramework   *framework,
                                           SeedsCodeContent  code_content);
void              seeds_poster_texts_free (SeedsPosterTexts *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SeedsPosterTexts, seeds_poster_texts_free)

G_END_DECLS
