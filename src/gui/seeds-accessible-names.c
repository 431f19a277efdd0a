/* seeds-accessible-names.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "seeds-accessible-names.h"
#include "seeds-widget-util.h"

/* One clean name for every control, whoever made it. GTK 4.8 names an
 * element by its label property followed by the text of what labels it:
 * a button gets its label text as the property, underscore and all, and
 * its label child as what labels it, so a screen reader says "_Add Add";
 * a control whose row labels it and that was given a name says it twice.
 * Here a button's name is its label as shown, said once, set whenever a
 * button is shown or its label changes; and seeds_accessible_set_name()
 * gives any other control one name, or a button one that says more than
 * its label. */

#define NAMED_KEY "seeds-accessible-named"
#define OWN_NAME_KEY "seeds-accessible-own-name"

static void
set_name (GtkWidget  *widget,
          const char *name)
{
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/**
 * seeds_accessible_set_name:
 * @widget: a control
 * @name: what a screen reader should say for it
 *
 * Names @widget with @name alone, whatever else labels it, and keeps it:
 * a button named here is no longer named by its label when it is shown.
 */
void
seeds_accessible_set_name (GtkWidget  *widget,
                           const char *name)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (name != NULL);

  g_object_set_data (G_OBJECT (widget), OWN_NAME_KEY, GINT_TO_POINTER (TRUE));
  set_name (widget, name);
}

static const char *
button_label (GtkWidget *widget,
              gboolean  *use_underline)
{
  if (GTK_IS_BUTTON (widget))
    {
      *use_underline = gtk_button_get_use_underline (GTK_BUTTON (widget));
      return gtk_button_get_label (GTK_BUTTON (widget));
    }

  if (GTK_IS_CHECK_BUTTON (widget))
    {
      *use_underline = gtk_check_button_get_use_underline (GTK_CHECK_BUTTON (widget));
      return gtk_check_button_get_label (GTK_CHECK_BUTTON (widget));
    }

  return NULL;
}

/* The one label inside a button made of an icon and a label (as
 * AdwButtonContent and AdwMessageDialog's buttons are), or NULL */
static GtkLabel *
only_label (GtkWidget *widget,
            guint     *n_labels)
{
  GtkLabel *found = NULL;

  if (GTK_IS_LABEL (widget))
    {
      (*n_labels)++;
      return GTK_LABEL (widget);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *label = only_label (child, n_labels);

      if (label != NULL)
        found = label;
    }

  return *n_labels == 1 ? found : NULL;
}

static void
name_button (GtkWidget *widget)
{
  gboolean use_underline = FALSE;
  const char *label = button_label (widget, &use_underline);
  g_autofree char *name = NULL;
  guint n_labels = 0;
  GtkLabel *child;

  if (g_object_get_data (G_OBJECT (widget), OWN_NAME_KEY) != NULL)
    return;

  if (label != NULL && *label != '\0')
    name = use_underline ? seeds_widget_strip_mnemonic (label) : g_strdup (label);
  else if ((child = only_label (widget, &n_labels)) != NULL && *gtk_label_get_text (child) != '\0')
    name = g_strdup (gtk_label_get_text (child));

  /* A button of an icon alone, or of more than one text, is named where
   * it is made */
  if (name != NULL)
    set_name (widget, name);
}

static void
on_label_changed (GtkWidget  *widget,
                  GParamSpec *pspec)
{
  name_button (widget);
}

/* A drop-down's button has no text of its own that GTK 4.8 names it by:
 * it is named as its drop-down is, by the label that has the drop-down as
 * its mnemonic widget, or else by the drop-down's tooltip. */
static void
name_drop_down_button (GtkWidget   *button,
                       GtkDropDown *drop_down)
{
  GList *labels = gtk_widget_list_mnemonic_labels (GTK_WIDGET (drop_down));
  g_autofree char *name = NULL;

  if (labels != NULL && GTK_IS_LABEL (labels->data))
    name = g_strdup (gtk_label_get_text (labels->data));
  else
    name = g_strdup (gtk_widget_get_tooltip_text (GTK_WIDGET (drop_down)));
  g_list_free (labels);

  if (name != NULL && *name != '\0')
    set_name (button, name);
}

/* An item of a list view (GtkListItemWidget, which has no public type)
 * shows a label, but GTK 4.8 does not name the item by it: one that holds
 * one label is named by its text, also when the item shows another. */
static void
on_item_label_changed (GtkLabel   *label,
                       GParamSpec *pspec,
                       GtkWidget  *item)
{
  set_name (item, gtk_label_get_text (label));
}

static void
name_list_item (GtkWidget *item)
{
  guint n_labels = 0;
  GtkLabel *label = only_label (item, &n_labels);

  if (label == NULL || g_object_get_data (G_OBJECT (item), NAMED_KEY) != NULL)
    return;

  g_object_set_data (G_OBJECT (item), NAMED_KEY, GINT_TO_POINTER (TRUE));
  on_item_label_changed (label, NULL, item);
  g_signal_connect_object (label, "notify::label", G_CALLBACK (on_item_label_changed), item, 0);
}

static gboolean
on_map (GSignalInvocationHint *hint,
        guint                  n_param_values,
        const GValue          *param_values,
        gpointer               user_data)
{
  GtkWidget *widget = g_value_get_object (&param_values[0]);
  GtkWidget *parent = gtk_widget_get_parent (widget);

  if (g_str_equal (G_OBJECT_TYPE_NAME (widget), "GtkListItemWidget"))
    name_list_item (widget);
  if (GTK_IS_TOGGLE_BUTTON (widget) && GTK_IS_DROP_DOWN (parent))
    {
      name_drop_down_button (widget, GTK_DROP_DOWN (parent));
      return TRUE;
    }
  if (!GTK_IS_BUTTON (widget) && !GTK_IS_CHECK_BUTTON (widget))
    return TRUE;

  name_button (widget);
  if (g_object_get_data (G_OBJECT (widget), NAMED_KEY) == NULL)
    {
      g_object_set_data (G_OBJECT (widget), NAMED_KEY, GINT_TO_POINTER (TRUE));
      g_signal_connect (widget, "notify::label", G_CALLBACK (on_label_changed), NULL);
      g_signal_connect (widget, "notify::use-underline", G_CALLBACK (on_label_changed), NULL);
    }

  return TRUE;
}

/* libadwaita 1.2's message dialog and GTK's shortcuts window are exposed
 * as plain windows; a screen reader should know a dialog for one. Set on
 * the classes before any subclass or instance is made, so that the app's
 * own dialogs, made from AdwMessageDialog, are dialogs as well. */
static void
make_dialogs_dialogs (void)
{
  GType types[] = { ADW_TYPE_MESSAGE_DIALOG, GTK_TYPE_SHORTCUTS_WINDOW };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      GtkWidgetClass *klass = g_type_class_ref (types[i]);

      gtk_widget_class_set_accessible_role (klass, GTK_ACCESSIBLE_ROLE_DIALOG);
      g_type_class_unref (klass);
    }
}

/**
 * seeds_accessible_names_install:
 *
 * Names every button of the process as it is shown, from then on, and
 * makes dialogs dialogs; once, before the first window.
 */
void
seeds_accessible_names_install (void)
{
  static gsize installed = 0;

  if (g_once_init_enter (&installed))
    {
      /* The signal exists once the class does */
      g_type_class_unref (g_type_class_ref (GTK_TYPE_WIDGET));
      g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0, on_map, NULL, NULL);
      make_dialogs_dialogs ();
      g_once_init_leave (&installed, 1);
    }
}
