/* seeds-framework-editor-forms.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "framework/seeds-framework-editor-private.h"
#include "seeds-accessible-names.h"
#include "seeds-widget-util.h"

/* The editor's forms: every text once in English and once in Dutch, the
 * Dutch marked while it is missing, each widget writing straight into
 * the draft as it is typed. Texts from the file are shown as text, never
 * as markup. */

typedef struct
{
  SeedsFrameworkEditor *editor;
  SeedsDraftField       field;
  char                 *owner;
  guint                 index;
  const char           *language;
  GtkWidget            *missing_tag;   /* shown while the Dutch is empty */
} TextBinding;

static void
text_binding_free (gpointer data)
{
  TextBinding *binding = data;

  g_free (binding->owner);
  g_free (binding);
}

static void
store_text (TextBinding *binding,
            const char  *text)
{
  seeds_framework_draft_set_text (binding->editor->draft, binding->field, binding->owner, binding->index,
                                  binding->language, text);
  if (binding->missing_tag != NULL)
    gtk_widget_set_visible (binding->missing_tag,
                            seeds_framework_draft_get_text (binding->editor->draft, binding->field,
                                                            binding->owner, binding->index,
                                                            binding->language) == NULL);
}

static void
on_entry_changed (GtkEditable *editable,
                  TextBinding *binding)
{
  store_text (binding, gtk_editable_get_text (editable));
}

static void
on_buffer_changed (GtkTextBuffer *buffer,
                   TextBinding   *binding)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  store_text (binding, text);
}

static TextBinding *
bind (SeedsFrameworkEditor *self,
      GtkWidget            *widget,
      SeedsDraftField       field,
      const char           *owner,
      guint                 index,
      const char           *language)
{
  TextBinding *binding = g_new0 (TextBinding, 1);

  binding->editor = self;
  binding->field = field;
  binding->owner = g_strdup (owner);
  binding->index = index;
  binding->language = language;
  g_object_set_data_full (G_OBJECT (widget), "text-binding", binding, text_binding_free);
  return binding;
}

static GtkWidget *
missing_tag_new (SeedsFrameworkEditor *self,
                 SeedsDraftField       field,
                 const char           *owner,
                 guint                 index)
{
  GtkWidget *tag = gtk_label_new (_("Not in Dutch"));

  gtk_widget_add_css_class (tag, "caption-heading");
  gtk_widget_add_css_class (tag, "warning");
  gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (tag, seeds_framework_draft_get_text (self->draft, field, owner, index,
                                                               SEEDS_DRAFT_DUTCH) == NULL);
  return tag;
}

static const char *
language_name (const char *language)
{
  return g_str_equal (language, SEEDS_DRAFT_DUTCH) ? _("Dutch") : _("English");
}

static char *
accessible_name (const char *what,
                 const char *language)
{
  /* Translators: what is being edited, then "English" or "Dutch" */
  return g_strdup_printf (_("%s in %s"), what, language_name (language));
}

/* A short text, such as a title, as two rows: English, then Dutch */
static GtkWidget *
entry_pair (SeedsFrameworkEditor *self,
            const char           *what,
            SeedsDraftField       field,
            const char           *owner,
            guint                 index)
{
  const char *languages[] = { SEEDS_DRAFT_ORIGINAL, SEEDS_DRAFT_DUTCH };
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      GtkWidget *row = adw_entry_row_new ();
      g_autofree char *title = accessible_name (what, languages[i]);
      const char *text = seeds_framework_draft_get_text (self->draft, field, owner, index, languages[i]);
      TextBinding *binding;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
      gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
      binding = bind (self, row, field, owner, index, languages[i]);
      if (i == 1)
        {
          binding->missing_tag = missing_tag_new (self, field, owner, index);
          adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), binding->missing_tag);
        }
      g_signal_connect (row, "changed", G_CALLBACK (on_entry_changed), binding);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }

  return list;
}

static GtkWidget *
text_view_column (SeedsFrameworkEditor *self,
                  const char           *what,
                  SeedsDraftField       field,
                  const char           *owner,
                  guint                 index,
                  const char           *language)
{
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *caption = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *view = gtk_text_view_new ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  const char *text = seeds_framework_draft_get_text (self->draft, field, owner, index, language);
  g_autofree char *name = accessible_name (what, language);
  GtkWidget *label = gtk_label_new (name);
  TextBinding *binding;

  gtk_widget_add_css_class (label, "caption-heading");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (caption), label);

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  /* Room for a few lines from the start: a text view measures its text
   * only once it has been laid out. */
  gtk_widget_set_size_request (view, -1, 96);
  gtk_text_buffer_set_text (buffer, text != NULL ? text : "", -1);
  seeds_accessible_set_name (view, name);
  gtk_frame_set_child (GTK_FRAME (frame), view);

  binding = bind (self, view, field, owner, index, language);
  if (g_str_equal (language, SEEDS_DRAFT_DUTCH))
    {
      binding->missing_tag = missing_tag_new (self, field, owner, index);
      gtk_box_append (GTK_BOX (caption), binding->missing_tag);
    }
  g_signal_connect (buffer, "changed", G_CALLBACK (on_buffer_changed), binding);

  gtk_box_append (GTK_BOX (column), caption);
  gtk_box_append (GTK_BOX (column), frame);
  return column;
}

/* A longer text, such as a statement, as two text views side by side */
static GtkWidget *
view_pair (SeedsFrameworkEditor *self,
           const char           *what,
           SeedsDraftField       field,
           const char           *owner,
           guint                 index)
{
  GtkWidget *pair = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  gtk_box_set_homogeneous (GTK_BOX (pair), TRUE);
  gtk_widget_set_hexpand (pair, TRUE);
  gtk_box_append (GTK_BOX (pair), text_view_column (self, what, field, owner, index, SEEDS_DRAFT_ORIGINAL));
  gtk_box_append (GTK_BOX (pair), text_view_column (self, what, field, owner, index, SEEDS_DRAFT_DUTCH));
  return pair;
}

/* A titled part of a form, with a button beside its title if any */
static GtkWidget *
section_new (SeedsFrameworkEditor *self,
             const char           *title,
             GtkWidget            *button)
{
  GtkWidget *section = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (title);

  gtk_widget_add_css_class (label, "heading");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (header), label);
  if (button != NULL)
    gtk_box_append (GTK_BOX (header), button);

  gtk_box_append (GTK_BOX (section), header);
  gtk_box_append (self->form, section);
  return section;
}

static void
redisplay (SeedsFrameworkEditor *self)
{
  g_autofree char *id = g_strdup (self->shown_id);

  seeds_framework_editor_show (self, self->shown_item, id);
}

static void
on_add_item (GtkButton            *button,
             SeedsFrameworkEditor *self)
{
  SeedsDraftField field = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "field"));

  seeds_framework_draft_add_item (self->draft, field, self->shown_id,
                                  field == SEEDS_DRAFT_FIELD_FINDING ? _("New finding") : _("New tip"));
  redisplay (self);
}

static void
on_remove_item (GtkButton            *button,
                SeedsFrameworkEditor *self)
{
  seeds_framework_draft_remove_item (self->draft,
                                     GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "field")),
                                     self->shown_id,
                                     GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index")));
  redisplay (self);
}

static GtkWidget *
button_new (SeedsFrameworkEditor *self,
            const char           *label,
            SeedsDraftField       field,
            GCallback             callback)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (button), "field", GINT_TO_POINTER (field));
  g_signal_connect (button, "clicked", callback, self);
  return button;
}

/* The findings or the tips of the factor shown, each removable */
static void
add_item_list (SeedsFrameworkEditor *self,
               SeedsDraftField       field)
{
  gboolean findings = field == SEEDS_DRAFT_FIELD_FINDING;
  guint n = seeds_framework_draft_get_n_items (self->draft, field, self->shown_id);
  GtkWidget *add = button_new (self, findings ? _("Add _Finding") : _("Add _Tip"), field,
                               G_CALLBACK (on_add_item));
  GtkWidget *section = section_new (self, findings ? _("Findings") : _("Tips"), add);

  for (guint i = 0; i < n; i++)
    {
      /* Translators: %u numbers the findings or tips of a factor from 1 */
      g_autofree char *what = g_strdup_printf (findings ? _("Finding %u") : _("Tip %u"), i + 1);
      /* Translators: %s is "Finding 2" or "Tip 3" */
      g_autofree char *remove_name = g_strdup_printf (_("Remove %s"), what);
      GtkWidget *item = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *remove = button_new (self, NULL, field, G_CALLBACK (on_remove_item));

      gtk_button_set_icon_name (GTK_BUTTON (remove), "user-trash-symbolic");
      gtk_widget_set_tooltip_text (remove, remove_name);
      gtk_widget_set_valign (remove, GTK_ALIGN_END);
      seeds_accessible_set_name (remove, remove_name);
      g_object_set_data (G_OBJECT (remove), "index", GUINT_TO_POINTER (i));

      gtk_box_append (GTK_BOX (item), view_pair (self, what, field, self->shown_id, i));
      gtk_box_append (GTK_BOX (item), remove);
      gtk_box_append (GTK_BOX (section), item);
    }
}

static void
on_hide_clicked (GtkButton            *button,
                 SeedsFrameworkEditor *self)
{
  seeds_framework_draft_set_factor_hidden (self->draft, self->shown_id,
                                           !seeds_framework_draft_get_factor_hidden (self->draft,
                                                                                     self->shown_id));
  redisplay (self);
}

static GtkWidget *
wrapped_label (const char *text,
               const char *css_class)
{
  GtkWidget *label = seeds_widget_wrapped_label_new (text, css_class);

  gtk_label_set_use_markup (GTK_LABEL (label), FALSE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  return label;
}

static void
build_factor_form (SeedsFrameworkEditor *self)
{
  const char *id = self->shown_id;
  gboolean hidden = seeds_framework_draft_get_factor_hidden (self->draft, id);
  const char *origin = seeds_framework_draft_get_factor_origin (self->draft, id);
  g_auto(GStrv) parts = g_strsplit (origin, ":", 2);
  /* Translators: a factor's number, then the id of the framework it is
   * from, such as greenport-2020 */
  g_autofree char *compared = g_strdup_printf (_("Compared with factor %s of %s"), parts[1], parts[0]);
  GtkWidget *header;

  self->hide_button = gtk_button_new_with_mnemonic (hidden ? _("_Show Factor") : _("_Hide Factor"));
  gtk_widget_set_tooltip_text (self->hide_button, hidden ? _("Score this factor again")
                                                         : _("Leave this factor out of the framework"));
  gtk_widget_set_valign (self->hide_button, GTK_ALIGN_CENTER);
  g_signal_connect (self->hide_button, "clicked", G_CALLBACK (on_hide_clicked), self);

  header = section_new (self, seeds_framework_editor_display_text (self, SEEDS_DRAFT_FIELD_FACTOR_TITLE, id),
                        self->hide_button);
  gtk_box_append (GTK_BOX (header), wrapped_label (compared, "dim-label"));
  if (hidden)
    gtk_box_append (GTK_BOX (header),
                    wrapped_label (_("This factor is hidden: it is not saved with the framework "
                                     "and not scored."), "warning"));

  gtk_box_append (GTK_BOX (section_new (self, _("Title"), NULL)),
                  entry_pair (self, _("Title"), SEEDS_DRAFT_FIELD_FACTOR_TITLE, id, 0));
  gtk_box_append (GTK_BOX (section_new (self, _("Statement"), NULL)),
                  view_pair (self, _("Statement"), SEEDS_DRAFT_FIELD_FACTOR_DEFINITION, id, 0));
  add_item_list (self, SEEDS_DRAFT_FIELD_FINDING);
  add_item_list (self, SEEDS_DRAFT_FIELD_TIP);
}

static void
on_add_factor (GtkButton            *button,
               SeedsFrameworkEditor *self)
{
  g_autofree char *id = seeds_framework_draft_add_factor (self->draft, self->shown_id, _("New factor"));

  seeds_framework_editor_show (self, EDITOR_ITEM_FACTOR, id);
}

static void
build_group_form (SeedsFrameworkEditor *self)
{
  GtkWidget *add = button_new (self, _("Add _Factor"), SEEDS_DRAFT_FIELD_FACTOR_TITLE,
                               G_CALLBACK (on_add_factor));

  gtk_widget_set_tooltip_text (add, _("Add a factor of your own to this group"));
  gtk_box_append (GTK_BOX (section_new (self, _("Group"), add)),
                  entry_pair (self, _("Name"), SEEDS_DRAFT_FIELD_GROUP_NAME, self->shown_id, 0));
}

static void
build_framework_form (SeedsFrameworkEditor *self)
{
  gtk_box_append (GTK_BOX (section_new (self, _("Name"), NULL)),
                  entry_pair (self, _("Name"), SEEDS_DRAFT_FIELD_NAME, NULL, 0));
  gtk_box_append (GTK_BOX (section_new (self, _("Question"), NULL)),
                  entry_pair (self, _("Question"), SEEDS_DRAFT_FIELD_QUESTION, NULL, 0));
}

/* A role names the factors in which a gap in it shows; the checks of a
 * role's factors set them all at once, in the framework's order. */
static void
on_role_factor_toggled (GtkCheckButton       *check,
                        SeedsFrameworkEditor *self)
{
  GPtrArray *checks = g_object_get_data (G_OBJECT (check), "checks");
  const char *role_id = g_object_get_data (G_OBJECT (check), "role-id");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) factor_ids = NULL;

  for (guint i = 0; i < checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (checks, i)))
      g_strv_builder_add (builder, g_object_get_data (g_ptr_array_index (checks, i), "factor-id"));

  factor_ids = g_strv_builder_end (builder);
  /* A role with no factors would not be saved: the last one stays. */
  if (factor_ids[0] == NULL)
    {
      g_signal_handlers_block_by_func (check, on_role_factor_toggled, self);
      gtk_check_button_set_active (check, TRUE);
      g_signal_handlers_unblock_by_func (check, on_role_factor_toggled, self);
      seeds_widget_add_toast (self->toast_overlay, _("A role needs at least one factor."));
      return;
    }

  seeds_framework_draft_set_role_factors (self->draft, role_id, (const char * const *)factor_ids);
}

static GtkWidget *
role_factors_row (SeedsFrameworkEditor *self,
                  const char           *role_id)
{
  const char * const *chosen = seeds_framework_draft_get_role_factors (self->draft, role_id);
  g_auto(GStrv) group_ids = seeds_framework_draft_get_group_ids (self->draft);
  GtkWidget *expander = adw_expander_row_new ();
  GPtrArray *checks = g_ptr_array_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), _("Factors"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), _("Where a gap in this role shows"));
  g_object_set_data_full (G_OBJECT (expander), "checks", checks, (GDestroyNotify)g_ptr_array_unref);

  for (guint g = 0; group_ids[g] != NULL; g++)
    {
      g_auto(GStrv) factor_ids = seeds_framework_draft_get_factor_ids (self->draft, group_ids[g]);

      for (guint f = 0; factor_ids[f] != NULL; f++)
        {
          GtkWidget *row = adw_action_row_new ();
          GtkWidget *check = gtk_check_button_new ();
          const char *title = seeds_framework_editor_display_text (self, SEEDS_DRAFT_FIELD_FACTOR_TITLE,
                                                                   factor_ids[f]);

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          gtk_check_button_set_active (GTK_CHECK_BUTTON (check), g_strv_contains (chosen, factor_ids[f]));
          g_object_set_data_full (G_OBJECT (check), "factor-id", g_strdup (factor_ids[f]), g_free);
          g_object_set_data_full (G_OBJECT (check), "role-id", g_strdup (role_id), g_free);
          g_object_set_data (G_OBJECT (check), "checks", checks);
          seeds_accessible_set_name (check, title);
          g_signal_connect (check, "toggled", G_CALLBACK (on_role_factor_toggled), self);
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
          g_ptr_array_add (checks, check);
        }
    }

  return expander;
}

static void
build_roles_form (SeedsFrameworkEditor *self)
{
  g_auto(GStrv) role_ids = seeds_framework_draft_get_role_ids (self->draft);

  for (guint r = 0; role_ids[r] != NULL; r++)
    {
      const char *name = seeds_framework_editor_display_text (self, SEEDS_DRAFT_FIELD_ROLE_NAME, role_ids[r]);
      GtkWidget *section = section_new (self, name, NULL);
      GtkWidget *list = gtk_list_box_new ();

      gtk_box_append (GTK_BOX (section),
                      entry_pair (self, _("Name"), SEEDS_DRAFT_FIELD_ROLE_NAME, role_ids[r], 0));
      gtk_box_append (GTK_BOX (section),
                      view_pair (self, _("Description"), SEEDS_DRAFT_FIELD_ROLE_DESCRIPTION, role_ids[r], 0));
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      gtk_list_box_append (GTK_LIST_BOX (list), role_factors_row (self, role_ids[r]));
      gtk_box_append (GTK_BOX (section), list);
    }
}

/* The form of what the sidebar has selected, from the draft */
void
seeds_framework_editor_build_form (SeedsFrameworkEditor *self)
{
  self->hide_button = NULL;
  seeds_widget_remove_children (GTK_WIDGET (self->form));

  switch (self->shown_item)
    {
    case EDITOR_ITEM_FACTOR:
      build_factor_form (self);
      break;
    case EDITOR_ITEM_GROUP:
      build_group_form (self);
      break;
    case EDITOR_ITEM_ROLES:
      build_roles_form (self);
      break;
    case EDITOR_ITEM_FRAMEWORK:
    default:
      build_framework_form (self);
      break;
    }
}
