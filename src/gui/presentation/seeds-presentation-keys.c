/* seeds-presentation-keys.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "presentation/seeds-presentation-keys.h"

static void
add_key (GtkWidgetClass  *widget_class,
         guint            keyval,
         GdkModifierType  modifiers,
         const char      *action,
         int              step)
{
  if (step != 0)
    gtk_widget_class_add_binding_action (widget_class, keyval, modifiers, action, "i", step);
  else
    gtk_widget_class_add_binding_action (widget_class, keyval, modifiers, action, NULL);
}

/* The keys of the presentation: arrows, Page Up/Down and space as a
 * clicker sends them, and the letters the footer names. */
void
seeds_presentation_keys_install (GtkWidgetClass *widget_class)
{
  add_key (widget_class, GDK_KEY_Right, 0, "presentation.move", 1);
  add_key (widget_class, GDK_KEY_Down, 0, "presentation.move", 1);
  add_key (widget_class, GDK_KEY_Page_Down, 0, "presentation.move", 1);
  add_key (widget_class, GDK_KEY_space, 0, "presentation.move", 1);
  add_key (widget_class, GDK_KEY_Left, 0, "presentation.move", -1);
  add_key (widget_class, GDK_KEY_Up, 0, "presentation.move", -1);
  add_key (widget_class, GDK_KEY_Page_Up, 0, "presentation.move", -1);
  add_key (widget_class, GDK_KEY_Home, 0, "presentation.move", -100);
  add_key (widget_class, GDK_KEY_End, 0, "presentation.move", 100);
  add_key (widget_class, GDK_KEY_Return, 0, "presentation.findings", 0);
  add_key (widget_class, GDK_KEY_KP_Enter, 0, "presentation.findings", 0);
  add_key (widget_class, GDK_KEY_r, 0, "presentation.reveal", 0);
  add_key (widget_class, GDK_KEY_t, 0, "presentation.timer", 0);
  add_key (widget_class, GDK_KEY_c, 0, "presentation.community", 0);
  add_key (widget_class, GDK_KEY_Escape, 0, "presentation.back", 0);
  add_key (widget_class, GDK_KEY_N, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "presentation.add-step", 0);
  add_key (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "presentation.add-step", 0);
  add_key (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "presentation.print", 0);
  add_key (widget_class, GDK_KEY_S, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "presentation.save-report", 0);
}
