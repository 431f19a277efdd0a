/* seeds-language.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SEEDS_LANGUAGE_ERROR (seeds_language_error_quark ())

typedef enum
{
  SEEDS_LANGUAGE_ERROR_INVALID,      /* not a language code such as "nl" or "nl_BE" */
  SEEDS_LANGUAGE_ERROR_UNSUPPORTED,  /* this system cannot switch to it */
} SeedsLanguageError;

/* Switching the language of gettext lookups for a moment, so that a report
 * or a poster can be made in Dutch from an English session:
 *
 *   g_autoptr(SeedsLanguageScope) scope = seeds_language_push ("nl", &error);
 *
 *   if (scope == NULL)
 *     return FALSE;
 *   title = g_strdup (_("Next Steps"));  // "Vervolgstappen"
 *   // the previous language is back when scope goes out of scope
 *
 * It sets the LANGUAGE environment variable and makes glibc forget the
 * translations it has cached. Its limits:
 *
 * - gettext ignores LANGUAGE in the "C" (or "POSIX") locale. Any other
 *   LC_MESSAGES locale works, C.UTF-8 included; in the "C" locale a push to
 *   a language other than English switches LC_MESSAGES to C.UTF-8 for the
 *   moment, and fails with SEEDS_LANGUAGE_ERROR_UNSUPPORTED where that
 *   locale does not exist.
 * - GLib's g_dgettext() decides once, at its first lookup, whether to
 *   translate at all, and in a session whose own language has no catalogue
 *   (C.UTF-8 without LANGUAGE, or a language the app is not translated
 *   into) it decides never to. Call seeds_language_init() before the first
 *   lookup of the process, before textdomain(), so that it always does.
 * - The environment and the locale belong to the whole process: push and pop
 *   only from the main thread, and only while no other thread looks up
 *   translations or reads the environment. Pop in the reverse order of push.
 */
typedef struct _SeedsLanguageScope SeedsLanguageScope;

GQuark              seeds_language_error_quark (void);
void                seeds_language_init        (void);
gboolean            seeds_language_is_valid    (const char         *language);
gboolean            seeds_language_check       (const char         *language,
                                                GError            **error);
SeedsLanguageScope *seeds_language_push        (const char         *language,
                                                GError            **error);
void                seeds_language_pop         (SeedsLanguageScope *scope);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SeedsLanguageScope, seeds_language_pop)

G_END_DECLS
