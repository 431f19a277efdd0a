/* test-charts.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <adwaita.h>

#include "charts/seeds-radar-chart.h"
#include "charts/seeds-trend-chart.h"

/* The charts: first their pure parts (where values and labels go, what the
 * text alternative says), then the widgets, rendered in a real (Xvfb)
 * window and checked pixel by pixel where it matters. With
 * SEEDS_CHARTS_PNG_DIR set, the renders are also saved there to look at. */

static const char *titles[] = {
  "Driven and personally committed",
  "The sum of people’s qualities and roles",
  "Continuous attention to community building",
  "Handling competitive sensitivity",
  "Building a shared vision of the future",
  "Awareness that “we must do it together”",
  "Sharing interim, measurable results",
  "Working on a good reputation",
  "Securing long-term (financial) support",
  "Minding the vacuum between idea and application",
  "Taking your own organisation along",
  "System innovation: looking wider",
};

/* A meeting a quarter, from 14 May 2026 on: "14 May 2026", "14 Aug 2026" … */
static char *
meeting_date (guint index)
{
  g_autoptr(GDateTime) first = g_date_time_new_utc (2026, 5, 14, 12, 0, 0);
  g_autoptr(GDateTime) date = g_date_time_add_months (first, 3 * index);

  return g_date_time_format (date, "%-d %b %Y");
}

/* A trend that wanders through all three bands; gap, if not -1, is a
 * meeting where nobody scored. */
static SeedsChartSeries *
make_trend (guint n,
            int   gap)
{
  SeedsChartSeries *series = seeds_chart_series_new ();

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *date = meeting_date (i);

      if ((int) i == gap)
        seeds_chart_series_append_empty (series, date, NULL);
      else
        seeds_chart_series_append (series, date, NULL, 3.3 + 1.1 * sin (i * 0.9) + 0.004 * i,
                                   0.5 + 0.3 * fabs (cos (i * 1.3)), 6 + i % 7);
    }

  return series;
}

static SeedsChartSeries *
make_factors (double base,
              double wave,
              int    missing)
{
  SeedsChartSeries *series = seeds_chart_series_new ();

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autofree char *label = g_strdup_printf ("%u", i + 1);

      if ((int) i == missing)
        seeds_chart_series_append_empty (series, label, titles[i]);
      else
        seeds_chart_series_append (series, label, titles[i], base + wave * sin (i * 1.7), 0.8, 9);
    }

  return series;
}

/* Pure functions */

static void
test_value_to_y (void)
{
  SeedsChartFrame frame = { .plot = GRAPHENE_RECT_INIT (10, 20, 400, 200), .n_points = 5 };

  g_assert_cmpfloat_with_epsilon (seeds_chart_frame_value_to_y (&frame, 5), 20, 1e-4);
  g_assert_cmpfloat_with_epsilon (seeds_chart_frame_value_to_y (&frame, 1), 220, 1e-4);
  g_assert_cmpfloat_with_epsilon (seeds_chart_frame_value_to_y (&frame, 3), 120, 1e-4);
  g_assert_cmpfloat_with_epsilon (seeds_chart_frame_value_to_y (&frame, 4), 70, 1e-4);
  /* a band's edges never leave the scale */
  g_assert_cmpfloat_with_epsilon (seeds_chart_frame_value_to_y (&frame, 0.2), 220, 1e-4);
  g_assert_cmpfloat_with_epsilon (seeds_chart_frame_value_to_y (&frame, 5.8), 20, 1e-4);
}

static void
test_nearest_index (void)
{
  SeedsChartFrame frame = { .plot = GRAPHENE_RECT_INIT (10, 20, 400, 200), .n_points = 5 };

  g_assert_cmpfloat_with_epsilon (seeds_chart_frame_step (&frame), 100, 1e-4);
  g_assert_cmpfloat_with_epsilon (seeds_chart_frame_index_to_x (&frame, 0), 10, 1e-4);
  g_assert_cmpfloat_with_epsilon (seeds_chart_frame_index_to_x (&frame, 4), 410, 1e-4);

  g_assert_cmpint (seeds_chart_frame_nearest_index (&frame, -50), ==, 0);
  g_assert_cmpint (seeds_chart_frame_nearest_index (&frame, 59), ==, 0);
  g_assert_cmpint (seeds_chart_frame_nearest_index (&frame, 61), ==, 1);
  g_assert_cmpint (seeds_chart_frame_nearest_index (&frame, 290), ==, 3);
  g_assert_cmpint (seeds_chart_frame_nearest_index (&frame, 1000), ==, 4);

  /* one meeting sits in the middle and is always the nearest */
  frame.n_points = 1;
  g_assert_cmpfloat_with_epsilon (seeds_chart_frame_index_to_x (&frame, 0), 210, 1e-4);
  g_assert_cmpint (seeds_chart_frame_nearest_index (&frame, 15), ==, 0);

  frame.n_points = 0;
  g_assert_cmpint (seeds_chart_frame_nearest_index (&frame, 15), ==, -1);
}

/* For 3, 12 and 120 meetings on a plot 560 px wide, with dates 62 to 86 px
 * wide: the shown dates never overlap, the latest is always shown, and
 * there are always a few to read by. */
static void
test_label_stride (void)
{
  const guint counts[] = { 3, 12, 120 };
  const float gap = 12;

  for (guint c = 0; c < G_N_ELEMENTS (counts); c++)
    {
      guint n = counts[c];
      SeedsChartFrame frame = { .plot = GRAPHENE_RECT_INIT (40, 0, 560, 200), .n_points = n };
      g_autofree float *widths = g_new (float, n);
      float previous_right = -G_MAXFLOAT;
      guint stride, shown = 0;

      for (guint i = 0; i < n; i++)
        widths[i] = 62 + (i * 7) % 25;

      stride = seeds_chart_label_stride (widths, n, seeds_chart_frame_step (&frame), gap);
      g_assert_cmpuint (stride, >=, 1);
      g_assert_true (seeds_chart_label_is_shown (n - 1, n, stride));

      for (guint i = 0; i < n; i++)
        {
          float x = seeds_chart_frame_index_to_x (&frame, i);

          if (!seeds_chart_label_is_shown (i, n, stride))
            continue;
          g_assert_cmpfloat (x - widths[i] / 2, >=, previous_right + gap - 1e-3);
          previous_right = x + widths[i] / 2;
          shown++;
        }

      if (n == 3)
        g_assert_cmpuint (shown, ==, 3);
      else
        g_assert_cmpuint (shown, >=, 4);
      /* and not needlessly few: one step less would overlap */
      if (stride > 1)
        {
          float closer = seeds_chart_frame_step (&frame) * (stride - 1) / stride;

          g_assert_cmpuint (seeds_chart_label_stride (widths, n, closer, gap), >=, stride);
        }
    }

  /* no room at all: only the latest */
  {
    float widths[] = { 80, 80, 80 };

    g_assert_cmpuint (seeds_chart_label_stride (widths, 3, 10, 12), ==, 3);
    g_assert_false (seeds_chart_label_is_shown (0, 3, 3));
    g_assert_true (seeds_chart_label_is_shown (2, 3, 3));
  }
}

static void
assert_point (const graphene_point_t *point,
              float                   x,
              float                   y)
{
  g_assert_cmpfloat_with_epsilon (point->x, x, 1e-3);
  g_assert_cmpfloat_with_epsilon (point->y, y, 1e-3);
}

static void
test_radar_points (void)
{
  SeedsChartFrame frame = { .center = GRAPHENE_POINT_INIT (100, 100), .radius = 50, .n_points = 12 };
  graphene_point_t p;

  /* factor 1 at the top, the others clockwise; 5 on the outer ring */
  seeds_chart_frame_radar_point (&frame, 0, 5, &p);
  assert_point (&p, 100, 50);
  seeds_chart_frame_radar_point (&frame, 3, 5, &p);
  assert_point (&p, 150, 100);
  seeds_chart_frame_radar_point (&frame, 6, 2.5, &p);
  assert_point (&p, 100, 125);
  seeds_chart_frame_radar_point (&frame, 9, 4, &p);
  assert_point (&p, 60, 100);
  seeds_chart_frame_radar_point (&frame, 1, 5, &p);
  assert_point (&p, 100 + 50 * sinf (G_PI / 6), 100 - 50 * cosf (G_PI / 6));

  g_assert_cmpint (seeds_chart_frame_nearest_axis (&frame, 100, 60, 80), ==, 0);
  g_assert_cmpint (seeds_chart_frame_nearest_axis (&frame, 140, 101, 80), ==, 3);
  g_assert_cmpint (seeds_chart_frame_nearest_axis (&frame, 101, 170, 80), ==, 6);
  /* a little left of the top */
  g_assert_cmpint (seeds_chart_frame_nearest_axis (&frame, 95, 55, 80), ==, 0);
  g_assert_cmpint (seeds_chart_frame_nearest_axis (&frame, 100, 100, 80), ==, -1);  /* the centre */
  g_assert_cmpint (seeds_chart_frame_nearest_axis (&frame, 100, -100, 80), ==, -1); /* far away */
}

static void
test_series (void)
{
  g_autoptr(SeedsChartSeries) series = make_trend (6, 2);
  g_autofree char *a = seeds_chart_format_mean (3.45);
  g_autofree char *b = seeds_chart_format_mean (2.94);
  g_autofree char *c = seeds_chart_format_mean (4);
  g_autofree char *described = NULL;
  SeedsFactorStats stats;
  guint start, end;

  g_assert_cmpstr (a, ==, "3.5");
  g_assert_cmpstr (b, ==, "2.9");
  g_assert_cmpstr (c, ==, "4.0");

  /* runs of meetings with a value, around the gap */
  g_assert_true (seeds_chart_series_next_run (series, 0, &start, &end));
  g_assert_cmpuint (start, ==, 0);
  g_assert_cmpuint (end, ==, 2);
  g_assert_true (seeds_chart_series_next_run (series, end, &start, &end));
  g_assert_cmpuint (start, ==, 3);
  g_assert_cmpuint (end, ==, 6);
  g_assert_false (seeds_chart_series_next_run (series, end, &start, &end));

  /* from the statistics of a meeting: 4, 4, 3, 5 → 4.0; nobody → no value */
  seeds_factor_stats_init (&stats);
  seeds_factor_stats_add (&stats, 4);
  seeds_factor_stats_add (&stats, 4);
  seeds_factor_stats_add (&stats, 3);
  seeds_factor_stats_add (&stats, 5);
  seeds_factor_stats_finish (&stats);
  seeds_chart_series_append_stats (series, "12 Nov 2026", NULL, &stats);
  seeds_factor_stats_init (&stats);
  seeds_factor_stats_finish (&stats);
  seeds_chart_series_append_stats (series, "11 Feb 2027", NULL, &stats);
  g_assert_cmpuint (seeds_chart_series_get_n_points (series), ==, 8);
  described = seeds_chart_point_describe (seeds_chart_series_get_point (series, 6), "12 Nov 2026");
  g_assert_cmpstr (described, ==, "12 Nov 2026: 4.0 (n 4)");
  g_clear_pointer (&described, g_free);
  described = seeds_chart_point_describe (seeds_chart_series_get_point (series, 7), "11 Feb 2027");
  g_assert_cmpstr (described, ==, "11 Feb 2027: no scores");
}

static void
test_describe_trend (void)
{
  g_autoptr(SeedsChartSeries) series = seeds_chart_series_new ();
  g_autoptr(SeedsChartSeries) empty = seeds_chart_series_new ();
  g_autofree char *text = NULL;
  g_autofree char *none = NULL;

  seeds_chart_series_append (series, "14 May 2026", NULL, 2.9, 0.7, 8);
  seeds_chart_series_append (series, "13 Aug 2026", NULL, 3.2, 0.9, 9);
  seeds_chart_series_append_empty (series, "20 Sep 2026", NULL);
  seeds_chart_series_append (series, "12 Nov 2026", NULL, 3.4, 0.6, 9);

  text = seeds_trend_chart_describe_series (series);
  g_assert_cmpstr (text, ==,
                   "Mean per meeting: 14 May 2026 2.9, 13 Aug 2026 3.2, 20 Sep 2026 no scores, "
                   "12 Nov 2026 3.4");
  none = seeds_trend_chart_describe_series (empty);
  g_assert_cmpstr (none, ==, "No meetings yet");
}

static void
test_describe_radar (void)
{
  g_autoptr(SeedsChartSeries) now = seeds_chart_series_new ();
  g_autoptr(SeedsChartSeries) then = seeds_chart_series_new ();
  g_autofree char *text = NULL;
  g_autofree char *alone = NULL;

  seeds_chart_series_append (now, "1", "Driven and personally committed", 4.3, 0.5, 9);
  seeds_chart_series_append (now, "2", "The sum of people’s qualities and roles", 3.0, 0.9, 9);
  seeds_chart_series_append_empty (now, "3", "Continuous attention to community building");
  seeds_chart_series_append (then, "1", "Driven and personally committed", 3.9, 0.5, 7);
  seeds_chart_series_append_empty (then, "2", "The sum of people’s qualities and roles");
  seeds_chart_series_append (then, "3", "Continuous attention to community building", 3.1, 0.8, 7);

  text = seeds_radar_chart_describe_series (now, then);
  g_assert_cmpstr (text, ==,
                   "Now and then per factor: 1 Driven and personally committed: 4.3 (was 3.9), "
                   "2 The sum of people’s qualities and roles: 3.0 (was no scores), "
                   "3 Continuous attention to community building: no scores (was 3.1)");
  alone = seeds_radar_chart_describe_series (now, NULL);
  g_assert_cmpstr (alone, ==,
                   "Per factor: 1 Driven and personally committed: 4.3, "
                   "2 The sum of people’s qualities and roles: 3.0, "
                   "3 Continuous attention to community building: no scores");
}

/* Widgets, in a real window */

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

/* An undecorated window that holds only the chart, with a margin; back
 * when the chart has its size. */
static GtkWidget *
show_chart (GtkWidget *chart,
            int        width,
            int        height)
{
  GtkWidget *window = gtk_window_new ();

  /* wherever Xvfb's pointer is, it doesn't highlight a point */
  gtk_widget_set_can_target (chart, FALSE);
  gtk_window_set_decorated (GTK_WINDOW (window), FALSE);
  gtk_widget_set_margin_start (chart, 24);
  gtk_widget_set_margin_end (chart, 24);
  gtk_widget_set_margin_top (chart, 24);
  gtk_widget_set_margin_bottom (chart, 24);
  gtk_window_set_child (GTK_WINDOW (window), chart);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));

  for (int i = 0; i < 300 && gtk_widget_get_width (chart) != width - 48; i++)
    iterate (10);
  iterate (50);

  return window;
}

typedef struct
{
  int     width;
  int     height;
  gsize   stride;
  guchar *data;   /* ARGB32, premultiplied: B G R A in memory on little-endian */
} Image;

static void
image_free (Image *image)
{
  g_free (image->data);
  g_free (image);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Image, image_free)

static GdkTexture *
render (GtkWidget *window)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  gint64 until = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  int width, height;

  /* On a busy machine, the window may not have its size yet */
  while ((gtk_widget_get_width (window) == 0 || !gtk_widget_get_mapped (window)) &&
         g_get_monotonic_time () < until)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  width = gtk_widget_get_width (window);
  height = gtk_widget_get_height (window);

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);

  return gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                      &GRAPHENE_RECT_INIT (0, 0, width, height));
}

/* Renders the window, saves it when asked to, and returns its pixels. */
static Image *
capture (GtkWidget  *window,
         const char *name)
{
  g_autoptr(GdkTexture) texture = NULL;
  const char *dir = g_getenv ("SEEDS_CHARTS_PNG_DIR");
  Image *image = g_new0 (Image, 1);

  /* the window draws what changed first */
  iterate (50);
  texture = render (window);

  image->width = gdk_texture_get_width (texture);
  image->height = gdk_texture_get_height (texture);
  image->stride = 4 * image->width;
  image->data = g_malloc (image->stride * image->height);
  gdk_texture_download (texture, image->data, image->stride);

  if (dir != NULL && name != NULL)
    {
      AdwStyleManager *manager = adw_style_manager_get_default ();
      g_autofree char *file = g_strdup_printf ("%s%s.png", name,
                                               adw_style_manager_get_high_contrast (manager) ? "-hc" : "");
      g_autofree char *path = g_build_filename (dir, file, NULL);

      g_mkdir_with_parents (dir, 0755);
      g_assert_true (gdk_texture_save_to_png (texture, path));
    }

  return image;
}

/* The colour at a point of the chart, in 0 … 255. */
static void
pixel_at (Image     *image,
          GtkWidget *chart,
          double     x,
          double     y,
          int        rgb[3])
{
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (chart));
  double wx, wy;
  const guchar *p;

  g_assert_true (gtk_widget_translate_coordinates (chart, window, x, y, &wx, &wy));
  g_assert_cmpint ((int) wx, >=, 0);
  g_assert_cmpint ((int) wy, >=, 0);
  g_assert_cmpint ((int) wx, <, image->width);
  g_assert_cmpint ((int) wy, <, image->height);

  p = image->data + (int) wy * image->stride + 4 * (int) wx;
  rgb[0] = p[2];
  rgb[1] = p[1];
  rgb[2] = p[0];
}

static gboolean
near_color (const int      rgb[3],
            const GdkRGBA *color,
            int            tolerance)
{
  return abs (rgb[0] - (int) roundf (color->red * 255)) <= tolerance &&
         abs (rgb[1] - (int) roundf (color->green * 255)) <= tolerance &&
         abs (rgb[2] - (int) roundf (color->blue * 255)) <= tolerance;
}

static GdkRGBA
theme_color (GtkWidget  *widget,
             const char *name)
{
  GdkRGBA color;

  g_assert_true (gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, &color));
  return color;
}

/* Whether any pixel of the chart's column x, from y0 to y1, has this colour. */
static gboolean
column_has_color (Image         *image,
                  GtkWidget     *chart,
                  float          x,
                  float          y0,
                  float          y1,
                  const GdkRGBA *color)
{
  for (float y = y0; y <= y1; y += 1)
    {
      int rgb[3];

      pixel_at (image, chart, x, y, rgb);
      if (near_color (rgb, color, 24))
        return TRUE;
    }

  return FALSE;
}

static void
destroy_window (GtkWidget *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  iterate (20);
}

static void
test_trend_render (void)
{
  g_autoptr(SeedsChartSeries) series = make_trend (8, 5);
  GtkWidget *chart = seeds_trend_chart_new ();
  GtkWidget *window;
  g_autoptr(Image) image = NULL;
  SeedsChartFrame frame;
  GdkRGBA accent, warning;
  const SeedsChartPoint *a, *b;
  float x, y, y3, top, bottom;

  seeds_trend_chart_set_series (SEEDS_TREND_CHART (chart), series);
  window = show_chart (chart, 688, 308);
  image = capture (window, "trend-gap-light");
  seeds_chart_get_frame (SEEDS_CHART (chart), &frame);
  accent = theme_color (chart, "accent_color");
  warning = theme_color (chart, "warning_color");

  g_assert_cmpuint (frame.n_points, ==, 8);
  g_assert_cmpfloat (frame.plot.size.width, >, 400);
  g_assert_cmpfloat (frame.plot.size.height, >, 120);

  /* the mean line halfway between meetings 1 and 2 */
  a = seeds_chart_series_get_point (series, 1);
  b = seeds_chart_series_get_point (series, 2);
  x = (seeds_chart_frame_index_to_x (&frame, 1) + seeds_chart_frame_index_to_x (&frame, 2)) / 2;
  y = (seeds_chart_frame_value_to_y (&frame, a->mean) + seeds_chart_frame_value_to_y (&frame, b->mean)) / 2;
  g_assert_true (column_has_color (image, chart, x, y - 2, y + 2, &accent));

  /* no line into or out of meeting 5, where nobody scored */
  top = frame.plot.origin.y;
  bottom = top + frame.plot.size.height;
  x = (seeds_chart_frame_index_to_x (&frame, 4) * 0.3 + seeds_chart_frame_index_to_x (&frame, 5) * 0.7);
  g_assert_false (column_has_color (image, chart, x, top, bottom, &accent));
  x = (seeds_chart_frame_index_to_x (&frame, 5) * 0.7 + seeds_chart_frame_index_to_x (&frame, 6) * 0.3);
  g_assert_false (column_has_color (image, chart, x, top, bottom, &accent));

  /* the 3.0 guide: dashed, in the warning colour, from the plot's left */
  y3 = seeds_chart_frame_value_to_y (&frame, 3.0);
  x = frame.plot.origin.x - 8;
  g_assert_true (column_has_color (image, chart, x, y3 - 2, y3 + 2, &warning));
  g_assert_false (column_has_color (image, chart, x, y3 + 6, y3 + 20, &warning));
  g_assert_false (column_has_color (image, chart, x, y3 - 20, y3 - 6, &warning));

  destroy_window (window);
}

static void
test_trend_many_meetings (void)
{
  g_autoptr(SeedsChartSeries) series = make_trend (120, 60);
  GtkWidget *chart = seeds_trend_chart_new ();
  GtkWidget *window;
  g_autoptr(Image) image = NULL;
  SeedsChartFrame frame;

  seeds_trend_chart_set_series (SEEDS_TREND_CHART (chart), series);
  window = show_chart (chart, 688, 308);
  image = capture (window, "trend-120-light");
  seeds_chart_get_frame (SEEDS_CHART (chart), &frame);

  /* the dates at either end are centred on their meeting and still fit */
  g_assert_cmpfloat (frame.plot.origin.x, >=, 36);
  g_assert_cmpfloat (frame.plot.origin.x + frame.plot.size.width, <=, gtk_widget_get_width (chart) - 36);

  seeds_chart_set_highlight (SEEDS_CHART (chart), 100);
  g_clear_pointer (&image, image_free);
  image = capture (window, "trend-120-hover-light");

  destroy_window (window);
}

static void
test_radar_render (void)
{
  g_autoptr(SeedsChartSeries) now = make_factors (4.4, 0.4, 7);
  g_autoptr(SeedsChartSeries) then = make_factors (3.3, 0.9, -1);
  g_autoptr(SeedsChartSeries) nothing = seeds_chart_series_new ();
  GtkWidget *chart = seeds_radar_chart_new ();
  GtkWidget *window;
  g_autoptr(Image) image = NULL;
  g_autoptr(Image) empty = NULL;
  SeedsChartFrame frame;
  GdkRGBA accent;
  graphene_point_t p;
  int filled[3], bare[3];

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autofree char *label = g_strdup_printf ("%u", i + 1);

      seeds_chart_series_append_empty (nothing, label, titles[i]);
    }

  seeds_radar_chart_set_now (SEEDS_RADAR_CHART (chart), now, "12 Nov 2026");
  seeds_radar_chart_set_then (SEEDS_RADAR_CHART (chart), then, "14 May 2026");
  window = show_chart (chart, 488, 528);
  image = capture (window, "radar-gap-light");
  seeds_chart_get_frame (SEEDS_CHART (chart), &frame);
  accent = theme_color (chart, "accent_color");

  g_assert_cmpuint (frame.n_points, ==, 12);
  g_assert_cmpfloat (frame.radius, >, 120);
  /* a circle, whole inside the chart, with the legend below */
  g_assert_cmpfloat (frame.center.y + frame.radius, <, frame.legend.origin.y);
  g_assert_cmpfloat (frame.legend.origin.y + frame.legend.size.height, <=, gtk_widget_get_height (chart));

  /* factor 1's vertex is drawn in the accent colour */
  seeds_chart_frame_radar_point (&frame, 0, seeds_chart_series_get_point (now, 0)->mean, &p);
  g_assert_true (column_has_color (image, chart, p.x, p.y - 1, p.y + 1, &accent));
  /* factor 8 has no scores: no vertex there */
  seeds_chart_frame_radar_point (&frame, 7, seeds_chart_series_get_point (then, 7)->mean, &p);
  g_assert_false (column_has_color (image, chart, p.x, p.y - 3, p.y + 3, &accent));

  /* the "now" polygon covers the centre: between two spokes, a third out,
   * the fill is bluer than where nothing is drawn */
  seeds_radar_chart_set_now (SEEDS_RADAR_CHART (chart), nothing, "12 Nov 2026");
  iterate (50);
  empty = capture (window, NULL);
  p.x = frame.center.x + frame.radius * 0.3f * cosf (-G_PI / 2 + G_PI / 12);
  p.y = frame.center.y + frame.radius * 0.3f * sinf (-G_PI / 2 + G_PI / 12);
  pixel_at (image, chart, p.x, p.y, filled);
  pixel_at (empty, chart, p.x, p.y, bare);
  g_assert_cmpint (filled[2] - filled[0], >, bare[2] - bare[0] + 20);

  destroy_window (window);
}

static void
test_keyboard (void)
{
  g_autoptr(SeedsChartSeries) series = make_trend (4, -1);
  g_autoptr(SeedsChartSeries) factors = make_factors (4, 0.5, 2);
  SeedsChart *trend = g_object_ref_sink (SEEDS_CHART (seeds_trend_chart_new ()));
  SeedsChart *radar = g_object_ref_sink (SEEDS_CHART (seeds_radar_chart_new ()));
  g_autofree char *text = NULL;

  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (trend)));
  seeds_chart_set_series (trend, series);
  g_assert_cmpint (seeds_chart_get_highlight (trend), ==, -1);
  seeds_chart_move_highlight (trend, -1);   /* from nothing, Left starts at the latest */
  g_assert_cmpint (seeds_chart_get_highlight (trend), ==, 3);
  seeds_chart_move_highlight (trend, 1);    /* and stops at the end */
  g_assert_cmpint (seeds_chart_get_highlight (trend), ==, 3);
  seeds_chart_move_highlight (trend, -1);
  g_assert_cmpint (seeds_chart_get_highlight (trend), ==, 2);
  text = seeds_chart_describe_point (trend, 2);
  g_assert_true (g_str_has_prefix (text, "14 Nov 2026: "));
  g_assert_true (g_str_has_suffix (text, " (n 8)"));
  g_clear_pointer (&text, g_free);

  /* a radar goes round */
  seeds_radar_chart_set_now (SEEDS_RADAR_CHART (radar), factors, NULL);
  seeds_chart_set_highlight (radar, 11);
  seeds_chart_move_highlight (radar, 1);
  g_assert_cmpint (seeds_chart_get_highlight (radar), ==, 0);
  seeds_chart_move_highlight (radar, -1);
  g_assert_cmpint (seeds_chart_get_highlight (radar), ==, 11);
  text = seeds_chart_describe_point (radar, 2);
  g_assert_cmpstr (text, ==, "3 Continuous attention to community building\nNow: no scores");
  g_clear_pointer (&text, g_free);

  /* a shorter series takes the highlight along */
  g_clear_pointer (&series, seeds_chart_series_unref);
  series = make_trend (2, -1);
  seeds_chart_set_highlight (trend, 3);
  seeds_chart_set_series (trend, series);
  g_assert_cmpint (seeds_chart_get_highlight (trend), ==, 1);

  g_object_unref (trend);
  g_object_unref (radar);
}

static void
test_accessible (void)
{
  g_autoptr(SeedsChartSeries) series = seeds_chart_series_new ();
  SeedsChart *chart = g_object_ref_sink (SEEDS_CHART (seeds_trend_chart_new ()));

  seeds_chart_series_append (series, "14 May 2026", NULL, 2.9, 0.7, 8);
  seeds_chart_series_append (series, "12 Nov 2026", NULL, 3.4, 0.6, 9);
  seeds_chart_set_series (chart, series);
  seeds_chart_set_title (chart, "3 Continuous attention to community building");

  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "3 Continuous attention to community building");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Mean per meeting: 14 May 2026 2.9, 12 Nov 2026 3.4");

  g_object_unref (chart);
}

static void
test_sizes (void)
{
  SeedsChart *trend = g_object_ref_sink (SEEDS_CHART (seeds_trend_chart_new ()));
  SeedsChart *radar = g_object_ref_sink (SEEDS_CHART (seeds_radar_chart_new ()));
  int minimum, natural;

  gtk_widget_measure (GTK_WIDGET (trend), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, ==, 320);
  g_assert_cmpint (natural, ==, 640);
  gtk_widget_measure (GTK_WIDGET (trend), GTK_ORIENTATION_VERTICAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, ==, 180);
  g_assert_cmpint (natural, ==, 260);

  gtk_widget_measure (GTK_WIDGET (radar), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, ==, 280);
  gtk_widget_measure (GTK_WIDGET (radar), GTK_ORIENTATION_VERTICAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, ==, 280);

  /* on a projector everything grows */
  seeds_chart_set_large (trend, TRUE);
  g_assert_true (seeds_chart_get_large (trend));
  gtk_widget_measure (GTK_WIDGET (trend), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, >, 320);

  g_object_unref (trend);
  g_object_unref (radar);
}

/* Both charts in every style, normal and large, with a highlighted point:
 * nothing may warn (warnings are fatal here), and the line takes the
 * style's accent colour. */
static void
render_styles (const char *style_name)
{
  g_autoptr(SeedsChartSeries) series = make_trend (12, 4);
  g_autoptr(SeedsChartSeries) now = make_factors (3.9, 0.8, 5);
  g_autoptr(SeedsChartSeries) then = make_factors (3.2, 0.7, -1);

  for (int large = 0; large <= 1; large++)
    {
      GtkWidget *trend = seeds_trend_chart_new ();
      GtkWidget *radar = seeds_radar_chart_new ();
      GtkWidget *window;
      g_autoptr(Image) image = NULL;
      g_autofree char *trend_name = g_strdup_printf ("trend%s-%s", large ? "-large" : "", style_name);
      g_autofree char *radar_name = g_strdup_printf ("radar%s-%s", large ? "-large" : "", style_name);
      SeedsChartFrame frame;
      GdkRGBA accent;
      const SeedsChartPoint *point;
      float x, y;

      seeds_chart_set_large (SEEDS_CHART (trend), large);
      seeds_trend_chart_set_series (SEEDS_TREND_CHART (trend), series);
      seeds_chart_set_highlight (SEEDS_CHART (trend), 9);
      window = show_chart (trend, large ? 1200 : 688, large ? 520 : 308);
      image = capture (window, trend_name);

      seeds_chart_get_frame (SEEDS_CHART (trend), &frame);
      accent = theme_color (trend, "accent_color");
      point = seeds_chart_series_get_point (series, 1);
      x = seeds_chart_frame_index_to_x (&frame, 1);
      y = seeds_chart_frame_value_to_y (&frame, point->mean);
      g_assert_true (column_has_color (image, trend, x, y - 1, y + 1, &accent));
      destroy_window (window);
      g_clear_pointer (&image, image_free);

      seeds_chart_set_large (SEEDS_CHART (radar), large);
      seeds_radar_chart_set_now (SEEDS_RADAR_CHART (radar), now, "12 Nov 2026");
      seeds_radar_chart_set_then (SEEDS_RADAR_CHART (radar), then, "14 May 2026");
      seeds_chart_set_highlight (SEEDS_CHART (radar), 2);
      window = show_chart (radar, large ? 820 : 488, large ? 860 : 528);
      image = capture (window, radar_name);
      destroy_window (window);
    }
}

/* No points, one point, a lone point between gaps, a radar of two axes:
 * drawn without a warning, and the lone meeting still has its marker. */
static void
test_edge_cases (void)
{
  g_autoptr(SeedsChartSeries) none = seeds_chart_series_new ();
  g_autoptr(SeedsChartSeries) one = seeds_chart_series_new ();
  g_autoptr(SeedsChartSeries) lone = seeds_chart_series_new ();
  g_autoptr(SeedsChartSeries) two = seeds_chart_series_new ();
  GtkWidget *trend = seeds_trend_chart_new ();
  GtkWidget *radar = seeds_radar_chart_new ();
  GtkWidget *window;
  g_autoptr(Image) image = NULL;
  SeedsChartFrame frame;
  GdkRGBA accent;
  float x, y;

  seeds_chart_series_append (one, "14 May 2026", NULL, 3.6, 0.8, 7);
  seeds_chart_series_append (lone, "14 May 2026", NULL, 3.1, 0.8, 7);
  seeds_chart_series_append_empty (lone, "13 Aug 2026", NULL);
  seeds_chart_series_append (lone, "12 Nov 2026", NULL, 4.2, 0.5, 6);
  seeds_chart_series_append_empty (lone, "11 Feb 2027", NULL);
  seeds_chart_series_append (two, "1", NULL, 3.6, 0.8, 7);
  seeds_chart_series_append (two, "2", NULL, 2.6, 0.8, 7);

  window = show_chart (trend, 688, 308);
  seeds_trend_chart_set_series (SEEDS_TREND_CHART (trend), none);
  g_clear_pointer (&image, image_free);
  image = capture (window, NULL);
  seeds_trend_chart_set_series (SEEDS_TREND_CHART (trend), one);
  seeds_chart_set_highlight (SEEDS_CHART (trend), 0);
  g_clear_pointer (&image, image_free);
  image = capture (window, NULL);
  seeds_trend_chart_set_series (SEEDS_TREND_CHART (trend), lone);
  seeds_chart_set_highlight (SEEDS_CHART (trend), 1);
  g_clear_pointer (&image, image_free);
  image = capture (window, "trend-lone-light");

  seeds_chart_get_frame (SEEDS_CHART (trend), &frame);
  accent = theme_color (trend, "accent_color");
  x = seeds_chart_frame_index_to_x (&frame, 2);
  y = seeds_chart_frame_value_to_y (&frame, 4.2);
  g_assert_true (column_has_color (image, trend, x, y - 1, y + 1, &accent));
  destroy_window (window);

  window = show_chart (radar, 488, 528);
  seeds_radar_chart_set_now (SEEDS_RADAR_CHART (radar), none, NULL);
  g_clear_pointer (&image, image_free);
  image = capture (window, NULL);
  seeds_radar_chart_set_now (SEEDS_RADAR_CHART (radar), two, NULL);
  seeds_radar_chart_set_then (SEEDS_RADAR_CHART (radar), one, "14 May 2026");
  seeds_chart_set_highlight (SEEDS_CHART (radar), 1);
  g_clear_pointer (&image, image_free);
  image = capture (window, NULL);
  destroy_window (window);
}

/* At their smallest, with many meetings and long titles: nothing is cut. */
static void
test_smallest (void)
{
  g_autoptr(SeedsChartSeries) series = make_trend (40, 12);
  g_autoptr(SeedsChartSeries) now = make_factors (4.1, 0.6, -1);
  GtkWidget *trend = seeds_trend_chart_new ();
  GtkWidget *radar = seeds_radar_chart_new ();
  GtkWidget *window;
  g_autoptr(Image) image = NULL;
  SeedsChartFrame frame;

  seeds_trend_chart_set_series (SEEDS_TREND_CHART (trend), series);
  seeds_chart_set_highlight (SEEDS_CHART (trend), 39);
  window = show_chart (trend, 320 + 48, 180 + 48);
  image = capture (window, "trend-smallest-light");
  seeds_chart_get_frame (SEEDS_CHART (trend), &frame);
  g_assert_cmpfloat (frame.plot.size.width, >, 200);
  g_assert_cmpfloat (frame.plot.size.height, >, 100);
  destroy_window (window);
  g_clear_pointer (&image, image_free);

  seeds_radar_chart_set_now (SEEDS_RADAR_CHART (radar), now, "12 Nov 2026");
  seeds_chart_set_highlight (SEEDS_CHART (radar), 3);
  window = show_chart (radar, 280 + 48, 280 + 48);
  image = capture (window, "radar-smallest-light");
  seeds_chart_get_frame (SEEDS_CHART (radar), &frame);
  g_assert_cmpfloat (frame.radius, >, 80);
  destroy_window (window);
}

static void
test_light (void)
{
  render_styles ("light");
}

static void
test_dark (void)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  iterate (50);
  g_assert_true (adw_style_manager_get_dark (manager));
  render_styles ("dark");
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
  iterate (50);
}

int
main (int   argc,
      char *argv[])
{
  /* GTK's test backend keeps what the charts tell screen readers, without
   * the session bus that the real one needs. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (),
                "gtk-enable-animations", FALSE,
                NULL);

  g_test_add_func ("/charts/geometry/value-to-y", test_value_to_y);
  g_test_add_func ("/charts/geometry/nearest-index", test_nearest_index);
  g_test_add_func ("/charts/geometry/label-stride", test_label_stride);
  g_test_add_func ("/charts/geometry/radar-points", test_radar_points);
  g_test_add_func ("/charts/series", test_series);
  g_test_add_func ("/charts/describe/trend", test_describe_trend);
  g_test_add_func ("/charts/describe/radar", test_describe_radar);
  g_test_add_func ("/charts/keyboard", test_keyboard);
  g_test_add_func ("/charts/accessible", test_accessible);
  g_test_add_func ("/charts/sizes", test_sizes);
  g_test_add_func ("/charts/trend/render", test_trend_render);
  g_test_add_func ("/charts/trend/many-meetings", test_trend_many_meetings);
  g_test_add_func ("/charts/radar/render", test_radar_render);
  g_test_add_func ("/charts/edge-cases", test_edge_cases);
  g_test_add_func ("/charts/smallest", test_smallest);
  g_test_add_func ("/charts/styles/light", test_light);
  g_test_add_func ("/charts/styles/dark", test_dark);

  return g_test_run ();
}
