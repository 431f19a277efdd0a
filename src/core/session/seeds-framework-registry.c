/* seeds-framework-registry.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "session/seeds-framework-registry.h"
#include "model/seeds-markup-text.h"

/* Every framework a meeting can be scored with: the built-in ones, and
 * the editions kept in the database (seeds-store-frameworks.c). The
 * registry holds the bytes of each, read once from the store, and makes
 * a SeedsFramework of an id, edition and language when first asked,
 * then keeps it: a framework never changes once loaded.
 *
 * Workers look frameworks up and add them too, so everything the
 * registry holds is behind one mutex. Adding writes through the store of
 * the thread that adds, since a connection belongs to its thread. */

#define ORIGINAL_LANGUAGE SEEDS_FRAMEWORK_ORIGINAL_LANGUAGE

struct _SeedsFrameworkRegistry
{
  GObject     parent_instance;

  GMutex      mutex;
  GPtrArray  *entries;  /* of SeedsFrameworkEntry: the built-in ones first */
  GHashTable *cache;    /* "id edition language" → SeedsFramework */
};

G_DEFINE_FINAL_TYPE (SeedsFrameworkRegistry, seeds_framework_registry, G_TYPE_OBJECT)

G_DEFINE_QUARK (seeds-framework-registry-error-quark, seeds_framework_registry_error)

static void
seeds_framework_registry_finalize (GObject *object)
{
  SeedsFrameworkRegistry *self = (SeedsFrameworkRegistry *)object;

  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->cache, g_hash_table_unref);
  g_mutex_clear (&self->mutex);

  G_OBJECT_CLASS (seeds_framework_registry_parent_class)->finalize (object);
}

static void
seeds_framework_registry_class_init (SeedsFrameworkRegistryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = seeds_framework_registry_finalize;
}

static void
seeds_framework_registry_init (SeedsFrameworkRegistry *self)
{
  const char * const *ids = seeds_framework_get_builtin_ids ();

  g_mutex_init (&self->mutex);
  self->entries = g_ptr_array_new_with_free_func (g_object_unref);
  self->cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  for (guint i = 0; ids[i] != NULL; i++)
    g_ptr_array_add (self->entries, seeds_framework_entry_new_builtin (ids[i]));
}

/**
 * seeds_framework_registry_new:
 *
 * Returns: (transfer full): a registry of the built-in frameworks; see
 *   seeds_framework_registry_load() for those of a database
 */
SeedsFrameworkRegistry *
seeds_framework_registry_new (void)
{
  return g_object_new (SEEDS_TYPE_FRAMEWORK_REGISTRY, NULL);
}

/* Called with the mutex held. Returns: (transfer none) (nullable) */
static SeedsFrameworkEntry *
find_entry (SeedsFrameworkRegistry *self,
            const char             *id,
            guint                   edition)
{
  for (guint i = 0; i < self->entries->len; i++)
    if (seeds_framework_entry_matches (g_ptr_array_index (self->entries, i), id, edition))
      return g_ptr_array_index (self->entries, i);

  return NULL;
}

/* Called with the mutex held. */
static void
add_entry (SeedsFrameworkRegistry *self,
           SeedsFrameworkEntry    *entry)
{
  if (find_entry (self, seeds_framework_entry_get_id (entry),
                  seeds_framework_entry_get_edition (entry)) == NULL)
    g_ptr_array_add (self->entries, g_object_ref (entry));
}

/**
 * seeds_framework_registry_load:
 * @self: a #SeedsFrameworkRegistry
 * @store: the database, on this thread
 * @error: return location for a #GError
 *
 * Adds the frameworks kept in @store.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_framework_registry_load (SeedsFrameworkRegistry  *self,
                               SeedsStore              *store,
                               GError                 **error)
{
  g_autoptr(GPtrArray) stored = NULL;

  g_return_val_if_fail (SEEDS_IS_FRAMEWORK_REGISTRY (self), FALSE);
  g_return_val_if_fail (SEEDS_IS_STORE (store), FALSE);

  stored = seeds_store_list_frameworks (store, error);
  if (stored == NULL)
    return FALSE;

  g_mutex_lock (&self->mutex);
  for (guint i = 0; i < stored->len; i++)
    add_entry (self, g_ptr_array_index (stored, i));
  g_mutex_unlock (&self->mutex);

  return TRUE;
}

static gboolean
set_not_found (GError     **error,
               const char  *id,
               guint        edition)
{
  g_set_error (error, SEEDS_FRAMEWORK_REGISTRY_ERROR, SEEDS_FRAMEWORK_REGISTRY_ERROR_NOT_FOUND,
               _("This meeting is scored with the framework “%s” edition %u, "
                 "which this database does not have."),
               id, edition);
  return FALSE;
}

/* Called with the mutex held. */
static SeedsFramework *
lookup_locked (SeedsFrameworkRegistry  *self,
               const char              *id,
               guint                    edition,
               const char              *language,
               GError                 **error)
{
  g_autofree char *key = g_strdup_printf ("%s %u %s", id, edition, language != NULL ? language : "");
  SeedsFrameworkEntry *entry;
  SeedsFramework *framework;

  framework = g_hash_table_lookup (self->cache, key);
  if (framework != NULL)
    return g_object_ref (framework);

  entry = find_entry (self, id, edition);
  if (entry == NULL)
    {
      set_not_found (error, id, edition);
      return NULL;
    }

  framework = seeds_framework_new_from_bytes (seeds_framework_entry_get_content (entry),
                                              seeds_framework_entry_get_name (entry),
                                              language, error);
  if (framework != NULL)
    g_hash_table_insert (self->cache, g_steal_pointer (&key), g_object_ref (framework));

  return framework;
}

/**
 * seeds_framework_registry_lookup:
 * @self: a #SeedsFrameworkRegistry
 * @id: a framework's id, from a meeting, a community or a file
 * @edition: its edition
 * @language: (nullable): a language such as "nl", or %NULL for the user's
 * @error: return location for a #GError
 *
 * May be called from any thread.
 *
 * Returns: (transfer full): the framework, or %NULL with
 *   SEEDS_FRAMEWORK_REGISTRY_ERROR_NOT_FOUND when there is none with @id
 *   and @edition
 */
SeedsFramework *
seeds_framework_registry_lookup (SeedsFrameworkRegistry  *self,
                                 const char              *id,
                                 guint                    edition,
                                 const char              *language,
                                 GError                 **error)
{
  SeedsFramework *framework;

  g_return_val_if_fail (SEEDS_IS_FRAMEWORK_REGISTRY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  g_mutex_lock (&self->mutex);
  framework = lookup_locked (self, id, edition, language, error);
  g_mutex_unlock (&self->mutex);

  return framework;
}

/**
 * seeds_framework_registry_list:
 * @self: a #SeedsFrameworkRegistry
 * @language: (nullable): the language of the names, %NULL for the user's
 *
 * Returns: (transfer container) (element-type SeedsFrameworkEntry): every
 *   framework, the built-in ones first, then by id and edition; with their
 *   names in @language
 */
GPtrArray *
seeds_framework_registry_list (SeedsFrameworkRegistry *self,
                               const char             *language)
{
  GPtrArray *list = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (SEEDS_IS_FRAMEWORK_REGISTRY (self), NULL);

  g_mutex_lock (&self->mutex);
  for (guint i = 0; i < self->entries->len; i++)
    {
      SeedsFrameworkEntry *entry = g_ptr_array_index (self->entries, i);
      const char *id = seeds_framework_entry_get_id (entry);
      guint edition = seeds_framework_entry_get_edition (entry);
      g_autoptr(SeedsFramework) framework = lookup_locked (self, id, edition, language, NULL);

      g_ptr_array_add (list,
                       seeds_framework_entry_new (id, edition,
                                                  framework != NULL ? seeds_framework_get_name (framework)
                                                                    : seeds_framework_entry_get_name (entry),
                                                  seeds_framework_entry_is_builtin (entry),
                                                  seeds_framework_entry_get_content (entry)));
    }
  g_mutex_unlock (&self->mutex);

  return list;
}

/**
 * seeds_framework_registry_get_bytes:
 * @self: a #SeedsFrameworkRegistry
 * @id: a framework's id
 * @edition: its edition
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the file of the framework: the bytes it was
 *   imported with, or a built-in one's with all its translations
 */
GBytes *
seeds_framework_registry_get_bytes (SeedsFrameworkRegistry  *self,
                                    const char              *id,
                                    guint                    edition,
                                    GError                 **error)
{
  SeedsFrameworkEntry *entry;
  GBytes *bytes = NULL;

  g_return_val_if_fail (SEEDS_IS_FRAMEWORK_REGISTRY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  g_mutex_lock (&self->mutex);
  entry = find_entry (self, id, edition);
  if (entry != NULL)
    bytes = g_bytes_ref (seeds_framework_entry_get_content (entry));
  else
    set_not_found (error, id, edition);
  g_mutex_unlock (&self->mutex);

  return bytes;
}

/* The built-in edition of @id when the bytes are those of a built-in
 * framework, or 0; *taken to the edition of the built-in one with @id,
 * or 0. */
static guint
find_builtin (SeedsFrameworkRegistry *self,
              const char             *id,
              GBytes                 *bytes,
              guint                  *taken)
{
  guint found = 0;

  *taken = 0;
  g_mutex_lock (&self->mutex);
  for (guint i = 0; i < self->entries->len; i++)
    {
      SeedsFrameworkEntry *entry = g_ptr_array_index (self->entries, i);

      if (!seeds_framework_entry_is_builtin (entry) ||
          !g_str_equal (seeds_framework_entry_get_id (entry), id))
        continue;

      *taken = seeds_framework_entry_get_edition (entry);
      if (g_bytes_equal (seeds_framework_entry_get_content (entry), bytes))
        found = *taken;
    }
  g_mutex_unlock (&self->mutex);

  return found;
}

/**
 * seeds_framework_registry_add_bytes:
 * @self: a #SeedsFrameworkRegistry
 * @store: the database, on the thread that calls
 * @bytes: a framework file, from outside
 * @display_name: how to name the file in messages
 * @id: (out) (optional): the framework's id
 * @edition: (out) (optional): the edition this database has it as
 * @added: (out) (optional): %FALSE when the database had it already
 * @error: return location for a #GError
 *
 * Reads a framework file as strictly as seeds_framework_new_from_bytes()
 * does, and keeps it. A file that is not sound is refused with the reason,
 * and nothing changes, as is a file that claims the id of a built-in
 * framework with other words: the research's factors are not reworded
 * under their own name. A file whose id is known with other content is
 * kept as a new edition of that id, never in place of the one meetings
 * were scored with: the edition in @edition, not the file's, is the one
 * the database knows it by. The database keeps the file's bytes as they
 * came, so that exporting it gives the very same file.
 *
 * Returns: %TRUE when the database has the framework now
 */
gboolean
seeds_framework_registry_add_bytes (SeedsFrameworkRegistry  *self,
                                    SeedsStore              *store,
                                    GBytes                  *bytes,
                                    const char              *display_name,
                                    char                   **id,
                                    guint                   *edition,
                                    gboolean                *added,
                                    GError                 **error)
{
  g_autoptr(SeedsFramework) framework = NULL;
  const char *framework_id;
  guint new_edition;
  guint taken;
  gboolean is_new = FALSE;

  g_return_val_if_fail (SEEDS_IS_FRAMEWORK_REGISTRY (self), FALSE);
  g_return_val_if_fail (SEEDS_IS_STORE (store), FALSE);
  g_return_val_if_fail (bytes != NULL && display_name != NULL, FALSE);

  framework = seeds_framework_new_from_bytes (bytes, display_name, ORIGINAL_LANGUAGE, error);
  if (framework == NULL)
    return FALSE;

  framework_id = seeds_framework_get_id (framework);
  new_edition = find_builtin (self, framework_id, bytes, &taken);
  if (new_edition == 0 && taken != 0)
    {
      g_autofree char *reason = g_strdup_printf (_("it claims to be the built-in framework “%s”, "
                                                   "but its words differ; adapt the framework "
                                                   "under a name of its own instead"),
                                                 framework_id);

      seeds_markup_text_set_file_error (error, display_name, reason);
      return FALSE;
    }

  if (new_edition == 0)
    {
      g_autoptr(SeedsFrameworkEntry) entry = NULL;

      if (!seeds_store_add_framework (store, framework_id, seeds_framework_get_edition (framework),
                                      taken, bytes, seeds_framework_get_name (framework),
                                      &new_edition, &is_new, error))
        return FALSE;

      entry = seeds_framework_entry_new (framework_id, new_edition,
                                         seeds_framework_get_name (framework), FALSE, bytes);
      g_mutex_lock (&self->mutex);
      add_entry (self, entry);
      g_mutex_unlock (&self->mutex);
    }

  if (id != NULL)
    *id = g_strdup (framework_id);
  if (edition != NULL)
    *edition = new_edition;
  if (added != NULL)
    *added = is_new;

  return TRUE;
}
