/* seeds-chart-series.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "charts/seeds-chart-series.h"

/* The values a chart shows, as plain numbers: the charts never read the
 * store, so the history view decides what a point is and the charts can be
 * tested with made-up values. A reference-counted array rather than a
 * GListModel of objects: a series is built once, handed to a chart and not
 * changed afterwards (build a new one instead), and 120 meetings × 12 factors
 * should not cost 1440 GObjects. */
struct _SeedsChartSeries
{
  gatomicrefcount  ref_count;
  GArray          *points;  /* of SeedsChartPoint */
};

G_DEFINE_BOXED_TYPE (SeedsChartSeries, seeds_chart_series, seeds_chart_series_ref, seeds_chart_series_unref)

static void
clear_point (gpointer data)
{
  SeedsChartPoint *point = data;

  g_clear_pointer (&point->label, g_free);
  g_clear_pointer (&point->title, g_free);
}

SeedsChartSeries *
seeds_chart_series_new (void)
{
  SeedsChartSeries *self = g_new0 (SeedsChartSeries, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->points = g_array_new (FALSE, TRUE, sizeof (SeedsChartPoint));
  g_array_set_clear_func (self->points, clear_point);

  return self;
}

SeedsChartSeries *
seeds_chart_series_ref (SeedsChartSeries *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
seeds_chart_series_unref (SeedsChartSeries *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_array_unref (self->points);
      g_free (self);
    }
}

static void
append (SeedsChartSeries *self,
        const char       *label,
        const char       *title,
        double            mean,
        double            spread,
        guint             n,
        gboolean          has_value)
{
  SeedsChartPoint point = {
    .label = g_strdup (label != NULL ? label : ""),
    .title = g_strdup (title),
    .mean = has_value ? CLAMP (mean, 1.0, 5.0) : 0,
    .spread = has_value ? MAX (spread, 0) : 0,
    .n = n,
    .has_value = has_value,
  };

  g_array_append_val (self->points, point);
}

/* Holds a reference to series in *pointer, dropping the one held before;
 * whether that changed anything, as g_set_object(). */
gboolean
seeds_chart_series_set (SeedsChartSeries **pointer,
                        SeedsChartSeries  *series)
{
  g_return_val_if_fail (pointer != NULL, FALSE);

  if (*pointer == series)
    return FALSE;

  if (series != NULL)
    seeds_chart_series_ref (series);
  g_clear_pointer (pointer, seeds_chart_series_unref);
  *pointer = series;

  return TRUE;
}

/* A point with a mean: a meeting where people scored the factor. */
void
seeds_chart_series_append (SeedsChartSeries *self,
                           const char       *label,
                           const char       *title,
                           double            mean,
                           double            spread,
                           guint             n)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (isfinite (mean) && isfinite (spread));

  append (self, label, title, mean, spread, n, TRUE);
}

/* A point without a value: a meeting where nobody scored the factor. The
 * charts leave a gap there rather than drawing a line through it. */
void
seeds_chart_series_append_empty (SeedsChartSeries *self,
                                 const char       *label,
                                 const char       *title)
{
  g_return_if_fail (self != NULL);

  append (self, label, title, 0, 0, 0, FALSE);
}

void
seeds_chart_series_append_stats (SeedsChartSeries       *self,
                                 const char             *label,
                                 const char             *title,
                                 const SeedsFactorStats *stats)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (stats != NULL);

  /* The mean as shown everywhere else (rounded half up to one decimal), so
   * that a callout never says 3.2 where the overview says 3.3. */
  append (self, label, title, stats->mean10 / 10.0, stats->spread, stats->n, stats->n > 0);
}

guint
seeds_chart_series_get_n_points (SeedsChartSeries *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->points->len;
}

const SeedsChartPoint *
seeds_chart_series_get_point (SeedsChartSeries *self,
                              guint             index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->points->len, NULL);

  return &g_array_index (self->points, SeedsChartPoint, index);
}

/* The next run of points with a value, from a point on: [start, end). The
 * lines and bands of a trend are drawn run by run, so that a meeting where
 * nobody scored leaves a gap instead of a line that pretends to know. */
gboolean
seeds_chart_series_next_run (SeedsChartSeries *self,
                             guint             from,
                             guint            *start,
                             guint            *end)
{
  guint i = from;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (start != NULL && end != NULL, FALSE);

  while (i < self->points->len && !g_array_index (self->points, SeedsChartPoint, i).has_value)
    i++;
  if (i >= self->points->len)
    return FALSE;

  *start = i;
  while (i < self->points->len && g_array_index (self->points, SeedsChartPoint, i).has_value)
    i++;
  *end = i;

  return TRUE;
}

/* A mean as the rest of the app shows it: one decimal, rounded half up, with
 * the language's decimal separator ("3.4", "3,4"). The tolerance keeps a
 * mean such as 3.45, which a double holds as 3.4499…, rounding up as the
 * integer arithmetic of seeds_factor_stats_finish() does. */
char *
seeds_chart_format_mean (double mean)
{
  guint mean10 = (guint) floor (CLAMP (mean, 0, 5) * 10 + 0.5 + 1e-9);

  /* Translators: the decimal separator of numbers like 3.4 */
  return g_strdup_printf ("%u%s%u", mean10 / 10, C_("decimal separator", "."), mean10 % 10);
}

/* A point's mean as shown, or "no scores" for a point without a value (and
 * for NULL: a factor missing from a series). */
char *
seeds_chart_point_format_value (const SeedsChartPoint *point)
{
  if (point == NULL || !point->has_value)
    /* Translators: in a list of means, where nobody gave a 1–5 score */
    return g_strdup (_("no scores"));

  return seeds_chart_format_mean (point->mean);
}

/* What a point says, after a name: "12 Nov 2026: 3.4 (n 9)". */
char *
seeds_chart_point_describe (const SeedsChartPoint *point,
                            const char            *name)
{
  g_autofree char *mean = NULL;

  g_return_val_if_fail (point != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (!point->has_value)
    /* Translators: a meeting or factor where nobody gave a 1–5 score, e.g. "12 Nov 2026: no scores" */
    return g_strdup_printf (_("%s: no scores"), name);

  mean = seeds_chart_format_mean (point->mean);
  /* Translators: a name, a mean and how many scored, e.g. "12 Nov 2026: 3.4 (n 9)" */
  return g_strdup_printf (_("%s: %s (n %u)"), name, mean, point->n);
}
