/* seeds-test-gui-pch.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* GTK's and libadwaita's headers, compiled once for all the window tests
 * (c_pch in tests/meson.build), as src/gui/pch does for the widgets: they
 * are four fifths of what the compiler reads for each test. Each test
 * still includes what it uses itself. */

#include <adwaita.h>
#include <gtk/gtk.h>
