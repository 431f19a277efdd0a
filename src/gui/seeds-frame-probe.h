/* seeds-frame-probe.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void seeds_frame_probe_watch (GtkWindow *window);

G_END_DECLS
