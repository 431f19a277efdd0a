/* seeds-directory-source.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "model/seeds-directory-source.h"

struct _SeedsDirectorySource
{
  GObject  parent_instance;

  char    *uri;
  char    *display_name;
  gint64   last_refresh;  /* seconds since the epoch; 0 for never */
  char    *last_error;    /* (nullable): why the latest refresh failed */
};

G_DEFINE_FINAL_TYPE (SeedsDirectorySource, seeds_directory_source, G_TYPE_OBJECT)

static void
seeds_directory_source_finalize (GObject *object)
{
  SeedsDirectorySource *self = (SeedsDirectorySource *)object;

  g_free (self->uri);
  g_free (self->display_name);
  g_free (self->last_error);

  G_OBJECT_CLASS (seeds_directory_source_parent_class)->finalize (object);
}

static void
seeds_directory_source_class_init (SeedsDirectorySourceClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = seeds_directory_source_finalize;
}

static void
seeds_directory_source_init (SeedsDirectorySource *self)
{
}

/**
 * seeds_directory_source_new:
 * @uri: the folder's URI, as GIO opens it
 * @display_name: its name for people
 * @last_refresh: when it was last read whole, in seconds since the epoch;
 *   0 for never
 * @last_error: (nullable): why the latest refresh failed, %NULL when it
 *   did not
 *
 * Returns: (transfer full): a new #SeedsDirectorySource
 */
SeedsDirectorySource *
seeds_directory_source_new (const char *uri,
                            const char *display_name,
                            gint64      last_refresh,
                            const char *last_error)
{
  SeedsDirectorySource *self;

  g_return_val_if_fail (uri != NULL && display_name != NULL, NULL);

  self = g_object_new (SEEDS_TYPE_DIRECTORY_SOURCE, NULL);
  self->uri = g_strdup (uri);
  self->display_name = g_strdup (display_name);
  self->last_refresh = last_refresh;
  self->last_error = g_strdup (last_error);

  return self;
}

const char *
seeds_directory_source_get_uri (SeedsDirectorySource *self)
{
  g_return_val_if_fail (SEEDS_IS_DIRECTORY_SOURCE (self), NULL);

  return self->uri;
}

const char *
seeds_directory_source_get_display_name (SeedsDirectorySource *self)
{
  g_return_val_if_fail (SEEDS_IS_DIRECTORY_SOURCE (self), NULL);

  return self->display_name;
}

gint64
seeds_directory_source_get_last_refresh (SeedsDirectorySource *self)
{
  g_return_val_if_fail (SEEDS_IS_DIRECTORY_SOURCE (self), 0);

  return self->last_refresh;
}

/* (nullable) */
const char *
seeds_directory_source_get_last_error (SeedsDirectorySource *self)
{
  g_return_val_if_fail (SEEDS_IS_DIRECTORY_SOURCE (self), NULL);

  return self->last_error;
}
