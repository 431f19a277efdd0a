/* test-directory-shared.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "directory/seeds-directory-window-private.h"
#include "directory/seeds-profile-share-dialog.h"
#include "seeds-test-window.h"

/* Shared directories in the directory window: it reads them when it
 * opens; a card says where its entry came from and when; what could not
 * be taken is listed with file and reason; your own profile is published
 * into the folder; a change in a local folder is read without asking. */

#define ZUID_ID  "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a"
#define NOORD_ID "4e3d2c1b-0a9f-4e8d-9c7b-6a5f4e3d2c1b"

static void
save_profile (const char *folder,
              const char *id,
              const char *name)
{
  g_autoptr(SeedsCommunityProfile) details = seeds_community_profile_new ();
  g_autoptr(SeedsProfile) profile = NULL;
  g_autofree char *file_name = g_strconcat (id, SEEDS_PROFILE_SUFFIX, NULL);
  g_autofree char *path = g_build_filename (folder, file_name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  profile = seeds_profile_new (id, name, g_get_real_time () / G_USEC_PER_SEC - 60, details, FALSE,
                               NULL);
  seeds_profile_save (profile, file, &error);
  g_assert_no_error (error);
}

static gboolean
lists (SeedsDirectoryWindow *directory,
       const char           *name)
{
  return seeds_test_shows_text (GTK_WIDGET (directory->list), name);
}

static void
test_shared (SeedsTestWindow *fixture,
             gconstpointer    data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "Greenport share", NULL);
  g_autofree char *uri = NULL;
  g_autofree char *published = NULL;
  g_autoptr(GError) error = NULL;
  SeedsDirectoryWindow *directory;
  SeedsStore *store;
  gpointer dialog;

  seeds_test_window_open (fixture);
  seeds_test_create_community (fixture, "Tomato Data Lab");
  store = fixture->window->store;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  uri = g_filename_to_uri (folder, NULL, NULL);
  save_profile (folder, ZUID_ID, "Zuid lab");
  g_free (seeds_test_write_file (folder, "tampered.seedsprofile", "{\"format\": 1}", -1));
  seeds_store_add_directory_source (store, uri, "Greenport share", &error);
  g_assert_no_error (error);

  /* Read when the window opens */
  seeds_test_window_activate (fixture, "win.directory");
  directory = seeds_test_find_dialog (SEEDS_TYPE_DIRECTORY_WINDOW);
  SEEDS_TEST_WAIT_UNTIL (lists (directory, "Zuid lab") &&
                         seeds_job_bar_get_n_jobs (directory->job_bar) == 0);

  seeds_directory_window_select (directory, ZUID_ID);
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (directory->card), "Zuid lab"));
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (directory->card),
                                        "From Greenport share · seen "));

  /* What was not taken, with file and reason */
  gtk_widget_activate_action (GTK_WIDGET (directory), "directory.shared-problems", NULL);
  seeds_test_iterate ();
  dialog = seeds_test_find_dialog (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (dialog), "tampered.seedsprofile: "));
  g_assert_false (seeds_test_shows_text (GTK_WIDGET (dialog), "Zuid lab"));
  seeds_test_respond (dialog, "close");

  /* Your own profile, published into the folder */
  seeds_directory_window_select (directory, seeds_community_get_id (fixture->window->community));
  gtk_widget_activate_action (GTK_WIDGET (directory), "directory.publish", NULL);
  dialog = seeds_test_find_dialog (SEEDS_TYPE_PROFILE_SHARE_DIALOG);
  seeds_test_respond (dialog, SEEDS_PROFILE_SHARE_DIALOG_EXPORT);
  published = g_strconcat (folder, G_DIR_SEPARATOR_S,
                           seeds_community_get_id (fixture->window->community),
                           SEEDS_PROFILE_SUFFIX, NULL);
  SEEDS_TEST_WAIT_UNTIL (g_file_test (published, G_FILE_TEST_EXISTS) &&
              seeds_job_bar_get_n_jobs (directory->job_bar) == 0);

  /* A profile that arrives in the folder is read without asking. */
  save_profile (folder, NOORD_ID, "Noord lab");
  SEEDS_TEST_WAIT_UNTIL (lists (directory, "Noord lab"));

  seeds_test_window_close (fixture);
}

int
main (int   argc,
      char *argv[])
{
  seeds_test_window_init (&argc, &argv);

  SEEDS_TEST_ADD_WINDOW ("/directory-shared/read-publish-watch", test_shared);

  return seeds_test_window_run ();
}
