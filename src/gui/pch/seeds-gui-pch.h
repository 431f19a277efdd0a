/* seeds-gui-pch.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* GTK's and libadwaita's headers, compiled once for the widgets' library
 * (c_pch in src/gui/meson.build): they are four fifths of what the
 * compiler reads for each of its files, and the sanitizer build of CI
 * compiles every file from scratch. Each file still includes what it
 * uses itself. */

#include <adwaita.h>
#include <gtk/gtk.h>
