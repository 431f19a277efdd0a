/* seeds-chart.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <adwaita.h>

#include "charts/seeds-chart.h"
#include "model/seeds-string.h"

/* A chart: a series of points and the layers that draw it, bottom first.
 * The chart lays itself out (a subclass says how), looks up the theme's
 * colours, hands both to its layers, and does what every chart shares: the
 * highlighted point that follows the pointer and the arrow keys, its callout,
 * the focus ring, the "large" size for a projector, and the text alternative
 * for screen readers. */
typedef struct
{
  SeedsChartSeries *series;
  GPtrArray        *layers;        /* of SeedsChartLayer */
  char             *title;
  float             scale;
  int               highlight;
  gboolean          hovering;

  SeedsChartFrame   frame;
  int               frame_width;   /* what the frame was computed for; -1 to redo */
  int               frame_height;
} SeedsChartPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (SeedsChart, seeds_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SERIES,
  PROP_LARGE,
  PROP_TITLE,
  PROP_HIGHLIGHT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Big enough to read from the back of a room. */
#define LARGE_SCALE 1.8f

static int
n_points (SeedsChart *self)
{
  SeedsChartPrivate *priv = seeds_chart_get_instance_private (self);

  return priv->series != NULL ? (int) seeds_chart_series_get_n_points (priv->series) : 0;
}

static void
lookup_color (GtkStyleContext *style,
              const char      *name,
              const GdkRGBA   *fallback,
              GdkRGBA         *color)
{
  if (!gtk_style_context_lookup_color (style, name, color))
    *color = *fallback;
}

static GdkRGBA
with_alpha (const GdkRGBA *color,
            float          alpha)
{
  GdkRGBA result = *color;

  result.alpha *= alpha;
  return result;
}

/* The theme's named colours, so that light, dark and high contrast all
 * work. High contrast gets bolder secondary lines and text. */
static void
resolve_palette (SeedsChart        *self,
                 SeedsChartPalette *palette)
{
  GtkStyleContext *style = gtk_widget_get_style_context (GTK_WIDGET (self));
  AdwStyleManager *manager = adw_style_manager_get_default ();
  gboolean hc = adw_style_manager_get_high_contrast (manager);

  gtk_style_context_get_color (style, &palette->foreground);
  lookup_color (style, "accent_color", &palette->foreground, &palette->accent);
  lookup_color (style, "success_color", &palette->foreground, &palette->success);
  lookup_color (style, "warning_color", &palette->foreground, &palette->warning);
  lookup_color (style, "error_color", &palette->foreground, &palette->error);
  lookup_color (style, "window_bg_color", &(GdkRGBA) { 1, 1, 1, 1 }, &palette->background);
  lookup_color (style, "popover_bg_color", &palette->background, &palette->callout_bg);
  lookup_color (style, "popover_fg_color", &palette->foreground, &palette->callout_fg);

  palette->dim = with_alpha (&palette->foreground, hc ? 0.9f : 0.65f);
  palette->grid = with_alpha (&palette->foreground, hc ? 0.45f : 0.12f);
  palette->neutral = with_alpha (&palette->foreground, hc ? 1.f : 0.6f);
  palette->high_contrast = hc;
}

static void
ensure_frame (SeedsChart        *self,
              SeedsChartContext *context)
{
  SeedsChartPrivate *priv = seeds_chart_get_instance_private (self);
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  if (priv->frame_width == width && priv->frame_height == height)
    {
      context->frame = priv->frame;
      return;
    }

  memset (&context->frame, 0, sizeof context->frame);
  context->frame.n_points = n_points (self);
  if (width > 0 && height > 0)
    SEEDS_CHART_GET_CLASS (self)->compute_frame (self, context);

  priv->frame = context->frame;
  priv->frame_width = width;
  priv->frame_height = height;
}

static void
build_context (SeedsChart        *self,
               SeedsChartContext *context)
{
  SeedsChartPrivate *priv = seeds_chart_get_instance_private (self);

  memset (context, 0, sizeof *context);
  context->widget = GTK_WIDGET (self);
  context->width = gtk_widget_get_width (GTK_WIDGET (self));
  context->height = gtk_widget_get_height (GTK_WIDGET (self));
  context->scale = priv->scale;
  context->series = priv->series;
  context->highlight = priv->highlight;
  resolve_palette (self, &context->palette);
  ensure_frame (self, context);
}

/* What the chart says in words, for screen readers. */
static void
update_accessible (SeedsChart *self)
{
  SeedsChartPrivate *priv = seeds_chart_get_instance_private (self);
  SeedsChartClass *klass = SEEDS_CHART_GET_CLASS (self);
  g_autofree char *description = seeds_chart_describe (self);
  const char *label = priv->title;

  if (label == NULL && klass->default_title != NULL)
    label = g_dgettext (GETTEXT_PACKAGE, klass->default_title);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label != NULL ? label : "",
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description != NULL ? description : "",
                                  -1);
}

static void
draw_callout (SeedsChart              *self,
              GtkSnapshot             *snapshot,
              const SeedsChartContext *context)
{
  SeedsChartPrivate *priv = seeds_chart_get_instance_private (self);
  g_autofree char *text = seeds_chart_describe_point (self, priv->highlight);
  g_autoptr(PangoLayout) layout = NULL;
  const char *newline;
  graphene_point_t anchor;
  gboolean below = FALSE;
  GskRoundedRect box;
  float pad_x = 10 * priv->scale;
  float pad_y = 6 * priv->scale;
  float offset = 12 * priv->scale;
  float w, h, x, y, above_y, below_y;
  int text_width, text_height;
  GdkRGBA border = context->palette.high_contrast ? context->palette.foreground : context->palette.grid;
  const float widths[4] = { 1, 1, 1, 1 };

  if (text == NULL)
    return;

  layout = seeds_chart_context_create_layout (context, text, SEEDS_CHART_TEXT_BODY);
  if ((newline = strchr (text, '\n')) != NULL)
    {
      PangoAttrList *attrs = pango_attr_list_copy (pango_layout_get_attributes (layout));
      PangoAttribute *bold = pango_attr_weight_new (PANGO_WEIGHT_BOLD);

      bold->start_index = 0;
      bold->end_index = newline - text;
      pango_attr_list_insert (attrs, bold);
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  /* a long factor title wraps rather than running off the chart */
  w = MIN (context->width - 2, 360 * priv->scale) - 2 * pad_x;
  pango_layout_set_width (layout, MAX (1, w) * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_get_pixel_size (layout, &text_width, &text_height);

  SEEDS_CHART_GET_CLASS (self)->get_anchor (self, &context->frame, priv->highlight, &anchor, &below);
  w = text_width + 2 * pad_x;
  h = text_height + 2 * pad_y;
  x = CLAMP (anchor.x - w / 2, 1, MAX (1, context->width - w - 1));
  above_y = anchor.y - offset - h;
  below_y = anchor.y + offset;
  /* on the side asked for, or the other one when there is no room */
  if (below)
    y = below_y + h <= context->height - 1 ? below_y : above_y;
  else
    y = above_y >= 1 ? above_y : below_y;
  x = roundf (x);
  y = roundf (CLAMP (y, 1, MAX (1, context->height - h - 1)));

  gsk_rounded_rect_init_from_rect (&box, &GRAPHENE_RECT_INIT (x, y, w, h), 6 * priv->scale);
  gtk_snapshot_append_outset_shadow (snapshot, &box, &(GdkRGBA) { 0, 0, 0, 0.18f }, 0, 1, 0, 4);
  gtk_snapshot_push_rounded_clip (snapshot, &box);
  gtk_snapshot_append_color (snapshot, &context->palette.callout_bg, &box.bounds);
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_append_border (snapshot, &box, widths,
                              (const GdkRGBA[4]) { border, border, border, border });
  seeds_chart_draw_layout (snapshot, layout, x + pad_x, y + pad_y, 0, 0, &context->palette.callout_fg);
}

static void
seeds_chart_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  SeedsChart *self = SEEDS_CHART (widget);
  SeedsChartPrivate *priv = seeds_chart_get_instance_private (self);
  SeedsChartContext context;

  build_context (self, &context);

  for (guint i = 0; i < priv->layers->len; i++)
    seeds_chart_layer_snapshot (g_ptr_array_index (priv->layers, i), snapshot, &context);

  if (priv->highlight >= 0 && priv->highlight < n_points (self))
    draw_callout (self, snapshot, &context);

  /* Adwaita gives custom widgets no focus ring; draw one as its buttons do. */
  if (gtk_widget_has_visible_focus (widget))
    {
      GskRoundedRect ring;
      GdkRGBA color = with_alpha (&context.palette.accent, 0.5f);
      const float widths[4] = { 2, 2, 2, 2 };

      gsk_rounded_rect_init_from_rect (&ring, &GRAPHENE_RECT_INIT (0, 0, context.width, context.height), 8);
      gtk_snapshot_append_border (snapshot, &ring, widths, (const GdkRGBA[4]) { color, color, color, color });
    }
}

static void
seeds_chart_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  SeedsChart *self = SEEDS_CHART (widget);
  SeedsChartPrivate *priv = seeds_chart_get_instance_private (self);
  SeedsChartClass *klass = SEEDS_CHART_GET_CLASS (self);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = klass->min_width * priv->scale;
      *natural = klass->natural_width * priv->scale;
    }
  else
    {
      *minimum = klass->min_height * priv->scale;
      *natural = klass->natural_height * priv->scale;
    }
}

/* The layout is redone when next needed: the frame remembers the size it
 * was computed for, so a new size redoes it without being told. */
static void
invalidate_layout (SeedsChart *self)
{
  SeedsChartPrivate *priv = seeds_chart_get_instance_private (self);

  priv->frame_width = -1;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The theme or the font changed: colours and label sizes with it. */
static void
seeds_chart_css_changed (GtkWidget         *widget,
                         GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (seeds_chart_parent_class)->css_changed (widget, change);

  invalidate_layout (SEEDS_CHART (widget));
}

static void
motion_cb (SeedsChart               *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *motion)
{
  SeedsChartPrivate *priv = seeds_chart_get_instance_private (self);
  SeedsChartFrame frame;

  priv->hovering = TRUE;
  seeds_chart_get_frame (self, &frame);
  seeds_chart_set_highlight (self, SEEDS_CHART_GET_CLASS (self)->pick (self, &frame, x, y));
}

static void
leave_cb (SeedsChart               *self,
          GtkEventControllerMotion *motion)
{
  SeedsChartPrivate *priv = seeds_chart_get_instance_private (self);

  priv->hovering = FALSE;
  if (!gtk_widget_has_focus (GTK_WIDGET (self)))
    seeds_chart_set_highlight (self, -1);
}

/* Focus alone shows the focus ring, not a callout: a window that opens
 * with the chart focused should not greet people with one. The first arrow
 * key highlights a point (seeds_chart_move_highlight()). */
static void
focus_enter_cb (SeedsChart         *self,
                GtkEventController *focus)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
focus_leave_cb (SeedsChart         *self,
                GtkEventController *focus)
{
  SeedsChartPrivate *priv = seeds_chart_get_instance_private (self);

  if (!priv->hovering)
    seeds_chart_set_highlight (self, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Left and Right go by what is drawn, which is not mirrored for
 * right-to-left languages: time runs left to right, a radar clockwise. */
static gboolean
key_pressed_cb (SeedsChart            *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *key)
{
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK))
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      seeds_chart_move_highlight (self, -1);
      return GDK_EVENT_STOP;

    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      seeds_chart_move_highlight (self, 1);
      return GDK_EVENT_STOP;

    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      seeds_chart_set_highlight (self, n_points (self) > 0 ? 0 : -1);
      return GDK_EVENT_STOP;

    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      seeds_chart_set_highlight (self, n_points (self) - 1);
      return GDK_EVENT_STOP;

    default:
      return GDK_EVENT_PROPAGATE;
    }
}

static void
pressed_cb (SeedsChart      *self,
            int              n_press,
            double           x,
            double           y,
            GtkGestureClick *click)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
seeds_chart_dispose (GObject *object)
{
  SeedsChart *self = SEEDS_CHART (object);
  SeedsChartPrivate *priv = seeds_chart_get_instance_private (self);

  while (priv->layers->len > 0)
    seeds_chart_remove_layer (self, g_ptr_array_index (priv->layers, priv->layers->len - 1));
  g_clear_pointer (&priv->series, seeds_chart_series_unref);

  G_OBJECT_CLASS (seeds_chart_parent_class)->dispose (object);
}

static void
seeds_chart_finalize (GObject *object)
{
  SeedsChartPrivate *priv = seeds_chart_get_instance_private (SEEDS_CHART (object));

  g_ptr_array_unref (priv->layers);
  g_free (priv->title);

  G_OBJECT_CLASS (seeds_chart_parent_class)->finalize (object);
}

static void
seeds_chart_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SeedsChart *self = SEEDS_CHART (object);

  switch (prop_id)
    {
    case PROP_SERIES:
      g_value_set_boxed (value, seeds_chart_get_series (self));
      break;

    case PROP_LARGE:
      g_value_set_boolean (value, seeds_chart_get_large (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, seeds_chart_get_title (self));
      break;

    case PROP_HIGHLIGHT:
      g_value_set_int (value, seeds_chart_get_highlight (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
seeds_chart_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  SeedsChart *self = SEEDS_CHART (object);

  switch (prop_id)
    {
    case PROP_SERIES:
      seeds_chart_set_series (self, g_value_get_boxed (value));
      break;

    case PROP_LARGE:
      seeds_chart_set_large (self, g_value_get_boolean (value));
      break;

    case PROP_TITLE:
      seeds_chart_set_title (self, g_value_get_string (value));
      break;

    case PROP_HIGHLIGHT:
      seeds_chart_set_highlight (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
seeds_chart_class_init (SeedsChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = seeds_chart_dispose;
  object_class->finalize = seeds_chart_finalize;
  object_class->get_property = seeds_chart_get_property;
  object_class->set_property = seeds_chart_set_property;

  widget_class->snapshot = seeds_chart_snapshot;
  widget_class->measure = seeds_chart_measure;
  widget_class->css_changed = seeds_chart_css_changed;

  klass->min_width = 320;
  klass->min_height = 180;
  klass->natural_width = 640;
  klass->natural_height = 260;

  properties[PROP_SERIES] =
    g_param_spec_boxed ("series", NULL, NULL, SEEDS_TYPE_CHART_SERIES,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LARGE] =
    g_param_spec_boolean ("large", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HIGHLIGHT] =
    g_param_spec_int ("highlight", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
seeds_chart_init (SeedsChart *self)
{
  SeedsChartPrivate *priv = seeds_chart_get_instance_private (self);
  GtkEventController *controller;

  priv->layers = g_ptr_array_new_with_free_func (g_object_unref);
  priv->scale = 1.f;
  priv->highlight = -1;
  priv->frame_width = -1;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (controller, "enter", G_CALLBACK (motion_cb), self);
  g_signal_connect_swapped (controller, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (controller, "enter", G_CALLBACK (focus_enter_cb), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_key_new ();
  g_signal_connect_swapped (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = GTK_EVENT_CONTROLLER (gtk_gesture_click_new ());
  g_signal_connect_swapped (controller, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

SeedsChartSeries *
seeds_chart_get_series (SeedsChart *self)
{
  SeedsChartPrivate *priv = seeds_chart_get_instance_private (self);

  g_return_val_if_fail (SEEDS_IS_CHART (self), NULL);

  return priv->series;
}

/* The points the chart shows, and its layers draw unless they have their
 * own. The chart keeps a reference; build a new series to change them. */
void
seeds_chart_set_series (SeedsChart       *self,
                        SeedsChartSeries *series)
{
  SeedsChartPrivate *priv = seeds_chart_get_instance_private (self);

  g_return_if_fail (SEEDS_IS_CHART (self));

  if (!seeds_chart_series_set (&priv->series, series))
    return;

  if (priv->highlight >= n_points (self))
    seeds_chart_set_highlight (self, n_points (self) - 1);

  seeds_chart_invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERIES]);
}

static void
layer_changed_cb (SeedsChart      *self,
                  SeedsChartLayer *layer)
{
  seeds_chart_invalidate (self);
}

/* Layers draw in the order they were added: the first at the bottom. The
 * chart takes a new (floating) layer. */
void
seeds_chart_add_layer (SeedsChart      *self,
                       SeedsChartLayer *layer)
{
  SeedsChartPrivate *priv = seeds_chart_get_instance_private (self);

  g_return_if_fail (SEEDS_IS_CHART (self));
  g_return_if_fail (SEEDS_IS_CHART_LAYER (layer));

  g_ptr_array_add (priv->layers, g_object_ref_sink (layer));
  g_signal_connect_object (layer, "changed", G_CALLBACK (layer_changed_cb), self, G_CONNECT_SWAPPED);
  seeds_chart_invalidate (self);
}

void
seeds_chart_remove_layer (SeedsChart      *self,
                          SeedsChartLayer *layer)
{
  SeedsChartPrivate *priv = seeds_chart_get_instance_private (self);

  g_return_if_fail (SEEDS_IS_CHART (self));
  g_return_if_fail (SEEDS_IS_CHART_LAYER (layer));

  g_signal_handlers_disconnect_by_func (layer, layer_changed_cb, self);
  g_ptr_array_remove (priv->layers, layer);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
seeds_chart_get_large (SeedsChart *self)
{
  SeedsChartPrivate *priv = seeds_chart_get_instance_private (self);

  g_return_val_if_fail (SEEDS_IS_CHART (self), FALSE);

  return priv->scale != 1.f;
}

/* Thicker lines and bigger text, for a projector. */
void
seeds_chart_set_large (SeedsChart *self,
                       gboolean    large)
{
  SeedsChartPrivate *priv = seeds_chart_get_instance_private (self);

  g_return_if_fail (SEEDS_IS_CHART (self));

  if (seeds_chart_get_large (self) == !!large)
    return;

  priv->scale = large ? LARGE_SCALE : 1.f;
  invalidate_layout (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LARGE]);
}

const char *
seeds_chart_get_title (SeedsChart *self)
{
  SeedsChartPrivate *priv = seeds_chart_get_instance_private (self);

  g_return_val_if_fail (SEEDS_IS_CHART (self), NULL);

  return priv->title;
}

/* What screen readers call the chart, e.g. the factor it shows. */
void
seeds_chart_set_title (SeedsChart *self,
                       const char *title)
{
  SeedsChartPrivate *priv = seeds_chart_get_instance_private (self);

  g_return_if_fail (SEEDS_IS_CHART (self));

  if (!seeds_set_string (&priv->title, title))
    return;

  update_accessible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

int
seeds_chart_get_highlight (SeedsChart *self)
{
  SeedsChartPrivate *priv = seeds_chart_get_instance_private (self);

  g_return_val_if_fail (SEEDS_IS_CHART (self), -1);

  return priv->highlight;
}

/* The point whose value is shown, or -1 for none. */
void
seeds_chart_set_highlight (SeedsChart *self,
                           int         index)
{
  SeedsChartPrivate *priv = seeds_chart_get_instance_private (self);

  g_return_if_fail (SEEDS_IS_CHART (self));

  index = index < 0 || index >= n_points (self) ? -1 : index;
  if (priv->highlight == index)
    return;

  priv->highlight = index;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGHLIGHT]);
}

/* What the arrow keys do: a step to the next or the previous point; at the
 * ends it stops, or goes round on a radar. Without a highlighted point,
 * Right starts at the first point and Left at the last: the latest
 * meeting. */
void
seeds_chart_move_highlight (SeedsChart *self,
                            int         delta)
{
  SeedsChartPrivate *priv = seeds_chart_get_instance_private (self);
  int n = n_points (self);
  int index;

  g_return_if_fail (SEEDS_IS_CHART (self));

  if (n == 0)
    return;

  if (priv->highlight < 0)
    index = delta > 0 ? 0 : n - 1;
  else if (SEEDS_CHART_GET_CLASS (self)->circular)
    index = ((priv->highlight + delta) % n + n) % n;
  else
    index = CLAMP (priv->highlight + delta, 0, n - 1);

  seeds_chart_set_highlight (self, index);
}

/* The chart's layout at its current size. */
void
seeds_chart_get_frame (SeedsChart      *self,
                       SeedsChartFrame *frame)
{
  SeedsChartContext context;

  g_return_if_fail (SEEDS_IS_CHART (self));
  g_return_if_fail (frame != NULL);

  build_context (self, &context);
  *frame = context.frame;
}

/* The text alternative: the chart's values in words. */
char *
seeds_chart_describe (SeedsChart *self)
{
  g_return_val_if_fail (SEEDS_IS_CHART (self), NULL);

  if (SEEDS_CHART_GET_CLASS (self)->describe == NULL)
    return NULL;

  return SEEDS_CHART_GET_CLASS (self)->describe (self);
}

/* What the callout of a point says. */
char *
seeds_chart_describe_point (SeedsChart *self,
                            guint       index)
{
  g_return_val_if_fail (SEEDS_IS_CHART (self), NULL);

  if (index >= (guint) n_points (self) || SEEDS_CHART_GET_CLASS (self)->describe_point == NULL)
    return NULL;

  return SEEDS_CHART_GET_CLASS (self)->describe_point (self, index);
}

/* For subclasses and layers: what the chart shows has changed, so its
 * layout, its drawing and its text alternative are redone. */
void
seeds_chart_invalidate (SeedsChart *self)
{
  g_return_if_fail (SEEDS_IS_CHART (self));

  invalidate_layout (self);
  update_accessible (self);
}
