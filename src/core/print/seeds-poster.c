/* seeds-poster.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "print/seeds-factor-site.h"
#include "model/seeds-catalog.h"
#include "model/seeds-language.h"
#include "print/seeds-poster.h"
#include "print/seeds-print.h"
#include "print/seeds-qr-code.h"

/* The poster is designed for A4 and scaled up in proportion for larger
 * paper, so that it reads the same from further away; margins and gaps
 * grow more slowly (with the square root of the scale), and the sticker
 * cells have minimum sizes of their own (seeds_paper_get_min_cell_mm()).
 *
 * Portrait paper has two columns of factor tiles, landscape four: a row of
 * tiles has a label above it for each group in it, and each part of the
 * framework starts a new row under its heading. A tile has the factor's
 * number, title and definition at the top left, its QR code at the top
 * right, and the sticker scale along the bottom: beside the code when the
 * tile is wide enough, below it otherwise. A definition longer than the
 * code is tall goes on below it at the tile's full width.
 *
 * The QR code of a factor is at most CODE_MM wide (scaled), and holds as
 * much of the factor's explanation as fits in a code whose modules are at
 * least SEEDS_POSTER_MIN_MODULE_MM, up to version MAX_CODE_VERSION: about
 * the title on A4, the definition on A3, a finding on A2, more on A1.
 *
 * Everything is positioned from measured text: every text is laid out with
 * Pango at its size, the tiles of a row are as tall as the tallest, and
 * what is left of the page goes to taller sticker cells, then to air
 * between the rows. When the text does not fit, it shrinks a step at a
 * time, down to 0.72 (N_TEXT_SCALES); below that, the poster does not fit and
 * seeds_poster_layout() says what is wrong. */

#define MM(mm) ((mm) * 72.0 / 25.4)

/* On A4, in millimetres. */
#define MARGIN_MM       9.0
#define GUTTER_MM       4.0   /* between columns */
#define PAD_MM          2.5   /* inside a tile */
#define ROW_GAP_MM      2.5   /* between rows of tiles */
#define SECTION_GAP_MM  4.5   /* before a part's heading */
#define CELL_MM         8.0   /* a sticker cell's width */
#define CODE_MM        22.0   /* a QR code's side, with its quiet zone, at most */

#define CELL_GAP          0.1   /* between cells, of a cell's width */
#define DONT_KNOW_GAP     0.35  /* before the "?" cell, of a cell's width */
#define MAX_CELL_STRETCH  0.75  /* cells grow taller with the room left, up to this much */
#define MAX_EXTRA_GAP     1.5   /* then the gaps between rows, up to this many times */

#define TEXT_SCALE_STEP  0.04
#define N_TEXT_SCALES    8     /* down to 0.72 */

/* A shortened definition keeps at least this many words. */
#define MIN_WORDS 4

/* The largest QR code: denser codes are hard to scan with a phone. */
#define MAX_CODE_VERSION 25

#define N_STEPS 3
#define N_CELLS 6  /* 1 … 5 and "?" */

/* Colour is used sparingly, and everything also reads in black and white:
 * the accent is dark enough to print as a dark grey. */
static const SeedsPrintColor ink = { 0.141, 0.122, 0.192 };        /* #241f31 */
static const SeedsPrintColor muted = { 0.369, 0.361, 0.392 };      /* #5e5c64 */
static const SeedsPrintColor accent = { 0.122, 0.431, 0.263 };     /* #1f6e43 */
static const SeedsPrintColor frame = { 0.753, 0.749, 0.737 };      /* #c0bfbc */
static const SeedsPrintColor cell_line = { 0.604, 0.600, 0.588 };  /* #9a9996 */
static const SeedsPrintColor tint = { 0.922, 0.957, 0.933 };       /* #ebf4ee */
static const SeedsPrintColor white = { 1, 1, 1 };

typedef enum
{
  TEXT_TITLE,
  TEXT_SUBTITLE,
  TEXT_STEP_NUMBER,
  TEXT_STEP_HEADING,
  TEXT_QUESTION,
  TEXT_STEP,
  TEXT_NOTE,
  TEXT_PART,
  TEXT_GROUP,
  TEXT_NUMBER,
  TEXT_FACTOR_TITLE,
  TEXT_DEFINITION,
  TEXT_DIGIT,
  TEXT_FOOTER,
} TextKind;

/* Sizes on A4, in points; all left-aligned. */
static const SeedsPrintStyle text_styles[] = {
  [TEXT_TITLE]        = { 26,  PANGO_WEIGHT_ULTRABOLD, PANGO_STYLE_NORMAL, &accent },
  [TEXT_SUBTITLE]     = { 11,  PANGO_WEIGHT_NORMAL,    PANGO_STYLE_NORMAL, &ink },
  [TEXT_STEP_NUMBER]  = { 18,  PANGO_WEIGHT_ULTRABOLD, PANGO_STYLE_NORMAL, &accent },
  [TEXT_STEP_HEADING] = { 10,  PANGO_WEIGHT_BOLD,      PANGO_STYLE_NORMAL, &ink },
  [TEXT_QUESTION]     = { 8,   PANGO_WEIGHT_BOLD,      PANGO_STYLE_ITALIC, &ink },
  [TEXT_STEP]         = { 8,   PANGO_WEIGHT_NORMAL,    PANGO_STYLE_NORMAL, &ink },
  [TEXT_NOTE]         = { 7.5, PANGO_WEIGHT_NORMAL,    PANGO_STYLE_ITALIC, &muted },
  [TEXT_PART]         = { 13,  PANGO_WEIGHT_BOLD,      PANGO_STYLE_NORMAL, &ink },
  [TEXT_GROUP]        = { 7.5, PANGO_WEIGHT_BOLD,      PANGO_STYLE_NORMAL, &accent },
  [TEXT_NUMBER]       = { 9,   PANGO_WEIGHT_BOLD,      PANGO_STYLE_NORMAL, &white },
  [TEXT_FACTOR_TITLE] = { 9.5, PANGO_WEIGHT_BOLD,      PANGO_STYLE_NORMAL, &ink },
  [TEXT_DEFINITION]   = { 7.5, PANGO_WEIGHT_NORMAL,    PANGO_STYLE_NORMAL, &ink },
  [TEXT_DIGIT]        = { 7,   PANGO_WEIGHT_BOLD,      PANGO_STYLE_NORMAL, &muted },
  [TEXT_FOOTER]       = { 6.5, PANGO_WEIGHT_NORMAL,    PANGO_STYLE_NORMAL, &muted },
};

G_STATIC_ASSERT (G_N_ELEMENTS (text_styles) == TEXT_FOOTER + 1);

typedef enum
{
  DRAW_TEXT,
  DRAW_BADGE,
  DRAW_CELL,
  DRAW_DONT_KNOW,
  DRAW_CODE,
  DRAW_TILE,
  DRAW_RULE,
  DRAW_SPROUT,
  DRAW_PANEL,
} DrawKind;

/* Something on the page. Rules and panels are decoration and not boxes:
 * they may run along or behind a box. */
typedef struct
{
  DrawKind               draw;
  int                    factor;
  double                 x, y, width, height;
  PangoLayout           *layout;   /* the text, the badge's number, the cell's digit */
  const SeedsPrintColor *color;
  double                 line_width;
} Item;

/* A factor's QR code, for the largest version its box allows. */
typedef struct
{
  guint        max_version;
  char        *text;
  SeedsQrCode *code;
} Code;

typedef struct
{
  double scale;          /* of the paper: 1 on A4 */
  double text_scale;     /* of the text, for a language that needs more room */
  double em;             /* of what goes with the text: scale × text_scale */
  double space;          /* of margins and gaps: they need not grow as fast */
  double left, top, right, bottom;
  guint  columns;
  double gutter, pad, row_gap, section_gap, extra_gap;
  double cell_width, cell_height, cell_gap, dont_know_gap;
  double code, min_code, min_module;
} Metrics;

struct _SeedsPoster
{
  GObject         parent_instance;

  char           *language;
  char           *base_url;       /* NULL: the codes hold the explanation itself */
  SeedsFramework *framework;

  /* The poster's own texts, in its language. */
  char           *title;
  char           *step_headings[N_STEPS];
  char           *step_texts[N_STEPS];
  char           *a4_note;
  char           *dont_know;
  char           *findings_heading;
  char           *tips_heading;
  char           *footer;

  /* From seeds_poster_layout(). */
  SeedsPaper      paper;
  gboolean        landscape;
  double          width;
  double          height;
  double          text_scale;
  PangoContext   *context;
  GPtrArray      *items;          /* of Item */
  GArray         *boxes;          /* of SeedsPosterBox */
  GArray         *codes;          /* of Code, one per factor */
  guint           n_rows;
  guint           n_gaps;
};

G_DEFINE_FINAL_TYPE (SeedsPoster, seeds_poster, G_TYPE_OBJECT)

static const struct
{
  const char *name;
  double      width_mm;
  double      height_mm;
  double      min_cell_mm;
} papers[] = {
  [SEEDS_PAPER_A4] = { "A4", 210, 297, CELL_MM },
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

  short_side = MM (papers[paper].width_mm);
  long_side = MM (papers[paper].height_mm);

  if (width != NULL)
    *width = landscape ? long_side : short_side;
  if (height != NULL)
    *height = landscape ? short_side : long_side;
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

static void
item_free (gpointer data)
{
  Item *item = data;

  g_clear_object (&item->layout);
  g_free (item);
}

static void
code_clear (gpointer data)
{
  Code *code = data;

  g_clear_pointer (&code->text, g_free);
  g_clear_pointer (&code->code, seeds_qr_code_free);
}

static void
seeds_poster_finalize (GObject *object)
{
  SeedsPoster *self = (SeedsPoster *)object;

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->boxes, g_array_unref);
  g_clear_pointer (&self->codes, g_array_unref);
  g_clear_object (&self->context);
  g_clear_object (&self->framework);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->base_url, g_free);
  g_clear_pointer (&self->title, g_free);
  for (guint i = 0; i < N_STEPS; i++)
    {
      g_clear_pointer (&self->step_headings[i], g_free);
      g_clear_pointer (&self->step_texts[i], g_free);
    }
  g_clear_pointer (&self->a4_note, g_free);
  g_clear_pointer (&self->dont_know, g_free);
  g_clear_pointer (&self->findings_heading, g_free);
  g_clear_pointer (&self->tips_heading, g_free);
  g_clear_pointer (&self->footer, g_free);

  G_OBJECT_CLASS (seeds_poster_parent_class)->finalize (object);
}

static void
seeds_poster_class_init (SeedsPosterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = seeds_poster_finalize;
}

static void
seeds_poster_init (SeedsPoster *self)
{
  self->items = g_ptr_array_new_with_free_func (item_free);
  self->boxes = g_array_new (FALSE, TRUE, sizeof (SeedsPosterBox));
  self->codes = g_array_new (FALSE, TRUE, sizeof (Code));
  g_array_set_clear_func (self->codes, code_clear);
}

/* ------------------------------------------------------------------------
 * The texts, in the poster's language
 */

static void
make_texts (SeedsPoster  *self,
            SeedsCatalog *catalog)
{
  GString *footer;

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
  if (self->base_url == NULL)
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

  footer = g_string_new (T_(catalog, "Seeds of Innovation"));
  g_string_append_printf (footer, " · %s", seeds_framework_get_name (self->framework));
  if (seeds_framework_get_source (self->framework) != NULL)
    {
      g_autofree char *credit = NULL;

      /* Translators: %s is a citation of the research that a framework comes from */
      credit = g_strdup_printf (T_(catalog, "Source: %s"),
                                seeds_framework_get_source (self->framework));
      g_string_append_printf (footer, " · %s", credit);
    }
  self->footer = g_string_free (footer, FALSE);
}

/**
 * seeds_poster_new:
 * @language: (nullable): the poster's language, one of
 *   seeds_factor_site_get_languages(); %NULL for English
 * @base_url: (nullable): where the factor pages of seeds_factor_site_export()
 *   are, for the QR codes to link to; %NULL or "" for codes that hold the
 *   explanation itself
 * @error: return location for a #GError
 *
 * Makes the poster's texts, the framework's and its own, in @language (see
 * seeds-catalog.h). Safe on any thread, as the poster's other functions
 * are for a poster that one thread at a time uses.
 *
 * Returns: (transfer full): the poster, or %NULL with @error set when
 *   @language is not one the poster comes in or @base_url is not a web
 *   address
 */
SeedsPoster *
seeds_poster_new (const char  *language,
                  const char  *base_url,
                  GError     **error)
{
  g_autoptr(SeedsPoster) self = NULL;
  g_autoptr(SeedsCatalog) catalog = NULL;
  g_autofree char *languages = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (language == NULL)
    language = "en";

  if (!seeds_factor_site_has_language (language))
    {
      languages = g_strjoinv (", ", (char **)seeds_factor_site_get_languages ());
      g_set_error (error, SEEDS_LANGUAGE_ERROR, SEEDS_LANGUAGE_ERROR_UNSUPPORTED,
                   /* Translators: the second %s is a list of language codes, as "en, nl" */
                   _("There is no poster in “%s”: choose one of %s."), language, languages);
      return NULL;
    }

  if (base_url != NULL && *base_url == '\0')
    base_url = NULL;
  if (base_url != NULL && !seeds_factor_site_check_base_url (base_url, error))
    return NULL;

  catalog = seeds_catalog_new (language, error);
  if (catalog == NULL)
    return NULL;

  self = g_object_new (SEEDS_TYPE_POSTER, NULL);
  self->language = g_strdup (language);
  self->base_url = g_strdup (base_url);
  self->framework = seeds_framework_new_default (language);
  g_array_set_size (self->codes, seeds_framework_get_n_factors (self->framework));

  make_texts (self, catalog);

  return g_steal_pointer (&self);
}

const char *
seeds_poster_get_language (SeedsPoster *self)
{
  g_return_val_if_fail (SEEDS_IS_POSTER (self), NULL);

  return self->language;
}

/**
 * seeds_poster_get_base_url:
 *
 * Returns: (nullable): where the codes link to, or %NULL when they hold
 *   the explanation itself
 */
const char *
seeds_poster_get_base_url (SeedsPoster *self)
{
  g_return_val_if_fail (SEEDS_IS_POSTER (self), NULL);

  return self->base_url;
}

/**
 * seeds_poster_get_framework:
 *
 * Returns: (transfer none): the framework on the poster, in its language
 */
SeedsFramework *
seeds_poster_get_framework (SeedsPoster *self)
{
  g_return_val_if_fail (SEEDS_IS_POSTER (self), NULL);

  return self->framework;
}

/* ------------------------------------------------------------------------
 * The QR codes
 */

/* The explanation with the first n_items findings and tips, findings
 * first, and "…" when some are left out. A shortened title or definition
 * ends in "…" itself. */
static char *
explanation (SeedsPoster *self,
             SeedsFactor *factor,
             const char  *title,
             const char  *definition,
             guint        n_items,
             gboolean     shortened)
{
  const char * const *findings = seeds_factor_get_findings (factor);
  const char * const *tips = seeds_factor_get_tips (factor);
  guint n_findings = findings != NULL ? g_strv_length ((char **)findings) : 0;
  guint n_tips = tips != NULL ? g_strv_length ((char **)tips) : 0;
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "%u. %s", seeds_factor_get_position (factor) + 1, title);
  if (definition != NULL)
    g_string_append_printf (text, "\n%s", definition);

  for (guint i = 0; i < n_items && i < n_findings + n_tips; i++)
    {
      if (i == 0 && n_findings > 0)
        g_string_append_printf (text, "\n\n%s", self->findings_heading);
      if (i == n_findings)
        g_string_append_printf (text, "\n\n%s", self->tips_heading);
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

/* The longest of the shortened texts, made by shorten (self, factor, n)
 * for n from least to most, that fits in a code of max_version: they grow
 * with n. */
typedef char *(*Shorten) (SeedsPoster *self,
                          SeedsFactor *factor,
                          guint        n);

static gboolean
fit_longest (SeedsPoster  *self,
             SeedsFactor  *factor,
             Shorten       shorten,
             guint         least,
             guint         most,
             guint         max_version,
             Code         *code)
{
  guint low = least;
  guint high = most + 1;  /* the first n that does not fit */
  g_autoptr(SeedsQrCode) best = NULL;
  g_autofree char *best_text = NULL;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      g_autofree char *text = shorten (self, factor, middle);
      g_autoptr(SeedsQrCode) qr = seeds_qr_code_new (text, max_version);

      if (qr != NULL)
        {
          g_clear_pointer (&best, seeds_qr_code_free);
          g_clear_pointer (&best_text, g_free);
          best = g_steal_pointer (&qr);
          best_text = g_steal_pointer (&text);
          low = middle + 1;
        }
      else
        {
          high = middle;
        }
    }

  if (best == NULL)
    return FALSE;

  code->code = g_steal_pointer (&best);
  code->text = g_steal_pointer (&best_text);
  return TRUE;
}

static char *
with_items (SeedsPoster *self,
            SeedsFactor *factor,
            guint        n)
{
  return explanation (self, factor, seeds_factor_get_title (factor),
                      seeds_factor_get_definition (factor), n, FALSE);
}

static char *
with_definition_words (SeedsPoster *self,
                       SeedsFactor *factor,
                       guint        n)
{
  g_autofree char *definition = first_words (seeds_factor_get_definition (factor), n);

  return explanation (self, factor, seeds_factor_get_title (factor), definition, 0, TRUE);
}

static char *
with_title (SeedsPoster *self,
            SeedsFactor *factor,
            guint        n)
{
  return explanation (self, factor, seeds_factor_get_title (factor), NULL, 0, FALSE);
}

static char *
with_title_words (SeedsPoster *self,
                  SeedsFactor *factor,
                  guint        n)
{
  g_autofree char *title = first_words (seeds_factor_get_title (factor), n);

  return explanation (self, factor, title, NULL, 0, TRUE);
}

/* The code of a factor: its page, or its explanation with as much as fits,
 * dropping tips and findings from the end first, then words of the
 * definition, then of the title. */
static void
make_code (SeedsPoster *self,
           SeedsFactor *factor,
           guint        max_version,
           Code        *code)
{
  const char *definition = seeds_factor_get_definition (factor);
  const char *title = seeds_factor_get_title (factor);
  const char * const *findings = seeds_factor_get_findings (factor);
  const char * const *tips = seeds_factor_get_tips (factor);
  guint n_items = (findings != NULL ? g_strv_length ((char **)findings) : 0) +
                  (tips != NULL ? g_strv_length ((char **)tips) : 0);
  g_autofree char *number = NULL;

  code_clear (code);
  code->max_version = max_version;

  if (self->base_url != NULL)
    {
      code->text = seeds_factor_site_get_url (self->base_url, self->language,
                                              seeds_factor_get_position (factor) + 1);
      code->code = seeds_qr_code_new (code->text, max_version);
      if (code->code == NULL)
        g_clear_pointer (&code->text, g_free);
      return;
    }

  /* A definition of a word or two says nothing: rather none. */
  if (fit_longest (self, factor, with_items, 0, n_items, max_version, code) ||
      fit_longest (self, factor, with_definition_words, MIN_WORDS,
                   count_words (definition) - 1, max_version, code) ||
      fit_longest (self, factor, with_title, 0, 0, max_version, code) ||
      fit_longest (self, factor, with_title_words, 1, count_words (title) - 1,
                   max_version, code))
    return;

  number = g_strdup_printf ("%u", seeds_factor_get_position (factor) + 1);
  code->code = seeds_qr_code_new (number, max_version);
  if (code->code != NULL)
    code->text = g_steal_pointer (&number);
}

static Code *
ensure_code (SeedsPoster *self,
             SeedsFactor *factor,
             guint        max_version)
{
  Code *code = &g_array_index (self->codes, Code, seeds_factor_get_position (factor));

  if (code->max_version != max_version)
    make_code (self, factor, max_version, code);

  return code;
}

/**
 * seeds_poster_get_code_text:
 * @self: a #SeedsPoster
 * @factor: the factor's position
 *
 * Returns: (nullable): what the factor's QR code holds, as laid out by the
 *   last seeds_poster_layout(): the factor's page on the site, or its
 *   explanation, shortened to fit; %NULL before a layout
 */
const char *
seeds_poster_get_code_text (SeedsPoster *self,
                            guint        factor)
{
  g_return_val_if_fail (SEEDS_IS_POSTER (self), NULL);
  g_return_val_if_fail (factor < self->codes->len, NULL);

  return g_array_index (self->codes, Code, factor).text;
}

/* ------------------------------------------------------------------------
 * Laying out
 */

static Item *
add_item (SeedsPoster *self,
          DrawKind     draw,
          int          factor,
          double       x,
          double       y,
          double       width,
          double       height)
{
  Item *item = g_new0 (Item, 1);

  *item = (Item) { draw, factor, x, y, width, height, NULL, NULL, 0 };
  g_ptr_array_add (self->items, item);

  return item;
}

static PangoLayout *
make_layout (SeedsPoster   *self,
             const Metrics *m,
             TextKind       kind,
             const char    *text,
             double         width)
{
  SeedsPrintStyle style = text_styles[kind];
  PangoLayout *layout;

  style.size *= m->scale * m->text_scale;
  layout = seeds_print_layout_new (self->context, text, &style, width, PANGO_WRAP_WORD);

  if (kind == TEXT_GROUP)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_letter_spacing_new ((int)(style.size * 0.08 *
                                                                          PANGO_SCALE)));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }

  return layout;
}

/* A text, wrapped to width (or not wrapped: -1); its box is as wide as its
 * widest line. */
static Item *
add_text (SeedsPoster   *self,
          const Metrics *m,
          TextKind       kind,
          int            factor,
          const char    *text,
          double         x,
          double         y,
          double         width)
{
  PangoLayout *layout = make_layout (self, m, kind, text, width);
  Item *item = add_item (self, DRAW_TEXT, factor, x, y, seeds_print_layout_width (layout),
                         seeds_print_layout_height (layout));

  item->layout = layout;
  item->color = text_styles[kind].color;
  return item;
}

static void
add_rule (SeedsPoster           *self,
          double                 x0,
          double                 x1,
          double                 y,
          double                 width,
          const SeedsPrintColor *color)
{
  Item *item = add_item (self, DRAW_RULE, -1, x0, y, x1 - x0, 0);

  item->line_width = width;
  item->color = color;
}

static double
item_bottom (const Item *item)
{
  return item->y + item->height;
}

static double
baseline (PangoLayout *layout)
{
  return (double)pango_layout_get_baseline (layout) / PANGO_SCALE;
}

/* The title, the framework's name and how to use the poster, on a tinted
 * panel: in portrait the title above three steps side by side, in
 * landscape the title in the first column and a step in each of the
 * others. */
static double
lay_out_header (SeedsPoster   *self,
                const Metrics *m)
{
  double width = m->right - m->left;
  double column = (width - (m->columns - 1) * m->gutter) / m->columns;
  gboolean beside = m->columns > 2;
  double title_width = beside ? column : width;
  double panel_x = beside ? m->left + column + m->gutter : m->left;
  double panel_width = beside ? width - column - m->gutter : width;
  double steps_x = panel_x + m->pad * 1.5;
  double step_width = (panel_width - 3 * m->pad - (N_STEPS - 1) * m->gutter) / N_STEPS;
  double small = MM (1.2) * m->em;
  double bottom;
  double steps_y;
  double mark;
  PangoLayout *layout;
  Item *panel;
  Item *title;
  Item *subtitle;

  /* A sprout before the title, standing on its first line's baseline. */
  layout = make_layout (self, m, TEXT_TITLE, self->title, -1);
  mark = baseline (layout);
  add_item (self, DRAW_SPROUT, -1, m->left, m->top + baseline (layout) - mark, mark, mark);
  g_object_unref (layout);
  title = add_text (self, m, TEXT_TITLE, -1, self->title, m->left + mark + small * 2, m->top,
                    title_width - mark - small * 2);
  subtitle = add_text (self, m, TEXT_SUBTITLE, -1, seeds_framework_get_name (self->framework),
                       m->left, item_bottom (title) + small, title_width);

  panel = add_item (self, DRAW_PANEL, -1, panel_x,
                    beside ? m->top : item_bottom (subtitle) + m->section_gap * 0.75,
                    panel_width, 0);
  panel->color = &tint;
  steps_y = panel->y + m->pad * 1.5;
  bottom = steps_y;

  for (guint i = 0; i < N_STEPS; i++)
    {
      double x = steps_x + i * (step_width + m->gutter);
      g_autofree char *digit = g_strdup_printf ("%u", i + 1);
      Item *number = add_text (self, m, TEXT_STEP_NUMBER, -1, digit, x, steps_y, -1);
      double text_x = x + number->width + MM (2) * m->em;
      double text_width = step_width - (text_x - x);
      PangoLayout *heading_layout = make_layout (self, m, TEXT_STEP_HEADING,
                                                 self->step_headings[i], text_width);
      double heading_y = steps_y + baseline (number->layout) - baseline (heading_layout);
      Item *text;

      g_object_unref (heading_layout);
      text = add_text (self, m, TEXT_STEP_HEADING, -1, self->step_headings[i], text_x,
                       heading_y, text_width);

      if (i == 0)
        text = add_text (self, m, TEXT_QUESTION, -1,
                         seeds_framework_get_question (self->framework), text_x,
                         item_bottom (text) + small / 2, text_width);
      text = add_text (self, m, TEXT_STEP, -1, self->step_texts[i], text_x,
                       item_bottom (text) + small / 2, text_width);
      if (i == 0 && self->paper == SEEDS_PAPER_A4)
        text = add_text (self, m, TEXT_NOTE, -1, self->a4_note, text_x,
                         item_bottom (text) + small / 2, text_width);

      bottom = MAX (bottom, item_bottom (text));
      bottom = MAX (bottom, item_bottom (number));
    }

  panel->height = bottom + m->pad * 1.5 - panel->y;

  return MAX (item_bottom (panel), item_bottom (subtitle));
}

static double
scale_width (const Metrics *m)
{
  return N_CELLS * m->cell_width + (N_CELLS - 2) * m->cell_gap + m->dont_know_gap;
}

/* The definition beside the code, narrow, and what does not fit there
 * below the code, wide. Returns the bottom of the text. */
static double
add_definition (SeedsPoster   *self,
                const Metrics *m,
                SeedsFactor   *factor,
                double         x,
                double         y,
                double         narrow,
                double         wide,
                double         code_bottom)
{
  int position = (int)seeds_factor_get_position (factor);
  const char *text = seeds_factor_get_definition (factor);
  g_autoptr(PangoLayout) layout = make_layout (self, m, TEXT_DEFINITION, text, narrow);
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  g_autofree char *head = NULL;
  const char *tail = NULL;
  Item *item;

  do
    {
      int top;

      pango_layout_iter_get_line_yrange (iter, &top, NULL);
      if (y + (double)top / PANGO_SCALE >= code_bottom)
        {
          int start = pango_layout_iter_get_line_readonly (iter)->start_index;

          head = g_strchomp (g_strndup (text, start));
          tail = text + start;
          break;
        }
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  if (tail == NULL)
    return item_bottom (add_text (self, m, TEXT_DEFINITION, position, text, x, y, narrow));

  if (*head != '\0')
    y = item_bottom (add_text (self, m, TEXT_DEFINITION, position, head, x, y, narrow));
  item = add_text (self, m, TEXT_DEFINITION, position, tail, x, MAX (y, code_bottom), wide);

  return item_bottom (item);
}

/* A factor's tile at (x, y), width wide and as tall as it needs, with the
 * scale at its bottom. Returns its height. */
static double
lay_out_tile (SeedsPoster   *self,
              const Metrics *m,
              SeedsFactor   *factor,
              double         x,
              double         y,
              double         width)
{
  int position = (int)seeds_factor_get_position (factor);
  double inner = width - 2 * m->pad;
  double gap = MM (2) * m->space;
  double scale = scale_width (m);
  gboolean beside = inner - scale - gap >= m->min_code;
  double code_size = beside ? MIN (m->code, inner - scale - gap) : MIN (m->code, inner * 0.42);
  guint max_version = MIN (seeds_qr_code_fit_version (code_size, m->min_module),
                           MAX_CODE_VERSION);
  Code *code = ensure_code (self, factor, MAX (max_version, 1));
  g_autofree char *digits = g_strdup_printf ("%d", position + 1);
  double x0 = x + m->pad;
  double y0 = y + m->pad;
  double code_inset = m->pad;
  double diameter;
  double text_x;
  double text_bottom;
  double needed;
  double cells_y;
  PangoLayout *number;
  PangoLayoutIter *iter;
  int line_top, line_bottom;
  Item *tile;
  Item *badge;
  Item *title;
  Item *item;

  tile = add_item (self, DRAW_TILE, position, x, y, width, 0);
  tile->line_width = 0.6 * m->space;
  tile->color = &frame;

  /* The code's quiet zone is light, as padding is: the code goes into the
   * tile's corner as far as its quiet zone allows. */
  if (code->code != NULL)
    {
      double module = code_size / (seeds_qr_code_get_n_modules (code->code) +
                                   2 * SEEDS_QR_CODE_QUIET_ZONE);

      code_inset = MAX (m->pad - SEEDS_QR_CODE_QUIET_ZONE * module, tile->line_width);
    }
  item = add_item (self, DRAW_CODE, position, x + width - code_inset - code_size, y + code_inset,
                   code_size, code_size);

  number = make_layout (self, m, TEXT_NUMBER, digits, -1);
  diameter = MAX (seeds_print_layout_width (number), seeds_print_layout_height (number)) +
             MM (1.4) * m->em;
  badge = add_item (self, DRAW_BADGE, position, x0, y0, diameter, diameter);
  badge->layout = number;
  badge->color = &accent;

  text_x = x0 + diameter + MM (1.5) * m->em;
  title = add_text (self, m, TEXT_FACTOR_TITLE, position, seeds_factor_get_title (factor),
                    text_x, y0, item->x - gap - text_x);

  /* The title's first line in the middle of the badge. */
  iter = pango_layout_get_iter (title->layout);
  pango_layout_iter_get_line_yrange (iter, &line_top, &line_bottom);
  pango_layout_iter_free (iter);
  title->y += MAX (0, (diameter - (double)(line_bottom - line_top) / PANGO_SCALE) / 2);

  text_bottom = add_definition (self, m, factor, text_x, item_bottom (title) + MM (0.8) * m->em,
                                item->x - gap - text_x, x + width - m->pad - text_x,
                                item_bottom (item) + code_inset);

  /* Beside the code, the scale only needs to be below the text. */
  if (beside)
    needed = MAX (text_bottom + gap + m->cell_height + m->pad, item_bottom (item) + code_inset);
  else
    needed = MAX (text_bottom, item_bottom (item)) + gap + m->cell_height + m->pad;
  needed -= y;
  tile->height = needed;

  cells_y = y + needed - m->pad - m->cell_height;
  for (guint i = 0; i < N_CELLS; i++)
    {
      gboolean dont_know = i == N_CELLS - 1;
      double cell_x = x0 + i * (m->cell_width + m->cell_gap) +
                      (dont_know ? m->dont_know_gap - m->cell_gap : 0);
      g_autofree char *digit = dont_know ? g_strdup (self->dont_know)
                                         : g_strdup_printf ("%u", i + 1);

      item = add_item (self, dont_know ? DRAW_DONT_KNOW : DRAW_CELL, position, cell_x, cells_y,
                       m->cell_width, m->cell_height);
      item->layout = make_layout (self, m, TEXT_DIGIT, digit, -1);
      item->line_width = 0.75 * m->space;
      item->color = &cell_line;
    }

  return needed;
}

/* Each group in a row of tiles gets a label over its tiles, and a rule
 * after the label up to the group's last tile in the row. */
static double
lay_out_labels (SeedsPoster   *self,
                const Metrics *m,
                SeedsFactor  **row,
                guint          n,
                double         column,
                double         y)
{
  double bottom = y;

  for (guint i = 0; i < n;)
    {
      const char *group = seeds_factor_get_group_name (row[i]);
      g_autofree char *label = g_utf8_strup (group != NULL ? group : "", -1);
      double x0 = m->left + i * (column + m->gutter);
      guint end = i + 1;
      Item *text;

      while (end < n && g_strcmp0 (seeds_factor_get_group_id (row[end]),
                                   seeds_factor_get_group_id (row[i])) == 0)
        end++;

      text = add_text (self, m, TEXT_GROUP, -1, label, x0, y,
                       end * (column + m->gutter) - m->gutter - i * (column + m->gutter));
      if (x0 + text->width + MM (6) * m->em < m->left + end * (column + m->gutter) - m->gutter)
        add_rule (self, x0 + text->width + MM (2) * m->em,
                  m->left + end * (column + m->gutter) - m->gutter,
                  y + baseline (text->layout) * 0.65, 0.5 * m->space, &accent);
      bottom = MAX (bottom, item_bottom (text));
      i = end;
    }

  return bottom;
}

/* A part's heading and its factors, in rows of tiles. */
static double
lay_out_part (SeedsPoster   *self,
              const Metrics *m,
              const char    *part_name,
              GPtrArray     *factors,
              double         y)
{
  double width = m->right - m->left;
  double column = (width - (m->columns - 1) * m->gutter) / m->columns;
  Item *heading;

  heading = add_text (self, m, TEXT_PART, -1, part_name, m->left, y, width);
  y = item_bottom (heading) + MM (1) * m->em;
  add_rule (self, m->left, m->right, y, 1.2 * m->space, &accent);
  y += MM (2) * m->em;

  for (guint first = 0; first < factors->len; first += m->columns)
    {
      SeedsFactor **row = (SeedsFactor **)factors->pdata + first;
      guint n = MIN (m->columns, factors->len - first);
      double row_height = 0;
      double tile_bottom = 0;
      guint first_item;

      if (first > 0)
        {
          y += m->row_gap + m->extra_gap;
          self->n_gaps++;
        }

      y = lay_out_labels (self, m, row, n, column, y) + MM (1) * m->em;

      first_item = self->items->len;
      for (guint i = 0; i < n; i++)
        {
          double height = lay_out_tile (self, m, row[i], m->left + i * (column + m->gutter), y,
                                        column);

          row_height = MAX (row_height, height);
        }

      /* As tall as the tallest, with the scales at the bottom. */
      for (guint i = first_item; i < self->items->len; i++)
        {
          Item *item = g_ptr_array_index (self->items, i);

          if (item->draw == DRAW_TILE)
            {
              tile_bottom = item_bottom (item);
              item->height = row_height;
            }
          else if (item->draw == DRAW_CELL || item->draw == DRAW_DONT_KNOW)
            {
              item->y += y + row_height - tile_bottom;
            }
        }

      y += row_height;
      self->n_rows++;
    }

  return y;
}

static double
lay_out_footer (SeedsPoster   *self,
                const Metrics *m)
{
  PangoLayout *layout = make_layout (self, m, TEXT_FOOTER, self->footer, m->right - m->left);
  double top = m->bottom - seeds_print_layout_height (layout);
  Item *item;

  item = add_item (self, DRAW_TEXT, -1, m->left, top, seeds_print_layout_width (layout),
                   seeds_print_layout_height (layout));
  item->layout = layout;
  item->color = text_styles[TEXT_FOOTER].color;
  add_rule (self, m->left, m->right, top - MM (1.5) * m->em, 0.5 * m->space, &frame);

  return top - MM (1.5) * m->em;
}

/* Lays everything out; returns how far the body is below where it may end
 * (negative: the room left). */
static double
lay_out (SeedsPoster   *self,
         const Metrics *m)
{
  GListModel *groups = seeds_framework_get_groups (self->framework);
  g_autoptr(GPtrArray) factors = g_ptr_array_new ();
  const char *part_id = NULL;
  const char *part_name = NULL;
  double footer_top;
  double y;

  g_ptr_array_set_size (self->items, 0);
  self->n_rows = 0;
  self->n_gaps = 0;

  y = lay_out_header (self, m);
  footer_top = lay_out_footer (self, m);

  for (guint g = 0; g <= g_list_model_get_n_items (groups); g++)
    {
      g_autoptr(SeedsFactorGroup) group = g < g_list_model_get_n_items (groups) ?
                                          g_list_model_get_item (groups, g) : NULL;
      GListModel *group_factors;

      if (factors->len > 0 &&
          (group == NULL || g_strcmp0 (part_id, seeds_factor_group_get_part_id (group)) != 0))
        {
          y = lay_out_part (self, m, part_name, factors, y + m->section_gap + m->extra_gap);
          self->n_gaps++;
          g_ptr_array_set_size (factors, 0);
        }

      if (group == NULL)
        break;

      part_id = seeds_factor_group_get_part_id (group);
      part_name = seeds_factor_group_get_part_name (group);
      group_factors = seeds_factor_group_get_factors (group);
      for (guint i = 0; i < g_list_model_get_n_items (group_factors); i++)
        {
          g_autoptr(SeedsFactor) factor = g_list_model_get_item (group_factors, i);

          g_ptr_array_add (factors, factor);
        }
    }

  return y + m->section_gap * 0.75 - footer_top;
}

static Metrics
make_metrics (SeedsPaper paper,
              gboolean   landscape,
              double     text_scale)
{
  double width, height;
  double scale = papers[paper].width_mm / papers[SEEDS_PAPER_A4].width_mm;
  double space = sqrt (scale);
  double margin = MM (MARGIN_MM) * space;
  double cell = MAX (MM (CELL_MM) * scale, MM (papers[paper].min_cell_mm));
  double gaps = cell * (4 * CELL_GAP + DONT_KNOW_GAP);
  double column;
  double room;
  Metrics m;

  seeds_paper_get_size (paper, landscape, &width, &height);

  m = (Metrics) {
    .scale = scale,
    .text_scale = text_scale,
    .em = scale * text_scale,
    .space = space,
    .left = margin,
    .top = margin,
    .right = width - margin,
    .bottom = height - margin,
    .columns = landscape ? 4 : 2,
    .gutter = MM (GUTTER_MM) * space,
    .pad = MM (PAD_MM) * space,
    .row_gap = MM (ROW_GAP_MM) * space,
    .section_gap = MM (SECTION_GAP_MM) * space,
    .code = MM (CODE_MM) * scale,
    .min_code = MM (CODE_MM) * scale * 0.8,
    .min_module = MM (SEEDS_POSTER_MIN_MODULE_MM),
  };

  /* The scale takes the width of a tile at most: its gaps give way first. */
  column = (m.right - m.left - (m.columns - 1) * m.gutter) / m.columns;
  room = column - 2 * m.pad - N_CELLS * cell;
  if (room < gaps)
    gaps = MAX (room, 0);
  m.cell_width = m.cell_height = cell;
  m.cell_gap = gaps * CELL_GAP / (4 * CELL_GAP + DONT_KNOW_GAP);
  m.dont_know_gap = gaps * DONT_KNOW_GAP / (4 * CELL_GAP + DONT_KNOW_GAP);

  return m;
}

/* ------------------------------------------------------------------------
 * Checking
 */

static gboolean
is_box (const Item *item)
{
  return item->draw != DRAW_RULE && item->draw != DRAW_TILE && item->draw != DRAW_PANEL;
}

static gboolean
overlap (const Item *a,
         const Item *b)
{
  /* Touching is not overlapping; a hundredth of a point is rounding. */
  const double e = 0.01;

  return a->x + e < b->x + b->width && b->x + e < a->x + a->width &&
         a->y + e < b->y + b->height && b->y + e < a->y + a->height;
}

static gboolean
contains (const Item *outer,
          const Item *inner)
{
  const double e = 0.01;

  return inner->x >= outer->x - e && inner->y >= outer->y - e &&
         inner->x + inner->width <= outer->x + outer->width + e &&
         inner->y + inner->height <= outer->y + outer->height + e;
}

static char *
describe (SeedsPoster *self,
          const Item  *item)
{
  if (item->layout != NULL && item->draw == DRAW_TEXT)
    return g_strdup_printf ("“%s”", pango_layout_get_text (item->layout));
  if (item->factor >= 0)
    return g_strdup_printf ("factor %d's %s", item->factor + 1,
                            item->draw == DRAW_CODE ? "code" :
                            item->draw == DRAW_BADGE ? "number" :
                            item->draw == DRAW_TILE ? "tile" : "scale");
  return g_strdup ("a box");
}

/* Whether the laid-out poster is sound: every text whole, every box on the
 * page within the margins, in its factor's tile, and clear of every other
 * box. Says what is wrong in problem. */
static gboolean
check (SeedsPoster    *self,
       const Metrics  *m,
       char          **problem)
{
  Item page = { .x = m->left, .y = m->top, .width = m->right - m->left,
                .height = m->bottom - m->top };
  GPtrArray *items = self->items;

  for (guint i = 0; i < items->len; i++)
    {
      const Item *a = g_ptr_array_index (items, i);
      g_autofree char *name = NULL;

      if (a->draw == DRAW_RULE || (a->draw == DRAW_PANEL && contains (&page, a)))
        continue;

      if (a->draw == DRAW_TEXT && !seeds_print_layout_is_whole (a->layout))
        {
          name = describe (self, a);
          *problem = g_strdup_printf ("%s does not fit its width", name);
          return FALSE;
        }

      if (!contains (&page, a))
        {
          name = describe (self, a);
          *problem = g_strdup_printf ("%s runs off the page", name);
          return FALSE;
        }

      if (a->draw == DRAW_CODE && a->factor >= 0 &&
          g_array_index (self->codes, Code, a->factor).code == NULL)
        {
          *problem = g_strdup_printf ("factor %d's code is too small", a->factor + 1);
          return FALSE;
        }

      for (guint j = i + 1; j < items->len; j++)
        {
          const Item *b = g_ptr_array_index (items, j);

          if (b->draw == DRAW_RULE || b->draw == DRAW_PANEL)
            continue;

          /* A tile holds its factor's boxes and nothing else; boxes and
           * tiles don't overlap each other. */
          if (a->draw == DRAW_TILE && is_box (b) && b->factor == a->factor)
            {
              if (!contains (a, b))
                {
                  g_autofree char *inner = describe (self, b);

                  *problem = g_strdup_printf ("%s sticks out of its tile", inner);
                  return FALSE;
                }
            }
          else if (is_box (a) == is_box (b) || a->factor != b->factor)
            {
              if (overlap (a, b))
                {
                  g_autofree char *other = describe (self, b);

                  name = describe (self, a);
                  *problem = g_strdup_printf ("%s overlaps %s", name, other);
                  return FALSE;
                }
            }
        }
    }

  return TRUE;
}

static void
make_boxes (SeedsPoster *self)
{
  g_array_set_size (self->boxes, 0);

  for (guint i = 0; i < self->items->len; i++)
    {
      const Item *item = g_ptr_array_index (self->items, i);
      SeedsPosterBox box = { 0, item->factor, item->x, item->y, item->width, item->height, 0 };

      switch (item->draw)
        {
        case DRAW_TEXT:
          box.kind = SEEDS_POSTER_BOX_TEXT;
          break;
        case DRAW_BADGE:
          box.kind = SEEDS_POSTER_BOX_BADGE;
          break;
        case DRAW_CELL:
        case DRAW_DONT_KNOW:
          box.kind = SEEDS_POSTER_BOX_CELL;
          break;
        case DRAW_CODE:
          {
            SeedsQrCode *code = g_array_index (self->codes, Code, item->factor).code;

            box.kind = SEEDS_POSTER_BOX_QR_CODE;
            if (code != NULL)
              box.module = item->width / (seeds_qr_code_get_n_modules (code) +
                                          2 * SEEDS_QR_CODE_QUIET_ZONE);
          }
          break;
        case DRAW_TILE:
          box.kind = SEEDS_POSTER_BOX_FACTOR;
          break;
        case DRAW_SPROUT:
          box.kind = SEEDS_POSTER_BOX_PICTURE;
          break;
        case DRAW_RULE:
        case DRAW_PANEL:
        default:
          continue;
        }

      g_array_append_val (self->boxes, box);
    }
}

/* Lays out with the text at the step'th smaller size; says whether it fits
 * and how far it is from fitting, or what is wrong. */
static gboolean
try_layout (SeedsPoster  *self,
            SeedsPaper    paper,
            gboolean      landscape,
            guint         step,
            Metrics      *m,
            double       *over,
            char        **problem)
{
  *m = make_metrics (paper, landscape, 1 - step * TEXT_SCALE_STEP);
  *over = lay_out (self, m);
  g_clear_pointer (problem, g_free);

  return *over <= 0 && check (self, m, problem);
}

/**
 * seeds_poster_layout:
 * @self: a #SeedsPoster
 * @paper: the paper size
 * @landscape: whether the long side is horizontal
 * @error: return location for a #GError
 *
 * Lays the poster out for @paper: see seeds-poster.h. The layout is kept,
 * for seeds_poster_draw() and seeds_poster_get_boxes(), also when it does
 * not fit.
 *
 * Returns: whether everything fits, with no text cut and no boxes
 *   overlapping; %FALSE with @error saying what does not fit
 */
gboolean
seeds_poster_layout (SeedsPoster  *self,
                     SeedsPaper    paper,
                     gboolean      landscape,
                     GError      **error)
{
  g_autofree char *problem = NULL;
  Metrics m;
  double over = 0;
  gboolean fits = FALSE;

  g_return_val_if_fail (SEEDS_IS_POSTER (self), FALSE);
  g_return_val_if_fail (paper < SEEDS_N_PAPERS, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  self->paper = paper;
  self->landscape = landscape;
  seeds_paper_get_size (paper, landscape, &self->width, &self->height);
  if (self->context == NULL)
    self->context = seeds_print_context_new (NULL, self->language);

  /* The largest text with which everything fits, of 1, 1 - STEP, … down
   * to MIN_TEXT_SCALE: what fits at one size fits at the next smaller one. */
  fits = try_layout (self, paper, landscape, 0, &m, &over, &problem);
  if (!fits && try_layout (self, paper, landscape, N_TEXT_SCALES - 1, &m, &over, &problem))
    {
      guint low = 0;                   /* does not fit */
      guint high = N_TEXT_SCALES - 1;  /* fits */

      while (high - low > 1)
        {
          guint middle = (low + high) / 2;

          if (try_layout (self, paper, landscape, middle, &m, &over, &problem))
            high = middle;
          else
            low = middle;
        }

      fits = try_layout (self, paper, landscape, high, &m, &over, &problem);
    }

  if (fits)
    {
      /* What is left of the page: taller cells, for more stickers, then air
       * between the rows. */
      m.cell_height += MIN (-over / MAX (self->n_rows, 1), m.cell_width * MAX_CELL_STRETCH);
      over = lay_out (self, &m);
      m.extra_gap = MIN (-over / MAX (self->n_gaps, 1), m.row_gap * MAX_EXTRA_GAP);
      over = lay_out (self, &m);
      fits = over <= 1e-6 && check (self, &m, &problem);
    }

  self->text_scale = m.text_scale;
  make_boxes (self);

  if (!fits)
    {
      if (problem == NULL)
        problem = g_strdup_printf ("the factors need %.0f mm more", over * 25.4 / 72);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: the first %s is a paper size, as “A4”; the second says
                    * what does not fit */
                   _("The poster does not fit on %s paper: %s."), papers[paper].name, problem);
      return FALSE;
    }

  return TRUE;
}

/**
 * seeds_poster_get_size:
 * @width: (out) (optional): the page's width in points, as last laid out
 * @height: (out) (optional): its height
 */
void
seeds_poster_get_size (SeedsPoster *self,
                       double      *width,
                       double      *height)
{
  g_return_if_fail (SEEDS_IS_POSTER (self));

  if (width != NULL)
    *width = self->width;
  if (height != NULL)
    *height = self->height;
}

/**
 * seeds_poster_get_text_scale:
 *
 * Returns: how much the text was shrunk to fit: 1 when not at all
 */
double
seeds_poster_get_text_scale (SeedsPoster *self)
{
  g_return_val_if_fail (SEEDS_IS_POSTER (self), 1);

  return self->text_scale;
}

/**
 * seeds_poster_get_boxes:
 * @self: a #SeedsPoster
 * @n_boxes: (out): how many
 *
 * Returns: (array length=n_boxes) (transfer none): the boxes of the last
 *   layout, in points from the top left of the page
 */
const SeedsPosterBox *
seeds_poster_get_boxes (SeedsPoster *self,
                        guint       *n_boxes)
{
  g_return_val_if_fail (SEEDS_IS_POSTER (self), NULL);
  g_return_val_if_fail (n_boxes != NULL, NULL);

  *n_boxes = self->boxes->len;
  return (const SeedsPosterBox *)(gpointer)self->boxes->data;
}

/* ------------------------------------------------------------------------
 * Drawing
 */

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   width,
                   double   height,
                   double   radius)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* A seedling: a stem and two leaves, in a square. */
static void
draw_sprout (cairo_t    *cr,
             const Item *item)
{
  cairo_translate (cr, item->x, item->y);
  cairo_scale (cr, item->width, item->height);
  seeds_print_set_color (cr, &accent);

  cairo_move_to (cr, 0.5, 1.0);
  cairo_curve_to (cr, 0.5, 0.8, 0.47, 0.65, 0.5, 0.5);
  cairo_set_line_width (cr, 0.09);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_stroke (cr);

  cairo_move_to (cr, 0.5, 0.56);
  cairo_curve_to (cr, 0.5, 0.25, 0.7, 0.05, 1.0, 0.04);
  cairo_curve_to (cr, 1.0, 0.35, 0.8, 0.55, 0.5, 0.56);
  cairo_fill (cr);

  cairo_move_to (cr, 0.49, 0.72);
  cairo_curve_to (cr, 0.47, 0.48, 0.3, 0.3, 0.04, 0.3);
  cairo_curve_to (cr, 0.05, 0.55, 0.22, 0.72, 0.49, 0.72);
  cairo_fill (cr);
}

static void
draw_item (SeedsPoster *self,
           cairo_t     *cr,
           const Item  *item)
{
  double scale = papers[self->paper].width_mm / papers[SEEDS_PAPER_A4].width_mm;

  cairo_save (cr);

  switch (item->draw)
    {
    case DRAW_TEXT:
      seeds_print_show_layout (cr, item->layout, item->x, item->y, item->color);
      break;

    case DRAW_BADGE:
      seeds_print_set_color (cr, item->color);
      cairo_arc (cr, item->x + item->width / 2, item->y + item->height / 2, item->width / 2,
                 0, 2 * G_PI);
      cairo_fill (cr);
      seeds_print_show_layout (cr, item->layout,
                               item->x +
                               (item->width - seeds_print_layout_width (item->layout)) / 2,
                               item->y +
                               (item->height - seeds_print_layout_height (item->layout)) / 2,
                               &white);
      break;

    case DRAW_CELL:
    case DRAW_DONT_KNOW:
      {
        double inset = item->line_width / 2;
        double dash = 2.5 * scale;

        rounded_rectangle (cr, item->x + inset, item->y + inset, item->width - 2 * inset,
                           item->height - 2 * inset, MM (1.2) * scale);
        cairo_set_source_rgb (cr, 1, 1, 1);
        cairo_fill_preserve (cr);
        seeds_print_set_color (cr, item->color);
        cairo_set_line_width (cr, item->line_width);
        /* "don't know" is set apart from the scale */
        if (item->draw == DRAW_DONT_KNOW)
          cairo_set_dash (cr, &dash, 1, 0);
        cairo_stroke (cr);
        seeds_print_show_layout (cr, item->layout, item->x + MM (1.2) * scale,
                                 item->y + MM (0.8) * scale, &muted);
      }
      break;

    case DRAW_CODE:
      {
        SeedsQrCode *code = g_array_index (self->codes, Code, item->factor).code;

        if (code != NULL)
          seeds_qr_code_draw (code, cr, item->x, item->y, item->width);
      }
      break;

    case DRAW_TILE:
      rounded_rectangle (cr, item->x + item->line_width / 2, item->y + item->line_width / 2,
                         item->width - item->line_width, item->height - item->line_width,
                         MM (2) * scale);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_fill_preserve (cr);
      seeds_print_set_color (cr, item->color);
      cairo_set_line_width (cr, item->line_width);
      cairo_stroke (cr);
      break;

    case DRAW_SPROUT:
      draw_sprout (cr, item);
      break;

    case DRAW_PANEL:
      rounded_rectangle (cr, item->x, item->y, item->width, item->height, MM (2) * scale);
      seeds_print_set_color (cr, item->color);
      cairo_fill (cr);
      break;

    case DRAW_RULE:
      seeds_print_set_color (cr, item->color);
      cairo_set_line_width (cr, item->line_width);
      cairo_move_to (cr, item->x, item->y);
      cairo_line_to (cr, item->x + item->width, item->y);
      cairo_stroke (cr);
      break;

    default:
      g_assert_not_reached ();
    }

  cairo_restore (cr);
}

static gboolean
is_background (const Item *item)
{
  return item->draw == DRAW_TILE || item->draw == DRAW_PANEL;
}

/**
 * seeds_poster_draw:
 * @self: a #SeedsPoster
 * @cr: where to draw, with the page's top left at (0, 0) and points as
 *   units
 *
 * Draws the poster as laid out by the last seeds_poster_layout().
 */
void
seeds_poster_draw (SeedsPoster *self,
                   cairo_t     *cr)
{
  g_return_if_fail (SEEDS_IS_POSTER (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (self->context != NULL);

  /* Render for this target; layouts notice the change, and their metrics
   * stay the same. */
  pango_cairo_update_context (cr, self->context);

  /* Panels and tiles first: they are the background of what is on them. */
  for (guint i = 0; i < self->items->len; i++)
    if (is_background (g_ptr_array_index (self->items, i)))
      draw_item (self, cr, g_ptr_array_index (self->items, i));

  for (guint i = 0; i < self->items->len; i++)
    if (!is_background (g_ptr_array_index (self->items, i)))
      draw_item (self, cr, g_ptr_array_index (self->items, i));
}

/**
 * seeds_poster_write_pdf:
 * @self: a #SeedsPoster, laid out
 * @path: the file to write; an existing file is replaced, whole or not at all
 * @error: return location for a #GError
 *
 * Saves the poster as a one-page PDF of the paper size it was laid out for.
 *
 * Returns: whether the file was written
 */
gboolean
seeds_poster_write_pdf (SeedsPoster  *self,
                        const char   *path,
                        GError      **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(GFile) file = NULL;
  g_autofree char *title = NULL;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (SEEDS_IS_POSTER (self), FALSE);
  g_return_val_if_fail (self->context != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  title = g_strdup_printf ("%s · %s", self->title, seeds_framework_get_name (self->framework));
  cr = seeds_print_pdf_begin (bytes, self->width, self->height, title);
  seeds_poster_draw (self, cr);
  cairo_show_page (cr);
  status = seeds_print_pdf_end (cr);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The poster could not be made: %s"), cairo_status_to_string (status));
      return FALSE;
    }

  /* GIO names the file in its errors, not a temporary file next to it. */
  file = g_file_new_for_path (path);
  return g_file_replace_contents (file, (const char *)bytes->data, bytes->len, NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
}
