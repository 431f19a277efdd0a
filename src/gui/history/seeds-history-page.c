/* seeds-history-page.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "history/seeds-effect-row.h"
#include "history/seeds-history-frameworks.h"
#include "history/seeds-history-page.h"
#include "history/seeds-history-series.h"
#include "seeds-reflow-box.h"
#include "model/seeds-text.h"
#include "seeds-widget-util.h"

/* How the community developed: its meetings side by side, one factor over
 * time, the open meeting against an earlier one, and whether the next steps
 * that were done helped. The open meeting is "now". */
struct _SeedsHistoryPage
{
  SeedsMeetingPart       parent_instance;

  SeedsCommunityHistory *history;
  SeedsFrameworkRegistry *frameworks;  /* (nullable): each meeting's framework */
  guint                  current;      /* the open meeting's position */
  GArray                *earlier;      /* guint: the meetings in the compare drop-down */
  gboolean               filling;      /* the drop-downs are being filled */

  SeedsTimeline         *timeline;
  GtkDropDown           *factor_dropdown;
  SeedsTrendChart       *trend_chart;
  GtkLabel              *compare_label;
  GtkDropDown           *compare_dropdown;
  GtkLabel              *first_meeting_label;
  GtkWidget             *compare_box;
  SeedsRadarChart       *radar_chart;
  SeedsChangeTable      *change_table;
  GtkLabel              *change_rule_label;
  GtkListBox            *effects_list;
  GtkButton             *all_effects_button;
  gboolean               all_effects;  /* every step that was done, not the latest few */
};

G_DEFINE_FINAL_TYPE (SeedsHistoryPage, seeds_history_page, SEEDS_TYPE_MEETING_PART)

static void
show_trend (SeedsHistoryPage *self)
{
  guint position = gtk_drop_down_get_selected (self->factor_dropdown);
  g_autoptr(SeedsChartSeries) series = NULL;
  SeedsFactor *factor;

  if (self->history == NULL || position == GTK_INVALID_LIST_POSITION)
    return;

  factor = seeds_framework_get_factor (seeds_community_history_get_framework (self->history), position);
  series = seeds_history_series_for_factor (self->history, position);
  seeds_chart_set_title (SEEDS_CHART (self->trend_chart), seeds_factor_get_title (factor));
  seeds_trend_chart_set_series (self->trend_chart, series);
}

static void
show_comparison (SeedsHistoryPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->compare_dropdown);
  g_autoptr(SeedsChartSeries) now = NULL;
  g_autoptr(SeedsChartSeries) then = NULL;
  g_autoptr(GArray) changes = NULL;
  g_autofree char *now_name = NULL;
  g_autofree char *then_name = NULL;
  guint earlier;

  if (self->history == NULL)
    return;

  now = seeds_history_series_for_meeting (self->history, self->current);
  now_name = seeds_history_meeting_name (self->history, self->current);
  seeds_radar_chart_set_now (self->radar_chart, now, now_name);

  if (selected == GTK_INVALID_LIST_POSITION || selected >= self->earlier->len)
    {
      seeds_radar_chart_set_then (self->radar_chart, NULL, NULL);
      return;
    }

  earlier = g_array_index (self->earlier, guint, selected);
  then = seeds_history_series_for_meeting (self->history, earlier);
  then_name = seeds_history_meeting_name (self->history, earlier);
  seeds_radar_chart_set_then (self->radar_chart, then, then_name);

  changes = seeds_community_history_compare (self->history, earlier, self->current);
  seeds_change_table_set_changes (self->change_table, seeds_community_history_get_framework (self->history),
                                  changes, then_name, now_name);
}

static void
on_factor_selected (SeedsHistoryPage *self)
{
  if (!self->filling)
    show_trend (self);
}

static void
on_compare_selected (SeedsHistoryPage *self)
{
  if (!self->filling)
    show_comparison (self);
}

static void
fill_factors (SeedsHistoryPage *self)
{
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  SeedsFramework *framework = seeds_community_history_get_framework (self->history);
  guint n_factors = seeds_framework_get_n_factors (framework);
  guint selected = gtk_drop_down_get_selected (self->factor_dropdown);

  for (guint i = 0; i < n_factors; i++)
    {
      SeedsFactor *factor = seeds_framework_get_factor (framework, i);
      g_autofree char *title = g_strdup_printf ("%u. %s", i + 1, seeds_factor_get_title (factor));

      gtk_string_list_append (titles, title);
    }

  gtk_drop_down_set_model (self->factor_dropdown, G_LIST_MODEL (titles));
  gtk_drop_down_set_selected (self->factor_dropdown, selected < n_factors ? selected : 0);
}

/* The meetings before the open one, the latest first: what "now" can be
 * compared with. Keeps the chosen meeting where it still is earlier. */
static void
fill_earlier (SeedsHistoryPage *self,
              const char       *chosen_id)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = 0;

  g_array_set_size (self->earlier, 0);
  for (guint i = self->current; i-- > 0;)
    {
      SeedsMeeting *meeting = seeds_history_entry_get_meeting (seeds_community_history_get_entry (self->history, i));
      g_autofree char *date = seeds_date_format_short (seeds_meeting_get_date (meeting));
      g_autofree char *name = g_strdup_printf ("%s · %s", date, seeds_meeting_get_title (meeting));

      if (g_strcmp0 (seeds_meeting_get_id (meeting), chosen_id) == 0)
        selected = self->earlier->len;
      g_array_append_val (self->earlier, i);
      gtk_string_list_append (names, name);
    }

  gtk_drop_down_set_model (self->compare_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->compare_dropdown, self->earlier->len > 0 ? selected : GTK_INVALID_LIST_POSITION);
}

static void
show_compare_controls (SeedsHistoryPage *self)
{
  gboolean can_compare = self->earlier->len > 0;

  gtk_widget_set_visible (GTK_WIDGET (self->compare_label), can_compare);
  gtk_widget_set_visible (GTK_WIDGET (self->compare_dropdown), can_compare);
  gtk_widget_set_visible (GTK_WIDGET (self->change_table), can_compare);
  gtk_widget_set_visible (GTK_WIDGET (self->change_rule_label), can_compare);
  gtk_widget_set_visible (GTK_WIDGET (self->first_meeting_label), !can_compare);
}

/* The latest few first: a long-lived community has done many steps, and a
 * list of them all takes long to lay out for little use. */
#define N_EFFECTS_SHOWN 5

static void
show_effects (SeedsHistoryPage *self)
{
  g_autoptr(GArray) effects = seeds_community_history_list_effects (self->history);
  guint n_shown = self->all_effects ? effects->len : MIN (effects->len, N_EFFECTS_SHOWN);
  g_autofree char *more = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->effects_list))) != NULL)
    gtk_list_box_remove (self->effects_list, child);

  for (guint i = 0; i < n_shown; i++)
    {
      const SeedsStepEffect *effect = &g_array_index (effects, SeedsStepEffect, effects->len - 1 - i);

      gtk_list_box_append (self->effects_list, seeds_effect_row_new (self->history, effect));
    }

  more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Show _All %u", "Show _All %u", effects->len),
                          effects->len);
  gtk_button_set_label (self->all_effects_button, more);
  gtk_widget_set_visible (GTK_WIDGET (self->all_effects_button), n_shown < effects->len);
}

static void
on_all_effects_clicked (SeedsHistoryPage *self)
{
  self->all_effects = TRUE;
  show_effects (self);
}

/* The meeting that "then" is now, to keep it when the history reloads. */
static char *
dup_chosen_id (SeedsHistoryPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->compare_dropdown);
  SeedsHistoryEntry *entry;

  if (self->history == NULL || selected >= self->earlier->len)
    return NULL;

  entry = seeds_community_history_get_entry (self->history, g_array_index (self->earlier, guint, selected));
  return g_strdup (seeds_meeting_get_id (seeds_history_entry_get_meeting (entry)));
}

static void
reload (SeedsHistoryPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *chosen_id = dup_chosen_id (self);
  SeedsCommunityHistory *history;

  history = seeds_history_frameworks_load (STORE (self), FRAMEWORK (self), self->frameworks,
                                          seeds_meeting_get_community_id (MEETING (self)), &error);
  if (history == NULL)
    {
      seeds_widget_show_error (GTK_WIDGET (self), error);
      return;
    }

  g_clear_object (&self->history);
  self->history = history;
  if (!seeds_community_history_find_meeting (history, seeds_meeting_get_id (MEETING (self)), &self->current))
    self->current = seeds_community_history_get_n_meetings (history) - 1;

  self->filling = TRUE;
  fill_factors (self);
  fill_earlier (self, chosen_id);
  self->filling = FALSE;
  seeds_timeline_set_history (self->timeline, history, self->current);
  show_trend (self);
  show_compare_controls (self);
  show_comparison (self);
  show_effects (self);
}

static void
seeds_history_page_update (SeedsMeetingPart *part,
                           SeedsStoreChange  change)
{
  reload (SEEDS_HISTORY_PAGE (part));
}

static void
seeds_history_page_dispose (GObject *object)
{
  SeedsHistoryPage *self = (SeedsHistoryPage *)object;

  g_clear_object (&self->history);
  g_clear_object (&self->frameworks);
  g_clear_pointer (&self->earlier, g_array_unref);

  G_OBJECT_CLASS (seeds_history_page_parent_class)->dispose (object);
}

static void
seeds_history_page_class_init (SeedsHistoryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  SeedsMeetingPartClass *part_class = SEEDS_MEETING_PART_CLASS (klass);

  object_class->dispose = seeds_history_page_dispose;
  part_class->changes = SEEDS_STORE_CHANGE_MEETINGS | SEEDS_STORE_CHANGE_PARTICIPANTS |
                        SEEDS_STORE_CHANGE_SCORES | SEEDS_STORE_CHANGE_TALLIES |
                        SEEDS_STORE_CHANGE_NEXT_STEPS;
  part_class->update = seeds_history_page_update;
  /* The whole history is loaded: only when someone looks. */
  part_class->lazy = TRUE;

  g_type_ensure (SEEDS_TYPE_TIMELINE);
  g_type_ensure (SEEDS_TYPE_TREND_CHART);
  g_type_ensure (SEEDS_TYPE_RADAR_CHART);
  g_type_ensure (SEEDS_TYPE_CHANGE_TABLE);
  g_type_ensure (SEEDS_TYPE_REFLOW_BOX);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/history/seeds-history-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SeedsHistoryPage, timeline);
  gtk_widget_class_bind_template_child (widget_class, SeedsHistoryPage, factor_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SeedsHistoryPage, trend_chart);
  gtk_widget_class_bind_template_child (widget_class, SeedsHistoryPage, compare_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsHistoryPage, compare_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SeedsHistoryPage, first_meeting_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsHistoryPage, compare_box);
  gtk_widget_class_bind_template_child (widget_class, SeedsHistoryPage, radar_chart);
  gtk_widget_class_bind_template_child (widget_class, SeedsHistoryPage, change_table);
  gtk_widget_class_bind_template_child (widget_class, SeedsHistoryPage, change_rule_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsHistoryPage, effects_list);
  gtk_widget_class_bind_template_child (widget_class, SeedsHistoryPage, all_effects_button);
  gtk_widget_class_bind_template_callback (widget_class, on_all_effects_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_factor_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_compare_selected);
}

static GtkWidget *
effects_placeholder_new (void)
{
  GtkWidget *label = gtk_label_new (_("No next step has been marked done yet."));

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "empty-note");
  return label;
}

static void
seeds_history_page_init (SeedsHistoryPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->earlier = g_array_new (FALSE, FALSE, sizeof (guint));
  gtk_list_box_set_placeholder (self->effects_list, effects_placeholder_new ());
}

/* (nullable) */
SeedsCommunityHistory *
seeds_history_page_get_history (SeedsHistoryPage *self)
{
  g_return_val_if_fail (SEEDS_IS_HISTORY_PAGE (self), NULL);

  return self->history;
}

SeedsTimeline *
seeds_history_page_get_timeline (SeedsHistoryPage *self)
{
  g_return_val_if_fail (SEEDS_IS_HISTORY_PAGE (self), NULL);

  return self->timeline;
}

SeedsTrendChart *
seeds_history_page_get_trend_chart (SeedsHistoryPage *self)
{
  g_return_val_if_fail (SEEDS_IS_HISTORY_PAGE (self), NULL);

  return self->trend_chart;
}

SeedsRadarChart *
seeds_history_page_get_radar_chart (SeedsHistoryPage *self)
{
  g_return_val_if_fail (SEEDS_IS_HISTORY_PAGE (self), NULL);

  return self->radar_chart;
}

SeedsChangeTable *
seeds_history_page_get_change_table (SeedsHistoryPage *self)
{
  g_return_val_if_fail (SEEDS_IS_HISTORY_PAGE (self), NULL);

  return self->change_table;
}

GtkListBox *
seeds_history_page_get_effects_list (SeedsHistoryPage *self)
{
  g_return_val_if_fail (SEEDS_IS_HISTORY_PAGE (self), NULL);

  return self->effects_list;
}

GtkButton *
seeds_history_page_get_all_effects_button (SeedsHistoryPage *self)
{
  g_return_val_if_fail (SEEDS_IS_HISTORY_PAGE (self), NULL);

  return self->all_effects_button;
}

/* Follows the factor at @position in the trend chart. */
void
seeds_history_page_select_factor (SeedsHistoryPage *self,
                                  guint             position)
{
  g_return_if_fail (SEEDS_IS_HISTORY_PAGE (self));

  gtk_drop_down_set_selected (self->factor_dropdown, position);
}

/* Compares the open meeting with the one at @meeting, which must be earlier. */
void
seeds_history_page_compare_with (SeedsHistoryPage *self,
                                 guint             meeting)
{
  g_return_if_fail (SEEDS_IS_HISTORY_PAGE (self));

  for (guint i = 0; i < self->earlier->len; i++)
    if (g_array_index (self->earlier, guint, i) == meeting)
      gtk_drop_down_set_selected (self->compare_dropdown, i);
}

/**
 * seeds_history_page_set_frameworks:
 * @self: a #SeedsHistoryPage
 * @frameworks: (nullable): the frameworks the community's meetings are
 *   scored with, or %NULL to compare every meeting in the page's own
 *
 * A community's history may span frameworks: a factor is then compared
 * only with itself, or with the factor it was adapted from, and shown as
 * absent where a meeting's framework did not have it.
 */
void
seeds_history_page_set_frameworks (SeedsHistoryPage       *self,
                                   SeedsFrameworkRegistry *frameworks)
{
  g_return_if_fail (SEEDS_IS_HISTORY_PAGE (self));

  g_set_object (&self->frameworks, frameworks);
}
