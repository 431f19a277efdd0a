/* seeds-recovery-page.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "store/seeds-recovery.h"
#include "recovery/seeds-recovery-page.h"
#include "store/seeds-store.h"
#include "model/seeds-text.h"

/* What the window shows instead of its pages when the database cannot be
 * opened: why, and what can be done. A damaged database is left as it is
 * until the user chooses to put the newest good backup in its place or to
 * salvage what can still be read; either way the damaged file is kept
 * beside it. Other problems (locked, read-only, a full disk) can be tried
 * again once solved. The window reopens the database on ::reopen. */

struct _SeedsRecoveryPage
{
  AdwBin            parent_instance;

  char             *database_path;
  SeedsStoreBackup *backup;
  GCancellable     *cancellable;

  AdwStatusPage    *status_page;
  GtkWidget        *busy_box;
  GtkSpinner       *spinner;
  GtkLabel         *busy_label;
  GtkLabel         *backup_label;
  GtkWidget        *restore_button;
  GtkWidget        *salvage_button;
  GtkWidget        *retry_button;
  GtkLabel         *problem_label;
};

G_DEFINE_FINAL_TYPE (SeedsRecoveryPage, seeds_recovery_page, ADW_TYPE_BIN)

enum {
  REOPEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_busy (SeedsRecoveryPage *self,
          const char        *what)
{
  gtk_widget_set_visible (self->busy_box, what != NULL);
  gtk_spinner_set_spinning (self->spinner, what != NULL);
  gtk_label_set_label (self->busy_label, what != NULL ? what : "");
  gtk_widget_set_sensitive (self->restore_button, what == NULL);
  gtk_widget_set_sensitive (self->salvage_button, what == NULL);
  gtk_widget_set_sensitive (self->retry_button, what == NULL);
}

static void
show_problem (SeedsRecoveryPage *self,
              const char        *message)
{
  gtk_label_set_label (self->problem_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), message != NULL);
}

/* "4 December 2026 at 22:03", in local time */
static char *
format_backup_time (const SeedsStoreBackup *backup)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (backup->time);
  g_autofree char *day = g_date_time_format (local, "%Y-%m-%d");
  g_autofree char *date = seeds_date_format (day);
  g_autofree char *time = g_date_time_format (local, "%H:%M");

  /* Translators: when a backup was made: a date such as "4 December 2026"
   * and a time such as "22:03" */
  return g_strdup_printf (_("%s at %s"), date, time);
}

static void
emit_reopen (SeedsRecoveryPage *self,
             const char        *heading,
             const char        *body)
{
  g_signal_emit (self, signals[REOPEN], 0, heading, body);
}

static void
found_backup (GObject      *source_object,
              GAsyncResult *result,
              gpointer      user_data)
{
  SeedsRecoveryPage *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *when = NULL;
  g_autofree char *text = NULL;
  SeedsStoreBackup *backup = seeds_recovery_find_backup_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_busy (self, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->backup_label), TRUE);
  gtk_widget_set_visible (self->salvage_button, TRUE);

  if (backup == NULL)
    {
      gtk_label_set_label (self->backup_label,
                           _("There is no good backup to go back to, but what can still be "
                             "read can be salvaged into a new database."));
      return;
    }

  g_clear_pointer (&self->backup, seeds_store_backup_free);
  self->backup = backup;
  when = format_backup_time (backup);
  text = g_strdup_printf (_("The newest good backup is from %s."), when);
  gtk_label_set_label (self->backup_label, text);
  gtk_widget_set_visible (self->restore_button, TRUE);
  gtk_widget_grab_focus (self->restore_button);
}

static void
restored (GObject      *source_object,
          GAsyncResult *result,
          gpointer      user_data)
{
  SeedsRecoveryPage *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *kept_path = seeds_recovery_restore_finish (result, &error);
  g_autofree char *kept_name = NULL;
  g_autofree char *when = NULL;
  g_autofree char *body = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_busy (self, NULL);
  if (kept_path == NULL)
    {
      show_problem (self, error->message);
      return;
    }

  kept_name = g_filename_display_basename (kept_path);
  when = format_backup_time (self->backup);
  body = g_strdup_printf (_("Your data is as it was on %s; what was changed after that is "
                            "lost. The damaged file was kept as “%s”, beside the database."),
                          when, kept_name);
  emit_reopen (self, _("Backup Restored"), body);
}

/* One line per kind of record: how many came back, and what was lost */
static char *
describe_report (const SeedsSalvageReport *report)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < report->counts->len; i++)
    {
      const SeedsSalvageCount *count = &g_array_index (report->counts, SeedsSalvageCount, i);

      if (count->n_salvaged == 0 && count->n_dropped == 0 && !count->unreadable)
        continue;

      /* Translators: a kind of record and how many were salvaged, as
       * "Meetings: 12" */
      g_string_append_printf (text, _("%s: %u"), count->label, count->n_salvaged);
      if (count->unreadable)
        g_string_append_printf (text, " — %s", _("part could not be read"));
      if (count->n_dropped > 0)
        g_string_append_printf (text, " — %s",
                                g_dngettext (GETTEXT_PACKAGE,
                                             "one left out: what it belonged to was lost",
                                             "some left out: what they belonged to was lost",
                                             count->n_dropped));
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

static void
salvaged (GObject      *source_object,
          GAsyncResult *result,
          gpointer      user_data)
{
  SeedsRecoveryPage *self = user_data;
  g_autoptr(SeedsSalvageReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *kept_path = seeds_recovery_salvage_finish (result, &report, &error);
  g_autofree char *kept_name = NULL;
  g_autofree char *counts = NULL;
  g_autofree char *body = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_busy (self, NULL);
  if (kept_path == NULL)
    {
      show_problem (self, error->message);
      return;
    }

  kept_name = g_filename_display_basename (kept_path);
  counts = describe_report (report);
  /* Translators: what could be salvaged, a list of what came back, and
   * the name of the damaged file */
  body = g_strdup_printf (_("%s\n\n%s\nThe damaged file was kept as “%s”, beside the database."),
                          report->complete
                          ? _("Everything could still be read, and is in a new database now.")
                          : _("What could still be read is in a new database now; the rest "
                              "is lost."),
                          counts, kept_name);
  emit_reopen (self, _("Data Salvaged"), body);
}

static void
on_restore_response (AdwMessageDialog  *dialog,
                     const char        *response,
                     SeedsRecoveryPage *self)
{
  if (!g_str_equal (response, "restore"))
    return;

  show_problem (self, NULL);
  set_busy (self, _("Restoring the backup…"));
  seeds_recovery_restore_async (self->database_path, self->backup->path, self->cancellable,
                                restored, self);
}

static void
on_salvage_response (AdwMessageDialog  *dialog,
                     const char        *response,
                     SeedsRecoveryPage *self)
{
  if (!g_str_equal (response, "salvage"))
    return;

  show_problem (self, NULL);
  set_busy (self, _("Salvaging what can be read…"));
  seeds_recovery_salvage_async (self->database_path, self->cancellable, salvaged, self);
}

static AdwMessageDialog *
ask (SeedsRecoveryPage *self,
     const char        *heading,
     const char        *body,
     const char        *response,
     const char        *label,
     GCallback          callback)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                       heading, body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), response, label, NULL);
  adw_message_dialog_set_response_appearance (dialog, response, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, response);
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", callback, self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

static void
on_restore_clicked (SeedsRecoveryPage *self)
{
  g_autofree char *when = format_backup_time (self->backup);
  g_autofree char *body = NULL;

  body = g_strdup_printf (_("The backup of %s takes the place of the damaged database. What "
                            "was changed after it is lost. The damaged file is kept beside it."),
                          when);
  ask (self, _("Restore the Backup?"), body, "restore", _("_Restore"),
       G_CALLBACK (on_restore_response));
}

static void
on_salvage_clicked (SeedsRecoveryPage *self)
{
  ask (self, _("Salvage What Can Be Read?"),
       _("Everything that can still be read goes into a new database in the place of the "
         "damaged one; what cannot be read is lost. The damaged file is kept beside it. To go "
         "back to a backup afterwards, restore it from its folder by hand."),
       "salvage", _("_Salvage"), G_CALLBACK (on_salvage_response));
}

static void
on_retry_clicked (SeedsRecoveryPage *self)
{
  emit_reopen (self, NULL, NULL);
}

static void
seeds_recovery_page_dispose (GObject *object)
{
  SeedsRecoveryPage *self = SEEDS_RECOVERY_PAGE (object);

  g_cancellable_cancel (self->cancellable);

  G_OBJECT_CLASS (seeds_recovery_page_parent_class)->dispose (object);
}

static void
seeds_recovery_page_finalize (GObject *object)
{
  SeedsRecoveryPage *self = SEEDS_RECOVERY_PAGE (object);

  g_clear_pointer (&self->database_path, g_free);
  g_clear_pointer (&self->backup, seeds_store_backup_free);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (seeds_recovery_page_parent_class)->finalize (object);
}

static void
seeds_recovery_page_class_init (SeedsRecoveryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = seeds_recovery_page_dispose;
  object_class->finalize = seeds_recovery_page_finalize;

  /**
   * SeedsRecoveryPage::reopen:
   * @self: the page
   * @heading: (nullable): what to tell the user once it is open, if anything
   * @body: (nullable): the details
   *
   * The database may be usable now: open it again.
   */
  signals[REOPEN] =
    g_signal_new ("reopen",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/recovery/seeds-recovery-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SeedsRecoveryPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, SeedsRecoveryPage, busy_box);
  gtk_widget_class_bind_template_child (widget_class, SeedsRecoveryPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, SeedsRecoveryPage, busy_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsRecoveryPage, backup_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsRecoveryPage, restore_button);
  gtk_widget_class_bind_template_child (widget_class, SeedsRecoveryPage, salvage_button);
  gtk_widget_class_bind_template_child (widget_class, SeedsRecoveryPage, retry_button);
  gtk_widget_class_bind_template_child (widget_class, SeedsRecoveryPage, problem_label);
  gtk_widget_class_bind_template_callback (widget_class, on_restore_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_salvage_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_retry_clicked);
}

static void
seeds_recovery_page_init (SeedsRecoveryPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

/* Whether solving the problem outside the app, then trying again, can
 * help: a lock let go, a file made writable, room made on the disk. */
static gboolean
can_try_again (const GError *error)
{
  return g_error_matches (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_LOCKED) ||
         g_error_matches (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_READ_ONLY) ||
         g_error_matches (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_CANNOT_OPEN) ||
         g_error_matches (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_DISK_FULL) ||
         g_error_matches (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_FAILED);
}

/**
 * seeds_recovery_page_show_error:
 * @database_path: the database that could not be opened
 * @error: why, from seeds_store_open()
 *
 * Says why, and offers what can be done. For a damaged database it looks
 * for the newest good backup on a worker thread.
 */
void
seeds_recovery_page_show_error (SeedsRecoveryPage *self,
                                const char        *database_path,
                                const GError      *error)
{
  gboolean damaged;
  g_autofree char *escaped = NULL;
  g_autofree char *description = NULL;

  g_return_if_fail (SEEDS_IS_RECOVERY_PAGE (self));
  g_return_if_fail (database_path != NULL);
  g_return_if_fail (error != NULL);

  damaged = g_error_matches (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_CORRUPT);
  g_free (self->database_path);
  self->database_path = g_strdup (database_path);

  escaped = g_markup_escape_text (error->message, -1);
  description = g_strdup_printf ("%s\n\n%s", escaped,
                                 damaged
                                 ? _("You can put the newest good backup in its place, or "
                                     "salvage what can still be read into a new database.")
                                 : _("Nothing was changed in the file. Start the app with "
                                     "<tt>--database FILE</tt> to use another one."));
  adw_status_page_set_description (self->status_page, description);

  show_problem (self, NULL);
  gtk_widget_set_visible (self->retry_button, can_try_again (error));
  if (!damaged)
    return;

  set_busy (self, _("Looking for a backup…"));
  seeds_recovery_find_backup_async (database_path, self->cancellable, found_backup, self);
}
