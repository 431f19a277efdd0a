/* seeds-window.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "community/seeds-community-dialog.h"
#include "exchange/seeds-community-export.h"
#include "exchange/seeds-csv.h"
#include "directory/seeds-directory-window.h"
#include "exchange/seeds-import-dialog.h"
#include "exchange/seeds-importer.h"
#include "exchange/seeds-invitation.h"
#include "meetings/seeds-report-print-operation.h"
#include "exchange/seeds-scorecard-window.h"
#include "meetings/seeds-meeting-dialog.h"
#include "meetings/seeds-meeting-row.h"
#include "scoring/seeds-participant-dialog.h"
#include "poster/seeds-poster-dialog.h"
#include "poster/seeds-poster-print-operation.h"
#include "presentation/seeds-presentation-window.h"
#include "meetings/seeds-review-dialog.h"
#include "exchange/seeds-file-name.h"
#include "seeds-window-private.h"
#include "seeds-widget-util.h"

/* The main window: the learning community and its meetings in a sidebar,
 * the chosen meeting beside it. A first start shows a welcome; a database
 * that cannot be used shows why, and nothing else. */

G_DEFINE_FINAL_TYPE (SeedsWindow, seeds_window, ADW_TYPE_APPLICATION_WINDOW)

static void set_community (SeedsWindow    *self,
                           SeedsCommunity *community);

static const char * const meeting_actions[] = {
  "edit-meeting", "add-participant", "next-participant", "previous-participant",
  "toggle-panel", "show-scoring", "show-overview", "show-history", "add-next-step", "present",
  "export-invitation", "print-report", "show-compare",
};

/* What makes no sense for a meeting held with the poster: nobody scores in
 * the app. */
static const char * const scoring_actions[] = {
  "add-participant", "next-participant", "previous-participant", "export-invitation",
};

static void
enable_action (SeedsWindow *self,
               const char  *name,
               gboolean     enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static void
update_actions (SeedsWindow *self)
{
  gboolean has_meeting = seeds_meeting_view_get_meeting (self->meeting_view) != NULL;

  enable_action (self, "new-community", self->store != NULL);
  enable_action (self, "import", self->store != NULL);
  enable_action (self, "directory", self->store != NULL);
  enable_action (self, "export-csv", self->community != NULL);
  enable_action (self, "export-json", self->community != NULL);
  enable_action (self, "new-meeting", self->community != NULL);
  enable_action (self, "rename-community", self->community != NULL);

  for (guint i = 0; i < G_N_ELEMENTS (meeting_actions); i++)
    enable_action (self, meeting_actions[i], has_meeting);

  if (has_meeting && seeds_meeting_get_kind (seeds_meeting_view_get_meeting (self->meeting_view)) == SEEDS_MEETING_POSTER)
    for (guint i = 0; i < G_N_ELEMENTS (scoring_actions); i++)
      enable_action (self, scoring_actions[i], FALSE);
}

/* win.show-error: a write failed (see seeds_widget_show_error()). */
static void
show_error_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  SeedsWindow *self = user_data;
  /* A toast's title is markup; the message may hold a file name. */
  g_autofree char *escaped = g_markup_escape_text (g_variant_get_string (parameter, NULL), -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

static void
set_meeting (SeedsWindow  *self,
             SeedsMeeting *meeting)
{
  seeds_meeting_view_set_context (self->meeting_view, self->store, self->framework, meeting);
  g_settings_set_string (self->settings, "last-meeting", meeting ? seeds_meeting_get_id (meeting) : "");
  update_actions (self);
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
 * with six. */
#define N_FIRST_ROWS 30

static void
make_all_rows (SeedsWindow *self)
{
  if (self->rows_tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->rows_tick_id);
  self->rows_tick_id = 0;
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

static void
select_meeting (SeedsWindow *self,
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
  select_meeting (self, keep);
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

static SeedsCommunity *
find_community (SeedsWindow *self,
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

static void
set_community (SeedsWindow    *self,
               SeedsCommunity *community)
{
  g_set_object (&self->community, community);

  if (community == NULL)
    {
      gtk_stack_set_visible_child_name (self->main_stack, "welcome");
      update_actions (self);
      return;
    }

  gtk_label_set_text (self->community_label, seeds_community_get_name (community));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->community_button), seeds_community_get_name (community));
  g_settings_set_string (self->settings, "last-community", seeds_community_get_id (community));
  gtk_stack_set_visible_child_name (self->main_stack, "main");

  /* Start from the newest meeting of another community. */
  gtk_list_box_unselect_all (self->meeting_list);
  load_meetings (self);
  update_actions (self);
}

static void
on_store_changed (SeedsStore  *store,
                  guint        change,
                  SeedsWindow *self)
{
  if (change & SEEDS_STORE_CHANGE_COMMUNITIES)
    {
      g_autofree char *current = self->community ? g_strdup (seeds_community_get_id (self->community)) : NULL;

      load_communities (self);
      if (current != NULL)
        set_community (self, find_community (self, current));
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
    set_community (self, community);
}

static void
on_community_popover_show (GtkPopover  *popover,
                           SeedsWindow *self)
{
  /* Rebuilt so that the check mark follows the current community. */
  gtk_list_box_bind_model (self->community_list, G_LIST_MODEL (self->communities),
                           create_community_row, self, NULL);
}

/* Actions */

static void
on_new_community_response (SeedsCommunityDialog *dialog,
                           const char           *response,
                           SeedsWindow          *self)
{
  g_autoptr(SeedsCommunity) community = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  if (!g_str_equal (response, SEEDS_FORM_DIALOG_SAVE))
    return;

  name = seeds_community_dialog_get_name (dialog);
  community = seeds_store_add_community (self->store, name, &error);
  if (community == NULL)
    {
      seeds_widget_show_error (GTK_WIDGET (self), error);
      return;
    }

  set_community (self, find_community (self, seeds_community_get_id (community)));
}

static void
new_community_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  SeedsWindow *self = user_data;
  SeedsCommunityDialog *dialog = seeds_community_dialog_new (GTK_WINDOW (self), NULL);

  gtk_popover_popdown (self->community_popover);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_new_community_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_rename_community_response (SeedsCommunityDialog *dialog,
                              const char           *response,
                              SeedsWindow          *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  if (!g_str_equal (response, SEEDS_FORM_DIALOG_SAVE) || self->community == NULL)
    return;

  name = seeds_community_dialog_get_name (dialog);
  if (!seeds_store_rename_community (self->store, self->community, name, &error))
    seeds_widget_show_error (GTK_WIDGET (self), error);
}

static void
rename_community_activated (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  SeedsWindow *self = user_data;
  SeedsCommunityDialog *dialog;

  dialog = seeds_community_dialog_new (GTK_WINDOW (self), seeds_community_get_name (self->community));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_rename_community_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Saves what the review decided, all steps in one write or, when one
 * cannot be saved, none: they are asked about again next time. */
static void
on_review_response (SeedsReviewDialog *dialog,
                    const char        *response,
                    SeedsWindow       *self)
{
  guint n_steps = seeds_review_dialog_get_n_steps (dialog);
  g_autofree SeedsReviewDecision *decisions = g_new0 (SeedsReviewDecision, MAX (n_steps, 1));
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, SEEDS_FORM_DIALOG_SAVE) || self->store == NULL)
    return;

  for (guint i = 0; i < n_steps; i++)
    {
      decisions[i].step_id = seeds_next_step_get_id (seeds_review_dialog_get_step (dialog, i));
      decisions[i].outcome = seeds_review_dialog_get_outcome (dialog, i);
    }

  if (!seeds_store_review_next_steps (self->store, seeds_review_dialog_get_meeting_id (dialog), decisions,
                                      n_steps, &error))
    seeds_widget_show_error (GTK_WIDGET (self), error);
}

/* A new meeting starts by looking back: what became of the steps agreed
 * in earlier meetings that are still open? */
static void
review_open_steps (SeedsWindow  *self,
                   SeedsMeeting *meeting)
{
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GError) error = NULL;
  SeedsReviewDialog *dialog;

  steps = seeds_store_list_steps_to_review (self->store, seeds_meeting_get_id (meeting), &error);
  if (steps == NULL)
    {
      seeds_widget_show_error (GTK_WIDGET (self), error);
      return;
    }

  if (steps->len == 0)
    return;

  dialog = seeds_review_dialog_new (GTK_WINDOW (self), self->framework, seeds_meeting_get_id (meeting), steps);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_review_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_new_meeting_response (SeedsMeetingDialog *dialog,
                         const char         *response,
                         SeedsWindow        *self)
{
  g_autoptr(SeedsMeeting) meeting = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *notes = NULL;

  if (!g_str_equal (response, SEEDS_FORM_DIALOG_SAVE) || self->community == NULL)
    return;

  title = seeds_meeting_dialog_get_title (dialog);
  notes = seeds_meeting_dialog_get_notes (dialog);
  meeting = seeds_store_add_meeting_of_kind (self->store, seeds_community_get_id (self->community),
                                             seeds_framework_get_id (self->framework),
                                             seeds_meeting_dialog_get_kind (dialog),
                                             seeds_meeting_dialog_get_date (dialog), title, notes, &error);
  if (meeting == NULL)
    {
      seeds_widget_show_error (GTK_WIDGET (self), error);
      return;
    }

  select_meeting (self, seeds_meeting_get_id (meeting));
  seeds_meeting_view_show_page (self->meeting_view, "scoring");
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  review_open_steps (self, meeting);
}

static void
new_meeting_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  SeedsWindow *self = user_data;
  SeedsMeetingDialog *dialog = seeds_meeting_dialog_new (GTK_WINDOW (self), NULL);

  g_signal_connect_object (dialog, "response", G_CALLBACK (on_new_meeting_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_edit_meeting_response (SeedsMeetingDialog *dialog,
                          const char         *response,
                          SeedsWindow        *self)
{
  SeedsMeeting *meeting = seeds_meeting_view_get_meeting (self->meeting_view);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *notes = NULL;

  if (!g_str_equal (response, SEEDS_FORM_DIALOG_SAVE) || meeting == NULL)
    return;

  title = seeds_meeting_dialog_get_title (dialog);
  notes = seeds_meeting_dialog_get_notes (dialog);
  if (!seeds_store_update_meeting (self->store, meeting, seeds_meeting_dialog_get_date (dialog),
                                   title, notes, &error))
    seeds_widget_show_error (GTK_WIDGET (self), error);
}

static void
edit_meeting_activated (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  SeedsWindow *self = user_data;
  SeedsMeetingDialog *dialog;

  dialog = seeds_meeting_dialog_new (GTK_WINDOW (self), seeds_meeting_view_get_meeting (self->meeting_view));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_edit_meeting_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_add_participant_response (SeedsParticipantDialog *dialog,
                             const char             *response,
                             SeedsWindow            *self)
{
  SeedsMeeting *meeting = seeds_meeting_view_get_meeting (self->meeting_view);
  SeedsScoringPage *page = seeds_meeting_view_get_scoring_page (self->meeting_view);
  g_autoptr(SeedsParticipant) added = NULL;
  g_autoptr(GError) error = NULL;

  if (meeting == NULL)
    return;

  if (g_str_equal (response, SEEDS_FORM_DIALOG_SAVE))
    {
      g_autofree char *name = seeds_participant_dialog_get_name (dialog);
      g_autofree char *organisation = seeds_participant_dialog_get_organisation (dialog);

      added = seeds_store_add_participant (self->store, seeds_meeting_get_id (meeting), name, organisation,
                                           seeds_participant_dialog_get_partner_type (dialog), &error);
    }
  else if (g_str_equal (response, SEEDS_PARTICIPANT_DIALOG_EXISTING))
    {
      SeedsParticipant *existing = seeds_participant_dialog_get_existing (dialog);

      if (seeds_store_add_attendee (self->store, seeds_meeting_get_id (meeting),
                                    seeds_participant_get_id (existing), &error))
        added = g_object_ref (existing);
    }
  else
    {
      return;
    }

  if (added == NULL)
    {
      seeds_widget_show_error (GTK_WIDGET (self), error);
      return;
    }

  seeds_scoring_page_select_participant (page, seeds_participant_get_id (added));
  seeds_meeting_view_show_page (self->meeting_view, "scoring");
}

/* Members of the community who are not in the meeting yet. */
static GPtrArray *
list_absent_members (SeedsWindow  *self,
                     SeedsMeeting *meeting)
{
  GPtrArray *absent = seeds_store_list_absent_members (self->store, seeds_meeting_get_id (meeting), NULL);

  return absent != NULL ? absent : g_ptr_array_new_with_free_func (g_object_unref);
}

static void
add_participant_activated (GSimpleAction *action,
                           GVariant      *parameter,
                           gpointer       user_data)
{
  SeedsWindow *self = user_data;
  SeedsMeeting *meeting = seeds_meeting_view_get_meeting (self->meeting_view);
  g_autoptr(GPtrArray) absent = list_absent_members (self, meeting);
  SeedsParticipantDialog *dialog = seeds_participant_dialog_new (GTK_WINDOW (self), absent);

  g_signal_connect_object (dialog, "response", G_CALLBACK (on_add_participant_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
step_participant_activated (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  SeedsWindow *self = user_data;
  int direction = g_str_equal (g_action_get_name (G_ACTION (action)), "next-participant") ? 1 : -1;

  seeds_meeting_view_show_page (self->meeting_view, "scoring");
  seeds_scoring_page_step_participant (seeds_meeting_view_get_scoring_page (self->meeting_view), direction);
}

static void
toggle_panel_activated (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  SeedsWindow *self = user_data;

  seeds_meeting_view_set_panel_visible (self->meeting_view,
                                        !seeds_meeting_view_get_panel_visible (self->meeting_view));
}

static void
show_page_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  SeedsWindow *self = user_data;
  /* "show-scoring" shows the page "scoring", and so on. */
  const char *name = g_action_get_name (G_ACTION (action)) + strlen ("show-");

  seeds_meeting_view_show_page (self->meeting_view, name);
}

/* Opens a meeting of the community, from its timeline, on its overview. */
static void
show_meeting_activated (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  SeedsWindow *self = user_data;
  SeedsMeeting *meeting;

  select_meeting (self, g_variant_get_string (parameter, NULL));
  meeting = seeds_meeting_view_get_meeting (self->meeting_view);
  if (meeting != NULL && g_str_equal (seeds_meeting_get_id (meeting), g_variant_get_string (parameter, NULL)))
    seeds_meeting_view_show_page (self->meeting_view, "overview");
}

static void
show_meetings_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  SeedsWindow *self = user_data;

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
add_next_step_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  SeedsWindow *self = user_data;

  seeds_factor_panel_add_next_step (seeds_meeting_view_get_factor_panel (self->meeting_view));
}

static void
present_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  SeedsWindow *self = user_data;
  SeedsPresentationWindow *presentation;

  presentation = seeds_presentation_window_new (GTK_WINDOW (self), self->store, self->framework,
                                                seeds_meeting_view_get_meeting (self->meeting_view),
                                                self->settings);
  gtk_window_present (GTK_WINDOW (presentation));
}

/* Exchange with members: invitations out, score cards in. */

static void
select_meeting_by_id (SeedsWindow *self,
                      const char  *meeting_id)
{
  g_autoptr(SeedsMeeting) meeting = seeds_store_get_meeting (self->store, meeting_id, NULL);

  if (meeting == NULL)
    return;

  set_community (self, find_community (self, seeds_meeting_get_community_id (meeting)));
  select_meeting (self, meeting_id);
}

/**
 * seeds_window_import_files:
 *
 * Imports invitations and score cards, each whole or not at all, and says
 * per file what happened; then shows the meeting they were for.
 */
void
seeds_window_import_files (SeedsWindow  *self,
                           GFile       **files,
                           guint         n_files)
{
  g_autoptr(GPtrArray) results = NULL;
  SeedsImportDialog *dialog;

  g_return_if_fail (SEEDS_IS_WINDOW (self));

  if (self->store == NULL || n_files == 0)
    return;

  results = seeds_importer_import_files (self->store, self->framework, files, n_files);

  for (guint i = 0; i < results->len; i++)
    {
      const SeedsImportResult *result = g_ptr_array_index (results, i);

      if (result->meeting_id != NULL)
        {
          select_meeting_by_id (self, result->meeting_id);
          break;
        }
    }

  dialog = seeds_import_dialog_new (GTK_WINDOW (self), results);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
is_invitation (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);

  return name != NULL && g_str_has_suffix (name, SEEDS_INVITATION_SUFFIX);
}

/* A member opens the invitation: a window of their own to score in. */
static void
score_invitation (SeedsWindow *self,
                  GFile       *file)
{
  g_autoptr(SeedsInvitation) invitation = NULL;
  g_autoptr(GError) error = NULL;
  SeedsScorecardWindow *window;

  invitation = seeds_invitation_new_from_file (file, self->framework, &error);
  if (invitation == NULL)
    {
      seeds_widget_show_error (GTK_WIDGET (self), error);
      return;
    }

  window = seeds_scorecard_window_new (GTK_APPLICATION (self->application), invitation, self->framework,
                                       self->settings);
  gtk_window_present (GTK_WINDOW (window));
}

/**
 * seeds_window_open_files:
 *
 * What opening files does (double-click, File → Open, dropping them): one
 * invitation opens the window to score that meeting in; anything else is
 * imported.
 */
void
seeds_window_open_files (SeedsWindow  *self,
                         GFile       **files,
                         guint         n_files)
{
  g_return_if_fail (SEEDS_IS_WINDOW (self));

  if (n_files == 1 && is_invitation (files[0]))
    score_invitation (self, files[0]);
  else
    seeds_window_import_files (self, files, n_files);
}

static void
on_open_response (GtkNativeDialog *chooser,
                  int              response,
                  SeedsWindow     *self)
{
  g_autoptr(GListModel) files = NULL;
  g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean import = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "import"));

  if (response == GTK_RESPONSE_ACCEPT)
    files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);

  for (guint i = 0; files != NULL && i < g_list_model_get_n_items (files); i++)
    g_ptr_array_add (array, g_list_model_get_item (files, i));

  if (import)
    seeds_window_import_files (self, (GFile **) array->pdata, array->len);
  else
    seeds_window_open_files (self, (GFile **) array->pdata, array->len);
}

static void
choose_files (SeedsWindow *self,
              const char  *title,
              gboolean     import)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Invitations, score cards, profiles and JSON exports"));
  gtk_file_filter_add_suffix (filter, SEEDS_INVITATION_SUFFIX + 1);
  gtk_file_filter_add_suffix (filter, SEEDS_SCORECARD_SUFFIX + 1);
  gtk_file_filter_add_suffix (filter, SEEDS_PROFILE_SUFFIX + 1);
  gtk_file_filter_add_suffix (filter, SEEDS_COMMUNITY_SUFFIX + 1);
  gtk_file_filter_add_mime_type (filter, "application/json");

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN, NULL, NULL);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_set_data (G_OBJECT (chooser), "import", GINT_TO_POINTER (import));
  g_signal_connect (chooser, "response", G_CALLBACK (on_open_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  choose_files (user_data, _("Open Invitation or Score Cards"), FALSE);
}

static void
import_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  choose_files (user_data, _("Import Score Cards"), TRUE);
}

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

typedef gboolean (*SaveFunc) (SeedsWindow *self,
                              GFile       *file,
                              GError     **error);

static void
on_save_response (GtkNativeDialog *chooser,
                  int              response,
                  SeedsWindow     *self)
{
  SaveFunc save = g_object_get_data (G_OBJECT (chooser), "save");
  const char *done = g_object_get_data (G_OBJECT (chooser), "done");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (file != NULL && !save (self, file, &error))
    seeds_widget_show_error (GTK_WIDGET (self), error);
  else if (file != NULL)
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (done));

  g_object_unref (chooser);
}

/* Asks where to save, suggesting @name, then saves with @save. */
static void
save_as (SeedsWindow *self,
         const char  *title,
         const char  *name,
         SaveFunc     save,
         const char  *done)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data (G_OBJECT (chooser), "save", save);
  g_object_set_data (G_OBJECT (chooser), "done", (gpointer) done);
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Saves the invitation to the meeting shown, for members to score. */
gboolean
seeds_window_save_invitation (SeedsWindow  *self,
                              GFile        *file,
                              GError      **error)
{
  g_autoptr(SeedsInvitation) invitation = NULL;

  g_return_val_if_fail (SEEDS_IS_WINDOW (self), FALSE);

  invitation = seeds_invitation_new_for_meeting (self->community, seeds_meeting_view_get_meeting (self->meeting_view));
  return seeds_invitation_save (invitation, file, error);
}

static void
export_invitation_activated (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  SeedsWindow *self = user_data;
  SeedsMeeting *meeting = seeds_meeting_view_get_meeting (self->meeting_view);
  g_autofree char *name = seeds_file_name_for (seeds_meeting_get_title (meeting),
                                                          SEEDS_INVITATION_SUFFIX);

  save_as (self, _("Save Invitation"), name, seeds_window_save_invitation,
           _("Invitation saved. Members open it to score the meeting on their own computer."));
}

/* Saves every score of the community shown as a spreadsheet (CSV). */
gboolean
seeds_window_save_csv (SeedsWindow  *self,
                       GFile        *file,
                       GError      **error)
{
  g_return_val_if_fail (SEEDS_IS_WINDOW (self), FALSE);

  return seeds_csv_export_to_file (self->store, self->framework, seeds_community_get_id (self->community),
                                   file, error);
}

/* Saves everything the store holds about the community shown as JSON (see
 * "Community export" in docs/formats.md). */
gboolean
seeds_window_save_json (SeedsWindow  *self,
                        GFile        *file,
                        GError      **error)
{
  g_return_val_if_fail (SEEDS_IS_WINDOW (self), FALSE);

  return seeds_community_export_json_to_file (self->store, seeds_community_get_id (self->community),
                                              file, error);
}

/* The exports of the community shown: a file named after it. */
static void
export_community (SeedsWindow *self,
                  const char  *title,
                  const char  *suffix,
                  SaveFunc     save,
                  const char  *done)
{
  g_autofree char *name = seeds_file_name_for (seeds_community_get_name (self->community), suffix);

  save_as (self, title, name, save, done);
}

static void
export_csv_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  export_community (user_data, _("Export Scores"), ".csv", seeds_window_save_csv, _("Scores exported."));
}

static void
export_json_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  export_community (user_data, _("Export Learning Community"), ".json", seeds_window_save_json,
                    _("Learning community exported."));
}

/* Printing: the report and the poster. */

static void
on_print_done (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               SeedsWindow             *self)
{
  g_autoptr(GError) error = NULL;

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;

  gtk_print_operation_get_error (operation, &error);
  seeds_widget_show_error (GTK_WIDGET (self), error);
}

/* Shows the print dialog for @operation, which prints when the user says
 * so; what goes wrong is shown when it is done. */
static void
start_printing (SeedsWindow       *self,
                GtkPrintOperation *operation)
{
  GtkPrintOperationAction action = GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG;

  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done), self, 0);

  if (self->print_to_file != NULL)
    {
      gtk_print_operation_set_export_filename (operation, self->print_to_file);
      action = GTK_PRINT_OPERATION_ACTION_EXPORT;
    }
  else
    {
      gtk_print_operation_set_allow_async (operation, TRUE);
    }

  gtk_print_operation_run (operation, action, GTK_WINDOW (self), NULL);
}

static void
print_report_activated (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  SeedsWindow *self = user_data;
  g_autoptr(SeedsReportPrintOperation) operation = NULL;

  operation = seeds_report_print_operation_new (self->store, seeds_meeting_view_get_meeting (self->meeting_view));
  start_printing (self, GTK_PRINT_OPERATION (operation));
}

/* The poster is laid out for the paper chosen: when it does not fit, the
 * error says so and nothing is printed. */
static void
on_print_poster_response (SeedsPosterDialog *dialog,
                          const char        *response,
                          SeedsWindow       *self)
{
  g_autoptr(SeedsPosterPrintOperation) operation = NULL;
  g_autofree char *base_url = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, SEEDS_POSTER_DIALOG_PRINT))
    return;

  base_url = g_settings_get_string (self->settings, "poster-base-url");
  operation = seeds_poster_print_operation_new (seeds_poster_dialog_get_language (dialog), base_url,
                                                seeds_poster_dialog_get_paper (dialog),
                                                seeds_poster_dialog_get_landscape (dialog), &error);
  if (operation == NULL)
    {
      seeds_widget_show_error (GTK_WIDGET (self), error);
      return;
    }

  start_printing (self, GTK_PRINT_OPERATION (operation));
}

/* The poster needs no community or meeting: a group may score on it
 * before it uses the app. */
static void
print_poster_activated (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  SeedsWindow *self = user_data;
  g_autofree char *base_url = g_settings_get_string (self->settings, "poster-base-url");
  SeedsPosterDialog *dialog = seeds_poster_dialog_new (GTK_WINDOW (self), base_url);

  g_signal_connect_object (dialog, "response", G_CALLBACK (on_print_poster_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The directory of learning communities and its map, in a window of its own */
static void
directory_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  SeedsWindow *self = user_data;

  seeds_directory_window_show (GTK_WINDOW (self), self->store, self->framework, self->settings);
}

static const GActionEntry win_actions[] = {
  { "open", open_activated },
  { "import", import_activated },
  { "export-invitation", export_invitation_activated },
  { "export-csv", export_csv_activated },
  { "export-json", export_json_activated },
  { "print-report", print_report_activated },
  { "print-poster", print_poster_activated },
  { "present", present_activated },
  { "new-community", new_community_activated },
  { "rename-community", rename_community_activated },
  { "new-meeting", new_meeting_activated },
  { "edit-meeting", edit_meeting_activated },
  { "add-participant", add_participant_activated },
  { "next-participant", step_participant_activated },
  { "previous-participant", step_participant_activated },
  { "toggle-panel", toggle_panel_activated },
  { "show-scoring", show_page_activated },
  { "show-overview", show_page_activated },
  { "show-history", show_page_activated },
  { "show-compare", show_page_activated },
  { "show-meeting", show_meeting_activated, "s" },
  { "show-meetings", show_meetings_activated },
  { "add-next-step", add_next_step_activated },
  { "directory", directory_activated },
  { "show-error", show_error_activated, "s" },
};

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

static void
show_store_error (SeedsWindow  *self,
                  const GError *error)
{
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
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (window), heading, body);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }

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
  self->store = seeds_application_get_store (self->application);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  if (self->store == NULL)
    {
      show_store_error (self, seeds_application_get_store_error (self->application));
      update_actions (self);
      return;
    }

  g_object_ref (self->store);
  self->changed_id = g_signal_connect (self->store, "changed", G_CALLBACK (on_store_changed), self);
  seeds_damage_banner_set_scheduler (self->damage_banner,
                                     seeds_application_get_backups (self->application));

  load_communities (self);
  last = g_settings_get_string (self->settings, "last-community");
  community = find_community (self, last);
  if (community == NULL)
    community = first_community (self);

  set_community (self, community);
  on_folded_changed (self->leaflet, NULL, self);
}

static void
seeds_window_dispose (GObject *object)
{
  SeedsWindow *self = (SeedsWindow *)object;

  /* The lists empty as the window goes: that is no choice of the user's. */
  if (self->meeting_list != NULL)
    g_signal_handlers_disconnect_by_func (self->meeting_list, on_meeting_selected, self);

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_object (&self->store);
  g_clear_object (&self->framework);
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

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/seeds-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SeedsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SeedsWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, SeedsWindow, recovery_page);
  gtk_widget_class_bind_template_callback (widget_class, on_reopen);
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

static void
seeds_window_init (SeedsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->communities = g_list_store_new (SEEDS_TYPE_COMMUNITY);
  self->meetings = g_list_store_new (SEEDS_TYPE_MEETING);
  self->meeting_rows = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->meetings)), 0,
                                                 N_FIRST_ROWS);
  gtk_list_box_bind_model (self->meeting_list, G_LIST_MODEL (self->meeting_rows),
                           create_meeting_row, NULL, NULL);
  self->rows_tick_id = seeds_widget_after_first_frame (GTK_WIDGET (self), on_first_frame_drawn);

  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions, G_N_ELEMENTS (win_actions), self);

  {
    GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

    g_signal_connect (target, "drop", G_CALLBACK (on_drop), self);
    gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
  }
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
