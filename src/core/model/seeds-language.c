/* seeds-language.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <libintl.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "model/seeds-language.h"

/* glibc (and GNU libintl) cache the translations they looked up; bumping
 * this counter is the documented way to drop that cache after changing
 * LANGUAGE. */
extern int _nl_msg_cat_cntr;

/* The empty msgid looks up a catalogue's header: whether there is one. Not
 * written out where it is used, where xgettext would take it for a string
 * to translate. */
static const char header[] = "";

struct _SeedsLanguageScope
{
  gboolean  changed;
  char     *language;     /* LANGUAGE before the push, NULL when it was unset */
  char     *lc_messages;  /* LC_MESSAGES to restore, NULL when it was kept */
};

G_DEFINE_QUARK (seeds-language-error-quark, seeds_language_error)

/**
 * seeds_language_init:
 *
 * Makes GLib's translation lookups follow a language switch: call it once,
 * from main() before anything is translated. See seeds-language.h.
 */
void
seeds_language_init (void)
{
  g_autofree char *domain = g_strdup (textdomain (NULL));

  /* g_dgettext() only refuses to translate when the program has set a text
   * domain of its own that has no catalogue in the session's language; with
   * the default domain for its first lookup it decides to translate, for
   * good. */
  textdomain ("messages");
  g_dgettext (GETTEXT_PACKAGE, header);
  textdomain (domain);
}

/**
 * seeds_language_is_valid:
 * @language: (nullable): a language code
 *
 * Returns: whether @language is a language code that gettext understands:
 *   two or three lower case letters ("nl"), optionally with an underscore
 *   and a two-letter country code ("nl_BE")
 */
gboolean
seeds_language_is_valid (const char *language)
{
  gsize letters = 0;

  if (language == NULL)
    return FALSE;

  while (g_ascii_islower (language[letters]))
    letters++;

  if (letters < 2 || letters > 3)
    return FALSE;
  if (language[letters] == '\0')
    return TRUE;

  return language[letters] == '_' &&
         g_ascii_isupper (language[letters + 1]) &&
         g_ascii_isupper (language[letters + 2]) &&
         language[letters + 3] == '\0';
}

/**
 * seeds_language_check:
 * @language: a language code
 * @error: return location for a #GError
 *
 * Returns: whether @language is a language code, as
 *   seeds_language_is_valid(); %FALSE with @error set
 *   (SEEDS_LANGUAGE_ERROR_INVALID) when it is not
 */
gboolean
seeds_language_check (const char  *language,
                      GError     **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (seeds_language_is_valid (language))
    return TRUE;

  g_set_error (error, SEEDS_LANGUAGE_ERROR, SEEDS_LANGUAGE_ERROR_INVALID,
               _("“%s” is not a language code such as “nl” or “nl_BE”."),
               language != NULL ? language : "");
  return FALSE;
}

static gboolean
is_english (const char *language)
{
  return g_str_equal (language, "en") || g_str_has_prefix (language, "en_");
}

static gboolean
is_c_locale (const char *locale)
{
  return locale == NULL || g_str_equal (locale, "C") || g_str_equal (locale, "POSIX");
}

/**
 * seeds_language_push:
 * @language: (nullable): a language code such as "nl" or "nl_BE", or %NULL
 *   to keep the current language
 * @error: return location for a #GError
 *
 * Switches gettext to @language until seeds_language_pop(). Translations
 * that are missing in @language fall back to English, as always.
 *
 * Returns: (transfer full): what seeds_language_pop() needs to switch back,
 *   or %NULL with @error set when @language is not a language code or this
 *   system cannot switch to it
 */
SeedsLanguageScope *
seeds_language_push (const char  *language,
                     GError     **error)
{
  g_autoptr(SeedsLanguageScope) scope = g_new0 (SeedsLanguageScope, 1);
  const char *lc_messages;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (language == NULL)
    return g_steal_pointer (&scope);

  if (!seeds_language_check (language, error))
    return NULL;

  /* English is the text in the code: it needs no catalogue and no locale. */
  lc_messages = setlocale (LC_MESSAGES, NULL);
  if (!is_english (language) && is_c_locale (lc_messages))
    {
      scope->lc_messages = g_strdup (lc_messages != NULL ? lc_messages : "C");
      if (setlocale (LC_MESSAGES, "C.UTF-8") == NULL)
        {
          g_clear_pointer (&scope->lc_messages, g_free);
          g_set_error (error, SEEDS_LANGUAGE_ERROR, SEEDS_LANGUAGE_ERROR_UNSUPPORTED,
                       _("Texts cannot be translated on this computer: it has no locale "
                         "other than “C”."));
          return NULL;
        }
    }

  scope->changed = TRUE;
  scope->language = g_strdup (g_getenv ("LANGUAGE"));
  g_setenv ("LANGUAGE", language, TRUE);
  ++_nl_msg_cat_cntr;

  /* A catalogue that gettext finds but GLib won't use: a mixed-language
   * report would follow, so say why. */
  if (!is_english (language) &&
      *dgettext (GETTEXT_PACKAGE, header) != '\0' &&
      *g_dgettext (GETTEXT_PACKAGE, header) == '\0')
    g_warning ("GLib does not translate in this session: call seeds_language_init() at start-up");

  return g_steal_pointer (&scope);
}

/**
 * seeds_language_pop:
 * @scope: (transfer full): what seeds_language_push() returned
 *
 * Switches gettext back to the language before the push.
 */
void
seeds_language_pop (SeedsLanguageScope *scope)
{
  if (scope == NULL)
    return;

  if (scope->changed)
    {
      if (scope->language != NULL)
        g_setenv ("LANGUAGE", scope->language, TRUE);
      else
        g_unsetenv ("LANGUAGE");

      if (scope->lc_messages != NULL)
        setlocale (LC_MESSAGES, scope->lc_messages);

      ++_nl_msg_cat_cntr;
    }

  g_free (scope->language);
  g_free (scope->lc_messages);
  g_free (scope);
}
