/* seeds-points-history.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "community/seeds-correction-dialog.h"
#include "community/seeds-points-history.h"
#include "model/seeds-text.h"
#include "seeds-widget-util.h"

/* Every entry of a community's team points, newest first, with who agreed
 * to spend or correct: in a window of its own, opened on purpose, since
 * the community page may be on the projector and never shows a name.
 * Points earned by mistake are corrected here, once, by a counter-entry
 * through the session; the list follows the store. */
struct _SeedsPointsHistory
{
  AdwWindow        parent_instance;

  SeedsSession    *session;
  SeedsStore      *store;
  SeedsCommunity  *community;
  gulong           changed_id;
  GCancellable    *cancellable;  /* the listing under way */
  GListStore      *entries;      /* of SeedsLedgerEntry, newest first */
  GHashTable      *corrected;    /* the ids of the entries a correction cancels */
  gint64           balance;

  AdwWindowTitle  *window_title;
  AdwToastOverlay *toast_overlay;
  GtkLabel        *balance_label;
  GtkListBox      *list;
};

G_DEFINE_FINAL_TYPE (SeedsPointsHistory, seeds_points_history, ADW_TYPE_WINDOW)

/* Says @text (plain) in a toast at once, before what was said earlier:
 * it answers what the facilitator just asked. */
static void
say (SeedsPointsHistory *self,
     const char         *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  AdwToast *toast = adw_toast_new (escaped);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* (transfer none) (nullable): the entry of @entry_id shown, which the list
 * keeps */
static SeedsLedgerEntry *
find_entry (SeedsPointsHistory *self,
            gint64              entry_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->entries)); i++)
    {
      g_autoptr(SeedsLedgerEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->entries), i);

      if (seeds_ledger_entry_get_id (entry) == entry_id)
        return entry;
    }
  return NULL;
}

static char *
format_day (gint64 time)
{
  g_autoptr(GDateTime) local = g_date_time_new_from_unix_local (time);
  g_autofree char *day = local != NULL ? g_date_time_format (local, "%Y-%m-%d") : NULL;

  return day != NULL ? seeds_date_format (day) : g_strdup ("");
}

/* The date, who agreed, and for a correction the entry it cancels */
static char *
describe_entry (SeedsPointsHistory *self,
                SeedsLedgerEntry   *entry)
{
  GString *text = g_string_new (NULL);
  g_autofree char *day = format_day (seeds_ledger_entry_get_created_at (entry));
  const char *agreed_by = seeds_ledger_entry_get_agreed_by (entry);
  SeedsLedgerEntry *corrected = NULL;

  g_string_append (text, day);
  if (agreed_by != NULL && *agreed_by != '\0')
    /* Translators: after the date of an entry of team points; %s is who agreed */
    g_string_append_printf (text, _(" · Agreed by %s"), agreed_by);

  if (seeds_ledger_entry_get_correction_of (entry) != 0)
    corrected = find_entry (self, seeds_ledger_entry_get_correction_of (entry));
  if (corrected != NULL)
    {
      g_autofree char *when = format_day (seeds_ledger_entry_get_created_at (corrected));

      g_string_append_c (text, '\n');
      /* Translators: what a correction cancels: what the points were for, then its date */
      g_string_append_printf (text, _("Cancels “%s” of %s"), seeds_ledger_entry_get_label (corrected),
                              when);
    }

  return g_string_free (text, FALSE);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  SeedsPointsHistory *self = user_data;
  SeedsLedgerEntry *entry = item;
  gint64 id = seeds_ledger_entry_get_id (entry);
  g_autofree char *subtitle = describe_entry (self, entry);
  g_autofree char *amount = seeds_ledger_format_amount (seeds_ledger_entry_get_amount (entry));
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (amount);

  /* What people typed is never markup */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), seeds_ledger_entry_get_label (entry));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  if (seeds_ledger_entry_get_kind (entry) == SEEDS_LEDGER_EARNED &&
      g_hash_table_contains (self->corrected, &id))
    {
      GtkWidget *corrected = gtk_label_new (_("Corrected"));

      gtk_widget_add_css_class (corrected, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), corrected);
    }
  else if (seeds_ledger_entry_get_kind (entry) == SEEDS_LEDGER_EARNED)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Correct…"));

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "history.correct");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (id));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }

  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  return row;
}

/* Listing */

static void
show_balance (SeedsPointsHistory *self)
{
  g_autofree char *number = seeds_ledger_format_amount (self->balance);
  g_autofree char *text = NULL;
  gulong n = (gulong) MIN (ABS (self->balance), G_MAXLONG);

  /* Translators: %s is the sum of the team points, such as "15" or "−5" (no plus sign) */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Balance: %s point", "Balance: %s points",
                                       n),
                          self->balance >= 0 ? number + 1 : number);
  gtk_label_set_text (self->balance_label, text);
}

static void
show_entries (SeedsPointsHistory *self,
              GPtrArray          *entries,
              gint64              balance)
{
  g_hash_table_remove_all (self->corrected);
  for (guint i = 0; i < entries->len; i++)
    {
      gint64 corrected = seeds_ledger_entry_get_correction_of (g_ptr_array_index (entries, i));

      if (corrected != 0)
        g_hash_table_add (self->corrected, g_memdup2 (&corrected, sizeof corrected));
    }

  self->balance = balance;
  show_balance (self);
  g_list_store_splice (self->entries, 0, g_list_model_get_n_items (G_LIST_MODEL (self->entries)),
                       entries->pdata, entries->len);
}

static void
on_listed (GObject      *source_object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(SeedsPointsHistory) self = user_data;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  gint64 balance = 0;

  entries = seeds_session_list_ledger_finish (SEEDS_SESSION (source_object), result, &balance,
                                              &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (entries == NULL)
    {
      say (self, error->message);
      return;
    }

  show_entries (self, entries, balance);
}

static void
reload (SeedsPointsHistory *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  seeds_session_list_ledger_async (self->session, seeds_community_get_id (self->community),
                                   self->cancellable, on_listed, g_object_ref (self));
}

/* Points written anywhere show here; a community deleted takes its
 * history with it. */
static void
on_store_changed (SeedsStore         *store,
                  guint               what,
                  SeedsPointsHistory *self)
{
  g_autoptr(SeedsCommunity) community = NULL;

  if (what & SEEDS_STORE_CHANGE_COMMUNITIES)
    {
      community = seeds_store_get_community (store, seeds_community_get_id (self->community), NULL);
      if (community == NULL)
        {
          gtk_window_destroy (GTK_WINDOW (self));
          return;
        }
      adw_window_title_set_subtitle (self->window_title, seeds_community_get_name (community));
    }

  if (what & SEEDS_STORE_CHANGE_POINTS)
    reload (self);
}

/* Correcting */

static void
on_corrected (GObject      *source_object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(SeedsPointsHistory) self = user_data;
  g_autoptr(GError) error = NULL;

  if (seeds_session_correct_ledger_entry_finish (SEEDS_SESSION (source_object), result, &error))
    say (self, _("Entry corrected."));
  else
    say (self, error->message);
}

static void
on_correction_response (SeedsCorrectionDialog *dialog,
                        const char            *response,
                        SeedsPointsHistory    *self)
{
  SeedsLedgerEntry *entry = seeds_correction_dialog_get_entry (dialog);
  g_autofree char *agreed_by = NULL;

  if (!g_str_equal (response, SEEDS_FORM_DIALOG_SAVE))
    return;

  agreed_by = seeds_correction_dialog_get_agreed_by (dialog);
  seeds_session_correct_ledger_entry_async (self->session, seeds_ledger_entry_get_id (entry),
                                            agreed_by, on_corrected, g_object_ref (self));
}

/* Points earned can be corrected, once: an entry corrected says so, and
 * the store refuses a second correction all the same */
static void
correct_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SeedsPointsHistory *self = SEEDS_POINTS_HISTORY (widget);
  gint64 id = g_variant_get_int64 (parameter);
  SeedsLedgerEntry *entry = find_entry (self, id);
  SeedsCorrectionDialog *dialog;

  if (entry == NULL || seeds_ledger_entry_get_kind (entry) != SEEDS_LEDGER_EARNED)
    return;

  if (g_hash_table_contains (self->corrected, &id))
    {
      say (self, _("This entry has been corrected already."));
      return;
    }

  dialog = seeds_correction_dialog_new (GTK_WINDOW (self), entry);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_correction_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The window */

static void
seeds_points_history_dispose (GObject *object)
{
  SeedsPointsHistory *self = SEEDS_POINTS_HISTORY (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_object (&self->store);
  g_clear_object (&self->session);
  g_clear_object (&self->community);
  g_clear_object (&self->entries);
  g_clear_pointer (&self->corrected, g_hash_table_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), SEEDS_TYPE_POINTS_HISTORY);

  G_OBJECT_CLASS (seeds_points_history_parent_class)->dispose (object);
}

static void
seeds_points_history_class_init (SeedsPointsHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = seeds_points_history_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/community/seeds-points-history.ui");
  gtk_widget_class_bind_template_child (widget_class, SeedsPointsHistory, window_title);
  gtk_widget_class_bind_template_child (widget_class, SeedsPointsHistory, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SeedsPointsHistory, balance_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsPointsHistory, list);

  gtk_widget_class_install_action (widget_class, "history.correct", "x", correct_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
seeds_points_history_init (SeedsPointsHistory *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->entries = g_list_store_new (SEEDS_TYPE_LEDGER_ENTRY);
  self->corrected = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->entries), create_row, self, NULL);

  placeholder = seeds_widget_wrapped_label_new (_("No points yet: they come with the work of "
                                                  "learning together."),
                                                "dim-label");
  gtk_widget_set_margin_top (placeholder, 18);
  gtk_widget_set_margin_bottom (placeholder, 18);
  gtk_list_box_set_placeholder (self->list, placeholder);
}

static void
set_community (SeedsPointsHistory *self,
               SeedsCommunity     *community)
{
  g_set_object (&self->community, community);
  adw_window_title_set_subtitle (self->window_title, seeds_community_get_name (community));
  reload (self);
}

/**
 * seeds_points_history_show:
 * @parent: the main window
 * @session: the session of the database, which lists and corrects
 * @community: one of your own learning communities
 *
 * Shows the points history of @parent, opening it if it is not open, for
 * @community.
 *
 * Returns: (transfer none): the window
 */
SeedsPointsHistory *
seeds_points_history_show (GtkWindow      *parent,
                           SeedsSession   *session,
                           SeedsCommunity *community)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  SeedsPointsHistory *self = NULL;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SEEDS_IS_SESSION (session), NULL);
  g_return_val_if_fail (SEEDS_IS_STORE (seeds_session_get_store (session)), NULL);
  g_return_val_if_fail (SEEDS_IS_COMMUNITY (community), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && self == NULL; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (SEEDS_IS_POINTS_HISTORY (window) && gtk_window_get_transient_for (window) == parent)
        self = SEEDS_POINTS_HISTORY (window);
    }

  if (self == NULL)
    {
      self = g_object_new (SEEDS_TYPE_POINTS_HISTORY, "transient-for", parent, NULL);
      self->session = g_object_ref (session);
      self->store = g_object_ref (seeds_session_get_store (session));
      self->changed_id = g_signal_connect (self->store, "changed", G_CALLBACK (on_store_changed),
                                           self);
    }

  set_community (self, community);
  gtk_window_present (GTK_WINDOW (self));

  return self;
}

/* (transfer none): the entries shown, newest first */
GListModel *
seeds_points_history_get_entries (SeedsPointsHistory *self)
{
  g_return_val_if_fail (SEEDS_IS_POINTS_HISTORY (self), NULL);

  return G_LIST_MODEL (self->entries);
}

/* The balance shown: the sum of the entries */
gint64
seeds_points_history_get_balance (SeedsPointsHistory *self)
{
  g_return_val_if_fail (SEEDS_IS_POINTS_HISTORY (self), 0);

  return self->balance;
}

gboolean
seeds_points_history_is_corrected (SeedsPointsHistory *self,
                                   gint64              entry_id)
{
  g_return_val_if_fail (SEEDS_IS_POINTS_HISTORY (self), FALSE);

  return g_hash_table_contains (self->corrected, &entry_id);
}
