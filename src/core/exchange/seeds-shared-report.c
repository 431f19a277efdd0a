/* seeds-shared-report.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "exchange/seeds-shared-report.h"

static void
problem_free (gpointer data)
{
  SeedsSharedProblem *problem = data;

  g_free (problem->name);
  g_free (problem->message);
  g_free (problem);
}

SeedsSharedReport *
seeds_shared_report_new (void)
{
  SeedsSharedReport *report = g_new0 (SeedsSharedReport, 1);

  report->refused = g_ptr_array_new_with_free_func (problem_free);
  report->unreachable = g_ptr_array_new_with_free_func (problem_free);
  report->conflicts = g_ptr_array_new_with_free_func (g_free);

  return report;
}

void
seeds_shared_report_free (SeedsSharedReport *report)
{
  if (report == NULL)
    return;

  g_ptr_array_unref (report->refused);
  g_ptr_array_unref (report->unreachable);
  g_ptr_array_unref (report->conflicts);
  g_free (report);
}

void
seeds_shared_report_add_problem (GPtrArray  *problems,
                                 const char *name,
                                 const char *message)
{
  SeedsSharedProblem *problem = g_new0 (SeedsSharedProblem, 1);

  problem->name = g_strdup (name);
  problem->message = g_strdup (message);
  g_ptr_array_add (problems, problem);
}

static void
append_problems (GString    *text,
                 GPtrArray  *problems)
{
  for (guint i = 0; i < problems->len; i++)
    {
      SeedsSharedProblem *problem = g_ptr_array_index (problems, i);

      /* TRANSLATORS: a file or folder and what is wrong with it */
      g_string_append_printf (text, _("%s: %s"), problem->name, problem->message);
      g_string_append_c (text, '\n');
    }
}

/**
 * seeds_shared_report_describe:
 * @report: a report
 *
 * Returns: (transfer full): what the refresh did, in lines for people:
 *   the counts, then each folder not read, file refused and conflict
 */
char *
seeds_shared_report_describe (SeedsSharedReport *report)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (report != NULL, NULL);

  g_string_append_printf (text, _("Profiles added: %u, updated: %u, unchanged: %u"),
                          report->n_added, report->n_updated, report->n_unchanged);
  g_string_append_c (text, '\n');
  append_problems (text, report->unreachable);
  append_problems (text, report->refused);
  for (guint i = 0; i < report->conflicts->len; i++)
    {
      g_string_append (text, g_ptr_array_index (report->conflicts, i));
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}
