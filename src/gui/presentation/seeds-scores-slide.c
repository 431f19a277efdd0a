/* seeds-scores-slide.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "presentation/seeds-message-slide.h"
#include "presentation/seeds-scores-slide.h"

/* The agenda's "scores coming in": how many have scored so far, never
 * who, and during a live round how to join it. */
struct _SeedsScoresSlide
{
  GtkWidget          parent_instance;

  GtkWidget         *box;
  SeedsJoinPanel    *join_panel;
  SeedsMessageSlide *message;
  char              *progress;
  char              *figure;
  char              *meeting_id;
  gboolean           poster;
  SeedsLiveRound    *round;   /* (nullable): the window's, of any meeting */
};

G_DEFINE_FINAL_TYPE (SeedsScoresSlide, seeds_scores_slide, GTK_TYPE_WIDGET)

static void
seeds_scores_slide_dispose (GObject *object)
{
  SeedsScoresSlide *self = (SeedsScoresSlide *)object;

  seeds_scores_slide_set_live_round (self, NULL);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->progress, g_free);
  g_clear_pointer (&self->figure, g_free);
  g_clear_pointer (&self->meeting_id, g_free);

  G_OBJECT_CLASS (seeds_scores_slide_parent_class)->dispose (object);
}

static void
seeds_scores_slide_class_init (SeedsScoresSlideClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = seeds_scores_slide_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "scoresslide");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
seeds_scores_slide_init (SeedsScoresSlide *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_box_set_homogeneous (GTK_BOX (self->box), TRUE);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->join_panel = SEEDS_JOIN_PANEL (seeds_join_panel_new ());
  gtk_widget_set_margin_top (GTK_WIDGET (self->join_panel), 48);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->join_panel), 48);
  gtk_widget_set_margin_start (GTK_WIDGET (self->join_panel), 64);
  gtk_widget_set_visible (GTK_WIDGET (self->join_panel), FALSE);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->join_panel));

  self->message = SEEDS_MESSAGE_SLIDE (seeds_message_slide_new ());
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->message));
}

GtkWidget *
seeds_scores_slide_new (void)
{
  return g_object_new (SEEDS_TYPE_SCORES_SLIDE, NULL);
}

/* The live round of the meeting on screen, while it runs */
static SeedsLiveRound *
round_here (SeedsScoresSlide *self)
{
  if (self->round == NULL || !seeds_live_round_get_running (self->round) || self->meeting_id == NULL ||
      !g_str_equal (seeds_live_round_get_meeting_id (self->round), self->meeting_id))
    return NULL;
  return self->round;
}

static void
show_texts (SeedsScoresSlide *self)
{
  SeedsLiveRound *round = round_here (self);

  seeds_join_panel_set_round (self->join_panel, round);
  if (self->poster)
    seeds_message_slide_set_texts (self->message, _("Scores Coming In"), NULL, self->progress, NULL);
  else
    seeds_message_slide_set_texts (self->message, _("Scores Coming In"), self->figure, _("have scored every factor"),
                                   round ? _("Scan the code or type the address to score in your browser. "
                                             "Go on when everyone is in: the scores are revealed together.")
                                         : _("Score cards imported now show here at once. "
                                             "Go on when everyone is in: the scores are revealed together."));
}

/* Shows how many of @n_attendees scored every factor in @summary. */
void
seeds_scores_slide_show (SeedsScoresSlide    *self,
                         SeedsMeeting        *meeting,
                         SeedsMeetingSummary *summary,
                         guint                n_attendees)
{
  guint complete;

  g_return_if_fail (SEEDS_IS_SCORES_SLIDE (self));

  g_free (self->meeting_id);
  self->meeting_id = g_strdup (seeds_meeting_get_id (meeting));
  self->poster = seeds_meeting_get_kind (meeting) == SEEDS_MEETING_POSTER;
  g_clear_pointer (&self->figure, g_free);
  g_free (self->progress);
  if (self->poster)
    {
      self->progress = g_strdup (_("Stickers on the poster"));
    }
  else
    {
      complete = seeds_meeting_summary_count_complete (summary);
      /* Translators: how many participants scored every factor, of how many take part */
      self->progress = g_strdup_printf (_("%u of %u have scored"), complete, n_attendees);
      /* Translators: how many scored every factor, of how many take part, e.g. "7 of 9" */
      self->figure = g_strdup_printf (_("%u of %u"), complete, n_attendees);
    }
  show_texts (self);
}

static void
on_round_running (SeedsLiveRound   *round,
                  GParamSpec       *pspec,
                  SeedsScoresSlide *self)
{
  show_texts (self);
}

/* The window's live round (nullable), of any meeting. Its answers reach
 * the slide as scores of the meeting, through the store. */
void
seeds_scores_slide_set_live_round (SeedsScoresSlide *self,
                                   SeedsLiveRound   *round)
{
  g_return_if_fail (SEEDS_IS_SCORES_SLIDE (self));
  g_return_if_fail (round == NULL || SEEDS_IS_LIVE_ROUND (round));

  if (self->round == round)
    return;

  if (self->round != NULL)
    g_signal_handlers_disconnect_by_data (self->round, self);
  g_set_object (&self->round, round);
  if (round != NULL)
    g_signal_connect (round, "notify::running", G_CALLBACK (on_round_running), self);
  show_texts (self);
}

/* "7 of 9 have scored" */
const char *
seeds_scores_slide_get_progress (SeedsScoresSlide *self)
{
  g_return_val_if_fail (SEEDS_IS_SCORES_SLIDE (self), NULL);

  return self->progress;
}

/* "7 of 9" */
const char *
seeds_scores_slide_get_figure (SeedsScoresSlide *self)
{
  g_return_val_if_fail (SEEDS_IS_SCORES_SLIDE (self), NULL);

  return seeds_message_slide_get_figure (self->message);
}

SeedsJoinPanel *
seeds_scores_slide_get_join_panel (SeedsScoresSlide *self)
{
  g_return_val_if_fail (SEEDS_IS_SCORES_SLIDE (self), NULL);

  return self->join_panel;
}
