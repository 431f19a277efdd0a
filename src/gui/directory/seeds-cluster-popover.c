/* seeds-cluster-popover.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "directory/seeds-cluster-popover.h"
#include "seeds-widget-util.h"

/* The learning communities of a cluster on the map where the map zooms no
 * closer: a button per community, by name. Emits ::community-activated
 * with the one chosen, and closes. */
struct _SeedsClusterPopover
{
  GtkPopover         parent_instance;

  GtkBox            *box;
};

G_DEFINE_FINAL_TYPE (SeedsClusterPopover, seeds_cluster_popover, GTK_TYPE_POPOVER)

enum {
  COMMUNITY_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Pixels: the most the list takes before it scrolls */
#define MAX_HEIGHT 320

static void
seeds_cluster_popover_class_init (SeedsClusterPopoverClass *klass)
{
  signals[COMMUNITY_ACTIVATED] = g_signal_new ("community-activated",
                                               G_TYPE_FROM_CLASS (klass),
                                               G_SIGNAL_RUN_LAST,
                                               0, NULL, NULL, NULL,
                                               G_TYPE_NONE, 1, SEEDS_TYPE_COMMUNITY);
}

static void
seeds_cluster_popover_init (SeedsClusterPopover *self)
{
  GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());

  self->box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 0));
  gtk_scrolled_window_set_policy (scrolled, GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (scrolled, TRUE);
  gtk_scrolled_window_set_max_content_height (scrolled, MAX_HEIGHT);
  gtk_scrolled_window_set_child (scrolled, GTK_WIDGET (self->box));
  gtk_popover_set_child (GTK_POPOVER (self), GTK_WIDGET (scrolled));
}

GtkWidget *
seeds_cluster_popover_new (void)
{
  return g_object_new (SEEDS_TYPE_CLUSTER_POPOVER, NULL);
}

static void
on_clicked (GtkButton           *button,
            SeedsClusterPopover *self)
{
  SeedsCommunity *community = g_object_get_data (G_OBJECT (button), "community");

  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[COMMUNITY_ACTIVATED], 0, community);
}

/**
 * seeds_cluster_popover_show:
 * @communities: (element-type SeedsCommunity): those to list, in order
 * @pointing_to: the cluster, in the popover's parent's pixels
 */
void
seeds_cluster_popover_show (SeedsClusterPopover *self,
                            GPtrArray           *communities,
                            const GdkRectangle  *pointing_to)
{
  g_return_if_fail (SEEDS_IS_CLUSTER_POPOVER (self));

  seeds_widget_remove_children (GTK_WIDGET (self->box));

  for (guint i = 0; i < communities->len; i++)
    {
      SeedsCommunity *community = g_ptr_array_index (communities, i);
      GtkWidget *button = gtk_button_new_with_label (seeds_community_get_name (community));

      gtk_label_set_xalign (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), 0);
      gtk_widget_add_css_class (button, "flat");
      g_object_set_data_full (G_OBJECT (button), "community", g_object_ref (community),
                              g_object_unref);
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_clicked), self, 0);
      gtk_box_append (self->box, button);
    }

  gtk_popover_set_pointing_to (GTK_POPOVER (self), pointing_to);
  gtk_popover_popup (GTK_POPOVER (self));
}
