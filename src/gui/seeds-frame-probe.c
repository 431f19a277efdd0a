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
#include "seeds-frame-report.h"

/* For the start-up benchmark only (tests/bench-startup.c): with
 * SEEDS_BENCH_FIRST_FRAME set, the app prints its line of
 * seeds-frame-report.h when the main window's frame clock has finished its
 * first frame, and quits;
 * tests/bench-bare-window.c does the same, so that both are measured
 * alike. */

static void
on_after_paint (GdkFrameClock *clock,
                GtkWindow     *window)
{
  GtkApplication *app = gtk_window_get_application (window);

  seeds_frame_report_print ();
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
