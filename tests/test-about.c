/* test-about.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "seeds-about-window.h"
#include "seeds-test-window.h"

/* The About window of the app's menu says where the project lives, where
 * to report a problem, and links the research paper: its row opens the
 * paper's address. */
static void
test_links (SeedsTestWindow *fixture,
            gconstpointer    data)
{
  AdwAboutWindow *about;
  GtkWidget *row;
  GVariant *target;

  seeds_test_window_open (fixture);
  seeds_test_window_activate (fixture, "app.about");
  about = seeds_test_find_dialog (ADW_TYPE_ABOUT_WINDOW);

  g_assert_cmpstr (adw_about_window_get_website (about), ==, "https://github.com/seedsofinnovation/seeds");
  g_assert_cmpstr (adw_about_window_get_issue_url (about), ==,
                   "https://github.com/seedsofinnovation/seeds/issues");
  row = seeds_test_find_row (GTK_WIDGET (about), "Research paper (PDF)");
  g_assert_nonnull (row);
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (row));
  g_assert_nonnull (target);
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, SEEDS_RESEARCH_URL);
  g_assert_true (g_str_has_prefix (SEEDS_RESEARCH_URL, "https://www.dehaagsehogeschool.nl/"));

  gtk_window_destroy (GTK_WINDOW (about));
  seeds_test_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  seeds_test_window_init (&argc, &argv);

  g_test_add ("/about/links", SeedsTestWindow, NULL,
              seeds_test_window_set_up, test_links, seeds_test_window_tear_down);

  return seeds_test_window_run ();
}
