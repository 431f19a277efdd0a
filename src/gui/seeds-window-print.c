/* seeds-window-print.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "meetings/seeds-report-print-operation.h"
#include "poster/seeds-poster-dialog.h"
#include "poster/seeds-poster-print-operation.h"
#include "seeds-file-chooser.h"
#include "seeds-widget-util.h"
#include "seeds-window-private.h"

/* The window's printing actions: the meeting's report and the poster,
 * with the print dialog, which can save them as PDF too; the poster
 * dialog also saves the poster as PDF through the session
 * (seeds-window-files.c). */

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
print_poster (SeedsWindow       *self,
              SeedsPosterDialog *dialog)
{
  g_autoptr(SeedsPosterPrintOperation) operation = NULL;
  g_autoptr(SeedsFrameworkEntry) framework = NULL;
  g_autofree char *base_url = NULL;
  g_autoptr(GError) error = NULL;

  base_url = g_settings_get_string (self->settings, "poster-base-url");
  framework = seeds_window_find_poster_framework (self);
  operation = seeds_poster_print_operation_new (framework, seeds_poster_dialog_get_language (dialog), base_url,
                                                seeds_poster_dialog_get_paper (dialog),
                                                seeds_poster_dialog_get_landscape (dialog), &error);
  if (operation == NULL)
    {
      seeds_widget_show_error (GTK_WIDGET (self), error);
      return;
    }

  start_printing (self, GTK_PRINT_OPERATION (operation));
}

/* The poster as a PDF, through the session: as the dialog chose it */
typedef struct
{
  char       *language;
  SeedsPaper  paper;
  gboolean    landscape;
} PosterChoice;

static void
poster_choice_free (gpointer data)
{
  PosterChoice *choice = data;

  g_free (choice->language);
  g_free (choice);
}

static void
on_poster_file_chosen (GtkWindow *window,
                       GFile     *file,
                       gpointer   user_data)
{
  PosterChoice *choice = user_data;

  seeds_window_save_poster (SEEDS_WINDOW (window), file, choice->language, choice->paper,
                            choice->landscape);
}

static void
save_poster (SeedsWindow       *self,
             SeedsPosterDialog *dialog)
{
  PosterChoice *choice = g_new0 (PosterChoice, 1);
  g_autofree char *name = NULL;

  choice->language = g_strdup (seeds_poster_dialog_get_language (dialog));
  choice->paper = seeds_poster_dialog_get_paper (dialog);
  choice->landscape = seeds_poster_dialog_get_landscape (dialog);

  /* Translators: the name of the poster's PDF file; the first %s is a
   * paper size, as "A2", the second a language code, as "nl" */
  name = g_strdup_printf (_("Poster %s %s"), seeds_paper_get_name (choice->paper), choice->language);
  seeds_file_chooser_save (GTK_WINDOW (self), _("Save Poster"), _("PDF documents"), name, ".pdf",
                           on_poster_file_chosen, choice, poster_choice_free);
}

static void
on_poster_response (SeedsPosterDialog *dialog,
                    const char        *response,
                    SeedsWindow       *self)
{
  if (g_str_equal (response, SEEDS_POSTER_DIALOG_PRINT))
    print_poster (self, dialog);
  else if (g_str_equal (response, SEEDS_POSTER_DIALOG_SAVE))
    save_poster (self, dialog);
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

  g_signal_connect_object (dialog, "response", G_CALLBACK (on_poster_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static const GActionEntry print_actions[] = {
  { "print-report", print_report_activated },
  { "print-poster", print_poster_activated },
};

void
seeds_window_add_print_actions (SeedsWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), print_actions, G_N_ELEMENTS (print_actions), self);
}
