/* seeds-import-dialog.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exchange/seeds-import-dialog.h"
#include "exchange/seeds-importer.h"
#include "seeds-widget-util.h"

/* What an import did, file by file: imported, replaced an earlier score
 * card, already known, or refused — and why — so that a facilitator who
 * dropped a stack of score cards knows where each one stands. A profile
 * added or updated the directory, was no newer than what it has, or was
 * one of your own communities': a conflict, shown as a warning, since
 * nothing was imported. */
struct _SeedsImportDialog
{
  AdwMessageDialog  parent_instance;

  GtkListBox       *list;
};

G_DEFINE_FINAL_TYPE (SeedsImportDialog, seeds_import_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
seeds_import_dialog_class_init (SeedsImportDialogClass *klass)
{
}

static void
seeds_import_dialog_init (SeedsImportDialog *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Files"), -1);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 360);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->list));

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), scroller);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (self), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "close");
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
}

static const char *
outcome_icon (SeedsImportOutcome outcome)
{
  switch (outcome)
    {
    case SEEDS_IMPORT_ADDED:
    case SEEDS_IMPORT_ALREADY_KNOWN:
    case SEEDS_IMPORT_UNCHANGED:
      return "emblem-ok-symbolic";
    case SEEDS_IMPORT_REPLACED:
    case SEEDS_IMPORT_UPDATED:
      return "view-refresh-symbolic";
    case SEEDS_IMPORT_CONFLICT:
    case SEEDS_IMPORT_REJECTED:
    default:
      return "dialog-warning-symbolic";
    }
}

/* The icon's colour: red for refused, yellow for a conflict, where nothing
 * was imported either but nothing is wrong with the file. */
static const char *
outcome_style (SeedsImportOutcome outcome)
{
  switch (outcome)
    {
    case SEEDS_IMPORT_REJECTED:
      return "error";
    case SEEDS_IMPORT_CONFLICT:
      return "warning";
    case SEEDS_IMPORT_ADDED:
    case SEEDS_IMPORT_REPLACED:
    case SEEDS_IMPORT_ALREADY_KNOWN:
    case SEEDS_IMPORT_UPDATED:
    case SEEDS_IMPORT_UNCHANGED:
    default:
      return "success";
    }
}

/**
 * seeds_import_dialog_describe_outcome:
 *
 * Returns: what happened to a file, in a word or two, for the icon's
 *   tooltip and screen readers
 */
const char *
seeds_import_dialog_describe_outcome (SeedsImportOutcome outcome)
{
  switch (outcome)
    {
    case SEEDS_IMPORT_ADDED:
      return C_("import outcome", "Imported");
    case SEEDS_IMPORT_REPLACED:
      return C_("import outcome", "Replaced earlier scores");
    case SEEDS_IMPORT_ALREADY_KNOWN:
      return C_("import outcome", "Already there");
    case SEEDS_IMPORT_UPDATED:
      return C_("import outcome", "Updated");
    case SEEDS_IMPORT_UNCHANGED:
      return C_("import outcome", "Already up to date");
    case SEEDS_IMPORT_CONFLICT:
      return C_("import outcome", "Not imported: your own community");
    case SEEDS_IMPORT_REJECTED:
    default:
      return C_("import outcome", "Not imported");
    }
}

static GtkWidget *
result_row_new (const SeedsImportResult *result)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (outcome_icon (result->outcome));

  /* File names and messages may hold anything: never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), result->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), result->message);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  gtk_widget_add_css_class (icon, outcome_style (result->outcome));
  gtk_widget_set_tooltip_text (icon, seeds_import_dialog_describe_outcome (result->outcome));
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  seeds_import_dialog_describe_outcome (result->outcome),
                                  -1);

  return row;
}

/* The heading: "All 12 files were imported", or how many were not. */
char *
seeds_import_dialog_summarize (GPtrArray *results)
{
  guint rejected = 0;

  g_return_val_if_fail (results != NULL, NULL);

  for (guint i = 0; i < results->len; i++)
    if (seeds_import_result_is_refused (g_ptr_array_index (results, i)))
      rejected++;

  if (rejected == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The file was imported", "All %u files were imported",
                                         results->len),
                            results->len);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u files was not imported",
                                       "%u of %u files were not imported", rejected),
                          rejected, results->len);
}

/**
 * seeds_import_dialog_new:
 * @results: (element-type SeedsImportResult): one per file
 */
SeedsImportDialog *
seeds_import_dialog_new (GtkWindow *parent,
                         GPtrArray *results)
{
  SeedsImportDialog *self;
  g_autofree char *heading = NULL;

  g_return_val_if_fail (results != NULL, NULL);

  heading = seeds_import_dialog_summarize (results);
  self = g_object_new (SEEDS_TYPE_IMPORT_DIALOG,
                       SEEDS_DIALOG_ROLE,
                       "transient-for", parent,
                       "heading", heading,
                       NULL);

  for (guint i = 0; i < results->len; i++)
    gtk_list_box_append (self->list, result_row_new (g_ptr_array_index (results, i)));

  return self;
}

GtkListBox *
seeds_import_dialog_get_list (SeedsImportDialog *self)
{
  g_return_val_if_fail (SEEDS_IS_IMPORT_DIALOG (self), NULL);

  return self->list;
}
