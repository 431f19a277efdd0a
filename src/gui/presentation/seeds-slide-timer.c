/* seeds-slide-timer.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "presentation/seeds-slide-timer.h"

/* How long the group has talked about the factor on screen, for a
 * facilitator who wants to keep an eye on the time: off until asked for,
 * small, and counting per factor, so that coming back to a factor goes on
 * from where it was. */
struct _SeedsSlideTimer
{
  GtkWidget        parent_instance;

  GtkWidget       *box;
  GtkToggleButton *toggle;
  GtkLabel        *label;

  GArray          *elapsed;  /* gint64 µs, per factor position */
  guint            factor;   /* G_MAXUINT: no factor on screen */
  gint64           since;    /* when the running stretch began, or 0 */
  guint            tick_id;
};

G_DEFINE_FINAL_TYPE (SeedsSlideTimer, seeds_slide_timer, GTK_TYPE_WIDGET)

static gint64 *
elapsed_of (SeedsSlideTimer *self,
            guint            factor)
{
  if (factor >= self->elapsed->len)
    g_array_set_size (self->elapsed, factor + 1);
  return &g_array_index (self->elapsed, gint64, factor);
}

/* Adds the running stretch to the factor's time. */
static void
stop (SeedsSlideTimer *self)
{
  if (self->since != 0 && self->factor != G_MAXUINT)
    *elapsed_of (self, self->factor) += g_get_monotonic_time () - self->since;
  self->since = 0;
  g_clear_handle_id (&self->tick_id, g_source_remove);
}

static void
show_time (SeedsSlideTimer *self)
{
  gint64 seconds = seeds_slide_timer_get_elapsed (self, self->factor) / G_USEC_PER_SEC;
  g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT ":%02d", seconds / 60, (int)(seconds % 60));

  gtk_label_set_text (self->label, text);
}

static gboolean
on_tick (gpointer user_data)
{
  show_time (user_data);
  return G_SOURCE_CONTINUE;
}

static void
start (SeedsSlideTimer *self)
{
  gboolean runs = gtk_toggle_button_get_active (self->toggle) && self->factor != G_MAXUINT;

  gtk_widget_set_visible (GTK_WIDGET (self->label), runs);
  if (!runs)
    return;

  self->since = g_get_monotonic_time ();
  self->tick_id = g_timeout_add_seconds (1, on_tick, self);
  show_time (self);
}

static void
on_toggled (GtkToggleButton *toggle,
            SeedsSlideTimer *self)
{
  stop (self);
  start (self);
}

static void
seeds_slide_timer_dispose (GObject *object)
{
  SeedsSlideTimer *self = (SeedsSlideTimer *)object;

  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->elapsed, g_array_unref);

  G_OBJECT_CLASS (seeds_slide_timer_parent_class)->dispose (object);
}

static void
seeds_slide_timer_class_init (SeedsSlideTimerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = seeds_slide_timer_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "slidetimer");
}

static void
seeds_slide_timer_init (SeedsSlideTimer *self)
{
  self->factor = G_MAXUINT;
  self->elapsed = g_array_new (FALSE, TRUE, sizeof (gint64));

  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->toggle = GTK_TOGGLE_BUTTON (gtk_toggle_button_new ());
  gtk_button_set_icon_name (GTK_BUTTON (self->toggle), "alarm-symbolic");
  gtk_widget_set_focus_on_click (GTK_WIDGET (self->toggle), FALSE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->toggle), _("Time per Factor (T)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Time per Factor"), -1);
  gtk_widget_add_css_class (GTK_WIDGET (self->toggle), "flat");
  g_signal_connect (self->toggle, "toggled", G_CALLBACK (on_toggled), self);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->toggle));

  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->label), "numeric");
  gtk_widget_add_css_class (GTK_WIDGET (self->label), "dim-label");
  gtk_widget_set_visible (GTK_WIDGET (self->label), FALSE);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->label));
}

/* @factor: the position of the factor on screen, or G_MAXUINT */
void
seeds_slide_timer_set_factor (SeedsSlideTimer *self,
                              guint            factor)
{
  g_return_if_fail (SEEDS_IS_SLIDE_TIMER (self));

  if (factor == self->factor)
    return;

  stop (self);
  self->factor = factor;
  start (self);
}

void
seeds_slide_timer_toggle (SeedsSlideTimer *self)
{
  g_return_if_fail (SEEDS_IS_SLIDE_TIMER (self));

  gtk_toggle_button_set_active (self->toggle, !gtk_toggle_button_get_active (self->toggle));
}

gboolean
seeds_slide_timer_get_active (SeedsSlideTimer *self)
{
  g_return_val_if_fail (SEEDS_IS_SLIDE_TIMER (self), FALSE);

  return gtk_toggle_button_get_active (self->toggle);
}

/* The time spent on @factor so far, in µs. */
gint64
seeds_slide_timer_get_elapsed (SeedsSlideTimer *self,
                               guint            factor)
{
  gint64 elapsed;

  g_return_val_if_fail (SEEDS_IS_SLIDE_TIMER (self), 0);

  if (factor == G_MAXUINT)
    return 0;

  elapsed = *elapsed_of (self, factor);
  if (factor == self->factor && self->since != 0)
    elapsed += g_get_monotonic_time () - self->since;
  return elapsed;
}
