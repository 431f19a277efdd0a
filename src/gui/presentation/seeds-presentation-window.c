/* seeds-presentation-window.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "presentation/seeds-presentation-window.h"

/* The projector's window: full screen, the presentation view and nothing
 * else. F11 leaves and enters full screen; Esc (in the view) closes it. */
struct _SeedsPresentationWindow
{
  AdwWindow              parent_instance;

  SeedsPresentationView *view;
  GSettings             *settings;
  const char            *size_class;
  int                    width;
};

G_DEFINE_FINAL_TYPE (SeedsPresentationWindow, seeds_presentation_window, ADW_TYPE_WINDOW)

static void
on_leave (SeedsPresentationView   *view,
          SeedsPresentationWindow *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_threshold_changed (GSettings               *settings,
                      const char              *key,
                      SeedsPresentationWindow *self)
{
  seeds_presentation_view_set_threshold (self->view, g_settings_get_int (settings, key));
}

static void
fullscreen_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  GtkWindow *window = GTK_WINDOW (widget);

  if (gtk_window_is_fullscreen (window))
    gtk_window_unfullscreen (window);
  else
    gtk_window_fullscreen (window);
}

/* The type follows the screen: "small" up to 1024 × 768, "large" from
 * 1920 × 1080, in between as it is (see style.css); so does the width of
 * the findings. Both change in an idle, as styles and sizes may not
 * change while the window is laid out. */
static gboolean
apply_size_class (gpointer user_data)
{
  SeedsPresentationWindow *self = user_data;

  gtk_widget_remove_css_class (GTK_WIDGET (self), "small");
  gtk_widget_remove_css_class (GTK_WIDGET (self), "large");
  if (self->size_class != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self), self->size_class);
  seeds_presentation_view_set_screen_width (self->view, self->width);
  return G_SOURCE_REMOVE;
}

static const char *
size_class_for (int width,
                int height)
{
  if (width < 1200 || height < 720)
    return "small";
  if (width >= 1700 && height >= 1000)
    return "large";
  return NULL;
}

static void
seeds_presentation_window_size_allocate (GtkWidget *widget,
                                         int        width,
                                         int        height,
                                         int        baseline)
{
  SeedsPresentationWindow *self = SEEDS_PRESENTATION_WINDOW (widget);
  const char *size_class = size_class_for (width, height);

  GTK_WIDGET_CLASS (seeds_presentation_window_parent_class)->size_allocate (widget, width, height, baseline);

  if (g_strcmp0 (size_class, self->size_class) != 0 || width != self->width)
    {
      self->size_class = size_class;
      self->width = width;
      g_idle_add_full (G_PRIORITY_HIGH_IDLE, apply_size_class, g_object_ref (self), g_object_unref);
    }
}

static void
seeds_presentation_window_dispose (GObject *object)
{
  SeedsPresentationWindow *self = (SeedsPresentationWindow *)object;

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (seeds_presentation_window_parent_class)->dispose (object);
}

static void
seeds_presentation_window_class_init (SeedsPresentationWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = seeds_presentation_window_dispose;
  widget_class->size_allocate = seeds_presentation_window_size_allocate;

  gtk_widget_class_install_action (widget_class, "presentation.fullscreen", NULL, fullscreen_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "presentation.fullscreen", NULL);
}

static void
seeds_presentation_window_init (SeedsPresentationWindow *self)
{
  self->view = g_object_new (SEEDS_TYPE_PRESENTATION_VIEW, NULL);
  adw_window_set_content (ADW_WINDOW (self), GTK_WIDGET (self->view));
  g_signal_connect (self->view, "leave", G_CALLBACK (on_leave), self);

  gtk_window_set_title (GTK_WINDOW (self), _("Presentation"));
  gtk_widget_add_css_class (GTK_WIDGET (self), "presentation-window");
}

/**
 * seeds_presentation_window_new:
 *
 * A full-screen window that presents @meeting, with the scores hidden
 * until the facilitator reveals them.
 */
SeedsPresentationWindow *
seeds_presentation_window_new (GtkWindow      *parent,
                               SeedsStore     *store,
                               SeedsFramework *framework,
                               SeedsMeeting   *meeting,
                               GSettings      *settings)
{
  SeedsPresentationWindow *self;

  g_return_val_if_fail (SEEDS_IS_STORE (store), NULL);
  g_return_val_if_fail (SEEDS_IS_MEETING (meeting), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  /* A window, for screen readers too (GTK 4.8 exposes a window made from
   * a template as a plain widget unless told when it is made) */
  self = g_object_new (SEEDS_TYPE_PRESENTATION_WINDOW,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_WINDOW,
                       "transient-for", parent,
                       "default-width", 1280,
                       "default-height", 800,
                       NULL);
  self->settings = g_object_ref (settings);
  g_signal_connect (settings, "changed::anonymity-threshold", G_CALLBACK (on_threshold_changed), self);

  seeds_presentation_view_set_threshold (self->view, g_settings_get_int (settings, "anonymity-threshold"));
  seeds_meeting_part_set_context (SEEDS_MEETING_PART (self->view), store, framework, meeting);
  gtk_window_fullscreen (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->view));

  return self;
}

SeedsPresentationView *
seeds_presentation_window_get_view (SeedsPresentationWindow *self)
{
  g_return_val_if_fail (SEEDS_IS_PRESENTATION_WINDOW (self), NULL);

  return self->view;
}
