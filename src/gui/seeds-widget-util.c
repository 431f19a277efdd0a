/* seeds-widget-util.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

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


typedef struct
{
  SeedsWidgetFunc func;
  gint64          first_frame;  /* -1 until the first tick */
} AfterFirstFrame;

static gboolean
after_first_frame_tick (GtkWidget     *widget,
                        GdkFrameClock *clock,
                        gpointer       user_data)
{
  AfterFirstFrame *after = user_data;

  /* The first tick comes before the first frame is drawn. */
  if (after->first_frame < 0)
    after->first_frame = gdk_frame_clock_get_frame_counter (clock);
  if (gdk_frame_clock_get_frame_counter (clock) == after->first_frame)
    return G_SOURCE_CONTINUE;

  after->func (widget);

  return G_SOURCE_REMOVE;
}

static void
create_menu (GtkMenuButton *button,
             gpointer       user_data)
{
  GMenuModel *model = user_data;

  gtk_menu_button_set_menu_model (button, model);
  /* Frees @model last: the button holds it now */
  gtk_menu_button_set_create_popup_func (button, NULL, NULL, NULL);
}

/**
 * seeds_widget_class_bind_lazy_menu:
 * @widget_class: a class with a template
 * @button_id: the id of a menu button in the template, without a menu
 * @menu_id: the id of its menu in the template
 *
 * Lets seeds_widget_set_lazy_menu() find the two in each instance.
 */
void
seeds_widget_class_bind_lazy_menu (GtkWidgetClass *widget_class,
                                   const char     *button_id,
                                   const char     *menu_id)
{
  gtk_widget_class_bind_template_child_full (widget_class, button_id, FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, menu_id, FALSE, 0);
}

/**
 * seeds_widget_set_lazy_menu:
 * @widget: a widget whose template is initialized
 * @template_type: the class of @widget whose template it is
 * @button_id: as given to seeds_widget_class_bind_lazy_menu()
 * @menu_id: as given to seeds_widget_class_bind_lazy_menu()
 *
 * Gives the menu button its menu when it first opens, by click or by F10.
 * A GtkPopoverMenu is made, styled and measured with its button otherwise:
 * for a main menu, a hundred widgets at start-up for a menu that may never
 * open.
 */
void
seeds_widget_set_lazy_menu (GtkWidget  *widget,
                            GType       template_type,
                            const char *button_id,
                            const char *menu_id)
{
  GObject *button = gtk_widget_get_template_child (widget, template_type, button_id);
  GObject *model = gtk_widget_get_template_child (widget, template_type, menu_id);

  g_return_if_fail (GTK_IS_MENU_BUTTON (button));
  g_return_if_fail (G_IS_MENU_MODEL (model));

  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), create_menu,
                                         g_object_ref (model), g_object_unref);
}

/**
 * seeds_widget_after_first_frame:
 * @widget: a widget
 * @func: what to do
 *
 * Calls @func on @widget in the frame after the first one @widget is
 * drawn in, for work that would only make the first frame of a window
 * come later: what it does shows a frame later. The tick callback is
 * removed after that call; @func should forget the id it was given.
 *
 * Returns: the id of the tick callback, for
 *   gtk_widget_remove_tick_callback() if it is no longer needed before
 */
guint
seeds_widget_after_first_frame (GtkWidget       *widget,
                                SeedsWidgetFunc  func)
{
  AfterFirstFrame *after;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), 0);
  g_return_val_if_fail (func != NULL, 0);

  after = g_new (AfterFirstFrame, 1);
  after->func = func;
  after->first_frame = -1;

  return gtk_widget_add_tick_callback (widget, after_first_frame_tick, after, g_free);
}

/**
 * seeds_widget_clear_tick:
 * @widget: the widget of the tick callback
 * @tick_id: (inout): its id, or 0 for none
 *
 * Removes the tick callback *@tick_id, if any, and sets it to 0: the work
 * it would have done a frame later is done now, or no longer needed.
 */
void
seeds_widget_clear_tick (GtkWidget *widget,
                         guint     *tick_id)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (tick_id != NULL);

  if (*tick_id != 0)
    gtk_widget_remove_tick_callback (widget, *tick_id);
  *tick_id = 0;
}

/**
 * seeds_widget_add_toast:
 * @overlay: the window's toast overlay
 * @text: plain text: what was done, or why it could not be
 *
 * Says @text in a toast. A toast's title is markup, and @text may hold a
 * name or a file name: it is escaped.
 */
void
seeds_widget_add_toast (AdwToastOverlay *overlay,
                        const char      *text)
{
  g_autofree char *escaped = NULL;

  g_return_if_fail (ADW_IS_TOAST_OVERLAY (overlay));
  g_return_if_fail (text != NULL);

  escaped = g_markup_escape_text (text, -1);
  adw_toast_overlay_add_toast (overlay, adw_toast_new (escaped));
}

/**
 * seeds_widget_show_message:
 * @parent: the window it is about
 * @heading: what happened
 * @body: plain text: why, and what the user can do
 *
 * Says something that needs more than a toast, with a Close button.
 */
void
seeds_widget_show_message (GtkWindow  *parent,
                           const char *heading,
                           const char *body)
{
  GtkWidget *dialog;

  g_return_if_fail (GTK_IS_WINDOW (parent));

  dialog = adw_message_dialog_new (parent, heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
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
