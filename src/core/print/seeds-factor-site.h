/* seeds-factor-site.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The explanation of every factor as a small static web site, for a
 * community to put on its own web server: when the poster's QR codes link
 * there, a phone shows the whole explanation. One folder per language, each
 * with an index and a page per factor:
 *
 *   index.html            the choice of language
 *   en/index.html         the factors in their groups
 *   en/factor-1.html      a factor: definition, key findings, tips
 *   …
 *   nl/factor-12.html
 *
 * The pages need nothing else: the style is in each page, there are no
 * scripts, images or fonts, and links between them are relative, so the
 * folder can go anywhere. */

const char * const *seeds_factor_site_get_languages        (void);
const char         *seeds_factor_site_get_default_language (void);
gboolean            seeds_factor_site_has_language         (const char  *language);
const char         *seeds_factor_site_get_autonym          (const char  *language);
gboolean            seeds_factor_site_check_base_url       (const char  *base_url,
                                                            GError     **error);
char               *seeds_factor_site_get_url              (const char  *base_url,
                                                            const char  *language,
                                                            guint        number);
gboolean            seeds_factor_site_export               (GFile       *folder,
                                                            const char  *framework_id,
                                                            const char  *base_url,
                                                            GError     **error);

G_END_DECLS
