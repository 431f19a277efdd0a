/* seeds-live-command.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <stdio.h>

#include <glib-unix.h>
#include <glib/gi18n-lib.h>

#include "live/seeds-live-command.h"
#include "live/seeds-live-network.h"
#include "live/seeds-live-round.h"

/* Runs a round until Ctrl+C or SIGTERM: the address with its token goes
 * to stdout as one line, at once, so that a script can read it; what the
 * facilitator reads besides, the short address, the count and problems,
 * goes to stderr. */

static const GOptionEntry option_entries[] = {
  { "live-round", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Run a live round of the meeting with this ID without the window: members score it in "
       "their browser at the address it prints, until Ctrl+C"), N_("MEETING-ID") },
  { "port", 0, 0, G_OPTION_ARG_INT, NULL,
    N_("The port of the live round (by default any free one)"), N_("PORT") },
  { "bind", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The address of this computer to serve the live round on (by default the one on the "
       "network of the default route)"), N_("ADDRESS") },
  { "allow-anonymous", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Let members answer the live round without their name"), NULL },
  { NULL }
};

/* Options that run on their own, which a round does not go with */
static const char * const other_commands[] = {
  "import", "export-csv", "export-json", "export-profile", "community", "share-contact",
  "share-scores", "export-poster", "export-factor-site", "paper", "landscape", "poster-url",
  NULL
};

const GOptionEntry *
seeds_live_command_get_option_entries (void)
{
  return option_entries;
}

/* Whether @options ask for a live round, or give one of its options */
gboolean
seeds_live_command_is_wanted (GVariantDict *options)
{
  for (guint i = 0; option_entries[i].long_name != NULL; i++)
    if (g_variant_dict_contains (options, option_entries[i].long_name))
      return TRUE;

  return FALSE;
}

typedef struct
{
  GMainLoop      *loop;
  SeedsLiveRound *round;
} Command;

static gboolean
on_signal (gpointer user_data)
{
  Command *command = user_data;

  g_main_loop_quit (command->loop);
  return G_SOURCE_CONTINUE;
}

static void
on_n_answered (SeedsLiveRound *round,
               GParamSpec     *pspec,
               Command        *command)
{
  guint n = seeds_live_round_get_n_answered (round);

  g_printerr (g_dngettext (GETTEXT_PACKAGE, "%u member has answered.\n",
                           "%u members have answered.\n", n), n);
}

static void
on_problem (SeedsLiveRound *round,
            const GError   *error,
            Command        *command)
{
  g_printerr ("%s\n", error->message);
}

static const char *
check_options (GVariantDict *options,
               const char   *meeting_id,
               const char   *language,
               int           port)
{
  for (guint i = 0; other_commands[i] != NULL; i++)
    if (g_variant_dict_contains (options, other_commands[i]))
      return _("--live-round runs on its own, without --import, exports or the poster.");

  if (meeting_id == NULL)
    return _("--port, --bind and --allow-anonymous go with --live-round MEETING-ID.");

  if (language != NULL && !g_str_equal (language, "nl") && !g_str_equal (language, "en"))
    return _("A live round is in Dutch or English: use --language nl or --language en.");

  if (port < 0 || port > G_MAXUINT16)
    return _("Choose a port from 1 to 65535, or 0 for any free one.");

  return NULL;
}

/* The address to serve on: the one asked for, or the default network's */
static char *
choose_address (const char  *bind,
                GError     **error)
{
  g_autoptr(GPtrArray) networks = NULL;
  SeedsLiveNetwork *network;

  if (bind != NULL)
    return g_strdup (bind);

  networks = seeds_live_network_list (error);
  if (networks == NULL || !(network = seeds_live_network_get_default (networks, error)))
    return NULL;

  return g_strdup (network->address);
}

static int
serve (SeedsLiveRound *round)
{
  Command command = { g_main_loop_new (NULL, FALSE), round };
  guint sigint = g_unix_signal_add (SIGINT, on_signal, &command);
  guint sigterm = g_unix_signal_add (SIGTERM, on_signal, &command);

  g_signal_connect (round, "notify::n-answered", G_CALLBACK (on_n_answered), &command);
  g_signal_connect (round, "problem", G_CALLBACK (on_problem), &command);

  g_print ("%s\n", seeds_live_round_get_url (round));
  fflush (stdout);
  g_printerr (_("Members can also type %s. The round runs until Ctrl+C.\n"),
              seeds_live_round_get_short_url (round));

  g_main_loop_run (command.loop);

  g_signal_handlers_disconnect_by_data (round, &command);
  g_source_remove (sigint);
  g_source_remove (sigterm);
  g_main_loop_unref (command.loop);
  seeds_live_round_stop (round);
  g_printerr (_("The round has ended.\n"));

  return 0;
}

/**
 * seeds_live_command_run:
 * @options: the command line's options
 * @database_path: (nullable): --database, or %NULL for the default
 *
 * Runs --live-round until SIGINT or SIGTERM.
 *
 * Returns: the exit status: 0 when the round ran and ended, 1 when it
 *   could not start
 */
int
seeds_live_command_run (GVariantDict *options,
                        const char   *database_path)
{
  g_autoptr(SeedsFramework) framework = NULL;
  g_autoptr(SeedsStore) store = NULL;
  g_autoptr(SeedsSession) session = NULL;
  g_autoptr(SeedsLiveRound) round = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *meeting_id = NULL;
  g_autofree char *language = NULL;
  g_autofree char *bind = NULL;
  g_autofree char *address = NULL;
  const char *problem;
  int port = 0;
  int status;

  g_variant_dict_lookup (options, "live-round", "s", &meeting_id);
  g_variant_dict_lookup (options, "language", "s", &language);
  g_variant_dict_lookup (options, "bind", "s", &bind);
  g_variant_dict_lookup (options, "port", "i", &port);

  problem = check_options (options, meeting_id, language, port);
  if (problem != NULL)
    {
      g_printerr ("%s\n", problem);
      return 1;
    }

  if (!(address = choose_address (bind, &error)) ||
      !(store = seeds_store_open (database_path, &error)))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  framework = seeds_framework_new_default (NULL);
  session = seeds_session_new (store, framework);
  round = seeds_live_round_new (session, meeting_id);
  seeds_live_round_set_language (round, language);
  seeds_live_round_set_allow_anonymous (round, g_variant_dict_contains (options, "allow-anonymous"));

  if (!seeds_live_round_start (round, address, (guint) port, &error))
    {
      g_printerr ("%s\n", error->message);
      status = 1;
    }
  else
    status = serve (round);

  seeds_session_close (session);
  return status;
}
