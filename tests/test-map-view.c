/* test-map-view.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>
#include <libsoup/soup.h>

#include "map/seeds-map-view-private.h"
#include "map/seeds-mercator.h"
#include "map/seeds-tile-downloader.h"

/* The map in a real (Xvfb) window: it opens on the Greenport West-Holland
 * with land and sea where they belong, follows the dark style, takes
 * markers, and shows online tiles over the base map only when they are
 * allowed and the network is there. The online tiles come from a tile
 * server in the test, which also checks that the app says who it is.
 * The renders are saved in the build folder (tests/map-tiles/). */

#define WIDTH  800
#define HEIGHT 600

static void
iterate (guint milliseconds)
{
  gint64 until = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < until)
    {
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

typedef struct
{
  GtkWidget    *window;
  SeedsMapView *view;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), WIDTH, HEIGHT);
  gtk_window_set_decorated (GTK_WINDOW (fixture->window), FALSE);
  fixture->view = SEEDS_MAP_VIEW (seeds_map_view_new ());
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->view));
  gtk_window_present (GTK_WINDOW (fixture->window));
  iterate (200);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  iterate (50);
}

typedef struct
{
  int     width;
  int     height;
  guchar *data;  /* B G R A, premultiplied */
} Image;

static void
image_free (Image *image)
{
  g_free (image->data);
  g_free (image);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Image, image_free)

static Image *
capture (GtkWidget  *window,
         const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  Image *image = g_new0 (Image, 1);

  image->width = gtk_widget_get_width (window);
  image->height = gtk_widget_get_height (window);
  image->data = g_malloc0 (4 * image->width * image->height);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), image->width, image->height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));

  /* Right after a jump to another zoom level, before its first tile is
   * there, the map draws nothing at all (and the test's window has no
   * background of its own). */
  if (node == NULL)
    return image;

  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, image->width, image->height));

  gdk_texture_download (texture, image->data, 4 * image->width);

  if (name != NULL)
    {
      g_autofree char *dir = g_test_build_filename (G_TEST_BUILT, "map-tiles", NULL);
      g_autofree char *file = g_strconcat (name, ".png", NULL);
      g_autofree char *path = g_build_filename (dir, file, NULL);

      g_mkdir_with_parents (dir, 0755);
      g_assert_true (gdk_texture_save_to_png (texture, path));
      g_test_message ("Wrote %s", path);
    }

  return image;
}

static guint32
image_pixel (Image *image,
             int    x,
             int    y)
{
  const guchar *p;

  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (x, <, image->width);
  g_assert_cmpint (y, <, image->height);

  p = image->data + 4 * (y * image->width + x);
  return (p[2] << 16) | (p[1] << 8) | p[0];
}

/* Where a place is in the window. */
static void
locate (Fixture *fixture,
        double   latitude,
        double   longitude,
        int     *x,
        int     *y)
{
  ShumateMap *map = shumate_simple_map_get_map (seeds_map_view_get_simple_map (fixture->view));
  double map_x, map_y, window_x, window_y;

  shumate_viewport_location_to_widget_coords (seeds_map_view_get_viewport (fixture->view),
                                              GTK_WIDGET (map), latitude, longitude, &map_x, &map_y);
  g_assert_true (gtk_widget_translate_coordinates (GTK_WIDGET (map), fixture->window,
                                                   map_x, map_y, &window_x, &window_y));
  *x = (int) window_x;
  *y = (int) window_y;
}

static gboolean
close_to (guint32 a,
          guint32 b)
{
  for (int shift = 0; shift < 24; shift += 8)
    if (ABS ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)) > 3)
      return FALSE;

  return TRUE;
}

static guint32
color_at (Fixture *fixture,
          Image   *image,
          double   latitude,
          double   longitude)
{
  int x, y;

  locate (fixture, latitude, longitude, &x, &y);
  return image_pixel (image, x, y);
}

/* Tiles arrive from worker threads and over HTTP: waits, up to a few
 * seconds, until the place shows the colour. */
static gboolean
wait_for_color (Fixture *fixture,
                double   latitude,
                double   longitude,
                guint32  expected)
{
  for (int tries = 0; tries < 100; tries++)
    {
      g_autoptr(Image) image = NULL;

      iterate (50);
      image = capture (fixture->window, NULL);
      if (close_to (color_at (fixture, image, latitude, longitude), expected))
        return TRUE;
    }

  return FALSE;
}

static void
assert_color (Fixture    *fixture,
              Image      *image,
              double      latitude,
              double      longitude,
              guint32     expected,
              const char *place)
{
  guint32 color = color_at (fixture, image, latitude, longitude);

  if (!close_to (color, expected))
    g_error ("%s (%.2f, %.2f) shows #%06x, not #%06x", place, latitude, longitude, color, expected);
}

static void
test_opens_on_greenport (Fixture       *fixture,
                         gconstpointer  data)
{
  const SeedsMapPalette *palette = seeds_map_style_get_palette (SEEDS_MAP_STYLE_LIGHT);
  ShumateViewport *viewport = seeds_map_view_get_viewport (fixture->view);
  ShumateLicense *license = shumate_simple_map_get_license (seeds_map_view_get_simple_map (fixture->view));
  g_autoptr(Image) image = NULL;

  g_assert_cmpfloat_with_epsilon (shumate_location_get_latitude (SHUMATE_LOCATION (viewport)),
                                  SEEDS_MAP_VIEW_HOME_LATITUDE, 1e-6);
  g_assert_cmpfloat_with_epsilon (shumate_location_get_longitude (SHUMATE_LOCATION (viewport)),
                                  SEEDS_MAP_VIEW_HOME_LONGITUDE, 1e-6);
  g_assert_cmpfloat (shumate_viewport_get_zoom_level (viewport), ==, SEEDS_MAP_VIEW_HOME_ZOOM);
  g_assert_cmpuint (shumate_viewport_get_max_zoom_level (viewport), ==, SEEDS_MAP_VIEW_OFFLINE_MAX_ZOOM);
  g_assert_false (seeds_map_view_get_showing_online_tiles (fixture->view));
  g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (license), GTK_WIDGET (fixture->view)));

  g_assert_true (wait_for_color (fixture, 52.01, 4.36, palette->land));
  g_assert_true (wait_for_color (fixture, 52.10, 3.90, palette->sea));

  image = capture (fixture->window, "map-view-greenport");
  assert_color (fixture, image, 52.01, 4.36, palette->land, "Delft");
  assert_color (fixture, image, 51.92, 4.48, palette->land, "Rotterdam");
  assert_color (fixture, image, 52.10, 3.90, palette->sea, "the North Sea off The Hague");
  assert_color (fixture, image, 52.30, 4.20, palette->sea, "the North Sea off Noordwijk");
}

/* What the map's attribution says: the text of every label in it. */
static void
append_labels (GtkWidget *widget,
               GString   *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_get_visible (child))
        g_string_append_printf (text, "%s\n", gtk_label_get_label (GTK_LABEL (child)));
      append_labels (child, text);
    }
}

/* How often the attribution names @name. */
static guint
credits (Fixture    *fixture,
         const char *name)
{
  ShumateSimpleMap *map = seeds_map_view_get_simple_map (fixture->view);
  ShumateLicense *license = shumate_simple_map_get_license (map);
  g_autoptr(GString) text = g_string_new (NULL);
  guint count = 0;

  append_labels (GTK_WIDGET (license), text);
  for (const char *at = strstr (text->str, name); at != NULL; at = strstr (at + 1, name))
    count++;

  return count;
}

/* The attribution names the data that is drawn, each source once:
 * OpenStreetMap where the tiles on screen draw its coast or its lakes,
 * from zoom 6 on over the Netherlands, and not at zoom 5 nor far from
 * them; Natural Earth always. */
static void
test_credits (Fixture       *fixture,
              gconstpointer  data)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  struct { double latitude, longitude, zoom; guint osm; const char *where; } views[] = {
    { SEEDS_MAP_VIEW_HOME_LATITUDE, SEEDS_MAP_VIEW_HOME_LONGITUDE, SEEDS_MAP_VIEW_HOME_ZOOM, 1,
      "home" },
    { 52.2, 5.3, 5, 0, "the Netherlands at zoom 5" },
    { 52.2, 5.3, 5.9, 0, "the Netherlands at zoom 5.9" },
    { 52.2, 5.3, 6, 1, "the Netherlands at zoom 6" },
    { 52.75, 5.4, 11, 1, "the IJsselmeer at zoom 11" },
    { 48.85, 2.35, 9, 0, "Paris at zoom 9" },
    { 51.80, 4.25, 12, 1, "the Haringvliet at zoom 12" },
    { 50.94, 6.96, 12, 0, "Cologne at zoom 12" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      seeds_map_view_go_to (fixture->view, views[i].latitude, views[i].longitude, views[i].zoom);
      iterate (50);

      if (credits (fixture, "OpenStreetMap") != views[i].osm)
        g_error ("%s: OpenStreetMap credited %u times, not %u", views[i].where,
                 credits (fixture, "OpenStreetMap"), views[i].osm);
      g_assert_cmpuint (credits (fixture, "Natural Earth"), ==, 1);
    }

  /* Dark, with a source of its own: the same. */
  seeds_map_view_go_home (fixture->view);
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  iterate (50);
  g_assert_cmpuint (credits (fixture, "OpenStreetMap"), ==, 1);
  g_assert_cmpuint (credits (fixture, "Natural Earth"), ==, 1);
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
  iterate (50);
  g_assert_cmpuint (credits (fixture, "OpenStreetMap"), ==, 1);
}

/* The button under @widget whose tooltip is @tooltip, or NULL */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *tooltip)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_widget_get_tooltip_text (child), tooltip) == 0)
        return child;
      if ((found = find_button (child, tooltip)) != NULL)
        return found;
    }

  return NULL;
}

/* The zoom buttons say what they do, and do it. */
static void
test_zoom_buttons (Fixture       *fixture,
                   gconstpointer  data)
{
  ShumateViewport *viewport = seeds_map_view_get_viewport (fixture->view);
  GtkWidget *zoom_in = find_button (GTK_WIDGET (fixture->view), "Zoom In");
  GtkWidget *zoom_out = find_button (GTK_WIDGET (fixture->view), "Zoom Out");

  g_assert_nonnull (zoom_in);
  g_assert_nonnull (zoom_out);

  g_signal_emit_by_name (zoom_in, "clicked");
  iterate (400);
  g_assert_cmpfloat (shumate_viewport_get_zoom_level (viewport), >, SEEDS_MAP_VIEW_HOME_ZOOM);
}

/* Where @location shows in the map, in its pixels */
static void
widget_point (Fixture         *fixture,
              ShumateLocation *location,
              double          *x,
              double          *y)
{
  shumate_viewport_location_to_widget_coords (seeds_map_view_get_viewport (fixture->view),
                                              GTK_WIDGET (seeds_map_view_get_simple_map (fixture->view)),
                                              shumate_location_get_latitude (location),
                                              shumate_location_get_longitude (location), x, y);
}

/* Framing beside something over the map's left part: every location fits
 * in the free part; one in sight stays put, one out of sight is brought
 * into the middle of it. */
static void
test_framing (Fixture       *fixture,
              gconstpointer  data)
{
  graphene_rect_t area = GRAPHENE_RECT_INIT (300, 0, WIDTH - 300, HEIGHT);
  g_autoptr(GPtrArray) places = g_ptr_array_new_with_free_func (g_object_unref);
  ShumateViewport *viewport = seeds_map_view_get_viewport (fixture->view);
  g_autoptr(ShumateCoordinate) groningen = shumate_coordinate_new_full (53.22, 6.57);
  double x, y, latitude, longitude;

  g_ptr_array_add (places, shumate_coordinate_new_full (52.16, 4.49));  /* Leiden */
  g_ptr_array_add (places, shumate_coordinate_new_full (51.92, 4.48));  /* Rotterdam */
  g_ptr_array_add (places, shumate_coordinate_new_full (52.00, 4.17));  /* Monster */

  seeds_map_view_fit (fixture->view, places, 11, &area);
  iterate (100);
  g_assert_cmpfloat (shumate_viewport_get_zoom_level (viewport), <=, 11);
  for (guint i = 0; i < places->len; i++)
    {
      widget_point (fixture, g_ptr_array_index (places, i), &x, &y);
      g_assert_cmpfloat (x, >=, area.origin.x);
      g_assert_cmpfloat (x, <=, WIDTH);
      g_assert_cmpfloat (y, >=, 0);
      g_assert_cmpfloat (y, <=, HEIGHT);
    }

  /* In sight: the map stays */
  latitude = shumate_location_get_latitude (SHUMATE_LOCATION (viewport));
  longitude = shumate_location_get_longitude (SHUMATE_LOCATION (viewport));
  seeds_map_view_reveal (fixture->view, 51.92, 4.48, &area);
  iterate (100);
  g_assert_cmpfloat_with_epsilon (shumate_location_get_latitude (SHUMATE_LOCATION (viewport)), latitude, 1e-9);
  g_assert_cmpfloat_with_epsilon (shumate_location_get_longitude (SHUMATE_LOCATION (viewport)), longitude, 1e-9);

  /* Out of sight: to the middle of the free part */
  seeds_map_view_reveal (fixture->view, 53.22, 6.57, &area);
  iterate (100);
  widget_point (fixture, SHUMATE_LOCATION (groningen), &x, &y);
  g_assert_cmpfloat_with_epsilon (x, area.origin.x + area.size.width / 2, 2);
  g_assert_cmpfloat_with_epsilon (y, HEIGHT / 2.0, 2);
}

/* libshumate and our tiles agree on where a place is. */
static void
test_projection (Fixture       *fixture,
                 gconstpointer  data)
{
  ShumateMapSource *source = SHUMATE_MAP_SOURCE (seeds_map_view_get_base_source (fixture->view));
  double places[][2] = { { 52.01, 4.36 }, { 0, 0 }, { -33.9, 18.4 }, { 64.1, -21.9 }, { 35.7, 139.7 } };

  g_assert_cmpuint (shumate_map_source_get_tile_size (source), ==, 256);

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    for (guint zoom = 0; zoom <= 14; zoom += 2)
      {
        double x = shumate_map_source_get_x (source, zoom, places[i][1]);
        double y = shumate_map_source_get_y (source, zoom, places[i][0]);

        g_assert_cmpfloat_with_epsilon (x, 256 * seeds_mercator_x_from_longitude (places[i][1], zoom), 1e-3);
        g_assert_cmpfloat_with_epsilon (y, 256 * seeds_mercator_y_from_latitude (places[i][0], zoom), 1e-3);
      }
}

static void
test_dark (Fixture       *fixture,
           gconstpointer  data)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  const SeedsMapPalette *dark = seeds_map_style_get_palette (SEEDS_MAP_STYLE_DARK);
  const SeedsMapPalette *light = seeds_map_style_get_palette (SEEDS_MAP_STYLE_LIGHT);
  g_autoptr(Image) image = NULL;

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_cmpint (seeds_offline_map_source_get_style (seeds_map_view_get_base_source (fixture->view)), ==,
                   SEEDS_MAP_STYLE_DARK);
  g_assert_true (wait_for_color (fixture, 52.01, 4.36, dark->land));
  g_assert_true (wait_for_color (fixture, 52.10, 3.90, dark->sea));
  image = capture (fixture->window, "map-view-greenport-dark");
  g_clear_pointer (&image, image_free);

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
  g_assert_cmpint (seeds_offline_map_source_get_style (seeds_map_view_get_base_source (fixture->view)), ==,
                   SEEDS_MAP_STYLE_LIGHT);
  g_assert_true (wait_for_color (fixture, 52.10, 3.90, light->sea));
}

static void
test_markers (Fixture       *fixture,
              gconstpointer  data)
{
  ShumateMarkerLayer *layer = seeds_map_view_get_marker_layer (fixture->view);
  ShumateMarker *delft = shumate_marker_new ();
  ShumateMarker *naaldwijk = shumate_marker_new ();
  GtkWidget *dot = gtk_image_new_from_icon_name ("mark-location-symbolic");
  g_autoptr(GList) markers = NULL;
  g_autoptr(Image) image = NULL;
  int x, y;

  shumate_location_set_location (SHUMATE_LOCATION (delft), 52.01, 4.36);
  shumate_marker_set_child (delft, dot);
  shumate_location_set_location (SHUMATE_LOCATION (naaldwijk), 51.99, 4.21);
  shumate_marker_set_child (naaldwijk, gtk_image_new_from_icon_name ("mark-location-symbolic"));

  seeds_map_view_add_marker (fixture->view, delft);
  seeds_map_view_add_marker (fixture->view, naaldwijk);
  markers = shumate_marker_layer_get_markers (layer);
  g_assert_cmpuint (g_list_length (markers), ==, 2);
  g_clear_pointer (&markers, g_list_free);

  /* The marker sits where its place is, over the map. */
  iterate (200);
  image = capture (fixture->window, "map-view-markers");
  locate (fixture, 52.01, 4.36, &x, &y);
  g_assert_true (gtk_widget_get_mapped (dot));
  {
    graphene_rect_t bounds;

    g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (delft), fixture->window, &bounds));
    g_assert_cmpfloat (fabs (bounds.origin.x + bounds.size.width / 2 - x), <=, 1);
    g_assert_cmpfloat (fabs (bounds.origin.y + bounds.size.height / 2 - y), <=, 1);
  }

  seeds_map_view_remove_marker (fixture->view, delft);
  markers = shumate_marker_layer_get_markers (layer);
  g_assert_cmpuint (g_list_length (markers), ==, 1);
  g_clear_pointer (&markers, g_list_free);

  seeds_map_view_remove_all_markers (fixture->view);
  markers = shumate_marker_layer_get_markers (layer);
  g_assert_cmpuint (g_list_length (markers), ==, 0);
}

/* The online-map-tiles setting drives the view, and is off by default. */
static void
test_setting (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  /* Offline, so that nothing is fetched from OpenStreetMap or cached in
   * the user's folders. */
  seeds_map_view_set_network_available (fixture->view, FALSE);

  g_assert_false (g_settings_get_boolean (settings, "online-map-tiles"));
  g_settings_bind (settings, "online-map-tiles", fixture->view, "online-tiles", G_SETTINGS_BIND_GET);
  g_assert_false (seeds_map_view_get_online_tiles (fixture->view));

  g_settings_set_boolean (settings, "online-map-tiles", TRUE);
  g_assert_true (seeds_map_view_get_online_tiles (fixture->view));
  g_assert_false (seeds_map_view_get_showing_online_tiles (fixture->view));

  g_settings_reset (settings, "online-map-tiles");
  g_assert_false (seeds_map_view_get_online_tiles (fixture->view));
  g_settings_unbind (fixture->view, "online-tiles");
}

/* A tile server that answers every tile with one magenta PNG, and keeps
 * the user agents it was sent. */
typedef struct
{
  SoupServer *server;
  GBytes     *png;
  GPtrArray  *user_agents;
  char       *url_template;
} TileServer;

static cairo_status_t
append_png (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
serve_tile (SoupServer        *server,
            SoupServerMessage *message,
            const char        *path,
            GHashTable        *query,
            gpointer           user_data)
{
  TileServer *tiles = user_data;
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (message);

  g_ptr_array_add (tiles->user_agents, g_strdup (soup_message_headers_get_one (headers, "User-Agent")));
  soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (message, "image/png", SOUP_MEMORY_COPY,
                                    g_bytes_get_data (tiles->png, NULL), g_bytes_get_size (tiles->png));
}

static TileServer *
tile_server_new (void)
{
  TileServer *tiles = g_new0 (TileServer, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GByteArray) png = g_byte_array_new ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 256, 256);
  cairo_t *cr = cairo_create (surface);
  GSList *uris;
  g_autofree char *base = NULL;

  cairo_set_source_rgb (cr, 1, 0, 1);
  cairo_paint (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png_stream (surface, append_png, png), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  tiles->png = g_byte_array_free_to_bytes (g_steal_pointer (&png));

  tiles->user_agents = g_ptr_array_new_with_free_func (g_free);
  tiles->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (tiles->server, NULL, serve_tile, tiles, NULL);
  soup_server_listen_local (tiles->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);

  uris = soup_server_get_uris (tiles->server);
  base = g_uri_to_string (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  tiles->url_template = g_strconcat (base, "{z}/{x}/{y}.png", NULL);

  return tiles;
}

static void
tile_server_free (TileServer *tiles)
{
  soup_server_disconnect (tiles->server);
  g_object_unref (tiles->server);
  g_bytes_unref (tiles->png);
  g_ptr_array_unref (tiles->user_agents);
  g_free (tiles->url_template);
  g_free (tiles);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TileServer, tile_server_free)

static void
remove_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                                                   G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS,
                                                                   NULL, NULL);

  if (children != NULL)
    {
      GFileInfo *info;

      while ((info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
        {
          g_autoptr(GFile) child = g_file_get_child (file, g_file_info_get_name (info));

          remove_tree (child);
          g_object_unref (info);
        }
    }

  g_file_delete (file, NULL, NULL);
}

static void
test_online_tiles (Fixture       *fixture,
                   gconstpointer  data)
{
  const SeedsMapPalette *palette = seeds_map_style_get_palette (SEEDS_MAP_STYLE_LIGHT);
  ShumateViewport *viewport = seeds_map_view_get_viewport (fixture->view);
  g_autoptr(TileServer) tiles = tile_server_new ();
  g_autofree char *cache_dir = g_dir_make_tmp ("seeds-tiles-XXXXXX", NULL);
  g_autoptr(GFile) cache = g_file_new_for_path (cache_dir);
  g_autoptr(Image) image = NULL;
  ShumateMapSource *online;

  seeds_map_view_set_tile_server (fixture->view, tiles->url_template, cache_dir);

  /* Allowed, but offline: the base map only. */
  seeds_map_view_set_network_available (fixture->view, FALSE);
  seeds_map_view_set_online_tiles (fixture->view, TRUE);
  g_assert_false (seeds_map_view_get_showing_online_tiles (fixture->view));

  /* Online, but not allowed: the same. */
  seeds_map_view_set_online_tiles (fixture->view, FALSE);
  seeds_map_view_set_network_available (fixture->view, TRUE);
  g_assert_false (seeds_map_view_get_showing_online_tiles (fixture->view));
  iterate (300);
  g_assert_cmpuint (tiles->user_agents->len, ==, 0);

  /* Both: the tiles show over the base map, credited, and the map zooms
   * further in. */
  seeds_map_view_set_online_tiles (fixture->view, TRUE);
  g_assert_true (seeds_map_view_get_showing_online_tiles (fixture->view));
  g_assert_cmpuint (shumate_viewport_get_max_zoom_level (viewport), ==, SEEDS_MAP_VIEW_ONLINE_MAX_ZOOM);
  online = seeds_map_view_get_online_source (fixture->view);
  g_assert_cmpstr (shumate_map_source_get_license (online), ==, "© OpenStreetMap contributors");
  /* Once, though the base map under the tiles draws OpenStreetMap's
   * coast here, and at zoom 5 too, where it draws none. */
  g_assert_cmpuint (credits (fixture, "OpenStreetMap"), ==, 1);
  g_assert_cmpuint (credits (fixture, "Natural Earth"), ==, 1);
  shumate_viewport_set_zoom_level (viewport, 5);
  g_assert_cmpuint (credits (fixture, "OpenStreetMap"), ==, 1);
  shumate_viewport_set_zoom_level (viewport, SEEDS_MAP_VIEW_HOME_ZOOM);
  g_assert_true (wait_for_color (fixture, 52.01, 4.36, 0xff00ff));
  g_assert_true (wait_for_color (fixture, 52.10, 3.90, 0xff00ff));
  image = capture (fixture->window, "map-view-online");
  g_clear_pointer (&image, image_free);

  /* Every request said who is asking. */
  g_assert_cmpuint (tiles->user_agents->len, >, 0);
  for (guint i = 0; i < tiles->user_agents->len; i++)
    g_assert_cmpstr (g_ptr_array_index (tiles->user_agents, i), ==, SEEDS_MAP_VIEW_USER_AGENT);
  g_assert_true (g_str_has_prefix (SEEDS_MAP_VIEW_USER_AGENT, "SeedsOfInnovation/"));

  /* The network goes: back to the base map, and no deeper than it goes. */
  shumate_viewport_set_zoom_level (viewport, 17);
  seeds_map_view_set_network_available (fixture->view, FALSE);
  g_assert_false (seeds_map_view_get_showing_online_tiles (fixture->view));
  g_assert_cmpuint (shumate_viewport_get_max_zoom_level (viewport), ==, SEEDS_MAP_VIEW_OFFLINE_MAX_ZOOM);
  g_assert_cmpfloat (shumate_viewport_get_zoom_level (viewport), <=, SEEDS_MAP_VIEW_OFFLINE_MAX_ZOOM);
  seeds_map_view_go_to (fixture->view, SEEDS_MAP_VIEW_HOME_LATITUDE, SEEDS_MAP_VIEW_HOME_LONGITUDE,
                        SEEDS_MAP_VIEW_HOME_ZOOM);
  g_assert_cmpfloat (shumate_viewport_get_zoom_level (viewport), ==, SEEDS_MAP_VIEW_HOME_ZOOM);
  g_assert_true (wait_for_color (fixture, 52.10, 3.90, palette->sea));
  g_assert_true (wait_for_color (fixture, 52.01, 4.36, palette->land));
  g_assert_cmpuint (credits (fixture, "OpenStreetMap"), ==, 1);

  /* The map, and with it the tile cache, goes before its folder does. */
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  fixture->window = gtk_window_new ();
  iterate (100);
  remove_tree (cache);
}

/* The downloader on its own: the URL, the user agent, and the cache that
 * spares the server a second request. */
static void
on_tile_data (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  GBytes **bytes = user_data;
  g_autoptr(GError) error = NULL;

  *bytes = shumate_data_source_get_tile_data_finish (SHUMATE_DATA_SOURCE (object), result, &error);
  g_assert_no_error (error);
}

static void
on_received (ShumateDataSource *source,
             int                x,
             int                y,
             int                zoom,
             GBytes            *bytes,
             guint             *n_received)
{
  g_assert_cmpint (x, ==, 262);
  g_assert_cmpint (y, ==, 169);
  g_assert_cmpint (zoom, ==, 9);
  (*n_received)++;
}

static void
test_downloader (void)
{
  g_autoptr(TileServer) tiles = tile_server_new ();
  g_autofree char *cache_dir = g_dir_make_tmp ("seeds-tiles-XXXXXX", NULL);
  g_autoptr(GFile) cache = g_file_new_for_path (cache_dir);
  g_autoptr(SeedsTileDownloader) downloader = NULL;
  g_autofree char *uri = NULL;
  guint n_received = 0;

  downloader = seeds_tile_downloader_new ("https://tile.example.org/{z}/{x}/{y}.png?a={x}",
                                          "Test/1.0", cache_dir);
  uri = seeds_tile_downloader_get_tile_uri (downloader, 262, 169, 9);
  g_assert_cmpstr (uri, ==, "https://tile.example.org/9/262/169.png?a=262");
  g_clear_object (&downloader);

  downloader = seeds_tile_downloader_new (tiles->url_template, SEEDS_MAP_VIEW_USER_AGENT, cache_dir);
  g_assert_cmpstr (seeds_tile_downloader_get_user_agent (downloader), ==, SEEDS_MAP_VIEW_USER_AGENT);
  g_signal_connect (downloader, "received-data", G_CALLBACK (on_received), &n_received);

  for (int round = 0; round < 2; round++)
    {
      g_autoptr(GBytes) bytes = NULL;

      shumate_data_source_get_tile_data_async (SHUMATE_DATA_SOURCE (downloader), 262, 169, 9, NULL,
                                               on_tile_data, &bytes);
      while (bytes == NULL)
        g_main_context_iteration (NULL, TRUE);

      g_assert_true (g_bytes_equal (bytes, tiles->png));
      g_assert_cmpuint (n_received, ==, round + 1);
      /* Let the cache write finish before the second round reads it. */
      iterate (300);
    }

  /* One request; the second came from the cache. */
  g_assert_cmpuint (tiles->user_agents->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (tiles->user_agents, 0), ==, SEEDS_MAP_VIEW_USER_AGENT);

  g_clear_object (&downloader);
  remove_tree (cache);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (),
                "gtk-enable-animations", FALSE,
                NULL);

  g_test_add ("/map-view/opens-on-greenport", Fixture, NULL, fixture_set_up, test_opens_on_greenport,
              fixture_tear_down);
  g_test_add ("/map-view/framing", Fixture, NULL, fixture_set_up, test_framing, fixture_tear_down);
  g_test_add ("/map-view/zoom-buttons", Fixture, NULL, fixture_set_up, test_zoom_buttons, fixture_tear_down);
  g_test_add ("/map-view/projection", Fixture, NULL, fixture_set_up, test_projection, fixture_tear_down);
  g_test_add ("/map-view/dark", Fixture, NULL, fixture_set_up, test_dark, fixture_tear_down);
  g_test_add ("/map-view/credits", Fixture, NULL, fixture_set_up, test_credits, fixture_tear_down);
  g_test_add ("/map-view/markers", Fixture, NULL, fixture_set_up, test_markers, fixture_tear_down);
  g_test_add ("/map-view/setting", Fixture, NULL, fixture_set_up, test_setting, fixture_tear_down);
  g_test_add ("/map-view/online-tiles", Fixture, NULL, fixture_set_up, test_online_tiles,
              fixture_tear_down);
  g_test_add_func ("/map-view/downloader", test_downloader);

  return g_test_run ();
}
