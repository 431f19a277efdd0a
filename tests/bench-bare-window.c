/* bench-bare-window.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <time.h>

#include <adwaita.h>

#include "seeds-frame-report.h"

/* What start-up costs without the app: a libadwaita window of the app's
 * default size with a header bar and a label, and nothing else. Prints
 * "first-frame USEC CPU", the g_get_monotonic_time() at which its frame
 * clock finished the first frame and the processor time used until then,
 * and quits, as the app does with SEEDS_BENCH_FIRST_FRAME set
 * (src/gui/seeds-frame-probe.c); tests/bench-startup.c starts both in
 * turn. */

static void
on_after_paint (GdkFrameClock *clock,
                GApplication  *app)
{
  seeds_frame_report_print ();
  g_signal_handlers_disconnect_by_func (clock, on_after_paint, app);
  g_application_quit (app);
}

static void
on_activate (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label = gtk_label_new ("Seeds of Innovation");

  gtk_widget_set_vexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), label);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));

  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_after_paint), app);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.seedsofinnovation.BareWindow",
                                                       G_APPLICATION_NON_UNIQUE);

  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
