/* seeds-factor-code.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "print/seeds-factor-code.h"

/* A shortened definition keeps at least this many words. */
#define MIN_WORDS 4

/* What the explanation is made of. */
typedef struct
{
  SeedsFactor *factor;
  const char  *findings_heading;
  const char  *tips_heading;
} Explanation;

static guint
count_items (SeedsFactor *factor)
{
  const char * const *findings = seeds_factor_get_findings (factor);
  const char * const *tips = seeds_factor_get_tips (factor);

  return (findings != NULL ? g_strv_length ((char **)findings) : 0) +
         (tips != NULL ? g_strv_length ((char **)tips) : 0);
}

/* The explanation with the first n_items findings and tips, findings
 * first, and "…" when some are left out. A shortened title or definition
 * ends in "…" itself. */
static char *
explanation (const Explanation *e,
             const char        *title,
             const char        *definition,
             guint              n_items,
             gboolean           shortened)
{
  const char * const *findings = seeds_factor_get_findings (e->factor);
  const char * const *tips = seeds_factor_get_tips (e->factor);
  guint n_findings = findings != NULL ? g_strv_length ((char **)findings) : 0;
  guint n_tips = tips != NULL ? g_strv_length ((char **)tips) : 0;
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "%u. %s", seeds_factor_get_position (e->factor) + 1, title);
  if (definition != NULL)
    g_string_append_printf (text, "\n%s", definition);

  for (guint i = 0; i < n_items && i < n_findings + n_tips; i++)
    {
      if (i == 0 && n_findings > 0)
        g_string_append_printf (text, "\n\n%s", e->findings_heading);
      if (i == n_findings)
        g_string_append_printf (text, "\n\n%s", e->tips_heading);
      g_string_append_printf (text, "\n• %s",
                              i < n_findings ? findings[i] : tips[i - n_findings]);
    }

  if (!shortened && n_items < n_findings + n_tips)
    g_string_append (text, "\n…");

  return g_string_free (text, FALSE);
}

/* The first n_words words of text, and "…"; fewer than it has. */
static char *
first_words (const char *text,
             guint       n_words)
{
  const char *end = text;

  for (guint i = 0; i < n_words && *end != '\0'; i++)
    {
      end = strchr (end + 1, ' ');
      if (end == NULL)
        return g_strdup (text);
    }

  return g_strdup_printf ("%.*s…", (int)(end - text), text);
}

static guint
count_words (const char *text)
{
  guint n = 1;

  for (const char *p = text; *p != '\0'; p++)
    n += *p == ' ';

  return n;
}

static char *
with_items (const Explanation *e,
            guint              n)
{
  return explanation (e, seeds_factor_get_title (e->factor),
                      seeds_factor_get_definition (e->factor), n, FALSE);
}

static char *
with_definition_words (const Explanation *e,
                       guint              n)
{
  g_autofree char *definition = first_words (seeds_factor_get_definition (e->factor), n);

  return explanation (e, seeds_factor_get_title (e->factor), definition, 0, TRUE);
}

static char *
with_title (const Explanation *e,
            guint              n)
{
  return explanation (e, seeds_factor_get_title (e->factor), NULL, 0, FALSE);
}

static char *
with_title_words (const Explanation *e,
                  guint              n)
{
  g_autofree char *title = first_words (seeds_factor_get_title (e->factor), n);

  return explanation (e, title, NULL, 0, TRUE);
}

/* The longest of the shortened texts, made by shorten (e, n) for n from
 * least to most, for which fits() holds: they grow with n. */
typedef char *(*Shorten) (const Explanation *e,
                          guint              n);
typedef gboolean (*Fits) (const char *text,
                          guint       max_version);

static char *
find_longest (const Explanation *e,
              Shorten            shorten,
              guint              least,
              guint              most,
              Fits               fits,
              guint              max_version)
{
  guint low = least;
  guint high = most + 1;  /* the first n that does not fit */
  char *best = NULL;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      g_autofree char *text = shorten (e, middle);

      if (fits (text, max_version))
        {
          g_free (best);
          best = g_steal_pointer (&text);
          low = middle + 1;
        }
      else
        {
          high = middle;
        }
    }

  return best;
}

static gboolean
encodes (const char *text,
         guint       max_version)
{
  g_autoptr(SeedsQrCode) code = seeds_qr_code_new (text, max_version);

  return code != NULL;
}

/* Whether a text fits is counted rather than encoded, and only the text
 * chosen is encoded; should the count ever disagree with the encoder,
 * the encoder decides. */
static gboolean
fit_longest (const Explanation *e,
             Shorten            shorten,
             guint              least,
             guint              most,
             SeedsFactorCode   *self)
{
  g_autofree char *best = find_longest (e, shorten, least, most, seeds_qr_code_fits,
                                        self->max_version);

  if (best != NULL && (self->code = seeds_qr_code_new (best, self->max_version)) == NULL)
    {
      g_clear_pointer (&best, g_free);
      best = find_longest (e, shorten, least, most, encodes, self->max_version);
      if (best != NULL)
        self->code = seeds_qr_code_new (best, self->max_version);
    }

  if (self->code == NULL)
    return FALSE;

  self->text = g_steal_pointer (&best);
  return TRUE;
}

/* Its explanation with as much as fits, dropping tips and findings from
 * the end first, then words of the definition, then of the title; the
 * number alone when not even a word fits. */
static void
fit_explanation (SeedsFactorCode   *self,
                 const Explanation *e)
{
  const char *definition = seeds_factor_get_definition (e->factor);
  const char *title = seeds_factor_get_title (e->factor);
  g_autofree char *number = NULL;

  /* A definition of a word or two says nothing: rather none. */
  if (fit_longest (e, with_items, 0, count_items (e->factor), self) ||
      fit_longest (e, with_definition_words, MIN_WORDS, count_words (definition) - 1, self) ||
      fit_longest (e, with_title, 0, 0, self) ||
      fit_longest (e, with_title_words, 1, count_words (title) - 1, self))
    return;

  number = g_strdup_printf ("%u", seeds_factor_get_position (e->factor) + 1);
  self->code = seeds_qr_code_new (number, self->max_version);
  if (self->code != NULL)
    self->text = g_steal_pointer (&number);
}

/**
 * seeds_factor_code_new:
 * @factor: the factor
 * @url: (nullable): its page on the factor site, or %NULL for a code that
 *   holds its explanation
 * @findings_heading: the heading of the key findings, in the poster's
 *   language
 * @tips_heading: the heading of the tips
 * @max_version: the largest version the code may have
 *
 * Returns: (transfer full): the code; its text is %NULL when nothing fits
 */
SeedsFactorCode *
seeds_factor_code_new (SeedsFactor *factor,
                       const char  *url,
                       const char  *findings_heading,
                       const char  *tips_heading,
                       guint        max_version)
{
  SeedsFactorCode *self = g_new0 (SeedsFactorCode, 1);
  Explanation e = { factor, findings_heading, tips_heading };

  g_return_val_if_fail (SEEDS_IS_FACTOR (factor), self);

  self->max_version = max_version;

  if (url == NULL)
    {
      fit_explanation (self, &e);
    }
  else if ((self->code = seeds_qr_code_new (url, max_version)) != NULL)
    {
      self->text = g_strdup (url);
    }

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
