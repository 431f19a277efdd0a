/* seeds-map-view.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "map/seeds-map-view-private.h"
#include "map/seeds-mercator.h"
#include "map/seeds-tile-downloader.h"
#include "map/seeds-tile-renderer.h"
#include "model/seeds-string.h"

/* A map that works offline: the bundled base map at the bottom, OpenStreetMap
 * tiles over it when the user allows them and the network is there, and the
 * markers on top. The base map follows the light or dark style. Built in
 * code rather than from a template: it is one ShumateSimpleMap with layers
 * that come and go. */

struct _SeedsMapView
{
  GtkWidget              parent_instance;

  ShumateSimpleMap      *map;
  SeedsOfflineMapSource *base;
  ShumateMarkerLayer    *markers;

  ShumateMapSource      *online;        /* made when first shown */
  ShumateMapLayer       *online_layer;  /* NULL while hidden */
  char                  *tile_url;
  char                  *cache_dir;     /* NULL for the user's cache folder */

  gboolean               online_tiles;  /* the user allows them */
  gboolean               network_available;
  gboolean               network_forced;

  int                    credited_width;   /* the size the credit was worked out for */
  int                    credited_height;
  guint                  credit_idle;
};

G_DEFINE_FINAL_TYPE (SeedsMapView, seeds_map_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ONLINE_TILES,
  PROP_SHOWING_ONLINE_TILES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
apply_zoom_limits (SeedsMapView *self)
{
  ShumateViewport *viewport = shumate_simple_map_get_viewport (self->map);
  guint max_zoom = self->online_layer != NULL ? SEEDS_MAP_VIEW_ONLINE_MAX_ZOOM
                                              : SEEDS_MAP_VIEW_OFFLINE_MAX_ZOOM;

  shumate_viewport_set_min_zoom_level (viewport, SEEDS_MAP_VIEW_MIN_ZOOM);
  shumate_viewport_set_max_zoom_level (viewport, max_zoom);
  if (shumate_viewport_get_zoom_level (viewport) > max_zoom)
    shumate_viewport_set_zoom_level (viewport, max_zoom);
}

/* The base map credits Natural Earth always, and OpenStreetMap while a
 * tile on screen draws its coast or a lake; not while the online tiles,
 * which credit it themselves, are on: each source is named once.
 * ShumateLicense 1.0.3 reads a source's licence only when the source is
 * added to it, so the base is taken out and put back, first, when its
 * text changes or when @reorder asks. */
static void
update_credit (SeedsMapView *self,
               gboolean      reorder)
{
  ShumateMapSource *base = SHUMATE_MAP_SOURCE (self->base);
  ShumateViewport *viewport = shumate_simple_map_get_viewport (self->map);
  ShumateLocation *centre = SHUMATE_LOCATION (viewport);
  ShumateLicense *license = shumate_simple_map_get_license (self->map);
  g_autofree char *text = NULL;
  gboolean osm;

  self->credited_width = gtk_widget_get_width (GTK_WIDGET (self));
  self->credited_height = gtk_widget_get_height (GTK_WIDGET (self));

  osm = self->online_layer == NULL
        && seeds_tile_renderer_view_uses_osm (seeds_tile_renderer_get_default (),
                                              shumate_location_get_latitude (centre),
                                              shumate_location_get_longitude (centre),
                                              shumate_viewport_get_zoom_level (viewport),
                                              self->credited_width, self->credited_height);
  if (osm)
    text = g_strdup_printf ("%s, %s", SEEDS_OFFLINE_MAP_SOURCE_CREDIT,
                            _("© OpenStreetMap contributors"));
  else
    text = g_strdup (SEEDS_OFFLINE_MAP_SOURCE_CREDIT);

  if (!reorder && g_strcmp0 (text, shumate_map_source_get_license (base)) == 0)
    return;

  shumate_map_source_set_license (base, text);
  shumate_map_source_set_license_uri (base, osm ? SEEDS_OFFLINE_MAP_SOURCE_OSM_URI
                                                : SEEDS_OFFLINE_MAP_SOURCE_CREDIT_URI);
  shumate_license_remove_map_source (license, base);
  shumate_license_prepend_map_source (license, base);
}

static void
on_viewport_changed (SeedsMapView *self)
{
  update_credit (self, FALSE);
}

static gboolean
update_credit_when_idle (gpointer data)
{
  SeedsMapView *self = data;

  self->credit_idle = 0;
  update_credit (self, FALSE);

  return G_SOURCE_REMOVE;
}

static void
set_base_style (SeedsMapView  *self,
                SeedsMapStyle  style)
{
  if (self->base != NULL && seeds_offline_map_source_get_style (self->base) == style)
    return;

  g_clear_object (&self->base);
  self->base = seeds_offline_map_source_new (style);
  shumate_simple_map_set_map_source (self->map, SHUMATE_MAP_SOURCE (self->base));
  update_credit (self, TRUE);
  apply_zoom_limits (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_dark_changed (SeedsMapView    *self,
                 GParamSpec      *pspec,
                 AdwStyleManager *style_manager)
{
  set_base_style (self, adw_style_manager_get_dark (style_manager) ? SEEDS_MAP_STYLE_DARK
                                                                   : SEEDS_MAP_STYLE_LIGHT);
}

static ShumateMapSource *
make_online_source (SeedsMapView *self)
{
  g_autoptr(SeedsTileDownloader) downloader = NULL;
  g_autofree char *cache_dir = NULL;
  ShumateRasterRenderer *renderer;

  if (self->cache_dir != NULL)
    cache_dir = g_strdup (self->cache_dir);
  else
    cache_dir = g_build_filename (g_get_user_cache_dir (), PACKAGE_NAME, "tiles", NULL);

  downloader = seeds_tile_downloader_new (self->tile_url, SEEDS_MAP_VIEW_USER_AGENT, cache_dir);

  renderer = shumate_raster_renderer_new_full ("seeds-openstreetmap",
                                               "OpenStreetMap",
                                               _("© OpenStreetMap contributors"),
                                               "https://www.openstreetmap.org/copyright",
                                               0, 19, 256,
                                               SHUMATE_MAP_PROJECTION_MERCATOR,
                                               SHUMATE_DATA_SOURCE (downloader));

  return SHUMATE_MAP_SOURCE (renderer);
}

static void
show_online_layer (SeedsMapView *self,
                   gboolean      show)
{
  ShumateLicense *license = shumate_simple_map_get_license (self->map);
  ShumateMap *map = shumate_simple_map_get_map (self->map);

  if (show == (self->online_layer != NULL))
    return;

  if (show)
    {
      if (self->online == NULL)
        self->online = make_online_source (self);

      self->online_layer = shumate_map_layer_new (self->online,
                                                  shumate_simple_map_get_viewport (self->map));
      /* Right above the base map, under the markers. On the ShumateMap
       * itself: libshumate 1.0.3 declares shumate_simple_map_insert_overlay_layer()
       * but does not export it. */
      shumate_map_insert_layer_behind (map, SHUMATE_LAYER (self->online_layer),
                                       SHUMATE_LAYER (self->markers));
      shumate_license_append_map_source (license, self->online);
    }
  else
    {
      shumate_map_remove_layer (map, SHUMATE_LAYER (self->online_layer));
      self->online_layer = NULL;
      shumate_license_remove_map_source (license, self->online);
    }

  update_credit (self, FALSE);
  apply_zoom_limits (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOWING_ONLINE_TILES]);
}

static void
update_online_layer (SeedsMapView *self)
{
  show_online_layer (self, self->online_tiles && self->network_available);
}

static void
on_network_changed (SeedsMapView    *self,
                    GParamSpec      *pspec,
                    GNetworkMonitor *monitor)
{
  if (self->network_forced)
    return;

  self->network_available = g_network_monitor_get_network_available (monitor);
  update_online_layer (self);
}

/* The sea's colour under the tiles: it shows while they load and after a
 * jump to another zoom level, instead of the window's background, and hides
 * the hairline seams that drawing tiles at fractional positions can leave. */
static void
seeds_map_view_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  SeedsMapView *self = SEEDS_MAP_VIEW (widget);
  SeedsMapStyle style = seeds_offline_map_source_get_style (self->base);
  const SeedsMapPalette *palette = seeds_map_style_get_palette (style);
  GdkRGBA sea = {
    .red = ((palette->sea >> 16) & 0xff) / 255.f,
    .green = ((palette->sea >> 8) & 0xff) / 255.f,
    .blue = (palette->sea & 0xff) / 255.f,
    .alpha = 1.f,
  };

  gtk_snapshot_append_color (snapshot, &sea,
                             &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget),
                                                  gtk_widget_get_height (widget)));

  /* A map made larger may show tiles with OpenStreetMap's data at its
   * edges; the credit is worked out again, outside the drawing. GTK has
   * no signal for a new size, and the layout manager allocates. */
  if ((gtk_widget_get_width (widget) != self->credited_width
       || gtk_widget_get_height (widget) != self->credited_height)
      && self->credit_idle == 0)
    self->credit_idle = g_idle_add (update_credit_when_idle, self);

  GTK_WIDGET_CLASS (seeds_map_view_parent_class)->snapshot (widget, snapshot);
}

static void
seeds_map_view_dispose (GObject *object)
{
  SeedsMapView *self = SEEDS_MAP_VIEW (object);

  g_clear_handle_id (&self->credit_idle, g_source_remove);
  self->online_layer = NULL;
  self->markers = NULL;
  g_clear_pointer ((GtkWidget **) &self->map, gtk_widget_unparent);
  g_clear_object (&self->base);
  g_clear_object (&self->online);

  G_OBJECT_CLASS (seeds_map_view_parent_class)->dispose (object);
}

static void
seeds_map_view_finalize (GObject *object)
{
  SeedsMapView *self = SEEDS_MAP_VIEW (object);

  g_free (self->tile_url);
  g_free (self->cache_dir);

  G_OBJECT_CLASS (seeds_map_view_parent_class)->finalize (object);
}

static void
seeds_map_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SeedsMapView *self = SEEDS_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_ONLINE_TILES:
      g_value_set_boolean (value, self->online_tiles);
      break;

    case PROP_SHOWING_ONLINE_TILES:
      g_value_set_boolean (value, seeds_map_view_get_showing_online_tiles (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
seeds_map_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SeedsMapView *self = SEEDS_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_ONLINE_TILES:
      seeds_map_view_set_online_tiles (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
seeds_map_view_class_init (SeedsMapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = seeds_map_view_dispose;
  object_class->finalize = seeds_map_view_finalize;
  object_class->get_property = seeds_map_view_get_property;
  object_class->set_property = seeds_map_view_set_property;

  /**
   * SeedsMapView:online-tiles:
   *
   * Whether the user allows OpenStreetMap tiles; bind it to the
   * online-map-tiles setting. They show only while the network is there.
   */
  properties[PROP_ONLINE_TILES] =
    g_param_spec_boolean ("online-tiles", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SHOWING_ONLINE_TILES] =
    g_param_spec_boolean ("showing-online-tiles", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->snapshot = seeds_map_view_snapshot;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "seedsmapview");
}

/* libshumate 1.0.3 leaves its zoom buttons without names for screen
 * readers or tooltips; they are known by their icons. */
static void
name_zoom_buttons (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *image = gtk_widget_get_first_child (child);
      const char *icon = GTK_IS_BUTTON (child) && GTK_IS_IMAGE (image)
                         ? gtk_image_get_icon_name (GTK_IMAGE (image)) : NULL;
      const char *label = NULL;

      if (g_strcmp0 (icon, "zoom-in-symbolic") == 0)
        label = _("Zoom In");
      else if (g_strcmp0 (icon, "zoom-out-symbolic") == 0)
        label = _("Zoom Out");

      if (label != NULL)
        {
          gtk_widget_set_tooltip_text (child, label);
          gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                          -1);
        }
      else
        {
          name_zoom_buttons (child);
        }
    }
}

static void
seeds_map_view_init (SeedsMapView *self)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  GNetworkMonitor *monitor = g_network_monitor_get_default ();
  ShumateViewport *viewport;

  self->tile_url = g_strdup (SEEDS_MAP_VIEW_OSM_URL);

  self->map = shumate_simple_map_new ();
  gtk_widget_set_parent (GTK_WIDGET (self->map), GTK_WIDGET (self));
  viewport = shumate_simple_map_get_viewport (self->map);

  /* The base first: ShumateSimpleMap puts a base layer above any overlay
   * that is already there. */
  on_dark_changed (self, NULL, style_manager);
  g_signal_connect_object (style_manager, "notify::dark", G_CALLBACK (on_dark_changed), self,
                           G_CONNECT_SWAPPED);

  self->markers = shumate_marker_layer_new_full (viewport, GTK_SELECTION_SINGLE);
  shumate_simple_map_add_overlay_layer (self->map, SHUMATE_LAYER (self->markers));

  shumate_map_center_on (shumate_simple_map_get_map (self->map),
                         SEEDS_MAP_VIEW_HOME_LATITUDE, SEEDS_MAP_VIEW_HOME_LONGITUDE);
  shumate_viewport_set_zoom_level (viewport, SEEDS_MAP_VIEW_HOME_ZOOM);
  g_signal_connect_object (viewport, "notify::zoom-level", G_CALLBACK (on_viewport_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (viewport, "notify::latitude", G_CALLBACK (on_viewport_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (viewport, "notify::longitude", G_CALLBACK (on_viewport_changed), self,
                           G_CONNECT_SWAPPED);

  self->network_available = g_network_monitor_get_network_available (monitor);
  g_signal_connect_object (monitor, "notify::network-available", G_CALLBACK (on_network_changed),
                           self, G_CONNECT_SWAPPED);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Map"),
                                  -1);
  name_zoom_buttons (GTK_WIDGET (self->map));
}

GtkWidget *
seeds_map_view_new (void)
{
  return g_object_new (SEEDS_TYPE_MAP_VIEW, NULL);
}

ShumateSimpleMap *
seeds_map_view_get_simple_map (SeedsMapView *self)
{
  g_return_val_if_fail (SEEDS_IS_MAP_VIEW (self), NULL);

  return self->map;
}

ShumateViewport *
seeds_map_view_get_viewport (SeedsMapView *self)
{
  g_return_val_if_fail (SEEDS_IS_MAP_VIEW (self), NULL);

  return shumate_simple_map_get_viewport (self->map);
}

/**
 * seeds_map_view_get_marker_layer:
 *
 * The layer of markers, over the base map and the online tiles. It selects
 * one marker at a time; ShumateMarkerLayer::marker-selected says which.
 *
 * Returns: (transfer none): the marker layer
 */
ShumateMarkerLayer *
seeds_map_view_get_marker_layer (SeedsMapView *self)
{
  g_return_val_if_fail (SEEDS_IS_MAP_VIEW (self), NULL);

  return self->markers;
}

void
seeds_map_view_add_marker (SeedsMapView  *self,
                           ShumateMarker *marker)
{
  g_return_if_fail (SEEDS_IS_MAP_VIEW (self));
  g_return_if_fail (SHUMATE_IS_MARKER (marker));

  shumate_marker_layer_add_marker (self->markers, marker);
}

void
seeds_map_view_remove_marker (SeedsMapView  *self,
                              ShumateMarker *marker)
{
  g_return_if_fail (SEEDS_IS_MAP_VIEW (self));
  g_return_if_fail (SHUMATE_IS_MARKER (marker));

  shumate_marker_layer_remove_marker (self->markers, marker);
}

void
seeds_map_view_remove_all_markers (SeedsMapView *self)
{
  g_return_if_fail (SEEDS_IS_MAP_VIEW (self));

  shumate_marker_layer_remove_all (self->markers);
}

/**
 * seeds_map_view_go_to:
 *
 * Moves the map to @latitude, @longitude at @zoom: with an animation when
 * the map is on screen and animations are on, at once otherwise.
 */
void
seeds_map_view_go_to (SeedsMapView *self,
                      double        latitude,
                      double        longitude,
                      double        zoom)
{
  ShumateMap *map;
  gboolean animate = FALSE;

  g_return_if_fail (SEEDS_IS_MAP_VIEW (self));

  map = shumate_simple_map_get_map (self->map);
  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)),
                "gtk-enable-animations", &animate,
                NULL);

  /* People who turned animations off get the jump, not the flight. */
  if (animate && gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      shumate_map_go_to_full (map, latitude, longitude, zoom);
    }
  else
    {
      shumate_map_center_on (map, latitude, longitude);
      shumate_viewport_set_zoom_level (shumate_simple_map_get_viewport (self->map), zoom);
    }
}

/* Back to the Greenport West-Holland. */
void
seeds_map_view_go_home (SeedsMapView *self)
{
  g_return_if_fail (SEEDS_IS_MAP_VIEW (self));

  seeds_map_view_go_to (self, SEEDS_MAP_VIEW_HOME_LATITUDE, SEEDS_MAP_VIEW_HOME_LONGITUDE,
                        SEEDS_MAP_VIEW_HOME_ZOOM);
}

/* Framing: a widget over the map, such as a card at its left, leaves only
 * part of it free; markers are shown in that part. Positions are in zoom
 * level 0 pixels of Web Mercator, so that zooming is a multiplication. */

/* Pixels kept free around what is shown */
#define FRAME_MARGIN 40
#define TILE_SIZE    256

static double
world_x (double longitude)
{
  return seeds_mercator_x_from_longitude (longitude, 0) * TILE_SIZE;
}

static double
world_y (double latitude)
{
  return seeds_mercator_y_from_latitude (latitude, 0) * TILE_SIZE;
}

/* Moves the map so that the world point (@x, @y) is in the middle of
 * @area, at @zoom. @area runs to the map's right edge, so its middle is
 * half its left edge right of the map's. */
static void
centre_point (SeedsMapView          *self,
              double                 x,
              double                 y,
              double                 zoom,
              const graphene_rect_t *area)
{
  double centre_x = x - area->origin.x / 2.0 / exp2 (zoom);

  seeds_map_view_go_to (self,
                        seeds_mercator_latitude_from_y (y / TILE_SIZE, 0),
                        seeds_mercator_longitude_from_x (centre_x / TILE_SIZE, 0),
                        zoom);
}

/**
 * seeds_map_view_centre_in:
 * @area: the free part of the map, in its pixels, from its left edge
 *   (origin.x) to the map's right edge
 *
 * Moves the map so that @latitude, @longitude is in the middle of @area.
 */
void
seeds_map_view_centre_in (SeedsMapView          *self,
                          double                 latitude,
                          double                 longitude,
                          double                 zoom,
                          const graphene_rect_t *area)
{
  g_return_if_fail (SEEDS_IS_MAP_VIEW (self));

  centre_point (self, world_x (longitude), world_y (latitude), zoom, area);
}

/**
 * seeds_map_view_reveal:
 * @area: as for seeds_map_view_centre_in()
 *
 * Moves the map to @latitude, @longitude, unless it is in sight in @area
 * already: a map that jumps at every click loses people.
 */
void
seeds_map_view_reveal (SeedsMapView          *self,
                       double                 latitude,
                       double                 longitude,
                       const graphene_rect_t *area)
{
  ShumateLocation *viewport;
  double zoom, scale, x, y;
  double left, width, height;

  g_return_if_fail (SEEDS_IS_MAP_VIEW (self));

  viewport = SHUMATE_LOCATION (shumate_simple_map_get_viewport (self->map));
  zoom = shumate_viewport_get_zoom_level (SHUMATE_VIEWPORT (viewport));
  scale = exp2 (zoom);
  left = area->origin.x;
  width = area->size.width;
  height = area->size.height;

  x = (world_x (longitude) - world_x (shumate_location_get_longitude (viewport))) * scale + (left + width) / 2.0;
  y = (world_y (latitude) - world_y (shumate_location_get_latitude (viewport))) * scale + height / 2.0;

  if (x >= left + FRAME_MARGIN && x <= left + width - FRAME_MARGIN &&
      y >= FRAME_MARGIN && y <= height - FRAME_MARGIN)
    return;

  centre_point (self, world_x (longitude), world_y (latitude), zoom, area);
}

/**
 * seeds_map_view_fit:
 * @locations: (element-type ShumateLocation): what to show; not empty
 * @max_zoom: the closest to zoom in, for one location or a few close by
 * @area: as for seeds_map_view_centre_in()
 *
 * Shows every one of @locations in @area, as close as @max_zoom allows.
 */
void
seeds_map_view_fit (SeedsMapView          *self,
                    GPtrArray             *locations,
                    double                 max_zoom,
                    const graphene_rect_t *area)
{
  double min_x = G_MAXDOUBLE, max_x = -G_MAXDOUBLE, min_y = G_MAXDOUBLE, max_y = -G_MAXDOUBLE;
  double zoom = max_zoom;

  g_return_if_fail (SEEDS_IS_MAP_VIEW (self));
  g_return_if_fail (locations != NULL && locations->len > 0);

  for (guint i = 0; i < locations->len; i++)
    {
      ShumateLocation *location = g_ptr_array_index (locations, i);
      double x = world_x (shumate_location_get_longitude (location));
      double y = world_y (shumate_location_get_latitude (location));

      min_x = MIN (min_x, x);
      max_x = MAX (max_x, x);
      min_y = MIN (min_y, y);
      max_y = MAX (max_y, y);
    }

  if (max_x > min_x)
    zoom = MIN (zoom, log2 (MAX (area->size.width - 2 * FRAME_MARGIN, 1) / (max_x - min_x)));
  if (max_y > min_y)
    zoom = MIN (zoom, log2 (MAX (area->size.height - 2 * FRAME_MARGIN, 1) / (max_y - min_y)));

  centre_point (self, (min_x + max_x) / 2.0, (min_y + max_y) / 2.0, MAX (zoom, SEEDS_MAP_VIEW_MIN_ZOOM), area);
}

gboolean
seeds_map_view_get_online_tiles (SeedsMapView *self)
{
  g_return_val_if_fail (SEEDS_IS_MAP_VIEW (self), FALSE);

  return self->online_tiles;
}

void
seeds_map_view_set_online_tiles (SeedsMapView *self,
                                 gboolean      online_tiles)
{
  g_return_if_fail (SEEDS_IS_MAP_VIEW (self));

  online_tiles = !!online_tiles;
  if (self->online_tiles == online_tiles)
    return;

  self->online_tiles = online_tiles;
  update_online_layer (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ONLINE_TILES]);
}

/* Whether OpenStreetMap tiles show now: allowed, and the network is there. */
gboolean
seeds_map_view_get_showing_online_tiles (SeedsMapView *self)
{
  g_return_val_if_fail (SEEDS_IS_MAP_VIEW (self), FALSE);

  return self->online_layer != NULL;
}

void
seeds_map_view_set_tile_server (SeedsMapView *self,
                                const char   *url_template,
                                const char   *cache_dir)
{
  gboolean showing;

  g_return_if_fail (SEEDS_IS_MAP_VIEW (self));
  g_return_if_fail (url_template != NULL);

  showing = self->online_layer != NULL;
  show_online_layer (self, FALSE);
  g_clear_object (&self->online);

  seeds_set_string (&self->tile_url, url_template);
  seeds_set_string (&self->cache_dir, cache_dir);

  show_online_layer (self, showing);
}

void
seeds_map_view_set_network_available (SeedsMapView *self,
                                      gboolean      available)
{
  g_return_if_fail (SEEDS_IS_MAP_VIEW (self));

  self->network_forced = TRUE;
  self->network_available = available;
  update_online_layer (self);
}

SeedsOfflineMapSource *
seeds_map_view_get_base_source (SeedsMapView *self)
{
  g_return_val_if_fail (SEEDS_IS_MAP_VIEW (self), NULL);

  return self->base;
}

ShumateMapSource *
seeds_map_view_get_online_source (SeedsMapView *self)
{
  g_return_val_if_fail (SEEDS_IS_MAP_VIEW (self), NULL);

  return self->online;
}
