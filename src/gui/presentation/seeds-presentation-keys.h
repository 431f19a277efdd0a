/* seeds-presentation-keys.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void seeds_presentation_keys_install (GtkWidgetClass *widget_class);

G_END_DECLS
