/* seeds-accessible-names.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void seeds_accessible_names_install (void);
void seeds_accessible_set_name      (GtkWidget  *widget,
                                     const char *name);

G_END_DECLS
