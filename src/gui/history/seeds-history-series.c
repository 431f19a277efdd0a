/* seeds-history-series.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "history/seeds-history-series.h"
#include "model/seeds-text.h"

/* What the charts of the history page draw, taken from the history: the
 * trend of one factor over the meetings, and one meeting's twelve factors
 * for the radar. */

/* A meeting as charts name it where room is short: its date, "12 Nov 2026". */
char *
seeds_history_meeting_name (SeedsCommunityHistory *history,
                            guint                  meeting)
{
  SeedsHistoryEntry *entry;

  g_return_val_if_fail (SEEDS_IS_COMMUNITY_HISTORY (history), NULL);
  g_return_val_if_fail (meeting < seeds_community_history_get_n_meetings (history), NULL);

  entry = seeds_community_history_get_entry (history, meeting);
  return seeds_date_format_short (seeds_meeting_get_date (seeds_history_entry_get_meeting (entry)));
}

/**
 * seeds_history_series_for_factor:
 *
 * Returns: (transfer full): the factor at @position in every meeting,
 *   oldest first, labelled with the meetings' dates and titled with their
 *   titles; a gap where nobody gave it a 1–5 score
 */
SeedsChartSeries *
seeds_history_series_for_factor (SeedsCommunityHistory *history,
                                 guint                  position)
{
  g_autoptr(GArray) points = NULL;
  SeedsChartSeries *series;

  g_return_val_if_fail (SEEDS_IS_COMMUNITY_HISTORY (history), NULL);

  points = seeds_community_history_get_series (history, position);
  series = seeds_chart_series_new ();

  for (guint i = 0; i < points->len; i++)
    {
      const SeedsHistoryPoint *point = &g_array_index (points, SeedsHistoryPoint, i);
      SeedsHistoryEntry *entry = seeds_community_history_get_entry (history, point->meeting);
      const char *title = seeds_meeting_get_title (seeds_history_entry_get_meeting (entry));
      g_autofree char *label = seeds_history_meeting_name (history, point->meeting);

      if (point->has_value)
        seeds_chart_series_append (series, label, title, point->mean10 / 10.0, point->spread, point->n);
      else
        seeds_chart_series_append_empty (series, label, title);
    }

  return series;
}

/**
 * seeds_history_series_for_meeting:
 *
 * Returns: (transfer full): every factor in the meeting at @meeting, in the
 *   framework's order, labelled with its number and titled with its title
 */
SeedsChartSeries *
seeds_history_series_for_meeting (SeedsCommunityHistory *history,
                                  guint                  meeting)
{
  SeedsFramework *framework;
  SeedsChartSeries *series;
  guint n_factors;

  g_return_val_if_fail (SEEDS_IS_COMMUNITY_HISTORY (history), NULL);
  g_return_val_if_fail (meeting < seeds_community_history_get_n_meetings (history), NULL);

  framework = seeds_community_history_get_framework (history);
  n_factors = seeds_framework_get_n_factors (framework);
  series = seeds_chart_series_new ();

  for (guint i = 0; i < n_factors; i++)
    {
      SeedsFactor *factor = seeds_framework_get_factor (framework, i);
      g_autofree char *label = g_strdup_printf ("%u", i + 1);

      seeds_chart_series_append_stats (series, label, seeds_factor_get_title (factor),
                                       seeds_community_history_get_stats (history, meeting, i));
    }

  return series;
}
