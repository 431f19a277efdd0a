/* seeds-html.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The one way text from the framework, the database or a member goes
 * into a live round's pages: as text, in an element or in a quoted
 * attribute value, never as markup. */

void  seeds_html_append_text (GString    *html,
                              const char *text);
char *seeds_html_escape      (const char *text);

G_END_DECLS
