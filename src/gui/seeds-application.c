/* seeds-application.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>

#include <glib/gi18n.h>

#include "seeds-application.h"
#include "seeds-accessible-names.h"
#include "store/seeds-backup-scheduler.h"
#include "print/seeds-factor-site.h"
#include "print/seeds-poster.h"
#include "seeds-frame-probe.h"
#include "seeds-preferences-window.h"
#include "session/seeds-session.h"
#include "seeds-window.h"

/* The daily backup waits this long after start-up, so that the window
 * and the first steps of the user come first. */
#define FIRST_BACKUP_DELAY_SECONDS 30

struct _SeedsApplication
{
  AdwApplication  parent_instance;

  char           *database_path;  /* --database, or NULL for the default */
  char           *open_path;      /* the database last opened, or tried */
  SeedsStore     *store;
  SeedsBackupScheduler *backups;
  GError         *store_error;
  SeedsFramework *framework;
  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (SeedsApplication, seeds_application, ADW_TYPE_APPLICATION)

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

/* The directory the running executable is in, when it runs from the build
 * tree rather than installed; NULL otherwise. */
static char *
uninstalled_build_root (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *src = g_build_filename (SEEDS_BUILD_ROOT, "src", NULL);
  g_autofree char *tests = g_build_filename (SEEDS_BUILD_ROOT, "tests", NULL);

  if (exe == NULL)
    return NULL;

  if (g_str_has_prefix (exe, src) || g_str_has_prefix (exe, tests))
    return g_strdup (SEEDS_BUILD_ROOT);

  return NULL;
}

/**
 * seeds_application_setup_environment:
 *
 * Sets up translations and, when the app runs from its build tree, points
 * gettext and GSettings at the files built there, so that
 * `_build/src/seeds-of-innovation` works without installing.
 */
void
seeds_application_setup_environment (void)
{
  g_autofree char *build_root = uninstalled_build_root ();

  setlocale (LC_ALL, "");

  if (build_root != NULL)
    {
      g_autofree char *locale_dir = g_build_filename (build_root, "po", NULL);
      g_autofree char *schema_dir = g_build_filename (build_root, "data", NULL);

      bindtextdomain (GETTEXT_PACKAGE, locale_dir);
      g_setenv ("GSETTINGS_SCHEMA_DIR", schema_dir, FALSE);
    }
  else
    {
      bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
    }

  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

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
run_command (SeedsApplication *self,
             const Command    *command)
{
  g_autoptr(SeedsFramework) framework = NULL;
  g_autoptr(SeedsStore) store = NULL;
  g_autoptr(SeedsSession) session = NULL;
  g_autoptr(GError) error = NULL;
  const char *problem = check_command (command);
  gboolean ok = TRUE;

  if (problem != NULL)
    {
      g_printerr ("%s\n", problem);
      return 1;
    }

  store = seeds_store_open (self->database_path, &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  framework = seeds_framework_new_default (NULL);
  session = seeds_session_new (store, framework);

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

/* The options of the poster and the factor pages. */
static const char * const poster_options[] = {
  "export-poster", "export-factor-site", "paper", "landscape", "language", "poster-url", NULL
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

/* --export-poster and --export-factor-site do their work here and quit, as
 * run_command() does, and need no database either. */
static int
run_poster_command (GVariantDict *options)
{
  g_autofree char *poster_path = NULL;
  g_autofree char *site_path = NULL;
  g_autofree char *paper_name = NULL;
  g_autofree char *language = NULL;
  g_autofree char *base_url = poster_base_url (options);
  g_autoptr(GError) error = NULL;
  gboolean landscape = g_variant_dict_contains (options, "landscape");
  SeedsPaper paper = SEEDS_PAPER_A2;

  g_variant_dict_lookup (options, "export-poster", "^ay", &poster_path);
  g_variant_dict_lookup (options, "export-factor-site", "^ay", &site_path);
  g_variant_dict_lookup (options, "paper", "s", &paper_name);
  g_variant_dict_lookup (options, "language", "s", &language);

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

  if (poster_path == NULL && (paper_name != NULL || landscape || language != NULL))
    {
      g_printerr ("%s\n", _("--paper, --landscape and --language go with --export-poster."));
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

  if (poster_path != NULL)
    {
      g_autoptr(SeedsPoster) poster = NULL;

      poster = seeds_poster_new (language != NULL ? language
                                                  : seeds_factor_site_get_default_language (),
                                 base_url, &error);
      if (poster == NULL ||
          !seeds_poster_layout (poster, paper, landscape, &error) ||
          !seeds_poster_write_pdf (poster, poster_path, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
    }

  if (site_path != NULL)
    {
      g_autoptr(GFile) folder = g_file_new_for_commandline_arg (site_path);

      if (!seeds_factor_site_export (folder, base_url, &error))
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

static int
seeds_application_handle_local_options (GApplication *application,
                                        GVariantDict *options)
{
  SeedsApplication *self = SEEDS_APPLICATION (application);
  g_autofree const char **files = NULL;
  g_autofree char *csv_path = NULL;
  g_autofree char *json_path = NULL;
  g_autofree char *profile_path = NULL;
  g_autofree char *community_id = NULL;
  Command command;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("seeds-of-innovation %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_lookup (options, "database", "^ay", &self->database_path))
    {
      /* Another database is another document: don't hand over to an
       * instance that has the default one open. */
      g_application_set_flags (application,
                               g_application_get_flags (application) | G_APPLICATION_NON_UNIQUE);
    }

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
  };
  if (g_variant_dict_contains (options, "share-contact"))
    command.share |= SEEDS_PROFILE_SHARE_CONTACT;
  if (g_variant_dict_contains (options, "share-scores"))
    command.share |= SEEDS_PROFILE_SHARE_SCORES;

  if (command.import || csv_path != NULL || json_path != NULL || profile_path != NULL ||
      community_id != NULL || command.share != SEEDS_PROFILE_SHARE_NONE)
    return run_command (self, &command);

  if (files != NULL)
    return open_files (application, files);

  return -1;
}

static const struct {
  const char *action;
  const char *keys[3];
} accels[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "app.help", { "F1", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
  { "win.new-meeting", { "<Control>n", NULL } },
  { "win.add-participant", { "<Control><Shift>p", NULL } },
  { "win.open", { "<Control>o", NULL } },
  { "win.import", { "<Control>i", NULL } },
  { "win.print-report", { "<Control>p", NULL } },
  { "win.next-participant", { "<Control>Page_Down", "<Alt>Right", NULL } },
  { "win.previous-participant", { "<Control>Page_Up", "<Alt>Left", NULL } },
  { "win.show-scoring", { "<Alt>1", NULL } },
  { "win.show-overview", { "<Alt>2", NULL } },
  { "win.show-history", { "<Alt>3", NULL } },
  { "win.show-compare", { "<Alt>4", NULL } },
  { "win.toggle-panel", { "F9", NULL } },
  { "win.present", { "F11", "F5", NULL } },
  { "win.add-next-step", { "<Control><Shift>n", NULL } },
  { "win.show-help-overlay", { "<Control>question", NULL } },
  { "win.directory", { "<Control>m", NULL } },
};

static void
seeds_application_startup (GApplication *application)
{
  SeedsApplication *self = SEEDS_APPLICATION (application);

  G_APPLICATION_CLASS (seeds_application_parent_class)->startup (application);
  seeds_accessible_names_install ();

  g_set_application_name (_("Seeds of Innovation"));
  gtk_window_set_default_icon_name (APP_ID);

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action, accels[i].keys);

  self->settings = g_settings_new (APP_ID);
  self->framework = seeds_framework_new_default (NULL);
  seeds_application_open_database (self, self->database_path);
}

static void
seeds_application_activate (GApplication *application)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  if (window == NULL)
    window = GTK_WINDOW (seeds_window_new (SEEDS_APPLICATION (application)));

  gtk_window_present (window);
  seeds_frame_probe_watch (window);
}

/* Files opened by double-click or from the command line: see
 * seeds_window_open_files(). */
static void
seeds_application_open (GApplication  *application,
                        GFile        **files,
                        int            n_files,
                        const char    *hint)
{
  GtkWindow *window = NULL;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (application)); l != NULL; l = l->next)
    if (SEEDS_IS_WINDOW (l->data))
      {
        window = l->data;
        break;
      }

  if (window == NULL)
    window = GTK_WINDOW (seeds_window_new (SEEDS_APPLICATION (application)));

  gtk_window_present (window);
  seeds_window_open_files (SEEDS_WINDOW (window), files, n_files);
}

static void
seeds_application_finalize (GObject *object)
{
  SeedsApplication *self = (SeedsApplication *)object;

  g_clear_pointer (&self->database_path, g_free);
  seeds_application_close_database (self);
  g_clear_object (&self->framework);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (seeds_application_parent_class)->finalize (object);
}

static void
seeds_application_class_init (SeedsApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = seeds_application_finalize;
  app_class->handle_local_options = seeds_application_handle_local_options;
  app_class->startup = seeds_application_startup;
  app_class->activate = seeds_application_activate;
  app_class->open = seeds_application_open;
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  const char *developers[] = { "The Seeds of Innovation authors", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "application-name", _("Seeds of Innovation"),
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The Seeds of Innovation authors"),
                        "developers", developers,
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "comments", _("A structured, honest conversation about the twelve factors that keep a "
                                      "learning community alive and make its outcomes last."),
                        /* Translators: put your names here, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);

  adw_about_window_add_acknowledgement_section (ADW_ABOUT_WINDOW (about),
                                                _("Based on the research"),
                                                (const char *[]) {
                                                  "Ellen Sjoer, Rachelle van Harn & Petra Biemans (2020), "
                                                  "Duurzame learning communities: oogsten in de Greenport — "
                                                  "De Haagse Hogeschool & Inholland",
                                                  NULL
                                                });
  adw_about_window_add_acknowledgement_section (ADW_ABOUT_WINDOW (about),
                                                _("Original design of the tool"),
                                                (const char *[]) { "Charissa Meulens", "Jefta Bade", NULL });
  /* The offline map's data, credited as its licences ask */
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about),
                                      _("Offline map"),
                                      NULL, GTK_LICENSE_CUSTOM,
                                      _("Land and borders from Natural Earth, in the public domain. "
                                        "The Dutch coast from OpenStreetMap: © OpenStreetMap contributors, "
                                        "under the Open Database License 1.0 "
                                        "(<a href=\"https://www.openstreetmap.org/copyright\">openstreetmap.org/copyright</a>)."));

  gtk_window_present (GTK_WINDOW (about));
}

static void
help_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);

  gtk_show_uri (gtk_application_get_active_window (app), "help:" PACKAGE_NAME, GDK_CURRENT_TIME);
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  SeedsApplication *self = SEEDS_APPLICATION (user_data);
  SeedsPreferencesWindow *window;

  window = seeds_preferences_window_new (gtk_application_get_active_window (GTK_APPLICATION (self)),
                                         self->settings);
  gtk_window_present (GTK_WINDOW (window));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
  { "help", help_activated },
  { "preferences", preferences_activated },
};

static void
seeds_application_init (SeedsApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Score the success factors of a learning community together."));

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
}

SeedsApplication *
seeds_application_new (void)
{
  return g_object_new (SEEDS_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "resource-base-path", RESOURCE_PATH,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       NULL);
}

/**
 * seeds_application_open_database:
 * @path: (nullable): the database file, or %NULL for the default one
 *
 * Closes the database in use and opens another. When it cannot be used,
 * seeds_application_get_store_error() says why and windows show it.
 */
/* An entry removed from the directory is deleted for good once its undo
 * is no longer offered; what the app left when it stopped before then
 * goes now. Nothing is lost when this fails: the entry stays hidden. */
static void
purge_removed_entries (SeedsStore *store)
{
  g_autoptr(GError) error = NULL;

  if (!seeds_store_purge_removed_entries (store, &error))
    g_printerr ("%s\n", error->message);
}

gboolean
seeds_application_open_database (SeedsApplication *self,
                                 const char       *path)
{
  /* @path may be seeds_application_get_database_path(), which closing
   * frees. */
  g_autofree char *chosen = path != NULL ? g_strdup (path) : seeds_store_default_path ();

  g_return_val_if_fail (SEEDS_IS_APPLICATION (self), FALSE);

  seeds_application_close_database (self);

  path = chosen;
  self->open_path = g_strdup (path);
  self->store = seeds_store_open (path, &self->store_error);
  if (self->store == NULL)
    {
      g_printerr ("%s\n", self->store_error->message);
      return FALSE;
    }

  purge_removed_entries (self->store);

  self->backups = seeds_backup_scheduler_new (path);
  seeds_backup_scheduler_start (self->backups, FIRST_BACKUP_DELAY_SECONDS);

  return TRUE;
}

void
seeds_application_close_database (SeedsApplication *self)
{
  g_return_if_fail (SEEDS_IS_APPLICATION (self));

  /* A backup under way lets go of the file first. */
  if (self->backups != NULL)
    seeds_backup_scheduler_stop (self->backups);
  g_clear_object (&self->backups);
  g_clear_object (&self->store);
  g_clear_error (&self->store_error);
  g_clear_pointer (&self->open_path, g_free);
}

/**
 * seeds_application_close_damaged_database:
 * @damage: why the database in use is damaged, from the check after
 *   start-up (seeds_backup_scheduler_get_damage())
 *
 * Closes the database and keeps @damage as the reason it cannot be used,
 * so that a new window offers to recover it, as for one that could not be
 * opened.
 */
void
seeds_application_close_damaged_database (SeedsApplication *self,
                                          const GError     *damage)
{
  g_autofree char *path = NULL;

  g_return_if_fail (SEEDS_IS_APPLICATION (self));
  g_return_if_fail (damage != NULL);

  path = g_strdup (self->open_path);
  seeds_application_close_database (self);
  self->open_path = g_steal_pointer (&path);
  self->store_error = g_error_copy (damage);
}

/* The database in use, or that could not be opened; NULL before one was
 * opened */
const char *
seeds_application_get_database_path (SeedsApplication *self)
{
  g_return_val_if_fail (SEEDS_IS_APPLICATION (self), NULL);

  return self->open_path;
}

/* (nullable): what makes the daily backup of the database in use */
SeedsBackupScheduler *
seeds_application_get_backups (SeedsApplication *self)
{
  g_return_val_if_fail (SEEDS_IS_APPLICATION (self), NULL);

  return self->backups;
}

/* (nullable): NULL when the database could not be opened */
SeedsStore *
seeds_application_get_store (SeedsApplication *self)
{
  g_return_val_if_fail (SEEDS_IS_APPLICATION (self), NULL);

  return self->store;
}

const GError *
seeds_application_get_store_error (SeedsApplication *self)
{
  g_return_val_if_fail (SEEDS_IS_APPLICATION (self), NULL);

  return self->store_error;
}

SeedsFramework *
seeds_application_get_framework (SeedsApplication *self)
{
  g_return_val_if_fail (SEEDS_IS_APPLICATION (self), NULL);

  return self->framework;
}

GSettings *
seeds_application_get_settings (SeedsApplication *self)
{
  g_return_val_if_fail (SEEDS_IS_APPLICATION (self), NULL);

  return self->settings;
}
