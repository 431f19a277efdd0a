/* test-window-exchange.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "factor-panel/seeds-next-step-dialog.h"
#include "exchange/seeds-import-dialog.h"
#include "exchange/seeds-invitation.h"
#include "exchange/seeds-scorecard-window.h"
#include "meetings/seeds-report-print-operation.h"
#include "seeds-test-util.h"
#include "seeds-test-window.h"

/* The window and files: an invitation out and a member's card back, many
 * files at once, the report to PDF. Apart from test-window.c, whose
 * process would otherwise make more than the 2048 quarks after which
 * GLib leaks its first table of them on purpose (LeakSanitizer would
 * report it). */

/* The facilitator saves an invitation; a member opens it, scores on their
 * own and saves a score card; the facilitator imports it and finds the
 * scores in the meeting. */
static void
test_member_scores_from_invitation (SeedsTestWindow *fixture,
                                    gconstpointer    data)
{
  g_autoptr(GFile) invitation = seeds_test_fixture_file (fixture, "spring.seedsmeeting");
  g_autoptr(GFile) card = seeds_test_fixture_file (fixture, "spring-eva.seedscard");
  SeedsScorecardWindow *member;
  SeedsImportDialog *dialog;
  SeedsScoreRow *row;

  seeds_test_window_open (fixture);
  seeds_test_create_community (fixture, "Field lab");
  seeds_test_start_meeting (fixture, "Spring session", NULL);
  seeds_window_save_invitation (fixture->window, invitation);
  seeds_test_iterate ();
  g_assert_true (g_file_query_exists (invitation, NULL));

  /* the member's side: no name yet, so nothing to save */
  seeds_window_open_files (fixture->window, &invitation, 1);
  seeds_test_iterate ();
  member = seeds_test_find_dialog (SEEDS_TYPE_SCORECARD_WINDOW);
  g_assert_null (seeds_scorecard_window_get_card (member));

  gtk_editable_set_text (seeds_scorecard_window_get_name_row (member), "Eva <i>de</i> Vries 🌷");
  row = seeds_scorecard_window_get_row (member, "4");
  g_signal_emit_by_name (seeds_score_scale_get_button (seeds_score_row_get_scale (row), 2), "clicked");
  gtk_editable_set_text (seeds_score_row_get_comment_entry (row), "We keep too much to ourselves");
  row = seeds_scorecard_window_get_row (member, "9");
  g_signal_emit_by_name (seeds_score_scale_get_button (seeds_score_row_get_scale (row), SEEDS_SCORE_DONT_KNOW),
                         "clicked");
  seeds_test_iterate ();

  g_assert_false (seeds_scorecard_window_get_saved (member));
  seeds_scorecard_window_save_to (member, card);
  seeds_test_iterate ();
  g_assert_true (g_file_query_exists (card, NULL));
  g_assert_true (seeds_scorecard_window_get_saved (member));
  gtk_window_close (GTK_WINDOW (member));
  seeds_test_iterate ();

  /* the facilitator's side: the card is imported into the meeting */
  seeds_window_open_files (fixture->window, &card, 1);
  seeds_test_iterate ();
  dialog = seeds_test_find_dialog (SEEDS_TYPE_IMPORT_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "The file was imported");
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_cmpuint (seeds_scoring_page_get_n_participants (seeds_test_scoring_page (fixture)), ==, 1);
  g_assert_cmpstr (seeds_participant_get_name (seeds_scoring_page_get_participant (seeds_test_scoring_page (fixture))), ==,
                   "Eva <i>de</i> Vries 🌷");
  g_assert_cmpint (seeds_test_shown_score (fixture, "4"), ==, 2);
  g_assert_cmpint (seeds_test_shown_score (fixture, "9"), ==, SEEDS_SCORE_DONT_KNOW);
  g_assert_cmpint (seeds_test_shown_score (fixture, "1"), ==, SEEDS_SCORE_NONE);
}

/* Several files dropped at once: each says what happened to it. */
static void
test_import_many_files (SeedsTestWindow *fixture,
                        gconstpointer    data)
{
  g_autoptr(GFile) invitation = seeds_test_fixture_file (fixture, "a.seedsmeeting");
  g_autoptr(GFile) broken = seeds_test_fixture_file (fixture, "broken.seedscard");
  g_autoptr(SeedsInvitation) meeting = NULL;
  g_autoptr(SeedsScorecard) card = NULL;
  g_autoptr(GFile) good = seeds_test_fixture_file (fixture, "good.seedscard");
  GFile *files[3];
  SeedsImportDialog *dialog;
  GtkListBox *list;

  seeds_test_window_open (fixture);
  meeting = seeds_invitation_new ("greenport-2020", "6f1e2a54-4d3b-4c1e-9a57-0a0b0c0d0e01", "Living lab",
                                  "6f1e2a54-4d3b-4c1e-9a57-0a0b0c0d0e02", "2026-10-01", "Autumn round");
  g_assert_true (seeds_invitation_save (meeting, invitation, NULL));
  card = seeds_scorecard_new ("greenport-2020", "6f1e2a54-4d3b-4c1e-9a57-0a0b0c0d0e02", NULL, "Jan", "",
                              SEEDS_PARTNER_RESEARCH);
  seeds_scorecard_set_score (card, "1", 4, NULL);
  g_assert_true (seeds_scorecard_save (card, good, NULL));
  g_assert_true (g_file_replace_contents (broken, "{\"format\": \"seeds-scorecard\", ", 31, NULL, FALSE,
                                          G_FILE_CREATE_NONE, NULL, NULL, NULL));

  files[0] = broken;
  files[1] = good;
  files[2] = invitation;
  seeds_window_open_files (fixture->window, files, G_N_ELEMENTS (files));
  seeds_test_iterate ();

  dialog = seeds_test_find_dialog (SEEDS_TYPE_IMPORT_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "1 of 3 files was not imported");
  list = seeds_import_dialog_get_list (dialog);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (list, 0))),
                   ==, "broken.seedscard");
  g_assert_nonnull (gtk_list_box_get_row_at_index (list, 2));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* the invitation made the community and the meeting, and the window shows it */
  g_assert_cmpstr (seeds_window_get_page (fixture->window), ==, "main");
  g_assert_cmpstr (gtk_label_get_text (fixture->window->community_label), ==, "Living lab");
  g_assert_cmpint (seeds_test_shown_score (fixture, "1"), ==, 4);
}

/* The meeting report, printed to a PDF in Dutch, holds every factor and the next steps. */
static void
test_print_report (SeedsTestWindow *fixture,
                   gconstpointer    data)
{
  g_autoptr(GFile) pdf = seeds_test_fixture_file (fixture, "report.pdf");
  g_autofree char *path = g_file_get_path (pdf);
  g_autoptr(SeedsReportPrintOperation) operation = NULL;
  g_autoptr(SeedsFramework) dutch = seeds_framework_new_default ("nl");
  g_autofree char *command = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  gpointer dialog;
  int status;

  seeds_test_window_open (fixture);
  seeds_test_create_community (fixture, "Field lab");
  seeds_test_start_meeting (fixture, "Spring session", NULL);
  seeds_test_add_participant (fixture, "Ann", "", SEEDS_PARTNER_COMPANY);
  seeds_test_click_score (fixture, "3", 2);
  seeds_meeting_view_show_factor (fixture->window->meeting_view,
                                  seeds_framework_lookup_factor (fixture->window->framework, "3"));
  seeds_test_iterate ();
  seeds_test_window_activate (fixture, "win.add-next-step");
  dialog = seeds_test_find_dialog (SEEDS_TYPE_NEXT_STEP_DIALOG);
  seeds_test_type_into (dialog, "What will we do?", "Eat lunch together every month");
  seeds_test_respond (dialog, "save");

  operation = seeds_report_print_operation_new (fixture->window->store,
                                                seeds_meeting_view_get_meeting (fixture->window->meeting_view));
  seeds_report_print_operation_set_language (operation, "nl");
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), path);
  g_assert_cmpint (gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_EXPORT,
                                            GTK_WINDOW (fixture->window), &error), ==,
                   GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);

  command = g_strdup_printf ("pdftotext -raw '%s' -", path);
  g_assert_true (g_spawn_command_line_sync (command, &text, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_strstr_len (text, -1, "Eat lunch together every month") != NULL);
  for (guint i = 0; i < seeds_framework_get_n_factors (dutch); i++)
    {
      /* pdftotext may break a long title over lines: its first words place it */
      g_auto(GStrv) words = g_strsplit (seeds_factor_get_title (seeds_framework_get_factor (dutch, i)), " ", 3);
      g_autofree char *start = g_strjoin (" ", words[0], words[1], NULL);

      g_assert_true (g_strstr_len (text, -1, start) != NULL);
    }
}

int
main (int   argc,
      char *argv[])
{
  seeds_test_window_init (&argc, &argv);

  SEEDS_TEST_ADD_WINDOW ("/window/member-scores-from-invitation", test_member_scores_from_invitation);
  SEEDS_TEST_ADD_WINDOW ("/window/import-many-files", test_import_many_files);
  SEEDS_TEST_ADD_WINDOW ("/window/print-report", test_print_report);

  return seeds_test_window_run ();
}
