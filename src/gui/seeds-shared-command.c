/* seeds-shared-command.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "session/seeds-session.h"
#include "seeds-command-line.h"
#include "seeds-shared-command.h"

/* Shared directories from the command line: adding one, refreshing the
 * directory from them, publishing a community's profile into one. For a
 * script that a region runs, and for the tests over WebDAV. GVfs opens
 * dav://, davs:// and smb:// and asks for passwords itself; none is ever
 * given here. */

static const GOptionEntry option_entries[] = {
  { "add-shared-directory", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Add the folder at URI (a path, or smb://, dav:// or davs://) to the shared directories, "
       "then quit"), N_("URI") },
  { "refresh-shared-directories", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Read the profiles in every shared directory into the directory, then quit"), NULL },
  { "publish-profile", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Publish the profile of the learning community given with --community into the shared "
       "directory at URI, then quit"), N_("URI") },
  { NULL }
};

const GOptionEntry *
seeds_shared_command_get_option_entries (void)
{
  return option_entries;
}

gboolean
seeds_shared_command_is_wanted (GVariantDict *options)
{
  for (guint i = 0; option_entries[i].long_name != NULL; i++)
    if (g_variant_dict_contains (options, option_entries[i].long_name))
      return TRUE;

  return FALSE;
}

/* Prints what a refresh did: the counts on stdout, each folder that could
 * not be read, file refused and conflict on stderr. */
static gboolean
print_report (SeedsSharedReport *report)
{
  g_autofree char *text = seeds_shared_report_describe (report);
  char *problems = strchr (text, '\n');

  *problems++ = '\0';
  g_print ("%s\n", text);
  g_printerr ("%s", problems);

  return report->unreachable->len == 0 && report->refused->len == 0;
}

/* What the options ask, in their order: add, publish, refresh, so that
 * one run can add a folder, publish into it and read it back. */
static gboolean
run (SeedsSession       *session,
     const char         *add_uri,
     const char         *publish_uri,
     const char         *community_id,
     SeedsProfileShare   share,
     gboolean            refresh,
     GError            **error)
{
  g_autoptr(SeedsSharedReport) report = NULL;

  if (add_uri != NULL)
    {
      g_autoptr(GFile) folder = g_file_new_for_commandline_arg (add_uri);

      if (!seeds_session_add_shared_directory (session, folder, error))
        return FALSE;
    }

  if (publish_uri != NULL)
    {
      g_autoptr(GFile) folder = g_file_new_for_commandline_arg (publish_uri);
      g_autoptr(SeedsProfile) profile = NULL;

      profile = seeds_session_publish_profile (session, community_id, share, folder, error);
      if (profile == NULL)
        return FALSE;
    }

  if (!refresh)
    return TRUE;

  report = seeds_session_refresh_shared (session, error);

  return report != NULL && print_report (report);
}

/**
 * seeds_shared_command_run:
 * @options: the command line's options
 * @database_path: (nullable): the database of --database, or %NULL for
 *   the default one
 *
 * Returns: the exit status: 0 when everything was done, every folder
 *   read and every profile taken
 */
int
seeds_shared_command_run (GVariantDict *options,
                          const char   *database_path)
{
  g_autofree char *add_uri = NULL;
  g_autofree char *publish_uri = NULL;
  g_autofree char *community_id = NULL;
  g_autoptr(SeedsSession) session = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  g_variant_dict_lookup (options, "add-shared-directory", "s", &add_uri);
  g_variant_dict_lookup (options, "publish-profile", "s", &publish_uri);
  g_variant_dict_lookup (options, "community", "s", &community_id);

  if (publish_uri != NULL && community_id == NULL)
    {
      g_printerr ("%s\n", _("--publish-profile needs --community ID: the learning community "
                            "whose profile to publish."));
      return 1;
    }

  session = seeds_command_line_open_session (database_path);
  if (session == NULL)
    return 1;

  ok = run (session, add_uri, publish_uri, community_id, seeds_command_line_get_share (options),
            g_variant_dict_contains (options, "refresh-shared-directories"), &error);
  seeds_session_close (session);

  if (error != NULL)
    g_printerr ("%s\n", error->message);

  return ok ? 0 : 1;
}
