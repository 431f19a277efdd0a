/* seeds-score-list.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "model/seeds-score.h"
#include "scoring/seeds-score-list.h"
#include "seeds-widget-util.h"

/* The factors to score, grouped as in the research — parts, then groups —
 * under the question people answer. Used where a facilitator enters scores
 * and where a member scores on their own. A score typed with the keyboard
 * moves the focus on to the next factor, across the groups.
 *
 * A row is a few dozen widgets, and measuring and drawing a dozen of them
 * took a third of the time the main window needs for its first frame.
 * So only the rows a window shows at first go into their lists before the
 * first frame; the others are made at once, so that they can show scores,
 * but join their lists on the next frame, or as soon as someone asks for
 * a row or moves the focus. */
struct _SeedsScoreList
{
  GtkWidget       parent_instance;

  SeedsFramework *framework;
  GtkWidget      *box;
  GHashTable     *rows;       /* factor id → SeedsScoreRow */
  GPtrArray      *row_order;  /* (element-type SeedsScoreRow) (owned): framework order */
  GPtrArray      *row_lists;  /* the GtkListBox of each row, in the same order */
  guint           n_placed;   /* how many of them are in their list */
  guint           tick_id;    /* places the others after the first frame */
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

/* The rows a window shows before it is scrolled */
#define N_FIRST_ROWS 4

/* Puts the first @n rows in their lists, those that are not yet. */
static void
place_rows (SeedsScoreList *self,
            guint           n)
{
  for (; self->n_placed < MIN (n, self->row_order->len); self->n_placed++)
    gtk_list_box_append (g_ptr_array_index (self->row_lists, self->n_placed),
                         g_ptr_array_index (self->row_order, self->n_placed));

  if (self->n_placed == self->row_order->len)
    seeds_widget_clear_tick (GTK_WIDGET (self), &self->tick_id);
}

static void
on_first_frame_drawn (GtkWidget *widget)
{
  SeedsScoreList *self = SEEDS_SCORE_LIST (widget);

  self->tick_id = 0;
  place_rows (self, G_MAXUINT);
}

static void
place_first_rows (SeedsScoreList *self)
{
  place_rows (self, N_FIRST_ROWS);
  if (self->n_placed < self->row_order->len)
    self->tick_id = seeds_widget_after_first_frame (GTK_WIDGET (self), on_first_frame_drawn);
}

static void
on_row_advance (SeedsScoreRow  *row,
                SeedsScoreList *self)
{
  guint index;

  place_rows (self, G_MAXUINT);

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

static void
row_add (SeedsScoreList *self,
         SeedsFactor    *factor,
         GtkWidget      *list)
{
  GtkWidget *row = g_object_ref_sink (seeds_score_row_new (factor));

  g_signal_connect (row, "score-changed", G_CALLBACK (on_row_score_changed), self);
  g_signal_connect (row, "comment-changed", G_CALLBACK (on_row_comment_changed), self);
  g_signal_connect (row, "advance", G_CALLBACK (on_row_advance), self);
  g_signal_connect (row, "show-factor", G_CALLBACK (on_row_show_factor), self);
  g_hash_table_insert (self->rows, g_strdup (seeds_factor_get_id (factor)), row);
  g_ptr_array_add (self->row_order, row);
  g_ptr_array_add (self->row_lists, list);
}

static void
clear (SeedsScoreList *self)
{
  GtkWidget *child;

  seeds_widget_clear_tick (GTK_WIDGET (self), &self->tick_id);
  while ((child = gtk_widget_get_first_child (self->box)) != NULL)
    gtk_box_remove (GTK_BOX (self->box), child);
  g_hash_table_remove_all (self->rows);
  g_ptr_array_set_size (self->row_order, 0);
  g_ptr_array_set_size (self->row_lists, 0);
  self->n_placed = 0;
}

static void
build (SeedsScoreList *self)
{
  GListModel *groups = seeds_framework_get_groups (self->framework);
  const char *part = NULL;

  clear (self);
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

          row_add (self, factor, list);
        }
    }

  place_first_rows (self);
}

static void
seeds_score_list_dispose (GObject *object)
{
  SeedsScoreList *self = (SeedsScoreList *)object;

  seeds_widget_clear_tick (GTK_WIDGET (self), &self->tick_id);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->framework);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->row_order, g_ptr_array_unref);
  g_clear_pointer (&self->row_lists, g_ptr_array_unref);

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
  self->row_order = g_ptr_array_new_with_free_func (g_object_unref);
  self->row_lists = g_ptr_array_new ();
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

/* The row of a factor, in its list */
SeedsScoreRow *
seeds_score_list_get_row (SeedsScoreList *self,
                          const char     *factor_id)
{
  g_return_val_if_fail (SEEDS_IS_SCORE_LIST (self), NULL);

  place_rows (self, G_MAXUINT);

  return g_hash_table_lookup (self->rows, factor_id);
}

/* Shows a stored score, in a row that may not be in its list yet. */
void
seeds_score_list_show_score (SeedsScoreList *self,
                             const char     *factor_id,
                             int             value,
                             const char     *comment)
{
  SeedsScoreRow *row;

  g_return_if_fail (SEEDS_IS_SCORE_LIST (self));

  if ((row = g_hash_table_lookup (self->rows, factor_id)) != NULL)
    seeds_score_row_show_score (row, value, comment);
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

  place_rows (self, G_MAXUINT);
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
