/* seeds-test-window.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "community/seeds-community-dialog.h"
#include "meetings/seeds-meeting-dialog.h"
#include "scoring/seeds-participant-dialog.h"
#include "seeds-test-quarks.h"
#include "seeds-test-util.h"
#include "seeds-test-window.h"

static SeedsApplication *app;

/* Sets up GTK for tests and the one application of the run. */
void
seeds_test_window_init (int    *argc,
                        char ***argv)
{
  g_autoptr(GError) error = NULL;

  seeds_test_keep_quark_table ();
  gtk_test_init (argc, argv, NULL);
  seeds_application_setup_environment ();
  g_object_set (gtk_settings_get_default (),
                "gtk-enable-animations", FALSE,
                "gtk-cursor-blink", FALSE,
                NULL);

  /* No application id: the tests stay off the session bus. */
  app = g_object_new (SEEDS_TYPE_APPLICATION,
                      "resource-base-path", RESOURCE_PATH,
                      "flags", G_APPLICATION_NON_UNIQUE,
                      NULL);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
}

int
seeds_test_window_run (void)
{
  int status = g_test_run ();

  seeds_application_close_database (app);
  g_clear_object (&app);
  return status;
}

SeedsApplication *
seeds_test_window_get_app (void)
{
  return app;
}

/* Lets the window handle what is pending and draw, without waiting for
 * the work it runs on the session's worker: for tests of what the window
 * does meanwhile. With a bound, in case something keeps ticking. */
void
seeds_test_iterate_pending (void)
{
  for (int i = 0; i < 500 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

/* Lets the window draw and settle, as a person would wait for it: the
 * work it gave the session is done, and what came of it is shown. */
void
seeds_test_iterate (void)
{
  SeedsSession *session = seeds_application_get_session (app);
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (session != NULL && !seeds_session_is_idle (session))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, TRUE);
    }

  seeds_test_iterate_pending ();
}

void
seeds_test_window_set_up (SeedsTestWindow *fixture,
                          gconstpointer    data)
{
  fixture->dir = g_dir_make_tmp ("seeds-window-XXXXXX", NULL);
  fixture->db_path = g_build_filename (fixture->dir, "seeds.db", NULL);
}

void
seeds_test_window_tear_down (SeedsTestWindow *fixture,
                             gconstpointer    data)
{
  if (fixture->window != NULL)
    seeds_test_window_close (fixture);

  seeds_test_remove_dir (fixture->dir);
  g_free (fixture->db_path);
  g_free (fixture->dir);
}

void
seeds_test_window_open (SeedsTestWindow *fixture)
{
  seeds_application_open_database (app, fixture->db_path);
  fixture->window = seeds_window_new (app);
  gtk_window_present (GTK_WINDOW (fixture->window));
  seeds_test_iterate ();
}

void
seeds_test_window_close (SeedsTestWindow *fixture)
{
  SeedsStore *store = seeds_application_get_store (app);

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  fixture->window = NULL;
  seeds_test_iterate ();

  /* Nothing but the app keeps the store alive, not even a dialog left
   * open: closing it closes the file. */
  if (store != NULL)
    g_object_add_weak_pointer (G_OBJECT (store), (gpointer *)&store);
  seeds_application_close_database (app);
  g_assert_null (store);
}

void
seeds_test_window_activate (SeedsTestWindow *fixture,
                            const char      *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), action, NULL));
  seeds_test_iterate ();
}

/* (nullable): the visible window of @type, if one is open */
gpointer
seeds_test_lookup_dialog (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

/* The visible window of @type, which must be open. */
gpointer
seeds_test_find_dialog (GType type)
{
  gpointer dialog = seeds_test_lookup_dialog (type);

  g_assert_nonnull (dialog);
  return dialog;
}

/* (nullable): the preferences row titled @title in @widget */
GtkWidget *
seeds_test_find_row (GtkWidget  *widget,
                     const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_PREFERENCES_ROW (child) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return child;
      if ((found = seeds_test_find_row (child, title)) != NULL)
        return found;
    }

  return NULL;
}

/* (nullable): the button labelled @label in @widget */
GtkWidget *
seeds_test_find_button (GtkWidget  *widget,
                        const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if ((found = seeds_test_find_button (child, label)) != NULL)
        return found;
    }

  return NULL;
}

/* Types into the row of a dialog's form that has this title. */
void
seeds_test_type_into (gpointer    dialog,
                      const char *row_title,
                      const char *text)
{
  GtkWidget *row = seeds_test_find_row (GTK_WIDGET (dialog), row_title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  seeds_test_iterate ();
}

/* Clicks the button of a dialog's response, which must be enabled; the
 * dialog closes. */
void
seeds_test_respond (gpointer    dialog,
                    const char *response)
{
  const char *label = adw_message_dialog_get_response_label (ADW_MESSAGE_DIALOG (dialog), response);
  GtkWidget *button = seeds_test_find_button (GTK_WIDGET (dialog), label);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_object_add_weak_pointer (G_OBJECT (dialog), &dialog);
  g_signal_emit_by_name (button, "clicked");
  seeds_test_iterate ();

  g_assert_true (dialog == NULL || !gtk_widget_get_visible (GTK_WIDGET (dialog)));
  if (dialog != NULL)
    g_object_remove_weak_pointer (G_OBJECT (dialog), &dialog);
}

/* Whether any label in @widget that is drawn shows @text. */
gboolean
seeds_test_shows_text (GtkWidget  *widget,
                       const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_is_drawable (widget) &&
      strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (seeds_test_shows_text (child, text))
      return TRUE;

  return FALSE;
}

void
seeds_test_create_community (SeedsTestWindow *fixture,
                             const char      *name)
{
  gpointer dialog;

  seeds_test_window_activate (fixture, "win.new-community");
  dialog = seeds_test_find_dialog (SEEDS_TYPE_COMMUNITY_DIALOG);
  seeds_test_type_into (dialog, "Name", name);
  seeds_test_respond (dialog, "save");
}

/* Starts a meeting through the dialog; @kind_row is the title of the row
 * that chooses how the group scores, or NULL to keep the default. */
SeedsMeeting *
seeds_test_start_meeting (SeedsTestWindow *fixture,
                          const char      *title,
                          const char      *kind_row)
{
  gpointer dialog;

  seeds_test_window_activate (fixture, "win.new-meeting");
  dialog = seeds_test_find_dialog (SEEDS_TYPE_MEETING_DIALOG);
  seeds_test_type_into (dialog, "Title", title);
  if (kind_row != NULL)
    {
      GtkWidget *row = seeds_test_find_row (dialog, kind_row);

      g_assert_nonnull (row);
      g_assert_true (gtk_widget_is_visible (row));
      adw_action_row_activate (ADW_ACTION_ROW (row));
      seeds_test_iterate ();
    }
  seeds_test_respond (dialog, "save");

  return seeds_meeting_view_get_meeting (fixture->window->meeting_view);
}

/* What several window tests do */

void
seeds_test_add_participant (SeedsTestWindow  *fixture,
                            const char       *name,
                            const char       *organisation,
                            SeedsPartnerType  type)
{
  gpointer dialog;

  seeds_test_window_activate (fixture, "win.add-participant");
  dialog = seeds_test_find_dialog (SEEDS_TYPE_PARTICIPANT_DIALOG);
  seeds_test_type_into (dialog, "Name", name);
  seeds_test_type_into (dialog, "Organisation (optional)", organisation);
  adw_combo_row_set_selected (ADW_COMBO_ROW (seeds_test_find_row (dialog, "Partner Type")), type);
  seeds_test_respond (dialog, "save");
}

SeedsScoringPage *
seeds_test_scoring_page (SeedsTestWindow *fixture)
{
  return seeds_meeting_view_get_scoring_page (fixture->window->meeting_view);
}

/* Clicks the button of a value on a factor's scale. */
void
seeds_test_click_score (SeedsTestWindow *fixture,
                        const char      *factor_id,
                        int              value)
{
  SeedsScoreRow *row = seeds_scoring_page_get_row (seeds_test_scoring_page (fixture), factor_id);

  /* what a mouse click does; gtk_widget_activate() clicks only after a delay */
  g_signal_emit_by_name (seeds_score_scale_get_button (seeds_score_row_get_scale (row), value), "clicked");
  seeds_test_iterate ();
}

int
seeds_test_shown_score (SeedsTestWindow *fixture,
                        const char      *factor_id)
{
  SeedsScoreRow *row = seeds_scoring_page_get_row (seeds_test_scoring_page (fixture), factor_id);

  return seeds_score_scale_get_value (seeds_score_row_get_scale (row));
}

GFile *
seeds_test_fixture_file (SeedsTestWindow *fixture,
                         const char      *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

  return g_file_new_for_path (path);
}

/**
 * seeds_test_window_set_up_sample:
 *
 * The window's database holds SeedsTestSample, Anna's score of 2 on factor
 * 1 in the Kick-off, which the window opens on.
 */
void
seeds_test_window_set_up_sample (SeedsTestWindow *fixture,
                                 SeedsTestSample *sample)
{
  g_autoptr(SeedsStore) store = seeds_test_open_store (fixture->db_path);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GError) error = NULL;

  seeds_test_sample_init (sample, store, "Westland field lab", "Anna");
  seeds_store_set_score (store, seeds_meeting_get_id (sample->scored),
                         seeds_participant_get_id (sample->anna), "1", 2, &error);
  g_assert_no_error (error);
  g_settings_set_string (settings, "last-meeting", seeds_meeting_get_id (sample->scored));
}
