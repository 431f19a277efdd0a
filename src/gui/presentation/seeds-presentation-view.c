/* seeds-presentation-view.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "factor-panel/seeds-factor-panel.h"
#include "stats/seeds-meeting-results.h"
#include "presentation/seeds-overview-slide.h"
#include "presentation/seeds-presentation-view.h"
#include "seeds-widget-util.h"

/* A meeting on the projector: first all factors at a glance, then one
 * factor at a time. Only the group's scores show — never a name, never one
 * person's score — and only after the facilitator reveals them. The
 * keyboard drives it: arrows or Page Up/Down move, Enter opens the
 * findings & tips of the factor on screen, R reveals, Esc goes back. */
struct _SeedsPresentationView
{
  SeedsMeetingPart     parent_instance;

  SeedsMeetingSummary *summary;
  SeedsFramework      *slides_framework;  /* the framework the slides were made for */
  GPtrArray           *slides;            /* SeedsFactorSlide, framework order */
  GtkWidget           *overview_slide;
  guint                position;          /* 0: overview; then the factors */
  gboolean             revealed;
  guint                threshold;
  char                *progress;

  AdwFlap             *flap;
  SeedsFactorPanel    *panel;
  GtkStack            *stack;
  GtkLabel            *title_label;
  GtkLabel            *progress_label;
  GtkLabel            *position_label;
  GtkButton           *reveal_button;
};

G_DEFINE_FINAL_TYPE (SeedsPresentationView, seeds_presentation_view, SEEDS_TYPE_MEETING_PART)

enum {
  LEAVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static guint
n_positions (SeedsPresentationView *self)
{
  return 1 + (self->slides ? self->slides->len : 0);
}

static void
build_slides (SeedsPresentationView *self)
{
  SeedsFramework *framework = FRAMEWORK (self);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->stack))) != NULL)
    gtk_stack_remove (self->stack, child);
  g_clear_pointer (&self->slides, g_ptr_array_unref);
  self->slides = g_ptr_array_new ();

  self->overview_slide = seeds_overview_slide_new (framework);
  gtk_stack_add_child (self->stack, self->overview_slide);

  for (guint i = 0; i < seeds_framework_get_n_factors (framework); i++)
    {
      GtkWidget *slide = seeds_factor_slide_new (seeds_framework_get_factor (framework, i));

      gtk_stack_add_child (self->stack, slide);
      g_ptr_array_add (self->slides, slide);
    }

  self->slides_framework = framework;
}

static void
show_position (SeedsPresentationView *self)
{
  g_autofree char *where = NULL;

  if (self->position == 0)
    {
      gtk_stack_set_visible_child (self->stack, self->overview_slide);
      where = g_strdup (_("All factors"));
      seeds_factor_panel_set_factor (self->panel, NULL);
      adw_flap_set_reveal_flap (self->flap, FALSE);
    }
  else
    {
      SeedsFactorSlide *slide = g_ptr_array_index (self->slides, self->position - 1);

      gtk_stack_set_visible_child (self->stack, GTK_WIDGET (slide));
      /* Translators: which factor is on screen, e.g. "Factor 3 of 12" */
      where = g_strdup_printf (_("Factor %u of %u"), self->position, self->slides->len);
      seeds_factor_panel_set_factor (self->panel, seeds_factor_slide_get_factor (slide));
    }

  gtk_label_set_text (self->position_label, where);
}

/* Shows the scores as they are now, within what may be shown. */
static void
show_scores (SeedsPresentationView *self)
{
  g_autoptr(GPtrArray) attendees = NULL;

  attendees = seeds_store_list_attendees (STORE (self), seeds_meeting_get_id (MEETING (self)), NULL);
  g_clear_object (&self->summary);
  self->summary = seeds_meeting_results_load (STORE (self), FRAMEWORK (self), MEETING (self), NULL);
  if (self->summary == NULL)
    {
      g_autoptr(GPtrArray) none = g_ptr_array_new ();

      self->summary = seeds_meeting_summary_new (FRAMEWORK (self), none);
    }

  g_free (self->progress);
  if (seeds_meeting_get_kind (MEETING (self)) == SEEDS_MEETING_POSTER)
    self->progress = g_strdup (_("Stickers on the poster"));
  else
    /* Translators: how many participants scored every factor, of how many take part */
    self->progress = g_strdup_printf (_("%u of %u have scored"),
                                      seeds_meeting_summary_count_complete (self->summary),
                                      attendees ? attendees->len : 0);
  gtk_label_set_text (self->progress_label, self->progress);

  seeds_overview_slide_show (SEEDS_OVERVIEW_SLIDE (self->overview_slide), self->summary,
                             self->revealed, self->threshold);
  for (guint i = 0; i < self->slides->len; i++)
    seeds_factor_slide_show (g_ptr_array_index (self->slides, i),
                             seeds_meeting_summary_get_stats (self->summary, i),
                             self->revealed, self->threshold);

  gtk_widget_set_visible (GTK_WIDGET (self->reveal_button), !self->revealed);
  seeds_factor_panel_set_shared (self->panel, self->revealed, MAX (self->threshold, 1));
}

static void
seeds_presentation_view_update (SeedsMeetingPart *part,
                                SeedsStoreChange  change)
{
  SeedsPresentationView *self = SEEDS_PRESENTATION_VIEW (part);

  if (MEETING (self) == NULL)
    return;

  if (FRAMEWORK (self) != self->slides_framework)
    {
      build_slides (self);
      show_position (self);
    }

  gtk_label_set_text (self->title_label, seeds_meeting_get_title (MEETING (self)));
  show_scores (self);
  if (change == SEEDS_STORE_CHANGE_ALL)
    seeds_meeting_part_set_context (SEEDS_MEETING_PART (self->panel), STORE (self), FRAMEWORK (self),
                                    MEETING (self));
}

static void
move_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SeedsPresentationView *self = SEEDS_PRESENTATION_VIEW (widget);
  int step = g_variant_get_int32 (parameter);
  int position = (int)self->position + step;

  seeds_presentation_view_set_position (self, CLAMP (position, 0, (int)n_positions (self) - 1));
}

static void
reveal_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  seeds_presentation_view_reveal (SEEDS_PRESENTATION_VIEW (widget));
}

static void
findings_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SeedsPresentationView *self = SEEDS_PRESENTATION_VIEW (widget);

  if (self->position > 0)
    adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
}

/* Esc closes the findings first, then leaves the presentation. */
static void
back_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SeedsPresentationView *self = SEEDS_PRESENTATION_VIEW (widget);

  if (adw_flap_get_reveal_flap (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
  else
    g_signal_emit (self, signals[LEAVE], 0);
}

static void
on_reveal_clicked (GtkButton             *button,
                   SeedsPresentationView *self)
{
  seeds_presentation_view_reveal (self);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
seeds_presentation_view_dispose (GObject *object)
{
  SeedsPresentationView *self = (SeedsPresentationView *)object;

  g_clear_object (&self->summary);
  g_clear_pointer (&self->slides, g_ptr_array_unref);
  g_clear_pointer (&self->progress, g_free);

  G_OBJECT_CLASS (seeds_presentation_view_parent_class)->dispose (object);
}

static void
add_key (GtkWidgetClass *widget_class,
         guint           keyval,
         const char     *action,
         int             step)
{
  if (step != 0)
    gtk_widget_class_add_binding_action (widget_class, keyval, 0, action, "i", step);
  else
    gtk_widget_class_add_binding_action (widget_class, keyval, 0, action, NULL);
}

static void
seeds_presentation_view_class_init (SeedsPresentationViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  SeedsMeetingPartClass *part_class = SEEDS_MEETING_PART_CLASS (klass);

  object_class->dispose = seeds_presentation_view_dispose;
  part_class->changes = SEEDS_STORE_CHANGE_PARTICIPANTS | SEEDS_STORE_CHANGE_SCORES | SEEDS_STORE_CHANGE_TALLIES;
  part_class->update = seeds_presentation_view_update;

  signals[LEAVE] =
    g_signal_new ("leave", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "presentation.move", "i", move_activated);
  gtk_widget_class_install_action (widget_class, "presentation.reveal", NULL, reveal_activated);
  gtk_widget_class_install_action (widget_class, "presentation.findings", NULL, findings_activated);
  gtk_widget_class_install_action (widget_class, "presentation.back", NULL, back_activated);

  add_key (widget_class, GDK_KEY_Right, "presentation.move", 1);
  add_key (widget_class, GDK_KEY_Down, "presentation.move", 1);
  add_key (widget_class, GDK_KEY_Page_Down, "presentation.move", 1);
  add_key (widget_class, GDK_KEY_space, "presentation.move", 1);
  add_key (widget_class, GDK_KEY_Left, "presentation.move", -1);
  add_key (widget_class, GDK_KEY_Up, "presentation.move", -1);
  add_key (widget_class, GDK_KEY_Page_Up, "presentation.move", -1);
  add_key (widget_class, GDK_KEY_Home, "presentation.move", -100);
  add_key (widget_class, GDK_KEY_End, "presentation.move", 100);
  add_key (widget_class, GDK_KEY_Return, "presentation.findings", 0);
  add_key (widget_class, GDK_KEY_KP_Enter, "presentation.findings", 0);
  add_key (widget_class, GDK_KEY_r, "presentation.reveal", 0);
  add_key (widget_class, GDK_KEY_Escape, "presentation.back", 0);

  g_type_ensure (SEEDS_TYPE_FACTOR_PANEL);

  gtk_widget_class_set_css_name (widget_class, "presentation");
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/presentation/seeds-presentation-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SeedsPresentationView, flap);
  gtk_widget_class_bind_template_child (widget_class, SeedsPresentationView, panel);
  gtk_widget_class_bind_template_child (widget_class, SeedsPresentationView, stack);
  gtk_widget_class_bind_template_child (widget_class, SeedsPresentationView, title_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsPresentationView, progress_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsPresentationView, position_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsPresentationView, reveal_button);
  gtk_widget_class_bind_template_callback (widget_class, on_reveal_clicked);
}

static void
seeds_presentation_view_init (SeedsPresentationView *self)
{
  self->threshold = 3;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
}

void
seeds_presentation_view_set_threshold (SeedsPresentationView *self,
                                       guint                  threshold)
{
  g_return_if_fail (SEEDS_IS_PRESENTATION_VIEW (self));

  self->threshold = threshold;
  if (MEETING (self) != NULL)
    show_scores (self);
}

/* 0 is the overview of all factors; 1 … 12 the factors. */
guint
seeds_presentation_view_get_position (SeedsPresentationView *self)
{
  g_return_val_if_fail (SEEDS_IS_PRESENTATION_VIEW (self), 0);

  return self->position;
}

void
seeds_presentation_view_set_position (SeedsPresentationView *self,
                                      guint                  position)
{
  g_return_if_fail (SEEDS_IS_PRESENTATION_VIEW (self));
  g_return_if_fail (position < n_positions (self));

  self->position = position;
  show_position (self);
}

gboolean
seeds_presentation_view_get_revealed (SeedsPresentationView *self)
{
  g_return_val_if_fail (SEEDS_IS_PRESENTATION_VIEW (self), FALSE);

  return self->revealed;
}

void
seeds_presentation_view_reveal (SeedsPresentationView *self)
{
  g_return_if_fail (SEEDS_IS_PRESENTATION_VIEW (self));

  self->revealed = TRUE;
  show_scores (self);
}

SeedsFactorSlide *
seeds_presentation_view_get_slide (SeedsPresentationView *self,
                                   const char            *factor_id)
{
  SeedsFactor *factor;

  g_return_val_if_fail (SEEDS_IS_PRESENTATION_VIEW (self), NULL);

  factor = seeds_framework_lookup_factor (FRAMEWORK (self), factor_id);
  return factor ? g_ptr_array_index (self->slides, seeds_factor_get_position (factor)) : NULL;
}

/* "7 of 9 have scored" */
const char *
seeds_presentation_view_get_progress (SeedsPresentationView *self)
{
  g_return_val_if_fail (SEEDS_IS_PRESENTATION_VIEW (self), NULL);

  return self->progress;
}

gboolean
seeds_presentation_view_get_findings_visible (SeedsPresentationView *self)
{
  g_return_val_if_fail (SEEDS_IS_PRESENTATION_VIEW (self), FALSE);

  return adw_flap_get_reveal_flap (self->flap);
}
