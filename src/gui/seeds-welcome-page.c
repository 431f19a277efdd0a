/* seeds-welcome-page.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "seeds-welcome-page.h"
#include "seeds-widget-util.h"

/* What the main window shows before there is a learning community: a
 * welcome and the button to create the first one. The window makes it
 * when it first shows it, as most starts never do. */

struct _SeedsWelcomePage
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (SeedsWelcomePage, seeds_welcome_page, GTK_TYPE_WIDGET)

static void
seeds_welcome_page_dispose (GObject *object)
{
  seeds_widget_remove_children (GTK_WIDGET (object));

  G_OBJECT_CLASS (seeds_welcome_page_parent_class)->dispose (object);
}

static void
seeds_welcome_page_class_init (SeedsWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = seeds_welcome_page_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/seeds-welcome-page.ui");
  seeds_widget_class_bind_lazy_menu (widget_class, "menu_button", "welcome_menu");
}

static void
seeds_welcome_page_init (SeedsWelcomePage *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  gtk_widget_init_template (GTK_WIDGET (self));
  seeds_widget_set_lazy_menu (GTK_WIDGET (self), SEEDS_TYPE_WELCOME_PAGE, "menu_button", "welcome_menu");
}

GtkWidget *
seeds_welcome_page_new (void)
{
  return g_object_new (SEEDS_TYPE_WELCOME_PAGE, NULL);
}
