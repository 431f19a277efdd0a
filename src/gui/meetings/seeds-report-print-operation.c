/* seeds-report-print-operation.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "print/seeds-factor-site.h"
#include "print/seeds-meeting-report.h"
#include "model/seeds-string.h"
#include "seeds-print-util.h"
#include "meetings/seeds-report-print-operation.h"

/* Prints a meeting's report — or saves it as PDF, from the same dialog —
 * in the language the user picks on the dialog's Report tab: members take
 * it back to their own organisation, which may not share the app's
 * language. */
struct _SeedsReportPrintOperation
{
  GtkPrintOperation   parent_instance;

  SeedsStore         *store;
  SeedsMeeting       *meeting;
  SeedsMeetingReport *report;
  char               *language;
  GtkDropDown        *language_drop_down;
};

G_DEFINE_FINAL_TYPE (SeedsReportPrintOperation, seeds_report_print_operation, GTK_TYPE_PRINT_OPERATION)

static GtkWidget *
seeds_report_print_operation_create_custom_widget (GtkPrintOperation *operation)
{
  SeedsReportPrintOperation *self = SEEDS_REPORT_PRINT_OPERATION (operation);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new_with_mnemonic (_("_Language of the report"));

  self->language_drop_down = GTK_DROP_DOWN (gtk_drop_down_new (seeds_print_languages_new (), NULL));
  gtk_drop_down_set_selected (self->language_drop_down, seeds_print_languages_find (self->language));

  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (self->language_drop_down));
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->language_drop_down));

  return box;
}

static void
seeds_report_print_operation_custom_widget_apply (GtkPrintOperation *operation,
                                                  GtkWidget         *widget)
{
  SeedsReportPrintOperation *self = SEEDS_REPORT_PRINT_OPERATION (operation);
  guint selected = gtk_drop_down_get_selected (self->language_drop_down);

  if (selected != GTK_INVALID_LIST_POSITION)
    seeds_report_print_operation_set_language (self, seeds_print_languages_get (selected));
}

static void
seeds_report_print_operation_begin_print (GtkPrintOperation *operation,
                                          GtkPrintContext   *context)
{
  SeedsReportPrintOperation *self = SEEDS_REPORT_PRINT_OPERATION (operation);
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->report);
  self->report = seeds_meeting_report_new (self->store, self->meeting, self->language, &error);
  if (self->report == NULL)
    {
      g_warning ("%s", error->message);
      gtk_print_operation_cancel (operation);
      return;
    }

  gtk_print_operation_set_n_pages (operation,
                                   seeds_meeting_report_paginate (self->report,
                                                                  gtk_print_context_get_cairo_context (context),
                                                                  gtk_print_context_get_width (context),
                                                                  gtk_print_context_get_height (context)));
}

static void
seeds_report_print_operation_draw_page (GtkPrintOperation *operation,
                                        GtkPrintContext   *context,
                                        int                page_nr)
{
  SeedsReportPrintOperation *self = SEEDS_REPORT_PRINT_OPERATION (operation);

  seeds_meeting_report_draw_page (self->report, gtk_print_context_get_cairo_context (context), page_nr);
}

static void
seeds_report_print_operation_dispose (GObject *object)
{
  SeedsReportPrintOperation *self = (SeedsReportPrintOperation *)object;

  g_clear_object (&self->store);
  g_clear_object (&self->meeting);
  g_clear_object (&self->report);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (seeds_report_print_operation_parent_class)->dispose (object);
}

static void
seeds_report_print_operation_class_init (SeedsReportPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->dispose = seeds_report_print_operation_dispose;
  operation_class->create_custom_widget = seeds_report_print_operation_create_custom_widget;
  operation_class->custom_widget_apply = seeds_report_print_operation_custom_widget_apply;
  operation_class->begin_print = seeds_report_print_operation_begin_print;
  operation_class->draw_page = seeds_report_print_operation_draw_page;
}

static void
seeds_report_print_operation_init (SeedsReportPrintOperation *self)
{
  self->language = g_strdup (seeds_factor_site_get_default_language ());

  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (self), TRUE);
  /* Translators: the tab of the print dialog with the report's language */
  gtk_print_operation_set_custom_tab_label (GTK_PRINT_OPERATION (self), _("Report"));
}

SeedsReportPrintOperation *
seeds_report_print_operation_new (SeedsStore   *store,
                                  SeedsMeeting *meeting)
{
  SeedsReportPrintOperation *self;

  g_return_val_if_fail (SEEDS_IS_STORE (store), NULL);
  g_return_val_if_fail (SEEDS_IS_MEETING (meeting), NULL);

  self = g_object_new (SEEDS_TYPE_REPORT_PRINT_OPERATION, NULL);
  self->store = g_object_ref (store);
  self->meeting = g_object_ref (meeting);

  seeds_print_operation_set_name (GTK_PRINT_OPERATION (self), seeds_meeting_get_title (meeting));

  return self;
}

const char *
seeds_report_print_operation_get_language (SeedsReportPrintOperation *self)
{
  g_return_val_if_fail (SEEDS_IS_REPORT_PRINT_OPERATION (self), NULL);

  return self->language;
}

void
seeds_report_print_operation_set_language (SeedsReportPrintOperation *self,
                                           const char                *language)
{
  g_return_if_fail (SEEDS_IS_REPORT_PRINT_OPERATION (self));
  g_return_if_fail (language != NULL);

  seeds_set_string (&self->language, language);
}
