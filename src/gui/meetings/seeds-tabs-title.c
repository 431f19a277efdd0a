/* seeds-tabs-title.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "seeds-tabs-title.h"

/* The header's title: the meeting's tabs where they fit, else its title
 * and date, and the bar at the window's foot offers the tabs
 * (notify::title-visible says when).
 *
 * AdwViewSwitcherTitle does the same, but libadwaita 1.2's makes two
 * switchers: one with a tab's icon beside its name for a wide window, and
 * one with the icon above it for a narrower one. Six tabs make a hundred
 * widgets for each, and a window styles, measures and draws them all
 * before its first frame: a sixth of its widgets. Here there is one
 * switcher, the one that fits a laptop's window, with the icon above the
 * name as in the bar at the foot; where even it doesn't fit, the bar
 * takes over. */

struct _SeedsTabsTitle
{
  GtkWidget        parent_instance;

  AdwSqueezer     *squeezer;
  AdwViewSwitcher *switcher;
  AdwWindowTitle  *title;
};

G_DEFINE_FINAL_TYPE (SeedsTabsTitle, seeds_tabs_title, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TITLE_VISIBLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_visible_child_changed (SeedsTabsTitle *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE_VISIBLE]);
}

static void
seeds_tabs_title_dispose (GObject *object)
{
  SeedsTabsTitle *self = SEEDS_TABS_TITLE (object);

  if (self->squeezer != NULL)
    g_signal_handlers_disconnect_by_func (self->squeezer, on_visible_child_changed, self);
  g_clear_pointer ((GtkWidget **) &self->squeezer, gtk_widget_unparent);

  G_OBJECT_CLASS (seeds_tabs_title_parent_class)->dispose (object);
}

static void
seeds_tabs_title_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SeedsTabsTitle *self = SEEDS_TABS_TITLE (object);

  switch (prop_id)
    {
    case PROP_TITLE_VISIBLE:
      g_value_set_boolean (value, seeds_tabs_title_get_title_visible (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
seeds_tabs_title_class_init (SeedsTabsTitleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = seeds_tabs_title_dispose;
  object_class->get_property = seeds_tabs_title_get_property;

  properties[PROP_TITLE_VISIBLE] =
    g_param_spec_boolean ("title-visible", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
seeds_tabs_title_init (SeedsTabsTitle *self)
{
  self->squeezer = ADW_SQUEEZER (adw_squeezer_new ());
  adw_squeezer_set_transition_type (self->squeezer, ADW_SQUEEZER_TRANSITION_TYPE_CROSSFADE);
  /* Tabs squeezed below their natural width run into each other */
  adw_squeezer_set_switch_threshold_policy (self->squeezer, ADW_FOLD_THRESHOLD_POLICY_NATURAL);
  self->switcher = ADW_VIEW_SWITCHER (adw_view_switcher_new ());
  adw_view_switcher_set_policy (self->switcher, ADW_VIEW_SWITCHER_POLICY_NARROW);
  self->title = ADW_WINDOW_TITLE (adw_window_title_new (NULL, NULL));
  adw_squeezer_add (self->squeezer, GTK_WIDGET (self->switcher));
  adw_squeezer_add (self->squeezer, GTK_WIDGET (self->title));
  gtk_widget_set_parent (GTK_WIDGET (self->squeezer), GTK_WIDGET (self));
  g_signal_connect_swapped (self->squeezer, "notify::visible-child",
                            G_CALLBACK (on_visible_child_changed), self);
}

void
seeds_tabs_title_set_stack (SeedsTabsTitle *self,
                            AdwViewStack   *stack)
{
  g_return_if_fail (SEEDS_IS_TABS_TITLE (self));

  adw_view_switcher_set_stack (self->switcher, stack);
}

void
seeds_tabs_title_set_title (SeedsTabsTitle *self,
                            const char     *title,
                            const char     *subtitle)
{
  g_return_if_fail (SEEDS_IS_TABS_TITLE (self));

  adw_window_title_set_title (self->title, title);
  adw_window_title_set_subtitle (self->title, subtitle);
}

/* Without tabs, the title shows at any width. */
void
seeds_tabs_title_set_tabs_enabled (SeedsTabsTitle *self,
                                   gboolean        enabled)
{
  g_return_if_fail (SEEDS_IS_TABS_TITLE (self));

  adw_squeezer_page_set_enabled (adw_squeezer_get_page (self->squeezer, GTK_WIDGET (self->switcher)),
                                 enabled);
}

gboolean
seeds_tabs_title_get_tabs_enabled (SeedsTabsTitle *self)
{
  g_return_val_if_fail (SEEDS_IS_TABS_TITLE (self), FALSE);

  return adw_squeezer_page_get_enabled (adw_squeezer_get_page (self->squeezer,
                                                               GTK_WIDGET (self->switcher)));
}

gboolean
seeds_tabs_title_get_title_visible (SeedsTabsTitle *self)
{
  g_return_val_if_fail (SEEDS_IS_TABS_TITLE (self), FALSE);

  return adw_squeezer_get_visible_child (self->squeezer) == GTK_WIDGET (self->title);
}
