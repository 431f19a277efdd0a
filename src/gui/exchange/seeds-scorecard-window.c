/* seeds-scorecard-window.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exchange/seeds-live-send-dialog.h"
#include "exchange/seeds-scorecard-window.h"
#include "model/seeds-text.h"
#include "scoring/seeds-score-list.h"
#include "seeds-file-chooser.h"
#include "seeds-form-dialog.h"
#include "seeds-job-bar.h"
#include "seeds-widget-util.h"

/* A member scores a meeting on their own desktop, from the invitation the
 * facilitator sent: their name, the twelve factors, and a score card file
 * to send back. Nothing goes into a database here; the scores stay in this
 * window until they are saved to the card, through the session, which
 * writes the file whole or not at all. */
struct _SeedsScorecardWindow
{
  AdwWindow        parent_instance;

  SeedsSession    *session;
  SeedsInvitation *invitation;
  SeedsFramework  *framework;
  GSettings       *settings;
  guint            n_changes;  /* so that a save knows whether it saved what is shown */
  gboolean         saved;
  gboolean         closing;

  AdwToastOverlay *toast_overlay;
  SeedsJobBar     *job_bar;
  AdwWindowTitle  *window_title;
  GtkButton       *save_button;
  AdwEntryRow     *name_row;
  AdwEntryRow     *organisation_row;
  AdwComboRow     *partner_row;
  GtkLabel        *progress_label;
  GtkLabel        *error_label;
  GtkLabel        *saved_label;
  SeedsScoreList  *score_list;
};

G_DEFINE_FINAL_TYPE (SeedsScorecardWindow, seeds_scorecard_window, ADW_TYPE_WINDOW)

static void save_with_chooser (SeedsScorecardWindow *self,
                               gboolean              closing);

static char *
clean_field (AdwEntryRow *row,
             SeedsField   field,
             GError     **error)
{
  return seeds_text_clean (gtk_editable_get_text (GTK_EDITABLE (row)), field, error);
}

/* The card can be saved once there is a name and at least one score. */
static void
update_state (SeedsScorecardWindow *self)
{
  guint n_factors = seeds_framework_get_n_factors (self->framework);
  guint n_scored = seeds_score_list_count_scored (self->score_list);
  g_autoptr(GError) name_error = NULL;
  g_autoptr(GError) organisation_error = NULL;
  g_autofree char *name = clean_field (self->name_row, SEEDS_FIELD_PARTICIPANT_NAME, &name_error);
  g_autofree char *organisation = clean_field (self->organisation_row, SEEDS_FIELD_ORGANISATION,
                                               &organisation_error);
  g_autofree char *progress = NULL;
  const GError *shown = NULL;

  /* Translators: how many of the factors have a score */
  progress = g_strdup_printf (_("%u of %u factors scored"), n_scored, n_factors);
  gtk_label_set_text (self->progress_label, progress);

  if (name_error != NULL && !g_error_matches (name_error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_EMPTY))
    shown = name_error;
  else if (organisation_error != NULL)
    shown = organisation_error;
  gtk_label_set_text (self->error_label, shown ? shown->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), shown != NULL);

  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button),
                            name != NULL && organisation != NULL && n_scored > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "scorecard.send-live",
                                 name != NULL && organisation != NULL && n_scored > 0);
}

static void
on_changed (SeedsScorecardWindow *self)
{
  self->n_changes++;
  self->saved = FALSE;
  if (self->framework != NULL)
    update_state (self);
}

static void
remember_member (SeedsScorecardWindow *self)
{
  g_settings_set_string (self->settings, "member-name", gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  g_settings_set_string (self->settings, "member-organisation",
                         gtk_editable_get_text (GTK_EDITABLE (self->organisation_row)));
  g_settings_set_string (self->settings, "member-partner-type",
                         seeds_partner_type_to_string (adw_combo_row_get_selected (self->partner_row)));
}

/* The id on every card made on this computer, made at the first one. */
static char *
member_id (SeedsScorecardWindow *self)
{
  char *id = g_settings_get_string (self->settings, "member-id");

  if (*id == '\0')
    {
      g_free (id);
      id = g_uuid_string_random ();
      g_settings_set_string (self->settings, "member-id", id);
    }

  return id;
}

/**
 * seeds_scorecard_window_get_card:
 *
 * Returns: (transfer full) (nullable): the score card as it stands, or
 *   %NULL while the name is missing or not valid
 */
SeedsScorecard *
seeds_scorecard_window_get_card (SeedsScorecardWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *organisation = NULL;
  g_autofree char *id = NULL;
  SeedsScorecard *card;

  g_return_val_if_fail (SEEDS_IS_SCORECARD_WINDOW (self), NULL);

  name = clean_field (self->name_row, SEEDS_FIELD_PARTICIPANT_NAME, NULL);
  organisation = clean_field (self->organisation_row, SEEDS_FIELD_ORGANISATION, NULL);
  if (name == NULL || organisation == NULL)
    return NULL;

  card = seeds_scorecard_new (seeds_invitation_get_framework_id (self->invitation),
                              seeds_invitation_get_meeting_id (self->invitation),
                              (id = member_id (self)), name, organisation,
                              adw_combo_row_get_selected (self->partner_row));
  seeds_scorecard_set_framework_edition (card, seeds_invitation_get_framework_edition (self->invitation));

  for (guint i = 0; i < seeds_framework_get_n_factors (self->framework); i++)
    {
      const char *factor_id = seeds_factor_get_id (seeds_framework_get_factor (self->framework, i));
      SeedsScoreRow *row = seeds_score_list_get_row (self->score_list, factor_id);
      int value = seeds_score_scale_get_value (seeds_score_row_get_scale (row));
      g_autofree char *comment = seeds_text_clean (gtk_editable_get_text (seeds_score_row_get_comment_entry (row)),
                                                   SEEDS_FIELD_COMMENT, NULL);

      if (value != SEEDS_SCORE_NONE)
        seeds_scorecard_set_score (card, factor_id, value, comment);
    }

  return card;
}

/* Opens the folder of the card, for the member to attach it to an e-mail */
static void
on_show_folder (AdwToast             *toast,
                SeedsScorecardWindow *self)
{
  g_autoptr(GFile) folder = g_object_get_data (G_OBJECT (toast), "folder");
  g_autofree char *uri = g_file_get_uri (folder);

  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

/* Where the card is, and what to do with it: in the window, and in a toast
 * that opens its folder */
static void
say_where_saved (SeedsScorecardWindow *self,
                 GFile                *file)
{
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *shown_name = g_filename_display_name (name);
  g_autofree char *shown_folder = g_file_get_parse_name (folder);
  g_autofree char *where = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  /* Translators: the file name, then the folder it is in */
  where = g_strdup_printf (_("Your score card is saved as “%s” in %s. Send this file to the facilitator, "
                             "by e-mail or however your group shares files."),
                           shown_name, shown_folder);
  gtk_label_set_text (self->saved_label, where);
  gtk_widget_set_visible (GTK_WIDGET (self->saved_label), TRUE);

  title = g_markup_printf_escaped (_("Saved as “%s”"), shown_name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("Show in _Folder"));
  g_object_set_data_full (G_OBJECT (toast), "folder", g_object_ref (folder), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_show_folder), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
on_saved (GObject      *source_object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(SeedsJob) job = user_data;
  g_autoptr(GError) error = NULL;
  SeedsScorecardWindow *self = seeds_job_get_owner (job);
  guint n_changes = GPOINTER_TO_UINT (seeds_job_get_data (job));

  seeds_session_save_scorecard_finish (SEEDS_SESSION (source_object), result, &error);
  if (!seeds_job_end (job, error, NULL))
    {
      /* The window stays open, unless it is gone. */
      if (self != NULL)
        self->closing = FALSE;
      return;
    }

  remember_member (self);
  self->saved = n_changes == self->n_changes;
  if (self->closing)
    gtk_window_destroy (GTK_WINDOW (self));
  else
    say_where_saved (self, seeds_job_get_file (job));
}

/**
 * seeds_scorecard_window_save_to:
 * @file: where to save the score card
 *
 * Saves the score card as it stands, through the session; the window says
 * when it is saved, or why not. A window that closes meanwhile cancels
 * the save, and the file stays as it was.
 */
void
seeds_scorecard_window_save_to (SeedsScorecardWindow *self,
                                GFile                *file)
{
  g_autoptr(SeedsScorecard) card = NULL;
  SeedsJob *job;

  g_return_if_fail (SEEDS_IS_SCORECARD_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  card = seeds_scorecard_window_get_card (self);
  if (card == NULL)
    {
      self->closing = FALSE;
      seeds_widget_add_toast (self->toast_overlay, _("Enter your name first."));
      return;
    }

  job = seeds_job_bar_begin (self->job_bar, _("Saving the score card…"), file, self);
  if (job == NULL)
    {
      self->closing = FALSE;
      return;
    }

  seeds_job_set_data (job, GUINT_TO_POINTER (self->n_changes), NULL);
  seeds_session_save_scorecard_async (self->session, card, file, seeds_job_get_cancellable (job),
                                      on_saved, job);
}

/* Whether the scores shown are saved to a card, or were discarded */
gboolean
seeds_scorecard_window_get_saved (SeedsScorecardWindow *self)
{
  g_return_val_if_fail (SEEDS_IS_SCORECARD_WINDOW (self), FALSE);

  return self->saved;
}

/* Saves to the file chosen; @user_data says whether the window closes
 * once it is saved. */
static void
on_file_chosen (GtkWindow *window,
                GFile     *file,
                gpointer   user_data)
{
  SeedsScorecardWindow *self = SEEDS_SCORECARD_WINDOW (window);

  self->closing = GPOINTER_TO_INT (user_data);
  seeds_scorecard_window_save_to (self, file);
}

/* The chooser suggests "Spring session – Anna.seedscard". */
static char *
suggested_name (SeedsScorecardWindow *self)
{
  g_autofree char *name = clean_field (self->name_row, SEEDS_FIELD_PARTICIPANT_NAME, NULL);

  if (name == NULL)
    return g_strdup (seeds_invitation_get_title (self->invitation));

  return g_strdup_printf ("%s – %s", seeds_invitation_get_title (self->invitation), name);
}

/* A chooser closed without a file leaves the window open. */
static void
save_with_chooser (SeedsScorecardWindow *self,
                   gboolean              closing)
{
  g_autofree char *name = suggested_name (self);

  seeds_file_chooser_save (GTK_WINDOW (self), _("Save Score Card"), _("Score cards"), name,
                           SEEDS_SCORECARD_SUFFIX, on_file_chosen, GINT_TO_POINTER (closing), NULL);
}

static void
on_save_clicked (GtkButton            *button,
                 SeedsScorecardWindow *self)
{
  save_with_chooser (self, FALSE);
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  save_with_chooser (SEEDS_SCORECARD_WINDOW (widget), FALSE);
}

/* In a meeting with a live round, the card goes to it directly */
static void
send_live_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SeedsScorecardWindow *self = SEEDS_SCORECARD_WINDOW (widget);
  g_autoptr(SeedsScorecard) card = seeds_scorecard_window_get_card (self);

  if (card == NULL || seeds_score_list_count_scored (self->score_list) == 0)
    return;

  remember_member (self);
  gtk_window_present (GTK_WINDOW (seeds_live_send_dialog_new (GTK_WINDOW (self), self->toast_overlay, card)));
}

static void
on_close_response (AdwMessageDialog     *dialog,
                   const char           *response,
                   SeedsScorecardWindow *self)
{
  if (g_str_equal (response, "discard"))
    {
      self->saved = TRUE;
      gtk_window_destroy (GTK_WINDOW (self));
    }
  else if (g_str_equal (response, "save"))
    {
      save_with_chooser (self, TRUE);
    }
}

/* Scores that were never saved would be lost: ask first. */
static gboolean
seeds_scorecard_window_close_request (GtkWindow *window)
{
  SeedsScorecardWindow *self = SEEDS_SCORECARD_WINDOW (window);
  GtkWidget *dialog;

  if (self->saved || seeds_score_list_count_scored (self->score_list) == 0)
    return GTK_WINDOW_CLASS (seeds_scorecard_window_parent_class)->close_request (window);

  dialog = adw_message_dialog_new (window, _("Save Your Score Card?"),
                                   _("Your scores are not saved yet. Without a score card the facilitator "
                                     "cannot count them."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return GDK_EVENT_STOP;
}

static void
seeds_scorecard_window_dispose (GObject *object)
{
  SeedsScorecardWindow *self = (SeedsScorecardWindow *)object;

  /* A save under way is cancelled: the file stays as it was. */
  if (self->job_bar != NULL)
    seeds_job_bar_close (self->job_bar);

  g_clear_object (&self->session);
  g_clear_object (&self->invitation);
  g_clear_object (&self->framework);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (seeds_scorecard_window_parent_class)->dispose (object);
}

static void
seeds_scorecard_window_class_init (SeedsScorecardWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = seeds_scorecard_window_dispose;
  window_class->close_request = seeds_scorecard_window_close_request;

  g_type_ensure (SEEDS_TYPE_SCORE_LIST);
  g_type_ensure (SEEDS_TYPE_JOB_BAR);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/exchange/seeds-scorecard-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SeedsScorecardWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SeedsScorecardWindow, job_bar);
  gtk_widget_class_bind_template_child (widget_class, SeedsScorecardWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, SeedsScorecardWindow, save_button);
  gtk_widget_class_bind_template_child (widget_class, SeedsScorecardWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, SeedsScorecardWindow, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, SeedsScorecardWindow, partner_row);
  gtk_widget_class_bind_template_child (widget_class, SeedsScorecardWindow, progress_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsScorecardWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsScorecardWindow, score_list);
  gtk_widget_class_bind_template_callback (widget_class, on_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
  gtk_widget_class_bind_template_child (widget_class, SeedsScorecardWindow, saved_label);

  gtk_widget_class_install_action (widget_class, "scorecard.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "scorecard.send-live", NULL, send_live_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "scorecard.save", NULL);
}

static void
seeds_scorecard_window_init (SeedsScorecardWindow *self)
{
  g_autoptr(GtkStringList) types = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (int i = 0; i < SEEDS_N_PARTNER_TYPES; i++)
    gtk_string_list_append (types, seeds_partner_type_get_label (i));
  adw_combo_row_set_model (self->partner_row, G_LIST_MODEL (types));

  /* Enter after the name goes on to the scores, where 1–5 score one
   * factor after another */
  g_signal_connect_swapped (self->name_row, "entry-activated",
                            G_CALLBACK (seeds_score_list_focus_first_unscored), self->score_list);
  g_signal_connect_swapped (self->organisation_row, "entry-activated",
                            G_CALLBACK (seeds_score_list_focus_first_unscored), self->score_list);
}

/**
 * seeds_scorecard_window_new:
 * @session: what saves the card, with the framework to score
 * @invitation: the meeting to score, from the facilitator's invitation
 */
SeedsScorecardWindow *
seeds_scorecard_window_new (GtkApplication  *application,
                            SeedsSession    *session,
                            SeedsInvitation *invitation,
                            GSettings       *settings)
{
  g_autoptr(SeedsFramework) framework = NULL;
  SeedsScorecardWindow *self;
  g_autofree char *date = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *type = NULL;
  g_autofree char *name = NULL;
  g_autofree char *organisation = NULL;
  SeedsPartnerType partner_type = SEEDS_PARTNER_OTHER;

  g_return_val_if_fail (SEEDS_IS_SESSION (session), NULL);
  g_return_val_if_fail (SEEDS_IS_INVITATION (invitation), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  /* The invitation was read against its framework, which the session
   * therefore has */
  framework = seeds_session_lookup_framework (session, seeds_invitation_get_framework_id (invitation),
                                              seeds_invitation_get_framework_edition (invitation), NULL);
  if (framework == NULL)
    framework = g_object_ref (seeds_session_get_framework (session));
  self = g_object_new (SEEDS_TYPE_SCORECARD_WINDOW, "application", application, NULL);
  self->session = g_object_ref (session);
  self->invitation = g_object_ref (invitation);
  self->framework = g_object_ref (framework);
  self->settings = g_object_ref (settings);

  date = seeds_date_format (seeds_invitation_get_date (invitation));
  /* Translators: the learning community, the meeting's title and its date */
  subtitle = g_strdup_printf (_("%s · %s, %s"), seeds_invitation_get_community_name (invitation),
                              seeds_invitation_get_title (invitation), date);
  adw_window_title_set_subtitle (self->window_title, subtitle);

  type = g_settings_get_string (settings, "member-partner-type");
  seeds_partner_type_from_string (type, &partner_type);
  name = g_settings_get_string (settings, "member-name");
  organisation = g_settings_get_string (settings, "member-organisation");
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name);
  gtk_editable_set_text (GTK_EDITABLE (self->organisation_row), organisation);
  adw_combo_row_set_selected (self->partner_row, partner_type);

  seeds_score_list_set_framework (self->score_list, framework);
  seeds_score_list_set_info_visible (self->score_list, FALSE);
  self->saved = FALSE;
  update_state (self);

  /* The keyboard starts where there is something to do: the name, or the
   * first factor once the app knows it */
  if (*name == '\0')
    gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  else
    seeds_score_list_focus_first_unscored (self->score_list);

  return self;
}

SeedsScoreRow *
seeds_scorecard_window_get_row (SeedsScorecardWindow *self,
                                const char           *factor_id)
{
  g_return_val_if_fail (SEEDS_IS_SCORECARD_WINDOW (self), NULL);

  return seeds_score_list_get_row (self->score_list, factor_id);
}

GtkEditable *
seeds_scorecard_window_get_name_row (SeedsScorecardWindow *self)
{
  g_return_val_if_fail (SEEDS_IS_SCORECARD_WINDOW (self), NULL);

  return GTK_EDITABLE (self->name_row);
}
