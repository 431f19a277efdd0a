/* seeds-preferences-window.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "seeds-preferences-window.h"

/* The few choices a facilitator makes once: how many scores a shared
 * screen needs before it shows them. Every row is bound to GSettings. */
struct _SeedsPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GtkSpinButton        *threshold_spin;
};

G_DEFINE_FINAL_TYPE (SeedsPreferencesWindow, seeds_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
seeds_preferences_window_class_init (SeedsPreferencesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/seeds-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SeedsPreferencesWindow, threshold_spin);
}

static void
seeds_preferences_window_init (SeedsPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

SeedsPreferencesWindow *
seeds_preferences_window_new (GtkWindow *parent,
                              GSettings *settings)
{
  SeedsPreferencesWindow *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (SEEDS_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       NULL);
  g_settings_bind (settings, "anonymity-threshold",
                   gtk_spin_button_get_adjustment (self->threshold_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);

  return self;
}
