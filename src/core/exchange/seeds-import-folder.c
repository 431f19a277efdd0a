/* seeds-import-folder.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "exchange/seeds-exchange.h"
#include "exchange/seeds-import-folder.h"
#include "model/seeds-text.h"

/* A folder given to import stands for the invitations, score cards and
 * profiles in it: a facilitator collects the cards of a meeting in one
 * folder, or drops it on the window. Its subfolders count too, a few
 * levels deep; hidden files, other files and links to folders (which
 * could lead in a circle) are passed over. Files given by name are
 * imported whatever they are called. */

#define MAX_DEPTH 4

static gboolean
is_exchange_name (const char *name)
{
  return g_str_has_suffix (name, SEEDS_SCORECARD_SUFFIX) ||
         g_str_has_suffix (name, SEEDS_INVITATION_SUFFIX) ||
         g_str_has_suffix (name, SEEDS_PROFILE_SUFFIX);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  g_autofree char *name_a = g_file_get_basename (*(GFile * const *) a);
  g_autofree char *name_b = g_file_get_basename (*(GFile * const *) b);

  return g_strcmp0 (name_a, name_b);
}

static gboolean
add_folder (GPtrArray     *found,
            GFile         *folder,
            guint          depth,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GPtrArray) here = g_ptr_array_new_with_free_func (g_object_unref);
  GFileInfo *info;
  GFile *child;

  children = g_file_enumerate_children (folder,
                                        G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                                        G_FILE_ATTRIBUTE_STANDARD_IS_HIDDEN,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, cancellable, error);
  if (children == NULL)
    return FALSE;

  while (g_file_enumerator_iterate (children, &info, &child, cancellable, error) && info != NULL)
    {
      GFileType type = g_file_info_get_file_type (info);

      if (g_file_info_get_is_hidden (info))
        continue;
      if ((type == G_FILE_TYPE_DIRECTORY && depth < MAX_DEPTH) ||
          (type == G_FILE_TYPE_REGULAR && is_exchange_name (g_file_info_get_name (info))))
        g_ptr_array_add (here, g_object_ref (child));
    }
  if (error != NULL && *error != NULL)
    return FALSE;

  /* In the order of their names, as a file manager lists them */
  g_ptr_array_sort (here, compare_names);
  for (guint i = 0; i < here->len; i++)
    {
      GFile *file = g_ptr_array_index (here, i);

      if (seeds_import_folder_is_folder (file))
        {
          if (!add_folder (found, file, depth + 1, cancellable, error))
            return FALSE;
        }
      else if (found->len >= SEEDS_IMPORT_FOLDER_MAX_FILES)
        {
          g_autofree char *basename = g_file_get_basename (folder);
          g_autofree char *display = g_filename_display_name (basename);
          g_autofree char *name = seeds_text_make_visible (display, -1, 60);

          g_set_error (error, SEEDS_EXCHANGE_ERROR, SEEDS_EXCHANGE_ERROR_TOO_LARGE,
                       _("“%s” holds more than %u files to import. Choose fewer at a time."),
                       name, SEEDS_IMPORT_FOLDER_MAX_FILES);
          return FALSE;
        }
      else
        g_ptr_array_add (found, g_object_ref (file));
    }

  return TRUE;
}

/**
 * seeds_import_folder_is_folder:
 * @file: a file given to import
 *
 * Returns: whether @file is a folder itself, not a link to one
 */
gboolean
seeds_import_folder_is_folder (GFile *file)
{
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return g_file_query_file_type (file, G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL) == G_FILE_TYPE_DIRECTORY;
}

/**
 * seeds_import_folder_expand:
 * @files: (array length=n_files): files and folders given to import
 * @n_files: how many
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Returns: (transfer container) (element-type GFile): @files in their
 *   order, each folder replaced by the files to import in it; a folder
 *   without any stays itself, so that the import can say so. %NULL with
 *   @error set when a folder cannot be read, holds too many files, or on
 *   cancelling
 */
GPtrArray *
seeds_import_folder_expand (GFile        **files,
                            guint          n_files,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (files != NULL || n_files == 0, NULL);

  for (guint i = 0; i < n_files; i++)
    {
      guint before = found->len;

      if (!seeds_import_folder_is_folder (files[i]))
        g_ptr_array_add (found, g_object_ref (files[i]));
      else if (!add_folder (found, files[i], 1, cancellable, error))
        return NULL;
      else if (found->len == before)
        g_ptr_array_add (found, g_object_ref (files[i]));
    }

  return g_steal_pointer (&found);
}
