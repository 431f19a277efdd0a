/* seeds-core-pch.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The headers nearly every file of the model library parses, compiled
 * once for the library (c_pch in src/core/meson.build): they are most of
 * what the compiler reads, and the sanitizer build of CI compiles every
 * file from scratch. Each file still includes what it uses itself. */

#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <pango/pangocairo.h>
#include <sqlite3.h>
