/* seeds-window.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "meetings/seeds-meeting-row.h"
#include "seeds-window-private.h"
#include "seeds-welcome-page.h"
#include "seeds-widget-util.h"

/* The main window: the learning community and its meetings in a sidebar,
 * the chosen meeting beside it. A first start shows a welcome; a database
 * that cannot be used shows why, and nothing else. This file keeps what
 * the window shows; its actions are in seeds-window-actions.c and
 * seeds-window-print.c, its work on files in seeds-window-files.c. The
 * window's work runs through the application's session; closing the
 * window cancels what it started. */

G_DEFINE_FINAL_TYPE (SeedsWindow, seeds_window, ADW_TYPE_APPLICATION_WINDOW)

static const char * const meeting_actions[] = {
  "edit-meeting", "delete-meeting", "add-participant", "next-participant", "previous-participant",
  "toggle-panel", "show-scoring", "show-overview", "show-history", "add-next-step", "present",
  "export-invitation", "print-report", "save-report", "show-compare", "show-community",
};

/* What makes no sense for a meeting held with the poster: nobody scores in
 * the app. */
static const char * const scoring_actions[] = {
  "add-participant", "next-participant", "previous-participant", "export-invitation", "start-live-round",
};

static void
enable_action (SeedsWindow *self,
               const char  *name,
               gboolean     enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

void
seeds_window_update_actions (SeedsWindow *self)
{
  gboolean has_meeting = seeds_meeting_view_get_meeting (self->meeting_view) != NULL;

  enable_action (self, "new-community", self->store != NULL);
  enable_action (self, "open", self->session != NULL);
  enable_action (self, "import", self->session != NULL);
  enable_action (self, "directory", self->session != NULL);
  enable_action (self, "print-poster", self->session != NULL);
  enable_action (self, "export-csv", self->community != NULL);
  enable_action (self, "export-json", self->community != NULL);
  enable_action (self, "new-meeting", self->community != NULL);
  enable_action (self, "rename-community", self->community != NULL);
  enable_action (self, "frameworks", self->session != NULL);
  enable_action (self, "adapt-framework", self->community != NULL && self->session != NULL);
  enable_action (self, "points-history", self->community != NULL && self->session != NULL);
  enable_action (self, "archive-reward", self->community != NULL && self->session != NULL);

  for (guint i = 0; i < G_N_ELEMENTS (meeting_actions); i++)
    enable_action (self, meeting_actions[i], has_meeting);
  /* One round at a time: Start while none runs, Stop while one does */
  enable_action (self, "start-live-round", has_meeting && self->live_round == NULL);
  enable_action (self, "stop-live-round", self->live_round != NULL);

  if (has_meeting && seeds_meeting_get_kind (seeds_meeting_view_get_meeting (self->meeting_view)) == SEEDS_MEETING_POSTER)
    for (guint i = 0; i < G_N_ELEMENTS (scoring_actions); i++)
      enable_action (self, scoring_actions[i], FALSE);
}

/**
 * seeds_window_show_group_view:
 *
 * Projector-safe, by rule: the facilitator's screen may be mirrored on the
 * wall, and the group never sees one person's scores there. Whenever the
 * window itself chooses what to show — a meeting chosen or opened at
 * start, cards imported, the presentation begun or left — it shows the
 * meeting's overview, which holds only the group's scores, and those only
 * from the threshold of scores on. One person's scores appear only when
 * the facilitator asks for them: the scoring page, a participant chosen or
 * added. The window tests check each of these moments.
 */
void
seeds_window_show_group_view (SeedsWindow *self)
{
  g_return_if_fail (SEEDS_IS_WINDOW (self));

  seeds_meeting_view_show_page (self->meeting_view, "overview");
}

static void
set_meeting (SeedsWindow  *self,
             SeedsMeeting *meeting)
{
  /* Before the meeting is set, so that no other page is made for it */
  if (meeting != seeds_meeting_view_get_meeting (self->meeting_view))
    seeds_window_show_group_view (self);

  g_clear_object (&self->meeting_framework);
  if (meeting != NULL)
    self->meeting_framework = seeds_window_find_meeting_framework (self, meeting);

  seeds_meeting_view_set_context (self->meeting_view, self->store,
                                  seeds_window_get_meeting_framework (self), meeting);
  g_settings_set_string (self->settings, "last-meeting", meeting ? seeds_meeting_get_id (meeting) : "");
  seeds_window_update_actions (self);
}

static SeedsMeeting *
selected_meeting (SeedsWindow *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->meeting_list);

  return row ? seeds_meeting_row_get_meeting (SEEDS_MEETING_ROW (row)) : NULL;
}

/* The sidebar has rows for the newest meetings before the window's first
 * frame, as many as it can show, and for all of them from the next frame
 * on: so that a community with a hundred meetings opens as fast as one
 * with six. A row is about 50 pixels tall. */
#define ROW_HEIGHT 50

static int
tallest_monitor (GtkWidget *widget)
{
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (widget));
  int tallest = 0;

  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);
      GdkRectangle geometry;

      gdk_monitor_get_geometry (monitor, &geometry);
      tallest = MAX (tallest, geometry.height);
    }

  return tallest;
}

/* How many rows the sidebar shows when the window opens */
static guint
n_first_rows (SeedsWindow *self)
{
  int height = g_settings_get_int (self->settings, "window-height");

  if (g_settings_get_boolean (self->settings, "window-maximized"))
    height = MAX (height, tallest_monitor (GTK_WIDGET (self)));

  return MAX (height, 0) / ROW_HEIGHT + 1;
}

static void
make_all_rows (SeedsWindow *self)
{
  seeds_widget_clear_tick (GTK_WIDGET (self), &self->rows_tick_id);
  gtk_slice_list_model_set_size (self->meeting_rows, G_MAXUINT);
}

static void
on_first_frame_drawn (GtkWidget *widget)
{
  SeedsWindow *self = SEEDS_WINDOW (widget);

  self->rows_tick_id = 0;
  gtk_slice_list_model_set_size (self->meeting_rows, G_MAXUINT);
}

static GtkListBoxRow *
meeting_row_at (SeedsWindow *self,
                guint        position)
{
  if (position >= gtk_slice_list_model_get_size (self->meeting_rows))
    make_all_rows (self);

  return gtk_list_box_get_row_at_index (self->meeting_list, position);
}

/* Selects the meeting of the community shown; when it is not there,
 * the newest. */
void
seeds_window_select_meeting (SeedsWindow *self,
                             const char  *meeting_id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->meetings));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SeedsMeeting) meeting = g_list_model_get_item (G_LIST_MODEL (self->meetings), i);

      if (g_strcmp0 (seeds_meeting_get_id (meeting), meeting_id) == 0)
        {
          gtk_list_box_select_row (self->meeting_list, meeting_row_at (self, i));
          return;
        }
    }

  /* Not there: the newest meeting, or none. */
  gtk_list_box_select_row (self->meeting_list, meeting_row_at (self, 0));
  if (n == 0)
    set_meeting (self, NULL);
}

/**
 * seeds_window_show_meeting:
 * @meeting_id: a meeting of any community
 *
 * Shows the meeting, in its community.
 */
void
seeds_window_show_meeting (SeedsWindow *self,
                           const char  *meeting_id)
{
  g_autoptr(SeedsMeeting) meeting = NULL;

  g_return_if_fail (SEEDS_IS_WINDOW (self));

  if (self->store != NULL)
    meeting = seeds_store_get_meeting (self->store, meeting_id, NULL);
  if (meeting == NULL)
    return;

  seeds_window_set_community (self, seeds_window_find_community (self, seeds_meeting_get_community_id (meeting)));
  seeds_window_select_meeting (self, meeting_id);
}

static void
on_meeting_selected (GtkListBox    *list,
                     GtkListBoxRow *row,
                     SeedsWindow   *self)
{
  SeedsMeeting *meeting = row ? seeds_meeting_row_get_meeting (SEEDS_MEETING_ROW (row)) : NULL;

  if (meeting != seeds_meeting_view_get_meeting (self->meeting_view))
    set_meeting (self, meeting);
}

static void
on_meeting_activated (GtkListBox    *list,
                      GtkListBoxRow *row,
                      SeedsWindow   *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
load_meetings (SeedsWindow *self)
{
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *keep = NULL;
  SeedsMeeting *current = selected_meeting (self);

  keep = current ? g_strdup (seeds_meeting_get_id (current))
                 : g_settings_get_string (self->settings, "last-meeting");

  if (self->community != NULL)
    meetings = seeds_store_list_meetings (self->store, seeds_community_get_id (self->community), &error);
  if (meetings == NULL)
    {
      seeds_widget_show_error (GTK_WIDGET (self), error);
      meetings = g_ptr_array_new ();
    }

  g_list_store_splice (self->meetings, 0, g_list_model_get_n_items (G_LIST_MODEL (self->meetings)),
                       meetings->pdata, meetings->len);
  gtk_stack_set_visible_child_name (self->sidebar_stack, meetings->len > 0 ? "list" : "empty");
  seeds_window_select_meeting (self, keep);
}

static void
load_communities (SeedsWindow *self)
{
  g_autoptr(GPtrArray) communities = NULL;
  g_autoptr(GError) error = NULL;

  communities = seeds_store_list_communities (self->store, &error);
  if (communities == NULL)
    {
      seeds_widget_show_error (GTK_WIDGET (self), error);
      communities = g_ptr_array_new ();
    }

  g_list_store_splice (self->communities, 0, g_list_model_get_n_items (G_LIST_MODEL (self->communities)),
                       communities->pdata, communities->len);
}

/* (nullable) (transfer none) */
SeedsCommunity *
seeds_window_find_community (SeedsWindow *self,
                             const char  *community_id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->communities));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SeedsCommunity) community = g_list_model_get_item (G_LIST_MODEL (self->communities), i);

      if (g_strcmp0 (seeds_community_get_id (community), community_id) == 0)
        return community;  /* the list keeps it alive */
    }

  return NULL;
}

/* (nullable) (transfer none) */
static SeedsCommunity *
first_community (SeedsWindow *self)
{
  g_autoptr(SeedsCommunity) first = g_list_model_get_item (G_LIST_MODEL (self->communities), 0);

  return first;  /* the list keeps it alive */
}

static void award_points (SeedsWindow *self);

static void
award_community_points (GtkWidget *widget)
{
  award_points (SEEDS_WINDOW (widget));
}

static void
show_welcome (SeedsWindow *self)
{
  if (gtk_stack_get_child_by_name (self->main_stack, "welcome") == NULL)
    gtk_stack_add_named (self->main_stack, seeds_welcome_page_new (), "welcome");

  gtk_stack_set_visible_child_name (self->main_stack, "welcome");
}

void
seeds_window_set_community (SeedsWindow    *self,
                            SeedsCommunity *community)
{
  g_set_object (&self->community, community);

  if (community == NULL)
    {
      show_welcome (self);
      seeds_window_update_actions (self);
      return;
    }

  gtk_label_set_text (self->community_label, seeds_community_get_name (community));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->community_button), seeds_community_get_name (community));
  g_settings_set_string (self->settings, "last-community", seeds_community_get_id (community));
  gtk_stack_set_visible_child_name (self->main_stack, "main");

  /* Start from the newest meeting of another community. */
  gtk_list_box_unselect_all (self->meeting_list);
  load_meetings (self);
  seeds_window_update_actions (self);
  /* Its work may be older than team points; after the first frame, so
   * that start-up does not wait for it */
  seeds_widget_after_first_frame (GTK_WIDGET (self), award_community_points);
}

static void
on_awarded (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(SeedsWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (seeds_session_award_points_finish (SEEDS_SESSION (source_object), result, &error) < 0 &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    seeds_widget_show_error (GTK_WIDGET (self), error);
}

/* The community's work earns its points: when it is opened (its work
 * may be older than team points), and after work that the pages write
 * themselves, such as a step marked done or a brilliant failure. An
 * award that finds nothing new changes nothing (seeds_store_award_points()). */
static void
award_points (SeedsWindow *self)
{
  if (self->community == NULL || self->session == NULL)
    return;

  seeds_session_award_points_async (self->session, seeds_community_get_id (self->community), NULL, on_awarded,
                                    g_object_ref (self));
}

static void
award_work (SeedsWindow *self,
            guint        change)
{
  if (change & (SEEDS_STORE_CHANGE_NEXT_STEPS | SEEDS_STORE_CHANGE_FAILURES | SEEDS_STORE_CHANGE_SCORES))
    award_points (self);
}

static void
on_store_changed (SeedsStore  *store,
                  guint        change,
                  SeedsWindow *self)
{
  award_work (self, change);

  if (change & SEEDS_STORE_CHANGE_COMMUNITIES)
    {
      g_autofree char *current = self->community ? g_strdup (seeds_community_get_id (self->community)) : NULL;

      load_communities (self);
      if (current != NULL)
        seeds_window_set_community (self, seeds_window_find_community (self, current));
    }
  else if (change & SEEDS_STORE_CHANGE_MEETINGS)
    {
      load_meetings (self);
    }
}

static GtkWidget *
create_community_row (gpointer item,
                      gpointer user_data)
{
  SeedsWindow *self = user_data;
  SeedsCommunity *community = item;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (seeds_community_get_name (community));
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 36);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_opacity (check, community == self->community ? 1 : 0);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), check);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);

  return box;
}

static void
on_community_activated (GtkListBox    *list,
                        GtkListBoxRow *row,
                        SeedsWindow   *self)
{
  g_autoptr(SeedsCommunity) community =
    g_list_model_get_item (G_LIST_MODEL (self->communities), gtk_list_box_row_get_index (row));

  gtk_popover_popdown (self->community_popover);
  if (community != self->community)
    seeds_window_set_community (self, community);
}

static void
on_community_popover_show (GtkPopover  *popover,
                           SeedsWindow *self)
{
  /* Rebuilt so that the check mark follows the current community. */
  gtk_list_box_bind_model (self->community_list, G_LIST_MODEL (self->communities),
                           create_community_row, self, NULL);
}

/* Window state */

static gboolean
seeds_window_close_request (GtkWindow *window)
{
  SeedsWindow *self = SEEDS_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));

  return GTK_WINDOW_CLASS (seeds_window_parent_class)->close_request (window);
}

static void
on_folded_changed (AdwLeaflet  *leaflet,
                   GParamSpec  *pspec,
                   SeedsWindow *self)
{
  gboolean folded = adw_leaflet_get_folded (leaflet);

  adw_header_bar_set_show_end_title_buttons (self->sidebar_header, folded);
  seeds_meeting_view_set_folded (self->meeting_view, folded);
}

static void on_reopen (SeedsWindow *self,
                       const char  *heading,
                       const char  *body);

/* The pages for a first start and for a damaged database are made when
 * first shown, as most starts show neither. */
static void
show_store_error (SeedsWindow  *self,
                  const GError *error)
{
  if (self->recovery_page == NULL)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      GtkWidget *header = adw_header_bar_new ();

      adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new ("", NULL));
      gtk_widget_add_css_class (header, "flat");
      self->recovery_page = g_object_new (SEEDS_TYPE_RECOVERY_PAGE, NULL);
      gtk_widget_set_vexpand (GTK_WIDGET (self->recovery_page), TRUE);
      g_signal_connect_object (self->recovery_page, "reopen", G_CALLBACK (on_reopen), self, G_CONNECT_SWAPPED);
      gtk_box_append (GTK_BOX (box), header);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->recovery_page));
      gtk_stack_add_named (self->main_stack, box, "error");
    }

  seeds_recovery_page_show_error (self->recovery_page,
                                  seeds_application_get_database_path (self->application),
                                  error);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
}

/* The recovery page made the database usable again, or the user solved the
 * problem: a new window opens on it, this one goes, and @heading and @body
 * say what was done. */
static void
on_reopen (SeedsWindow *self,
           const char  *heading,
           const char  *body)
{
  SeedsWindow *window;

  seeds_application_open_database (self->application,
                                   seeds_application_get_database_path (self->application));
  window = seeds_window_new (self->application);
  gtk_window_present (GTK_WINDOW (window));

  if (heading != NULL)
    seeds_widget_show_message (GTK_WINDOW (window), heading, body);

  gtk_window_destroy (GTK_WINDOW (self));
}

/* The check after start-up found the database damaged, and the user
 * chose to recover it: a new window opens on the recovery page, as for a
 * database that cannot be opened, and this one goes. */
static void
on_recover (SeedsWindow *self)
{
  SeedsBackupScheduler *backups = seeds_application_get_backups (self->application);
  g_autoptr(GError) damage = NULL;
  SeedsWindow *window;

  if (backups == NULL || seeds_backup_scheduler_get_damage (backups) == NULL)
    return;

  damage = g_error_copy (seeds_backup_scheduler_get_damage (backups));
  seeds_application_close_damaged_database (self->application, damage);
  window = seeds_window_new (self->application);
  gtk_window_present (GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
seeds_window_constructed (GObject *object)
{
  SeedsWindow *self = SEEDS_WINDOW (object);
  g_autofree char *last = NULL;
  SeedsCommunity *community;

  G_OBJECT_CLASS (seeds_window_parent_class)->constructed (object);

  self->settings = g_object_ref (seeds_application_get_settings (self->application));
  self->framework = g_object_ref (seeds_application_get_framework (self->application));
  self->session = seeds_application_get_session (self->application);
  if (self->session != NULL)
    seeds_meeting_view_set_frameworks (self->meeting_view, seeds_session_get_frameworks (self->session));

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  gtk_slice_list_model_set_size (self->meeting_rows, n_first_rows (self));

  if (self->session == NULL)
    {
      show_store_error (self, seeds_application_get_store_error (self->application));
      seeds_window_update_actions (self);
      return;
    }

  g_object_ref (self->session);
  self->store = g_object_ref (seeds_session_get_store (self->session));
  self->changed_id = g_signal_connect (self->store, "changed", G_CALLBACK (on_store_changed), self);
  seeds_damage_banner_set_scheduler (self->damage_banner,
                                     seeds_application_get_backups (self->application));

  load_communities (self);
  last = g_settings_get_string (self->settings, "last-community");
  community = seeds_window_find_community (self, last);
  if (community == NULL)
    community = first_community (self);

  seeds_window_set_community (self, community);
  on_folded_changed (self->leaflet, NULL, self);
}

static void
seeds_window_dispose (GObject *object)
{
  SeedsWindow *self = (SeedsWindow *)object;

  /* The lists empty as the window goes: that is no choice of the user's. */
  if (self->meeting_list != NULL)
    g_signal_handlers_disconnect_by_func (self->meeting_list, on_meeting_selected, self);

  /* What the window started ends with it, its files whole or not at all;
   * the callbacks of its jobs find the bar closed. */
  if (self->job_bar != NULL)
    seeds_job_bar_close (self->job_bar);
  /* Nothing is served once the window that showed the address is gone */
  seeds_window_stop_live_round (self);

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_object (&self->store);
  g_clear_object (&self->session);
  g_clear_object (&self->framework);
  g_clear_object (&self->meeting_framework);
  g_clear_object (&self->settings);
  g_clear_object (&self->community);

  G_OBJECT_CLASS (seeds_window_parent_class)->dispose (object);
}

static void
seeds_window_finalize (GObject *object)
{
  SeedsWindow *self = (SeedsWindow *)object;

  g_clear_object (&self->communities);
  g_clear_object (&self->meeting_rows);
  g_clear_object (&self->meetings);
  g_clear_pointer (&self->print_to_file, g_free);

  G_OBJECT_CLASS (seeds_window_parent_class)->finalize (object);
}

enum {
  PROP_0,
  PROP_APPLICATION_OBJECT,
  N_PROPS
};

static void
seeds_window_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  SeedsWindow *self = SEEDS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_APPLICATION_OBJECT:
      self->application = g_value_get_object (value);
      gtk_window_set_application (GTK_WINDOW (self), GTK_APPLICATION (self->application));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
seeds_window_class_init (SeedsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = seeds_window_constructed;
  object_class->dispose = seeds_window_dispose;
  object_class->finalize = seeds_window_finalize;
  object_class->set_property = seeds_window_set_property;
  window_class->close_request = seeds_window_close_request;

  g_object_class_install_property (object_class, PROP_APPLICATION_OBJECT,
                                   g_param_spec_object ("seeds-application", NULL, NULL,
                                                        SEEDS_TYPE_APPLICATION,
                                                        G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY |
                                                        G_PARAM_STATIC_STRINGS));

  g_type_ensure (SEEDS_TYPE_MEETING_VIEW);
  g_type_ensure (SEEDS_TYPE_RECOVERY_PAGE);
  g_type_ensure (SEEDS_TYPE_DAMAGE_BANNER);
  g_type_ensure (SEEDS_TYPE_JOB_BAR);
  g_type_ensure (SEEDS_TYPE_LIVE_BAR);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/seeds-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SeedsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SeedsWindow, job_bar);
  gtk_widget_class_bind_template_child (widget_class, SeedsWindow, live_bar);
  gtk_widget_class_bind_template_child (widget_class, SeedsWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, SeedsWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SeedsWindow, sidebar_header);
  gtk_widget_class_bind_template_child (widget_class, SeedsWindow, community_button);
  gtk_widget_class_bind_template_child (widget_class, SeedsWindow, community_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsWindow, community_popover);
  gtk_widget_class_bind_template_child (widget_class, SeedsWindow, community_list);
  gtk_widget_class_bind_template_child (widget_class, SeedsWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, SeedsWindow, meeting_list);
  gtk_widget_class_bind_template_child (widget_class, SeedsWindow, meeting_view);
  gtk_widget_class_bind_template_child (widget_class, SeedsWindow, damage_banner);
  gtk_widget_class_bind_template_callback (widget_class, on_recover);
  gtk_widget_class_bind_template_callback (widget_class, on_meeting_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_meeting_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_community_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_community_popover_show);
  gtk_widget_class_bind_template_callback (widget_class, on_folded_changed);
}

static GtkWidget *
create_meeting_row (gpointer item,
                    gpointer user_data)
{
  return seeds_meeting_row_new (item);
}

/* Files dropped on the window are opened as by a double-click. */
static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         SeedsWindow   *self)
{
  GSList *list = g_value_get_boxed (value);
  g_autoptr(GPtrArray) files = g_ptr_array_new ();

  for (GSList *l = list; l != NULL; l = l->next)
    g_ptr_array_add (files, l->data);

  seeds_window_open_files (self, (GFile **) files->pdata, files->len);
  return files->len > 0;
}

static void
seeds_window_init (SeedsWindow *self)
{
  GtkDropTarget *target;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->communities = g_list_store_new (SEEDS_TYPE_COMMUNITY);
  self->meetings = g_list_store_new (SEEDS_TYPE_MEETING);
  self->meeting_rows = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->meetings)), 0, 0);
  gtk_list_box_bind_model (self->meeting_list, G_LIST_MODEL (self->meeting_rows),
                           create_meeting_row, NULL, NULL);
  self->rows_tick_id = seeds_widget_after_first_frame (GTK_WIDGET (self), on_first_frame_drawn);

  seeds_window_add_actions (self);

  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (target, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

SeedsWindow *
seeds_window_new (SeedsApplication *application)
{
  g_return_val_if_fail (SEEDS_IS_APPLICATION (application), NULL);

  return g_object_new (SEEDS_TYPE_WINDOW,
                       "seeds-application", application,
                       NULL);
}

/* "welcome", "error" or "main": what the window shows. */
const char *
seeds_window_get_page (SeedsWindow *self)
{
  g_return_val_if_fail (SEEDS_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->main_stack);
}
