/* seeds-overview-page.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "stats/seeds-meeting-results.h"
#include "overview/seeds-overview-page.h"
#include "seeds-widget-util.h"

/* What the group's scores say: first the factors that need attention, most
 * urgent first, then every factor in its group. */
struct _SeedsOverviewPage
{
  SeedsMeetingPart     parent_instance;

  SeedsMeetingSummary *summary;
  SeedsMeetingSummary *by_type[SEEDS_N_PARTNER_TYPES];  /* when split by partner type */
  GHashTable          *rows;   /* factor id → SeedsFactorSummaryRow in the full list */
  GSettings           *settings;
  guint                n_placed;   /* rows of the full list made so far, in order */
  guint                n_attention_placed;  /* and of the list needing attention */
  GtkListBox          *last_list;  /* (nullable): the list of the last group begun */
  guint                tick_id;    /* makes the other rows after the first frame */

  GtkStack            *stack;
  AdwStatusPage       *empty_page;
  GtkLabel            *summary_label;
  GtkListBox          *attention_list;
  GtkLabel            *attention_empty_label;
  GtkBox              *groups_box;
  GtkToggleButton     *perspectives_button;
};

G_DEFINE_FINAL_TYPE (SeedsOverviewPage, seeds_overview_page, SEEDS_TYPE_MEETING_PART)

enum {
  FACTOR_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_row_activated (GtkListBox        *list,
                  GtkListBoxRow     *row,
                  SeedsOverviewPage *self)
{
  g_signal_emit (self, signals[FACTOR_ACTIVATED], 0,
                 seeds_factor_summary_row_get_factor (SEEDS_FACTOR_SUMMARY_ROW (row)));
}

static GtkWidget *
list_new (SeedsOverviewPage *self)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  g_signal_connect (list, "row-activated", G_CALLBACK (on_row_activated), self);
  return list;
}

/* A factor's row, with the partner types' perspectives when asked for. */
static GtkWidget *
row_new (SeedsOverviewPage *self,
         guint              position)
{
  GtkWidget *row = seeds_factor_summary_row_new (seeds_framework_get_factor (FRAMEWORK (self), position),
                                                 seeds_meeting_summary_get_stats (self->summary, position));

  if (self->by_type[0] != NULL)
    {
      SeedsFactorStats stats[SEEDS_N_PARTNER_TYPES];

      for (int type = 0; type < SEEDS_N_PARTNER_TYPES; type++)
        stats[type] = *seeds_meeting_summary_get_stats (self->by_type[type], position);
      seeds_factor_summary_row_show_perspectives (SEEDS_FACTOR_SUMMARY_ROW (row), stats,
                                                  g_settings_get_int (self->settings, "anonymity-threshold"));
    }

  return row;
}

/* The rows a window shows before it is scrolled, those that need
 * attention first: the others, below them, are made in the frame after
 * the first, so that the window's first frame does not wait for them. */
#define N_FIRST_ROWS 6

/* Makes the rows of the factors that need attention, lowest first, until
 * there are @n; those made before stay. */
static void
place_attention_rows (SeedsOverviewPage *self,
                      guint              n)
{
  guint n_attention;
  const guint *order = seeds_meeting_summary_get_attention_order (self->summary, &n_attention);

  for (; self->n_attention_placed < MIN (n, n_attention); self->n_attention_placed++)
    gtk_list_box_append (self->attention_list, row_new (self, order[self->n_attention_placed]));
}

static guint
fill_attention (SeedsOverviewPage *self)
{
  guint n;

  seeds_widget_remove_children (GTK_WIDGET (self->attention_list));
  self->n_attention_placed = 0;
  seeds_meeting_summary_get_attention_order (self->summary, &n);
  place_attention_rows (self, N_FIRST_ROWS);

  gtk_widget_set_visible (GTK_WIDGET (self->attention_list), n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->attention_empty_label), n == 0);

  return n;
}

static void
begin_group (SeedsOverviewPage *self,
             SeedsFactorGroup  *group)
{
  GtkWidget *heading = gtk_label_new (seeds_factor_group_get_name (group));
  GtkWidget *list = list_new (self);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "group-heading");
  gtk_box_append (self->groups_box, heading);
  gtk_box_append (self->groups_box, list);
  self->last_list = GTK_LIST_BOX (list);
}

/* Makes the rows of the full list, every factor in its group, until
 * there are @n; those made before stay. */
static void
place_rows (SeedsOverviewPage *self,
            guint              n)
{
  GListModel *groups = seeds_framework_get_groups (FRAMEWORK (self));
  guint index = 0;

  for (guint g = 0; g < g_list_model_get_n_items (groups) && self->n_placed < n; g++)
    {
      g_autoptr(SeedsFactorGroup) group = g_list_model_get_item (groups, g);
      GListModel *factors = seeds_factor_group_get_factors (group);

      for (guint f = 0; f < g_list_model_get_n_items (factors) && self->n_placed < n; f++, index++)
        {
          g_autoptr(SeedsFactor) factor = NULL;
          GtkWidget *row;

          if (index < self->n_placed)
            continue;
          if (f == 0)
            begin_group (self, group);

          factor = g_list_model_get_item (factors, f);
          row = row_new (self, seeds_factor_get_position (factor));
          gtk_list_box_append (self->last_list, row);
          g_hash_table_insert (self->rows, g_strdup (seeds_factor_get_id (factor)), row);
          self->n_placed++;
        }
    }
}

/* Every row there is, for those who ask for one before the next frame. */
static void
place_all_rows (SeedsOverviewPage *self)
{
  seeds_widget_clear_tick (GTK_WIDGET (self), &self->tick_id);
  if (self->summary != NULL)
    {
      place_attention_rows (self, G_MAXUINT);
      place_rows (self, G_MAXUINT);
    }
}

static void
on_first_frame_drawn (GtkWidget *widget)
{
  SeedsOverviewPage *self = SEEDS_OVERVIEW_PAGE (widget);

  self->tick_id = 0;
  place_all_rows (self);
}

static void
fill_groups (SeedsOverviewPage *self,
             guint              n_attention)
{
  seeds_widget_clear_tick (GTK_WIDGET (self), &self->tick_id);
  seeds_widget_remove_children (GTK_WIDGET (self->groups_box));
  g_hash_table_remove_all (self->rows);
  self->n_placed = 0;
  self->last_list = NULL;

  place_rows (self, N_FIRST_ROWS > n_attention ? N_FIRST_ROWS - n_attention : 0);
  if (self->n_placed < seeds_framework_get_n_factors (FRAMEWORK (self)) ||
      self->n_attention_placed < n_attention)
    self->tick_id = seeds_widget_after_first_frame (GTK_WIDGET (self), on_first_frame_drawn);
}

static void
clear_by_type (SeedsOverviewPage *self)
{
  for (int type = 0; type < SEEDS_N_PARTNER_TYPES; type++)
    g_clear_object (&self->by_type[type]);
}

/* Each partner type's view of the factors, when the page is split by type. */
static void
summarise_by_type (SeedsOverviewPage *self)
{
  g_autoptr(GPtrArray) by_type = NULL;

  clear_by_type (self);
  if (!gtk_toggle_button_get_active (self->perspectives_button) ||
      seeds_meeting_get_kind (MEETING (self)) == SEEDS_MEETING_POSTER)
    return;

  by_type = seeds_meeting_results_load_by_partner_type (STORE (self), FRAMEWORK (self),
                                                        seeds_meeting_get_id (MEETING (self)), NULL);
  if (by_type == NULL)
    return;

  for (int type = 0; type < SEEDS_N_PARTNER_TYPES; type++)
    self->by_type[type] = g_object_ref (g_ptr_array_index (by_type, type));
}

static void
reload (SeedsOverviewPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  gboolean poster;
  guint n_participants;

  if (MEETING (self) == NULL)
    return;

  poster = seeds_meeting_get_kind (MEETING (self)) == SEEDS_MEETING_POSTER;
  g_clear_object (&self->summary);
  self->summary = seeds_meeting_results_load (STORE (self), FRAMEWORK (self), MEETING (self), &error);
  if (self->summary == NULL)
    {
      g_autoptr(GPtrArray) none = g_ptr_array_new ();

      seeds_widget_show_error (GTK_WIDGET (self), error);
      self->summary = seeds_meeting_summary_new (FRAMEWORK (self), none);
    }

  n_participants = seeds_meeting_summary_get_n_participants (self->summary);
  summarise_by_type (self);
  gtk_widget_set_visible (GTK_WIDGET (self->perspectives_button), !poster);

  if (poster)
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "Stickers on the poster, from about %u person. Select a factor to see its findings and tips.",
                                            "Stickers on the poster, from about %u people. Select a factor to see its findings and tips.",
                                            n_participants),
                               n_participants);
  else
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u person has scored. Select a factor to see its findings and tips.",
                                            "%u people have scored. Select a factor to see its findings and tips.",
                                            n_participants),
                               n_participants);
  gtk_label_set_text (self->summary_label, summary);

  fill_groups (self, fill_attention (self));
  /* The icon is an SVG, which loads librsvg: set when first needed */
  if (n_participants == 0)
    adw_status_page_set_icon_name (self->empty_page, "view-list-bullet-symbolic");
  gtk_stack_set_visible_child_name (self->stack, n_participants > 0 ? "overview" : "empty");
}

static void
seeds_overview_page_dispose (GObject *object)
{
  SeedsOverviewPage *self = (SeedsOverviewPage *)object;

  seeds_widget_clear_tick (GTK_WIDGET (self), &self->tick_id);
  g_clear_object (&self->summary);
  clear_by_type (self);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (seeds_overview_page_parent_class)->dispose (object);
}

static void
on_perspectives_toggled (GtkToggleButton   *button,
                         SeedsOverviewPage *self)
{
  reload (self);
}

static void
on_threshold_changed (GSettings         *settings,
                      const char        *key,
                      SeedsOverviewPage *self)
{
  if (gtk_toggle_button_get_active (self->perspectives_button))
    reload (self);
}

static void
seeds_overview_page_update (SeedsMeetingPart *part,
                            SeedsStoreChange  change)
{
  reload (SEEDS_OVERVIEW_PAGE (part));
}

static void
seeds_overview_page_class_init (SeedsOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  SeedsMeetingPartClass *part_class = SEEDS_MEETING_PART_CLASS (klass);

  object_class->dispose = seeds_overview_page_dispose;
  part_class->changes = SEEDS_STORE_CHANGE_PARTICIPANTS | SEEDS_STORE_CHANGE_SCORES | SEEDS_STORE_CHANGE_TALLIES;
  part_class->update = seeds_overview_page_update;

  signals[FACTOR_ACTIVATED] =
    g_signal_new ("factor-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, SEEDS_TYPE_FACTOR);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/overview/seeds-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SeedsOverviewPage, stack);
  gtk_widget_class_bind_template_child (widget_class, SeedsOverviewPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, SeedsOverviewPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsOverviewPage, attention_list);
  gtk_widget_class_bind_template_child (widget_class, SeedsOverviewPage, attention_empty_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsOverviewPage, groups_box);
  gtk_widget_class_bind_template_child (widget_class, SeedsOverviewPage, perspectives_button);
  gtk_widget_class_bind_template_callback (widget_class, on_perspectives_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
}

static void
seeds_overview_page_init (SeedsOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->settings = g_settings_new (APP_ID);
  g_signal_connect (self->settings, "changed::anonymity-threshold", G_CALLBACK (on_threshold_changed), self);
}

/* (nullable): what the scores of the meeting say */
SeedsMeetingSummary *
seeds_overview_page_get_summary (SeedsOverviewPage *self)
{
  g_return_val_if_fail (SEEDS_IS_OVERVIEW_PAGE (self), NULL);

  return self->summary;
}

GtkToggleButton *
seeds_overview_page_get_perspectives_button (SeedsOverviewPage *self)
{
  g_return_val_if_fail (SEEDS_IS_OVERVIEW_PAGE (self), NULL);

  return self->perspectives_button;
}

GtkListBox *
seeds_overview_page_get_attention_list (SeedsOverviewPage *self)
{
  g_return_val_if_fail (SEEDS_IS_OVERVIEW_PAGE (self), NULL);

  place_all_rows (self);
  return self->attention_list;
}

SeedsFactorSummaryRow *
seeds_overview_page_get_row (SeedsOverviewPage *self,
                             const char        *factor_id)
{
  g_return_val_if_fail (SEEDS_IS_OVERVIEW_PAGE (self), NULL);

  place_all_rows (self);
  return g_hash_table_lookup (self->rows, factor_id);
}
