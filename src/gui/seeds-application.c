/* seeds-application.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "seeds-application.h"
#include "seeds-about-window.h"
#include "seeds-accessible-names.h"
#include "store/seeds-backup-scheduler.h"
#include "seeds-command-line.h"
#include "seeds-frame-probe.h"
#include "seeds-preferences-window.h"
#include "seeds-window.h"
#include "seeds-widget-util.h"
#include "exchange/seeds-exchange.h"
#include "exchange/seeds-scorecard-window.h"

/* The daily backup waits this long after start-up, so that the window
 * and the first steps of the user come first. */
#define FIRST_BACKUP_DELAY_SECONDS 30

struct _SeedsApplication
{
  AdwApplication  parent_instance;

  char           *database_path;  /* --database, or NULL for the default */
  char           *open_path;      /* the database last opened, or tried */
  SeedsStore     *store;
  SeedsSession   *session;        /* (nullable): the use cases on the store, for every window */
  SeedsBackupScheduler *backups;
  GError         *store_error;
  SeedsFramework *framework;
  GSettings      *settings;
  guint           n_invitations;  /* being read for a member, without the main window */
};

G_DEFINE_FINAL_TYPE (SeedsApplication, seeds_application, ADW_TYPE_APPLICATION)

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

static int
seeds_application_handle_local_options (GApplication *application,
                                        GVariantDict *options)
{
  SeedsApplication *self = SEEDS_APPLICATION (application);

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

  return seeds_command_line_handle (application, options, self->database_path);
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
  { "win.save-report", { "<Control><Shift>s", NULL } },
  { "win.next-participant", { "<Control>Page_Down", "<Alt>Right", NULL } },
  { "win.previous-participant", { "<Control>Page_Up", "<Alt>Left", NULL } },
  { "win.show-scoring", { "<Alt>1", NULL } },
  { "win.show-overview", { "<Alt>2", NULL } },
  { "win.show-history", { "<Alt>3", NULL } },
  { "win.show-compare", { "<Alt>4", NULL } },
  { "win.show-community", { "<Alt>5", NULL } },
  { "win.toggle-panel", { "F9", NULL } },
  { "win.present", { "F11", "F5", NULL } },
  { "win.add-next-step", { "<Control><Shift>n", NULL } },
  { "win.show-help-overlay", { "<Control>question", NULL } },
  { "win.directory", { "<Control>m", NULL } },
};

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

/* @path, or the default database's when it is %NULL */
static char *
database_path_or_default (const char *path)
{
  return path != NULL ? g_strdup (path) : seeds_store_default_path ();
}

/* Takes @path, and @store or @error, which opening @path gave: the
 * session runs on @store, or windows say why there is none. */
static gboolean
use_database (SeedsApplication *self,
              char             *path,
              SeedsStore       *store,
              GError           *error)
{
  self->open_path = path;
  self->store = store;
  self->store_error = error;
  if (self->store == NULL)
    {
      g_printerr ("%s\n", self->store_error->message);
      return FALSE;
    }

  self->session = seeds_session_new (self->store, self->framework);

  self->backups = seeds_backup_scheduler_new (path);
  seeds_backup_scheduler_start (self->backups, FIRST_BACKUP_DELAY_SECONDS);

  return TRUE;
}

/* What start-up reads from disk: the framework and the database, opened
 * on a thread of its own while GTK sets up the display on the main
 * thread, so that the window does not wait for them. */
typedef struct
{
  char           *path;
  SeedsFramework *framework;
  SeedsStore     *store;
  GError         *error;
} Opening;

/* Opens the database at @path, and deletes what it no longer keeps */
static SeedsStore *
open_store (const char  *path,
            GError     **error)
{
  SeedsStore *store = seeds_store_open (path, error);

  if (store != NULL)
    purge_removed_entries (store);

  return store;
}

static gpointer
open_on_thread (gpointer data)
{
  Opening *opening = data;

  opening->framework = seeds_framework_new_default (NULL);
  opening->store = open_store (opening->path, &opening->error);

  return NULL;
}

static void
seeds_application_startup (GApplication *application)
{
  SeedsApplication *self = SEEDS_APPLICATION (application);
  Opening opening = { .path = database_path_or_default (self->database_path) };
  GThread *thread = g_thread_new ("seeds-opening", open_on_thread, &opening);

  G_APPLICATION_CLASS (seeds_application_parent_class)->startup (application);
  seeds_accessible_names_install ();

  g_set_application_name (_("Seeds of Innovation"));

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action, accels[i].keys);

  self->settings = g_settings_new (APP_ID);
  g_thread_join (thread);
  self->framework = opening.framework;
  use_database (self, g_steal_pointer (&opening.path), opening.store, opening.error);
}

static void
seeds_application_activate (GApplication *application)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  /* GApplication activates after opening files too; a member's invitation
   * brings its own window */
  if (window == NULL && SEEDS_APPLICATION (application)->n_invitations > 0)
    return;

  if (window == NULL)
    window = GTK_WINDOW (seeds_window_new (SEEDS_APPLICATION (application)));

  gtk_window_present (window);
  seeds_frame_probe_watch (window);
}

static SeedsWindow *
find_main_window (GApplication *application)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (application)); l != NULL; l = l->next)
    if (SEEDS_IS_WINDOW (l->data))
      return l->data;

  return NULL;
}

static SeedsWindow *
present_main_window (GApplication *application)
{
  SeedsWindow *window = find_main_window (application);

  if (window == NULL)
    window = seeds_window_new (SEEDS_APPLICATION (application));
  gtk_window_present (GTK_WINDOW (window));

  return window;
}

/* A member who opens an invitation sees the window to score in, alone: the
 * facilitator's window stays closed. An invitation that cannot be read
 * opens it, to say why. */
static void
on_member_invitation_read (GObject      *source_object,
                           GAsyncResult *result,
                           gpointer      user_data)
{
  g_autoptr(SeedsApplication) self = user_data;
  g_autoptr(SeedsInvitation) invitation = NULL;
  g_autoptr(GError) error = NULL;

  g_application_release (G_APPLICATION (self));
  self->n_invitations--;
  invitation = seeds_session_read_invitation_finish (SEEDS_SESSION (source_object), result, &error);
  if (invitation == NULL)
    seeds_widget_show_error (GTK_WIDGET (present_main_window (G_APPLICATION (self))), error);
  else
    gtk_window_present (GTK_WINDOW (seeds_scorecard_window_new (GTK_APPLICATION (self), self->session,
                                                                invitation, self->settings)));
}

/* Files opened by double-click or from the command line: see
 * seeds_window_open_files(). */
static void
seeds_application_open (GApplication  *application,
                        GFile        **files,
                        int            n_files,
                        const char    *hint)
{
  SeedsApplication *self = SEEDS_APPLICATION (application);

  if (n_files == 1 && seeds_exchange_file_is_invitation (files[0]) && find_main_window (application) == NULL &&
      self->session != NULL)
    {
      g_application_hold (application);
      self->n_invitations++;
      seeds_session_read_invitation_async (self->session, files[0], NULL,
                                           on_member_invitation_read, g_object_ref (self));
      return;
    }

  seeds_window_open_files (present_main_window (application), files, n_files);
}

/* Quitting cancels the work the windows started, cleanly. */
static void
seeds_application_shutdown (GApplication *application)
{
  seeds_application_close_database (SEEDS_APPLICATION (application));

  G_APPLICATION_CLASS (seeds_application_parent_class)->shutdown (application);
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
set_default_icon (GtkWidget *window)
{
  if (g_strcmp0 (gtk_window_get_default_icon_name (), APP_ID) != 0)
    gtk_window_set_default_icon_name (APP_ID);
}

/* The icon that window managers show for each window is an SVG: loading
 * it loads librsvg, a large library, so it is set once the first window
 * has drawn its first frame, and then goes to every window. */
static void
seeds_application_window_added (GtkApplication *application,
                                GtkWindow      *window)
{
  GTK_APPLICATION_CLASS (seeds_application_parent_class)->window_added (application, window);

  if (gtk_window_get_default_icon_name () == NULL)
    seeds_widget_after_first_frame (GTK_WIDGET (window), set_default_icon);
}

static void
seeds_application_class_init (SeedsApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);
  GtkApplicationClass *gtk_app_class = GTK_APPLICATION_CLASS (klass);

  object_class->finalize = seeds_application_finalize;
  app_class->handle_local_options = seeds_application_handle_local_options;
  app_class->startup = seeds_application_startup;
  app_class->activate = seeds_application_activate;
  app_class->shutdown = seeds_application_shutdown;
  app_class->open = seeds_application_open;
  gtk_app_class->window_added = seeds_application_window_added;
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
  GtkWidget *about;

  about = seeds_about_window_new (gtk_application_get_active_window (app));
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
  seeds_command_line_add_options (G_APPLICATION (self));

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
 * Closes the database in use and opens another, with the session that
 * windows run their work through. When it cannot be used,
 * seeds_application_get_store_error() says why and windows show it.
 */
gboolean
seeds_application_open_database (SeedsApplication *self,
                                 const char       *path)
{
  /* @path may be seeds_application_get_database_path(), which closing
   * frees. */
  g_autofree char *chosen = database_path_or_default (path);
  GError *error = NULL;
  SeedsStore *store;

  g_return_val_if_fail (SEEDS_IS_APPLICATION (self), FALSE);

  seeds_application_close_database (self);
  store = open_store (chosen, &error);

  return use_database (self, g_steal_pointer (&chosen), store, error);
}

/* Cancels what the windows asked of the session and waits for its
 * worker; the callbacks of the jobs it ended run here, so that none holds
 * on to the database after it is closed. */
static void
close_session (SeedsApplication *self)
{
  if (self->session == NULL)
    return;

  seeds_session_close (self->session);
  while (!seeds_session_is_idle (self->session))
    g_main_context_iteration (NULL, TRUE);
  g_clear_object (&self->session);
}

void
seeds_application_close_database (SeedsApplication *self)
{
  g_return_if_fail (SEEDS_IS_APPLICATION (self));

  close_session (self);

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

/* (nullable): the use cases on the database in use; NULL when it could
 * not be opened */
SeedsSession *
seeds_application_get_session (SeedsApplication *self)
{
  g_return_val_if_fail (SEEDS_IS_APPLICATION (self), NULL);

  return self->session;
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
