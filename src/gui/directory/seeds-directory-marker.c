/* seeds-directory-marker.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "directory/seeds-directory-marker.h"

/* A learning community on the map: a round button at its location, named
 * for screen readers and in its tooltip. A sample looks different from a
 * real community, so that it is never taken for one. Emits "activate"
 * when clicked. */
struct _SeedsDirectoryMarker
{
  ShumateMarker   parent_instance;

  SeedsCommunity *community;
  GtkButton      *button;
};

G_DEFINE_FINAL_TYPE (SeedsDirectoryMarker, seeds_directory_marker, SHUMATE_TYPE_MARKER)

enum {
  ACTIVATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_clicked (SeedsDirectoryMarker *self)
{
  g_signal_emit (self, signals[ACTIVATE], 0);
}

static void
seeds_directory_marker_dispose (GObject *object)
{
  SeedsDirectoryMarker *self = SEEDS_DIRECTORY_MARKER (object);

  g_clear_object (&self->community);

  G_OBJECT_CLASS (seeds_directory_marker_parent_class)->dispose (object);
}

static void
seeds_directory_marker_class_init (SeedsDirectoryMarkerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = seeds_directory_marker_dispose;

  signals[ACTIVATE] = g_signal_new ("activate",
                                    G_TYPE_FROM_CLASS (klass),
                                    G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 0);
}

static void
seeds_directory_marker_init (SeedsDirectoryMarker *self)
{
  self->button = GTK_BUTTON (gtk_button_new_from_icon_name ("mark-location-symbolic"));
  gtk_widget_add_css_class (GTK_WIDGET (self->button), "seeds-directory-marker");
  gtk_widget_add_css_class (GTK_WIDGET (self->button), "circular");
  g_signal_connect_swapped (self->button, "clicked", G_CALLBACK (on_clicked), self);
  shumate_marker_set_child (SHUMATE_MARKER (self), GTK_WIDGET (self->button));
}

SeedsDirectoryMarker *
seeds_directory_marker_new (SeedsCommunity *community)
{
  SeedsDirectoryMarker *self;
  const SeedsCommunityProfile *profile;
  g_autofree char *label = NULL;

  g_return_val_if_fail (SEEDS_IS_COMMUNITY (community), NULL);

  profile = seeds_community_get_profile (community);
  self = g_object_new (SEEDS_TYPE_DIRECTORY_MARKER, NULL);
  self->community = g_object_ref (community);
  shumate_location_set_location (SHUMATE_LOCATION (self), profile->latitude, profile->longitude);

  if (seeds_community_get_origin (community) == SEEDS_COMMUNITY_SAMPLE)
    {
      /* Translators: a marker on the map, for a fictional community */
      label = g_strdup_printf (_("%s, fictional sample"), seeds_community_get_name (community));
      gtk_widget_add_css_class (GTK_WIDGET (self->button), "sample");
    }
  else
    {
      label = g_strdup (seeds_community_get_name (community));
      if (seeds_community_is_own (community))
        gtk_widget_add_css_class (GTK_WIDGET (self->button), "own");
    }

  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);

  return self;
}

SeedsCommunity *
seeds_directory_marker_get_community (SeedsDirectoryMarker *self)
{
  g_return_val_if_fail (SEEDS_IS_DIRECTORY_MARKER (self), NULL);

  return self->community;
}

GtkButton *
seeds_directory_marker_get_button (SeedsDirectoryMarker *self)
{
  g_return_val_if_fail (SEEDS_IS_DIRECTORY_MARKER (self), NULL);

  return self->button;
}

/* The marker of the community whose card is open stands out. */
void
seeds_directory_marker_set_current (SeedsDirectoryMarker *self,
                                    gboolean              current)
{
  g_return_if_fail (SEEDS_IS_DIRECTORY_MARKER (self));

  if (current)
    gtk_widget_add_css_class (GTK_WIDGET (self->button), "current");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->button), "current");
}
