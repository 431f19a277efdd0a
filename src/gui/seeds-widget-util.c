/* seeds-widget-util.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "seeds-widget-util.h"

/**
 * seeds_widget_remove_children:
 * @parent: a box, a list box, or a widget of our own (with a layout manager)
 *
 * Removes every child: lists that are filled again when the data changes,
 * and, in dispose, the children a template made (gtk_widget_dispose_template()
 * in GTK 4.8 leaves those without an id behind).
 */
void
seeds_widget_remove_children (GtkWidget *parent)
{
  GtkWidget *child;

  g_return_if_fail (GTK_IS_WIDGET (parent));

  while ((child = gtk_widget_get_first_child (parent)) != NULL)
    {
      if (GTK_IS_LIST_BOX (parent))
        gtk_list_box_remove (GTK_LIST_BOX (parent), child);
      else if (GTK_IS_BOX (parent))
        gtk_box_remove (GTK_BOX (parent), child);
      else
        gtk_widget_unparent (child);
    }
}
