/* seeds-compare-page.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "compare/seeds-compare-page.h"
#include "stats/seeds-meeting-results.h"
#include "seeds-widget-util.h"

/* "Compare with Others": the meeting's mean of every factor, in the
 * framework's order, next to the means that the communities in the
 * directory share. Implicit things become explicit by comparing; the
 * factors where the group needs attention are marked, and open the
 * communities that do well on them. */
struct _SeedsComparePage
{
  SeedsMeetingPart     parent_instance;

  SeedsPeerComparison *comparison;
  GHashTable          *rows;  /* factor id → SeedsCompareRow */

  GtkStack            *stack;
  GtkLabel            *intro_label;
  GtkWidget           *sample_note;
  GtkLabel            *sample_label;
  GtkBox              *groups_box;
};

G_DEFINE_FINAL_TYPE (SeedsComparePage, seeds_compare_page, SEEDS_TYPE_MEETING_PART)

enum {
  FACTOR_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_row_activated (GtkListBox       *list,
                  GtkListBoxRow    *row,
                  SeedsComparePage *self)
{
  g_signal_emit (self, signals[FACTOR_ACTIVATED], 0, seeds_compare_row_get_factor (SEEDS_COMPARE_ROW (row)));
}

/* The meeting shown, next to the directory; NULL with an error shown. */
static SeedsPeerComparison *
load_comparison (SeedsComparePage *self)
{
  g_autoptr(SeedsMeetingSummary) summary = NULL;
  g_autoptr(GPtrArray) directory = NULL;
  g_autoptr(GError) error = NULL;

  summary = seeds_meeting_results_load (STORE (self), FRAMEWORK (self), MEETING (self), &error);
  if (summary != NULL)
    directory = seeds_store_list_directory (STORE (self), NULL, &error);
  if (directory == NULL)
    {
      seeds_widget_show_error (GTK_WIDGET (self), error);
      return NULL;
    }

  return seeds_peer_comparison_new (summary, directory, seeds_meeting_get_community_id (MEETING (self)));
}

/* How many of the communities compared with are fictional samples. */
static guint
count_samples (SeedsPeerComparison *comparison)
{
  g_autoptr(GHashTable) samples = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < seeds_peer_comparison_get_n_factors (comparison); i++)
    {
      const SeedsPeerFactor *factor = seeds_peer_comparison_get_factor (comparison, i);

      for (guint p = 0; p < factor->peers->len; p++)
        {
          const SeedsPeerScore *peer = g_ptr_array_index (factor->peers, p);

          if (seeds_community_get_origin (peer->community) == SEEDS_COMMUNITY_SAMPLE)
            g_hash_table_add (samples, peer->community);
        }
    }

  return g_hash_table_size (samples);
}

static void
show_intro (SeedsComparePage *self)
{
  guint n_sharing = seeds_peer_comparison_get_n_sharing (self->comparison);
  guint n_samples = count_samples (self->comparison);
  SeedsMeetingSummary *summary = seeds_peer_comparison_get_summary (self->comparison);
  g_autofree char *intro = NULL;
  g_autofree char *samples = NULL;

  if (seeds_meeting_summary_get_n_participants (summary) > 0)
    /* Translators: a meeting's title, then the number of other communities */
    intro = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "The means of “%s” next to those that %u other learning community in the directory shares.",
                                          "The means of “%s” next to those that %u other learning communities in the directory share.",
                                          n_sharing),
                             seeds_meeting_get_title (MEETING (self)), n_sharing);
  else
    intro = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Nobody has scored in “%s” yet. Meanwhile, these are the means that %u other learning community in the directory shares.",
                                          "Nobody has scored in “%s” yet. Meanwhile, these are the means that %u other learning communities in the directory share.",
                                          n_sharing),
                             seeds_meeting_get_title (MEETING (self)), n_sharing);
  gtk_label_set_text (self->intro_label, intro);

  /* Sample results must never pass for real ones. */
  samples = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u of them is from the fictional sample directory: its scores are made up, to show how comparing works.",
                                          "%u of them are from the fictional sample directory: their scores are made up, to show how comparing works.",
                                          n_samples),
                             n_samples);
  gtk_label_set_text (self->sample_label, samples);
  gtk_widget_set_visible (self->sample_note, n_samples > 0);
}

static GtkWidget *
group_list_new (SeedsComparePage *self,
                const char       *name)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_signal_connect (list, "row-activated", G_CALLBACK (on_row_activated), self);
  return list;
}

/* Every factor in its group, in the framework's order, as the overview. */
static void
fill_groups (SeedsComparePage *self)
{
  GListModel *groups = seeds_framework_get_groups (FRAMEWORK (self));

  seeds_widget_remove_children (GTK_WIDGET (self->groups_box));
  g_hash_table_remove_all (self->rows);

  for (guint g = 0; g < g_list_model_get_n_items (groups); g++)
    {
      g_autoptr(SeedsFactorGroup) group = g_list_model_get_item (groups, g);
      GListModel *factors = seeds_factor_group_get_factors (group);
      GtkWidget *heading = gtk_label_new (seeds_factor_group_get_name (group));
      GtkWidget *list = group_list_new (self, seeds_factor_group_get_name (group));

      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_widget_add_css_class (heading, "group-heading");
      gtk_box_append (self->groups_box, heading);
      gtk_box_append (self->groups_box, list);

      for (guint f = 0; f < g_list_model_get_n_items (factors); f++)
        {
          g_autoptr(SeedsFactor) factor = g_list_model_get_item (factors, f);
          const SeedsPeerFactor *peer_factor = seeds_peer_comparison_get_factor (self->comparison,
                                                                                 seeds_factor_get_position (factor));
          GtkWidget *row = seeds_compare_row_new (factor, peer_factor);

          gtk_list_box_append (GTK_LIST_BOX (list), row);
          g_hash_table_insert (self->rows, g_strdup (seeds_factor_get_id (factor)), row);
        }
    }
}

static void
reload (SeedsComparePage *self)
{
  g_clear_object (&self->comparison);
  if (MEETING (self) == NULL || (self->comparison = load_comparison (self)) == NULL)
    {
      g_hash_table_remove_all (self->rows);
      seeds_widget_remove_children (GTK_WIDGET (self->groups_box));
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  show_intro (self);
  fill_groups (self);
  gtk_stack_set_visible_child_name (self->stack,
                                    seeds_peer_comparison_get_n_sharing (self->comparison) > 0 ? "compare" : "empty");
}

static void
on_sample_clicked (GtkButton        *button,
                   SeedsComparePage *self)
{
  g_autoptr(GError) error = NULL;

  if (!seeds_store_add_sample_directory (STORE (self), &error))
    seeds_widget_show_error (GTK_WIDGET (self), error);
}

static void
seeds_compare_page_update (SeedsMeetingPart *part,
                           SeedsStoreChange  change)
{
  reload (SEEDS_COMPARE_PAGE (part));
}

static void
seeds_compare_page_dispose (GObject *object)
{
  SeedsComparePage *self = (SeedsComparePage *)object;

  g_clear_object (&self->comparison);
  g_clear_pointer (&self->rows, g_hash_table_unref);

  G_OBJECT_CLASS (seeds_compare_page_parent_class)->dispose (object);
}

static void
seeds_compare_page_class_init (SeedsComparePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  SeedsMeetingPartClass *part_class = SEEDS_MEETING_PART_CLASS (klass);

  object_class->dispose = seeds_compare_page_dispose;
  part_class->changes = SEEDS_STORE_CHANGE_PARTICIPANTS | SEEDS_STORE_CHANGE_SCORES | SEEDS_STORE_CHANGE_TALLIES |
                        SEEDS_STORE_CHANGE_DIRECTORY;
  part_class->update = seeds_compare_page_update;
  part_class->lazy = TRUE;

  signals[FACTOR_ACTIVATED] =
    g_signal_new ("factor-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, SEEDS_TYPE_FACTOR);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/compare/seeds-compare-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SeedsComparePage, stack);
  gtk_widget_class_bind_template_child (widget_class, SeedsComparePage, intro_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsComparePage, sample_note);
  gtk_widget_class_bind_template_child (widget_class, SeedsComparePage, sample_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsComparePage, groups_box);
  gtk_widget_class_bind_template_callback (widget_class, on_sample_clicked);
}

static void
seeds_compare_page_init (SeedsComparePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* (nullable): the comparison shown, or %NULL before it is loaded */
SeedsPeerComparison *
seeds_compare_page_get_comparison (SeedsComparePage *self)
{
  g_return_val_if_fail (SEEDS_IS_COMPARE_PAGE (self), NULL);

  return self->comparison;
}

/* "compare", or "empty" when no other community shares its scores */
const char *
seeds_compare_page_get_state (SeedsComparePage *self)
{
  g_return_val_if_fail (SEEDS_IS_COMPARE_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/* (nullable): the row of the factor */
SeedsCompareRow *
seeds_compare_page_get_row (SeedsComparePage *self,
                            const char       *factor_id)
{
  g_return_val_if_fail (SEEDS_IS_COMPARE_PAGE (self), NULL);

  return g_hash_table_lookup (self->rows, factor_id);
}
