/* seeds-window-actions.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "community/seeds-community-dialog.h"
#include "directory/seeds-directory-window.h"
#include "exchange/seeds-exchange.h"
#include "meetings/seeds-meeting-dialog.h"
#include "meetings/seeds-review-dialog.h"
#include "presentation/seeds-presentation-window.h"
#include "stats/seeds-meeting-results.h"
#include "scoring/seeds-participant-dialog.h"
#include "seeds-file-chooser.h"
#include "seeds-widget-util.h"
#include "seeds-window-private.h"

/* The window's actions (win.*), each a short dispatcher: it asks what it
 * needs in a dialog or a file chooser, then writes through the store, or
 * hands the work to the session when it reads or writes files or many
 * rows (seeds-window-files.c for the files). Printing is in
 * seeds-window-print.c. */

/* win.show-error: a write failed (see seeds_widget_show_error()). */
static void
show_error_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  SeedsWindow *self = user_data;

  seeds_widget_add_toast (self->toast_overlay, g_variant_get_string (parameter, NULL));
}

/* Learning communities */

static void
on_new_community_response (SeedsCommunityDialog *dialog,
                           const char           *response,
                           SeedsWindow          *self)
{
  g_autoptr(SeedsCommunity) community = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  SeedsFrameworkEntry *framework;

  if (!g_str_equal (response, SEEDS_FORM_DIALOG_SAVE))
    return;

  name = seeds_community_dialog_get_name (dialog);
  framework = seeds_community_dialog_get_framework (dialog);
  community = framework != NULL
              ? seeds_store_add_community_with_framework (self->store, name,
                                                          seeds_framework_entry_get_id (framework),
                                                          seeds_framework_entry_get_edition (framework),
                                                          &error)
              : seeds_store_add_community (self->store, name, &error);
  if (community == NULL)
    {
      seeds_widget_show_error (GTK_WIDGET (self), error);
      return;
    }

  seeds_window_set_community (self, seeds_window_find_community (self, seeds_community_get_id (community)));
}

static void
new_community_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  SeedsWindow *self = user_data;
  SeedsCommunityDialog *dialog = seeds_community_dialog_new (GTK_WINDOW (self), NULL);
  g_autoptr(GPtrArray) frameworks = seeds_window_list_frameworks (self);

  seeds_community_dialog_offer_frameworks (dialog, frameworks);
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

/* Meetings */

/* Saves what the review decided, all steps in one write or, when one
 * cannot be saved, none: they are asked about again next time. */
static void
on_review_saved (GObject      *source_object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(SeedsJob) job = user_data;
  g_autoptr(GError) error = NULL;

  seeds_session_save_review_finish (SEEDS_SESSION (source_object), result, &error);
  seeds_job_end (job, error, NULL);
}

static void
on_review_response (SeedsReviewDialog *dialog,
                    const char        *response,
                    SeedsWindow       *self)
{
  guint n_steps = seeds_review_dialog_get_n_steps (dialog);
  g_autofree SeedsReviewDecision *decisions = g_new0 (SeedsReviewDecision, MAX (n_steps, 1));
  SeedsJob *job;

  if (!g_str_equal (response, SEEDS_FORM_DIALOG_SAVE) ||
      (job = seeds_job_bar_begin (self->job_bar, NULL, NULL, self)) == NULL)
    return;

  for (guint i = 0; i < n_steps; i++)
    {
      decisions[i].step_id = seeds_next_step_get_id (seeds_review_dialog_get_step (dialog, i));
      decisions[i].outcome = seeds_review_dialog_get_outcome (dialog, i);
    }

  seeds_session_save_review_async (self->session, seeds_review_dialog_get_meeting_id (dialog),
                                   decisions, n_steps, seeds_job_get_cancellable (job),
                                   on_review_saved, job);
}

static void
on_steps_to_review (GObject      *source_object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(SeedsJob) job = user_data;
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GError) error = NULL;
  SeedsWindow *self = seeds_job_get_owner (job);
  SeedsReviewDialog *dialog;

  steps = seeds_session_list_steps_to_review_finish (SEEDS_SESSION (source_object), result, &error);
  if (!seeds_job_end (job, error, NULL) || steps->len == 0)
    return;

  dialog = seeds_review_dialog_new (GTK_WINDOW (self), seeds_window_get_meeting_framework (self),
                                    seeds_job_get_data (job), steps);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_review_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A new meeting starts by looking back: what became of the steps agreed
 * in earlier meetings that are still open? */
static void
review_open_steps (SeedsWindow  *self,
                   SeedsMeeting *meeting)
{
  SeedsJob *job = seeds_job_bar_begin (self->job_bar, NULL, NULL, self);

  if (job == NULL)
    return;

  seeds_job_set_data (job, g_strdup (seeds_meeting_get_id (meeting)), g_free);
  seeds_session_list_steps_to_review_async (self->session, seeds_meeting_get_id (meeting),
                                            seeds_job_get_cancellable (job), on_steps_to_review, job);
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
  SeedsFrameworkEntry *framework = seeds_meeting_dialog_get_framework (dialog);

  if (!g_str_equal (response, SEEDS_FORM_DIALOG_SAVE) || self->community == NULL)
    return;

  title = seeds_meeting_dialog_get_title (dialog);
  notes = seeds_meeting_dialog_get_notes (dialog);
  meeting = seeds_store_add_meeting_full (self->store, seeds_community_get_id (self->community),
                                          framework != NULL ? seeds_framework_entry_get_id (framework)
                                                            : seeds_framework_get_id (self->framework),
                                          framework != NULL ? seeds_framework_entry_get_edition (framework) : 1,
                                          seeds_meeting_dialog_get_kind (dialog),
                                          seeds_meeting_dialog_get_date (dialog), title, notes, &error);
  if (meeting == NULL)
    {
      seeds_widget_show_error (GTK_WIDGET (self), error);
      return;
    }

  seeds_window_select_meeting (self, seeds_meeting_get_id (meeting));
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
  g_autoptr(GPtrArray) frameworks = seeds_window_list_frameworks (self);

  /* A new meeting starts with its community's framework */
  seeds_meeting_dialog_offer_frameworks (dialog, frameworks,
                                         seeds_community_get_framework_id (self->community),
                                         seeds_community_get_framework_edition (self->community),
                                         NULL);
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
  SeedsMeeting *meeting = seeds_meeting_view_get_meeting (self->meeting_view);
  g_autoptr(GPtrArray) frameworks = seeds_window_list_frameworks (self);
  SeedsMeetingDialog *dialog;

  dialog = seeds_meeting_dialog_new (GTK_WINDOW (self), meeting);
  seeds_meeting_dialog_offer_frameworks (dialog, frameworks, seeds_meeting_get_framework_id (meeting),
                                         seeds_meeting_get_framework_edition (meeting),
                                         _("A meeting keeps the framework it was started with: "
                                           "its scores belong to that framework’s factors"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_edit_meeting_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Participants */

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

/* Members of the community who are not in the meeting yet can join it. */
static void
on_absent_members (GObject      *source_object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(SeedsJob) job = user_data;
  g_autoptr(GPtrArray) absent = NULL;
  g_autoptr(GError) error = NULL;
  SeedsWindow *self = seeds_job_get_owner (job);
  SeedsParticipantDialog *dialog;

  absent = seeds_session_list_absent_members_finish (SEEDS_SESSION (source_object), result, &error);
  if (!seeds_job_end (job, error, NULL))
    return;

  dialog = seeds_participant_dialog_new (GTK_WINDOW (self), absent);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_add_participant_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_participant_activated (GSimpleAction *action,
                           GVariant      *parameter,
                           gpointer       user_data)
{
  SeedsWindow *self = user_data;
  SeedsMeeting *meeting = seeds_meeting_view_get_meeting (self->meeting_view);
  SeedsJob *job = seeds_job_bar_begin (self->job_bar, NULL, NULL, self);

  if (job != NULL)
    seeds_session_list_absent_members_async (self->session, seeds_meeting_get_id (meeting),
                                             seeds_job_get_cancellable (job), on_absent_members, job);
}

/* The meeting's pages */

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

  seeds_window_select_meeting (self, g_variant_get_string (parameter, NULL));
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

/* The factor first in the meeting's needs-attention list, or the first
 * factor when none needs it (or the scores cannot be read) */
static SeedsFactor *
most_urgent_factor (SeedsWindow *self)
{
  g_autoptr(SeedsMeetingSummary) summary = NULL;
  SeedsFramework *framework = seeds_window_get_meeting_framework (self);
  const guint *order = NULL;
  guint n = 0;

  summary = seeds_meeting_results_load (self->store, framework,
                                        seeds_meeting_view_get_meeting (self->meeting_view), NULL);
  if (summary != NULL)
    order = seeds_meeting_summary_get_attention_order (summary, &n);

  return seeds_framework_get_factor (framework, n > 0 ? order[0] : 0);
}

static void
add_next_step_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  SeedsWindow *self = user_data;
  SeedsFactorPanel *panel = seeds_meeting_view_get_factor_panel (self->meeting_view);

  /* With no factor chosen, the step is for the one that needs attention most */
  if (seeds_factor_panel_get_factor (panel) == NULL)
    seeds_meeting_view_show_factor (self->meeting_view, most_urgent_factor (self));

  seeds_factor_panel_add_next_step (panel);
}

static void
present_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  SeedsWindow *self = user_data;
  SeedsPresentationWindow *presentation;

  presentation = seeds_presentation_window_new (GTK_WINDOW (self), self->store,
                                                seeds_window_get_meeting_framework (self),
                                                seeds_meeting_view_get_meeting (self->meeting_view),
                                                self->settings);
  seeds_presentation_view_set_live_round (seeds_presentation_window_get_view (presentation), self->live_round);
  /* Behind the presentation, and when it ends, the group's view */
  seeds_window_show_group_view (self);
  g_signal_connect_object (presentation, "destroy", G_CALLBACK (seeds_window_show_group_view),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (presentation));
}

/* Files: what is opened or imported, and what is saved, goes through
 * seeds-window-files.c once the file is chosen. */

static GtkFileFilter *
exchange_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Invitations, score cards, profiles and JSON exports"));
  /* the suffixes without their dot */
  gtk_file_filter_add_suffix (filter, &SEEDS_INVITATION_SUFFIX[1]);
  gtk_file_filter_add_suffix (filter, &SEEDS_SCORECARD_SUFFIX[1]);
  gtk_file_filter_add_suffix (filter, &SEEDS_PROFILE_SUFFIX[1]);
  gtk_file_filter_add_suffix (filter, &SEEDS_COMMUNITY_SUFFIX[1]);
  gtk_file_filter_add_mime_type (filter, "application/json");

  return filter;
}

static void
on_files_to_open (GtkWindow  *window,
                  GFile     **files,
                  guint       n_files,
                  gpointer    user_data)
{
  seeds_window_open_files (SEEDS_WINDOW (window), files, n_files);
}

static void
on_files_to_import (GtkWindow  *window,
                    GFile     **files,
                    guint       n_files,
                    gpointer    user_data)
{
  seeds_window_import_files (SEEDS_WINDOW (window), files, n_files);
}

static void
open_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_autoptr(GtkFileFilter) filter = exchange_filter ();

  seeds_file_chooser_open (GTK_WINDOW (user_data), _("Open Invitation or Score Cards"), NULL, filter,
                           on_files_to_open, NULL, NULL);
}

static void
import_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  g_autoptr(GtkFileFilter) filter = exchange_filter ();

  seeds_file_chooser_open (GTK_WINDOW (user_data), _("Import Score Cards"), NULL, filter,
                           on_files_to_import, NULL, NULL);
}

/* What the window saves, in a file named after what it is */
typedef struct
{
  const char *title;
  const char *filter_name;
  const char *suffix;
  void      (*save) (SeedsWindow *self,
                     GFile       *file);
} Export;

static const Export invitation_export = {
  N_("Save Invitation"), N_("Invitations"), SEEDS_INVITATION_SUFFIX, seeds_window_save_invitation,
};
static const Export csv_export = {
  N_("Export Scores"), N_("Spreadsheets"), ".csv", seeds_window_save_csv,
};
static const Export json_export = {
  N_("Export Learning Community"), N_("JSON files"), SEEDS_COMMUNITY_SUFFIX, seeds_window_save_json,
};
static const Export report_export = {
  N_("Save Report"), N_("PDF documents"), ".pdf", seeds_window_save_report,
};

static void
on_export_file_chosen (GtkWindow *window,
                       GFile     *file,
                       gpointer   user_data)
{
  const Export *export = user_data;

  export->save (SEEDS_WINDOW (window), file);
}

static void
choose_export (SeedsWindow  *self,
               const Export *export,
               const char   *name)
{
  seeds_file_chooser_save (GTK_WINDOW (self), _(export->title), _(export->filter_name), name,
                           export->suffix, on_export_file_chosen, (gpointer) export, NULL);
}

static void
export_invitation_activated (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  SeedsWindow *self = user_data;

  choose_export (self, &invitation_export,
                 seeds_meeting_get_title (seeds_meeting_view_get_meeting (self->meeting_view)));
}

static void
export_csv_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  SeedsWindow *self = user_data;

  choose_export (self, &csv_export, seeds_community_get_name (self->community));
}

static void
export_json_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  SeedsWindow *self = user_data;

  choose_export (self, &json_export, seeds_community_get_name (self->community));
}

static void
save_report_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  SeedsWindow *self = user_data;

  choose_export (self, &report_export, seeds_meeting_get_title (seeds_meeting_view_get_meeting (self->meeting_view)));
}

/* The directory of learning communities and its map, in a window of its own */
static void
directory_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  SeedsWindow *self = user_data;

  seeds_directory_window_show (GTK_WINDOW (self), self->session, self->settings);
}

/* The shortcuts window is made when first asked for, rather than by
 * GtkApplication with every main window from gtk/help-overlay.ui: it is
 * hundreds of widgets that start-up would make for a window seldom opened.
 * Given to the window, it shows the accelerators the app has set, and
 * this action stays the one that shows it. */
static void
show_help_overlay_activated (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  GtkApplicationWindow *window = user_data;
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PATH "/seeds-shortcuts-window.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, overlay);
    }

  gtk_window_present (GTK_WINDOW (overlay));
}

static const GActionEntry win_actions[] = {
  { "open", open_activated },
  { "import", import_activated },
  { "export-invitation", export_invitation_activated },
  { "export-csv", export_csv_activated },
  { "export-json", export_json_activated },
  { "save-report", save_report_activated },
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
  { "show-community", show_page_activated },
  { "show-meeting", show_meeting_activated, "s" },
  { "show-meetings", show_meetings_activated },
  { "add-next-step", add_next_step_activated },
  { "directory", directory_activated },
  { "show-error", show_error_activated, "s" },
  { "show-help-overlay", show_help_overlay_activated },
};

void
seeds_window_add_actions (SeedsWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions, G_N_ELEMENTS (win_actions), self);
  seeds_window_add_print_actions (self);
  seeds_window_add_delete_actions (self);
  seeds_window_add_live_actions (self);
  seeds_window_add_community_actions (self);
  seeds_window_add_framework_actions (self);
}
