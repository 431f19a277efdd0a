/* seeds-factor-panel.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "factor-panel/seeds-factor-panel.h"
#include "stats/seeds-meeting-results.h"
#include "factor-panel/seeds-next-step-dialog.h"
#include "factor-panel/seeds-next-step-row.h"
#include "stats/seeds-peer-comparison.h"
#include "factor-panel/seeds-peer-row.h"
#include "model/seeds-text.h"
#include "seeds-widget-util.h"
#include "seeds-undo-toast.h"

/* The side panel that feeds the conversation about one factor: what it
 * means, where the group stands, what the research found, the app's own
 * tips (not the research's), the communities that do well on it when the
 * group needs attention there, and the next steps the group agrees on.
 * Open next steps of earlier meetings show here too, so they are not
 * forgotten. */
struct _SeedsFactorPanel
{
  SeedsMeetingPart parent_instance;

  SeedsFactor    *factor;

  /* On a shared screen: scores show only once revealed, and only with at
   * least this many of them. 0 for the facilitator's own view. */
  guint           shared_threshold;
  gboolean        revealed;

  GtkStack       *stack;
  GtkLabel       *group_label;
  GtkLabel       *title_label;
  GtkLabel       *definition_label;
  GtkLabel       *stats_label;
  GtkWidget      *comments_heading;
  GtkBox         *comments_box;
  GtkBox         *findings_box;
  GtkBox         *tips_box;
  GtkWidget      *failures_section;
  GtkBox         *failures_box;
  GtkWidget      *learn_box;
  GtkLabel       *learn_label;
  GtkListBox     *peers_list;
  GtkListBox     *steps_list;
  GtkLabel       *steps_hint;
  GtkExpander    *earlier_expander;
  GtkListBox     *earlier_list;
  GtkLabel       *source_label;
  GtkScrolledWindow *scroller;
  char           *added_id;  /* the step just added, to scroll to */
};

G_DEFINE_FINAL_TYPE (SeedsFactorPanel, seeds_factor_panel, SEEDS_TYPE_MEETING_PART)

static void
fill_bullets (GtkBox             *box,
              const char * const *texts)
{
  seeds_widget_remove_children (GTK_WIDGET (box));

  for (guint i = 0; texts[i] != NULL; i++)
    {
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      GtkWidget *bullet = gtk_label_new ("•");
      GtkWidget *label = gtk_label_new (texts[i]);

      gtk_widget_set_valign (bullet, GTK_ALIGN_START);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      /* Not selectable, so not a stop for Tab: the panel's buttons and
       * steps are a few keys away, not a dozen. */
      gtk_label_set_selectable (GTK_LABEL (label), FALSE);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_box_append (GTK_BOX (row), bullet);
      gtk_box_append (GTK_BOX (row), label);
      gtk_box_append (box, row);
    }
}

/* What people wrote with their scores of this factor, without their names:
 * the panel is often on a shared screen. */
static void
update_comments (SeedsFactorPanel *self,
                 GPtrArray        *scores)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) comments = NULL;

  for (guint i = 0; i < scores->len; i++)
    {
      const SeedsScore *score = g_ptr_array_index (scores, i);
      g_autofree char *value = NULL;
      g_autofree char *line = NULL;

      if (*score->comment == '\0' || !g_str_equal (score->factor_id, seeds_factor_get_id (self->factor)))
        continue;

      value = score->value == SEEDS_SCORE_DONT_KNOW ? g_strdup (_("don’t know")) : g_strdup_printf ("%d", score->value);
      /* Translators: a comment, then the score it came with, e.g. "We rarely meet (2)" */
      line = g_strdup_printf (_("%s (%s)"), score->comment, value);
      g_strv_builder_add (builder, line);
    }

  comments = g_strv_builder_end (builder);
  fill_bullets (self->comments_box, (const char * const *)comments);
  gtk_widget_set_visible (self->comments_heading, comments[0] != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->comments_box), comments[0] != NULL);
}

/* On a shared screen, whether the group's results may show yet. */
static gboolean
results_hidden (SeedsFactorPanel       *self,
                const SeedsFactorStats *stats)
{
  return self->shared_threshold > 0 &&
         (!self->revealed || !seeds_factor_stats_can_show (stats, self->shared_threshold));
}

static void
update_stats (SeedsFactorPanel    *self,
              GPtrArray           *scores,
              SeedsMeetingSummary *summary)
{
  const SeedsFactorStats *stats;
  g_autofree char *mean = NULL;
  g_autofree char *text = NULL;

  if (scores == NULL || summary == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->stats_label), FALSE);
      return;
    }

  stats = seeds_meeting_summary_lookup_stats (summary, seeds_factor_get_id (self->factor));
  mean = seeds_factor_stats_format_mean (stats);

  if (results_hidden (self, stats))
    {
      g_ptr_array_set_size (scores, 0);
      update_comments (self, scores);
      gtk_widget_set_visible (GTK_WIDGET (self->stats_label), FALSE);
      return;
    }

  update_comments (self, scores);

  if (stats->n == 0)
    text = g_strdup (seeds_band_get_label (SEEDS_BAND_NONE));
  else
    /* Translators: the mean score, then the band, e.g. "Mean 2.7 · Needs attention" */
    text = g_strdup_printf (_("Mean %s · %s"), mean, seeds_band_get_label (stats->band));

  if (stats->disagreement)
    {
      char *with = g_strdup_printf ("%s · %s", text, _("We see this differently"));

      g_free (text);
      text = with;
    }

  gtk_label_set_text (self->stats_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->stats_label), TRUE);
}

static void on_take_lesson (SeedsPeerRow     *row,
                            SeedsFactorPanel *self);

static void
show_peers (SeedsFactorPanel      *self,
            const SeedsPeerFactor *peer_factor)
{
  g_autofree char *text = NULL;

  seeds_widget_remove_children (GTK_WIDGET (self->peers_list));
  for (guint i = 0; i < peer_factor->n_good; i++)
    {
      GtkWidget *row = seeds_peer_row_new (g_ptr_array_index (peer_factor->peers, i));

      g_signal_connect (row, "take-lesson", G_CALLBACK (on_take_lesson), self);
      gtk_list_box_append (self->peers_list, row);
    }

  if (peer_factor->n_good > 0)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u community in the directory shares its scores and does well on this factor, with a mean of 4.0 or more. Ask how it does that:",
                                         "%u communities in the directory share their scores and do well on this factor, with a mean of 4.0 or more. Ask how they do that:",
                                         peer_factor->n_good),
                            peer_factor->n_good);
  else
    text = g_strdup (_("No community in the directory that shares its scores does well on this factor yet. "
                       "Import the profiles of other learning communities in the directory to find one."));

  gtk_label_set_text (self->learn_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->peers_list), peer_factor->n_good > 0);
}

/* Where the group needs attention, the communities in the directory that
 * share their scores and do well on the factor: someone to call. */
static void
update_peers (SeedsFactorPanel    *self,
              SeedsMeetingSummary *summary)
{
  g_autoptr(GPtrArray) directory = NULL;
  g_autoptr(SeedsPeerComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;
  const SeedsPeerFactor *peer_factor;
  const char *factor_id = seeds_factor_get_id (self->factor);

  if (summary == NULL || results_hidden (self, seeds_meeting_summary_lookup_stats (summary, factor_id)))
    {
      gtk_widget_set_visible (self->learn_box, FALSE);
      return;
    }

  directory = seeds_store_list_directory (STORE (self), NULL, &error);
  if (directory == NULL)
    {
      seeds_widget_show_error (GTK_WIDGET (self), error);
      gtk_widget_set_visible (self->learn_box, FALSE);
      return;
    }

  comparison = seeds_peer_comparison_new (summary, directory, seeds_meeting_get_community_id (MEETING (self)));
  peer_factor = seeds_peer_comparison_lookup_factor (comparison, factor_id);
  gtk_widget_set_visible (self->learn_box, peer_factor != NULL && peer_factor->needs_attention);
  if (peer_factor != NULL && peer_factor->needs_attention)
    show_peers (self, peer_factor);
}

static void
update_results (SeedsFactorPanel *self)
{
  g_autoptr(GPtrArray) scores = NULL;
  g_autoptr(SeedsMeetingSummary) summary = NULL;

  scores = seeds_store_list_scores (STORE (self), seeds_meeting_get_id (MEETING (self)), NULL);
  summary = seeds_meeting_results_load (STORE (self), FRAMEWORK (self), MEETING (self), NULL);
  update_stats (self, scores, summary);
  update_peers (self, summary);
}

static void on_step_status_changed (SeedsNextStepRow *row,
                                    int               status,
                                    SeedsFactorPanel *self);
static void on_step_edit           (SeedsNextStepRow *row,
                                    SeedsFactorPanel *self);

/* Brings a step just added into view, once it has its place. */
static gboolean
scroll_to_row (GtkWidget     *row,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  SeedsFactorPanel *self = user_data;
  GtkWidget *child = gtk_scrolled_window_get_child (self->scroller);
  double x, y;

  if (gtk_widget_translate_coordinates (row, child, 0, 0, &x, &y))
    gtk_adjustment_clamp_page (gtk_scrolled_window_get_vadjustment (self->scroller),
                               y, y + gtk_widget_get_height (row));
  return G_SOURCE_REMOVE;
}

static void
append_step (SeedsFactorPanel *self,
             GtkListBox       *list,
             SeedsNextStep    *step,
             const char       *today)
{
  GtkWidget *row = seeds_next_step_row_new (step, today);

  /* On a shared screen a step says what and when, not who. */
  if (self->shared_threshold > 0)
    seeds_next_step_row_hide_owner (SEEDS_NEXT_STEP_ROW (row), today);

  g_signal_connect (row, "status-changed", G_CALLBACK (on_step_status_changed), self);
  g_signal_connect (row, "edit", G_CALLBACK (on_step_edit), self);
  gtk_list_box_append (list, row);

  if (g_strcmp0 (self->added_id, seeds_next_step_get_id (step)) == 0)
    {
      g_clear_pointer (&self->added_id, g_free);
      gtk_widget_add_tick_callback (row, scroll_to_row, self, NULL);
    }
}

/* This meeting's steps and the open ones of earlier meetings are listed;
 * earlier steps that are done or dropped wait under an expander. Steps of
 * later meetings don't belong to the conversation of this one. */
static void
update_steps (SeedsFactorPanel *self)
{
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = seeds_date_today ();
  g_autofree char *earlier_label = NULL;
  const char *meeting_date = seeds_meeting_get_date (MEETING (self));
  guint n_current = 0;
  guint n_earlier = 0;

  seeds_widget_remove_children (GTK_WIDGET (self->steps_list));
  seeds_widget_remove_children (GTK_WIDGET (self->earlier_list));

  steps = seeds_store_list_next_steps (STORE (self), seeds_meeting_get_community_id (MEETING (self)),
                                       seeds_factor_get_id (self->factor), &error);
  if (steps == NULL)
    {
      seeds_widget_show_error (GTK_WIDGET (self), error);
      steps = g_ptr_array_new ();
    }

  for (guint i = 0; i < steps->len; i++)
    {
      SeedsNextStep *step = g_ptr_array_index (steps, i);
      gboolean here = g_str_equal (seeds_next_step_get_meeting_id (step), seeds_meeting_get_id (MEETING (self)));
      gboolean earlier = !here && g_strcmp0 (seeds_next_step_get_meeting_date (step), meeting_date) <= 0;

      if (here || (earlier && seeds_next_step_get_status (step) == SEEDS_NEXT_STEP_OPEN))
        {
          append_step (self, self->steps_list, step, today);
          n_current++;
        }
      else if (earlier)
        {
          append_step (self, self->earlier_list, step, today);
          n_earlier++;
        }
    }

  earlier_label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%u earlier step done or dropped",
                                                "%u earlier steps done or dropped", n_earlier),
                                   n_earlier);
  gtk_expander_set_label (self->earlier_expander, earlier_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->earlier_expander),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, earlier_label, -1);
  gtk_widget_set_visible (GTK_WIDGET (self->earlier_expander), n_earlier > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->steps_list), n_current > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->steps_hint), n_current == 0);
}

/* What the community tried on this factor and learned from: its own
 * brilliant failures, beside the research's findings and the app's tips */
static void
update_failures (SeedsFactorPanel *self)
{
  g_autoptr(GPtrArray) failures = seeds_store_list_failures (STORE (self), seeds_meeting_get_community_id (MEETING (self)),
                                                             seeds_factor_get_id (self->factor), NULL);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; failures != NULL && i < failures->len; i++)
    {
      SeedsFailure *failure = g_ptr_array_index (failures, i);

      /* Translators: a brilliant failure beside the tips: what was tried — what was learned */
      g_ptr_array_add (texts, g_strdup_printf (_("%s — %s"), seeds_failure_get_tried (failure),
                                               seeds_failure_get_learned (failure)));
    }
  g_ptr_array_add (texts, NULL);
  fill_bullets (self->failures_box, (const char * const *) texts->pdata);
  gtk_widget_set_visible (self->failures_section, texts->len > 1);
}

static void
seeds_factor_panel_update (SeedsMeetingPart *part,
                           SeedsStoreChange  change)
{
  SeedsFactorPanel *self = SEEDS_FACTOR_PANEL (part);
  g_autofree char *group = NULL;

  if (self->factor == NULL || MEETING (self) == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "none");
      return;
    }

  if (change & SEEDS_STORE_CHANGE_NEXT_STEPS)
    update_steps (self);
  if (change & SEEDS_STORE_CHANGE_FAILURES)
    update_failures (self);
  if (change & (SEEDS_STORE_CHANGE_SCORES | SEEDS_STORE_CHANGE_PARTICIPANTS | SEEDS_STORE_CHANGE_TALLIES |
                SEEDS_STORE_CHANGE_DIRECTORY))
    update_results (self);
  if (change != SEEDS_STORE_CHANGE_ALL)
    return;

  /* Translators: a group of factors, then the factor's number, e.g. "Person · factor 2" */
  group = g_strdup_printf (_("%s · factor %u"), seeds_factor_get_group_name (self->factor),
                           seeds_factor_get_position (self->factor) + 1);
  gtk_label_set_text (self->group_label, group);
  gtk_label_set_text (self->title_label, seeds_factor_get_title (self->factor));
  gtk_label_set_text (self->definition_label, seeds_factor_get_definition (self->factor));
  gtk_label_set_text (self->source_label, seeds_framework_get_source (FRAMEWORK (self)));
  gtk_widget_set_visible (GTK_WIDGET (self->source_label), seeds_framework_get_source (FRAMEWORK (self)) != NULL);
  fill_bullets (self->findings_box, seeds_factor_get_findings (self->factor));
  fill_bullets (self->tips_box, seeds_factor_get_tips (self->factor));

  gtk_stack_set_visible_child_name (self->stack, "factor");
}

static void
on_step_status_changed (SeedsNextStepRow *row,
                        int               status,
                        SeedsFactorPanel *self)
{
  SeedsNextStep *step = seeds_next_step_row_get_step (row);
  g_autoptr(GError) error = NULL;

  if (!seeds_store_update_next_step (STORE (self), step, seeds_next_step_get_text (step),
                                     seeds_next_step_get_owner (step), seeds_next_step_get_due_date (step),
                                     status, &error))
    {
      seeds_widget_show_error (GTK_WIDGET (self), error);
      update_steps (self);
    }
}

static void
on_edit_response (SeedsNextStepDialog *dialog,
                  const char          *response,
                  SeedsFactorPanel    *self)
{
  SeedsNextStep *step = g_object_get_data (G_OBJECT (dialog), "step");
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;

  if (g_str_equal (response, SEEDS_FORM_DIALOG_SAVE))
    {
      g_autofree char *text = seeds_next_step_dialog_get_text (dialog);
      g_autofree char *owner = seeds_next_step_dialog_get_owner (dialog);

      ok = seeds_store_update_next_step (STORE (self), step, text, owner,
                                         seeds_next_step_dialog_get_due_date (dialog),
                                         seeds_next_step_get_status (step), &error);
    }
  else if (g_str_equal (response, SEEDS_NEXT_STEP_DIALOG_DELETE))
    {
      SeedsStoreUndo *undo = seeds_store_delete_next_step_with_undo (STORE (self), step, &error);

      if ((ok = undo != NULL))
        seeds_undo_toast_offer (GTK_WIDGET (self), STORE (self), undo, _("Next step deleted"));
    }

  if (!ok)
    seeds_widget_show_error (GTK_WIDGET (self), error);
}

static void
on_step_edit (SeedsNextStepRow *row,
              SeedsFactorPanel *self)
{
  SeedsNextStep *step = seeds_next_step_row_get_step (row);
  SeedsNextStepDialog *dialog;

  dialog = seeds_next_step_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                       seeds_factor_get_title (self->factor), step);
  g_object_set_data_full (G_OBJECT (dialog), "step", g_object_ref (step), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_edit_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_add_response (SeedsNextStepDialog *dialog,
                 const char          *response,
                 SeedsFactorPanel    *self)
{
  g_autoptr(SeedsNextStep) step = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *owner = NULL;

  if (!g_str_equal (response, SEEDS_FORM_DIALOG_SAVE) || self->factor == NULL)
    return;

  text = seeds_next_step_dialog_get_text (dialog);
  owner = seeds_next_step_dialog_get_owner (dialog);
  step = seeds_store_add_next_step_from (STORE (self), seeds_meeting_get_id (MEETING (self)),
                                         seeds_factor_get_id (self->factor), text, owner,
                                         seeds_next_step_dialog_get_due_date (dialog),
                                         g_object_get_data (G_OBJECT (dialog), "origin"), &error);
  if (step == NULL)
    seeds_widget_show_error (GTK_WIDGET (self), error);
  else
    {
      g_free (self->added_id);
      self->added_id = g_strdup (seeds_next_step_get_id (step));
    }
}

/* Asks for a next step for the factor shown and saves it. */
void
seeds_factor_panel_add_next_step (SeedsFactorPanel *self)
{
  SeedsNextStepDialog *dialog;

  g_return_if_fail (SEEDS_IS_FACTOR_PANEL (self));

  if (self->factor == NULL || MEETING (self) == NULL)
    return;

  dialog = seeds_next_step_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                       seeds_factor_get_title (self->factor), NULL);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_add_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_add_clicked (GtkButton        *button,
                SeedsFactorPanel *self)
{
  seeds_factor_panel_add_next_step (self);
}

/* A next step that takes up the idea of a community that does well on
 * the factor: saved with where it came from, it earns the lesson's team
 * points (the window awards them after the write). */
static void
on_take_lesson (SeedsPeerRow     *row,
                SeedsFactorPanel *self)
{
  SeedsCommunity *origin = seeds_peer_row_get_community (row);
  SeedsNextStepDialog *dialog;

  if (self->factor == NULL || MEETING (self) == NULL)
    return;

  dialog = seeds_next_step_dialog_new_lesson (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                              seeds_factor_get_title (self->factor),
                                              seeds_community_get_name (origin));
  g_object_set_data_full (G_OBJECT (dialog), "origin", g_object_ref (origin), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_add_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
seeds_factor_panel_dispose (GObject *object)
{
  SeedsFactorPanel *self = (SeedsFactorPanel *)object;

  g_clear_object (&self->factor);
  g_clear_pointer (&self->added_id, g_free);

  G_OBJECT_CLASS (seeds_factor_panel_parent_class)->dispose (object);
}

static void
seeds_factor_panel_class_init (SeedsFactorPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  SeedsMeetingPartClass *part_class = SEEDS_MEETING_PART_CLASS (klass);

  object_class->dispose = seeds_factor_panel_dispose;
  part_class->changes = SEEDS_STORE_CHANGE_NEXT_STEPS | SEEDS_STORE_CHANGE_SCORES | SEEDS_STORE_CHANGE_PARTICIPANTS |
                        SEEDS_STORE_CHANGE_TALLIES | SEEDS_STORE_CHANGE_DIRECTORY | SEEDS_STORE_CHANGE_FAILURES;
  part_class->update = seeds_factor_panel_update;

  gtk_widget_class_set_css_name (widget_class, "factorpanel");
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/factor-panel/seeds-factor-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, SeedsFactorPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, SeedsFactorPanel, group_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsFactorPanel, title_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsFactorPanel, definition_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsFactorPanel, stats_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsFactorPanel, comments_heading);
  gtk_widget_class_bind_template_child (widget_class, SeedsFactorPanel, comments_box);
  gtk_widget_class_bind_template_child (widget_class, SeedsFactorPanel, findings_box);
  gtk_widget_class_bind_template_child (widget_class, SeedsFactorPanel, tips_box);
  gtk_widget_class_bind_template_child (widget_class, SeedsFactorPanel, failures_section);
  gtk_widget_class_bind_template_child (widget_class, SeedsFactorPanel, failures_box);
  gtk_widget_class_bind_template_child (widget_class, SeedsFactorPanel, learn_box);
  gtk_widget_class_bind_template_child (widget_class, SeedsFactorPanel, learn_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsFactorPanel, peers_list);
  gtk_widget_class_bind_template_child (widget_class, SeedsFactorPanel, steps_list);
  gtk_widget_class_bind_template_child (widget_class, SeedsFactorPanel, steps_hint);
  gtk_widget_class_bind_template_child (widget_class, SeedsFactorPanel, earlier_expander);
  gtk_widget_class_bind_template_child (widget_class, SeedsFactorPanel, earlier_list);
  gtk_widget_class_bind_template_child (widget_class, SeedsFactorPanel, source_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsFactorPanel, scroller);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked);
}

static void
seeds_factor_panel_init (SeedsFactorPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* (nullable) */
SeedsFactor *
seeds_factor_panel_get_factor (SeedsFactorPanel *self)
{
  g_return_val_if_fail (SEEDS_IS_FACTOR_PANEL (self), NULL);

  return self->factor;
}

void
seeds_factor_panel_set_factor (SeedsFactorPanel *self,
                               SeedsFactor      *factor)
{
  g_return_if_fail (SEEDS_IS_FACTOR_PANEL (self));

  if (g_set_object (&self->factor, factor))
    seeds_meeting_part_update (SEEDS_MEETING_PART (self), SEEDS_STORE_CHANGE_ALL);
}

/**
 * seeds_factor_panel_set_shared:
 * @revealed: whether the facilitator revealed the scores
 * @threshold: the fewest scores that may be shown, or 0 when the panel is
 *   not on a shared screen
 *
 * On a shared screen the panel keeps the group's scores and what people
 * wrote to itself until they are revealed, as the presentation does.
 */
void
seeds_factor_panel_set_shared (SeedsFactorPanel *self,
                               gboolean          revealed,
                               guint             threshold)
{
  g_return_if_fail (SEEDS_IS_FACTOR_PANEL (self));

  self->revealed = revealed;
  self->shared_threshold = threshold;
  if (self->factor != NULL && MEETING (self) != NULL)
    update_results (self);
}

/* (nullable): the communities that do well on the factor, when the
 * "Learn from Others" section shows */
GtkListBox *
seeds_factor_panel_get_peers_list (SeedsFactorPanel *self)
{
  g_return_val_if_fail (SEEDS_IS_FACTOR_PANEL (self), NULL);

  return gtk_widget_get_visible (self->learn_box) ? self->peers_list : NULL;
}

/* What the "Learn from Others" section says above its list */
const char *
seeds_factor_panel_get_learn_text (SeedsFactorPanel *self)
{
  g_return_val_if_fail (SEEDS_IS_FACTOR_PANEL (self), NULL);

  return gtk_label_get_text (self->learn_label);
}

GtkListBox *
seeds_factor_panel_get_steps_list (SeedsFactorPanel *self)
{
  g_return_val_if_fail (SEEDS_IS_FACTOR_PANEL (self), NULL);

  return self->steps_list;
}
