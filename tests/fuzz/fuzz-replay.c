/* fuzz-replay.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "fuzz-util.h"

/* Without libFuzzer (gcc, or any build without -Dfuzzing=true), a fuzz
 * target becomes a test that runs every input of its corpus once, so that
 * the inputs that once crashed it, and the seeds, are checked in every
 * build. Usage: fuzz-TARGET [--tap] FOLDER… */

static GPtrArray *folders;

static void
replay_file (gconstpointer data)
{
  const char *path = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
}

static void
add_folder (const char *folder)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *base = g_path_get_basename (folder);
  const char *name;

  dir = g_dir_open (folder, 0, &error);
  g_assert_no_error (error);

  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);

  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);
      g_autofree char *test_path = g_strdup_printf ("/fuzz/%s/%s", base, file);
      char *path = g_build_filename (folder, file, NULL);

      g_ptr_array_add (folders, path);
      g_test_add_data_func (test_path, path, replay_file);
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  folders = g_ptr_array_new_with_free_func (g_free);
  for (int i = 1; i < argc; i++)
    add_folder (argv[i]);

  status = g_test_run ();
  g_ptr_array_unref (folders);

  return status;
}
