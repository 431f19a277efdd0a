/* seeds-marker-layer.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "directory/seeds-cluster-popover.h"
#include "directory/seeds-marker-layer.h"
#include "model/seeds-marker-clusters.h"

/* The learning communities on the map, all drawn by one widget: a widget
 * per community made a directory of a thousand take seconds to open.
 * Markers whose circles would overlap at the zoom shown are drawn as one
 * circle with a count. A click on a marker emits ::community-activated; a
 * click on a cluster emits ::cluster-activated with its members' places,
 * to zoom in on them, or, where the map zooms no closer, lists them in a
 * popover. Keyboard users reach each community through the list; the
 * layer is named for screen readers by how many it shows. */

/* Pixels: a marker's circle, and the current one's, as the buttons were */
#define RADIUS         14.0
#define CURRENT_RADIUS 18.0
#define BORDER          2.0
#define ICON_SIZE      16

/* The names a cluster's tooltip lists at most */
#define MAX_NAMES      8

struct _SeedsMarkerLayer
{
  ShumateLayer         parent_instance;

  GListModel          *communities;  /* SeedsCommunity, those to show */
  char                *current_id;   /* (nullable): the one whose card is open */
  SeedsClusterPopover *popover;      /* a cluster's members, at the closest zoom */

  /* Worked out again when the map moves or the communities change */
  gboolean             dirty;
  GPtrArray           *shown;        /* SeedsCommunity on the map, in sight */
  GArray              *points;       /* SeedsClusterPoint of each of shown */
  guint               *cluster_of;   /* the cluster of each of shown */
  GArray              *clusters;     /* SeedsMarkerCluster */
  SeedsMarkerStyle    *styles;       /* of each cluster */
};

G_DEFINE_FINAL_TYPE (SeedsMarkerLayer, seeds_marker_layer, SHUMATE_TYPE_LAYER)

enum {
  COMMUNITY_ACTIVATED,
  CLUSTER_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static SeedsMarkerStyle
style_of (SeedsCommunity *community)
{
  if (seeds_community_get_origin (community) == SEEDS_COMMUNITY_SAMPLE)
    return SEEDS_MARKER_STYLE_SAMPLE;
  if (seeds_community_is_own (community))
    return SEEDS_MARKER_STYLE_OWN;
  return SEEDS_MARKER_STYLE_OTHER;
}

static void
invalidate (SeedsMarkerLayer *self)
{
  self->dirty = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Clustering: what is in sight, where, in which cluster */

/* A cluster with one of your own communities in it has their colour, so
 * that you find yours at any zoom; otherwise the style its members share,
 * or OTHER. One pass over the markers, as each frame that moves the map
 * works it out again. */
static void
find_styles (SeedsMarkerLayer *self)
{
  g_autofree gboolean *mixed = g_new0 (gboolean, MAX (self->clusters->len, 1));

  g_free (self->styles);
  self->styles = g_new (SeedsMarkerStyle, MAX (self->clusters->len, 1));

  for (guint i = 0; i < self->shown->len; i++)
    {
      guint index = self->cluster_of[i];
      SeedsMarkerStyle style = style_of (g_ptr_array_index (self->shown, i));

      if (g_array_index (self->clusters, SeedsMarkerCluster, index).first == i)
        self->styles[index] = style;
      else if (self->styles[index] != SEEDS_MARKER_STYLE_OWN && style == SEEDS_MARKER_STYLE_OWN)
        self->styles[index] = style;
      else
        mixed[index] = mixed[index] || style != self->styles[index];
    }

  for (guint index = 0; index < self->clusters->len; index++)
    if (mixed[index] && self->styles[index] != SEEDS_MARKER_STYLE_OWN)
      self->styles[index] = SEEDS_MARKER_STYLE_OTHER;
}

static void
ensure_clusters (SeedsMarkerLayer *self)
{
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  guint n = self->communities != NULL ? g_list_model_get_n_items (self->communities) : 0;

  if (!self->dirty)
    return;

  self->dirty = FALSE;
  g_ptr_array_set_size (self->shown, 0);
  g_array_set_size (self->points, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SeedsCommunity) community = g_list_model_get_item (self->communities, i);
      const SeedsCommunityProfile *profile = seeds_community_get_profile (community);
      SeedsClusterPoint point;

      if (!profile->has_location)
        continue;

      shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (self),
                                                  profile->latitude, profile->longitude,
                                                  &point.x, &point.y);
      if (point.x < -CURRENT_RADIUS || point.y < -CURRENT_RADIUS ||
          point.x > width + CURRENT_RADIUS || point.y > height + CURRENT_RADIUS)
        continue;

      g_ptr_array_add (self->shown, g_steal_pointer (&community));
      g_array_append_val (self->points, point);
    }

  g_clear_pointer (&self->clusters, g_array_unref);
  g_free (self->cluster_of);
  self->cluster_of = g_new (guint, MAX (self->shown->len, 1));
  self->clusters = seeds_marker_clusters_find ((SeedsClusterPoint *) (gpointer) self->points->data,
                                               self->points->len, RADIUS, self->cluster_of);
  find_styles (self);
}

static SeedsMarkerCluster *
get_cluster (SeedsMarkerLayer *self,
             guint             index)
{
  return &g_array_index (self->clusters, SeedsMarkerCluster, index);
}

/* The index in shown of @community_id, or -1 where it is not in sight */
static int
find_shown (SeedsMarkerLayer *self,
            const char       *community_id)
{
  ensure_clusters (self);

  for (guint i = 0; community_id != NULL && i < self->shown->len; i++)
    if (g_str_equal (seeds_community_get_id (g_ptr_array_index (self->shown, i)), community_id))
      return i;

  return -1;
}

/* The members of cluster @index, in the order of the list */
static GPtrArray *
get_members (SeedsMarkerLayer *self,
             guint             index)
{
  GPtrArray *members = g_ptr_array_new ();

  for (guint i = 0; i < self->shown->len; i++)
    if (self->cluster_of[i] == index)
      g_ptr_array_add (members, g_ptr_array_index (self->shown, i));

  return members;
}

static SeedsMarkerStyle
cluster_style (SeedsMarkerLayer *self,
               guint             index)
{
  return self->styles[index];
}

/* The cluster drawn under (@x, @y), or -1: the nearest, for circles close by */
static int
cluster_at (SeedsMarkerLayer *self,
            double            x,
            double            y)
{
  double best = CURRENT_RADIUS;
  int found = -1;

  ensure_clusters (self);

  for (guint i = 0; i < self->clusters->len; i++)
    {
      double distance = hypot (get_cluster (self, i)->x - x, get_cluster (self, i)->y - y);

      if (distance <= best)
        {
          best = distance;
          found = i;
        }
    }

  return found;
}

/* Drawing */

static void
lookup_color (GtkWidget  *widget,
              const char *name,
              GdkRGBA    *color)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, color))
    gdk_rgba_parse (color, "#3584e4");
  G_GNUC_END_IGNORE_DEPRECATIONS
}

/* The colours of a marker's circle and of what is on it, as libadwaita
 * names them, so that they follow the light or dark style */
static void
style_colors (GtkWidget        *widget,
              SeedsMarkerStyle  style,
              GdkRGBA          *background,
              GdkRGBA          *foreground)
{
  static const char *const names[][2] = {
    [SEEDS_MARKER_STYLE_OTHER] = { "accent_bg_color", "accent_fg_color" },
    [SEEDS_MARKER_STYLE_SAMPLE] = { "warning_bg_color", "warning_fg_color" },
    [SEEDS_MARKER_STYLE_OWN] = { "success_bg_color", "success_fg_color" },
  };

  lookup_color (widget, names[style][0], background);
  lookup_color (widget, names[style][1], foreground);
}

static void
draw_circle (GtkSnapshot   *snapshot,
             double         x,
             double         y,
             double         radius,
             const GdkRGBA *fill,
             const GdkRGBA *border)
{
  static const GdkRGBA shadow = { 0, 0, 0, 0.4 };
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (x - radius, y - radius, 2 * radius, 2 * radius);
  float widths[4] = { BORDER, BORDER, BORDER, BORDER };
  GdkRGBA borders[4] = { *border, *border, *border, *border };
  GskRoundedRect outline;

  gsk_rounded_rect_init_from_rect (&outline, &bounds, radius);
  gtk_snapshot_append_outset_shadow (snapshot, &outline, &shadow, 0, 1, 0, 3);
  gtk_snapshot_push_rounded_clip (snapshot, &outline);
  gtk_snapshot_append_color (snapshot, fill, &bounds);
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_append_border (snapshot, &outline, widths, borders);
}

static void
draw_icon (GtkSnapshot      *snapshot,
           GtkIconPaintable *icon,
           double            x,
           double            y,
           const GdkRGBA    *color)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x - ICON_SIZE / 2.0,
                                                          y - ICON_SIZE / 2.0));
  gtk_symbolic_paintable_snapshot_symbolic (GTK_SYMBOLIC_PAINTABLE (icon), snapshot,
                                            ICON_SIZE, ICON_SIZE, color, 1);
  gtk_snapshot_restore (snapshot);
}

static void
draw_count (GtkWidget     *widget,
            GtkSnapshot   *snapshot,
            guint          count,
            double         x,
            double         y,
            const GdkRGBA *color)
{
  g_autofree char *text = g_strdup_printf ("%u", count);
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
  g_autoptr(PangoAttrList) attributes = pango_attr_list_new ();
  int width, height;

  pango_attr_list_insert (attributes, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, attributes);
  pango_layout_get_pixel_size (layout, &width, &height);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x - width / 2.0, y - height / 2.0));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

/* The cluster of the community whose card is open, or -1 */
static int
current_cluster (SeedsMarkerLayer *self)
{
  int current = find_shown (self, self->current_id);

  return current >= 0 ? (int) self->cluster_of[current] : -1;
}

static void
seeds_marker_layer_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  SeedsMarkerLayer *self = SEEDS_MARKER_LAYER (widget);
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (widget));
  g_autoptr(GtkIconPaintable) icon = NULL;
  GdkRGBA white = { 1, 1, 1, 1 }, current_border;
  int current_index;

  ensure_clusters (self);
  current_index = current_cluster (self);
  icon = gtk_icon_theme_lookup_icon (theme, "mark-location-symbolic", NULL, ICON_SIZE,
                                     gtk_widget_get_scale_factor (widget), GTK_TEXT_DIR_NONE, 0);
  lookup_color (widget, "window_fg_color", &current_border);

  for (guint i = 0; i < self->clusters->len; i++)
    {
      SeedsMarkerCluster *cluster = get_cluster (self, i);
      gboolean current = (int) i == current_index;
      GdkRGBA background, foreground;

      style_colors (widget, cluster_style (self, i), &background, &foreground);
      draw_circle (snapshot, cluster->x, cluster->y, current ? CURRENT_RADIUS : RADIUS,
                   &background, current ? &current_border : &white);
      if (cluster->size > 1)
        draw_count (widget, snapshot, cluster->size, cluster->x, cluster->y, &foreground);
      else
        draw_icon (snapshot, icon, cluster->x, cluster->y, &foreground);
    }
}

/* Clicks */

static void
on_member_activated (SeedsMarkerLayer *self,
                     SeedsCommunity   *community)
{
  g_signal_emit (self, signals[COMMUNITY_ACTIVATED], 0, community);
}

/* Where the map zooms no closer, the members of a cluster are listed. */
static void
list_members (SeedsMarkerLayer         *self,
              GPtrArray                *members,
              const SeedsMarkerCluster *cluster)
{
  GdkRectangle bounds = { cluster->x - RADIUS, cluster->y - RADIUS, 2 * RADIUS, 2 * RADIUS };

  seeds_cluster_popover_show (self->popover, members, &bounds);
}

static void
activate_cluster (SeedsMarkerLayer *self,
                  guint             index)
{
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  g_autoptr(GPtrArray) members = get_members (self, index);
  g_autoptr(GPtrArray) locations = NULL;

  if (shumate_viewport_get_zoom_level (viewport) >= shumate_viewport_get_max_zoom_level (viewport))
    {
      list_members (self, members, get_cluster (self, index));
      return;
    }

  locations = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < members->len; i++)
    {
      SeedsCommunity *member = g_ptr_array_index (members, i);
      const SeedsCommunityProfile *profile = seeds_community_get_profile (member);

      g_ptr_array_add (locations, shumate_coordinate_new_full (profile->latitude,
                                                               profile->longitude));
    }
  g_signal_emit (self, signals[CLUSTER_ACTIVATED], 0, locations);
}

/**
 * seeds_marker_layer_activate_at:
 *
 * Does what a click at (@x, @y) does.
 *
 * Returns: whether a marker or a cluster is drawn there
 */
gboolean
seeds_marker_layer_activate_at (SeedsMarkerLayer *self,
                                double            x,
                                double            y)
{
  int index;

  g_return_val_if_fail (SEEDS_IS_MARKER_LAYER (self), FALSE);

  index = cluster_at (self, x, y);
  if (index < 0)
    return FALSE;

  if (get_cluster (self, index)->size > 1)
    activate_cluster (self, index);
  else
    g_signal_emit (self, signals[COMMUNITY_ACTIVATED], 0,
                   g_ptr_array_index (self->shown, get_cluster (self, index)->first));

  return TRUE;
}

/* The layer takes the pointer only over its markers: a ShumateLayer takes
 * none, and elsewhere dragging and zooming are the map's. */
static gboolean
seeds_marker_layer_contains (GtkWidget *widget,
                             double     x,
                             double     y)
{
  return cluster_at (SEEDS_MARKER_LAYER (widget), x, y) >= 0;
}

/* A click on the map elsewhere is the map's: dragging, zooming. */
static void
on_released (GtkGestureClick  *gesture,
             int               n_press,
             double            x,
             double            y,
             SeedsMarkerLayer *self)
{
  if (seeds_marker_layer_activate_at (self, x, y))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

/* What is drawn at a point, in words: a marker's name, or a cluster's
 * count and names */
char *
seeds_marker_layer_describe_at (SeedsMarkerLayer *self,
                                double            x,
                                double            y)
{
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GString) text = NULL;
  int index;

  g_return_val_if_fail (SEEDS_IS_MARKER_LAYER (self), NULL);

  index = cluster_at (self, x, y);
  if (index < 0)
    return NULL;

  members = get_members (self, index);
  if (members->len == 1)
    {
      SeedsCommunity *community = g_ptr_array_index (members, 0);

      if (style_of (community) == SEEDS_MARKER_STYLE_SAMPLE)
        /* Translators: a marker on the map, for a fictional community */
        return g_strdup_printf (_("%s, fictional sample"), seeds_community_get_name (community));
      return g_strdup (seeds_community_get_name (community));
    }

  text = g_string_new (NULL);
  /* Translators: the tooltip of a circle on the map that stands for
   * several learning communities close together; their names follow */
  g_string_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u learning community",
                                      "%u learning communities", members->len),
                   members->len);
  for (guint i = 0; i < MIN (members->len, MAX_NAMES); i++)
    g_string_append_printf (text, "\n%s", seeds_community_get_name (g_ptr_array_index (members,
                                                                                       i)));
  if (members->len > MAX_NAMES)
    g_string_append (text, "\n…");

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
seeds_marker_layer_query_tooltip (GtkWidget  *widget,
                                  int         x,
                                  int         y,
                                  gboolean    keyboard,
                                  GtkTooltip *tooltip)
{
  g_autofree char *text = seeds_marker_layer_describe_at (SEEDS_MARKER_LAYER (widget), x, y);

  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* The layer */

/* The map is named by how many it shows, which only the list tells apart
 * to the keyboard. */
static void
update_name (SeedsMarkerLayer *self)
{
  guint n = seeds_marker_layer_get_n_markers (self);
  /* Translators: the name of the map for screen readers */
  g_autofree char *name = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                        "Map with %u learning community",
                                                        "Map with %u learning communities", n),
                                           n);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static void
on_items_changed (SeedsMarkerLayer *self)
{
  update_name (self);
  invalidate (self);
}

static void
seeds_marker_layer_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  SeedsMarkerLayer *self = SEEDS_MARKER_LAYER (widget);

  self->dirty = TRUE;
  gtk_popover_present (GTK_POPOVER (self->popover));
}

static void
seeds_marker_layer_constructed (GObject *object)
{
  SeedsMarkerLayer *self = SEEDS_MARKER_LAYER (object);

  G_OBJECT_CLASS (seeds_marker_layer_parent_class)->constructed (object);

  g_signal_connect_object (shumate_layer_get_viewport (SHUMATE_LAYER (self)), "notify",
                           G_CALLBACK (invalidate), self, G_CONNECT_SWAPPED);
}

static void
seeds_marker_layer_dispose (GObject *object)
{
  SeedsMarkerLayer *self = SEEDS_MARKER_LAYER (object);

  seeds_marker_layer_set_model (self, NULL);
  g_clear_pointer ((GtkWidget **) &self->popover, gtk_widget_unparent);
  g_clear_pointer (&self->shown, g_ptr_array_unref);
  g_clear_pointer (&self->points, g_array_unref);
  g_clear_pointer (&self->clusters, g_array_unref);
  g_clear_pointer (&self->cluster_of, g_free);
  g_clear_pointer (&self->styles, g_free);
  g_clear_pointer (&self->current_id, g_free);

  G_OBJECT_CLASS (seeds_marker_layer_parent_class)->dispose (object);
}

static void
seeds_marker_layer_class_init (SeedsMarkerLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = seeds_marker_layer_constructed;
  object_class->dispose = seeds_marker_layer_dispose;
  widget_class->snapshot = seeds_marker_layer_snapshot;
  widget_class->size_allocate = seeds_marker_layer_size_allocate;
  widget_class->query_tooltip = seeds_marker_layer_query_tooltip;
  widget_class->contains = seeds_marker_layer_contains;

  signals[COMMUNITY_ACTIVATED] = g_signal_new ("community-activated",
                                               G_TYPE_FROM_CLASS (klass),
                                               G_SIGNAL_RUN_LAST,
                                               0, NULL, NULL, NULL,
                                               G_TYPE_NONE, 1, SEEDS_TYPE_COMMUNITY);
  signals[CLUSTER_ACTIVATED] = g_signal_new ("cluster-activated",
                                             G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST,
                                             0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 1, G_TYPE_PTR_ARRAY);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "seeds-directory-markers");
}

static void
seeds_marker_layer_init (SeedsMarkerLayer *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  self->dirty = TRUE;
  self->shown = g_ptr_array_new_with_free_func (g_object_unref);
  self->points = g_array_new (FALSE, FALSE, sizeof (SeedsClusterPoint));
  self->clusters = g_array_new (FALSE, FALSE, sizeof (SeedsMarkerCluster));
  self->popover = SEEDS_CLUSTER_POPOVER (seeds_cluster_popover_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->popover), GTK_WIDGET (self));
  g_signal_connect_object (self->popover, "community-activated", G_CALLBACK (on_member_activated),
                           self, G_CONNECT_SWAPPED);

  g_signal_connect_object (click, "released", G_CALLBACK (on_released), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  update_name (self);
}

SeedsMarkerLayer *
seeds_marker_layer_new (ShumateViewport *viewport)
{
  g_return_val_if_fail (SHUMATE_IS_VIEWPORT (viewport), NULL);

  return g_object_new (SEEDS_TYPE_MARKER_LAYER, "viewport", viewport, NULL);
}

/**
 * seeds_marker_layer_set_model:
 * @communities: (nullable): the SeedsCommunity to show; those without a
 *   place are left out. The layer follows its changes.
 */
void
seeds_marker_layer_set_model (SeedsMarkerLayer *self,
                              GListModel       *communities)
{
  g_return_if_fail (SEEDS_IS_MARKER_LAYER (self));
  g_return_if_fail (communities == NULL || G_IS_LIST_MODEL (communities));

  if (self->communities != NULL)
    g_signal_handlers_disconnect_by_func (self->communities, on_items_changed, self);
  g_set_object (&self->communities, communities);
  if (communities != NULL)
    g_signal_connect_object (communities, "items-changed", G_CALLBACK (on_items_changed), self,
                             G_CONNECT_SWAPPED);
  on_items_changed (self);
}

/* The marker of @community_id, with the card open, stands out. */
void
seeds_marker_layer_set_current (SeedsMarkerLayer *self,
                                const char       *community_id)
{
  g_return_if_fail (SEEDS_IS_MARKER_LAYER (self));

  g_free (self->current_id);
  self->current_id = g_strdup (community_id);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* How many of the communities shown have a place, in sight or not */
guint
seeds_marker_layer_get_n_markers (SeedsMarkerLayer *self)
{
  guint n_items, n = 0;

  g_return_val_if_fail (SEEDS_IS_MARKER_LAYER (self), 0);

  n_items = self->communities != NULL ? g_list_model_get_n_items (self->communities) : 0;
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(SeedsCommunity) community = g_list_model_get_item (self->communities, i);

      if (seeds_community_get_profile (community)->has_location)
        n++;
    }

  return n;
}

/**
 * seeds_marker_layer_get_locations:
 *
 * Returns: (transfer full) (element-type ShumateLocation): the places of
 *   the communities shown, in sight or not
 */
GPtrArray *
seeds_marker_layer_get_locations (SeedsMarkerLayer *self)
{
  GPtrArray *locations = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_items;

  g_return_val_if_fail (SEEDS_IS_MARKER_LAYER (self), locations);

  n_items = self->communities != NULL ? g_list_model_get_n_items (self->communities) : 0;
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(SeedsCommunity) community = g_list_model_get_item (self->communities, i);
      const SeedsCommunityProfile *profile = seeds_community_get_profile (community);

      if (profile->has_location)
        g_ptr_array_add (locations, shumate_coordinate_new_full (profile->latitude,
                                                                 profile->longitude));
    }

  return locations;
}

/**
 * seeds_marker_layer_find:
 * @x: (out) (optional): where its marker or cluster is drawn
 * @y: (out) (optional):
 * @cluster_size: (out) (optional): 1 for a marker of its own
 *
 * Returns: whether @community_id is drawn, in sight
 */
gboolean
seeds_marker_layer_find (SeedsMarkerLayer *self,
                         const char       *community_id,
                         double           *x,
                         double           *y,
                         guint            *cluster_size)
{
  SeedsMarkerCluster *cluster;
  int index;

  g_return_val_if_fail (SEEDS_IS_MARKER_LAYER (self), FALSE);

  index = find_shown (self, community_id);
  if (index < 0)
    return FALSE;

  cluster = get_cluster (self, self->cluster_of[index]);
  if (x != NULL)
    *x = cluster->x;
  if (y != NULL)
    *y = cluster->y;
  if (cluster_size != NULL)
    *cluster_size = cluster->size;

  return TRUE;
}

/* Whether the marker or cluster of @community_id stands out as current */
gboolean
seeds_marker_layer_is_current (SeedsMarkerLayer *self,
                               const char       *community_id)
{
  int index;

  g_return_val_if_fail (SEEDS_IS_MARKER_LAYER (self), FALSE);

  index = find_shown (self, community_id);
  return index >= 0 && (int) self->cluster_of[index] == current_cluster (self);
}

/* How the marker or cluster of @community_id is coloured */
SeedsMarkerStyle
seeds_marker_layer_get_style (SeedsMarkerLayer *self,
                              const char       *community_id)
{
  int index;

  g_return_val_if_fail (SEEDS_IS_MARKER_LAYER (self), SEEDS_MARKER_STYLE_OTHER);

  index = find_shown (self, community_id);
  return index >= 0 ? cluster_style (self, self->cluster_of[index]) : SEEDS_MARKER_STYLE_OTHER;
}

/* For the tests: where a cluster's members are listed */
GtkPopover *
seeds_marker_layer_get_popover (SeedsMarkerLayer *self)
{
  g_return_val_if_fail (SEEDS_IS_MARKER_LAYER (self), NULL);

  return GTK_POPOVER (self->popover);
}
