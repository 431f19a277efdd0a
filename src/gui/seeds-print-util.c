/* seeds-print-util.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "exchange/seeds-file-name.h"
#include "print/seeds-factor-site.h"
#include "seeds-print-util.h"
#include "seeds-window.h"

/**
 * seeds_print_languages_new:
 *
 * The languages a document can be printed in, each by its own name
 * ("Nederlands"), in the order of seeds_factor_site_get_languages(): a
 * member may take a print back to an organisation that does not share the
 * app's language.
 *
 * Returns: (transfer full): a #GtkStringList
 */
GListModel *
seeds_print_languages_new (void)
{
  const char * const *languages = seeds_factor_site_get_languages ();
  GtkStringList *names = gtk_string_list_new (NULL);

  for (guint i = 0; languages[i] != NULL; i++)
    gtk_string_list_append (names, seeds_factor_site_get_autonym (languages[i]));

  return G_LIST_MODEL (names);
}

/**
 * seeds_print_languages_get:
 * @position: a position in seeds_print_languages_new()
 *
 * Returns: (nullable): the code of the language there, as "nl"; %NULL
 *   past the end
 */
const char *
seeds_print_languages_get (guint position)
{
  const char * const *languages = seeds_factor_site_get_languages ();

  g_return_val_if_fail (position < g_strv_length ((char **)languages), NULL);

  return languages[position];
}

/**
 * seeds_print_languages_find:
 * @language: (nullable): a language code, as "nl"; %NULL for the app's
 *
 * Returns: the position of @language in seeds_print_languages_new(), or of
 *   the app's language when it is %NULL or cannot be printed in
 */
guint
seeds_print_languages_find (const char *language)
{
  const char * const *languages = seeds_factor_site_get_languages ();

  if (!seeds_factor_site_has_language (language))
    language = seeds_factor_site_get_default_language ();

  for (guint i = 0; languages[i] != NULL; i++)
    if (g_str_equal (languages[i], language))
      return i;

  g_return_val_if_reached (0);
}

/**
 * seeds_print_operation_set_name:
 * @name: what the document is, as a meeting's title
 *
 * Names the print job @name, and the file "Print to File" suggests after
 * it, without the characters that file systems mind.
 */
void
seeds_print_operation_set_name (GtkPrintOperation *operation,
                                const char        *name)
{
  GtkPrintSettings *current;
  g_autoptr(GtkPrintSettings) settings = NULL;
  g_autofree char *file_name = NULL;

  g_return_if_fail (GTK_IS_PRINT_OPERATION (operation));
  g_return_if_fail (name != NULL);

  current = gtk_print_operation_get_print_settings (operation);
  settings = current != NULL ? gtk_print_settings_copy (current) : gtk_print_settings_new ();
  file_name = seeds_file_name_for (name, "");
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME, file_name);
  gtk_print_operation_set_print_settings (operation, settings);
  gtk_print_operation_set_job_name (operation, name);
}
