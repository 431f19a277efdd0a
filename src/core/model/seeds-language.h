/* seeds-language.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Language codes, as a poster or a report is asked for in one: "nl" or
 * "nl_BE". The texts in a language come from seeds-catalog.h. */

#define SEEDS_LANGUAGE_ERROR (seeds_language_error_quark ())

typedef enum
{
  SEEDS_LANGUAGE_ERROR_INVALID,      /* not a language code such as "nl" or "nl_BE" */
  SEEDS_LANGUAGE_ERROR_UNSUPPORTED,  /* a language the document does not come in */
} SeedsLanguageError;

GQuark   seeds_language_error_quark (void);
gboolean seeds_language_is_valid    (const char  *language);
gboolean seeds_language_check       (const char  *language,
                                     GError     **error);

G_END_DECLS
