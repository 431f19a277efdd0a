/* test-recovery.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <sqlite3.h>

#include "seeds-test-util.h"
#include "seeds-test-window.h"

/* The window on a database that cannot be opened: a damaged one is left as
 * it is, the newest good backup is offered and restored, or what can be
 * read is salvaged; a locked one can be tried again. And the daily backup
 * while the app is used. */

static void
add_community (const char *path,
               const char *name)
{
  g_autoptr(SeedsStore) store = NULL;
  g_autoptr(SeedsCommunity) community = NULL;
  g_autoptr(GError) error = NULL;

  store = seeds_store_open (path, &error);
  g_assert_no_error (error);
  community = seeds_store_add_community (store, name, &error);
  g_assert_no_error (error);
}

static GPtrArray *
community_names (void)
{
  SeedsStore *store = seeds_application_get_store (seeds_test_window_get_app ());
  g_autoptr(GPtrArray) communities = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  g_assert_nonnull (store);
  communities = seeds_store_list_communities (store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < communities->len; i++)
    g_ptr_array_add (names, g_strdup (seeds_community_get_name (communities->pdata[i])));

  return names;
}

static gboolean
has_name (GPtrArray  *names,
          const char *name)
{
  return g_ptr_array_find_with_equal_func (names, name, g_str_equal, NULL);
}

/* Waits, with a bound, until @button shows: a worker thread is looking. */
static GtkWidget *
wait_for_button (SeedsTestWindow *fixture,
                 const char      *label)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  GtkWidget *button;

  while ((button = seeds_test_find_button (GTK_WIDGET (fixture->window), label)) == NULL ||
         !gtk_widget_get_visible (button) || !gtk_widget_is_sensitive (button))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }

  return button;
}

/* Clicks @label, answers the question with @response unless it is NULL,
 * and waits until the window on the reopened database has taken this
 * one's place. */
static void
recover (SeedsTestWindow *fixture,
         const char      *label,
         const char      *response)
{
  GtkWidget *button = wait_for_button (fixture, label);
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  gpointer old_window = fixture->window;

  g_object_add_weak_pointer (G_OBJECT (old_window), &old_window);
  g_signal_emit_by_name (button, "clicked");
  seeds_test_iterate ();
  if (response != NULL)
    seeds_test_respond (seeds_test_find_dialog (ADW_TYPE_MESSAGE_DIALOG), response);

  while (old_window != NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }

  fixture->window = seeds_test_find_dialog (SEEDS_TYPE_WINDOW);
  seeds_test_iterate ();
}

/* The message the new window shows about what was done */
static void
assert_told (const char *heading)
{
  AdwMessageDialog *dialog = seeds_test_find_dialog (ADW_TYPE_MESSAGE_DIALOG);

  g_test_message ("%s: %s", adw_message_dialog_get_heading (dialog),
                  adw_message_dialog_get_body (dialog));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, heading);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "seeds.db.damaged-"));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* The damaged file, kept beside the database */
static char *
find_kept_file (SeedsTestWindow *fixture)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "seeds.db.damaged-") && !g_str_has_suffix (name, "-wal") &&
        !g_str_has_suffix (name, "-shm"))
      return g_build_filename (fixture->dir, name, NULL);

  return NULL;
}

/* The "done when": one damaged page; the app leaves the file
 * untouched, offers the newest backup and restores it. */
static void
test_restore_backup (SeedsTestWindow *fixture,
                     gconstpointer    data)
{
  g_autoptr(SeedsStoreBackup) backup = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *damaged = NULL;
  g_autofree char *looked = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *kept_sum = NULL;

  add_community (fixture->db_path, "Backed up lab");
  backup = seeds_store_make_backup (fixture->db_path, NULL, &error);
  g_assert_no_error (error);
  add_community (fixture->db_path, "Later lab");

  seeds_test_damage_page (fixture->db_path, seeds_test_root_page (fixture->db_path, "communities"));
  damaged = seeds_test_checksum_file (fixture->db_path);

  seeds_test_window_open (fixture);
  g_assert_cmpstr (seeds_window_get_page (fixture->window), ==, "error");
  wait_for_button (fixture, "_Restore Backup…");
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (fixture->window), "The newest good backup is from"));

  /* Nothing happened to the file while the app looked. */
  looked = seeds_test_checksum_file (fixture->db_path);
  g_assert_cmpstr (looked, ==, damaged);

  recover (fixture, "_Restore Backup…", "restore");
  assert_told ("Backup Restored");
  g_assert_cmpstr (seeds_window_get_page (fixture->window), !=, "error");

  names = community_names ();
  g_assert_true (has_name (names, "Backed up lab"));
  g_assert_false (has_name (names, "Later lab"));

  kept = find_kept_file (fixture);
  g_assert_nonnull (kept);
  kept_sum = seeds_test_checksum_file (kept);
  g_assert_cmpstr (kept_sum, ==, damaged);
}

/* Salvage: a damaged index, and every community is back. */
static void
test_salvage (SeedsTestWindow *fixture,
              gconstpointer    data)
{
  g_autoptr(GPtrArray) names = NULL;

  add_community (fixture->db_path, "First lab");
  add_community (fixture->db_path, "Second lab");
  seeds_test_damage_page (fixture->db_path,
                          seeds_test_root_page (fixture->db_path, "participants_by_community"));

  seeds_test_window_open (fixture);
  g_assert_cmpstr (seeds_window_get_page (fixture->window), ==, "error");
  wait_for_button (fixture, "_Salvage What Can Be Read…");
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (fixture->window), "no good backup"));

  recover (fixture, "_Salvage What Can Be Read…", "salvage");
  assert_told ("Data Salvaged");

  names = community_names ();
  g_assert_true (has_name (names, "First lab"));
  g_assert_true (has_name (names, "Second lab"));
}

/* A community whose next steps fill pages that the window doesn't read
 * when it opens */
static void
add_many_steps (const char *path)
{
  g_autoptr(SeedsStore) store = NULL;
  g_autoptr(SeedsCommunity) community = NULL;
  g_autoptr(SeedsMeeting) meeting = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *long_text = g_strnfill (900, 'x');

  store = seeds_store_open (path, &error);
  g_assert_no_error (error);
  community = seeds_store_add_community (store, "Busy lab", &error);
  g_assert_no_error (error);
  meeting = seeds_test_add_meeting (store, community, SEEDS_MEETING_SCORES, "2026-02-01", "Plans");
  for (guint i = 0; i < 40; i++)
    {
      g_autoptr(SeedsNextStep) step = NULL;

      step = seeds_test_add_step (store, meeting, "1", long_text, "", NULL);
    }
}

/* Damage that opening doesn't see: the window opens as usual; the check
 * after start-up finds it, makes no backup of the damaged file, and the
 * window says so and offers to recover it. */
static void
test_damage_found_later (SeedsTestWindow *fixture,
                         gconstpointer    data)
{
  SeedsBackupScheduler *backups;
  g_autofree char *backup_dir = seeds_store_get_backup_folder (fixture->db_path);
  g_autofree char *damaged = NULL;
  g_autofree char *checked = NULL;
  g_autofree char *recovering = NULL;
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  add_many_steps (fixture->db_path);
  seeds_test_damage_page (fixture->db_path,
                          seeds_test_middle_leaf (fixture->db_path, "next_steps").page);
  damaged = seeds_test_checksum_file (fixture->db_path);

  seeds_test_window_open (fixture);
  g_assert_cmpstr (seeds_window_get_page (fixture->window), ==, "main");
  g_assert_false (seeds_damage_banner_is_shown (fixture->window->damage_banner));

  backups = seeds_application_get_backups (seeds_test_window_get_app ());
  seeds_backup_scheduler_check_now (backups);
  while (seeds_backup_scheduler_is_busy (backups))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  seeds_test_iterate ();

  g_assert_true (seeds_damage_banner_is_shown (fixture->window->damage_banner));
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (fixture->window), "The database is damaged."));
  g_assert_false (g_file_test (backup_dir, G_FILE_TEST_EXISTS));
  checked = seeds_test_checksum_file (fixture->db_path);
  g_assert_cmpstr (checked, ==, damaged);

  recover (fixture, "_Recover…", NULL);
  g_assert_cmpstr (seeds_window_get_page (fixture->window), ==, "error");
  wait_for_button (fixture, "_Salvage What Can Be Read…");
  recovering = seeds_test_checksum_file (fixture->db_path);
  g_assert_cmpstr (recovering, ==, damaged);
}

/* A database another program holds: said so, and tried again once it
 * lets go. */
static void
test_try_again (SeedsTestWindow *fixture,
                gconstpointer    data)
{
  sqlite3 *db = NULL;
  GtkWidget *button;
  gpointer old_window;

  add_community (fixture->db_path, "Locked lab");
  g_assert_cmpint (sqlite3_open (fixture->db_path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA locking_mode = EXCLUSIVE;"
                                     "BEGIN EXCLUSIVE;"
                                     "UPDATE communities SET name = 'Mine now';",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  seeds_test_window_open (fixture);
  g_assert_cmpstr (seeds_window_get_page (fixture->window), ==, "error");
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (fixture->window), "used by another program"));
  g_assert_false (gtk_widget_get_visible (seeds_test_find_button (GTK_WIDGET (fixture->window),
                                                                  "_Restore Backup…")));
  g_assert_false (gtk_widget_get_visible (seeds_test_find_button (GTK_WIDGET (fixture->window),
                                                                  "_Salvage What Can Be Read…")));

  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (db);

  button = wait_for_button (fixture, "_Try Again");
  old_window = fixture->window;
  g_object_add_weak_pointer (G_OBJECT (old_window), &old_window);
  g_signal_emit_by_name (button, "clicked");
  seeds_test_iterate ();
  g_assert_null (old_window);

  fixture->window = seeds_test_find_dialog (SEEDS_TYPE_WINDOW);
  g_assert_cmpstr (seeds_window_get_page (fixture->window), !=, "error");
}

/* While the app is used, a backup is made when one is due, on a worker
 * thread, and not again the same day. */
static void
test_daily_backup (SeedsTestWindow *fixture,
                   gconstpointer    data)
{
  SeedsBackupScheduler *backups;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  seeds_test_window_open (fixture);
  backups = seeds_application_get_backups (seeds_test_window_get_app ());
  g_assert_nonnull (backups);

  for (guint round = 0; round < 2; round++)
    {
      seeds_backup_scheduler_check_now (backups);
      while (seeds_backup_scheduler_is_busy (backups))
        {
          g_assert_cmpint (g_get_monotonic_time (), <, deadline);
          g_main_context_iteration (NULL, TRUE);
        }
    }

  list = seeds_store_list_backups (fixture->db_path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  seeds_test_window_init (&argc, &argv);

  SEEDS_TEST_ADD_WINDOW ("/recovery/restore-backup", test_restore_backup);
  SEEDS_TEST_ADD_WINDOW ("/recovery/salvage", test_salvage);
  SEEDS_TEST_ADD_WINDOW ("/recovery/try-again", test_try_again);
  SEEDS_TEST_ADD_WINDOW ("/recovery/daily-backup", test_daily_backup);
  SEEDS_TEST_ADD_WINDOW ("/recovery/damage-found-later", test_damage_found_later);

  return seeds_test_window_run ();
}
