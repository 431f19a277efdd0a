/* test-directory-menu.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "directory/seeds-directory-window-private.h"
#include "seeds-test-window.h"

/* The directory from the main window (test-directory-window tests the
 * window itself): its menu item opens it, once, over the main window, with
 * your own communities in it; it follows what the main window changes and
 * closes with it. */

static SeedsDirectoryWindow *
open_directory (SeedsTestWindow *fixture)
{
  seeds_test_window_activate (fixture, "win.directory");

  return seeds_test_find_dialog (SEEDS_TYPE_DIRECTORY_WINDOW);
}

/* (transfer none): the first entry that the list shows, which its model holds */
static SeedsCommunity *
first_entry (SeedsDirectoryWindow *directory)
{
  GListModel *listed = G_LIST_MODEL (gtk_list_view_get_model (directory->list));
  g_autoptr(SeedsCommunity) community = g_list_model_get_item (listed, 0);

  g_assert_nonnull (community);
  return community;
}

static void
test_open_from_menu (SeedsTestWindow *fixture,
                     gconstpointer    data)
{
  SeedsDirectoryWindow *directory;

  /* already on the welcome page, before there is any community */
  seeds_test_window_open (fixture);
  g_assert_cmpstr (seeds_window_get_page (fixture->window), ==, "welcome");
  directory = open_directory (fixture);

  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (directory)) == GTK_WINDOW (fixture->window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (directory->sidebar_stack), ==, "empty");
  g_assert_true (open_directory (fixture) == directory);
}

static void
test_own_communities (SeedsTestWindow *fixture,
                      gconstpointer    data)
{
  SeedsDirectoryWindow *directory;
  SeedsCommunity *community;

  seeds_test_window_open (fixture);
  seeds_test_create_community (fixture, "Tomato Data Lab");
  directory = open_directory (fixture);

  community = first_entry (directory);
  g_assert_cmpstr (seeds_community_get_name (community), ==, "Tomato Data Lab");
  g_assert_true (seeds_community_is_own (community));
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (directory->list), "Your community"));

  /* renamed in the main window, renamed in the directory, its card open */
  seeds_directory_window_select (directory, seeds_community_get_id (community));
  g_assert_true (seeds_store_rename_community (fixture->window->store, fixture->window->community,
                                               "Tomato Twin Lab", NULL));
  seeds_test_iterate ();
  g_assert_cmpstr (seeds_community_get_name (first_entry (directory)), ==, "Tomato Twin Lab");
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (directory->list), "Tomato Twin Lab"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (directory->card)));
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (directory->card), "Tomato Twin Lab"));


  /* it closes with the main window, and lets go of the database */
  seeds_test_window_close (fixture);
  g_assert_null (seeds_test_lookup_dialog (SEEDS_TYPE_DIRECTORY_WINDOW));
}

int
main (int   argc,
      char *argv[])
{
  seeds_test_window_init (&argc, &argv);

  SEEDS_TEST_ADD_WINDOW ("/directory-menu/open", test_open_from_menu);
  SEEDS_TEST_ADD_WINDOW ("/directory-menu/own-communities", test_own_communities);

  return seeds_test_window_run ();
}
