/* seeds-framework-editor.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "framework/seeds-framework-editor-private.h"
#include "seeds-file-chooser.h"
#include "seeds-widget-util.h"

/* The editor of an adapted framework: a sidebar of the framework, its
 * roles, its groups and their factors, each marked where it is hidden or
 * not yet in Dutch, and beside it a form for the chosen one (built by
 * seeds-framework-editor-forms.c). It changes only its draft; the bytes
 * it saves go out with ::saved, for the window to store. */

#define SUFFIX ".seedsframework"

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SeedsFrameworkEditor, seeds_framework_editor, ADW_TYPE_WINDOW)

static void on_draft_changed (SeedsFrameworkEditor *self);

static void
seeds_framework_editor_dispose (GObject *object)
{
  SeedsFrameworkEditor *self = (SeedsFrameworkEditor *)object;

  if (self->draft != NULL)
    g_signal_handlers_disconnect_by_func (self->draft, on_draft_changed, self);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_object (&self->draft);
  g_clear_pointer (&self->shown_id, g_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), SEEDS_TYPE_FRAMEWORK_EDITOR);

  G_OBJECT_CLASS (seeds_framework_editor_parent_class)->dispose (object);
}

/* The sidebar and the forms' headings name things in the language the
 * app is shown in, where the draft has it. */
const char *
seeds_framework_editor_display_text (SeedsFrameworkEditor *self,
                                     SeedsDraftField       field,
                                     const char           *owner)
{
  const char *dutch = seeds_framework_draft_get_text (self->draft, field, owner, 0, SEEDS_DRAFT_DUTCH);
  const char *original = seeds_framework_draft_get_text (self->draft, field, owner, 0, SEEDS_DRAFT_ORIGINAL);

  if (dutch != NULL && g_str_has_prefix (g_get_language_names ()[0], SEEDS_DRAFT_DUTCH))
    return dutch;
  return original != NULL ? original : "…";
}

/* A small tag after a row's title: "Hidden", "Not in Dutch" */
static GtkWidget *
tag_new (const char *text,
         const char *css_class)
{
  GtkWidget *tag = gtk_label_new (text);

  gtk_widget_add_css_class (tag, "caption-heading");
  gtk_widget_add_css_class (tag, css_class);
  gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
  return tag;
}

/* Which factors and groups have a text not yet in Dutch */
static GHashTable *
untranslated_owners (SeedsFrameworkDraft *draft)
{
  g_autoptr(GPtrArray) places = seeds_framework_draft_list_untranslated (draft, SEEDS_DRAFT_DUTCH);
  GHashTable *owners = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < places->len; i++)
    {
      SeedsDraftPlace *place = g_ptr_array_index (places, i);
      const char *key = place->owner;

      /* The framework's own texts and the roles each have one row */
      if (place->field <= SEEDS_DRAFT_FIELD_SOURCE)
        key = "@framework";
      else if (place->field >= SEEDS_DRAFT_FIELD_ROLE_NAME)
        key = "@roles";
      g_hash_table_add (owners, g_strdup (key));
    }

  return owners;
}

static GtkWidget *
row_new (EditorItem  item,
         const char *id,
         const char *title,
         gboolean    hidden,
         gboolean    untranslated)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (title);
  g_autoptr(GString) name = g_string_new (title);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  /* The whole title of one cut short */
  gtk_widget_set_tooltip_text (label, title);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);

  if (item == EDITOR_ITEM_FACTOR)
    gtk_widget_set_margin_start (box, 12);
  else
    gtk_widget_add_css_class (label, "heading");

  if (hidden)
    {
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), tag_new (_("Hidden"), "dim-label"));
      g_string_append_printf (name, ", %s", _("Hidden"));
    }
  if (untranslated)
    {
      gtk_box_append (GTK_BOX (box), tag_new (_("Not in Dutch"), "warning"));
      g_string_append_printf (name, ", %s", _("Not in Dutch"));
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name->str, -1);
  g_object_set_data (G_OBJECT (row), "item", GINT_TO_POINTER (item));
  g_object_set_data_full (G_OBJECT (row), "id", g_strdup (id), g_free);
  return row;
}

static void
add_group_rows (SeedsFrameworkEditor *self,
                const char           *group_id,
                GHashTable           *untranslated)
{
  SeedsFrameworkDraft *draft = self->draft;
  g_auto(GStrv) factor_ids = seeds_framework_draft_get_factor_ids (draft, group_id);
  const char *name = seeds_framework_editor_display_text (self, SEEDS_DRAFT_FIELD_GROUP_NAME, group_id);

  gtk_list_box_append (self->sidebar,
                       row_new (EDITOR_ITEM_GROUP, group_id, name, FALSE,
                                g_hash_table_contains (untranslated, group_id)));

  for (guint i = 0; factor_ids[i] != NULL; i++)
    {
      const char *title = seeds_framework_editor_display_text (self, SEEDS_DRAFT_FIELD_FACTOR_TITLE,
                                                               factor_ids[i]);
      gboolean hidden = seeds_framework_draft_get_factor_hidden (draft, factor_ids[i]);

      gtk_list_box_append (self->sidebar,
                           row_new (EDITOR_ITEM_FACTOR, factor_ids[i], title, hidden,
                                    !hidden && g_hash_table_contains (untranslated, factor_ids[i])));
    }
}

static void
select_shown_row (SeedsFrameworkEditor *self)
{
  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->sidebar, i);

      if (row == NULL)
        return;
      if (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "item")) == (int)self->shown_item &&
          g_strcmp0 (g_object_get_data (G_OBJECT (row), "id"), self->shown_id) == 0)
        {
          gtk_list_box_select_row (self->sidebar, row);
          return;
        }
    }
}

/* The sidebar again, from the draft, with the row shown selected */
void
seeds_framework_editor_rebuild (SeedsFrameworkEditor *self)
{
  g_autoptr(GHashTable) untranslated = untranslated_owners (self->draft);
  g_auto(GStrv) group_ids = seeds_framework_draft_get_group_ids (self->draft);

  self->rebuilding = TRUE;
  seeds_widget_remove_children (GTK_WIDGET (self->sidebar));

  gtk_list_box_append (self->sidebar,
                       row_new (EDITOR_ITEM_FRAMEWORK, NULL, _("Name and Question"), FALSE,
                                g_hash_table_contains (untranslated, "@framework")));
  gtk_list_box_append (self->sidebar,
                       row_new (EDITOR_ITEM_ROLES, NULL, _("Roles"), FALSE,
                                g_hash_table_contains (untranslated, "@roles")));
  for (guint i = 0; group_ids[i] != NULL; i++)
    add_group_rows (self, group_ids[i], untranslated);

  select_shown_row (self);
  self->rebuilding = FALSE;
}

/* Shows @item's form: the sidebar is rebuilt with it, as the tags and
 * titles change with what the form changes. */
void
seeds_framework_editor_show (SeedsFrameworkEditor *self,
                             EditorItem            item,
                             const char           *id)
{
  g_autofree char *owned_id = g_strdup (id);

  self->shown_item = item;
  g_free (self->shown_id);
  self->shown_id = g_steal_pointer (&owned_id);

  seeds_framework_editor_rebuild (self);
  seeds_framework_editor_build_form (self);
}

static void
on_row_selected (SeedsFrameworkEditor *self,
                 GtkListBoxRow        *row)
{
  if (row == NULL || self->rebuilding)
    return;

  seeds_framework_editor_show (self, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "item")),
                               g_object_get_data (G_OBJECT (row), "id"));
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
on_back_clicked (SeedsFrameworkEditor *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* A text typed changes titles and tags in the sidebar; the form, where
 * it was typed, stays. Once the window is idle, so that every key does
 * not rebuild it. */
static gboolean
refresh_sidebar (gpointer user_data)
{
  SeedsFrameworkEditor *self = user_data;

  self->refresh_id = 0;
  seeds_framework_editor_rebuild (self);
  return G_SOURCE_REMOVE;
}

static void
on_draft_changed (SeedsFrameworkEditor *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_LOW, refresh_sidebar, self, NULL);
}

/**
 * seeds_framework_editor_save_to_file:
 * @file: where to write the framework
 *
 * Writes the draft to @file and emits ::saved with what was written. A
 * draft that would not read back (a required text left empty) is not
 * written, and @error says what is missing.
 */
gboolean
seeds_framework_editor_save_to_file (SeedsFrameworkEditor  *self,
                                     GFile                 *file,
                                     GError               **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (SEEDS_IS_FRAMEWORK_EDITOR (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = seeds_framework_draft_to_bytes (self->draft, error);
  if (bytes == NULL ||
      !g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL,
                                FALSE, G_FILE_CREATE_NONE, NULL, NULL, error))
    return FALSE;

  g_signal_emit (self, signals[SAVED], 0, bytes);
  return TRUE;
}

static void
on_file_chosen (GtkWindow *window,
                GFile     *file,
                gpointer   user_data)
{
  SeedsFrameworkEditor *self = SEEDS_FRAMEWORK_EDITOR (window);
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *shown_name = g_filename_display_name (basename);
  g_autofree char *title = NULL;

  if (!seeds_framework_editor_save_to_file (self, file, &error))
    {
      seeds_widget_show_message (window, _("The Framework Was Not Saved"), error->message);
      return;
    }

  title = g_strdup_printf (_("Saved as “%s”"), shown_name);
  seeds_widget_add_toast (self->toast_overlay, title);
}

/* Hands the draft to whoever keeps it, and is done: the list of
 * frameworks says under which edition it was kept. */
static void
keep_draft (SeedsFrameworkEditor *self)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  bytes = seeds_framework_draft_to_bytes (self->draft, &error);
  if (bytes == NULL)
    {
      seeds_widget_show_message (GTK_WINDOW (self), _("The Framework Was Not Saved"), error->message);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, bytes);
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_save_clicked (SeedsFrameworkEditor *self)
{
  g_autofree char *name = g_strdup (seeds_framework_draft_get_id (self->draft));

  if (self->keeps)
    {
      keep_draft (self);
      return;
    }

  seeds_file_chooser_save (GTK_WINDOW (self), _("Save Framework"), _("Frameworks"), name, SUFFIX,
                           on_file_chosen, NULL, NULL);
}

static void
seeds_framework_editor_class_init (SeedsFrameworkEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = seeds_framework_editor_dispose;

  /* The framework was saved to a file: @bytes is what was written, for
   * the database to keep. */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                 NULL, G_TYPE_NONE, 1, G_TYPE_BYTES);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/seedsofinnovation/Seeds/framework/seeds-framework-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SeedsFrameworkEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SeedsFrameworkEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, SeedsFrameworkEditor, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SeedsFrameworkEditor, sidebar);
  gtk_widget_class_bind_template_child (widget_class, SeedsFrameworkEditor, form_scroller);
  gtk_widget_class_bind_template_child (widget_class, SeedsFrameworkEditor, form);
  gtk_widget_class_bind_template_child (widget_class, SeedsFrameworkEditor, save_button);
  gtk_widget_class_bind_template_callback (widget_class, on_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
}

static void
seeds_framework_editor_init (SeedsFrameworkEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * seeds_framework_editor_new:
 * @parent: (nullable): the window it belongs to
 * @draft: the framework to edit, which the editor changes
 */
SeedsFrameworkEditor *
seeds_framework_editor_new (GtkWindow           *parent,
                            SeedsFrameworkDraft *draft)
{
  SeedsFrameworkEditor *self;

  g_return_val_if_fail (SEEDS_IS_FRAMEWORK_DRAFT (draft), NULL);

  self = g_object_new (SEEDS_TYPE_FRAMEWORK_EDITOR, "transient-for", parent, NULL);
  self->draft = g_object_ref (draft);
  g_signal_connect_swapped (draft, "changed", G_CALLBACK (on_draft_changed), self);
  adw_window_title_set_subtitle (self->window_title, seeds_framework_draft_get_id (draft));
  seeds_framework_editor_show (self, EDITOR_ITEM_FRAMEWORK, NULL);
  return self;
}

/**
 * seeds_framework_editor_set_keeps:
 * @keeps: whether Save keeps the framework in the database
 *
 * With @keeps, Save emits ::saved without asking for a file, for the
 * list of frameworks to keep it, and closes the editor; the list saves
 * a file of it as well.
 */
void
seeds_framework_editor_set_keeps (SeedsFrameworkEditor *self,
                                  gboolean              keeps)
{
  g_return_if_fail (SEEDS_IS_FRAMEWORK_EDITOR (self));

  self->keeps = keeps;
  gtk_button_set_label (self->save_button, keeps ? _("_Save") : _("_Save As…"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->save_button),
                               keeps ? _("Keep the framework in this database")
                                     : _("Save the framework as a file to share or import"));
}

SeedsFrameworkDraft *
seeds_framework_editor_get_draft (SeedsFrameworkEditor *self)
{
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK_EDITOR (self), NULL);

  return self->draft;
}

void
seeds_framework_editor_select_factor (SeedsFrameworkEditor *self,
                                      const char           *factor_id)
{
  g_return_if_fail (SEEDS_IS_FRAMEWORK_EDITOR (self));

  seeds_framework_editor_show (self, EDITOR_ITEM_FACTOR, factor_id);
}
