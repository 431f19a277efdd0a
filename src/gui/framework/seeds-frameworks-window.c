/* seeds-frameworks-window.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "framework/seeds-framework-adapt.h"
#include "framework/seeds-frameworks-window.h"
#include "session/seeds-framework-import.h"
#include "seeds-file-chooser.h"
#include "seeds-widget-util.h"

/* Every framework the database knows, built in or kept, each with what
 * can be done with it: adapt it, edit it (one of the facilitators' own),
 * save it as a file to share; and importing one from a file. */

struct _SeedsFrameworksWindow
{
  AdwWindow        parent_instance;

  SeedsSession    *session;
  AdwToastOverlay *toast_overlay;
  GtkListBox      *list;
};

G_DEFINE_FINAL_TYPE (SeedsFrameworksWindow, seeds_frameworks_window, ADW_TYPE_WINDOW)

static void refresh (SeedsFrameworksWindow *self);

static void
seeds_frameworks_window_dispose (GObject *object)
{
  SeedsFrameworksWindow *self = (SeedsFrameworksWindow *)object;

  g_clear_object (&self->session);
  gtk_widget_dispose_template (GTK_WIDGET (self), SEEDS_TYPE_FRAMEWORKS_WINDOW);

  G_OBJECT_CLASS (seeds_frameworks_window_parent_class)->dispose (object);
}

static void
toast (SeedsFrameworksWindow *self,
       const char            *text)
{
  seeds_widget_add_toast (self->toast_overlay, text);
}

/* "win.show-error", as the main window has it: what a flow started here
 * could not do, in a toast. */
static void
show_error_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  toast (user_data, g_variant_get_string (parameter, NULL));
}

/* What a framework is: built in, adapted from another, or imported */
static const char *
describe_origin (SeedsFrameworksWindow *self,
                 SeedsFrameworkEntry   *entry)
{
  g_autoptr(SeedsFramework) framework = NULL;

  if (seeds_framework_entry_is_builtin (entry))
    return C_("framework", "Built in");

  framework = seeds_session_lookup_framework (self->session, seeds_framework_entry_get_id (entry),
                                              seeds_framework_entry_get_edition (entry), NULL);
  if (framework != NULL && seeds_framework_get_based_on (framework) != NULL)
    return C_("framework", "Adapted");
  return C_("framework", "Imported");
}

/* Adapt, Edit and Save As… name their framework for screen readers:
 * @name, which the button takes */
static GtkWidget *
row_button_new (const char          *label,
                char                *name,
                SeedsFrameworkEntry *entry,
                GCallback            clicked,
                gpointer             user_data)
{
  GtkWidget *button = gtk_button_new_with_label (label);
  g_autofree char *owned_name = name;

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, owned_name, -1);
  g_object_set_data_full (G_OBJECT (button), "entry", g_object_ref (entry), g_object_unref);
  g_signal_connect_swapped (button, "clicked", clicked, user_data);
  return button;
}

static void on_adapt_clicked   (SeedsFrameworksWindow *self,
                                GtkButton             *button);
static void on_edit_clicked    (SeedsFrameworksWindow *self,
                                GtkButton             *button);
static void on_save_as_clicked (SeedsFrameworksWindow *self,
                                GtkButton             *button);

static GtkWidget *
row_new (SeedsFrameworksWindow *self,
         SeedsFrameworkEntry   *entry)
{
  GtkWidget *row = adw_action_row_new ();
  const char *name = seeds_framework_entry_get_name (entry);
  g_autofree char *label = seeds_framework_entry_dup_label (entry);
  g_autofree char *subtitle = NULL;

  /* Translators: what a framework is ("Built in", "Adapted", "Imported") and its edition */
  subtitle = g_strdup_printf (_("%s · edition %u"), describe_origin (self, entry),
                              seeds_framework_entry_get_edition (entry));
  /* Names come from files from outside: shown as typed */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  /* Translators: the name a screen reader gives a button; %s is a framework's name */
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             row_button_new (_("Adapt…"), g_strdup_printf (_("Adapt “%s”"), name), entry,
                                             G_CALLBACK (on_adapt_clicked), self));
  if (!seeds_framework_entry_is_builtin (entry))
    /* Translators: the name a screen reader gives a button; %s is a framework's name */
    adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                               row_button_new (_("Edit…"), g_strdup_printf (_("Edit “%s”"), name), entry,
                                               G_CALLBACK (on_edit_clicked), self));
  /* Translators: the name a screen reader gives a button; %s is a framework's name */
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             row_button_new (_("Save As…"), g_strdup_printf (_("Save “%s” as a file"), name), entry,
                                             G_CALLBACK (on_save_as_clicked), self));
  g_object_set_data_full (G_OBJECT (row), "entry", g_object_ref (entry), g_object_unref);
  return row;
}

static void
refresh (SeedsFrameworksWindow *self)
{
  g_autoptr(GPtrArray) entries = NULL;

  seeds_widget_remove_children (GTK_WIDGET (self->list));
  if (self->session == NULL)
    return;

  entries = seeds_framework_registry_list (seeds_session_get_frameworks (self->session), NULL);
  for (guint i = 0; i < entries->len; i++)
    gtk_list_box_append (self->list, row_new (self, g_ptr_array_index (entries, i)));
}

/* Adapting and editing */

static void
on_kept (const char   *id,
         guint         edition,
         const GError *error,
         gpointer      user_data)
{
  SeedsFrameworksWindow *self = user_data;
  g_autofree char *text = NULL;

  if (error != NULL)
    {
      toast (self, error->message);
      return;
    }

  text = seeds_framework_describe_kept (self->session, id, edition);
  toast (self, text);
  refresh (self);
}

static SeedsFrameworkEntry *
button_entry (GtkButton *button)
{
  return g_object_get_data (G_OBJECT (button), "entry");
}

static void
on_adapt_clicked (SeedsFrameworksWindow *self,
                  GtkButton             *button)
{
  seeds_framework_adapt (GTK_WINDOW (self), self->session, button_entry (button), on_kept,
                         g_object_ref (self), g_object_unref);
}

static void
on_edit_clicked (SeedsFrameworksWindow *self,
                 GtkButton             *button)
{
  seeds_framework_edit (GTK_WINDOW (self), self->session, button_entry (button), on_kept,
                        g_object_ref (self), g_object_unref);
}

/* Saving as a file */

static void
on_exported (GObject      *source_object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(SeedsFrameworksWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (seeds_session_export_framework_finish (SEEDS_SESSION (source_object), result, &error))
    toast (self, _("Framework saved."));
  else
    toast (self, error->message);
}

static void
on_export_file_chosen (GtkWindow *parent,
                       GFile     *file,
                       gpointer   user_data)
{
  SeedsFrameworksWindow *self = SEEDS_FRAMEWORKS_WINDOW (parent);
  SeedsFrameworkEntry *entry = user_data;

  if (self->session != NULL)
    seeds_session_export_framework_async (self->session, seeds_framework_entry_get_id (entry),
                                          seeds_framework_entry_get_edition (entry), file, NULL,
                                          on_exported, g_object_ref (self));
}

static void
on_save_as_clicked (SeedsFrameworksWindow *self,
                    GtkButton             *button)
{
  SeedsFrameworkEntry *entry = button_entry (button);

  seeds_file_chooser_save (GTK_WINDOW (self), _("Save Framework"), _("Frameworks"),
                           seeds_framework_entry_get_id (entry), SEEDS_FRAMEWORK_SUFFIX,
                           on_export_file_chosen, g_object_ref (entry), g_object_unref);
}

/* Importing */

static void
on_imported (GObject      *source_object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(SeedsFrameworksWindow) self = user_data;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;

  results = seeds_session_import_files_finish (SEEDS_SESSION (source_object), result, &error);
  if (results == NULL)
    {
      toast (self, error->message);
      return;
    }

  for (guint i = 0; i < results->len; i++)
    toast (self, ((SeedsImportResult *) g_ptr_array_index (results, i))->message);
  refresh (self);
}

static void
on_import_files_chosen (GtkWindow  *parent,
                        GFile     **files,
                        guint       n_files,
                        gpointer    user_data)
{
  SeedsFrameworksWindow *self = SEEDS_FRAMEWORKS_WINDOW (parent);

  if (self->session != NULL)
    seeds_session_import_files_async (self->session, files, n_files, NULL, NULL, NULL, on_imported,
                                      g_object_ref (self));
}

static void
on_import_clicked (SeedsFrameworksWindow *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Frameworks"));
  gtk_file_filter_add_pattern (filter, "*" SEEDS_FRAMEWORK_SUFFIX);
  seeds_file_chooser_open (GTK_WINDOW (self), _("Import Framework"), _("_Import"), filter,
                           on_import_files_chosen, NULL, NULL);
}

static void
seeds_frameworks_window_class_init (SeedsFrameworksWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = seeds_frameworks_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/seedsofinnovation/Seeds/framework/seeds-frameworks-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SeedsFrameworksWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SeedsFrameworksWindow, list);
  gtk_widget_class_bind_template_callback (widget_class, on_import_clicked);
}

static const GActionEntry window_actions[] = {
  { "show-error", show_error_activated, "s" },
};

static void
seeds_frameworks_window_init (SeedsFrameworksWindow *self)
{
  g_autoptr(GSimpleActionGroup) actions = g_simple_action_group_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  g_action_map_add_action_entries (G_ACTION_MAP (actions), window_actions,
                                   G_N_ELEMENTS (window_actions), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "win", G_ACTION_GROUP (actions));
}

/**
 * seeds_frameworks_window_new:
 * @parent: the window it belongs to
 * @session: the session whose frameworks it lists
 */
SeedsFrameworksWindow *
seeds_frameworks_window_new (GtkWindow    *parent,
                             SeedsSession *session)
{
  SeedsFrameworksWindow *self;

  g_return_val_if_fail (SEEDS_IS_SESSION (session), NULL);

  self = g_object_new (SEEDS_TYPE_FRAMEWORKS_WINDOW, "transient-for", parent, NULL);
  self->session = g_object_ref (session);
  refresh (self);
  return self;
}

GtkListBox *
seeds_frameworks_window_get_list (SeedsFrameworksWindow *self)
{
  g_return_val_if_fail (SEEDS_IS_FRAMEWORKS_WINDOW (self), NULL);

  return self->list;
}
