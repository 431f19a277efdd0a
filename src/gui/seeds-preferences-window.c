/* seeds-preferences-window.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "print/seeds-factor-site.h"
#include "seeds-preferences-window.h"

/* The few choices a facilitator makes once: how many scores a shared
 * screen needs before it shows them, whether the map may fetch tiles from
 * the internet, and where the poster's QR codes link to. Every row is
 * bound to GSettings. */
struct _SeedsPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  GtkSpinButton        *threshold_spin;
  GtkSwitch            *online_tiles_switch;
  AdwEntryRow          *poster_url_row;
};

G_DEFINE_FINAL_TYPE (SeedsPreferencesWindow, seeds_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The address typed for the factor pages, without the spaces around it;
 * NULL with @error set when it is not one. Empty is fine: the codes hold
 * the explanation itself. */
static char *
poster_url (SeedsPreferencesWindow  *self,
            GError                 **error)
{
  g_autofree char *url = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->poster_url_row))));

  if (*url != '\0' && !seeds_factor_site_check_base_url (url, error))
    return NULL;

  return g_steal_pointer (&url);
}

/* Says at once when the address cannot be used. */
static void
on_poster_url_changed (GtkEditable            *editable,
                       SeedsPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *url = poster_url (self, &error);

  if (url != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (editable), "error");

  gtk_widget_set_tooltip_text (GTK_WIDGET (editable), error != NULL ? error->message : NULL);
}

/* Stores the address only when it can be used. */
static void
on_poster_url_apply (AdwEntryRow            *row,
                     SeedsPreferencesWindow *self)
{
  g_autofree char *url = poster_url (self, NULL);

  if (url != NULL)
    g_settings_set_string (self->settings, "poster-base-url", url);
}

static void
seeds_preferences_window_dispose (GObject *object)
{
  SeedsPreferencesWindow *self = SEEDS_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (seeds_preferences_window_parent_class)->dispose (object);
}

static void
seeds_preferences_window_class_init (SeedsPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = seeds_preferences_window_dispose;

  /* A modal window over the main window: a screen reader says "dialog" */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_DIALOG);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/seeds-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SeedsPreferencesWindow, threshold_spin);
  gtk_widget_class_bind_template_child (widget_class, SeedsPreferencesWindow, online_tiles_switch);
  gtk_widget_class_bind_template_child (widget_class, SeedsPreferencesWindow, poster_url_row);
  gtk_widget_class_bind_template_callback (widget_class, on_poster_url_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_poster_url_apply);
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
  g_autofree char *url = NULL;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (SEEDS_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       NULL);
  self->settings = g_object_ref (settings);
  g_settings_bind (settings, "anonymity-threshold",
                   gtk_spin_button_get_adjustment (self->threshold_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "online-map-tiles", self->online_tiles_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);

  /* Saved when applied, with Enter or the row's button; shown before
   * that button, which would offer to apply what is stored already. */
  url = g_settings_get_string (settings, "poster-base-url");
  gtk_editable_set_text (GTK_EDITABLE (self->poster_url_row), url);
  adw_entry_row_set_show_apply_button (self->poster_url_row, TRUE);

  return self;
}
