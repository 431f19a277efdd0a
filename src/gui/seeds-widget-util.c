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
 * seeds_widget_name_mnemonic_buttons:
 * @root: a widget, such as a window after gtk_widget_init_template()
 *
 * Gives every button under @root whose label has a mnemonic that label,
 * without the underscore, as its name for screen readers: GTK 4.8 names
 * such a button with its label twice, once with the underscore.
 */
void
seeds_widget_name_mnemonic_buttons (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_BUTTON (root) && gtk_button_get_use_underline (GTK_BUTTON (root)) &&
      gtk_button_get_label (GTK_BUTTON (root)) != NULL)
    {
      g_autofree char *name = seeds_widget_strip_mnemonic (gtk_button_get_label (GTK_BUTTON (root)));

      gtk_accessible_update_property (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    seeds_widget_name_mnemonic_buttons (child);
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


/**
 * seeds_widget_wrapped_label_new:
 * @css_class: (nullable): a style class for the label
 *
 * A label that starts at the left and wraps, even inside a word when it
 * must, so that a long word never makes its container wider.
 */
GtkWidget *
seeds_widget_wrapped_label_new (const char *text,
                                const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}
