/* seeds-score-list.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "model/seeds-score.h"
#include "scoring/seeds-score-list.h"

/* The factors to score, grouped as in the research — parts, then groups —
 * under the question people answer. Used where a facilitator enters scores
 * and where a member scores on their own. A score typed with the keyboard
 * moves the focus on to the next factor, across the groups. */
struct _SeedsScoreList
{
  GtkWidget       parent_instance;

  SeedsFramework *framework;
  GtkWidget      *box;
  GHashTable     *rows;       /* factor id → SeedsScoreRow */
  GPtrArray      *row_order;  /* SeedsScoreRow, framework order */
};

G_DEFINE_FINAL_TYPE (SeedsScoreList, seeds_score_list, GTK_TYPE_WIDGET)

enum {
  SCORE_CHANGED,
  COMMENT_CHANGED,
  SHOW_FACTOR,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_row_score_changed (SeedsScoreRow  *row,
                      int             value,
                      SeedsScoreList *self)
{
  g_signal_emit (self, signals[SCORE_CHANGED], 0, seeds_score_row_get_factor (row), value);
}

static void
on_row_comment_changed (SeedsScoreRow  *row,
                        const char     *comment,
                        SeedsScoreList *self)
{
  g_signal_emit (self, signals[COMMENT_CHANGED], 0, seeds_score_row_get_factor (row), comment);
}

static void
on_row_show_factor (SeedsScoreRow  *row,
                    SeedsScoreList *self)
{
  g_signal_emit (self, signals[SHOW_FACTOR], 0, seeds_score_row_get_factor (row));
}

static void
on_row_advance (SeedsScoreRow  *row,
                SeedsScoreList *self)
{
  guint index;

  if (g_ptr_array_find (self->row_order, row, &index) && index + 1 < self->row_order->len)
    gtk_widget_grab_focus (g_ptr_array_index (self->row_order, index + 1));
}

static GtkWidget *
heading_new (const char *text,
             const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
row_new (SeedsScoreList *self,
         SeedsFactor    *factor)
{
  GtkWidget *row = seeds_score_row_new (factor);

  g_signal_connect (row, "score-changed", G_CALLBACK (on_row_score_changed), self);
  g_signal_connect (row, "comment-changed", G_CALLBACK (on_row_comment_changed), self);
  g_signal_connect (row, "advance", G_CALLBACK (on_row_advance), self);
  g_signal_connect (row, "show-factor", G_CALLBACK (on_row_show_factor), self);
  g_hash_table_insert (self->rows, g_strdup (seeds_factor_get_id (factor)), row);
  g_ptr_array_add (self->row_order, row);

  return row;
}

static void
build (SeedsScoreList *self)
{
  GListModel *groups = seeds_framework_get_groups (self->framework);
  const char *part = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->box)) != NULL)
    gtk_box_remove (GTK_BOX (self->box), child);
  g_hash_table_remove_all (self->rows);
  g_ptr_array_set_size (self->row_order, 0);

  gtk_box_append (GTK_BOX (self->box), heading_new (seeds_framework_get_question (self->framework), "title-4"));

  for (guint g = 0; g < g_list_model_get_n_items (groups); g++)
    {
      g_autoptr(SeedsFactorGroup) group = g_list_model_get_item (groups, g);
      GListModel *factors = seeds_factor_group_get_factors (group);
      GtkWidget *list = gtk_list_box_new ();

      if (g_strcmp0 (part, seeds_factor_group_get_part_id (group)) != 0)
        {
          part = seeds_factor_group_get_part_id (group);
          gtk_box_append (GTK_BOX (self->box), heading_new (seeds_factor_group_get_part_name (group), "title-2"));
        }

      gtk_box_append (GTK_BOX (self->box), heading_new (seeds_factor_group_get_name (group), "group-heading"));
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      gtk_box_append (GTK_BOX (self->box), list);

      for (guint f = 0; f < g_list_model_get_n_items (factors); f++)
        {
          g_autoptr(SeedsFactor) factor = g_list_model_get_item (factors, f);

          gtk_list_box_append (GTK_LIST_BOX (list), row_new (self, factor));
        }
    }
}

static void
seeds_score_list_dispose (GObject *object)
{
  SeedsScoreList *self = (SeedsScoreList *)object;

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->framework);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->row_order, g_ptr_array_unref);

  G_OBJECT_CLASS (seeds_score_list_parent_class)->dispose (object);
}

static void
seeds_score_list_class_init (SeedsScoreListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = seeds_score_list_dispose;

  signals[SCORE_CHANGED] =
    g_signal_new ("score-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, SEEDS_TYPE_FACTOR, G_TYPE_INT);
  signals[COMMENT_CHANGED] =
    g_signal_new ("comment-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, SEEDS_TYPE_FACTOR, G_TYPE_STRING);
  signals[SHOW_FACTOR] =
    g_signal_new ("show-factor", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, SEEDS_TYPE_FACTOR);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
seeds_score_list_init (SeedsScoreList *self)
{
  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->row_order = g_ptr_array_new ();
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
}

GtkWidget *
seeds_score_list_new (void)
{
  return g_object_new (SEEDS_TYPE_SCORE_LIST, NULL);
}

SeedsFramework *
seeds_score_list_get_framework (SeedsScoreList *self)
{
  g_return_val_if_fail (SEEDS_IS_SCORE_LIST (self), NULL);

  return self->framework;
}

void
seeds_score_list_set_framework (SeedsScoreList *self,
                                SeedsFramework *framework)
{
  g_return_if_fail (SEEDS_IS_SCORE_LIST (self));
  g_return_if_fail (SEEDS_IS_FRAMEWORK (framework));

  if (g_set_object (&self->framework, framework))
    build (self);
}

SeedsScoreRow *
seeds_score_list_get_row (SeedsScoreList *self,
                          const char     *factor_id)
{
  g_return_val_if_fail (SEEDS_IS_SCORE_LIST (self), NULL);

  return g_hash_table_lookup (self->rows, factor_id);
}

/* Without a findings & tips panel to open, the rows don't offer it. */
void
seeds_score_list_set_info_visible (SeedsScoreList *self,
                                   gboolean        visible)
{
  g_return_if_fail (SEEDS_IS_SCORE_LIST (self));

  for (guint i = 0; i < self->row_order->len; i++)
    seeds_score_row_set_info_visible (g_ptr_array_index (self->row_order, i), visible);
}

/* Shows every factor as not scored. */
void
seeds_score_list_clear (SeedsScoreList *self)
{
  g_return_if_fail (SEEDS_IS_SCORE_LIST (self));

  for (guint i = 0; i < self->row_order->len; i++)
    seeds_score_row_show_score (g_ptr_array_index (self->row_order, i), SEEDS_SCORE_NONE, NULL);
}

/* How many factors have a score, a "don't know" included. */
guint
seeds_score_list_count_scored (SeedsScoreList *self)
{
  guint n = 0;

  g_return_val_if_fail (SEEDS_IS_SCORE_LIST (self), 0);

  for (guint i = 0; i < self->row_order->len; i++)
    if (seeds_score_scale_get_value (seeds_score_row_get_scale (g_ptr_array_index (self->row_order, i)))
        != SEEDS_SCORE_NONE)
      n++;

  return n;
}

/* After switching to someone, the keys 1–5 score their first open factor
 * at once: that is how a round of hands is typed in. */
void
seeds_score_list_focus_first_unscored (SeedsScoreList *self)
{
  GtkWidget *target = NULL;

  g_return_if_fail (SEEDS_IS_SCORE_LIST (self));

  for (guint i = 0; i < self->row_order->len && target == NULL; i++)
    {
      SeedsScoreRow *row = g_ptr_array_index (self->row_order, i);

      if (seeds_score_scale_get_value (seeds_score_row_get_scale (row)) == SEEDS_SCORE_NONE)
        target = GTK_WIDGET (row);
    }

  if (target == NULL && self->row_order->len > 0)
    target = g_ptr_array_index (self->row_order, 0);
  if (target != NULL)
    gtk_widget_grab_focus (target);
}
