/* seeds-frame-probe.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <time.h>

#include "seeds-frame-probe.h"

/* For the start-up benchmark only (tests/bench-startup.c): with
 * SEEDS_BENCH_FIRST_FRAME set, the app prints "first-frame USEC CPU", the
 * g_get_monotonic_time() at which the main window's frame clock finished
 * its first frame and the processor time used until then, and quits;
 * tests/bench-bare-window.c does the same, so that both are measured
 * alike. */

static void
on_after_paint (GdkFrameClock *clock,
                GtkWindow     *window)
{
  GtkApplication *app = gtk_window_get_application (window);

  struct timespec cpu;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &cpu);
  printf ("first-frame %" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n", g_get_monotonic_time (),
          (gint64) cpu.tv_sec * G_USEC_PER_SEC + cpu.tv_nsec / 1000);
  fflush (stdout);
  g_signal_handlers_disconnect_by_func (clock, on_after_paint, window);
  if (app != NULL)
    g_application_quit (G_APPLICATION (app));
}

/* Watches @window, which has just been presented, when the benchmark asks. */
void
seeds_frame_probe_watch (GtkWindow *window)
{
  GdkFrameClock *clock;

  g_return_if_fail (GTK_IS_WINDOW (window));

  if (g_getenv ("SEEDS_BENCH_FIRST_FRAME") == NULL)
    return;

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  if (clock != NULL)
    g_signal_connect_object (clock, "after-paint", G_CALLBACK (on_after_paint), window, 0);
}
