/* seeds-report-content.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pango.h>

#include "model/seeds-catalog.h"
#include "model/seeds-score.h"
#include "print/seeds-meeting-snapshot.h"
#include "stats/seeds-meeting-summary.h"

G_BEGIN_DECLS

/* What the meeting report says, in its language, as a list of rows (a
 * title, a heading, a factor, a next step, a brilliant failure), each made of cells of plain
 * text: user-typed text is never markup. Made from a snapshot, without the
 * store; seeds-meeting-report.c lays the rows out and puts them on pages. */

typedef enum
{
  SEEDS_ROW_KICKER,       /* "Meeting report" */
  SEEDS_ROW_TITLE,        /* the community */
  SEEDS_ROW_SUBTITLE,     /* the meeting and its date */
  SEEDS_ROW_LEAD,         /* how many scored */
  SEEDS_ROW_NOTE,         /* small print: what the numbers mean, an empty list */
  SEEDS_ROW_HEADING,      /* a section */
  SEEDS_ROW_ATTENTION,    /* number, title, mean, band, "we see this differently" */
  SEEDS_ROW_TABLE_HEAD,   /* the overview's column headings */
  SEEDS_ROW_GROUP,        /* a group of factors in the overview */
  SEEDS_ROW_FACTOR,       /* number, title, dots, n, mean, band, mark */
  SEEDS_ROW_STEPS_HEAD,   /* the next steps' column headings */
  SEEDS_ROW_STEP_FACTOR,  /* the factor the next steps or brilliant failures below are for */
  SEEDS_ROW_STEP,         /* text, owner, due date, status; when agreed, if earlier */
  SEEDS_ROW_FAILURES_HEAD, /* the brilliant failures' column headings */
  SEEDS_ROW_FAILURE,      /* what we tried, what happened, what we learned */
} SeedsRowKind;

#define SEEDS_N_ROW_KINDS (SEEDS_ROW_FAILURE + 1)

/* The cells of each kind of row. */
enum { SEEDS_ATTENTION_NUMBER, SEEDS_ATTENTION_TITLE, SEEDS_ATTENTION_MEAN,
       SEEDS_ATTENTION_BAND, SEEDS_ATTENTION_DIFFER, SEEDS_N_ATTENTION_CELLS };
enum { SEEDS_FACTOR_NUMBER, SEEDS_FACTOR_TITLE, SEEDS_FACTOR_DOTS, SEEDS_FACTOR_N,
       SEEDS_FACTOR_MEAN, SEEDS_FACTOR_BAND, SEEDS_FACTOR_MARK, SEEDS_N_FACTOR_CELLS };
enum { SEEDS_STEP_TEXT, SEEDS_STEP_OWNER, SEEDS_STEP_DUE, SEEDS_STEP_STATUS,
       SEEDS_N_STEP_COLUMNS, SEEDS_STEP_AGREED = SEEDS_N_STEP_COLUMNS, SEEDS_N_STEP_CELLS };
enum { SEEDS_FAILURE_TRIED, SEEDS_FAILURE_HAPPENED, SEEDS_FAILURE_LEARNED, SEEDS_N_FAILURE_CELLS };

#define SEEDS_ROW_MAX_CELLS 7

typedef struct
{
  SeedsRowKind            kind;
  char                   *texts[SEEDS_ROW_MAX_CELLS];  /* NULL: nothing in that cell */
  const SeedsFactorStats *stats;                       /* of attention and factor rows */

  /* laid out for a page width */
  PangoLayout            *layouts[SEEDS_ROW_MAX_CELLS];
  double                  height;
} SeedsReportRow;

typedef struct
{
  SeedsCatalog        *catalog; /* the report's language */
  char                *title;   /* for a print job, the PDF's title or a file name */
  char                *footer;  /* the app and the research it builds on */
  char                *dot_labels[SEEDS_SCORE_MAX + 1];  /* "1" … "5", then "?" */
  SeedsMeetingSummary *summary;
  GArray              *rows;    /* of SeedsReportRow */
} SeedsReportContent;

SeedsReportContent *seeds_report_content_new          (SeedsMeetingSnapshot *snapshot,
                                                       SeedsCatalog         *catalog,
                                                       GError              **error);
void                seeds_report_content_free         (SeedsReportContent   *self);
void                seeds_report_content_clear_layout (SeedsReportContent   *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SeedsReportContent, seeds_report_content_free)

G_END_DECLS
