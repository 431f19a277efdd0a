/* seeds-framework-row.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "seeds-framework-row.h"

/* Chooses the framework a community or a meeting is scored with, among
 * those the registry lists (seeds_framework_registry_list()), each shown
 * by its label, which tells editions of one framework apart. */
struct _SeedsFrameworkRow
{
  AdwComboRow  parent_instance;

  GListStore  *entries;
};

G_DEFINE_FINAL_TYPE (SeedsFrameworkRow, seeds_framework_row, ADW_TYPE_COMBO_ROW)

static void
seeds_framework_row_dispose (GObject *object)
{
  SeedsFrameworkRow *self = SEEDS_FRAMEWORK_ROW (object);

  g_clear_object (&self->entries);

  G_OBJECT_CLASS (seeds_framework_row_parent_class)->dispose (object);
}

/* In the list, each label whole, wrapped: two labels can differ only at
 * their end */
static void
on_setup_item (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

static void
on_bind_item (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  g_autofree char *label = seeds_framework_entry_dup_label (gtk_list_item_get_item (item));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), label);
}

static void
seeds_framework_row_class_init (SeedsFrameworkRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = seeds_framework_row_dispose;
}

static void
seeds_framework_row_init (SeedsFrameworkRow *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  self->entries = g_list_store_new (SEEDS_TYPE_FRAMEWORK_ENTRY);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), _("Framework"));
  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_item), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_item), NULL);
  adw_combo_row_set_list_factory (ADW_COMBO_ROW (self), factory);
  /* The label chosen, under the title, whole */
  adw_combo_row_set_use_subtitle (ADW_COMBO_ROW (self), TRUE);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self), 0);
  adw_combo_row_set_expression (ADW_COMBO_ROW (self),
                                gtk_property_expression_new (SEEDS_TYPE_FRAMEWORK_ENTRY, NULL, "label"));
  adw_combo_row_set_model (ADW_COMBO_ROW (self), G_LIST_MODEL (self->entries));
}

/**
 * seeds_framework_row_set_entries:
 * @self: a #SeedsFrameworkRow
 * @entries: (element-type SeedsFrameworkEntry): the frameworks to choose from
 *
 * Offers @entries, the first of them chosen.
 */
void
seeds_framework_row_set_entries (SeedsFrameworkRow *self,
                                 GPtrArray         *entries)
{
  g_return_if_fail (SEEDS_IS_FRAMEWORK_ROW (self));
  g_return_if_fail (entries != NULL);

  g_list_store_splice (self->entries, 0, g_list_model_get_n_items (G_LIST_MODEL (self->entries)),
                       entries->pdata, entries->len);
}

/**
 * seeds_framework_row_select:
 * @self: a #SeedsFrameworkRow
 * @id: a framework's id
 * @edition: its edition
 *
 * Returns: whether the row offers that framework, now chosen
 */
gboolean
seeds_framework_row_select (SeedsFrameworkRow *self,
                            const char        *id,
                            guint              edition)
{
  guint n;

  g_return_val_if_fail (SEEDS_IS_FRAMEWORK_ROW (self), FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->entries));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SeedsFrameworkEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->entries), i);

      if (seeds_framework_entry_matches (entry, id, edition))
        {
          adw_combo_row_set_selected (ADW_COMBO_ROW (self), i);
          return TRUE;
        }
    }

  return FALSE;
}

/* Returns: (transfer none) (nullable): the framework chosen */
SeedsFrameworkEntry *
seeds_framework_row_get_selected (SeedsFrameworkRow *self)
{
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK_ROW (self), NULL);

  return adw_combo_row_get_selected_item (ADW_COMBO_ROW (self));
}
