/* seeds-widget-util.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* For g_object_new() of a dialog made from AdwMessageDialog with a
 * template: GTK 4.8 exposes such a dialog to screen readers as a plain
 * widget, whatever its class says, unless told when it is made. */
#define SEEDS_DIALOG_ROLE "accessible-role", GTK_ACCESSIBLE_ROLE_DIALOG

void  seeds_widget_remove_children       (GtkWidget  *parent);
void  seeds_widget_show_error            (GtkWidget    *widget,
                                          const GError *error);
char *seeds_widget_strip_mnemonic        (const char *label);
void  seeds_widget_add_toast             (AdwToastOverlay *overlay,
                                          const char      *text);
void  seeds_widget_show_message          (GtkWindow  *parent,
                                          const char *heading,
                                          const char *body);
void  seeds_widget_class_bind_lazy_menu  (GtkWidgetClass *widget_class,
                                          const char     *button_id,
                                          const char     *menu_id);
void  seeds_widget_set_lazy_menu         (GtkWidget      *widget,
                                          GType           template_type,
                                          const char     *button_id,
                                          const char     *menu_id);

typedef void (*SeedsWidgetFunc) (GtkWidget *widget);

guint seeds_widget_after_first_frame     (GtkWidget       *widget,
                                          SeedsWidgetFunc  func);
void  seeds_widget_clear_tick            (GtkWidget       *widget,
                                          guint           *tick_id);
GtkWidget *seeds_widget_wrapped_label_new (const char *text,
                                           const char *css_class);

G_END_DECLS
