/* seeds-effect-row.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "history/seeds-effect-row.h"
#include "history/seeds-history-series.h"

/* "Did it help?": a next step that was done, with its factor's mean in the
 * meeting where it was agreed and in the meeting it is measured against. */
struct _SeedsEffectRow
{
  AdwActionRow parent_instance;

  SeedsChange  change;
};

G_DEFINE_FINAL_TYPE (SeedsEffectRow, seeds_effect_row, ADW_TYPE_ACTION_ROW)

static char *
describe_factor (SeedsCommunityHistory *history,
                 const SeedsStepEffect *effect)
{
  SeedsFactor *factor = seeds_framework_get_factor (seeds_community_history_get_framework (history),
                                                    effect->position);

  return g_strdup_printf ("%u. %s", effect->position + 1, seeds_factor_get_title (factor));
}

/* The factor, and its mean from then to now */
static char *
describe_change (SeedsCommunityHistory *history,
                 const SeedsStepEffect *effect)
{
  g_autofree char *factor = describe_factor (history, effect);
  g_autofree char *agreed = seeds_history_meeting_name (history, effect->agreed);
  g_autofree char *then = seeds_factor_stats_format_mean (&effect->then);
  g_autofree char *now = NULL;
  g_autofree char *measured = NULL;

  if (!effect->has_later)
    /* Translators: %1$s is a factor, %2$s the date of the meeting where the
     * next step was agreed, %3$s the factor's mean there. */
    return g_strdup_printf (_("%1$s · agreed %2$s at %3$s · no meeting since to compare with"),
                            factor, agreed, then);

  measured = seeds_history_meeting_name (history, effect->measured);
  now = seeds_factor_stats_format_mean (&effect->now);
  /* Translators: %1$s is a factor; the next step was agreed at the meeting of
   * %2$s when the factor's mean was %3$s, and at the meeting of %4$s it was
   * %5$s. */
  return g_strdup_printf (_("%1$s · %2$s at %3$s → %4$s at %5$s"), factor, agreed, then, measured, now);
}

/* The subtitle: the factor, and its mean from then to now; and where the
 * step's idea came from, if from another community. */
char *
seeds_effect_row_describe (SeedsCommunityHistory *history,
                           const SeedsStepEffect *effect)
{
  g_autofree char *change = describe_change (history, effect);

  return seeds_next_step_add_origin_line (effect->step, change);
}

static GtkWidget *
sign_new (SeedsChange change)
{
  g_autofree char *css = g_strconcat ("change-", seeds_change_to_string (change), NULL);
  g_autofree char *text = NULL;
  GtkWidget *label;

  if (change == SEEDS_CHANGE_BETTER || change == SEEDS_CHANGE_WORSE)
    text = g_strdup_printf ("%s %s", seeds_change_get_symbol (change), seeds_change_get_label (change));
  else
    text = g_strdup (seeds_change_get_label (change));

  label = gtk_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "change");
  gtk_widget_add_css_class (label, css);
  return label;
}

static void
seeds_effect_row_class_init (SeedsEffectRowClass *klass)
{
}

static void
seeds_effect_row_init (SeedsEffectRow *self)
{
  /* The step's text is the group's own: never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self), 0);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (self), 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
}

GtkWidget *
seeds_effect_row_new (SeedsCommunityHistory *history,
                      const SeedsStepEffect *effect)
{
  SeedsEffectRow *self;
  g_autofree char *subtitle = NULL;
  g_autofree char *accessible = NULL;

  g_return_val_if_fail (SEEDS_IS_COMMUNITY_HISTORY (history), NULL);
  g_return_val_if_fail (effect != NULL, NULL);

  subtitle = seeds_effect_row_describe (history, effect);
  self = g_object_new (SEEDS_TYPE_EFFECT_ROW, NULL);
  self->change = effect->change;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), seeds_next_step_get_text (effect->step));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), sign_new (effect->change));
  /* The row is named after its title; the rest is its description. */
  accessible = g_strdup_printf ("%s; %s", subtitle, seeds_change_get_label (effect->change));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, accessible, -1);

  return GTK_WIDGET (self);
}

SeedsChange
seeds_effect_row_get_change (SeedsEffectRow *self)
{
  g_return_val_if_fail (SEEDS_IS_EFFECT_ROW (self), SEEDS_CHANGE_NONE);

  return self->change;
}
