/* seeds-widget-util.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void  seeds_widget_remove_children       (GtkWidget  *parent);
void  seeds_widget_show_error            (GtkWidget    *widget,
                                          const GError *error);
char *seeds_widget_strip_mnemonic        (const char *label);
void  seeds_widget_name_mnemonic_buttons (GtkWidget  *root);
GtkWidget *seeds_widget_wrapped_label_new (const char *text,
                                           const char *css_class);

G_END_DECLS
