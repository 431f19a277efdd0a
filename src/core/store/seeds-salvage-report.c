/* seeds-salvage-report.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "store/seeds-salvage-report.h"
#include "store/seeds-salvage-table.h"

/* What seeds_store_salvage() tells of its work: per table, in words for
 * people, how many rows it kept and left out. */

/* Names for people of the kinds of record, by table */
static const struct
{
  const char *kind;
  const char *label;
} kind_labels[] = {
  { "communities", N_("Learning communities") },
  { "meetings", N_("Meetings") },
  { "participants", N_("Participants") },
  { "attendance", N_("Attendance at meetings") },
  { "scores", N_("Scores") },
  { "tallies", N_("Sticker counts") },
  { "next_steps", N_("Next steps") },
  { "shared_results", N_("Results shared by other communities") },
  { "shared_scores", N_("Scores shared by other communities") },
};

static void
count_clear (SeedsSalvageCount *count)
{
  g_free (count->kind);
  g_free (count->label);
}

static SeedsSalvageReport *
report_new (void)
{
  SeedsSalvageReport *report = g_new0 (SeedsSalvageReport, 1);

  report->counts = g_array_new (FALSE, TRUE, sizeof (SeedsSalvageCount));
  g_array_set_clear_func (report->counts, (GDestroyNotify) count_clear);
  report->complete = TRUE;

  return report;
}

static void
report_add (SeedsSalvageReport *report,
            const char         *kind,
            const char         *label,
            guint               n_salvaged,
            guint               n_dropped,
            gboolean            unreadable)
{
  SeedsSalvageCount count = {
    g_strdup (kind), g_strdup (label), n_salvaged, n_dropped, unreadable,
  };

  g_array_append_val (report->counts, count);
  report->complete = report->complete && !unreadable && n_dropped == 0;
}

SeedsSalvageReport *
seeds_salvage_report_copy (const SeedsSalvageReport *report)
{
  SeedsSalvageReport *copy;

  g_return_val_if_fail (report != NULL, NULL);

  copy = report_new ();
  for (guint i = 0; i < report->counts->len; i++)
    {
      const SeedsSalvageCount *count = &g_array_index (report->counts, SeedsSalvageCount, i);

      report_add (copy, count->kind, count->label, count->n_salvaged, count->n_dropped,
                  count->unreadable);
    }
  copy->complete = report->complete;

  return copy;
}

void
seeds_salvage_report_free (SeedsSalvageReport *report)
{
  if (report == NULL)
    return;

  g_array_unref (report->counts);
  g_free (report);
}

G_DEFINE_BOXED_TYPE (SeedsSalvageReport, seeds_salvage_report,
                     seeds_salvage_report_copy, seeds_salvage_report_free)

/**
 * seeds_salvage_report_lookup:
 * @report: a report of seeds_store_salvage()
 * @kind: a table, such as "scores"
 *
 * Returns: (transfer none) (nullable): what was salvaged of @kind
 */
const SeedsSalvageCount *
seeds_salvage_report_lookup (const SeedsSalvageReport *report,
                             const char               *kind)
{
  g_return_val_if_fail (report != NULL, NULL);
  g_return_val_if_fail (kind != NULL, NULL);

  for (guint i = 0; i < report->counts->len; i++)
    {
      const SeedsSalvageCount *count = &g_array_index (report->counts, SeedsSalvageCount, i);

      if (g_str_equal (count->kind, kind))
        return count;
    }

  return NULL;
}

/* The report of a salvage that copied @tables (of SeedsSalvageTable) */
SeedsSalvageReport *
seeds_salvage_report_new_for_tables (GPtrArray *tables)
{
  SeedsSalvageReport *report = report_new ();

  for (guint i = 0; i < tables->len; i++)
    {
      SeedsSalvageTable *table = g_ptr_array_index (tables, i);
      const char *label = table->name;

      for (guint k = 0; k < G_N_ELEMENTS (kind_labels); k++)
        if (g_str_equal (kind_labels[k].kind, table->name))
          label = _(kind_labels[k].label);

      report_add (report, table->name, label, table->n_rows, table->n_dropped, table->unreadable);
    }

  return report;
}
