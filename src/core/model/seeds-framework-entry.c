/* seeds-framework-entry.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "model/seeds-framework-entry.h"
#include "model/seeds-framework.h"

struct _SeedsFrameworkEntry
{
  GObject   parent_instance;

  char     *id;
  guint     edition;
  char     *name;
  gboolean  is_builtin;
  GBytes   *content;  /* (nullable) */
};

G_DEFINE_FINAL_TYPE (SeedsFrameworkEntry, seeds_framework_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_EDITION,
  PROP_NAME,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
seeds_framework_entry_finalize (GObject *object)
{
  SeedsFrameworkEntry *self = (SeedsFrameworkEntry *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->content, g_bytes_unref);

  G_OBJECT_CLASS (seeds_framework_entry_parent_class)->finalize (object);
}

static void
seeds_framework_entry_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  SeedsFrameworkEntry *self = SEEDS_FRAMEWORK_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_EDITION:
      g_value_set_uint (value, self->edition);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_LABEL:
      g_value_take_string (value, seeds_framework_entry_dup_label (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
seeds_framework_entry_class_init (SeedsFrameworkEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = seeds_framework_entry_finalize;
  object_class->get_property = seeds_framework_entry_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_EDITION] =
    g_param_spec_uint ("edition", NULL, NULL, 1, G_MAXUINT, 1,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
seeds_framework_entry_init (SeedsFrameworkEntry *self)
{
}

/**
 * seeds_framework_entry_new:
 * @id: the framework's id
 * @edition: its edition in this database
 * @name: its name, in the language of the list
 * @is_builtin: whether it ships with the app
 * @content: (nullable): the bytes of its file
 */
SeedsFrameworkEntry *
seeds_framework_entry_new (const char *id,
                           guint       edition,
                           const char *name,
                           gboolean    is_builtin,
                           GBytes     *content)
{
  SeedsFrameworkEntry *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (edition >= 1, NULL);

  self = g_object_new (SEEDS_TYPE_FRAMEWORK_ENTRY, NULL);
  self->id = g_strdup (id);
  self->edition = edition;
  self->name = g_strdup (name != NULL ? name : id);
  self->is_builtin = is_builtin;
  self->content = content != NULL ? g_bytes_ref (content) : NULL;

  return self;
}

/**
 * seeds_framework_entry_new_builtin:
 * @id: a framework's id
 *
 * Returns: (transfer full) (nullable): the entry of the built-in
 *   framework of @id, named in its original language, or %NULL when no
 *   built-in framework has @id
 */
SeedsFrameworkEntry *
seeds_framework_entry_new_builtin (const char *id)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(SeedsFramework) framework = NULL;

  g_return_val_if_fail (id != NULL, NULL);

  if (!(bytes = seeds_framework_get_builtin_bytes (id)) ||
      !(framework = seeds_framework_new_builtin (id, SEEDS_FRAMEWORK_ORIGINAL_LANGUAGE)))
    return NULL;

  return seeds_framework_entry_new (id, seeds_framework_get_edition (framework),
                                    seeds_framework_get_name (framework), TRUE, bytes);
}

const char *
seeds_framework_entry_get_id (SeedsFrameworkEntry *self)
{
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK_ENTRY (self), NULL);

  return self->id;
}

guint
seeds_framework_entry_get_edition (SeedsFrameworkEntry *self)
{
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK_ENTRY (self), 1);

  return self->edition;
}

const char *
seeds_framework_entry_get_name (SeedsFrameworkEntry *self)
{
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK_ENTRY (self), NULL);

  return self->name;
}

/* The name for a chooser: with the edition when there is more than the
 * first, since two editions of one framework share their name. */
char *
seeds_framework_entry_dup_label (SeedsFrameworkEntry *self)
{
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK_ENTRY (self), NULL);

  return seeds_framework_describe_edition (self->name, self->edition);
}

gboolean
seeds_framework_entry_is_builtin (SeedsFrameworkEntry *self)
{
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK_ENTRY (self), FALSE);

  return self->is_builtin;
}

/* Returns: (transfer none) (nullable) */
GBytes *
seeds_framework_entry_get_content (SeedsFrameworkEntry *self)
{
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK_ENTRY (self), NULL);

  return self->content;
}

gboolean
seeds_framework_entry_matches (SeedsFrameworkEntry *self,
                               const char          *id,
                               guint                edition)
{
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK_ENTRY (self), FALSE);

  return self->edition == edition && g_strcmp0 (self->id, id) == 0;
}
