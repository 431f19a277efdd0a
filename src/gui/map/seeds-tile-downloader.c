/* seeds-tile-downloader.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libsoup/soup.h>

#include "map/seeds-tile-downloader.h"

/* Fetches raster tiles over HTTP for a ShumateRasterRenderer, and keeps
 * them in a ShumateFileCache. libshumate 1.0's own ShumateTileDownloader
 * would do, but with libsoup 3 it always sends "libshumate/1.0.3" as its
 * user agent, and the OpenStreetMap tile servers ask every app to identify
 * itself; so this one sends ours. Like libshumate's, it makes at most two
 * connections (the tile usage policy's limit) and treats a cached tile as
 * fresh for a week, then revalidates it with its ETag.
 *
 * A ShumateRasterRenderer draws what the data source emits in
 * ::received-data; the async result only says whether that worked. */

#define MAX_CONNECTIONS 2
#define FRESH_FOR       (7 * G_TIME_SPAN_DAY)
#define CACHE_SIZE      (100 * 1000 * 1000)

struct _SeedsTileDownloader
{
  ShumateDataSource  parent_instance;

  char              *url_template;
  char              *user_agent;
  char              *cache_dir;
  SoupSession       *session;
  ShumateFileCache  *cache;
};

G_DEFINE_FINAL_TYPE (SeedsTileDownloader, seeds_tile_downloader, SHUMATE_TYPE_DATA_SOURCE)

enum {
  PROP_0,
  PROP_URL_TEMPLATE,
  PROP_USER_AGENT,
  PROP_CACHE_DIR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  int          x;
  int          y;
  int          zoom;
  GBytes      *cached;  /* what the cache had, fresh or not */
  char        *etag;
  SoupMessage *message;
} Fetch;

static void
fetch_free (Fetch *fetch)
{
  g_clear_pointer (&fetch->cached, g_bytes_unref);
  g_clear_pointer (&fetch->etag, g_free);
  g_clear_object (&fetch->message);
  g_free (fetch);
}

/**
 * seeds_tile_downloader_get_tile_uri:
 *
 * Fills in {x}, {y} and {z} of the URL template, the placeholders that
 * libshumate 1.0 uses too.
 *
 * Returns: (transfer full): the tile's URI
 */
char *
seeds_tile_downloader_get_tile_uri (SeedsTileDownloader *self,
                                    int                  x,
                                    int                  y,
                                    int                  zoom_level)
{
  GString *uri;

  g_return_val_if_fail (SEEDS_IS_TILE_DOWNLOADER (self), NULL);

  uri = g_string_new (NULL);
  for (const char *p = self->url_template; *p != '\0'; p++)
    {
      if (g_str_has_prefix (p, "{x}"))
        g_string_append_printf (uri, "%d", x);
      else if (g_str_has_prefix (p, "{y}"))
        g_string_append_printf (uri, "%d", y);
      else if (g_str_has_prefix (p, "{z}"))
        g_string_append_printf (uri, "%d", zoom_level);
      else
        {
          g_string_append_c (uri, *p);
          continue;
        }
      p += 2;
    }

  return g_string_free (uri, FALSE);
}

static void
return_cached (GTask *task)
{
  Fetch *fetch = g_task_get_task_data (task);

  g_task_return_pointer (task, g_steal_pointer (&fetch->cached), (GDestroyNotify) g_bytes_unref);
}

static void
return_cached_or_error (GTask  *task,
                        GError *error)
{
  Fetch *fetch = g_task_get_task_data (task);

  /* A stale tile beats none: the network is gone, or the server is down. */
  if (fetch->cached != NULL)
    {
      g_debug ("Keeping the cached tile %d/%d/%d: %s",
               fetch->zoom, fetch->x, fetch->y, error->message);
      g_error_free (error);
      return_cached (task);
    }
  else
    g_task_return_error (task, error);
}

static void
on_stored (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!shumate_file_cache_store_tile_finish (SHUMATE_FILE_CACHE (object), result, &error))
    g_debug ("Cannot cache a tile: %s", error->message);
}

static void
on_downloaded (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  SeedsTileDownloader *self = g_task_get_source_object (task);
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(GBytes) body = NULL;
  GError *error = NULL;
  SoupStatus status;
  const char *etag;

  body = soup_session_send_and_read_finish (SOUP_SESSION (object), result, &error);
  if (body == NULL)
    {
      return_cached_or_error (task, error);
      return;
    }

  status = soup_message_get_status (fetch->message);
  if (status == SOUP_STATUS_NOT_MODIFIED && fetch->cached != NULL)
    {
      shumate_file_cache_mark_up_to_date (self->cache, fetch->x, fetch->y, fetch->zoom);
      return_cached (task);
      return;
    }
  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      return_cached_or_error (task, g_error_new (SHUMATE_TILE_DOWNLOADER_ERROR,
                                                 SHUMATE_TILE_DOWNLOADER_ERROR_BAD_RESPONSE,
                                                 "Cannot download tile %d/%d/%d: HTTP %u %s",
                                                 fetch->zoom, fetch->x, fetch->y, status,
                                                 soup_status_get_phrase (status)));
      return;
    }

  g_signal_emit_by_name (self, "received-data", fetch->x, fetch->y, fetch->zoom, body);

  etag = soup_message_headers_get_one (soup_message_get_response_headers (fetch->message), "ETag");
  shumate_file_cache_store_tile_async (self->cache, fetch->x, fetch->y, fetch->zoom, body, etag,
                                       NULL, on_stored, NULL);

  g_task_return_pointer (task, g_steal_pointer (&body), (GDestroyNotify) g_bytes_unref);
}

/* Takes @owned_task. */
static void
download (GTask *owned_task)
{
  g_autoptr(GTask) task = owned_task;
  SeedsTileDownloader *self = g_task_get_source_object (task);
  Fetch *fetch = g_task_get_task_data (task);
  g_autofree char *uri = seeds_tile_downloader_get_tile_uri (self, fetch->x, fetch->y, fetch->zoom);
  GCancellable *cancellable;

  fetch->message = soup_message_new (SOUP_METHOD_GET, uri);
  if (fetch->message == NULL)
    {
      g_task_return_new_error (task, SHUMATE_TILE_DOWNLOADER_ERROR,
                               SHUMATE_TILE_DOWNLOADER_ERROR_MALFORMED_URL,
                               "Not a valid tile URL: %s", uri);
      return;
    }

  if (fetch->cached != NULL && fetch->etag != NULL)
    soup_message_headers_append (soup_message_get_request_headers (fetch->message),
                                 "If-None-Match", fetch->etag);

  cancellable = g_task_get_cancellable (task);
  soup_session_send_and_read_async (self->session, fetch->message, G_PRIORITY_DEFAULT, cancellable,
                                    on_downloaded, g_steal_pointer (&task));
}

static void
on_cache_read (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  SeedsTileDownloader *self = g_task_get_source_object (task);
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(GDateTime) modified = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  fetch->cached = shumate_file_cache_get_tile_finish (SHUMATE_FILE_CACHE (object), &fetch->etag,
                                                      &modified, result, NULL);
  if (fetch->cached != NULL)
    {
      /* Shown at once, even when it is to be revalidated. */
      g_signal_emit_by_name (self, "received-data", fetch->x, fetch->y, fetch->zoom, fetch->cached);

      if (modified != NULL && g_date_time_difference (now, modified) < FRESH_FOR)
        {
          return_cached (task);
          return;
        }
    }

  download (g_steal_pointer (&task));
}

static void
seeds_tile_downloader_get_tile_data_async (ShumateDataSource   *source,
                                           int                  x,
                                           int                  y,
                                           int                  zoom_level,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data)
{
  SeedsTileDownloader *self = SEEDS_TILE_DOWNLOADER (source);
  g_autoptr(GTask) task = NULL;
  Fetch *fetch;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, seeds_tile_downloader_get_tile_data_async);

  fetch = g_new0 (Fetch, 1);
  fetch->x = x;
  fetch->y = y;
  fetch->zoom = zoom_level;
  g_task_set_task_data (task, fetch, (GDestroyNotify) fetch_free);

  shumate_file_cache_get_tile_async (self->cache, x, y, zoom_level, cancellable,
                                     on_cache_read, g_steal_pointer (&task));
}

static GBytes *
seeds_tile_downloader_get_tile_data_finish (ShumateDataSource  *source,
                                            GAsyncResult       *result,
                                            GError            **error)
{
  g_return_val_if_fail (g_task_is_valid (result, source), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
seeds_tile_downloader_constructed (GObject *object)
{
  SeedsTileDownloader *self = SEEDS_TILE_DOWNLOADER (object);
  g_autofree char *cache_key = NULL;

  G_OBJECT_CLASS (seeds_tile_downloader_parent_class)->constructed (object);

  self->session = soup_session_new_with_options ("user-agent", self->user_agent,
                                                 "max-conns", MAX_CONNECTIONS,
                                                 "max-conns-per-host", MAX_CONNECTIONS,
                                                 NULL);

  /* One cache per tile server, named after its URL. */
  cache_key = g_strcanon (g_strdup (self->url_template),
                          "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", '_');
  self->cache = shumate_file_cache_new_full (CACHE_SIZE, cache_key, self->cache_dir);
}

static void
seeds_tile_downloader_finalize (GObject *object)
{
  SeedsTileDownloader *self = SEEDS_TILE_DOWNLOADER (object);

  g_clear_pointer (&self->url_template, g_free);
  g_clear_pointer (&self->user_agent, g_free);
  g_clear_pointer (&self->cache_dir, g_free);
  g_clear_object (&self->session);
  g_clear_object (&self->cache);

  G_OBJECT_CLASS (seeds_tile_downloader_parent_class)->finalize (object);
}

static void
seeds_tile_downloader_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  SeedsTileDownloader *self = SEEDS_TILE_DOWNLOADER (object);

  switch (prop_id)
    {
    case PROP_URL_TEMPLATE:
      g_value_set_string (value, self->url_template);
      break;

    case PROP_USER_AGENT:
      g_value_set_string (value, self->user_agent);
      break;

    case PROP_CACHE_DIR:
      g_value_set_string (value, self->cache_dir);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
seeds_tile_downloader_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  SeedsTileDownloader *self = SEEDS_TILE_DOWNLOADER (object);

  switch (prop_id)
    {
    case PROP_URL_TEMPLATE:
      self->url_template = g_value_dup_string (value);
      break;

    case PROP_USER_AGENT:
      self->user_agent = g_value_dup_string (value);
      break;

    case PROP_CACHE_DIR:
      self->cache_dir = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
seeds_tile_downloader_class_init (SeedsTileDownloaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ShumateDataSourceClass *source_class = SHUMATE_DATA_SOURCE_CLASS (klass);

  object_class->constructed = seeds_tile_downloader_constructed;
  object_class->finalize = seeds_tile_downloader_finalize;
  object_class->get_property = seeds_tile_downloader_get_property;
  object_class->set_property = seeds_tile_downloader_set_property;

  source_class->get_tile_data_async = seeds_tile_downloader_get_tile_data_async;
  source_class->get_tile_data_finish = seeds_tile_downloader_get_tile_data_finish;

  properties[PROP_URL_TEMPLATE] =
    g_param_spec_string ("url-template", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_USER_AGENT] =
    g_param_spec_string ("user-agent", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* NULL for libshumate's default, in the user's cache folder. */
  properties[PROP_CACHE_DIR] =
    g_param_spec_string ("cache-dir", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
seeds_tile_downloader_init (SeedsTileDownloader *self)
{
}

/**
 * seeds_tile_downloader_new:
 * @url_template: where tiles are, with {x}, {y} and {z}
 * @user_agent: how the app introduces itself to the tile server
 * @cache_dir: (nullable): where to cache tiles, or %NULL for the default
 *
 * Returns: (transfer full): a new #SeedsTileDownloader
 */
SeedsTileDownloader *
seeds_tile_downloader_new (const char *url_template,
                           const char *user_agent,
                           const char *cache_dir)
{
  g_return_val_if_fail (url_template != NULL, NULL);
  g_return_val_if_fail (user_agent != NULL, NULL);

  return g_object_new (SEEDS_TYPE_TILE_DOWNLOADER,
                       "url-template", url_template,
                       "user-agent", user_agent,
                       "cache-dir", cache_dir,
                       NULL);
}

const char *
seeds_tile_downloader_get_user_agent (SeedsTileDownloader *self)
{
  g_return_val_if_fail (SEEDS_IS_TILE_DOWNLOADER (self), NULL);

  return self->user_agent;
}
