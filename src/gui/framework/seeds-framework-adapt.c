/* seeds-framework-adapt.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "framework/seeds-framework-adapt.h"
#include "framework/seeds-framework-editor.h"
#include "model/seeds-framework-id.h"
#include "seeds-widget-util.h"

/* Adapt… and Edit…: a framework copied into a draft under a name of the
 * facilitator's (or the stored one itself), the editor on it, and what
 * it saves kept in the database on the session's worker. Whoever asked
 * hears of it through a SeedsFrameworkKeptFunc. */

#define RESPONSE_ADAPT "adapt"

typedef struct
{
  SeedsSession           *session;
  SeedsFrameworkEntry    *entry;
  SeedsFrameworkKeptFunc  kept;
  gpointer                user_data;
  GDestroyNotify          notify;
} Flow;

static void
flow_clear (Flow *flow)
{
  g_object_unref (flow->session);
  g_object_unref (flow->entry);
  if (flow->notify != NULL)
    flow->notify (flow->user_data);
}

static Flow *
flow_new (SeedsSession           *session,
          SeedsFrameworkEntry    *entry,
          SeedsFrameworkKeptFunc  kept,
          gpointer                user_data,
          GDestroyNotify          notify)
{
  Flow *flow = g_rc_box_new0 (Flow);

  flow->session = g_object_ref (session);
  flow->entry = g_object_ref (entry);
  flow->kept = kept;
  flow->user_data = user_data;
  flow->notify = notify;
  return flow;
}

static void
flow_unref (gpointer flow)
{
  g_rc_box_release_full (flow, (GDestroyNotify) flow_clear);
}

static void
on_kept (GObject      *source_object,
         GAsyncResult *result,
         gpointer      user_data)
{
  Flow *flow = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  guint edition = 0;

  seeds_session_keep_framework_finish (SEEDS_SESSION (source_object), result, &id, &edition, &error);
  flow->kept (id, edition, error, flow->user_data);
  flow_unref (flow);
}

static void
on_saved (SeedsFrameworkEditor *editor,
          GBytes               *bytes,
          Flow                 *flow)
{
  seeds_session_keep_framework_async (flow->session, bytes, NULL, on_kept, g_rc_box_acquire (flow));
}

static void
open_editor (GtkWindow           *parent,
             SeedsFrameworkDraft *draft,
             Flow                *flow)
{
  SeedsFrameworkEditor *editor = seeds_framework_editor_new (parent, draft);

  seeds_framework_editor_set_keeps (editor, TRUE);
  g_signal_connect_data (editor, "saved", G_CALLBACK (on_saved), g_rc_box_acquire (flow),
                         (GClosureNotify) (void (*) (void)) flow_unref, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

/* The ids the database has, which an adaptation's must not be */
static GStrv
taken_ids (SeedsSession *session)
{
  g_autoptr(GPtrArray) entries = seeds_framework_registry_list (seeds_session_get_frameworks (session),
                                                                NULL);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  for (guint i = 0; i < entries->len; i++)
    g_strv_builder_add (ids, seeds_framework_entry_get_id (g_ptr_array_index (entries, i)));

  return g_strv_builder_end (ids);
}

/* The newest edition of @entry's framework in the database */
static guint
last_edition (SeedsSession        *session,
              SeedsFrameworkEntry *entry)
{
  g_autoptr(GPtrArray) entries = seeds_framework_registry_list (seeds_session_get_frameworks (session),
                                                                NULL);
  guint last = 0;

  for (guint i = 0; i < entries->len; i++)
    {
      SeedsFrameworkEntry *other = g_ptr_array_index (entries, i);

      if (g_str_equal (seeds_framework_entry_get_id (other), seeds_framework_entry_get_id (entry)))
        last = MAX (last, seeds_framework_entry_get_edition (other));
    }

  return last;
}

static void
on_name_chosen (AdwMessageDialog *dialog,
                const char       *response,
                Flow             *flow)
{
  GtkEditable *name_row = g_object_get_data (G_OBJECT (dialog), "name-row");
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (name_row)));
  g_auto(GStrv) taken = taken_ids (flow->session);
  g_autofree char *id = seeds_framework_id_from_name (name, (const char * const *) taken);
  g_autoptr(SeedsFrameworkDraft) draft = NULL;
  g_autoptr(GError) error = NULL;

  draft = seeds_framework_draft_new_adapted (seeds_framework_entry_get_content (flow->entry),
                                             seeds_framework_entry_get_name (flow->entry), id, name,
                                             &error);
  if (draft == NULL)
    {
      seeds_widget_show_error (GTK_WIDGET (parent), error);
      return;
    }

  open_editor (parent, draft, flow);
}

static void
on_name_changed (GtkEditable      *name_row,
                 AdwMessageDialog *dialog)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (name_row)));

  adw_message_dialog_set_response_enabled (dialog, RESPONSE_ADAPT, *name != '\0');
}

static void
on_name_activated (AdwEntryRow      *name_row,
                   AdwMessageDialog *dialog)
{
  if (adw_message_dialog_get_response_enabled (dialog, RESPONSE_ADAPT))
    adw_message_dialog_response (dialog, RESPONSE_ADAPT);
}

static GtkWidget *
name_form_new (AdwMessageDialog *dialog)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *name_row = adw_entry_row_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (name_row), _("Name"));
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (name_row), FALSE);
  g_signal_connect_object (name_row, "changed", G_CALLBACK (on_name_changed), dialog, 0);
  g_signal_connect_object (name_row, "entry-activated", G_CALLBACK (on_name_activated), dialog, 0);
  gtk_list_box_append (GTK_LIST_BOX (list), name_row);
  g_object_set_data (G_OBJECT (dialog), "name-row", name_row);
  return list;
}

/**
 * seeds_framework_describe_kept:
 * @id: the id of a framework a #SeedsFrameworkKeptFunc heard of
 * @edition: its edition
 *
 * Returns: (transfer full): what to tell: "Framework “X” saved (edition N)"
 */
char *
seeds_framework_describe_kept (SeedsSession *session,
                               const char   *id,
                               guint         edition)
{
  g_autoptr(SeedsFramework) framework = seeds_session_lookup_framework (session, id, edition, NULL);

  /* Translators: a framework's name and the edition it was kept as */
  return g_strdup_printf (_("Framework “%s” saved (edition %u)"),
                          framework != NULL ? seeds_framework_get_name (framework) : id, edition);
}

/**
 * seeds_framework_adapt:
 * @parent: the window to ask from
 * @session: the session that keeps the adaptation
 * @entry: the framework to adapt
 * @kept: called when the adaptation is kept
 *
 * Asks for the adaptation's name, makes its id from it, and opens the
 * editor on a copy of @entry.
 */
void
seeds_framework_adapt (GtkWindow              *parent,
                       SeedsSession           *session,
                       SeedsFrameworkEntry    *entry,
                       SeedsFrameworkKeptFunc  kept,
                       gpointer                user_data,
                       GDestroyNotify          notify)
{
  Flow *flow = flow_new (session, entry, kept, user_data, notify);
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;

  /* Translators: %s is a framework's name */
  heading = g_strdup_printf (_("Adapt “%s”"), seeds_framework_entry_get_name (entry));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading,
                                                       _("Name your own wording. Its factors stay "
                                                         "comparable with the ones they come from.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), RESPONSE_ADAPT, _("_Adapt"), NULL);
  adw_message_dialog_set_response_appearance (dialog, RESPONSE_ADAPT, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (dialog, RESPONSE_ADAPT, FALSE);
  adw_message_dialog_set_default_response (dialog, RESPONSE_ADAPT);
  adw_message_dialog_set_close_response (dialog, "cancel");
  adw_message_dialog_set_extra_child (dialog, name_form_new (dialog));
  g_signal_connect_data (dialog, "response::" RESPONSE_ADAPT, G_CALLBACK (on_name_chosen),
                         flow, (GClosureNotify) (void (*) (void)) flow_unref, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * seeds_framework_edit:
 * @parent: the window it belongs to
 * @session: the session that keeps the new edition
 * @entry: a framework kept in the database, not a built-in one
 * @kept: called when the new edition is kept
 *
 * Opens the editor on @entry, whose changes are kept as its next edition.
 */
void
seeds_framework_edit (GtkWindow              *parent,
                      SeedsSession           *session,
                      SeedsFrameworkEntry    *entry,
                      SeedsFrameworkKeptFunc  kept,
                      gpointer                user_data,
                      GDestroyNotify          notify)
{
  Flow *flow = flow_new (session, entry, kept, user_data, notify);
  g_autoptr(SeedsFrameworkDraft) draft = NULL;
  g_autoptr(GError) error = NULL;

  draft = seeds_framework_draft_new_from_bytes (seeds_framework_entry_get_content (entry),
                                                seeds_framework_entry_get_name (entry), &error);
  if (draft == NULL)
    seeds_widget_show_error (GTK_WIDGET (parent), error);
  else
    {
      /* The file then says the edition the database keeps it as */
      seeds_framework_draft_set_edition (draft, last_edition (session, entry) + 1);
      open_editor (parent, draft, flow);
    }

  flow_unref (flow);
}
