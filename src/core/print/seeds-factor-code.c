/* seeds-factor-code.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "print/seeds-factor-code.h"

/**
 * seeds_code_content_for_paper:
 * @paper: the poster's paper
 * @linked: whether the codes link to the factor site
 *
 * What the codes of a poster on @paper hold. A code's side grows with the
 * paper, its modules stay at least SEEDS_POSTER_MIN_MODULE_MM and its
 * version at most 25, at error correction level M (see seeds-poster-grid.c):
 * versions 6, 9, 15 and 24 from A4 to A1, for about 100, 180, 410 and
 * 910 bytes. The longest title, in Dutch, takes 85 bytes; a title with
 * its definition at most about 370; all findings as well about 1,300,
 * more than even A1 holds. So A4 and A3 hold the title, A2 and A1 the
 * definition too, and the findings and the app's tips are on the factor
 * site only.
 *
 * Returns: what every code of such a poster holds
 */
SeedsCodeContent
seeds_code_content_for_paper (SeedsPaper paper,
                              gboolean   linked)
{
  if (linked)
    return SEEDS_CODE_LINK;

  return paper >= SEEDS_PAPER_A2 ? SEEDS_CODE_DEFINITION : SEEDS_CODE_TITLE;
}

static char *
code_text (SeedsFactor      *factor,
           SeedsCodeContent  content,
           const char       *url)
{
  guint number = seeds_factor_get_position (factor) + 1;

  switch (content)
    {
    case SEEDS_CODE_TITLE:
      return g_strdup_printf ("%u. %s", number, seeds_factor_get_title (factor));
    case SEEDS_CODE_DEFINITION:
      return g_strdup_printf ("%u. %s\n%s", number, seeds_factor_get_title (factor),
                              seeds_factor_get_definition (factor));
    case SEEDS_CODE_LINK:
    default:
      return g_strdup (url);
    }
}

/**
 * seeds_factor_code_new:
 * @factor: the factor
 * @content: what the code holds
 * @url: (nullable): its page on the factor site, for %SEEDS_CODE_LINK
 * @max_version: the largest version the code may have
 *
 * Returns: (transfer full): the code; its text is %NULL when @content does
 *   not fit in a code of @max_version: rather no code than a cut one
 */
SeedsFactorCode *
seeds_factor_code_new (SeedsFactor      *factor,
                       SeedsCodeContent  content,
                       const char       *url,
                       guint             max_version)
{
  SeedsFactorCode *self = g_new0 (SeedsFactorCode, 1);
  g_autofree char *text = NULL;

  g_return_val_if_fail (SEEDS_IS_FACTOR (factor), self);
  g_return_val_if_fail (content != SEEDS_CODE_LINK || url != NULL, self);

  self->content = content;
  self->max_version = max_version;

  text = code_text (factor, content, url);
  self->code = seeds_qr_code_new (text, max_version);
  if (self->code != NULL)
    self->text = g_steal_pointer (&text);

  return self;
}

void
seeds_factor_code_free (SeedsFactorCode *self)
{
  if (self == NULL)
    return;

  g_free (self->text);
  seeds_qr_code_free (self->code);
  g_free (self);
}
