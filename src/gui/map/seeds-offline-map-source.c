/* seeds-offline-map-source.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "map/seeds-offline-map-source.h"

/* The base map that needs no network: tiles drawn by SeedsTileRenderer
 * from the bundled Natural Earth and OpenStreetMap data. Drawing happens in
 * a worker thread; the tile gets its texture back on the main thread, where
 * libshumate expects it. The style is fixed for the life of a source, and
 * is part of its id, because libshumate caches tiles in memory by source
 * id: a new source for the dark style never gets the light style's tiles. */

struct _SeedsOfflineMapSource
{
  ShumateMapSource parent_instance;

  gboolean         dark;
};

G_DEFINE_FINAL_TYPE (SeedsOfflineMapSource, seeds_offline_map_source, SHUMATE_TYPE_MAP_SOURCE)

enum {
  PROP_0,
  PROP_DARK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  ShumateTile   *tile;
  SeedsMapStyle  style;
  guint          x;
  guint          y;
  guint          zoom;
  guint          size;
} TileJob;

static void
tile_job_free (TileJob *job)
{
  g_clear_object (&job->tile);
  g_free (job);
}

static void
render_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  TileJob *job = task_data;
  cairo_surface_t *surface;
  GBytes *bytes;

  if (g_task_return_error_if_cancelled (task))
    return;

  surface = seeds_tile_renderer_render (seeds_tile_renderer_get_default (), job->style,
                                        job->zoom, job->x, job->y, job->size);
  /* The bytes keep the surface, and so its pixels, alive: no copy. */
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) cairo_image_surface_get_stride (surface) * job->size,
                                      (GDestroyNotify) cairo_surface_destroy,
                                      surface);
  g_task_return_pointer (task, bytes, (GDestroyNotify) g_bytes_unref);
}

static void
on_rendered (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  TileJob *job = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  bytes = g_task_propagate_pointer (G_TASK (result), &error);
  if (bytes == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (g_task_return_error_if_cancelled (task))
    return;

  /* Cairo's ARGB32 is GDK_MEMORY_DEFAULT: premultiplied, native-endian. */
  texture = gdk_memory_texture_new (job->size, job->size, GDK_MEMORY_DEFAULT, bytes,
                                    g_bytes_get_size (bytes) / job->size);
  shumate_tile_set_paintable (job->tile, GDK_PAINTABLE (texture));
  shumate_tile_set_fade_in (job->tile, FALSE);
  shumate_tile_set_state (job->tile, SHUMATE_STATE_DONE);

  g_task_return_boolean (task, TRUE);
}

static void
seeds_offline_map_source_fill_tile_async (ShumateMapSource    *source,
                                          ShumateTile         *tile,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data)
{
  SeedsOfflineMapSource *self = SEEDS_OFFLINE_MAP_SOURCE (source);
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) render = NULL;
  TileJob *job;

  g_return_if_fail (SHUMATE_IS_TILE (tile));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, seeds_offline_map_source_fill_tile_async);

  job = g_new0 (TileJob, 1);
  job->tile = g_object_ref (tile);
  job->style = self->dark ? SEEDS_MAP_STYLE_DARK : SEEDS_MAP_STYLE_LIGHT;
  job->x = shumate_tile_get_x (tile);
  job->y = shumate_tile_get_y (tile);
  job->zoom = MIN (shumate_tile_get_zoom_level (tile), SEEDS_TILE_RENDERER_MAX_ZOOM);
  job->size = shumate_tile_get_size (tile);
  if (job->size == 0)
    job->size = shumate_map_source_get_tile_size (source);
  g_task_set_task_data (task, job, (GDestroyNotify) tile_job_free);

  render = g_task_new (self, cancellable, on_rendered, g_steal_pointer (&task));
  g_task_set_source_tag (render, render_in_thread);
  g_task_set_task_data (render, job, NULL);
  g_task_run_in_thread (render, render_in_thread);
}

static gboolean
seeds_offline_map_source_fill_tile_finish (ShumateMapSource  *source,
                                           GAsyncResult      *result,
                                           GError           **error)
{
  g_return_val_if_fail (g_task_is_valid (result, source), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
seeds_offline_map_source_constructed (GObject *object)
{
  SeedsOfflineMapSource *self = SEEDS_OFFLINE_MAP_SOURCE (object);
  ShumateMapSource *source = SHUMATE_MAP_SOURCE (object);

  G_OBJECT_CLASS (seeds_offline_map_source_parent_class)->constructed (object);

  shumate_map_source_set_id (source, self->dark ? "seeds-offline-dark" : "seeds-offline");
  shumate_map_source_set_name (source, _("Offline Map"));
  /* Natural Earth asks for no credit, but people should know where the
   * map comes from. SeedsMapView adds OpenStreetMap's where the tiles on
   * screen draw some of its data. */
  shumate_map_source_set_license (source, SEEDS_OFFLINE_MAP_SOURCE_CREDIT);
  shumate_map_source_set_license_uri (source, SEEDS_OFFLINE_MAP_SOURCE_CREDIT_URI);
  shumate_map_source_set_min_zoom_level (source, 0);
  shumate_map_source_set_max_zoom_level (source, SEEDS_OFFLINE_MAP_SOURCE_MAX_ZOOM);
  shumate_map_source_set_tile_size (source, 256);
  shumate_map_source_set_projection (source, SHUMATE_MAP_PROJECTION_MERCATOR);
}

static void
seeds_offline_map_source_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  SeedsOfflineMapSource *self = SEEDS_OFFLINE_MAP_SOURCE (object);

  switch (prop_id)
    {
    case PROP_DARK:
      g_value_set_boolean (value, self->dark);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
seeds_offline_map_source_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  SeedsOfflineMapSource *self = SEEDS_OFFLINE_MAP_SOURCE (object);

  switch (prop_id)
    {
    case PROP_DARK:
      self->dark = g_value_get_boolean (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
seeds_offline_map_source_class_init (SeedsOfflineMapSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ShumateMapSourceClass *source_class = SHUMATE_MAP_SOURCE_CLASS (klass);

  object_class->constructed = seeds_offline_map_source_constructed;
  object_class->get_property = seeds_offline_map_source_get_property;
  object_class->set_property = seeds_offline_map_source_set_property;

  source_class->fill_tile_async = seeds_offline_map_source_fill_tile_async;
  source_class->fill_tile_finish = seeds_offline_map_source_fill_tile_finish;

  properties[PROP_DARK] =
    g_param_spec_boolean ("dark", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
seeds_offline_map_source_init (SeedsOfflineMapSource *self)
{
}

SeedsOfflineMapSource *
seeds_offline_map_source_new (SeedsMapStyle style)
{
  return g_object_new (SEEDS_TYPE_OFFLINE_MAP_SOURCE,
                       "dark", style == SEEDS_MAP_STYLE_DARK,
                       NULL);
}

SeedsMapStyle
seeds_offline_map_source_get_style (SeedsOfflineMapSource *self)
{
  g_return_val_if_fail (SEEDS_IS_OFFLINE_MAP_SOURCE (self), SEEDS_MAP_STYLE_LIGHT);

  return self->dark ? SEEDS_MAP_STYLE_DARK : SEEDS_MAP_STYLE_LIGHT;
}
