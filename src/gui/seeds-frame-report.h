/* seeds-frame-report.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stdio.h>
#include <string.h>
#include <time.h>

#include <glib.h>

/* The line that the app's frame probe (seeds-frame-probe.c) and the bare
 * window of the benchmark (tests/bench-bare-window.c) print at their first
 * frame, for tests/bench-startup.c: "first-frame USEC CPU-USEC PEAK-KB",
 * the g_get_monotonic_time(), the processor time used until then, and the
 * peak resident memory. Header-only, so that the bare window stays bare.
 *
 * The peak is the process's own (VmHWM): what wait4() reports of a child
 * starts at the resident memory of the parent it was forked from, as Linux
 * keeps the larger across exec. */

static inline gint64
seeds_frame_report_peak_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmHWM:")) == NULL)
    return 0;

  return g_ascii_strtoll (line + strlen ("VmHWM:"), NULL, 10);
}

static inline void
seeds_frame_report_print (void)
{
  struct timespec cpu;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &cpu);
  printf ("first-frame %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n",
          g_get_monotonic_time (), (gint64) cpu.tv_sec * G_USEC_PER_SEC + cpu.tv_nsec / 1000,
          seeds_frame_report_peak_kb ());
  fflush (stdout);
}
