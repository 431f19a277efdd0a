/* seeds-framework.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "model/seeds-framework-private.h"
#include "model/seeds-framework-reader.h"
#include "model/seeds-resources.h"

/* A framework is the content the app is built around: factors in groups in
 * parts, each factor with a definition, findings and tips. The reader in
 * seeds-framework-reader.c fills it in from a file. */

#define RESOURCE_FOLDER "/io/github/seedsofinnovation/Seeds/frameworks/"

/* The frameworks bundled in the resource (data/meson.build merges them),
 * the default first. */
static const char * const builtin_ids[] = {
  SEEDS_FRAMEWORK_DEFAULT_ID,
  SEEDS_FRAMEWORK_STUDENTS_TEACHERS_ID,
  NULL,
};

G_DEFINE_FINAL_TYPE (SeedsFramework, seeds_framework, G_TYPE_OBJECT)

G_DEFINE_QUARK (seeds-framework-error-quark, seeds_framework_error)

static void
seeds_framework_finalize (GObject *object)
{
  SeedsFramework *self = (SeedsFramework *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->based_on, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->question, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_object (&self->groups);
  g_clear_object (&self->factors);
  g_clear_pointer (&self->factor_array, g_ptr_array_unref);
  g_clear_pointer (&self->roles, g_ptr_array_unref);

  G_OBJECT_CLASS (seeds_framework_parent_class)->finalize (object);
}

static void
seeds_framework_class_init (SeedsFrameworkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = seeds_framework_finalize;
}

static void
seeds_framework_init (SeedsFramework *self)
{
  self->groups = g_list_store_new (SEEDS_TYPE_FACTOR_GROUP);
  self->factors = g_list_store_new (SEEDS_TYPE_FACTOR);
  self->factor_array = g_ptr_array_new_with_free_func (g_object_unref);
  self->roles = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * seeds_framework_new_from_bytes:
 * @bytes: the file's contents
 * @display_name: how to name the file in error messages
 * @language: (nullable): a language such as "nl", or %NULL for the user's
 *
 * Reads a framework. A malformed file gives an error that names the file,
 * the line and the problem.
 */
SeedsFramework *
seeds_framework_new_from_bytes (GBytes      *bytes,
                                const char  *display_name,
                                const char  *language,
                                GError     **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  return seeds_framework_reader_read (bytes, display_name, language, error);
}

SeedsFramework *
seeds_framework_new_from_file (GFile       *file,
                               const char  *language,
                               GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *display_name = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  display_name = g_file_get_parse_name (file);
  bytes = g_file_load_bytes (file, NULL, NULL, &local_error);
  if (bytes == NULL)
    {
      g_set_error (error, SEEDS_FRAMEWORK_ERROR, SEEDS_FRAMEWORK_ERROR_INVALID,
                   "%s: %s", display_name, local_error->message);
      return NULL;
    }

  return seeds_framework_new_from_bytes (bytes, display_name, language, error);
}

/**
 * seeds_framework_new_default:
 * @language: (nullable): a language such as "nl", or %NULL for the user's
 *
 * The framework that ships with the app, from the bundled resource.
 */
SeedsFramework *
seeds_framework_new_default (const char *language)
{
  return seeds_framework_new_builtin (SEEDS_FRAMEWORK_DEFAULT_ID, language);
}

/**
 * seeds_framework_new_builtin:
 * @id: a framework id such as "students-teachers-2020"
 * @language: (nullable): a language such as "nl", or %NULL for the user's
 *
 * One of the frameworks bundled with the app, or %NULL when none has @id:
 * an id may come from a file or a database, so an unknown one is no bug.
 */
SeedsFramework *
seeds_framework_new_builtin (const char *id,
                             const char *language)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = NULL;
  SeedsFramework *framework = NULL;

  g_return_val_if_fail (id != NULL, NULL);

  bytes = seeds_framework_get_builtin_bytes (id);
  if (bytes == NULL)
    return NULL;

  basename = g_strconcat (id, ".framework.xml", NULL);
  framework = seeds_framework_new_from_bytes (bytes, basename, language, &error);

  /* The shipped files are checked by the tests: failing here is a broken build. */
  if (framework == NULL)
    g_error ("The built-in framework “%s” cannot be read: %s", id, error->message);

  return framework;
}

/**
 * seeds_framework_get_builtin_bytes:
 * @id: a framework id such as "students-teachers-2020"
 *
 * The file of a built-in framework, with all its translations: what
 * exporting it writes, and what one adapts.
 *
 * Returns: (transfer full) (nullable): %NULL when no built-in one has @id
 */
GBytes *
seeds_framework_get_builtin_bytes (const char *id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  GBytes *bytes;

  g_return_val_if_fail (id != NULL, NULL);

  if (!g_strv_contains (builtin_ids, id))
    return NULL;

  seeds_resources_ensure_registered ();

  path = g_strconcat (RESOURCE_FOLDER, id, ".framework.xml", NULL);
  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    g_error ("The built-in framework “%s” is not in the resource: %s", id, error->message);

  return bytes;
}

/**
 * seeds_framework_get_builtin_ids:
 *
 * The ids of the frameworks bundled with the app, the default first.
 *
 * Returns: (transfer none): a %NULL-terminated array
 */
const char * const *
seeds_framework_get_builtin_ids (void)
{
  return builtin_ids;
}

const char *
seeds_framework_get_id (SeedsFramework *self)
{
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (self), NULL);

  return self->id;
}

/* The framework's own version: a framework shared again after a change
 * keeps its id and gets a higher edition. */
guint
seeds_framework_get_edition (SeedsFramework *self)
{
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (self), 0);

  return self->edition;
}

/* The id of the framework this one was adapted from, or %NULL. */
const char *
seeds_framework_get_based_on (SeedsFramework *self)
{
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (self), NULL);

  return self->based_on;
}

const char *
seeds_framework_get_name (SeedsFramework *self)
{
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (self), NULL);

  return self->name;
}

/* The question people answer for each factor's statement. */
const char *
seeds_framework_get_question (SeedsFramework *self)
{
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (self), NULL);

  return self->question;
}

/* The research the framework comes from, as a citation; may be NULL. */
const char *
seeds_framework_get_source (SeedsFramework *self)
{
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (self), NULL);

  return self->source;
}

const char *
seeds_framework_get_language (SeedsFramework *self)
{
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (self), NULL);

  return self->language;
}

GListModel *
seeds_framework_get_groups (SeedsFramework *self)
{
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (self), NULL);

  return G_LIST_MODEL (self->groups);
}

GListModel *
seeds_framework_get_factors (SeedsFramework *self)
{
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (self), NULL);

  return G_LIST_MODEL (self->factors);
}

guint
seeds_framework_get_n_factors (SeedsFramework *self)
{
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (self), 0);

  return self->factor_array->len;
}

/* (transfer none); safe to call from any thread, as is
 * seeds_framework_lookup_factor() */
SeedsFactor *
seeds_framework_get_factor (SeedsFramework *self,
                            guint           position)
{
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (position < self->factor_array->len, NULL);

  return g_ptr_array_index (self->factor_array, position);
}

/* (transfer none) (nullable) */
SeedsFactor *
seeds_framework_lookup_factor (SeedsFramework *self,
                               const char     *factor_id)
{
  guint n;

  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (factor_id != NULL, NULL);

  n = seeds_framework_get_n_factors (self);
  for (guint i = 0; i < n; i++)
    {
      SeedsFactor *factor = seeds_framework_get_factor (self, i);

      if (g_str_equal (seeds_factor_get_id (factor), factor_id))
        return factor;
    }

  return NULL;
}

/* The roles a learning community needs (<role> in the file), which a
 * framework may leave out */
guint
seeds_framework_get_n_roles (SeedsFramework *self)
{
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (self), 0);

  return self->roles->len;
}

/* (transfer none) */
SeedsRole *
seeds_framework_get_role (SeedsFramework *self,
                          guint           position)
{
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (position < self->roles->len, NULL);

  return g_ptr_array_index (self->roles, position);
}

/* (transfer none) (nullable) */
SeedsRole *
seeds_framework_lookup_role (SeedsFramework *self,
                             const char     *role_id)
{
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (role_id != NULL, NULL);

  for (guint i = 0; i < self->roles->len; i++)
    {
      SeedsRole *role = g_ptr_array_index (self->roles, i);

      if (g_str_equal (seeds_role_get_id (role), role_id))
        return role;
    }

  return NULL;
}

/**
 * seeds_framework_describe_edition:
 * @name: a framework's name, for a chooser, or its id, for a message
 * @edition: one of its editions
 *
 * Returns: (transfer full): how the app names that edition of the
 *   framework: by @name alone for the first edition, the one most
 *   frameworks and files have, since two editions share their name
 */
char *
seeds_framework_describe_edition (const char *name,
                                  guint       edition)
{
  g_return_val_if_fail (name != NULL, NULL);

  if (edition <= 1)
    return g_strdup (name);

  /* Translators: a framework's name and its edition, as in “Students and teachers (edition 2)” */
  return g_strdup_printf (_("%s (edition %u)"), name, edition);
}
