/* seeds-test-core-pch.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The headers every headless test parses, compiled once for all of them
 * (c_pch in tests/meson.build), as src/core/pch does for the library:
 * the sanitizer build of CI compiles every test from scratch. Each test
 * still includes what it uses itself. */

#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <pango/pangocairo.h>
#include <sqlite3.h>
