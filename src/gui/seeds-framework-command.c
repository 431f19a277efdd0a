/* seeds-framework-command.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "seeds-command-line.h"
#include "seeds-framework-command.h"

/* --export-framework ID[:EDITION] FILE: saves a framework of the database,
 * or a built-in one, as a .seedsframework file to share. Importing one is
 * --import, as for every other file. */

static const GOptionEntry option_entries[] = {
  { "export-framework", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Save the framework with this ID (and edition, after a colon; the first by default) in "
       "the FILE named after the options, then quit"), N_("ID[:EDITION]") },
  { NULL }
};

const GOptionEntry *
seeds_framework_command_get_option_entries (void)
{
  return option_entries;
}

gboolean
seeds_framework_command_is_wanted (GVariantDict *options)
{
  return g_variant_dict_contains (options, "export-framework");
}

/* "ID" or "ID:EDITION"; Returns: whether @spec is one */
static gboolean
parse_spec (const char  *spec,
            char       **id,
            guint       *edition)
{
  const char *colon = strchr (spec, ':');
  guint64 number = 1;

  if (colon != NULL &&
      !g_ascii_string_to_unsigned (colon + 1, 10, 1, 999999, &number, NULL))
    return FALSE;

  *id = colon != NULL ? g_strndup (spec, colon - spec) : g_strdup (spec);
  *edition = (guint) number;

  return **id != '\0';
}

int
seeds_framework_command_run (GVariantDict *options,
                             const char   *database_path)
{
  g_autofree const char **files = NULL;
  g_autofree char *spec = NULL;
  g_autofree char *id = NULL;
  g_autoptr(SeedsSession) session = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  guint edition = 1;
  gboolean ok;

  g_variant_dict_lookup (options, "export-framework", "s", &spec);
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);

  if (!parse_spec (spec, &id, &edition))
    {
      g_printerr (_("“%s” names no framework: write its ID, or ID:EDITION.\n"), spec);
      return 1;
    }

  if (files == NULL || files[0] == NULL || files[1] != NULL)
    {
      g_printerr ("%s\n", _("--export-framework needs the one file to save it in."));
      return 1;
    }

  session = seeds_command_line_open_session (database_path);
  if (session == NULL)
    return 1;

  file = g_file_new_for_commandline_arg (files[0]);
  ok = seeds_session_export_framework (session, id, edition, file, &error);
  if (!ok)
    g_printerr ("%s\n", error->message);
  seeds_session_close (session);

  return ok ? 0 : 1;
}
