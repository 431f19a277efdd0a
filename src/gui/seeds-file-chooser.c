/* seeds-file-chooser.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exchange/seeds-file-name.h"
#include "seeds-file-chooser.h"

/* "Choose a file, then do something with it", once for every window:
 * the native file chooser (the portal's in a sandbox), for saving with a
 * name made from what is saved and a filter of its kind, or for opening
 * several files. The callback runs only when files were chosen and the
 * window is still there: a chooser left open goes with its window. */

typedef struct
{
  GtkWindow            *parent;
  gulong                destroy_id;
  GtkFileChooserNative *chooser;
  SeedsFileChosenFunc   save;
  SeedsFilesChosenFunc  open;
  gpointer              user_data;
  GDestroyNotify        notify;
} Choice;

static void
choice_free (Choice *choice)
{
  g_signal_handlers_disconnect_by_data (choice->chooser, choice);
  g_clear_object (&choice->chooser);
  if (choice->notify != NULL)
    choice->notify (choice->user_data);
  g_free (choice);
}

static void
on_parent_destroy (GtkWindow *parent,
                   Choice    *choice)
{
  g_clear_signal_handler (&choice->destroy_id, parent);
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (choice->chooser));
  choice_free (choice);
}

static void
on_response (GtkNativeDialog *chooser,
             int              response,
             Choice          *choice)
{
  g_autoptr(GListModel) chosen = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

  /* What the callback does may close the window. */
  g_clear_signal_handler (&choice->destroy_id, choice->parent);

  if (response == GTK_RESPONSE_ACCEPT)
    chosen = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
  for (guint i = 0; chosen != NULL && i < g_list_model_get_n_items (chosen); i++)
    g_ptr_array_add (files, g_list_model_get_item (chosen, i));

  if (files->len > 0 && choice->save != NULL)
    choice->save (choice->parent, g_ptr_array_index (files, 0), choice->user_data);
  else if (files->len > 0)
    choice->open (choice->parent, (GFile **) files->pdata, files->len, choice->user_data);

  choice_free (choice);
}

static void
show (GtkWindow            *parent,
      GtkFileChooserNative *chooser,
      SeedsFileChosenFunc   save,
      SeedsFilesChosenFunc  open,
      gpointer              user_data,
      GDestroyNotify        notify)
{
  Choice *choice = g_new0 (Choice, 1);

  choice->parent = parent;
  choice->chooser = chooser;
  choice->save = save;
  choice->open = open;
  choice->user_data = user_data;
  choice->notify = notify;

  choice->destroy_id = g_signal_connect (parent, "destroy", G_CALLBACK (on_parent_destroy), choice);
  g_signal_connect (chooser, "response", G_CALLBACK (on_response), choice);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* A file is saved in the user's documents, or at home: never in the
 * folder the app happened to start in, where nobody would look for it. */
static GFile *
documents_folder (void)
{
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  return g_file_new_for_path (documents != NULL ? documents : g_get_home_dir ());
}

/**
 * seeds_file_chooser_save:
 * @parent: the window that saves
 * @title: the chooser's title, as "Export Scores"
 * @filter_name: what files of @suffix are, as "Spreadsheets"
 * @name: (nullable): what is saved, as a community's name: the file is
 *   named after it (seeds_file_name_for())
 * @suffix: the file's suffix, as ".csv"
 * @callback: (scope async): what to do with the file chosen
 * @user_data: for @callback
 * @notify: (nullable): frees @user_data once the choice is over
 *
 * Asks where to save, then calls @callback with the file.
 */
void
seeds_file_chooser_save (GtkWindow           *parent,
                         const char          *title,
                         const char          *filter_name,
                         const char          *name,
                         const char          *suffix,
                         SeedsFileChosenFunc  callback,
                         gpointer             user_data,
                         GDestroyNotify       notify)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *file_name = NULL;
  g_autoptr(GFile) folder = documents_folder ();
  GtkFileChooserNative *chooser;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (suffix != NULL && suffix[0] == '.');
  g_return_if_fail (callback != NULL);

  file_name = seeds_file_name_for (name, suffix);
  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_filter_add_suffix (filter, suffix + 1);

  chooser = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);

  show (parent, chooser, callback, NULL, user_data, notify);
}

/* Enter in GTK 4.8's own chooser (the one used without a portal) first
 * selects the file under the cursor alone, then opens it: of twelve cards
 * selected with Ctrl+A, Enter imported one. In that chooser, Enter opens
 * what is selected, as the Import button does. */
static gboolean
on_chooser_key (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkDialog             *dialog)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (dialog));

  if ((keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter) ||
      !GTK_IS_TREE_VIEW (focus) ||
      gtk_tree_selection_count_selected_rows (gtk_tree_view_get_selection (GTK_TREE_VIEW (focus))) < 2)
    return GDK_EVENT_PROPAGATE;

  gtk_dialog_response (dialog, GTK_RESPONSE_ACCEPT);
  return GDK_EVENT_STOP;
}

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
static void
keep_selection_on_enter (GtkWindow  *parent,
                         const char *title)
{
  GListModel *windows = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (windows); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (windows, i);
      GtkEventController *keys;

      if (!GTK_IS_FILE_CHOOSER_DIALOG (window) || gtk_window_get_transient_for (window) != parent ||
          g_strcmp0 (gtk_window_get_title (window), title) != 0)
        continue;

      keys = gtk_event_controller_key_new ();
      gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
      g_signal_connect (keys, "key-pressed", G_CALLBACK (on_chooser_key), window);
      gtk_widget_add_controller (GTK_WIDGET (window), keys);
    }
}
G_GNUC_END_IGNORE_DEPRECATIONS

/**
 * seeds_file_chooser_open:
 * @parent: the window that opens
 * @title: the chooser's title, as "Import Score Cards"
 * @accept_label: (nullable): its button, as "_Import"; %NULL for "_Open"
 * @filter: the files it offers
 * @callback: (scope async): what to do with the files chosen
 * @user_data: for @callback
 * @notify: (nullable): frees @user_data once the choice is over
 *
 * Asks for one or more files, then calls @callback with them.
 */
void
seeds_file_chooser_open (GtkWindow            *parent,
                         const char           *title,
                         const char           *accept_label,
                         GtkFileFilter        *filter,
                         SeedsFilesChosenFunc  callback,
                         gpointer              user_data,
                         GDestroyNotify        notify)
{
  GtkFileChooserNative *chooser;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (GTK_IS_FILE_FILTER (filter));
  g_return_if_fail (callback != NULL);

  chooser = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_OPEN,
                                         accept_label, accept_label != NULL ? _("_Cancel") : NULL);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  show (parent, chooser, NULL, callback, user_data, notify);
  keep_selection_on_enter (parent, title);
}

/**
 * seeds_file_chooser_folder:
 * @parent: the window that asks
 * @title: the chooser's title, as "Add Shared Directory"
 * @accept_label: its button, as "_Add"
 * @callback: (scope async): what to do with the folder chosen
 * @user_data: for @callback
 * @notify: (nullable): frees @user_data once the choice is over
 *
 * Asks for a folder. The chooser also takes an address typed in, as
 * davs://cloud.example.org/… or smb://server/share, which GVfs opens.
 */
void
seeds_file_chooser_folder (GtkWindow           *parent,
                           const char          *title,
                           const char          *accept_label,
                           SeedsFileChosenFunc  callback,
                           gpointer             user_data,
                           GDestroyNotify       notify)
{
  GtkFileChooserNative *chooser;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (callback != NULL);

  chooser = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                         accept_label, _("_Cancel"));
  show (parent, chooser, callback, NULL, user_data, notify);
}
