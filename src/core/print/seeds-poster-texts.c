/* seeds-poster-texts.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "print/seeds-poster-texts.h"
#include "print/seeds-print.h"

/* What a scan shows, exactly: a promise of more would let the reader
 * down. */
static const char *
read_on (SeedsCatalog     *catalog,
         SeedsCodeContent  code_content)
{
  switch (code_content)
    {
    case SEEDS_CODE_TITLE:
      return T_(catalog, "Scan a factor’s code with your phone to see its title, without "
                         "internet. Then agree on your next steps.");
    case SEEDS_CODE_DEFINITION:
      return T_(catalog, "Scan a factor’s code with your phone to read its title and what it "
                         "means, without internet. Then agree on your next steps.");
    case SEEDS_CODE_LINK:
    default:
      return T_(catalog, "Scan a factor’s code with your phone to open its page: what it means, "
                         "the research’s findings and this app’s tips. Then agree on your next "
                         "steps.");
    }
}

/**
 * seeds_poster_texts_new:
 * @catalog: the poster's language
 * @framework: the framework on the poster, in that language
 * @code_content: what the factors' codes hold
 *
 * Returns: (transfer full): the poster's texts
 */
SeedsPosterTexts *
seeds_poster_texts_new (SeedsCatalog     *catalog,
                        SeedsFramework   *framework,
                        SeedsCodeContent  code_content)
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
  self->step_texts[2] = g_strdup (read_on (catalog, code_content));
  self->code_content = code_content;

  self->a4_note = g_strdup (T_(catalog, "On A4 this poster is for a small group, or a hand-out "
                                        "for everyone to score on their own."));
  /* Translators: the sticker cell for “don’t know”, after the cells 1 to 5 */
  self->dont_know = g_strdup (TC_(catalog, "don't know", "?"));
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
  g_free (self->footer);
  g_free (self);
}
