/* screenshot.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "directory/seeds-directory-window-private.h"
#include "exchange/seeds-scorecard-window.h"
#include "framework/seeds-framework-editor.h"
#include "framework/seeds-frameworks-window.h"
#include "live/seeds-live-dialog.h"
#include "live/seeds-live-network.h"
#include "presentation/seeds-presentation-window.h"
#include "seeds-window-private.h"

/* Renders the real window in a chosen state to a PNG, for the README and
 * docs/: screenshot --database FILE --output OUT.png [--size 1920x1080]
 * [--meeting TITLE] [--page scoring|overview|history] [--factor ID] [--dark] [--present [--slide N]
 * [--reveal] [--findings] [--live] [--community-slide]] [--compare]
 * [--directory [--directory-card NAME|ID] [--map-at LAT,LON,ZOOM]]
 * [--framework-editor] [--frameworks]. Run it under a display
 * (build-aux/screenshots does); the language follows LANGUAGE. */

static void
settle (guint milliseconds)
{
  gint64 until = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
save_window (GtkWidget   *window,
             const char  *path,
             GError     **error)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (window);
  int height = gtk_widget_get_height (window);

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));

  if (!gdk_texture_save_to_png (texture, path))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Cannot write %s", path);
      return FALSE;
    }

  return TRUE;
}

/* The directory window with the fictional sample loaded, and the card
 * of the entry whose name starts with @card (or whose id it is) open. */
static GtkWidget *
open_directory (SeedsWindow  *window,
                const char   *card,
                GError      **error)
{
  SeedsDirectoryWindow *directory;
  GListModel *shown;

  if (!seeds_store_add_sample_directory (window->store, error))
    return NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.directory", NULL);
  directory = seeds_directory_window_show (GTK_WINDOW (window), window->session, window->settings);
  shown = G_LIST_MODEL (directory->shown);

  for (guint i = 0; card != NULL && i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(SeedsCommunity) community = g_list_model_get_item (shown, i);

      if (g_str_has_prefix (seeds_community_get_name (community), card) ||
          g_str_equal (seeds_community_get_id (community), card))
        seeds_directory_window_select (directory, seeds_community_get_id (community));
    }

  return GTK_WIDGET (directory);
}

/* An adaptation of the research's framework for a greenhouse community:
 * one factor reworded, one hidden, one of its own not yet in Dutch;
 * @complete gives that one the definition a saved framework needs. */
static SeedsFrameworkDraft *
greenhouse_draft (gboolean   complete,
                  GError   **error)
{
  g_autoptr(GBytes) source = seeds_framework_get_builtin_bytes (SEEDS_FRAMEWORK_DEFAULT_ID);
  g_autoptr(SeedsFrameworkDraft) draft = NULL;
  g_autofree char *new_id = NULL;

  draft = seeds_framework_draft_new_adapted (source, "greenport-2020", "greenhouse-2026",
                                             "Success factors for our greenhouse community", error);
  if (draft == NULL)
    return NULL;

  seeds_framework_draft_set_text (draft, SEEDS_DRAFT_FIELD_NAME, NULL, 0, SEEDS_DRAFT_DUTCH,
                                  "Succesfactoren voor onze kas-community");
  seeds_framework_draft_set_text (draft, SEEDS_DRAFT_FIELD_FACTOR_TITLE, "4", 0, SEEDS_DRAFT_ORIGINAL,
                                  "Sharing what growers can share");
  seeds_framework_draft_set_text (draft, SEEDS_DRAFT_FIELD_FACTOR_TITLE, "4", 0, SEEDS_DRAFT_DUTCH,
                                  "Delen wat telers kunnen delen");
  seeds_framework_draft_set_factor_hidden (draft, "7", TRUE);
  new_id = seeds_framework_draft_add_factor (draft, "process", "Students learn alongside growers");
  if (complete)
    seeds_framework_draft_set_text (draft, SEEDS_DRAFT_FIELD_FACTOR_DEFINITION, new_id, 0,
                                    SEEDS_DRAFT_ORIGINAL,
                                    "Students work in the greenhouses and bring back what they learn.");
  return g_steal_pointer (&draft);
}

/* The framework editor on the greenhouse adaptation, the reworded
 * factor shown. */
static GtkWidget *
open_framework_editor (SeedsWindow  *window,
                       GError      **error)
{
  g_autoptr(SeedsFrameworkDraft) draft = greenhouse_draft (FALSE, error);
  SeedsFrameworkEditor *editor;

  if (draft == NULL)
    return NULL;

  editor = seeds_framework_editor_new (GTK_WINDOW (window), draft);
  seeds_framework_editor_select_factor (editor, "4");
  gtk_window_present (GTK_WINDOW (editor));
  return GTK_WIDGET (editor);
}

/* The list of frameworks: the built-in ones, and the greenhouse
 * adaptation kept in the database. */
static GtkWidget *
open_frameworks (SeedsWindow  *window,
                 GError      **error)
{
  g_autoptr(SeedsFrameworkDraft) draft = greenhouse_draft (TRUE, error);
  g_autoptr(GBytes) bytes = NULL;
  SeedsFrameworksWindow *frameworks;

  if (draft == NULL || (bytes = seeds_framework_draft_to_bytes (draft, error)) == NULL ||
      !seeds_framework_registry_add_bytes (seeds_session_get_frameworks (window->session),
                                           window->store, bytes, "greenhouse-2026", NULL, NULL,
                                           NULL, error))
    return NULL;

  frameworks = seeds_frameworks_window_new (GTK_WINDOW (window), window->session);
  gtk_window_present (GTK_WINDOW (frameworks));
  return GTK_WIDGET (frameworks);
}

/* Opens the meeting of the window's community titled @title. */
static void
open_meeting (SeedsWindow *window,
              const char  *title)
{
  g_autoptr(GPtrArray) meetings = seeds_store_list_meetings (window->store, seeds_community_get_id (window->community),
                                                             NULL);

  for (guint i = 0; meetings != NULL && i < meetings->len; i++)
    if (g_str_equal (seeds_meeting_get_title (g_ptr_array_index (meetings, i)), title))
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-meeting", "s",
                                  seeds_meeting_get_id (g_ptr_array_index (meetings, i)));
  settle (300);
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type))
        return toplevel;
    }
  g_error ("No window of type %s", g_type_name (type));
}

/* On the network members would use, as a facilitator's laptop does;
 * the loopback where there is none. */
static gboolean
start_live_round (SeedsWindow  *window,
                  GError      **error)
{
  g_autoptr(GPtrArray) networks = seeds_live_network_list (NULL);
  SeedsLiveNetwork *network = networks ? seeds_live_network_get_default (networks, NULL) : NULL;

  return seeds_window_start_live_round (window, network ? network->address : "127.0.0.1", NULL, FALSE, error);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *database = NULL;
  g_autofree char *output = NULL;
  g_autofree char *size = NULL;
  g_autofree char *page = NULL;
  g_autofree char *meeting_title = NULL;
  g_autofree char *factor_id = NULL;
  gboolean dark = FALSE;
  gboolean present = FALSE;
  gboolean live = FALSE;
  gboolean community_slide = FALSE;
  gboolean live_dialog = FALSE;
  gboolean reveal = FALSE;
  gboolean findings = FALSE;
  gboolean perspectives = FALSE;
  g_autofree char *invitation = NULL;
  gboolean compare = FALSE;
  gboolean directory = FALSE;
  gboolean framework_editor = FALSE;
  gboolean frameworks = FALSE;
  g_autofree char *directory_card = NULL;
  g_autofree char *map_at = NULL;
  double map_latitude = 0, map_longitude = 0, map_zoom = 0;
  int slide = 0;
  const GOptionEntry entries[] = {
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &database, "Database", "FILE" },
    { "output", 0, 0, G_OPTION_ARG_FILENAME, &output, "PNG to write", "FILE" },
    { "size", 0, 0, G_OPTION_ARG_STRING, &size, "Window size", "WxH" },
    { "meeting", 0, 0, G_OPTION_ARG_STRING, &meeting_title, "Open the meeting with this title", "TITLE" },
    { "page", 0, 0, G_OPTION_ARG_STRING, &page, "scoring, overview or history", "PAGE" },
    { "factor", 0, 0, G_OPTION_ARG_STRING, &factor_id, "Open this factor's findings and tips", "ID" },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, "Dark style", NULL },
    { "present", 0, 0, G_OPTION_ARG_NONE, &present, "The presentation window", NULL },
    { "slide", 0, 0, G_OPTION_ARG_INT, &slide, "Presentation: the agenda's stop N (0 welcome, 1 scores, 2 overview, then factors…)", "N" },
    { "reveal", 0, 0, G_OPTION_ARG_NONE, &reveal, "Reveal the scores", NULL },
    { "live", 0, 0, G_OPTION_ARG_NONE, &live, "Start a live round on the network of the default route", NULL },
    { "live-dialog", 0, 0, G_OPTION_ARG_NONE, &live_dialog, "The dialog that starts a live round", NULL },
    { "findings", 0, 0, G_OPTION_ARG_NONE, &findings, "Open the findings & tips", NULL },
    { "community-slide", 0, 0, G_OPTION_ARG_NONE, &community_slide, "Presentation: the community's own slide", NULL },
    { "perspectives", 0, 0, G_OPTION_ARG_NONE, &perspectives, "Overview by partner type", NULL },
    { "invitation", 0, 0, G_OPTION_ARG_FILENAME, &invitation, "Open this invitation to score", "FILE" },
    { "compare", 0, 0, G_OPTION_ARG_NONE, &compare, "Compare with others, the fictional sample directory loaded", NULL },
    { "directory", 0, 0, G_OPTION_ARG_NONE, &directory, "The directory, the fictional sample loaded", NULL },
    { "directory-card", 0, 0, G_OPTION_ARG_STRING, &directory_card,
      "Open the card of the directory entry whose name starts with this, or with this id", "NAME" },
    { "map-at", 0, 0, G_OPTION_ARG_STRING, &map_at,
      "The directory's map at this place and zoom level, instead of every marker", "LAT,LON,ZOOM" },
    { "framework-editor", 0, 0, G_OPTION_ARG_NONE, &framework_editor,
      "The framework editor on an adaptation of the research's framework", NULL },
    { "frameworks", 0, 0, G_OPTION_ARG_NONE, &frameworks,
      "The list of frameworks, with an adaptation of the research's kept", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsApplication) app = NULL;
  SeedsWindow *window;
  GtkWidget *shown;
  int width = 1920, height = 1080;

  seeds_application_setup_environment ();
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || database == NULL || output == NULL)
    {
      g_printerr ("%s\n", error ? error->message : "--database and --output are needed");
      return 2;
    }
  if (size != NULL && sscanf (size, "%dx%d", &width, &height) != 2)
    return 2;
  if (map_at != NULL
      && sscanf (map_at, "%lf,%lf,%lf", &map_latitude, &map_longitude, &map_zoom) != 3)
    return 2;

  gtk_init ();
  app = g_object_new (SEEDS_TYPE_APPLICATION,
                      "resource-base-path", RESOURCE_PATH,
                      "flags", G_APPLICATION_NON_UNIQUE,
                      NULL);
  g_application_register (G_APPLICATION (app), NULL, NULL);
  if (dark)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);

  seeds_application_open_database (app, database);
  window = seeds_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  settle (500);

  if (compare && !seeds_store_add_sample_directory (window->store, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (meeting_title != NULL)
    open_meeting (window, meeting_title);
  if (compare)
    seeds_meeting_view_show_page (window->meeting_view, "compare");
  if (page != NULL)
    seeds_meeting_view_show_page (window->meeting_view, page);
  if (perspectives)
    gtk_toggle_button_set_active (seeds_overview_page_get_perspectives_button (
                                    seeds_meeting_view_get_overview_page (window->meeting_view)), TRUE);
  if (factor_id != NULL)
    seeds_meeting_view_show_factor (window->meeting_view,
                                    seeds_framework_lookup_factor (window->framework, factor_id));
  shown = GTK_WIDGET (window);
  if (invitation != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (invitation);
      GList *windows;

      seeds_window_open_files (window, &file, 1);
      /* The file is read on a worker thread: the score card opens after */
      for (guint waited = 0; waited < 100; waited++)
        {
          windows = gtk_application_get_windows (GTK_APPLICATION (app));
          if (SEEDS_IS_SCORECARD_WINDOW (windows->data))
            break;
          settle (50);
        }
      shown = windows->data;
      gtk_window_set_default_size (GTK_WINDOW (shown), width, height);
    }
  if (live && !start_live_round (window, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (present)
    {
      SeedsPresentationWindow *presentation;
      SeedsPresentationView *view;

      presentation = seeds_presentation_window_new (GTK_WINDOW (window), window->store, window->framework,
                                                    seeds_meeting_view_get_meeting (window->meeting_view),
                                                    window->settings);
      view = seeds_presentation_window_get_view (presentation);
      seeds_presentation_view_set_live_round (view, window->live_round);
      gtk_window_set_default_size (GTK_WINDOW (presentation), width, height);
      gtk_window_present (GTK_WINDOW (presentation));
      if (reveal)
        seeds_presentation_view_reveal (view);
      /* past the close is the close */
      seeds_presentation_view_set_position (view, MIN ((guint)slide,
                                                       seeds_agenda_get_n_stops (seeds_presentation_view_get_agenda (view)) - 1));
      if (findings)
        gtk_widget_activate_action (GTK_WIDGET (view), "presentation.findings", NULL);
      if (community_slide)
        gtk_widget_activate_action (GTK_WIDGET (view), "presentation.community", NULL);
      shown = GTK_WIDGET (presentation);
    }
  if (live_dialog)
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.start-live-round", NULL);
      settle (300);
      shown = GTK_WIDGET (find_toplevel (SEEDS_TYPE_LIVE_DIALOG));
    }
  if (directory)
    {
      shown = open_directory (window, directory_card, &error);
      if (shown == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      gtk_window_set_default_size (GTK_WINDOW (shown), width, height);
      settle (500);
      /* Every marker beside the card, once the map has flown there, or
       * the place asked for */
      if (map_at == NULL)
        gtk_widget_activate_action (shown, "directory.show-all", NULL);
      else
        seeds_map_view_go_to (SEEDS_DIRECTORY_WINDOW (shown)->map_view, map_latitude, map_longitude,
                              map_zoom);
      settle (3000);
    }
  if (framework_editor || frameworks)
    {
      shown = framework_editor ? open_framework_editor (window, &error) : open_frameworks (window, &error);
      if (shown == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      gtk_window_set_default_size (GTK_WINDOW (shown), width, height);
    }
  settle (1500);

  if (!save_window (shown, output, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  gtk_window_destroy (GTK_WINDOW (window));
  seeds_application_close_database (app);
  return 0;
}
