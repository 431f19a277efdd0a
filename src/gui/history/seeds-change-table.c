/* seeds-change-table.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "history/seeds-change-table.h"
#include "seeds-widget-util.h"

/* Per factor the mean then and now, with △ where it got better and ▽ where
 * it got worse by the rule of seeds_factor_stats_change(). A list of rows
 * rather than a grid, so that a screen reader reads each factor whole. */
struct _SeedsChangeTable
{
  GtkWidget     parent_instance;

  GtkLabel     *then_heading;
  GtkLabel     *now_heading;
  GtkListBox   *list;
  GtkSizeGroup *columns[3];  /* then, now, change */
  GPtrArray    *rows;
};

G_DEFINE_FINAL_TYPE (SeedsChangeTable, seeds_change_table, GTK_TYPE_WIDGET)

enum { COLUMN_THEN, COLUMN_NOW, COLUMN_CHANGE };

static GtkWidget *
cell_new (SeedsChangeTable *self,
          int               column,
          const char       *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_label_set_width_chars (GTK_LABEL (label), column == COLUMN_CHANGE ? 3 : 5);
  gtk_size_group_add_widget (self->columns[column], label);
  return label;
}

/* An inscription rather than a wrapping label: its size doesn't depend on
 * its text, which keeps the table quick to lay out as the window resizes.
 * Two lines hold the longest title; the tooltip has it whole regardless. */
static GtkWidget *
factor_label_new (SeedsFactor *factor)
{
  g_autofree char *text = g_strdup_printf ("%u. %s", seeds_factor_get_position (factor) + 1,
                                           seeds_factor_get_title (factor));
  GtkInscription *inscription = GTK_INSCRIPTION (gtk_inscription_new (text));

  gtk_inscription_set_min_chars (inscription, 24);
  gtk_inscription_set_nat_chars (inscription, 44);
  gtk_inscription_set_min_lines (inscription, 2);
  gtk_inscription_set_nat_lines (inscription, 2);
  gtk_inscription_set_wrap_mode (inscription, PANGO_WRAP_WORD_CHAR);
  gtk_inscription_set_text_overflow (inscription, GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_yalign (inscription, 0.5);
  gtk_widget_set_tooltip_text (GTK_WIDGET (inscription), text);
  gtk_widget_set_hexpand (GTK_WIDGET (inscription), TRUE);
  return GTK_WIDGET (inscription);
}

/* A mean as the table shows it; a factor the meeting's framework did not
 * have says so, rather than looking like one nobody scored. */
static char *
format_mean (const SeedsFactorStats *stats,
             gboolean                absent)
{
  if (absent)
    /* Translators: in the change table, for a factor that was not in the
     * framework a meeting was scored with */
    return g_strdup (C_("change table", "not asked"));

  return seeds_factor_stats_format_mean (stats);
}

/* A row in words: "1. Driven and personally committed: 3.2 on 12 Nov 2026,
 * 3.8 on 14 Feb 2027, better". */
char *
seeds_change_table_describe (SeedsFramework          *framework,
                             const SeedsFactorChange *change,
                             const char              *then_name,
                             const char              *now_name)
{
  SeedsFactor *factor = seeds_framework_get_factor (framework, change->position);
  g_autofree char *then = format_mean (&change->then, change->then_absent);
  g_autofree char *now = format_mean (&change->now, change->now_absent);

  /* Translators: a row of the change table for screen readers: %1$s is the
   * factor's number and %2$s its title, %3$s the mean in the earlier meeting
   * %4$s, %5$s the mean in the later meeting %6$s, and %7$s the change,
   * such as "Better". */
  return g_strdup_printf (_("%1$u. %2$s: %3$s at %4$s, %5$s at %6$s; %7$s"),
                          change->position + 1, seeds_factor_get_title (factor),
                          then, then_name, now, now_name,
                          seeds_change_get_label (change->change));
}

static GtkWidget *
row_new (SeedsChangeTable        *self,
         SeedsFramework          *framework,
         const SeedsFactorChange *change,
         const char              *then_name,
         const char              *now_name)
{
  SeedsFactor *factor = seeds_framework_get_factor (framework, change->position);
  g_autofree char *then = format_mean (&change->then, change->then_absent);
  g_autofree char *now = format_mean (&change->now, change->now_absent);
  g_autofree char *description = seeds_change_table_describe (framework, change, then_name, now_name);
  g_autofree char *change_class = g_strconcat ("change-", seeds_change_to_string (change->change), NULL);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *sign;

  gtk_widget_add_css_class (box, "change-row");
  gtk_box_append (GTK_BOX (box), factor_label_new (factor));
  gtk_box_append (GTK_BOX (box), cell_new (self, COLUMN_THEN, then));
  gtk_box_append (GTK_BOX (box), cell_new (self, COLUMN_NOW, now));
  sign = cell_new (self, COLUMN_CHANGE, seeds_change_get_symbol (change->change));
  gtk_widget_add_css_class (sign, "change");
  gtk_widget_add_css_class (sign, change_class);
  gtk_box_append (GTK_BOX (box), sign);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  if (change->then_absent || change->now_absent)
    gtk_widget_set_tooltip_text (row, _("Not in the framework one of the two meetings was scored with: "
                                        "nothing to compare"));
  else
    gtk_widget_set_tooltip_text (row, seeds_change_get_label (change->change));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
  return row;
}

static void
seeds_change_table_dispose (GObject *object)
{
  SeedsChangeTable *self = (SeedsChangeTable *)object;

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->columns); i++)
    g_clear_object (&self->columns[i]);
  seeds_widget_remove_children (GTK_WIDGET (self));

  G_OBJECT_CLASS (seeds_change_table_parent_class)->dispose (object);
}

static void
seeds_change_table_class_init (SeedsChangeTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = seeds_change_table_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "changetable");
}

static GtkWidget *
heading_new (SeedsChangeTable *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *factor = gtk_label_new (_("Factor"));
  GtkWidget *change = cell_new (self, COLUMN_CHANGE, NULL);

  gtk_label_set_xalign (GTK_LABEL (factor), 0);
  gtk_widget_set_hexpand (factor, TRUE);
  self->then_heading = GTK_LABEL (cell_new (self, COLUMN_THEN, NULL));
  self->now_heading = GTK_LABEL (cell_new (self, COLUMN_NOW, NULL));
  gtk_box_append (GTK_BOX (box), factor);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->then_heading));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->now_heading));
  gtk_box_append (GTK_BOX (box), change);
  gtk_widget_add_css_class (box, "change-heading");
  gtk_widget_add_css_class (box, "dim-label");
  gtk_widget_add_css_class (box, "caption-heading");
  /* The rows say the same in full. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  return box;
}

static void
seeds_change_table_init (SeedsChangeTable *self)
{
  GtkBoxLayout *layout = GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self)));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (layout, 6);
  for (guint i = 0; i < G_N_ELEMENTS (self->columns); i++)
    self->columns[i] = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  self->rows = g_ptr_array_new ();

  gtk_widget_set_parent (heading_new (self), GTK_WIDGET (self));
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Change per factor"), -1);
  gtk_widget_set_parent (GTK_WIDGET (self->list), GTK_WIDGET (self));
}

GtkWidget *
seeds_change_table_new (void)
{
  return g_object_new (SEEDS_TYPE_CHANGE_TABLE, NULL);
}

/**
 * seeds_change_table_set_changes:
 * @changes: (element-type SeedsFactorChange): from seeds_community_history_compare()
 * @then_name: the earlier meeting, short, as "12 Nov 2026"
 * @now_name: the later meeting
 */
void
seeds_change_table_set_changes (SeedsChangeTable *self,
                                SeedsFramework   *framework,
                                GArray           *changes,
                                const char       *then_name,
                                const char       *now_name)
{
  g_return_if_fail (SEEDS_IS_CHANGE_TABLE (self));
  g_return_if_fail (SEEDS_IS_FRAMEWORK (framework));
  g_return_if_fail (changes != NULL);

  for (guint i = 0; i < self->rows->len; i++)
    gtk_list_box_remove (self->list, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  gtk_label_set_text (self->then_heading, then_name);
  gtk_label_set_text (self->now_heading, now_name);

  for (guint i = 0; i < changes->len; i++)
    {
      const SeedsFactorChange *change = &g_array_index (changes, SeedsFactorChange, i);
      GtkWidget *row = row_new (self, framework, change, then_name, now_name);

      gtk_list_box_append (self->list, row);
      g_ptr_array_add (self->rows, row);
    }
}

/* The row of the factor at @position, for tests. */
GtkWidget *
seeds_change_table_get_row (SeedsChangeTable *self,
                            guint             position)
{
  g_return_val_if_fail (SEEDS_IS_CHANGE_TABLE (self), NULL);
  g_return_val_if_fail (position < self->rows->len, NULL);

  return g_ptr_array_index (self->rows, position);
}
