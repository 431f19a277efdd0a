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

/**
 * seeds_widget_strip_mnemonic:
 * @label: a label with a mnemonic, such as "Open the _Directory"
 *
 * Returns: (transfer full): @label as it shows, "Open the Directory"; "__"
 *   stands for "_"
 */
char *
seeds_widget_strip_mnemonic (const char *label)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (label != NULL, NULL);

  for (const char *p = label; *p != '\0'; p++)
    {
      if (*p == '_')
        {
          if (p[1] != '_')
            continue;
          p++;
        }
      g_string_append_c (text, *p);
    }

  return g_string_free (text, FALSE);
}

/**
 * seeds_widget_show_error:
 * @widget: a widget in a window
 * @error: (nullable): why something was not saved
 *
 * Tells the user, through the "win.show-error" action of @widget's window:
 * a page needs not know the window it is in. The window shows it as a
 * toast; nothing was saved, and the views show what is stored.
 */
void
seeds_widget_show_error (GtkWidget    *widget,
                         const GError *error)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (error == NULL)
    return;

  g_message ("%s", error->message);
  gtk_widget_activate_action (widget, "win.show-error", "s", error->message);
}

