/* seeds-poster-texts.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "print/seeds-poster-texts.h"
#include "print/seeds-print.h"

/**
 * seeds_poster_texts_new:
 * @catalog: the poster's language
 * @framework: the framework on the poster, in that language
 * @linked: whether the codes link to the factors' pages, rather than
 *   holding their explanation
 *
 * Returns: (transfer full): the poster's texts
 */
SeedsPosterTexts *
seeds_poster_texts_new (SeedsCatalog   *catalog,
                        SeedsFramework *framework,
                        gboolean        linked)
{
  SeedsPosterTexts *self = g_new0 (SeedsPosterTexts, 1);

  self->title = g_strdup (T_(catalog, "Seeds of Innovation"));

  /* Translators: the first step of using the poster, as a heading */
  self->step_headings[0] = g_strdup (T_(catalog, "Score"));
  self->step_texts[0] =
    g_strdup (T_(catalog, "Everyone puts one sticker on each factor’s scale: from 1, not at all, "
                          "to 5, completely, or on ? if you don’t know."));
  /* Translators: the second step of using the poster, as a heading */
  self->step_headings[1] = g_strdup (T_(catalog, "Talk"));
  self->step_texts[1] =
    g_strdup (T_(catalog, "Look at the stickers together. Start with the factors that score low, "
                          "and those where the stickers are far apart: a low score is a chance "
                          "to grow, not a failure."));
  /* Translators: the third step of using the poster, as a heading */
  self->step_headings[2] = g_strdup (T_(catalog, "Read On"));
  if (!linked)
    self->step_texts[2] =
      g_strdup (T_(catalog, "Scan a factor’s code with your phone: it shows what the factor "
                            "means, with as many of the research’s key findings and tips as fit "
                            "in it, without internet. Then agree on your next steps."));
  else
    self->step_texts[2] =
      g_strdup (T_(catalog, "Scan a factor’s code with your phone to open its page, with the key "
                            "findings of the research and tips to move on. Then agree on your "
                            "next steps."));

  self->a4_note = g_strdup (T_(catalog, "On A4 this poster is for a small group, or a hand-out "
                                        "for everyone to score on their own."));
  /* Translators: the sticker cell for “don’t know”, after the cells 1 to 5 */
  self->dont_know = g_strdup (TC_(catalog, "don't know", "?"));
  self->findings_heading = g_strdup (T_(catalog, "Key Findings"));
  self->tips_heading = g_strdup (T_(catalog, "Tips to Move On"));
  self->footer = seeds_print_credit (catalog, framework, " · ");

  return self;
}

void
seeds_poster_texts_free (SeedsPosterTexts *self)
{
  if (self == NULL)
    return;

  g_free (self->title);
  for (guint i = 0; i < SEEDS_POSTER_N_STEPS; i++)
    {
      g_free (self->step_headings[i]);
      g_free (self->step_texts[i]);
    }
  g_free (self->a4_note);
  g_free (self->dont_know);
  g_free (self->findings_heading);
  g_free (self->tips_heading);
  g_free (self->footer);
  g_free (self);
}
