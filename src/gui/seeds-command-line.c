/* seeds-command-line.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <stdio.h>

#include <glib/gi18n.h>

#include "live/seeds-live-command.h"
#include "print/seeds-factor-site.h"
#include "session/seeds-session.h"
#include "seeds-command-line.h"
#include "seeds-framework-command.h"
#include "seeds-shared-command.h"

/* What the app does from its command line without a window, before it
 * registers: importing into the database and exporting from it, the
 * poster and the factor pages; and handing the files it is asked to
 * open to the instance that shows them. All of it goes through a
 * session, waited for, as a window's work goes through its own. */

static const GOptionEntry option_entries[] = {
  { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Use the database in FILE instead of the default one"), N_("FILE") },
  { "import", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Import the invitations, score cards, learning community profiles and JSON exports of "
       "learning communities named after the options, then quit"), NULL },
  { "export-csv", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Save the scores as CSV in FILE (“-” for the standard output), then quit"), N_("FILE") },
  { "export-json", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Save everything about the learning communities as JSON in FILE (“-” for the standard "
       "output), then quit"), N_("FILE") },
  { "community", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The learning community with this ID: the only one that --export-csv and --export-json "
       "export, the one whose profile --export-profile saves"), N_("ID") },
  { "export-profile", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Save the profile of the learning community given with --community, to share with other "
       "communities, in FILE (“-” for the standard output), then quit"), N_("FILE") },
  { "share-contact", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Put the contact person, e-mail address, phone number and website in the profile"), NULL },
  { "share-scores", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Put the aggregated scores of the latest meeting in the profile: for each factor that at "
       "least three people scored, how many did, the mean and the spread"), NULL },
  { "export-poster", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Save the poster for scoring with stickers as a PDF in FILE, then quit"), N_("FILE") },
  { "paper", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The poster’s paper size: a4, a3, a2 (the default) or a1"), N_("SIZE") },
  { "landscape", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Lay the poster out in landscape"), NULL },
  { "language", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The poster’s language: en or nl (by default the user’s)"), N_("LANGUAGE") },
  { "framework", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The framework of the poster and the factor pages: greenport-2020 (the default) or "
       "students-teachers-2020, the students’ and teachers’ wording"), N_("ID") },
  { "poster-url", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Make the poster’s QR codes link to the factor pages under URL instead of holding "
       "their text (by default the preference; \"\" for none)"), N_("URL") },
  { "export-factor-site", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Save the factor pages that the poster’s QR codes can link to as a web site in FOLDER, "
       "then quit"), N_("FOLDER") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and quit"), NULL },
  /* Takes the files from the arguments, where GApplication would look for
   * files to open: see open_files(). */
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE…]") },
  { NULL }
};

/* Prints one line per file: what was imported to stdout, what was
 * refused (rejected, or a profile of one of your own communities) to
 * stderr, each after the file's name as it was given. */
static gboolean
import_files (SeedsSession       *session,
              const char * const *paths)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  gboolean all_imported = TRUE;

  for (guint i = 0; paths[i] != NULL; i++)
    g_ptr_array_add (files, g_file_new_for_commandline_arg (paths[i]));

  results = seeds_session_import_files (session, (GFile **) files->pdata, files->len, &error);
  if (results == NULL)
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }

  for (guint i = 0; i < results->len; i++)
    {
      const SeedsImportResult *result = g_ptr_array_index (results, i);
      g_autofree char *name = g_filename_display_name (paths[i]);

      if (seeds_import_result_is_refused (result))
        {
          g_printerr ("%s: %s\n", name, result->message);
          all_imported = FALSE;
        }
      else
        {
          g_print ("%s: %s\n", name, result->message);
        }
    }

  return all_imported;
}

/* The file an export goes to, or NULL for the standard output ("-") */
static GFile *
export_file (const char *path)
{
  return g_str_equal (path, "-") ? NULL : g_file_new_for_commandline_arg (path);
}

/* Whether the folder that each export goes into exists: one that does not
 * is told on stderr, in the words that --database uses, and no export
 * starts. An export makes its own file or folder, but never the folders
 * around it: a typo in a path should not leave a tree of folders behind. */
static gboolean
check_folders (const char * const *paths,
               guint               n_paths)
{
  for (guint i = 0; i < n_paths; i++)
    {
      g_autofree char *dir = NULL;
      g_autofree char *dir_name = NULL;
      g_autofree char *message = NULL;

      if (paths[i] == NULL || g_str_equal (paths[i], "-") || g_uri_peek_scheme (paths[i]) != NULL)
        continue;

      dir = g_path_get_dirname (paths[i]);
      if (g_file_test (dir, G_FILE_TEST_IS_DIR))
        continue;

      dir_name = g_filename_display_name (dir);
      message = g_strdup_printf (_("The folder “%s” does not exist."), dir_name);
      g_printerr ("%s\n", message);
      return FALSE;
    }

  return TRUE;
}

/* Writes an export to the standard output as it is, UTF-8 whatever the
 * terminal's character set. */
static gboolean
write_to_stdout (GBytes  *bytes,
                 GError **error)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  if (fwrite (data, 1, length, stdout) != length || fflush (stdout) != 0)
    {
      int errsv = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
                   _("The export cannot be written to the standard output: %s"), g_strerror (errsv));
      return FALSE;
    }

  return TRUE;
}

/* Ends an export that the session made into @bytes, and saved in @file
 * as a whole, or failed with @error: without a file, it goes to the
 * standard output. A failure is told on stderr. */
static gboolean
end_export (GBytes  *bytes,
            GFile   *file,
            GError **error)
{
  if (bytes == NULL || (file == NULL && !write_to_stdout (bytes, error)))
    {
      g_printerr ("%s\n", (*error)->message);
      g_clear_error (error);
      return FALSE;
    }

  return TRUE;
}

/* What --import and the exports of the database were asked to do */
typedef struct
{
  const char * const *files;
  gboolean            import;
  const char         *csv_path;
  const char         *json_path;
  const char         *profile_path;
  const char         *community_id;
  SeedsProfileShare   share;
} Command;

/* Returns: (nullable): why @command cannot run, for people, or NULL when
 * it can */
static const char *
check_command (const Command *command)
{
  guint n_to_stdout = (g_strcmp0 (command->csv_path, "-") == 0) +
                      (g_strcmp0 (command->json_path, "-") == 0) +
                      (g_strcmp0 (command->profile_path, "-") == 0);

  if (command->share != SEEDS_PROFILE_SHARE_NONE && command->profile_path == NULL)
    return _("--share-contact and --share-scores go with --export-profile.");

  if (command->profile_path != NULL && command->community_id == NULL)
    return _("--export-profile needs --community ID: the learning community whose profile "
             "to save.");

  if (command->community_id != NULL && command->csv_path == NULL &&
      command->json_path == NULL && command->profile_path == NULL)
    return _("--community goes with --export-csv, --export-json or --export-profile.");

  /* They would write to the standard output, one after the other. */
  if (n_to_stdout > 1)
    return _("Only one export can go to the standard output.");

  if (command->import != (command->files != NULL))
    return command->import ? _("Name the files to import after --import.")
                           : _("To import files, put --import before them.");

  return NULL;
}

/* Saves the profile that @command's community shares of itself; a
 * failure is told on stderr. Asked to share scores that no meeting has
 * enough of, it says so, but the profile is saved all the same. */
static gboolean
export_profile (SeedsSession  *session,
                const Command *command)
{
  g_autoptr(SeedsProfile) profile = NULL;
  g_autoptr(GFile) file = export_file (command->profile_path);
  g_autoptr(GError) error = NULL;

  profile = seeds_session_export_profile (session, command->community_id, command->share, file,
                                          &error);
  if (profile == NULL)
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }

  if (file == NULL)
    {
      g_autoptr(GBytes) bytes = seeds_profile_to_bytes (profile);

      if (!end_export (bytes, NULL, &error))
        return FALSE;
    }

  if ((command->share & SEEDS_PROFILE_SHARE_SCORES) != 0 &&
      seeds_profile_get_shared_results (profile) == NULL)
    g_printerr (_("No meeting of “%s” has a factor that at least three people scored, so the "
                  "profile holds no scores.\n"),
                seeds_profile_get_name (profile));

  return TRUE;
}

/* --import, --export-csv, --export-json and --export-profile do their work
 * here and quit, before the application registers: they need no display
 * and no D-Bus, and leave a running instance alone. */
static int
run_command (const char    *database_path,
             const Command *command)
{
  g_autoptr(SeedsSession) session = NULL;
  g_autoptr(GError) error = NULL;
  const char *problem = check_command (command);
  const char *paths[] = { command->csv_path, command->json_path, command->profile_path };
  gboolean ok = TRUE;

  if (problem != NULL)
    {
      g_printerr ("%s\n", problem);
      return 1;
    }

  if (!check_folders (paths, G_N_ELEMENTS (paths)))
    return 1;

  session = seeds_command_line_open_session (database_path);
  if (session == NULL)
    return 1;

  if (command->import)
    ok = import_files (session, command->files);

  if (command->csv_path != NULL)
    {
      g_autoptr(GFile) file = export_file (command->csv_path);
      g_autoptr(GBytes) csv = seeds_session_export_csv (session, command->community_id, file, &error);

      ok = end_export (csv, file, &error) && ok;
    }

  if (command->json_path != NULL)
    {
      g_autoptr(GFile) file = export_file (command->json_path);
      g_autoptr(GBytes) json = seeds_session_export_json (session, command->community_id, file,
                                                          &error);

      ok = end_export (json, file, &error) && ok;
    }

  if (command->profile_path != NULL)
    ok = export_profile (session, command) && ok;

  seeds_session_close (session);

  return ok ? 0 : 1;
}

/**
 * seeds_command_line_open_session:
 * @database_path: (nullable): the database of --database, or %NULL for
 *   the default one
 *
 * Returns: (transfer full) (nullable): a session with the database, or
 *   %NULL when it cannot be opened, which is told on stderr
 */
SeedsSession *
seeds_command_line_open_session (const char *database_path)
{
  g_autoptr(SeedsFramework) framework = NULL;
  g_autoptr(SeedsStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = seeds_store_open (database_path, &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return NULL;
    }

  framework = seeds_framework_new_default (NULL);
  return seeds_session_new (store, framework);
}

/* What --share-contact and --share-scores choose */
SeedsProfileShare
seeds_command_line_get_share (GVariantDict *options)
{
  SeedsProfileShare share = SEEDS_PROFILE_SHARE_NONE;

  if (g_variant_dict_contains (options, "share-contact"))
    share |= SEEDS_PROFILE_SHARE_CONTACT;
  if (g_variant_dict_contains (options, "share-scores"))
    share |= SEEDS_PROFILE_SHARE_SCORES;

  return share;
}

/* The options of the poster and the factor pages. */
static const char * const poster_options[] = {
  "export-poster", "export-factor-site", "paper", "landscape", "language", "framework", "poster-url",
  NULL
};

/* The address of the factor pages for the poster's codes: the option's,
 * or else the preference's. NULL for none. */
static char *
poster_base_url (GVariantDict *options)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  char *url = NULL;

  if (g_variant_dict_lookup (options, "poster-url", "s", &url))
    return url;

  /* Where the app is not installed there is no preference to read. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "poster-base-url"))
    return NULL;

  settings = g_settings_new_full (schema, NULL, NULL);
  return g_settings_get_string (settings, "poster-base-url");
}

/* Whether @framework_id is a built-in framework, which is all the poster
 * and the factor pages can be made of without a database; said on stderr
 * when not. */
static gboolean
check_builtin_framework (const char *framework_id)
{
  g_autofree char *ids = NULL;

  if (g_strv_contains (seeds_framework_get_builtin_ids (), framework_id))
    return TRUE;

  ids = g_strjoinv (", ", (char **) seeds_framework_get_builtin_ids ());
  /* Translators: the second %s is a list of ids, as "greenport-2020, students-teachers-2020" */
  g_printerr (_("There is no framework “%s”: choose one of %s.\n"), framework_id, ids);
  return FALSE;
}

/* Saves the poster through a session without a database, as a window
 * does through its own; a failure is told on stderr. */
static gboolean
export_poster (const char *path,
               const char *framework_id,
               const char *language,
               const char *base_url,
               SeedsPaper  paper,
               gboolean    landscape)
{
  g_autoptr(SeedsFramework) framework = seeds_framework_new_builtin (framework_id, NULL);
  g_autoptr(SeedsSession) session = NULL;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  gboolean saved;

  session = seeds_session_new (NULL, framework);
  saved = seeds_session_export_poster (session,
                                       language != NULL ? language : seeds_factor_site_get_default_language (),
                                       base_url, paper, landscape, file, &error);
  seeds_session_close (session);
  if (!saved)
    g_printerr ("%s\n", error->message);

  return saved;
}

/* --export-poster and --export-factor-site do their work here and quit, as
 * run_command() does, and need no database either. */
static int
run_poster_command (GVariantDict *options)
{
  g_autofree char *poster_path = NULL;
  g_autofree char *site_path = NULL;
  g_autofree char *paper_name = NULL;
  g_autofree char *language = NULL;
  g_autofree char *framework_id = NULL;
  g_autofree char *base_url = poster_base_url (options);
  g_autoptr(GError) error = NULL;
  gboolean landscape = g_variant_dict_contains (options, "landscape");
  SeedsPaper paper = SEEDS_PAPER_A2;

  g_variant_dict_lookup (options, "export-poster", "^ay", &poster_path);
  g_variant_dict_lookup (options, "export-factor-site", "^ay", &site_path);
  g_variant_dict_lookup (options, "paper", "s", &paper_name);
  g_variant_dict_lookup (options, "language", "s", &language);
  g_variant_dict_lookup (options, "framework", "s", &framework_id);

  if (g_variant_dict_contains (options, "import") ||
      g_variant_dict_contains (options, "export-csv") ||
      g_variant_dict_contains (options, "export-json") ||
      g_variant_dict_contains (options, "export-profile") ||
      g_variant_dict_contains (options, "share-contact") ||
      g_variant_dict_contains (options, "share-scores") ||
      g_variant_dict_contains (options, "community"))
    {
      g_printerr ("%s\n", _("The poster and the factor pages are made on their own, without "
                            "--import or other exports."));
      return 1;
    }

  if (poster_path == NULL && (paper_name != NULL || landscape || language != NULL ||
                              (framework_id != NULL && site_path == NULL)))
    {
      g_printerr ("%s\n", _("--paper, --landscape, --language and --framework go with "
                            "--export-poster."));
      return 1;
    }

  if (poster_path == NULL && site_path == NULL)
    {
      g_printerr ("%s\n", _("--poster-url goes with --export-poster or --export-factor-site."));
      return 1;
    }

  if (paper_name != NULL && !seeds_paper_from_name (paper_name, &paper))
    {
      g_printerr (_("There is no paper size “%s”: choose a4, a3, a2 or a1.\n"), paper_name);
      return 1;
    }

  if (!check_folders ((const char *[]) { poster_path, site_path }, 2))
    return 1;

  if (framework_id == NULL)
    framework_id = g_strdup (SEEDS_FRAMEWORK_DEFAULT_ID);
  if (!check_builtin_framework (framework_id))
    return 1;
  if (poster_path != NULL &&
      !export_poster (poster_path, framework_id, language, base_url, paper, landscape))
    return 1;

  if (site_path != NULL)
    {
      g_autoptr(GFile) folder = g_file_new_for_commandline_arg (site_path);

      if (!seeds_factor_site_export (folder, framework_id, base_url, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
    }

  return 0;
}

/* Files named without --import are for the application to open, as a
 * file manager names them. */
static int
open_files (GApplication       *application,
            const char * const *paths)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  if (!g_application_register (application, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  for (guint i = 0; paths[i] != NULL; i++)
    g_ptr_array_add (files, g_file_new_for_commandline_arg (paths[i]));

  g_application_open (application, (GFile **) files->pdata, files->len, "");

  /* The primary instance goes on to its main loop. */
  return g_application_get_is_remote (application) ? 0 : -1;
}

/**
 * seeds_command_line_add_options:
 *
 * Gives @application the options of the command line.
 */
void
seeds_command_line_add_options (GApplication *application)
{
  g_application_add_main_option_entries (application, option_entries);
  g_application_add_main_option_entries (application, seeds_live_command_get_option_entries ());
  g_application_add_main_option_entries (application, seeds_shared_command_get_option_entries ());
  g_application_add_main_option_entries (application, seeds_framework_command_get_option_entries ());
  g_application_set_option_context_summary (application,
                                            _("Score the success factors of a learning community together."));
}

/**
 * seeds_command_line_handle:
 * @application: the application
 * @options: the options of its command line, less --version and --database
 * @database_path: (nullable): the database of --database, or %NULL for
 *   the default one
 *
 * Does what @options ask for that needs no window, as
 * GApplication::handle-local-options would.
 *
 * Returns: the exit status, or -1 for the application to go on
 */
int
seeds_command_line_handle (GApplication *application,
                           GVariantDict *options,
                           const char   *database_path)
{
  g_autofree const char **files = NULL;
  g_autofree char *csv_path = NULL;
  g_autofree char *json_path = NULL;
  g_autofree char *profile_path = NULL;
  g_autofree char *community_id = NULL;
  Command command;

  g_return_val_if_fail (G_IS_APPLICATION (application), 1);

  if (seeds_live_command_is_wanted (options))
    return seeds_live_command_run (options, database_path);

  if (seeds_shared_command_is_wanted (options))
    return seeds_shared_command_run (options, database_path);

  if (seeds_framework_command_is_wanted (options))
    return seeds_framework_command_run (options, database_path);

  for (guint i = 0; poster_options[i] != NULL; i++)
    if (g_variant_dict_contains (options, poster_options[i]))
      return run_poster_command (options);

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);
  g_variant_dict_lookup (options, "export-csv", "^ay", &csv_path);
  g_variant_dict_lookup (options, "export-json", "^ay", &json_path);
  g_variant_dict_lookup (options, "export-profile", "^ay", &profile_path);
  g_variant_dict_lookup (options, "community", "s", &community_id);

  command = (Command) {
    .files = files,
    .import = g_variant_dict_contains (options, "import"),
    .csv_path = csv_path,
    .json_path = json_path,
    .profile_path = profile_path,
    .community_id = community_id,
    .share = seeds_command_line_get_share (options),
  };

  if (command.import || csv_path != NULL || json_path != NULL || profile_path != NULL ||
      community_id != NULL || command.share != SEEDS_PROFILE_SHARE_NONE)
    return run_command (database_path, &command);

  if (files != NULL)
    return open_files (application, files);

  return -1;
}
