/* seeds-scoring-page.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "scoring/seeds-score-list.h"
#include "scoring/seeds-scoring-page.h"
#include "seeds-widget-util.h"

/* Scoring the factors for one participant at a time. The participants of
 * the meeting are a row of buttons at the top, each showing how far that
 * person got; Ctrl+Page Up/Down switches between them. */
struct _SeedsScoringPage
{
  SeedsMeetingPart parent_instance;

  GPtrArray       *attendees;      /* SeedsParticipant */
  char            *participant_id; /* the one scoring now */
  char            *meeting_id;     /* of the meeting shown */

  GtkStack        *stack;
  GtkBox          *participant_box;
  SeedsScoreList  *score_list;
  GtkScrolledWindow *scroller;
};

G_DEFINE_FINAL_TYPE (SeedsScoringPage, seeds_scoring_page, SEEDS_TYPE_MEETING_PART)

enum {
  FACTOR_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void reload_scores (SeedsScoringPage *self);

static SeedsParticipant *
find_attendee (SeedsScoringPage *self,
               const char       *participant_id,
               guint            *index)
{
  for (guint i = 0; self->attendees != NULL && i < self->attendees->len; i++)
    {
      SeedsParticipant *participant = g_ptr_array_index (self->attendees, i);

      if (g_strcmp0 (seeds_participant_get_id (participant), participant_id) == 0)
        {
          if (index != NULL)
            *index = i;
          return participant;
        }
    }

  return NULL;
}

static void
on_score_changed (SeedsScoreList   *list,
                  SeedsFactor      *factor,
                  int               value,
                  SeedsScoringPage *self)
{
  g_autoptr(GError) error = NULL;

  if (self->participant_id == NULL)
    return;

  if (!seeds_store_set_score (STORE (self), seeds_meeting_get_id (MEETING (self)), self->participant_id,
                              seeds_factor_get_id (factor), value, &error))
    {
      seeds_widget_show_error (GTK_WIDGET (self), error);
      reload_scores (self);
    }
}

static void
on_comment_changed (SeedsScoreList   *list,
                    SeedsFactor      *factor,
                    const char       *comment,
                    SeedsScoringPage *self)
{
  SeedsScoreRow *row = seeds_score_list_get_row (list, seeds_factor_get_id (factor));
  g_autoptr(GError) error = NULL;

  if (self->participant_id == NULL ||
      seeds_score_scale_get_value (seeds_score_row_get_scale (row)) == SEEDS_SCORE_NONE)
    return;

  if (!seeds_store_set_comment (STORE (self), seeds_meeting_get_id (MEETING (self)), self->participant_id,
                                seeds_factor_get_id (factor), comment, &error))
    {
      seeds_widget_show_error (GTK_WIDGET (self), error);
      reload_scores (self);
    }
}

static void
on_show_factor (SeedsScoreList   *list,
                SeedsFactor      *factor,
                SeedsScoringPage *self)
{
  g_signal_emit (self, signals[FACTOR_ACTIVATED], 0, factor);
}

static void
on_participant_toggled (GtkToggleButton  *button,
                        SeedsScoringPage *self)
{
  const char *id = g_object_get_data (G_OBJECT (button), "participant-id");

  if (gtk_toggle_button_get_active (button) && g_strcmp0 (id, self->participant_id) != 0)
    seeds_scoring_page_select_participant (self, id);
}

static GtkWidget *
participant_button_new (SeedsScoringPage *self,
                        SeedsParticipant *participant,
                        guint             n_scored,
                        GtkToggleButton  *group)
{
  guint n_factors = seeds_framework_get_n_factors (FRAMEWORK (self));
  GtkWidget *button = gtk_toggle_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *name = gtk_label_new (seeds_participant_get_name (participant));
  g_autofree char *progress = g_strdup_printf ("%u/%u", n_scored, n_factors);
  GtkWidget *count = gtk_label_new (progress);
  g_autofree char *description = NULL;

  /* In a scrolling row the buttons get their minimum width: show up to
   * 16 characters of a name before it is cut short. */
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (name), MIN (16, (int)g_utf8_strlen (seeds_participant_get_name (participant), -1)));
  gtk_label_set_max_width_chars (GTK_LABEL (name), 20);
  gtk_widget_add_css_class (count, "caption");
  gtk_widget_add_css_class (count, n_scored == n_factors ? "success" : "dim-label");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), count);
  gtk_button_set_child (GTK_BUTTON (button), box);

  /* Translators: a participant's name, then how many factors they scored of how many */
  description = g_strdup_printf (_("%s, %u of %u factors scored"),
                                 seeds_participant_get_name (participant), n_scored, n_factors);
  gtk_widget_set_tooltip_text (button, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);

  g_object_set_data_full (G_OBJECT (button), "participant-id",
                          g_strdup (seeds_participant_get_id (participant)), g_free);
  gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), group);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button),
                                g_strcmp0 (seeds_participant_get_id (participant), self->participant_id) == 0);
  g_signal_connect (button, "toggled", G_CALLBACK (on_participant_toggled), self);

  return button;
}

static void
rebuild_participant_bar (SeedsScoringPage *self,
                         GHashTable       *counts)
{
  GtkToggleButton *group = NULL;

  seeds_widget_remove_children (GTK_WIDGET (self->participant_box));

  for (guint i = 0; i < self->attendees->len; i++)
    {
      SeedsParticipant *participant = g_ptr_array_index (self->attendees, i);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, seeds_participant_get_id (participant)));
      GtkWidget *button = participant_button_new (self, participant, n, group);

      if (group == NULL)
        group = GTK_TOGGLE_BUTTON (button);
      gtk_box_append (self->participant_box, button);
    }
}

/* Reads the meeting's participants and scores again and shows them. */
static void
reload_scores (SeedsScoringPage *self)
{
  g_autoptr(GPtrArray) scores = NULL;
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->attendees, g_ptr_array_unref);
  if (MEETING (self) == NULL)
    return;

  self->attendees = seeds_store_list_attendees (STORE (self), seeds_meeting_get_id (MEETING (self)), &error);
  if (self->attendees != NULL)
    scores = seeds_store_list_scores (STORE (self), seeds_meeting_get_id (MEETING (self)), &error);

  if (scores == NULL)
    {
      seeds_widget_show_error (GTK_WIDGET (self), error);
      g_clear_pointer (&self->attendees, g_ptr_array_unref);
      self->attendees = g_ptr_array_new ();
      scores = g_ptr_array_new ();
    }

  if (find_attendee (self, self->participant_id, NULL) == NULL)
    {
      g_free (self->participant_id);
      self->participant_id = self->attendees->len > 0
        ? g_strdup (seeds_participant_get_id (g_ptr_array_index (self->attendees, 0)))
        : NULL;
    }

  seeds_score_list_clear (self->score_list);

  for (guint i = 0; i < scores->len; i++)
    {
      const SeedsScore *score = g_ptr_array_index (scores, i);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, score->participant_id));

      g_hash_table_insert (counts, score->participant_id, GUINT_TO_POINTER (n + 1));

      if (g_strcmp0 (score->participant_id, self->participant_id) == 0)
        seeds_score_list_show_score (self->score_list, score->factor_id, score->value, score->comment);
    }

  rebuild_participant_bar (self, counts);
  gtk_stack_set_visible_child_name (self->stack, self->attendees->len > 0 ? "scoring" : "empty");
}

static void
seeds_scoring_page_dispose (GObject *object)
{
  SeedsScoringPage *self = (SeedsScoringPage *)object;

  g_clear_pointer (&self->attendees, g_ptr_array_unref);
  g_clear_pointer (&self->meeting_id, g_free);
  g_clear_pointer (&self->participant_id, g_free);

  G_OBJECT_CLASS (seeds_scoring_page_parent_class)->dispose (object);
}

static void
seeds_scoring_page_update (SeedsMeetingPart *part,
                           SeedsStoreChange  change)
{
  SeedsScoringPage *self = SEEDS_SCORING_PAGE (part);
  SeedsMeeting *meeting = MEETING (self);

  seeds_score_list_set_framework (self->score_list, FRAMEWORK (self));

  /* Another meeting starts with its first participant. */
  if (meeting == NULL || g_strcmp0 (self->meeting_id, seeds_meeting_get_id (meeting)) != 0)
    {
      g_clear_pointer (&self->participant_id, g_free);
      g_free (self->meeting_id);
      self->meeting_id = meeting ? g_strdup (seeds_meeting_get_id (meeting)) : NULL;
    }

  reload_scores (self);
}

static void
seeds_scoring_page_class_init (SeedsScoringPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  SeedsMeetingPartClass *part_class = SEEDS_MEETING_PART_CLASS (klass);

  object_class->dispose = seeds_scoring_page_dispose;

  g_type_ensure (SEEDS_TYPE_SCORE_LIST);
  part_class->changes = SEEDS_STORE_CHANGE_PARTICIPANTS | SEEDS_STORE_CHANGE_SCORES;
  part_class->update = seeds_scoring_page_update;

  signals[FACTOR_ACTIVATED] =
    g_signal_new ("factor-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, SEEDS_TYPE_FACTOR);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/scoring/seeds-scoring-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SeedsScoringPage, stack);
  gtk_widget_class_bind_template_child (widget_class, SeedsScoringPage, participant_box);
  gtk_widget_class_bind_template_child (widget_class, SeedsScoringPage, score_list);
  gtk_widget_class_bind_template_callback (widget_class, on_score_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_comment_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_show_factor);
  gtk_widget_class_bind_template_child (widget_class, SeedsScoringPage, scroller);
}

static void
seeds_scoring_page_init (SeedsScoringPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

}

/* (nullable): the participant whose scores are shown */
SeedsParticipant *
seeds_scoring_page_get_participant (SeedsScoringPage *self)
{
  g_return_val_if_fail (SEEDS_IS_SCORING_PAGE (self), NULL);

  return find_attendee (self, self->participant_id, NULL);
}

guint
seeds_scoring_page_get_n_participants (SeedsScoringPage *self)
{
  g_return_val_if_fail (SEEDS_IS_SCORING_PAGE (self), 0);

  return self->attendees ? self->attendees->len : 0;
}

void
seeds_scoring_page_select_participant (SeedsScoringPage *self,
                                       const char       *participant_id)
{
  g_return_if_fail (SEEDS_IS_SCORING_PAGE (self));
  g_return_if_fail (participant_id != NULL);

  /* Reading the participants anew also finds one who was just added. */
  g_free (self->participant_id);
  self->participant_id = g_strdup (participant_id);
  reload_scores (self);
  seeds_score_list_focus_first_unscored (self->score_list);
}

/* Moves to the next (1) or previous (-1) participant, going round. */
void
seeds_scoring_page_step_participant (SeedsScoringPage *self,
                                     int               direction)
{
  guint index = 0;
  guint n;

  g_return_if_fail (SEEDS_IS_SCORING_PAGE (self));

  n = seeds_scoring_page_get_n_participants (self);
  if (n == 0)
    return;

  find_attendee (self, self->participant_id, &index);
  index = (index + n + (direction < 0 ? -1 : 1)) % n;
  seeds_scoring_page_select_participant (self,
                                         seeds_participant_get_id (g_ptr_array_index (self->attendees, index)));
}

SeedsScoreRow *
seeds_scoring_page_get_row (SeedsScoringPage *self,
                            const char       *factor_id)
{
  g_return_val_if_fail (SEEDS_IS_SCORING_PAGE (self), NULL);

  return seeds_score_list_get_row (self->score_list, factor_id);
}
