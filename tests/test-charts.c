/* test-charts.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "seeds-radar-chart.h"
#include "seeds-trend-chart.h"

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  return g_test_run ();
}
