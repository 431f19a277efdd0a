/* seeds-resources.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The data bundled with the model library (src/core/seeds-core.gresource.xml):
 * registered once, by whichever reader needs it first. */
void seeds_resources_ensure_registered (void);

G_END_DECLS
