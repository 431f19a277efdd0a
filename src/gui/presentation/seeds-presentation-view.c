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
#include "model/seeds-next-step.h"
#include "model/seeds-text.h"
#include "stats/seeds-meeting-results.h"
#include "presentation/seeds-community-slide.h"
#include "presentation/seeds-message-slide.h"
#include "presentation/seeds-overview-slide.h"
#include "presentation/seeds-presentation-keys.h"
#include "presentation/seeds-presentation-view.h"
#include "presentation/seeds-scores-slide.h"
#include "presentation/seeds-slide-timer.h"
#include "presentation/seeds-steps-slide.h"
#include "seeds-widget-util.h"

/* A meeting on the projector, as its agenda (see seeds-agenda.c): welcome,
 * the scores coming in, the reveal, the factors that need attention one by
 * one, the open steps of earlier meetings, and the close. Only the group's
 * scores show — never a name, never one person's score — and only after
 * the facilitator reveals them. The keyboard or a clicker drives it:
 * arrows or Page Up/Down move, Enter opens the findings & tips of the
 * factor on screen (or goes on), R reveals, Esc goes back. */
struct _SeedsPresentationView
{
  SeedsMeetingPart     parent_instance;

  SeedsMeetingSummary *summary;
  SeedsAgenda         *agenda;
  SeedsFramework      *slides_framework;  /* the framework the slides were made for */
  GPtrArray           *slides;            /* SeedsFactorSlide, framework order */
  GtkWidget           *welcome_slide;
  GtkWidget           *scores_slide;
  GtkWidget           *overview_slide;
  GtkWidget           *earlier_slide;
  GtkWidget           *close_slide;
  GtkWidget           *community_slide;   /* on screen by C, off by C or Esc */
  guint                index;             /* the agenda's stop on screen */
  guint                detour;            /* a factor opened from the overview, or G_MAXUINT */
  gboolean             revealed;
  gboolean             earlier_steps;
  guint                threshold;
  guint                n_steps;           /* this meeting's, to tell when one is added */

  AdwFlap             *flap;
  SeedsFactorPanel    *panel;
  AdwClamp            *panel_clamp;
  int                  screen_width;
  GtkStack            *stack;
  GtkLabel            *title_label;
  GtkLabel            *progress_label;
  GtkLabel            *position_label;
  GtkLabel            *keys_label;
  GtkLabel            *status_label;
  GtkButton           *reveal_button;
  SeedsSlideTimer     *timer;
};

G_DEFINE_FINAL_TYPE (SeedsPresentationView, seeds_presentation_view, SEEDS_TYPE_MEETING_PART)

enum {
  LEAVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void on_factor_activated (SeedsOverviewSlide    *slide,
                                 guint                  position,
                                 SeedsPresentationView *self);

static GtkWidget *
add_slide (SeedsPresentationView *self,
           GtkWidget             *slide)
{
  gtk_stack_add_child (self->stack, slide);
  return slide;
}

static void
build_slides (SeedsPresentationView *self)
{
  SeedsFramework *framework = FRAMEWORK (self);

  seeds_widget_remove_children (GTK_WIDGET (self->stack));
  g_clear_pointer (&self->slides, g_ptr_array_unref);
  self->slides = g_ptr_array_new ();

  self->welcome_slide = add_slide (self, seeds_message_slide_new ());
  self->scores_slide = add_slide (self, seeds_scores_slide_new ());
  self->overview_slide = add_slide (self, seeds_overview_slide_new (framework));
  g_signal_connect (self->overview_slide, "factor-activated", G_CALLBACK (on_factor_activated), self);

  for (guint i = 0; i < seeds_framework_get_n_factors (framework); i++)
    g_ptr_array_add (self->slides, add_slide (self, seeds_factor_slide_new (seeds_framework_get_factor (framework, i))));

  self->earlier_slide = add_slide (self, seeds_steps_slide_new (_("Open Steps of Earlier Meetings"),
                                                                _("No steps of earlier meetings are open."),
                                                                NULL));
  self->close_slide = add_slide (self, seeds_steps_slide_new (_("Our Next Steps"),
                                                              _("No next steps agreed yet."),
                                                              _("Ctrl+P prints the meeting report with these steps.")));
  self->community_slide = add_slide (self, seeds_community_slide_new ());
  self->slides_framework = framework;
}

/* The factor on screen, or G_MAXUINT. */
static guint
factor_on_screen (SeedsPresentationView *self)
{
  const SeedsAgendaStop *stop;

  if (self->detour != G_MAXUINT)
    return self->detour;
  stop = seeds_agenda_get_stop (self->agenda, self->index);
  return stop->kind == SEEDS_AGENDA_FACTOR ? stop->factor : G_MAXUINT;
}

static GtkWidget *
slide_of_stop (SeedsPresentationView *self,
               SeedsAgendaKind        kind)
{
  switch (kind)
    {
    case SEEDS_AGENDA_WELCOME:
      return self->welcome_slide;
    case SEEDS_AGENDA_SCORES:
      return self->scores_slide;
    case SEEDS_AGENDA_EARLIER_STEPS:
      return self->earlier_slide;
    case SEEDS_AGENDA_CLOSE:
      return self->close_slide;
    case SEEDS_AGENDA_OVERVIEW:
    case SEEDS_AGENDA_FACTOR:
    default:
      return self->overview_slide;
    }
}

/* What the footer says of where the meeting is. */
static char *
describe_position (SeedsPresentationView *self,
                   guint                  factor)
{
  const SeedsAgendaStop *stop = seeds_agenda_get_stop (self->agenda, self->index);

  if (self->detour != G_MAXUINT)
    /* Translators: which factor is on screen, e.g. "Factor 3 of 12" */
    return g_strdup_printf (_("Factor %u of %u"), factor + 1, self->slides->len);

  switch (stop->kind)
    {
    case SEEDS_AGENDA_WELCOME:
      return g_strdup (_("Welcome"));
    case SEEDS_AGENDA_SCORES:
      return g_strdup (_("Scores coming in"));
    case SEEDS_AGENDA_OVERVIEW:
      return g_strdup (_("All factors"));
    case SEEDS_AGENDA_FACTOR:
      /* Translators: which of the factors that need attention is on screen, e.g. "Needs attention: 2 of 5" */
      return g_strdup_printf (_("Needs attention: %u of %u"),
                              self->index - seeds_agenda_find (self->agenda, &(SeedsAgendaStop) { SEEDS_AGENDA_OVERVIEW, 0 }),
                              seeds_agenda_get_n_factors (self->agenda));
    case SEEDS_AGENDA_EARLIER_STEPS:
      return g_strdup (_("Open steps of earlier meetings"));
    case SEEDS_AGENDA_CLOSE:
    default:
      return g_strdup (_("Closing"));
    }
}

static void
show_position (SeedsPresentationView *self)
{
  guint factor = factor_on_screen (self);
  g_autofree char *where = describe_position (self, factor);

  if (factor != G_MAXUINT)
    {
      SeedsFactorSlide *slide = g_ptr_array_index (self->slides, factor);

      gtk_stack_set_visible_child (self->stack, GTK_WIDGET (slide));
      seeds_factor_panel_set_factor (self->panel, seeds_factor_slide_get_factor (slide));
    }
  else
    {
      const SeedsAgendaStop *stop = seeds_agenda_get_stop (self->agenda, self->index);

      gtk_stack_set_visible_child (self->stack, slide_of_stop (self, stop->kind));
      seeds_factor_panel_set_factor (self->panel, NULL);
      adw_flap_set_reveal_flap (self->flap, FALSE);
    }

  seeds_slide_timer_set_factor (self->timer, factor);
  gtk_label_set_text (self->position_label, where);
}

static void
on_flap_revealed (AdwFlap               *flap,
                  GParamSpec            *pspec,
                  SeedsPresentationView *self)
{
  gboolean open = adw_flap_get_reveal_flap (flap);
  gboolean narrow = self->screen_width < 1600;

  if (open)
    gtk_widget_add_css_class (GTK_WIDGET (self), "findings-open");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "findings-open");
  for (guint i = 0; self->slides != NULL && i < self->slides->len; i++)
    seeds_factor_slide_set_compact (g_ptr_array_index (self->slides, i), open, open && narrow);
  /* Beside the findings on a narrow screen, the keys would be cut off */
  gtk_widget_set_visible (GTK_WIDGET (self->keys_label), !(open && narrow));
}

/* After the scores or the threshold changed: the agenda again, the same
 * stop on screen when it is still on it. */
static void
rebuild_agenda (SeedsPresentationView *self)
{
  g_autoptr(SeedsAgenda) old = g_steal_pointer (&self->agenda);
  SeedsAgendaStop stop = { SEEDS_AGENDA_WELCOME, 0 };

  if (old != NULL)
    stop = *seeds_agenda_get_stop (old, self->index);

  self->agenda = seeds_agenda_new (self->summary, self->revealed, self->threshold, self->earlier_steps);
  self->index = seeds_agenda_find (self->agenda, &stop);
  show_position (self);
}

/* Says, on screen and to a screen reader, that a step was added. GTK 4.8
 * has no way to announce, so the line in the footer is a status (a live
 * region for AT-SPI) and the view's description changes with it. */
static void
announce (SeedsPresentationView *self,
          const char            *text)
{
  gtk_label_set_text (self->status_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->status_label), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
}

static void
note_new_steps (SeedsPresentationView *self,
                GPtrArray             *here)
{
  if (here->len > self->n_steps && self->n_steps != G_MAXUINT)
    {
      SeedsNextStep *step = g_ptr_array_index (here, here->len - 1);
      /* Translators: said when the group added a next step in the presentation */
      g_autofree char *text = g_strdup_printf (_("Next step added: %s"), seeds_next_step_get_text (step));

      announce (self, text);
    }
  self->n_steps = here->len;
}

static void
add_per_factor (SeedsPresentationView *self,
                GPtrArray             *per_factor,
                GPtrArray             *steps)
{
  for (guint i = 0; i < steps->len; i++)
    {
      SeedsFactor *factor = seeds_framework_lookup_factor (FRAMEWORK (self),
                                                           seeds_next_step_get_factor_id (g_ptr_array_index (steps, i)));

      if (factor != NULL)
        g_ptr_array_add (g_ptr_array_index (per_factor, seeds_factor_get_position (factor)),
                         g_ptr_array_index (steps, i));
    }
}

/* Which steps each slide shows: this meeting's at the close, the open
 * ones of earlier meetings on their slide, and both with their factor. */
static void
show_steps (SeedsPresentationView *self)
{
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GPtrArray) here = g_ptr_array_new ();
  g_autoptr(GPtrArray) earlier = g_ptr_array_new ();
  g_autoptr(GPtrArray) per_factor = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);

  steps = seeds_store_list_next_steps (STORE (self), seeds_meeting_get_community_id (MEETING (self)), NULL, NULL);
  if (steps == NULL)
    steps = g_ptr_array_new ();

  for (guint i = 0; i < self->slides->len; i++)
    g_ptr_array_add (per_factor, g_ptr_array_new ());

  seeds_agenda_sort_steps (steps, MEETING (self), here, earlier);
  add_per_factor (self, per_factor, earlier);
  add_per_factor (self, per_factor, here);

  for (guint i = 0; i < self->slides->len; i++)
    seeds_factor_slide_set_steps (g_ptr_array_index (self->slides, i), g_ptr_array_index (per_factor, i));
  seeds_steps_slide_show (SEEDS_STEPS_SLIDE (self->earlier_slide), FRAMEWORK (self), earlier);
  seeds_steps_slide_show (SEEDS_STEPS_SLIDE (self->close_slide), FRAMEWORK (self), here);
  self->earlier_steps = earlier->len > 0;
  note_new_steps (self, here);
}

static void
show_welcome (SeedsPresentationView *self)
{
  g_autofree char *date = seeds_date_format (seeds_meeting_get_date (MEETING (self)));

  seeds_message_slide_set_texts (SEEDS_MESSAGE_SLIDE (self->welcome_slide),
                                 seeds_meeting_get_title (MEETING (self)), NULL, date,
                                 _("Today the scores come in, we reveal them together, talk about the factors "
                                   "that need attention and agree on our next steps."));
}

/* Shows the scores as they are now, within what may be shown. */
static void
show_scores (SeedsPresentationView *self)
{
  g_autoptr(GPtrArray) attendees = NULL;
  const guint *order;
  guint n;

  attendees = seeds_store_list_attendees (STORE (self), seeds_meeting_get_id (MEETING (self)), NULL);
  g_clear_object (&self->summary);
  self->summary = seeds_meeting_results_load (STORE (self), FRAMEWORK (self), MEETING (self), NULL);
  if (self->summary == NULL)
    {
      g_autoptr(GPtrArray) none = g_ptr_array_new ();

      self->summary = seeds_meeting_summary_new (FRAMEWORK (self), none);
    }

  seeds_scores_slide_show (SEEDS_SCORES_SLIDE (self->scores_slide), MEETING (self), self->summary,
                           attendees ? attendees->len : 0);
  gtk_label_set_text (self->progress_label, seeds_scores_slide_get_progress (SEEDS_SCORES_SLIDE (self->scores_slide)));
  rebuild_agenda (self);

  order = seeds_agenda_get_overview_order (self->agenda, &n);
  seeds_overview_slide_show (SEEDS_OVERVIEW_SLIDE (self->overview_slide), self->summary, order, n,
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
    build_slides (self);
  if (change == SEEDS_STORE_CHANGE_ALL)
    {
      self->n_steps = G_MAXUINT;
      gtk_label_set_text (self->title_label, seeds_meeting_get_title (MEETING (self)));
      show_welcome (self);
      seeds_meeting_part_set_context (SEEDS_MEETING_PART (self->panel), STORE (self), FRAMEWORK (self),
                                      MEETING (self));
    }

  if (change & SEEDS_STORE_CHANGE_NEXT_STEPS)
    show_steps (self);
  show_scores (self);
  seeds_community_slide_show (SEEDS_COMMUNITY_SLIDE (self->community_slide), STORE (self), FRAMEWORK (self),
                              MEETING (self));
}

static void
go_to (SeedsPresentationView *self,
       guint                  index)
{
  self->detour = G_MAXUINT;
  self->index = index;
  show_position (self);
}

/* On from a factor opened from the overview is on from the overview. */
static void
move_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SeedsPresentationView *self = SEEDS_PRESENTATION_VIEW (widget);
  int step = g_variant_get_int32 (parameter);

  if (self->agenda == NULL)
    return;
  if (step == 1 && self->detour == G_MAXUINT && seeds_agenda_reveals_here (self->agenda, self->index))
    seeds_presentation_view_reveal (self);
  else
    go_to (self, seeds_agenda_move (self->agenda, self->index, step));
}

static void
on_factor_activated (SeedsOverviewSlide    *slide,
                     guint                  position,
                     SeedsPresentationView *self)
{
  seeds_presentation_view_open_factor (self, position);
}

static void
reveal_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  seeds_presentation_view_reveal (SEEDS_PRESENTATION_VIEW (widget));
}

/* Enter: the findings & tips of a factor on screen; elsewhere on. */
static void
findings_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SeedsPresentationView *self = SEEDS_PRESENTATION_VIEW (widget);

  if (self->agenda == NULL)
    return;
  if (factor_on_screen (self) != G_MAXUINT)
    adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
  else
    gtk_widget_activate_action (widget, "presentation.move", "i", 1);
}

/* Esc closes the findings first, then a factor opened from the overview,
 * then leaves the presentation. */
static void
back_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SeedsPresentationView *self = SEEDS_PRESENTATION_VIEW (widget);

  if (adw_flap_get_reveal_flap (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
  else if (gtk_stack_get_visible_child (self->stack) == self->community_slide)
    show_position (self);
  else if (self->detour != G_MAXUINT)
    go_to (self, self->index);
  else
    g_signal_emit (self, signals[LEAVE], 0);
}

/* The same dialog and the same save as the findings panel's button. */
static void
add_step_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SeedsPresentationView *self = SEEDS_PRESENTATION_VIEW (widget);

  if (self->agenda != NULL && factor_on_screen (self) != G_MAXUINT)
    seeds_factor_panel_add_next_step (self->panel);
}

/* The main window prints or saves the report of the meeting it shows,
 * which is the one presented: the same actions as its Ctrl+P and
 * Ctrl+Shift+S, "presentation.print" running "win.print-report" and
 * "presentation.save-report" "win.save-report". */
static void
report_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  GtkWindow *window = GTK_WINDOW (gtk_widget_get_root (widget));
  GtkWindow *main_window = window ? gtk_window_get_transient_for (window) : NULL;
  gboolean print = g_str_equal (action_name, "presentation.print");

  if (main_window != NULL)
    gtk_widget_activate_action (GTK_WIDGET (main_window), print ? "win.print-report" : "win.save-report", NULL);
}

/* C: the community's own slide, and back to where the meeting was */
static void
community_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SeedsPresentationView *self = SEEDS_PRESENTATION_VIEW (widget);

  if (self->agenda == NULL)
    return;
  if (gtk_stack_get_visible_child (self->stack) == self->community_slide)
    {
      show_position (self);
      return;
    }
  adw_flap_set_reveal_flap (self->flap, FALSE);
  gtk_stack_set_visible_child (self->stack, self->community_slide);
  gtk_label_set_text (self->position_label, _("Our Learning Community"));
}

static void
timer_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  seeds_slide_timer_toggle (SEEDS_PRESENTATION_VIEW (widget)->timer);
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
  g_clear_object (&self->agenda);
  g_clear_pointer (&self->slides, g_ptr_array_unref);

  G_OBJECT_CLASS (seeds_presentation_view_parent_class)->dispose (object);
}

static void
seeds_presentation_view_class_init (SeedsPresentationViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  SeedsMeetingPartClass *part_class = SEEDS_MEETING_PART_CLASS (klass);

  object_class->dispose = seeds_presentation_view_dispose;
  part_class->changes = SEEDS_STORE_CHANGE_PARTICIPANTS | SEEDS_STORE_CHANGE_SCORES | SEEDS_STORE_CHANGE_TALLIES |
                        SEEDS_STORE_CHANGE_NEXT_STEPS;
  part_class->update = seeds_presentation_view_update;

  signals[LEAVE] =
    g_signal_new ("leave", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "presentation.move", "i", move_activated);
  gtk_widget_class_install_action (widget_class, "presentation.reveal", NULL, reveal_activated);
  gtk_widget_class_install_action (widget_class, "presentation.findings", NULL, findings_activated);
  gtk_widget_class_install_action (widget_class, "presentation.back", NULL, back_activated);
  gtk_widget_class_install_action (widget_class, "presentation.add-step", NULL, add_step_activated);
  gtk_widget_class_install_action (widget_class, "presentation.print", NULL, report_activated);
  gtk_widget_class_install_action (widget_class, "presentation.save-report", NULL, report_activated);
  gtk_widget_class_install_action (widget_class, "presentation.timer", NULL, timer_activated);
  gtk_widget_class_install_action (widget_class, "presentation.community", NULL, community_activated);
  seeds_presentation_keys_install (widget_class);

  g_type_ensure (SEEDS_TYPE_FACTOR_PANEL);
  g_type_ensure (SEEDS_TYPE_SLIDE_TIMER);

  gtk_widget_class_set_css_name (widget_class, "presentation");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/presentation/seeds-presentation-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SeedsPresentationView, flap);
  gtk_widget_class_bind_template_child (widget_class, SeedsPresentationView, panel);
  gtk_widget_class_bind_template_child (widget_class, SeedsPresentationView, panel_clamp);
  gtk_widget_class_bind_template_child (widget_class, SeedsPresentationView, stack);
  gtk_widget_class_bind_template_child (widget_class, SeedsPresentationView, title_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsPresentationView, progress_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsPresentationView, position_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsPresentationView, keys_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsPresentationView, status_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsPresentationView, reveal_button);
  gtk_widget_class_bind_template_child (widget_class, SeedsPresentationView, timer);
  gtk_widget_class_bind_template_callback (widget_class, on_reveal_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_flap_revealed);
}

static void
seeds_presentation_view_init (SeedsPresentationView *self)
{
  self->threshold = 3;
  self->detour = G_MAXUINT;
  self->n_steps = G_MAXUINT;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Presentation"), -1);
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

/* The index of the agenda's stop on screen (see seeds_presentation_view_get_agenda()). */
guint
seeds_presentation_view_get_position (SeedsPresentationView *self)
{
  g_return_val_if_fail (SEEDS_IS_PRESENTATION_VIEW (self), 0);

  return self->index;
}

void
seeds_presentation_view_set_position (SeedsPresentationView *self,
                                      guint                  position)
{
  g_return_if_fail (SEEDS_IS_PRESENTATION_VIEW (self));
  g_return_if_fail (self->agenda != NULL);
  g_return_if_fail (position < seeds_agenda_get_n_stops (self->agenda));

  go_to (self, position);
}

/* (nullable): the agenda, once there is a meeting */
SeedsAgenda *
seeds_presentation_view_get_agenda (SeedsPresentationView *self)
{
  g_return_val_if_fail (SEEDS_IS_PRESENTATION_VIEW (self), NULL);

  return self->agenda;
}

/* The position of the factor on screen, or G_MAXUINT. */
guint
seeds_presentation_view_get_factor (SeedsPresentationView *self)
{
  g_return_val_if_fail (SEEDS_IS_PRESENTATION_VIEW (self), G_MAXUINT);

  return self->agenda ? factor_on_screen (self) : G_MAXUINT;
}

/* Opens a factor, as its tile on the overview does: its stop when it is on
 * the agenda, else the factor by itself, from where going on goes back. */
void
seeds_presentation_view_open_factor (SeedsPresentationView *self,
                                     guint                  position)
{
  guint index;

  g_return_if_fail (SEEDS_IS_PRESENTATION_VIEW (self));
  g_return_if_fail (self->agenda != NULL);
  g_return_if_fail (position < self->slides->len);

  index = seeds_agenda_find_factor (self->agenda, position);
  if (index != G_MAXUINT)
    {
      go_to (self, index);
    }
  else
    {
      self->detour = position;
      show_position (self);
    }
  gtk_widget_grab_focus (GTK_WIDGET (self));
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
  if (MEETING (self) != NULL)
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

/* The slide of a stop other than a factor. */
GtkWidget *
seeds_presentation_view_get_stop_slide (SeedsPresentationView *self,
                                        SeedsAgendaKind        kind)
{
  g_return_val_if_fail (SEEDS_IS_PRESENTATION_VIEW (self), NULL);
  g_return_val_if_fail (kind != SEEDS_AGENDA_FACTOR, NULL);

  return slide_of_stop (self, kind);
}

/* Whether the community's own slide is on screen */
gboolean
seeds_presentation_view_get_community_shown (SeedsPresentationView *self)
{
  g_return_val_if_fail (SEEDS_IS_PRESENTATION_VIEW (self), FALSE);

  return gtk_stack_get_visible_child (self->stack) == self->community_slide;
}

/* "7 of 9 have scored" */
const char *
seeds_presentation_view_get_progress (SeedsPresentationView *self)
{
  g_return_val_if_fail (SEEDS_IS_PRESENTATION_VIEW (self), NULL);

  return seeds_scores_slide_get_progress (SEEDS_SCORES_SLIDE (self->scores_slide));
}

gboolean
seeds_presentation_view_get_findings_visible (SeedsPresentationView *self)
{
  g_return_val_if_fail (SEEDS_IS_PRESENTATION_VIEW (self), FALSE);

  return adw_flap_get_reveal_flap (self->flap);
}

/* What the status line said last: that a step was added. */
const char *
seeds_presentation_view_get_status (SeedsPresentationView *self)
{
  g_return_val_if_fail (SEEDS_IS_PRESENTATION_VIEW (self), NULL);

  return gtk_label_get_text (self->status_label);
}

SeedsFactorPanel *
seeds_presentation_view_get_panel (SeedsPresentationView *self)
{
  g_return_val_if_fail (SEEDS_IS_PRESENTATION_VIEW (self), NULL);

  return self->panel;
}

/* The findings take a third of the screen beside the slide, never more,
 * so that the slide keeps the room for its numbers. */
void
seeds_presentation_view_set_screen_width (SeedsPresentationView *self,
                                          int                    width)
{
  int panel_width = MAX (width / 3, 320);

  g_return_if_fail (SEEDS_IS_PRESENTATION_VIEW (self));

  adw_clamp_set_maximum_size (self->panel_clamp, panel_width);
  adw_clamp_set_tightening_threshold (self->panel_clamp, panel_width);
  gtk_widget_set_size_request (GTK_WIDGET (self->panel), panel_width, -1);
  self->screen_width = width;
  on_flap_revealed (self->flap, NULL, self);
}

/* The window's live round (nullable), of any meeting: the scores slide
 * says how to join it while it runs for this one. */
void
seeds_presentation_view_set_live_round (SeedsPresentationView *self,
                                        SeedsLiveRound        *round)
{
  g_return_if_fail (SEEDS_IS_PRESENTATION_VIEW (self));

  seeds_scores_slide_set_live_round (SEEDS_SCORES_SLIDE (self->scores_slide), round);
}
