/* seeds-framework-import.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "session/seeds-framework-import.h"

/* Framework files among those a facilitator imports: known by their
 * suffix, or by their content (an XML document whose root is
 * <framework>), since a file may lose its name on the way. They are kept
 * through the registry; the other files go to the importer. */

/* What is read of a file to tell whether it is a framework: enough for
 * the comment before the root of the built-in ones */
#define SNIFF_SIZE 4096

/* One byte more than the reader takes, so that it refuses a larger file
 * as too large without the whole of it being read */
#define LOAD_LIMIT (1024 * 1024 + 1)

static GBytes *
read_at_most (GFile         *file,
              gsize          limit,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GFileInputStream) stream = g_file_read (file, cancellable, error);
  g_autofree guint8 *buffer = NULL;
  gsize n_read = 0;

  if (stream == NULL)
    return NULL;

  buffer = g_malloc (limit);
  if (!g_input_stream_read_all (G_INPUT_STREAM (stream), buffer, limit, &n_read,
                                cancellable, error))
    return NULL;

  return g_bytes_new_take (g_realloc (g_steal_pointer (&buffer), MAX (n_read, 1)), n_read);
}

static gboolean
looks_like_framework (GBytes *head)
{
  gsize size;
  const char *data = g_bytes_get_data (head, &size);
  g_autofree char *text = NULL;
  const char *p;

  if (data == NULL)
    return FALSE;

  text = g_strndup (data, size);
  p = text;
  if (g_str_has_prefix (p, "\xef\xbb\xbf"))
    p += 3;
  while (g_ascii_isspace (*p))
    p++;

  return *p == '<' && strstr (p, "<framework") != NULL;
}

/**
 * seeds_framework_import_is_framework:
 * @file: a file to import
 * @cancellable: (nullable): a #GCancellable
 *
 * Returns: whether @file is a framework: by its name, or by the start of
 *   what it holds
 */
gboolean
seeds_framework_import_is_framework (GFile        *file,
                                     GCancellable *cancellable)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autoptr(GBytes) head = NULL;

  if (basename != NULL && g_str_has_suffix (basename, SEEDS_FRAMEWORK_SUFFIX))
    return TRUE;

  if (g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, cancellable) != G_FILE_TYPE_REGULAR)
    return FALSE;

  head = read_at_most (file, SNIFF_SIZE, cancellable, NULL);

  return head != NULL && looks_like_framework (head);
}

static SeedsImportResult *
result_new (const char         *name,
            SeedsImportOutcome  outcome,
            char               *message)
{
  SeedsImportResult *result = g_new0 (SeedsImportResult, 1);

  result->name = g_strdup (name);
  result->outcome = outcome;
  result->message = message;

  return result;
}

static char *
describe (SeedsFrameworkRegistry *registry,
          const char             *id,
          guint                   edition,
          gboolean                added)
{
  g_autoptr(SeedsFramework) framework = NULL;
  const char *name = id;

  framework = seeds_framework_registry_lookup (registry, id, edition, NULL, NULL);
  if (framework != NULL)
    name = seeds_framework_get_name (framework);

  if (added)
    /* Translators: a framework's name and its edition */
    return g_strdup_printf (_("Framework “%s” (edition %u) added."), name, edition);

  /* Translators: a framework's name and its edition */
  return g_strdup_printf (_("Framework “%s” (edition %u) is already in this database."),
                          name, edition);
}

/**
 * seeds_framework_import_file:
 * @registry: the frameworks of the database
 * @store: the database, on this thread
 * @file: a framework file
 *
 * Reads @file and keeps it through @registry: a file that is not sound is
 * refused with the reason, and nothing changes.
 *
 * Returns: (transfer full): what happened
 */
SeedsImportResult *
seeds_framework_import_file (SeedsFrameworkRegistry *registry,
                             SeedsStore             *store,
                             GFile                  *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *name = g_filename_display_name (basename);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  guint edition = 0;
  gboolean added = FALSE;

  bytes = read_at_most (file, LOAD_LIMIT, NULL, &error);
  if (bytes == NULL ||
      !seeds_framework_registry_add_bytes (registry, store, bytes, name, &id, &edition, &added, &error))
    return result_new (name, SEEDS_IMPORT_REJECTED, g_strdup (error->message));

  return result_new (name, added ? SEEDS_IMPORT_ADDED : SEEDS_IMPORT_ALREADY_KNOWN,
                     describe (registry, id, edition, added));
}

/**
 * seeds_framework_import_split:
 * @registry: the frameworks of the database
 * @store: the database, on this thread
 * @files: (element-type GFile): the files to import
 * @rest: (out) (transfer container) (element-type GFile): those that are
 *   no frameworks, for the importer
 * @cancellable: (nullable): a #GCancellable
 *
 * Imports the framework files among @files.
 *
 * Returns: (transfer container) (element-type SeedsImportResult): what
 *   happened to each framework file
 */
GPtrArray *
seeds_framework_import_split (SeedsFrameworkRegistry  *registry,
                              SeedsStore              *store,
                              GPtrArray               *files,
                              GPtrArray              **rest,
                              GCancellable            *cancellable)
{
  GPtrArray *results = g_ptr_array_new_with_free_func ((GDestroyNotify) seeds_import_result_free);

  *rest = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < files->len; i++)
    {
      GFile *file = g_ptr_array_index (files, i);

      if (seeds_framework_import_is_framework (file, cancellable))
        g_ptr_array_add (results, seeds_framework_import_file (registry, store, file));
      else
        g_ptr_array_add (*rest, g_object_ref (file));
    }

  return results;
}
