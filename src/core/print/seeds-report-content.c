/* seeds-report-content.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "model/seeds-text.h"
#include "print/seeds-print.h"
#include "print/seeds-report-content.h"

static void
row_clear (gpointer data)
{
  SeedsReportRow *row = data;

  for (guint i = 0; i < SEEDS_ROW_MAX_CELLS; i++)
    {
      g_clear_pointer (&row->texts[i], g_free);
      g_clear_object (&row->layouts[i]);
    }
}

static SeedsReportRow *
add_row (SeedsReportContent *self,
         SeedsRowKind        kind)
{
  SeedsReportRow row = { .kind = kind };

  g_array_append_val (self->rows, row);
  return &g_array_index (self->rows, SeedsReportRow, self->rows->len - 1);
}

static void
add_text (SeedsReportContent *self,
          SeedsRowKind        kind,
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
add_title (SeedsReportContent *self,
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

  add_text (self, SEEDS_ROW_KICKER, kicker);
  add_text (self, SEEDS_ROW_TITLE, seeds_community_get_name (community));
  add_text (self, SEEDS_ROW_SUBTITLE, subtitle);
  add_text (self, SEEDS_ROW_LEAD, lead);
  add_text (self, SEEDS_ROW_NOTE, scale);
}

static void
add_attention (SeedsReportContent *self)
{
  SeedsCatalog *catalog = self->catalog;
  SeedsFramework *framework = seeds_meeting_summary_get_framework (self->summary);
  const guint *order;
  guint n;

  order = seeds_meeting_summary_get_attention_order (self->summary, &n);

  add_text (self, SEEDS_ROW_HEADING, T_(catalog, "Needs Attention"));

  if (seeds_meeting_summary_get_n_participants (self->summary) == 0)
    add_text (self, SEEDS_ROW_NOTE,
              T_(catalog, "Once people have scored, the factors that need attention are "
                          "listed here."));
  else if (n == 0)
    add_text (self, SEEDS_ROW_NOTE,
              T_(catalog, "No factor needs attention: the group sees every factor as a strength."));

  for (guint i = 0; i < n; i++)
    {
      SeedsFactor *factor = seeds_framework_get_factor (framework, order[i]);
      const SeedsFactorStats *stats = seeds_meeting_summary_get_stats (self->summary, order[i]);
      SeedsReportRow *row = add_row (self, SEEDS_ROW_ATTENTION);

      row->stats = stats;
      row->texts[SEEDS_ATTENTION_NUMBER] = factor_number (factor);
      row->texts[SEEDS_ATTENTION_TITLE] = g_strdup (seeds_factor_get_title (factor));
      row->texts[SEEDS_ATTENTION_MEAN] = seeds_factor_stats_format_mean_in (stats, catalog);
      row->texts[SEEDS_ATTENTION_BAND] = g_strdup (seeds_band_get_label_in (stats->band, catalog));
      if (stats->disagreement)
        row->texts[SEEDS_ATTENTION_DIFFER] = g_strdup (T_(catalog, "We see this differently"));
    }
}

static void
add_overview (SeedsReportContent *self)
{
  SeedsCatalog *catalog = self->catalog;
  SeedsFramework *framework = seeds_meeting_summary_get_framework (self->summary);
  GListModel *groups = seeds_framework_get_groups (framework);
  SeedsReportRow *head;

  add_text (self, SEEDS_ROW_HEADING, T_(catalog, "Overview"));

  head = add_row (self, SEEDS_ROW_TABLE_HEAD);
  head->texts[SEEDS_FACTOR_TITLE] = g_strdup (T_(catalog, "Factor"));
  /* Translators: the heading of the column with the number of 1–5 scores */
  head->texts[SEEDS_FACTOR_N] = g_strdup (TC_(catalog, "number of scores", "n"));
  head->texts[SEEDS_FACTOR_MEAN] = g_strdup (T_(catalog, "Mean"));

  for (guint g = 0; g < g_list_model_get_n_items (groups); g++)
    {
      g_autoptr(SeedsFactorGroup) group = g_list_model_get_item (groups, g);
      GListModel *factors = seeds_factor_group_get_factors (group);

      add_text (self, SEEDS_ROW_GROUP, seeds_factor_group_get_name (group));

      for (guint i = 0; i < g_list_model_get_n_items (factors); i++)
        {
          g_autoptr(SeedsFactor) factor = g_list_model_get_item (factors, i);
          const SeedsFactorStats *stats =
            seeds_meeting_summary_get_stats (self->summary, seeds_factor_get_position (factor));
          SeedsReportRow *row = add_row (self, SEEDS_ROW_FACTOR);

          row->stats = stats;
          row->texts[SEEDS_FACTOR_NUMBER] = factor_number (factor);
          row->texts[SEEDS_FACTOR_TITLE] = g_strdup (seeds_factor_get_title (factor));
          row->texts[SEEDS_FACTOR_N] = g_strdup_printf ("%u", stats->n);
          row->texts[SEEDS_FACTOR_MEAN] = seeds_factor_stats_format_mean_in (stats, catalog);
          row->texts[SEEDS_FACTOR_BAND] =
            g_strdup (seeds_band_get_label_in (stats->band, catalog));
          if (stats->disagreement)
            row->texts[SEEDS_FACTOR_MARK] = g_strdup ("≠");
        }
    }

  add_text (self, SEEDS_ROW_NOTE,
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
add_step (SeedsReportContent *self,
          SeedsNextStep      *step,
          SeedsMeeting       *meeting)
{
  SeedsCatalog *catalog = self->catalog;
  const char *due = seeds_next_step_get_due_date (step);
  SeedsNextStepStatus status = seeds_next_step_get_status (step);
  SeedsReportRow *row = add_row (self, SEEDS_ROW_STEP);

  row->texts[SEEDS_STEP_TEXT] = g_strdup (seeds_next_step_get_text (step));
  row->texts[SEEDS_STEP_OWNER] = g_strdup (seeds_next_step_get_owner (step));
  if (due != NULL && *due != '\0')
    row->texts[SEEDS_STEP_DUE] = seeds_date_format_in (due, catalog);
  row->texts[SEEDS_STEP_STATUS] = g_strdup (seeds_next_step_status_get_label_in (status, catalog));

  if (!g_str_equal (seeds_next_step_get_meeting_id (step), seeds_meeting_get_id (meeting)))
    {
      g_autofree char *agreed = seeds_date_format_in (seeds_next_step_get_meeting_date (step),
                                                      catalog);

      /* Translators: the date of the meeting where a next step was agreed */
      row->texts[SEEDS_STEP_AGREED] = g_strdup_printf (T_(catalog, "agreed %s"), agreed);
    }
}

/* "3  Continuous attention to community building", above the next steps
 * or the brilliant failures of a factor */
static void
add_factor_heading (SeedsReportContent *self,
                    SeedsFactor        *factor)
{
  g_autofree char *number = factor_number (factor);
  g_autofree char *heading = NULL;

  /* Translators: a factor's number, then its title, as "3  Continuous attention…" */
  heading = g_strdup_printf (T_(self->catalog, "%s  %s"), number, seeds_factor_get_title (factor));
  add_text (self, SEEDS_ROW_STEP_FACTOR, heading);
}

static void
add_next_steps (SeedsReportContent *self,
                SeedsMeeting       *meeting,
                GPtrArray          *steps)
{
  SeedsCatalog *catalog = self->catalog;
  SeedsFramework *framework = seeds_meeting_summary_get_framework (self->summary);
  gboolean any = FALSE;
  SeedsReportRow *head;

  add_text (self, SEEDS_ROW_HEADING, T_(catalog, "Next Steps"));

  for (guint i = 0; i < steps->len && !any; i++)
    any = is_reported (g_ptr_array_index (steps, i), meeting, framework);

  if (!any)
    {
      add_text (self, SEEDS_ROW_NOTE, T_(catalog, "No next steps have been agreed yet."));
      return;
    }

  head = add_row (self, SEEDS_ROW_STEPS_HEAD);
  head->texts[SEEDS_STEP_TEXT] = g_strdup (T_(catalog, "Next step"));
  head->texts[SEEDS_STEP_OWNER] = g_strdup (T_(catalog, "Who"));
  head->texts[SEEDS_STEP_DUE] = g_strdup (T_(catalog, "Due Date"));
  head->texts[SEEDS_STEP_STATUS] = g_strdup (T_(catalog, "Status"));

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
            add_factor_heading (self, factor);
          first = FALSE;

          add_step (self, step, meeting);
        }
    }
}

static void
add_failure (SeedsReportContent *self,
             SeedsFailure       *failure)
{
  SeedsReportRow *row = add_row (self, SEEDS_ROW_FAILURE);

  row->texts[SEEDS_FAILURE_TRIED] = g_strdup (seeds_failure_get_tried (failure));
  row->texts[SEEDS_FAILURE_HAPPENED] = g_strdup (seeds_failure_get_happened (failure));
  row->texts[SEEDS_FAILURE_LEARNED] = g_strdup (seeds_failure_get_learned (failure));
}

/* Whether @failure touches @factor; with none, one that no factor of the
 * framework claims */
static gboolean
touches (SeedsFailure   *failure,
         SeedsFactor    *factor,
         SeedsFramework *framework)
{
  const char *factor_id = seeds_failure_get_factor_id (failure);

  if (factor == NULL)
    return factor_id == NULL || seeds_framework_lookup_factor (framework, factor_id) == NULL;

  return g_strcmp0 (factor_id, seeds_factor_get_id (factor)) == 0;
}

/* The failures that touch @factor (NULL: no factor of the framework),
 * under its heading */
static void
add_failures_of (SeedsReportContent *self,
                 GPtrArray          *failures,
                 SeedsFactor        *factor)
{
  SeedsFramework *framework = seeds_meeting_summary_get_framework (self->summary);
  gboolean first = TRUE;

  for (guint i = 0; i < failures->len; i++)
    {
      SeedsFailure *failure = g_ptr_array_index (failures, i);

      if (!touches (failure, factor, framework))
        continue;

      if (first && factor != NULL)
        add_factor_heading (self, factor);
      else if (first)
        add_text (self, SEEDS_ROW_STEP_FACTOR, T_(self->catalog, "Not about one factor"));
      first = FALSE;

      add_failure (self, failure);
    }
}

/* What the group tried since the meeting before and learned from, as the
 * snapshot chose them, by factor like the next steps. No section at all
 * when there are none: a report need not say that nothing went wrong. */
static void
add_failures (SeedsReportContent *self,
              GPtrArray          *failures)
{
  SeedsCatalog *catalog = self->catalog;
  SeedsFramework *framework = seeds_meeting_summary_get_framework (self->summary);
  SeedsReportRow *head;

  if (failures->len == 0)
    return;

  add_text (self, SEEDS_ROW_HEADING, T_(catalog, "Brilliant Failures"));
  add_text (self, SEEDS_ROW_NOTE,
            T_(catalog, "What the group tried since the meeting before that did not work out, "
                        "and what it learned from it."));

  head = add_row (self, SEEDS_ROW_FAILURES_HEAD);
  head->texts[SEEDS_FAILURE_TRIED] = g_strdup (T_(catalog, "What we tried"));
  head->texts[SEEDS_FAILURE_HAPPENED] = g_strdup (T_(catalog, "What happened"));
  head->texts[SEEDS_FAILURE_LEARNED] = g_strdup (T_(catalog, "What we learned"));

  for (guint f = 0; f < seeds_framework_get_n_factors (framework); f++)
    add_failures_of (self, failures, seeds_framework_get_factor (framework, f));
  add_failures_of (self, failures, NULL);
}

/* The meeting's framework in the report's language, or the default one
 * for a snapshot without. A country's language falls back to the
 * language, as the catalogue's does. */
static SeedsFramework *
load_framework (SeedsMeetingSnapshot  *snapshot,
                SeedsCatalog          *catalog,
                GError               **error)
{
  SeedsFrameworkEntry *entry = seeds_meeting_snapshot_get_framework (snapshot);
  const char *language = seeds_catalog_get_language (catalog);
  g_auto(GStrv) variants = NULL;
  g_autofree char *languages = NULL;

  if (language != NULL)
    {
      variants = g_get_locale_variants (language);
      languages = g_strjoinv (":", variants);
    }

  if (entry == NULL)
    return seeds_framework_new_default (languages);

  return seeds_framework_new_from_bytes (seeds_framework_entry_get_content (entry),
                                         seeds_framework_entry_get_name (entry), languages, error);
}

/**
 * seeds_report_content_new:
 * @snapshot: what the report shows
 * @catalog: the report's language
 * @error: return location for a #GError: the framework of the meeting
 *   cannot be read
 *
 * Returns: (transfer full): the rows of the report and its other texts
 */
SeedsReportContent *
seeds_report_content_new (SeedsMeetingSnapshot  *snapshot,
                          SeedsCatalog          *catalog,
                          GError               **error)
{
  g_autoptr(SeedsReportContent) self = g_new0 (SeedsReportContent, 1);
  SeedsCommunity *community = seeds_meeting_snapshot_get_community (snapshot);
  SeedsMeeting *meeting = seeds_meeting_snapshot_get_meeting (snapshot);
  GPtrArray *results = seeds_meeting_snapshot_get_results (snapshot);
  g_autoptr(SeedsFramework) framework = load_framework (snapshot, catalog, error);
  g_autofree char *date = NULL;

  if (framework == NULL)
    return NULL;

  self->catalog = g_object_ref (catalog);
  self->rows = g_array_new (FALSE, TRUE, sizeof (SeedsReportRow));
  g_array_set_clear_func (self->rows, row_clear);

  if (seeds_meeting_snapshot_has_tallies (snapshot))
    self->summary = seeds_meeting_summary_new_from_tallies (framework, results);
  else
    self->summary = seeds_meeting_summary_new (framework, results);

  date = seeds_date_format_in (seeds_meeting_get_date (meeting), catalog);
  /* Translators: the name of a report: a learning community, a meeting and its date */
  self->title = g_strdup_printf (T_(catalog, "%s — %s, %s"), seeds_community_get_name (community),
                                 seeds_meeting_get_title (meeting), date);
  self->footer = seeds_print_credit (catalog, framework, "\n");

  for (guint i = 0; i < SEEDS_SCORE_MAX; i++)
    self->dot_labels[i] = g_strdup_printf ("%u", i + 1);
  /* Translators: the column of the "don't know" scores, under the 1–5 columns */
  self->dot_labels[SEEDS_SCORE_MAX] = g_strdup (TC_(catalog, "don't know", "?"));

  add_title (self, community, meeting);
  add_attention (self);
  add_overview (self);
  add_next_steps (self, meeting, seeds_meeting_snapshot_get_next_steps (snapshot));
  add_failures (self, seeds_meeting_snapshot_get_failures (snapshot));

  return g_steal_pointer (&self);
}

/* Forgets the layouts of a page width. */
void
seeds_report_content_clear_layout (SeedsReportContent *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      SeedsReportRow *row = &g_array_index (self->rows, SeedsReportRow, i);

      for (guint j = 0; j < SEEDS_ROW_MAX_CELLS; j++)
        g_clear_object (&row->layouts[j]);
      row->height = 0;
    }
}

void
seeds_report_content_free (SeedsReportContent *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_object (&self->summary);
  g_clear_object (&self->catalog);
  g_free (self->title);
  g_free (self->footer);
  for (guint i = 0; i < G_N_ELEMENTS (self->dot_labels); i++)
    g_free (self->dot_labels[i]);
  g_free (self);
}
