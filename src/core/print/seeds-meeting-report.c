/* seeds-meeting-report.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "model/seeds-framework.h"
#include "model/seeds-catalog.h"
#include "model/seeds-language.h"
#include "print/seeds-meeting-snapshot.h"
#include "print/seeds-meeting-report.h"
#include "stats/seeds-meeting-summary.h"
#include "print/seeds-print.h"
#include "model/seeds-text.h"

/* The report is a list of rows (a title, a heading, a factor, a next step),
 * each made of cells of plain text; user-typed text is never markup. The
 * texts are made, in the report's language, by seeds_meeting_report_new();
 * seeds_meeting_report_paginate() lays them out with Pango for the page
 * width, measures every row and puts the rows on pages; a row is never
 * split, a heading stays with what follows it, and a table that goes on
 * on the next page repeats its column headings there. */

/* A4 in points, and the margins of the PDF: printers get their own. */
#define A4_WIDTH   595.276
#define A4_HEIGHT  841.890
#define PDF_MARGIN 42.0

#define GAP         7.0   /* between columns */
#define ROW_PADDING 3.5   /* above and below the text in a table row */
#define FOOTER_GAP  12.0
#define MARKER      6.5   /* the band's square */
#define MARKER_GAP  4.0
#define DOT_COLUMN  16.0  /* one score in the dot strip */
#define DOT_GAP     1.0
#define MIN_RADIUS  1.2
#define MAX_RADIUS  2.8

typedef enum
{
  ROW_KICKER,       /* "Meeting report" */
  ROW_TITLE,        /* the community */
  ROW_SUBTITLE,     /* the meeting and its date */
  ROW_LEAD,         /* how many scored */
  ROW_NOTE,         /* small print: what the numbers mean, an empty list */
  ROW_HEADING,      /* a section */
  ROW_ATTENTION,    /* number, title, mean, band, "we see this differently" */
  ROW_TABLE_HEAD,   /* the overview's column headings */
  ROW_GROUP,        /* a group of factors in the overview */
  ROW_FACTOR,       /* number, title, dots, n, mean, band, mark */
  ROW_STEPS_HEAD,   /* the next steps' column headings */
  ROW_STEP_FACTOR,  /* the factor the next steps below are for */
  ROW_STEP,         /* text, owner, due date, status; when agreed, if earlier */
} RowKind;

#define N_ROW_KINDS (ROW_STEP + 1)

/* How each kind of row sits on a page. */
static const struct
{
  double   space_before;  /* unless it starts a page */
  double   padding;       /* above and below its text */
  gboolean keep;          /* never the last on a page: it goes with the next row */
  gboolean in_table;      /* on a new page, the table's column headings come first */
  gboolean in_section;    /* and then its group's or factor's heading */
} row_kinds[] = {
  [ROW_KICKER]      = {  0, 0,           TRUE,  FALSE, FALSE },
  [ROW_TITLE]       = {  2, 0,           TRUE,  FALSE, FALSE },
  [ROW_SUBTITLE]    = {  3, 0,           TRUE,  FALSE, FALSE },
  [ROW_LEAD]        = { 12, 0,           FALSE, FALSE, FALSE },
  [ROW_NOTE]        = {  5, 0,           FALSE, FALSE, FALSE },
  [ROW_HEADING]     = { 20, 0,           TRUE,  FALSE, FALSE },
  [ROW_ATTENTION]   = {  0, ROW_PADDING, FALSE, FALSE, FALSE },
  [ROW_TABLE_HEAD]  = {  6, ROW_PADDING, TRUE,  FALSE, FALSE },
  [ROW_GROUP]       = {  9, 0,           TRUE,  TRUE,  FALSE },
  [ROW_FACTOR]      = {  0, ROW_PADDING, FALSE, TRUE,  TRUE  },
  [ROW_STEPS_HEAD]  = {  6, ROW_PADDING, TRUE,  FALSE, FALSE },
  [ROW_STEP_FACTOR] = { 10, 0,           TRUE,  TRUE,  FALSE },
  [ROW_STEP]        = {  0, ROW_PADDING, FALSE, TRUE,  TRUE  },
};

G_STATIC_ASSERT (G_N_ELEMENTS (row_kinds) == N_ROW_KINDS);

/* The cells of each kind of row. */
enum { ATTENTION_NUMBER, ATTENTION_TITLE, ATTENTION_MEAN, ATTENTION_BAND, ATTENTION_DIFFER,
       N_ATTENTION_CELLS };
enum { FACTOR_NUMBER, FACTOR_TITLE, FACTOR_DOTS, FACTOR_N, FACTOR_MEAN, FACTOR_BAND, FACTOR_MARK,
       N_FACTOR_CELLS };
enum { STEP_TEXT, STEP_OWNER, STEP_DUE, STEP_STATUS, N_STEP_COLUMNS, STEP_AGREED = N_STEP_COLUMNS,
       N_STEP_CELLS };

#define MAX_CELLS 7

G_STATIC_ASSERT (N_ATTENTION_CELLS <= MAX_CELLS);
G_STATIC_ASSERT (N_FACTOR_CELLS <= MAX_CELLS);
G_STATIC_ASSERT (N_STEP_CELLS <= MAX_CELLS);

typedef struct
{
  double x;
  double width;
} Column;

typedef struct
{
  RowKind                 kind;
  char                   *texts[MAX_CELLS];  /* NULL: nothing in that cell */
  const SeedsFactorStats *stats;             /* of ROW_ATTENTION and ROW_FACTOR */

  /* from paginate() */
  PangoLayout            *layouts[MAX_CELLS];
  double                  height;
} Row;

typedef struct
{
  guint  row;
  double y;
} Placement;

typedef SeedsPrintColor Color;

static const Color ink = { 0.141, 0.122, 0.192 };        /* #241f31 */
static const Color muted = { 0.369, 0.361, 0.392 };      /* #5e5c64 */
static const Color rule = { 0.753, 0.749, 0.737 };       /* #c0bfbc */
static const Color shade = { 0.937, 0.933, 0.929 };      /* #efeeed */
static const Color dot = { 0.110, 0.443, 0.847 };        /* #1c71d8 */
/* Printed in black and white the bands still read: every band is a word. */
static const Color strength = { 0.149, 0.635, 0.412 };   /* #26a269 */
static const Color discuss = { 0.898, 0.647, 0.039 };    /* #e5a50a */
static const Color attention = { 0.753, 0.110, 0.157 };  /* #c01c28 */

struct _SeedsMeetingReport
{
  GObject              parent_instance;

  char                *language;
  SeedsCatalog        *catalog;       /* the report's language */
  char                *title;
  SeedsMeetingSummary *summary;
  GArray              *rows;          /* of Row */
  char                *footer;        /* the app and the research it builds on */
  char                *dot_labels[SEEDS_SCORE_MAX + 1];  /* "1" … "5", then "?" */

  /* from paginate() */
  PangoContext        *context;
  double               width;
  double               height;
  double               body_height;
  Column               attention_columns[N_ATTENTION_CELLS];
  Column               factor_columns[N_FACTOR_CELLS];
  Column               step_columns[N_STEP_COLUMNS];
  double               radius;        /* of the dots, the same in every row */
  double               dot_room;      /* their height: a one-line row's */
  PangoLayout         *footer_layout;
  GPtrArray           *pages;         /* of GArray of Placement */
};

G_DEFINE_FINAL_TYPE (SeedsMeetingReport, seeds_meeting_report, G_TYPE_OBJECT)

static void
row_clear (gpointer data)
{
  Row *row = data;

  for (guint i = 0; i < MAX_CELLS; i++)
    {
      g_clear_pointer (&row->texts[i], g_free);
      g_clear_object (&row->layouts[i]);
    }
}

static void
clear_layout (SeedsMeetingReport *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);

      for (guint j = 0; j < MAX_CELLS; j++)
        g_clear_object (&row->layouts[j]);
      row->height = 0;
    }

  g_clear_object (&self->footer_layout);
  g_clear_object (&self->context);
  g_ptr_array_set_size (self->pages, 0);
}

static void
seeds_meeting_report_finalize (GObject *object)
{
  SeedsMeetingReport *self = (SeedsMeetingReport *)object;

  clear_layout (self);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_object (&self->summary);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->footer, g_free);
  g_clear_object (&self->catalog);
  for (guint i = 0; i < G_N_ELEMENTS (self->dot_labels); i++)
    g_clear_pointer (&self->dot_labels[i], g_free);

  G_OBJECT_CLASS (seeds_meeting_report_parent_class)->finalize (object);
}

static void
seeds_meeting_report_class_init (SeedsMeetingReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = seeds_meeting_report_finalize;
}

static void
seeds_meeting_report_init (SeedsMeetingReport *self)
{
  self->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (self->rows, row_clear);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
}

/* ------------------------------------------------------------------------
 * The content, in the report's language
 */

static Row *
add_row (SeedsMeetingReport *self,
         RowKind             kind)
{
  Row row = { .kind = kind };

  g_array_append_val (self->rows, row);
  return &g_array_index (self->rows, Row, self->rows->len - 1);
}

static void
add_text (SeedsMeetingReport *self,
          RowKind             kind,
          const char         *text)
{
  add_row (self, kind)->texts[0] = g_strdup (text);
}

static char *
factor_number (SeedsFactor *factor)
{
  return g_strdup_printf ("%u", seeds_factor_get_position (factor) + 1);
}

static void
add_title (SeedsMeetingReport *self,
           SeedsCommunity     *community,
           SeedsMeeting       *meeting)
{
  SeedsCatalog *catalog = self->catalog;
  SeedsFramework *framework = seeds_meeting_summary_get_framework (self->summary);
  guint n_people = seeds_meeting_summary_get_n_participants (self->summary);
  g_autofree char *date = seeds_date_format_in (seeds_meeting_get_date (meeting), catalog);
  /* Translators: above the name of the community on a printed report, in capitals */
  g_autofree char *kicker = g_utf8_strup (T_(catalog, "Meeting report"), -1);
  g_autofree char *subtitle = NULL;
  g_autofree char *lead = NULL;
  g_autofree char *scale = NULL;

  /* Translators: the title of a meeting, then its date */
  subtitle = g_strdup_printf (T_(catalog, "%s · %s"), seeds_meeting_get_title (meeting), date);
  if (n_people == 0)
    lead = g_strdup (T_(catalog, "Nobody has scored the factors yet."));
  else
    lead = g_strdup_printf (TN_(catalog, "%u person scored the factors.",
                                "%u people scored the factors.", n_people),
                            n_people);
  /* Translators: %s is the question people answer for each factor */
  scale = g_strdup_printf (T_(catalog, "Each factor was scored from 1 (not at all) to 5 "
                                      "(completely), or “don’t know”, on the question: %s"),
                           seeds_framework_get_question (framework));

  add_text (self, ROW_KICKER, kicker);
  add_text (self, ROW_TITLE, seeds_community_get_name (community));
  add_text (self, ROW_SUBTITLE, subtitle);
  add_text (self, ROW_LEAD, lead);
  add_text (self, ROW_NOTE, scale);
}

static void
add_attention (SeedsMeetingReport *self)
{
  SeedsCatalog *catalog = self->catalog;
  SeedsFramework *framework = seeds_meeting_summary_get_framework (self->summary);
  const guint *order;
  guint n;

  order = seeds_meeting_summary_get_attention_order (self->summary, &n);

  add_text (self, ROW_HEADING, T_(catalog, "Needs Attention"));

  if (seeds_meeting_summary_get_n_participants (self->summary) == 0)
    add_text (self, ROW_NOTE,
              T_(catalog, "Once people have scored, the factors that need attention are "
                          "listed here."));
  else if (n == 0)
    add_text (self, ROW_NOTE,
              T_(catalog, "No factor needs attention: the group sees every factor as a strength."));

  for (guint i = 0; i < n; i++)
    {
      SeedsFactor *factor = seeds_framework_get_factor (framework, order[i]);
      const SeedsFactorStats *stats = seeds_meeting_summary_get_stats (self->summary, order[i]);
      Row *row = add_row (self, ROW_ATTENTION);

      row->stats = stats;
      row->texts[ATTENTION_NUMBER] = factor_number (factor);
      row->texts[ATTENTION_TITLE] = g_strdup (seeds_factor_get_title (factor));
      row->texts[ATTENTION_MEAN] = seeds_factor_stats_format_mean_in (stats, catalog);
      row->texts[ATTENTION_BAND] = g_strdup (seeds_band_get_label_in (stats->band, catalog));
      if (stats->disagreement)
        row->texts[ATTENTION_DIFFER] = g_strdup (T_(catalog, "We see this differently"));
    }
}

static void
add_overview (SeedsMeetingReport *self)
{
  SeedsCatalog *catalog = self->catalog;
  SeedsFramework *framework = seeds_meeting_summary_get_framework (self->summary);
  GListModel *groups = seeds_framework_get_groups (framework);
  Row *head;

  add_text (self, ROW_HEADING, T_(catalog, "Overview"));

  head = add_row (self, ROW_TABLE_HEAD);
  head->texts[FACTOR_TITLE] = g_strdup (T_(catalog, "Factor"));
  /* Translators: the heading of the column with the number of 1–5 scores */
  head->texts[FACTOR_N] = g_strdup (TC_(catalog, "number of scores", "n"));
  head->texts[FACTOR_MEAN] = g_strdup (T_(catalog, "Mean"));

  for (guint g = 0; g < g_list_model_get_n_items (groups); g++)
    {
      g_autoptr(SeedsFactorGroup) group = g_list_model_get_item (groups, g);
      GListModel *factors = seeds_factor_group_get_factors (group);

      add_text (self, ROW_GROUP, seeds_factor_group_get_name (group));

      for (guint i = 0; i < g_list_model_get_n_items (factors); i++)
        {
          g_autoptr(SeedsFactor) factor = g_list_model_get_item (factors, i);
          const SeedsFactorStats *stats =
            seeds_meeting_summary_get_stats (self->summary, seeds_factor_get_position (factor));
          Row *row = add_row (self, ROW_FACTOR);

          row->stats = stats;
          row->texts[FACTOR_NUMBER] = factor_number (factor);
          row->texts[FACTOR_TITLE] = g_strdup (seeds_factor_get_title (factor));
          row->texts[FACTOR_N] = g_strdup_printf ("%u", stats->n);
          row->texts[FACTOR_MEAN] = seeds_factor_stats_format_mean_in (stats, catalog);
          row->texts[FACTOR_BAND] = g_strdup (seeds_band_get_label_in (stats->band, catalog));
          if (stats->disagreement)
            row->texts[FACTOR_MARK] = g_strdup ("≠");
        }
    }

  add_text (self, ROW_NOTE,
            T_(catalog, "● a score from 1 to 5, ○ don’t know; n: how many scored from 1 to 5; "
                        "the mean of those scores. A strength from 4.0, worth discussing from "
                        "3.0, needs attention below 3.0. ≠ We see this differently: some scored "
                        "1 or 2, others 4 or 5."));
}

/* This meeting's next steps, whatever their status, and the ones still open
 * from earlier meetings, as the factor panel shows them. */
static gboolean
is_reported (SeedsNextStep  *step,
             SeedsMeeting   *meeting,
             SeedsFramework *framework)
{
  if (seeds_framework_lookup_factor (framework, seeds_next_step_get_factor_id (step)) == NULL)
    return FALSE;

  if (g_str_equal (seeds_next_step_get_meeting_id (step), seeds_meeting_get_id (meeting)))
    return TRUE;

  return seeds_next_step_get_status (step) == SEEDS_NEXT_STEP_OPEN &&
         g_strcmp0 (seeds_next_step_get_meeting_date (step), seeds_meeting_get_date (meeting)) <= 0;
}

static void
add_step (SeedsMeetingReport *self,
          SeedsNextStep      *step,
          SeedsMeeting       *meeting)
{
  SeedsCatalog *catalog = self->catalog;
  const char *due = seeds_next_step_get_due_date (step);
  SeedsNextStepStatus status = seeds_next_step_get_status (step);
  Row *row = add_row (self, ROW_STEP);

  row->texts[STEP_TEXT] = g_strdup (seeds_next_step_get_text (step));
  row->texts[STEP_OWNER] = g_strdup (seeds_next_step_get_owner (step));
  if (due != NULL && *due != '\0')
    row->texts[STEP_DUE] = seeds_date_format_in (due, catalog);
  row->texts[STEP_STATUS] = g_strdup (seeds_next_step_status_get_label_in (status, catalog));

  if (!g_str_equal (seeds_next_step_get_meeting_id (step), seeds_meeting_get_id (meeting)))
    {
      g_autofree char *agreed = seeds_date_format_in (seeds_next_step_get_meeting_date (step),
                                                      catalog);

      /* Translators: the date of the meeting where a next step was agreed */
      row->texts[STEP_AGREED] = g_strdup_printf (T_(catalog, "agreed %s"), agreed);
    }
}

static void
add_next_steps (SeedsMeetingReport *self,
                SeedsMeeting       *meeting,
                GPtrArray          *steps)
{
  SeedsCatalog *catalog = self->catalog;
  SeedsFramework *framework = seeds_meeting_summary_get_framework (self->summary);
  gboolean any = FALSE;
  Row *head;

  add_text (self, ROW_HEADING, T_(catalog, "Next Steps"));

  for (guint i = 0; i < steps->len && !any; i++)
    any = is_reported (g_ptr_array_index (steps, i), meeting, framework);

  if (!any)
    {
      add_text (self, ROW_NOTE, T_(catalog, "No next steps have been agreed yet."));
      return;
    }

  head = add_row (self, ROW_STEPS_HEAD);
  head->texts[STEP_TEXT] = g_strdup (T_(catalog, "Next step"));
  head->texts[STEP_OWNER] = g_strdup (T_(catalog, "Who"));
  head->texts[STEP_DUE] = g_strdup (T_(catalog, "Due Date"));
  head->texts[STEP_STATUS] = g_strdup (T_(catalog, "Status"));

  /* By factor, in the framework's order; within a factor oldest first. */
  for (guint f = 0; f < seeds_framework_get_n_factors (framework); f++)
    {
      SeedsFactor *factor = seeds_framework_get_factor (framework, f);
      gboolean first = TRUE;

      for (guint i = 0; i < steps->len; i++)
        {
          SeedsNextStep *step = g_ptr_array_index (steps, i);

          if (!g_str_equal (seeds_next_step_get_factor_id (step), seeds_factor_get_id (factor)) ||
              !is_reported (step, meeting, framework))
            continue;

          if (first)
            {
              g_autofree char *number = factor_number (factor);
              g_autofree char *heading = NULL;

              /* Translators: a factor's number, then its title, as "3  Continuous attention…" */
              heading = g_strdup_printf (T_(catalog, "%s  %s"), number,
                                         seeds_factor_get_title (factor));
              add_text (self, ROW_STEP_FACTOR, heading);
              first = FALSE;
            }

          add_step (self, step, meeting);
        }
    }
}

static void
read_content (SeedsMeetingReport   *self,
              SeedsMeetingSnapshot *snapshot)
{
  SeedsCatalog *catalog = self->catalog;
  SeedsCommunity *community = seeds_meeting_snapshot_get_community (snapshot);
  SeedsMeeting *meeting = seeds_meeting_snapshot_get_meeting (snapshot);
  GPtrArray *results = seeds_meeting_snapshot_get_results (snapshot);
  g_autoptr(SeedsFramework) framework = NULL;
  g_autofree char *date = NULL;

  /* As the window does: the shipped framework is the only one so far. A
   * country's language falls back to the language, as the catalogue's. */
  if (self->language != NULL)
    {
      g_auto(GStrv) variants = g_get_locale_variants (self->language);
      g_autofree char *languages = g_strjoinv (":", variants);

      framework = seeds_framework_new_default (languages);
    }
  else
    {
      framework = seeds_framework_new_default (NULL);
    }
  if (seeds_meeting_snapshot_has_tallies (snapshot))
    self->summary = seeds_meeting_summary_new_from_tallies (framework, results);
  else
    self->summary = seeds_meeting_summary_new (framework, results);

  date = seeds_date_format_in (seeds_meeting_get_date (meeting), catalog);
  /* Translators: the name of a report: a learning community, a meeting and its date */
  self->title = g_strdup_printf (T_(catalog, "%s — %s, %s"), seeds_community_get_name (community),
                                 seeds_meeting_get_title (meeting), date);

  add_title (self, community, meeting);
  add_attention (self);
  add_overview (self);
  add_next_steps (self, meeting, seeds_meeting_snapshot_get_next_steps (snapshot));

  self->footer = seeds_print_credit (catalog, framework, "\n");

  for (guint i = 0; i < SEEDS_SCORE_MAX; i++)
    self->dot_labels[i] = g_strdup_printf ("%u", i + 1);
  /* Translators: the column of the "don't know" scores, under the 1–5 columns */
  self->dot_labels[SEEDS_SCORE_MAX] = g_strdup (TC_(catalog, "don't know", "?"));
}

/**
 * seeds_meeting_report_new_from_snapshot:
 * @snapshot: what the report shows, from seeds_meeting_snapshot_gather()
 * @language: (nullable): the report's language, "en", "nl" or another
 *   language code (see seeds_language_is_valid()); %NULL for the session's
 * @error: return location for a #GError
 *
 * Makes the report's texts, with the framework's texts and the report's
 * own in @language (see seeds-catalog.h). Needs no store, and is safe on
 * any thread: the report is then that thread's until it hands it on.
 *
 * Returns: (transfer full): the report, or %NULL with @error set when
 *   @language can't be used
 */
SeedsMeetingReport *
seeds_meeting_report_new_from_snapshot (SeedsMeetingSnapshot  *snapshot,
                                        const char            *language,
                                        GError               **error)
{
  g_autoptr(SeedsMeetingReport) self = NULL;
  g_autoptr(SeedsCatalog) catalog = NULL;

  g_return_val_if_fail (SEEDS_IS_MEETING_SNAPSHOT (snapshot), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  catalog = seeds_catalog_new (language, error);
  if (catalog == NULL)
    return NULL;

  self = g_object_new (SEEDS_TYPE_MEETING_REPORT, NULL);
  self->language = g_strdup (language);
  self->catalog = g_steal_pointer (&catalog);
  read_content (self, snapshot);

  return g_steal_pointer (&self);
}

/**
 * seeds_meeting_report_new:
 * @store: the store to read the meeting from
 * @meeting: the meeting
 * @language: (nullable): the report's language: see
 *   seeds_meeting_report_new_from_snapshot()
 * @error: return location for a #GError
 *
 * Reads all the report needs from @store and makes the report: the two
 * halves of seeds_meeting_snapshot_gather() and
 * seeds_meeting_report_new_from_snapshot() in one.
 *
 * Returns: (transfer full): the report, or %NULL with @error set when
 *   @language can't be used (SEEDS_LANGUAGE_ERROR) or the store can't be read
 */
SeedsMeetingReport *
seeds_meeting_report_new (SeedsStore    *store,
                          SeedsMeeting  *meeting,
                          const char    *language,
                          GError       **error)
{
  g_autoptr(SeedsMeetingSnapshot) snapshot = NULL;

  g_return_val_if_fail (SEEDS_IS_STORE (store), NULL);
  g_return_val_if_fail (SEEDS_IS_MEETING (meeting), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (language != NULL && !seeds_language_check (language, error))
    return NULL;

  snapshot = seeds_meeting_snapshot_gather (store, seeds_meeting_get_id (meeting), error);
  if (snapshot == NULL)
    return NULL;

  return seeds_meeting_report_new_from_snapshot (snapshot, language, error);
}

/**
 * seeds_meeting_report_get_language:
 *
 * Returns: (nullable): the language asked for, or %NULL for the session's
 */
const char *
seeds_meeting_report_get_language (SeedsMeetingReport *self)
{
  g_return_val_if_fail (SEEDS_IS_MEETING_REPORT (self), NULL);

  return self->language;
}

/**
 * seeds_meeting_report_get_title:
 *
 * Returns: the name of the report, for a print job, the PDF's title or a
 *   file name: "Community — Meeting, 28 November 2026"
 */
const char *
seeds_meeting_report_get_title (SeedsMeetingReport *self)
{
  g_return_val_if_fail (SEEDS_IS_MEETING_REPORT (self), NULL);

  return self->title;
}

/* ------------------------------------------------------------------------
 * Laying out
 */

typedef SeedsPrintStyle CellStyle;

static const CellStyle footer_style = {
  7, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, &muted, PANGO_ALIGN_LEFT
};

static CellStyle
cell_style (RowKind kind,
            guint   cell)
{
  CellStyle style = { 9, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, &ink, PANGO_ALIGN_LEFT };

  switch (kind)
    {
    case ROW_KICKER:
      style.size = 8;
      style.weight = PANGO_WEIGHT_BOLD;
      style.color = &muted;
      break;

    case ROW_TITLE:
      style.size = 20;
      style.weight = PANGO_WEIGHT_BOLD;
      break;

    case ROW_SUBTITLE:
      style.size = 12.5;
      break;

    case ROW_LEAD:
      style.size = 10;
      style.weight = PANGO_WEIGHT_BOLD;
      break;

    case ROW_NOTE:
      style.size = 8;
      style.color = &muted;
      break;

    case ROW_HEADING:
      style.size = 13;
      style.weight = PANGO_WEIGHT_BOLD;
      break;

    case ROW_GROUP:
      style.size = 8.5;
      style.weight = PANGO_WEIGHT_BOLD;
      style.color = &muted;
      break;

    case ROW_TABLE_HEAD:
    case ROW_STEPS_HEAD:
      style.size = 7.5;
      style.weight = PANGO_WEIGHT_BOLD;
      style.color = &muted;
      if (kind == ROW_TABLE_HEAD && (cell == FACTOR_N || cell == FACTOR_MEAN))
        style.alignment = PANGO_ALIGN_RIGHT;
      break;

    case ROW_ATTENTION:
      if (cell == ATTENTION_NUMBER)
        style.color = &muted;
      else if (cell == ATTENTION_MEAN)
        {
          style.weight = PANGO_WEIGHT_BOLD;
          style.alignment = PANGO_ALIGN_RIGHT;
        }
      else if (cell == ATTENTION_DIFFER)
        style.style = PANGO_STYLE_ITALIC;
      break;

    case ROW_FACTOR:
      style.size = 8.5;
      if (cell == FACTOR_NUMBER)
        style.color = &muted;
      else if (cell == FACTOR_N)
        style.alignment = PANGO_ALIGN_RIGHT;
      else if (cell == FACTOR_MEAN)
        {
          style.weight = PANGO_WEIGHT_BOLD;
          style.alignment = PANGO_ALIGN_RIGHT;
        }
      else if (cell == FACTOR_MARK)
        style.weight = PANGO_WEIGHT_BOLD;
      break;

    case ROW_STEP_FACTOR:
      style.size = 9;
      style.weight = PANGO_WEIGHT_BOLD;
      break;

    case ROW_STEP:
      if (cell == STEP_AGREED)
        {
          style.size = 7.5;
          style.style = PANGO_STYLE_ITALIC;
          style.color = &muted;
        }
      else if (cell != STEP_TEXT)
        style.size = 8.5;
      break;

    default:
      g_assert_not_reached ();
    }

  return style;
}

static PangoLayout *
make_layout (SeedsMeetingReport *self,
             const char         *text,
             CellStyle           style,
             double              width)
{
  /* Set as text, not markup: names and next steps are what people typed. */
  return seeds_print_layout_new (self->context, text, &style, width, PANGO_WRAP_WORD_CHAR);
}

/* How wide a column must be for the widest of its cells, unwrapped. */
static double
natural_width (SeedsMeetingReport *self,
               RowKind             kind,
               RowKind             head_kind,
               guint               cell)
{
  double width = 0;

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);
      g_autoptr(PangoLayout) layout = NULL;

      if ((row->kind != kind && row->kind != head_kind) || row->texts[cell] == NULL)
        continue;

      layout = make_layout (self, row->texts[cell], cell_style (row->kind, cell), -1);
      width = MAX (width, seeds_print_layout_width (layout));
    }

  return ceil (width);
}

static double
band_width (SeedsMeetingReport *self,
            RowKind             kind,
            guint               cell)
{
  return natural_width (self, kind, kind, cell) + MARKER + MARKER_GAP;
}

/* Lays columns out from the right edge leftwards. The first column starts
 * at widths[0] and takes what is left; a later column of width 0 is empty
 * and takes no gap either. */
static void
place_columns (Column       *columns,
               guint         n_columns,
               const double *widths,
               double        total)
{
  double x = total;

  for (guint i = n_columns; i-- > 1;)
    {
      columns[i].width = widths[i];
      columns[i].x = x - widths[i];
      x = columns[i].x - (widths[i] > 0 ? GAP : 0);
    }

  columns[0].x = widths[0];
  columns[0].width = MAX (x - widths[0], 40);
}

static void
place_all_columns (SeedsMeetingReport *self)
{
  double number = MAX (natural_width (self, ROW_FACTOR, ROW_FACTOR, FACTOR_NUMBER),
                       natural_width (self, ROW_ATTENTION, ROW_ATTENTION, ATTENTION_NUMBER)) + GAP;
  double mean = MAX (natural_width (self, ROW_FACTOR, ROW_TABLE_HEAD, FACTOR_MEAN),
                     natural_width (self, ROW_ATTENTION, ROW_ATTENTION, ATTENTION_MEAN));
  double w = self->width;
  /* Words may wrap on a narrow page; the title keeps most of the width. */
  double band = MIN (MAX (band_width (self, ROW_FACTOR, FACTOR_BAND),
                          band_width (self, ROW_ATTENTION, ATTENTION_BAND)), w / 5);
  double differ = MIN (natural_width (self, ROW_ATTENTION, ROW_ATTENTION, ATTENTION_DIFFER), w / 5);

  /* In both tables the title comes after the number and takes the rest. */
  {
    double widths[] = { number, mean, band, differ };
    Column columns[G_N_ELEMENTS (widths)];

    place_columns (columns, G_N_ELEMENTS (columns), widths, w);
    self->attention_columns[ATTENTION_NUMBER] = (Column) { 0, number - GAP };
    self->attention_columns[ATTENTION_TITLE] = columns[0];
    self->attention_columns[ATTENTION_MEAN] = columns[1];
    self->attention_columns[ATTENTION_BAND] = columns[2];
    self->attention_columns[ATTENTION_DIFFER] = columns[3];
  }

  {
    double widths[] = {
      number,
      6 * DOT_COLUMN + DOT_COLUMN / 3,
      natural_width (self, ROW_FACTOR, ROW_TABLE_HEAD, FACTOR_N),
      mean,
      band,
      natural_width (self, ROW_FACTOR, ROW_FACTOR, FACTOR_MARK),
    };
    Column columns[G_N_ELEMENTS (widths)];

    place_columns (columns, G_N_ELEMENTS (columns), widths, w);
    self->factor_columns[FACTOR_NUMBER] = (Column) { 0, number - GAP };
    self->factor_columns[FACTOR_TITLE] = columns[0];
    self->factor_columns[FACTOR_DOTS] = columns[1];
    self->factor_columns[FACTOR_N] = columns[2];
    self->factor_columns[FACTOR_MEAN] = columns[3];
    self->factor_columns[FACTOR_BAND] = columns[4];
    self->factor_columns[FACTOR_MARK] = columns[5];
  }

  {
    double widths[N_STEP_COLUMNS] = {
      0,
      MIN (natural_width (self, ROW_STEP, ROW_STEPS_HEAD, STEP_OWNER), w / 5),
      MIN (natural_width (self, ROW_STEP, ROW_STEPS_HEAD, STEP_DUE), w / 5),
      MIN (natural_width (self, ROW_STEP, ROW_STEPS_HEAD, STEP_STATUS), w / 6),
    };

    place_columns (self->step_columns, N_STEP_COLUMNS, widths, w);
  }
}

/* The column of a cell, or FALSE when the cell spans the page. */
static gboolean
cell_column (SeedsMeetingReport *self,
             RowKind             kind,
             guint               cell,
             Column             *column)
{
  if (kind == ROW_ATTENTION)
    *column = self->attention_columns[cell];
  else if (kind == ROW_TABLE_HEAD || kind == ROW_FACTOR)
    *column = self->factor_columns[cell];
  else if (kind == ROW_STEPS_HEAD || kind == ROW_STEP)
    *column = self->step_columns[cell == STEP_AGREED ? STEP_TEXT : cell];
  else
    {
      *column = (Column) { 0, self->width };
      return FALSE;
    }

  return TRUE;
}

static gboolean
is_band (RowKind kind,
         guint   cell)
{
  return (kind == ROW_FACTOR && cell == FACTOR_BAND) ||
         (kind == ROW_ATTENTION && cell == ATTENTION_BAND);
}

/* Numbers and marks are never wrapped: their columns are as wide as the
 * widest. Text is wrapped to its column. */
static gboolean
cell_wraps (RowKind kind,
            guint   cell)
{
  if (kind == ROW_ATTENTION)
    return cell == ATTENTION_TITLE || cell == ATTENTION_BAND || cell == ATTENTION_DIFFER;
  if (kind == ROW_TABLE_HEAD || kind == ROW_FACTOR)
    return cell == FACTOR_TITLE || cell == FACTOR_BAND;
  return TRUE;
}

static void
measure_row (SeedsMeetingReport *self,
             Row                *row)
{
  double height = 0;

  for (guint i = 0; i < MAX_CELLS; i++)
    {
      Column column;
      double width;
      double cell_height;

      if (row->texts[i] == NULL)
        continue;

      if (!cell_column (self, row->kind, i, &column))
        width = column.width;
      else if (!cell_wraps (row->kind, i))
        width = -1;
      else if (is_band (row->kind, i))
        width = column.width - MARKER - MARKER_GAP;
      else
        width = column.width;

      row->layouts[i] = make_layout (self, row->texts[i], cell_style (row->kind, i), width);
      cell_height = seeds_print_layout_height (row->layouts[i]);
      if (row->kind == ROW_STEP && i == STEP_TEXT && row->texts[STEP_AGREED] != NULL)
        continue;  /* measured with the line below it */
      if (row->kind == ROW_STEP && i == STEP_AGREED)
        cell_height += 1 + seeds_print_layout_height (row->layouts[STEP_TEXT]);

      height = MAX (height, cell_height);
    }

  row->height = ceil (height + 2 * row_kinds[row->kind].padding);
}

/* How many dots of radius r fit side by side in a score's column, and how
 * many rows of them in room. */
static guint
dot_capacity (double  r,
              double  room,
              guint  *per_row)
{
  /* a hair more, so that an exact fit is not lost to rounding */
  *per_row = MAX (1, (guint)((DOT_COLUMN - 2 + DOT_GAP) / (2 * r + DOT_GAP) + 1e-6));
  return *per_row * MAX (1, (guint)((room + DOT_GAP) / (2 * r + DOT_GAP) + 1e-6));
}

/* The largest dots with which every factor's scores fit in a one-line row,
 * so that dots are the same size everywhere. */
static double
fit_radius (SeedsMeetingReport *self)
{
  guint most = 0;

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);

      if (row->kind != ROW_FACTOR)
        continue;
      most = MAX (most, row->stats->dont_know);
      for (int v = SEEDS_SCORE_MIN; v <= SEEDS_SCORE_MAX; v++)
        most = MAX (most, row->stats->counts[v]);
    }

  for (double r = MAX_RADIUS; r > MIN_RADIUS; r -= 0.1)
    {
      guint per_row;

      if (dot_capacity (r, self->dot_room, &per_row) >= most)
        return r;
    }

  return MIN_RADIUS;
}

/* "Page 1 of 2", in the report's language. */
static char *
format_page (SeedsMeetingReport *self,
             guint               page,
             guint               n_pages)
{
  /* Translators: at the foot of each page of a report */
  return g_strdup_printf (T_(self->catalog, "Page %u of %u"), page, n_pages);
}

static GArray *
new_page (SeedsMeetingReport *self)
{
  GArray *page = g_array_new (FALSE, FALSE, sizeof (Placement));

  g_ptr_array_add (self->pages, page);
  return page;
}

/* How much room row first needs: a row that keeps with the next needs
 * room for the next as well. */
static double
needed_height (SeedsMeetingReport *self,
               guint               first)
{
  double needed = 0;

  for (guint i = first; i < self->rows->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);

      needed += row_kinds[row->kind].space_before + row->height;
      if (!row_kinds[row->kind].keep)
        break;
    }

  return needed;
}

static void
place_row (SeedsMeetingReport *self,
           GArray             *page,
           guint               index,
           double             *y)
{
  Row *row = &g_array_index (self->rows, Row, index);
  Placement placement;

  if (page->len > 0)
    *y += row_kinds[row->kind].space_before;

  placement = (Placement) { index, *y };
  g_array_append_val (page, placement);
  *y += row->height;
}

/* Rows go on a page while they fit. A table that goes on on the next page
 * repeats its column headings there, and the group or factor that a row
 * belongs to, so that a row is never read without them. */
static void
paginate_rows (SeedsMeetingReport *self)
{
  GArray *page = new_page (self);
  double y = 0;
  int header = -1;   /* the column headings of the table going on */
  int section = -1;  /* the group of factors, or the factor of next steps */

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);

      if (row->kind == ROW_HEADING)
        header = section = -1;
      else if (row->kind == ROW_TABLE_HEAD || row->kind == ROW_STEPS_HEAD)
        {
          header = (int)i;
          section = -1;
        }
      else if (row->kind == ROW_GROUP || row->kind == ROW_STEP_FACTOR)
        section = (int)i;

      if (page->len > 0 && y + needed_height (self, i) > self->body_height)
        {
          page = new_page (self);
          y = 0;
          if (header >= 0 && row_kinds[row->kind].in_table)
            place_row (self, page, (guint)header, &y);
          if (section >= 0 && row_kinds[row->kind].in_section)
            place_row (self, page, (guint)section, &y);
        }

      place_row (self, page, i, &y);
    }
}

/**
 * seeds_meeting_report_paginate:
 * @self: a #SeedsMeetingReport
 * @cr: the cairo context that will draw the pages, or one like it: its
 *   target's font options and transformation are used to measure text
 * @width: the width of the printable area, in points
 * @height: its height
 *
 * Lays the report out for pages of @width × @height, drawn from (0, 0).
 * Can be called again, for another page size.
 *
 * Returns: the number of pages
 */
guint
seeds_meeting_report_paginate (SeedsMeetingReport *self,
                               cairo_t            *cr,
                               double              width,
                               double              height)
{
  g_autoptr(PangoLayout) line = NULL;
  g_autofree char *widest_page = NULL;
  g_autoptr(PangoLayout) page_number = NULL;
  double footer_height;

  g_return_val_if_fail (SEEDS_IS_MEETING_REPORT (self), 0);
  g_return_val_if_fail (cr != NULL, 0);
  g_return_val_if_fail (width > 100 && height > 100, 0);

  clear_layout (self);
  self->width = width;
  self->height = height;

  self->context = seeds_print_context_new (cr, self->language);

  place_all_columns (self);

  /* Room for "Page 99 of 99" beside the credit. */
  widest_page = format_page (self, 99, 99);
  page_number = make_layout (self, widest_page, footer_style, -1);
  self->footer_layout = make_layout (self, self->footer, footer_style,
                                     width - seeds_print_layout_width (page_number) - 40);
  footer_height = seeds_print_layout_height (self->footer_layout);
  self->body_height = height - footer_height - FOOTER_GAP;

  for (guint i = 0; i < self->rows->len; i++)
    measure_row (self, &g_array_index (self->rows, Row, i));

  line = make_layout (self, "Ag", cell_style (ROW_FACTOR, FACTOR_TITLE), -1);
  /* a one-line row, less a point above and below */
  self->dot_room = seeds_print_layout_height (line) + 2 * ROW_PADDING - 2;
  self->radius = fit_radius (self);

  paginate_rows (self);

  return self->pages->len;
}

guint
seeds_meeting_report_get_n_pages (SeedsMeetingReport *self)
{
  g_return_val_if_fail (SEEDS_IS_MEETING_REPORT (self), 0);

  return self->pages->len;
}

/* ------------------------------------------------------------------------
 * Drawing
 */

static void
draw_line (cairo_t     *cr,
           double       x0,
           double       x1,
           double       y,
           double       width,
           const Color *color)
{
  cairo_save (cr);
  seeds_print_set_color (cr, color);
  cairo_set_line_width (cr, width);
  cairo_move_to (cr, x0, y);
  cairo_line_to (cr, x1, y);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static const Color *
band_color (SeedsBand band)
{
  switch (band)
    {
    case SEEDS_BAND_STRENGTH:
      return &strength;
    case SEEDS_BAND_DISCUSS:
      return &discuss;
    case SEEDS_BAND_ATTENTION:
      return &attention;
    case SEEDS_BAND_NONE:
    default:
      return NULL;
    }
}

/* A square in the band's colour before its word, centred on the first line. */
static void
draw_band (cairo_t          *cr,
           PangoLayout      *layout,
           SeedsBand         band,
           const Column     *column,
           double            y)
{
  const Color *color = band_color (band);
  double baseline = (double)pango_layout_get_baseline (layout) / PANGO_SCALE;

  if (color != NULL)
    {
      cairo_save (cr);
      seeds_print_set_color (cr, color);
      cairo_rectangle (cr, column->x, y + baseline - MARKER - 0.5, MARKER, MARKER);
      cairo_fill (cr);
      cairo_restore (cr);
    }

  seeds_print_show_layout (cr, layout, column->x + MARKER + MARKER_GAP, y, &ink);
}

/* The scores as dots above a 1–5 scale, like stickers on the poster, and
 * "don't know" as hollow dots apart; a count where too many to fit. They
 * keep to the first line of a row whose title wraps, as the numbers do. */
static void
draw_dots (SeedsMeetingReport *self,
           cairo_t            *cr,
           Row                *row,
           double              y)
{
  const Column *column = &self->factor_columns[FACTOR_DOTS];
  double r = self->radius;
  double bottom = y + 1 + self->dot_room;
  guint per_row;
  guint capacity = dot_capacity (r, self->dot_room, &per_row);

  for (guint c = 0; c <= SEEDS_SCORE_MAX; c++)
    {
      guint count = c < SEEDS_SCORE_MAX ? row->stats->counts[c + 1] : row->stats->dont_know;
      double left = column->x + c * DOT_COLUMN + (c == SEEDS_SCORE_MAX ? DOT_COLUMN / 3 : 0);
      guint in_row = MIN (count, per_row);
      double row_width = in_row * (2 * r + DOT_GAP) - DOT_GAP;

      if (count > capacity)
        {
          g_autofree char *text = g_strdup_printf ("%u", count);
          g_autoptr(PangoLayout) layout =
            make_layout (self, text, (CellStyle) { 7.5, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, &dot,
                                                   PANGO_ALIGN_CENTER }, DOT_COLUMN);

          seeds_print_show_layout (cr, layout, left, bottom - seeds_print_layout_height (layout),
                                   &dot);
          continue;
        }

      cairo_save (cr);
      cairo_set_line_width (cr, 0.7);
      for (guint i = 0; i < count; i++)
        {
          double cx = left + (DOT_COLUMN - row_width) / 2 + r + (i % per_row) * (2 * r + DOT_GAP);
          double cy = bottom - r - (i / per_row) * (2 * r + DOT_GAP);

          cairo_new_sub_path (cr);
          if (c < SEEDS_SCORE_MAX)
            {
              seeds_print_set_color (cr, &dot);
              cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
              cairo_fill (cr);
            }
          else
            {
              seeds_print_set_color (cr, &muted);
              cairo_arc (cr, cx, cy, r - 0.35, 0, 2 * G_PI);
              cairo_stroke (cr);
            }
        }
      cairo_restore (cr);
    }
}

/* The 1 … 5 and ? above the dots. */
static void
draw_dot_labels (SeedsMeetingReport *self,
                 cairo_t            *cr,
                 double              y)
{
  const Column *column = &self->factor_columns[FACTOR_DOTS];

  for (guint c = 0; c <= SEEDS_SCORE_MAX; c++)
    {
      double left = column->x + c * DOT_COLUMN + (c == SEEDS_SCORE_MAX ? DOT_COLUMN / 3 : 0);
      CellStyle style = cell_style (ROW_TABLE_HEAD, FACTOR_DOTS);
      g_autoptr(PangoLayout) layout = NULL;

      style.alignment = PANGO_ALIGN_CENTER;
      layout = make_layout (self, self->dot_labels[c], style, DOT_COLUMN);
      seeds_print_show_layout (cr, layout, left, y + ROW_PADDING, style.color);
    }
}

static void
draw_row (SeedsMeetingReport *self,
          cairo_t            *cr,
          Row                *row,
          double              y)
{
  double padding = row_kinds[row->kind].padding;

  if (row->kind == ROW_TABLE_HEAD || row->kind == ROW_STEPS_HEAD)
    {
      cairo_save (cr);
      seeds_print_set_color (cr, &shade);
      cairo_rectangle (cr, 0, y, self->width, row->height);
      cairo_fill (cr);
      cairo_restore (cr);
      if (row->kind == ROW_TABLE_HEAD)
        draw_dot_labels (self, cr, y);
    }
  else if (row->kind == ROW_ATTENTION || row->kind == ROW_FACTOR || row->kind == ROW_STEP)
    {
      draw_line (cr, 0, self->width, y + row->height, 0.4, &rule);
      if (row->kind == ROW_FACTOR)
        draw_dots (self, cr, row, y);
    }
  else if (row->kind == ROW_HEADING)
    {
      draw_line (cr, 0, self->width, y + row->height + 1.5, 0.8, &ink);
    }

  for (guint i = 0; i < MAX_CELLS; i++)
    {
      CellStyle style = cell_style (row->kind, i);
      Column column;
      double top = y + padding;

      if (row->layouts[i] == NULL)
        continue;

      cell_column (self, row->kind, i, &column);

      if (is_band (row->kind, i))
        {
          draw_band (cr, row->layouts[i], row->stats->band, &column, top);
          continue;
        }

      if (row->kind == ROW_STEP && i == STEP_AGREED)
        top += seeds_print_layout_height (row->layouts[STEP_TEXT]) + 1;

      /* A layout without a width aligns within itself: place it by hand. */
      if (pango_layout_get_width (row->layouts[i]) < 0 && style.alignment == PANGO_ALIGN_RIGHT)
        column.x += column.width - seeds_print_layout_width (row->layouts[i]);

      seeds_print_show_layout (cr, row->layouts[i], column.x, top, style.color);
    }
}

static void
draw_footer (SeedsMeetingReport *self,
             cairo_t            *cr,
             guint               page)
{
  g_autofree char *text = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  double top = self->height - seeds_print_layout_height (self->footer_layout);

  text = format_page (self, page + 1, self->pages->len);

  layout = make_layout (self, text, footer_style, -1);

  draw_line (cr, 0, self->width, top - 4, 0.4, &rule);
  seeds_print_show_layout (cr, self->footer_layout, 0, top, &muted);
  seeds_print_show_layout (cr, layout, self->width - seeds_print_layout_width (layout), top,
                           &muted);
}

/**
 * seeds_meeting_report_draw_page:
 * @self: a #SeedsMeetingReport
 * @cr: where to draw, with the printable area's top left at (0, 0) and
 *   points as units
 * @page: the page, from 0
 *
 * Draws a page as laid out by the last seeds_meeting_report_paginate().
 */
void
seeds_meeting_report_draw_page (SeedsMeetingReport *self,
                                cairo_t            *cr,
                                guint               page)
{
  GArray *placements;

  g_return_if_fail (SEEDS_IS_MEETING_REPORT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (self->context != NULL);
  g_return_if_fail (page < self->pages->len);

  /* Render for this context's resolution; layouts notice the change, and
   * their metrics stay the same. */
  pango_cairo_update_context (cr, self->context);

  placements = g_ptr_array_index (self->pages, page);
  for (guint i = 0; i < placements->len; i++)
    {
      Placement *placement = &g_array_index (placements, Placement, i);

      draw_row (self, cr, &g_array_index (self->rows, Row, placement->row), placement->y);
    }

  draw_footer (self, cr, page);
}

/**
 * seeds_meeting_report_write_pdf:
 * @self: a #SeedsMeetingReport
 * @path: the file to write; an existing file is replaced, whole or not at all
 * @error: return location for a #GError
 *
 * Saves the report as a PDF file with A4 pages.
 *
 * Returns: whether the file was written
 */
gboolean
seeds_meeting_report_write_pdf (SeedsMeetingReport  *self,
                                const char          *path,
                                GError             **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_status_t status;
  cairo_t *cr;
  guint n_pages;

  g_return_val_if_fail (SEEDS_IS_MEETING_REPORT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  cr = seeds_print_pdf_begin (bytes, A4_WIDTH, A4_HEIGHT, self->title);
  cairo_translate (cr, PDF_MARGIN, PDF_MARGIN);

  n_pages = seeds_meeting_report_paginate (self, cr, A4_WIDTH - 2 * PDF_MARGIN,
                                           A4_HEIGHT - 2 * PDF_MARGIN);
  for (guint page = 0; page < n_pages; page++)
    {
      seeds_meeting_report_draw_page (self, cr, page);
      cairo_show_page (cr);
    }

  status = seeds_print_pdf_end (cr);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The report could not be made: %s"), cairo_status_to_string (status));
      return FALSE;
    }

  return g_file_set_contents (path, (const char *)bytes->data, bytes->len, error);
}
