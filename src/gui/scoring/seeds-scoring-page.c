/* seeds-scoring-page.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "seeds-score-row.h"
#include "seeds-scoring-page.h"
#include "seeds-widget-util.h"
#include "seeds-window.h"

/* Scoring the factors for one participant at a time. The participants of
 * the meeting are a row of buttons at the top, each showing how far that
 * person got; Ctrl+Page Up/Down switches between them. */
struct _SeedsScoringPage
{
  SeedsMeetingPart parent_instance;

  GPtrArray       *attendees;      /* SeedsParticipant */
  char            *participant_id; /* the one scoring now */
  char            *meeting_id;     /* of the meeting shown */
  SeedsFramework  *rows_framework; /* the framework the rows were made for */
  GHashTable      *rows;           /* factor id → SeedsScoreRow */
  GPtrArray       *row_order;      /* SeedsScoreRow, framework order */

  GtkStack        *stack;
  GtkBox          *participant_box;
  GtkBox          *factors_box;
  GtkLabel        *question_label;
  GtkScrolledWindow *scroller;
};

G_DEFINE_FINAL_TYPE (SeedsScoringPage, seeds_scoring_page, SEEDS_TYPE_MEETING_PART)

#define STORE(self)     seeds_meeting_part_get_store (SEEDS_MEETING_PART (self))
#define FRAMEWORK(self) seeds_meeting_part_get_framework (SEEDS_MEETING_PART (self))
#define MEETING(self)   seeds_meeting_part_get_meeting (SEEDS_MEETING_PART (self))

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
on_row_score_changed (SeedsScoreRow    *row,
                      int               value,
                      SeedsScoringPage *self)
{
  g_autoptr(GError) error = NULL;

  if (self->participant_id == NULL)
    return;

  if (!seeds_store_set_score (STORE (self), seeds_meeting_get_id (MEETING (self)), self->participant_id,
                              seeds_factor_get_id (seeds_score_row_get_factor (row)), value, &error))
    {
      seeds_window_show_error (GTK_WIDGET (self), error);
      reload_scores (self);
    }
}

static void
on_row_comment_changed (SeedsScoreRow    *row,
                        const char       *comment,
                        SeedsScoringPage *self)
{
  g_autoptr(GError) error = NULL;

  if (self->participant_id == NULL ||
      seeds_score_scale_get_value (seeds_score_row_get_scale (row)) == SEEDS_SCORE_NONE)
    return;

  if (!seeds_store_set_comment (STORE (self), seeds_meeting_get_id (MEETING (self)), self->participant_id,
                                seeds_factor_get_id (seeds_score_row_get_factor (row)), comment, &error))
    {
      seeds_window_show_error (GTK_WIDGET (self), error);
      reload_scores (self);
    }
}

static void
on_row_advance (SeedsScoreRow    *row,
                SeedsScoringPage *self)
{
  guint index;

  if (g_ptr_array_find (self->row_order, row, &index) && index + 1 < self->row_order->len)
    {
      GtkWidget *next = g_ptr_array_index (self->row_order, index + 1);

      gtk_widget_grab_focus (next);
    }
}

static void
on_row_show_factor (SeedsScoreRow    *row,
                    SeedsScoringPage *self)
{
  g_signal_emit (self, signals[FACTOR_ACTIVATED], 0, seeds_score_row_get_factor (row));
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

/* The factors, grouped as in the research: parts, then groups. */
static void
build_rows (SeedsScoringPage *self)
{
  GListModel *groups = seeds_framework_get_groups (FRAMEWORK (self));
  const char *part = NULL;

  gtk_label_set_text (self->question_label, seeds_framework_get_question (FRAMEWORK (self)));

  for (guint g = 0; g < g_list_model_get_n_items (groups); g++)
    {
      g_autoptr(SeedsFactorGroup) group = g_list_model_get_item (groups, g);
      GListModel *factors = seeds_factor_group_get_factors (group);
      GtkWidget *list = gtk_list_box_new ();

      if (g_strcmp0 (part, seeds_factor_group_get_part_id (group)) != 0)
        {
          part = seeds_factor_group_get_part_id (group);
          gtk_box_append (self->factors_box, heading_new (seeds_factor_group_get_part_name (group), "title-2"));
        }

      gtk_box_append (self->factors_box, heading_new (seeds_factor_group_get_name (group), "group-heading"));
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      gtk_box_append (self->factors_box, list);

      for (guint f = 0; f < g_list_model_get_n_items (factors); f++)
        {
          g_autoptr(SeedsFactor) factor = g_list_model_get_item (factors, f);
          GtkWidget *row = seeds_score_row_new (factor);

          g_signal_connect (row, "score-changed", G_CALLBACK (on_row_score_changed), self);
          g_signal_connect (row, "comment-changed", G_CALLBACK (on_row_comment_changed), self);
          g_signal_connect (row, "advance", G_CALLBACK (on_row_advance), self);
          g_signal_connect (row, "show-factor", G_CALLBACK (on_row_show_factor), self);
          gtk_list_box_append (GTK_LIST_BOX (list), row);
          g_hash_table_insert (self->rows, g_strdup (seeds_factor_get_id (factor)), row);
          g_ptr_array_add (self->row_order, row);
        }
    }
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
  GHashTableIter iter;
  gpointer row;

  g_clear_pointer (&self->attendees, g_ptr_array_unref);
  if (MEETING (self) == NULL)
    return;

  self->attendees = seeds_store_list_attendees (STORE (self), seeds_meeting_get_id (MEETING (self)), &error);
  if (self->attendees != NULL)
    scores = seeds_store_list_scores (STORE (self), seeds_meeting_get_id (MEETING (self)), &error);

  if (scores == NULL)
    {
      seeds_window_show_error (GTK_WIDGET (self), error);
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

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    seeds_score_row_show_score (row, SEEDS_SCORE_NONE, NULL);

  for (guint i = 0; i < scores->len; i++)
    {
      const SeedsScore *score = g_ptr_array_index (scores, i);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, score->participant_id));

      g_hash_table_insert (counts, score->participant_id, GUINT_TO_POINTER (n + 1));

      if (g_strcmp0 (score->participant_id, self->participant_id) == 0 &&
          (row = g_hash_table_lookup (self->rows, score->factor_id)) != NULL)
        seeds_score_row_show_score (row, score->value, score->comment);
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
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->row_order, g_ptr_array_unref);

  G_OBJECT_CLASS (seeds_scoring_page_parent_class)->dispose (object);
}

static void
seeds_scoring_page_update (SeedsMeetingPart *part,
                           SeedsStoreChange  change)
{
  SeedsScoringPage *self = SEEDS_SCORING_PAGE (part);
  SeedsMeeting *meeting = MEETING (self);

  if (FRAMEWORK (self) != self->rows_framework)
    {
      self->rows_framework = FRAMEWORK (self);
      build_rows (self);
    }

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
  part_class->changes = SEEDS_STORE_CHANGE_PARTICIPANTS | SEEDS_STORE_CHANGE_SCORES;
  part_class->update = seeds_scoring_page_update;

  signals[FACTOR_ACTIVATED] =
    g_signal_new ("factor-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, SEEDS_TYPE_FACTOR);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/scoring/seeds-scoring-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SeedsScoringPage, stack);
  gtk_widget_class_bind_template_child (widget_class, SeedsScoringPage, participant_box);
  gtk_widget_class_bind_template_child (widget_class, SeedsScoringPage, factors_box);
  gtk_widget_class_bind_template_child (widget_class, SeedsScoringPage, question_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsScoringPage, scroller);
}

static void
seeds_scoring_page_init (SeedsScoringPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->row_order = g_ptr_array_new ();
}

/* After switching to someone, the keys 1–5 score their first open factor
 * at once: that is how a round of hands is typed in. */
static void
focus_first_unscored (SeedsScoringPage *self)
{
  GtkWidget *target = NULL;

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
  focus_first_unscored (self);
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

  return g_hash_table_lookup (self->rows, factor_id);
}
