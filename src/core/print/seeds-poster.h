/* seeds-poster.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "model/seeds-framework.h"
#include "model/seeds-framework-entry.h"
#include "print/seeds-paper.h"

G_BEGIN_DECLS

/* The poster for scoring offline with stickers: a title, how to use it,
 * and the twelve factors in their groups, each with its number, title and
 * definition, a scale from 1 to 5 and "?" with room for a dot sticker per
 * score, and a QR code with as much of the factor's explanation as
 * seeds_code_content_for_paper() says, which the poster's text tells (or,
 * with a base URL, a link to its page on the site of seeds-factor-site.h).
 *
 * Everything is positioned from measured text: seeds_poster_layout() lays
 * the poster out for a paper size, shrinks the text a little where a
 * language needs more room, and says whether everything fits: no text runs
 * out of its box or has a word cut, and no box overlaps another. The boxes
 * are public, so that tests and print previews can check and find them.
 *
 *   poster = seeds_poster_new ("nl", NULL, &error);
 *   if (!seeds_poster_layout (poster, SEEDS_PAPER_A2, FALSE, &error) ||
 *       !seeds_poster_write_pdf (poster, "poster.pdf", &error))
 *     …
 *
 * With GtkPrintOperation: the unit points, the full page (the poster has
 * its own margins), one page, and seeds_poster_draw() in draw-page.
 */

typedef enum
{
  SEEDS_POSTER_BOX_TEXT,     /* a piece of text */
  SEEDS_POSTER_BOX_BADGE,    /* a factor's number in its circle */
  SEEDS_POSTER_BOX_CELL,     /* a place for stickers: one of 1 … 5 and "?" */
  SEEDS_POSTER_BOX_QR_CODE,  /* a code with its quiet zone */
  SEEDS_POSTER_BOX_FACTOR,   /* a factor's tile, around all of its other boxes */
  SEEDS_POSTER_BOX_PICTURE,  /* the sprout by the title */
} SeedsPosterBoxKind;

typedef struct
{
  SeedsPosterBoxKind kind;
  int                factor;  /* the factor's position, or -1 for the poster's own */
  double             x;       /* points, from the top left of the page */
  double             y;
  double             width;
  double             height;
  double             module;  /* of a QR code: the side of one module */
} SeedsPosterBox;

/* The smallest module of a QR code that phones read well on paper. */
#define SEEDS_POSTER_MIN_MODULE_MM 0.5

#define SEEDS_TYPE_POSTER (seeds_poster_get_type ())

G_DECLARE_FINAL_TYPE (SeedsPoster, seeds_poster, SEEDS, POSTER, GObject)

SeedsPoster          *seeds_poster_new            (const char   *language,
                                                   const char   *base_url,
                                                   GError      **error);
SeedsPoster          *seeds_poster_new_for_framework
                                                  (SeedsFramework *framework,
                                                   const char     *language,
                                                   const char     *base_url,
                                                   GError        **error);
const char           *seeds_poster_get_language   (SeedsPoster  *self);
const char           *seeds_poster_get_base_url   (SeedsPoster  *self);
SeedsFramework       *seeds_poster_get_framework  (SeedsPoster  *self);
gboolean              seeds_poster_set_framework  (SeedsPoster  *self,
                                                   SeedsFrameworkEntry *framework,
                                                   GError      **error);
gboolean              seeds_poster_layout         (SeedsPoster  *self,
                                                   SeedsPaper    paper,
                                                   gboolean      landscape,
                                                   GError      **error);
void                  seeds_poster_get_size       (SeedsPoster  *self,
                                                   double       *width,
                                                   double       *height);
double                seeds_poster_get_text_scale (SeedsPoster  *self);
const SeedsPosterBox *seeds_poster_get_boxes      (SeedsPoster  *self,
                                                   guint        *n_boxes);
const char           *seeds_poster_get_code_text  (SeedsPoster  *self,
                                                   guint         factor);
void                  seeds_poster_draw           (SeedsPoster  *self,
                                                   cairo_t      *cr);
GBytes               *seeds_poster_to_pdf         (SeedsPoster  *self,
                                                   GError      **error);
gboolean              seeds_poster_write_pdf      (SeedsPoster  *self,
                                                   const char   *path,
                                                   GError      **error);

G_END_DECLS
