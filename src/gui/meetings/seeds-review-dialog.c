/* seeds-review-dialog.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "factor-panel/seeds-next-step-row.h"
#include "meetings/seeds-review-dialog.h"
#include "model/seeds-text.h"
#include "seeds-widget-util.h"

/* The review at the start of a new meeting: each step the group agreed on
 * earlier and left open is marked done, carried over or dropped. Carried
 * over is chosen from the start, so that saving is always possible and a
 * step nobody speaks about stays open. The dialog only asks; the window
 * saves, as with the other forms. */
struct _SeedsReviewDialog
{
  SeedsFormDialog  parent_instance;

  GtkListBox      *steps_list;

  char            *meeting_id;
  GPtrArray       *choices;  /* of StepChoice, in the order of the steps */
};

G_DEFINE_FINAL_TYPE (SeedsReviewDialog, seeds_review_dialog, SEEDS_TYPE_FORM_DIALOG)

/* A step and its three buttons, one per SeedsReviewOutcome. */
typedef struct
{
  SeedsNextStep   *step;
  GtkToggleButton *buttons[SEEDS_N_REVIEW_OUTCOMES];
} StepChoice;

static void
step_choice_free (gpointer data)
{
  StepChoice *choice = data;

  g_object_unref (choice->step);
  g_free (choice);
}

static void
seeds_review_dialog_finalize (GObject *object)
{
  SeedsReviewDialog *self = (SeedsReviewDialog *)object;

  g_clear_pointer (&self->choices, g_ptr_array_unref);
  g_free (self->meeting_id);

  G_OBJECT_CLASS (seeds_review_dialog_parent_class)->finalize (object);
}

static void
seeds_review_dialog_class_init (SeedsReviewDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = seeds_review_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/meetings/seeds-review-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SeedsReviewDialog, steps_list);
}

static void
seeds_review_dialog_init (SeedsReviewDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->choices = g_ptr_array_new_with_free_func (step_choice_free);
}

/* Text people typed, shown as it is: never markup. */
static GtkWidget *
text_label_new (const char *text,
                gboolean    secondary)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (secondary)
    {
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "dim-label");
    }

  return label;
}

/* Done, carried over, dropped: one of three, side by side. The group is
 * named by the step, so that a screen reader says which step the buttons
 * decide about. */
static GtkWidget *
choices_new (StepChoice *choice)
{
  GtkWidget *box = g_object_new (GTK_TYPE_BOX,
                                 "accessible-role", GTK_ACCESSIBLE_ROLE_GROUP,
                                 "homogeneous", TRUE,
                                 NULL);

  gtk_widget_add_css_class (box, "linked");
  gtk_widget_set_margin_top (box, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, seeds_next_step_get_text (choice->step),
                                  -1);

  for (int outcome = 0; outcome < SEEDS_N_REVIEW_OUTCOMES; outcome++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_label (seeds_review_outcome_get_label (outcome));

      if (outcome > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), choice->buttons[0]);
      choice->buttons[outcome] = GTK_TOGGLE_BUTTON (button);
      gtk_box_append (GTK_BOX (box), button);
    }

  gtk_toggle_button_set_active (choice->buttons[SEEDS_REVIEW_CARRIED], TRUE);

  return box;
}

/* What, for which factor, who, by when, agreed when; then the choice. */
static GtkWidget *
step_row_new (StepChoice     *choice,
              SeedsFramework *framework,
              const char     *today)
{
  SeedsNextStep *step = choice->step;
  SeedsFactor *factor = seeds_framework_lookup_factor (framework, seeds_next_step_get_factor_id (step));
  g_autofree char *details = seeds_next_step_describe (step, today);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), text_label_new (seeds_next_step_get_text (step), FALSE));
  gtk_box_append (GTK_BOX (box), text_label_new (factor ? seeds_factor_get_title (factor)
                                                        : seeds_next_step_get_factor_id (step), TRUE));
  gtk_box_append (GTK_BOX (box), text_label_new (details, TRUE));
  gtk_box_append (GTK_BOX (box), choices_new (choice));

  /* The buttons take the focus, not the row around them. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  return row;
}

/**
 * seeds_review_dialog_new:
 * @parent: the window
 * @framework: names the factors of the steps
 * @meeting_id: the meeting that starts with this review
 * @steps: (element-type SeedsNextStep): the open steps of earlier meetings,
 *   as seeds_store_list_steps_to_review() lists them
 */
SeedsReviewDialog *
seeds_review_dialog_new (GtkWindow      *parent,
                         SeedsFramework *framework,
                         const char     *meeting_id,
                         GPtrArray      *steps)
{
  SeedsReviewDialog *self;
  g_autofree char *today = seeds_date_today ();

  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (meeting_id != NULL, NULL);
  g_return_val_if_fail (steps != NULL, NULL);

  self = g_object_new (SEEDS_TYPE_REVIEW_DIALOG,
                       SEEDS_DIALOG_ROLE,
                       "transient-for", parent,
                       NULL);
  self->meeting_id = g_strdup (meeting_id);

  for (guint i = 0; i < steps->len; i++)
    {
      StepChoice *choice = g_new0 (StepChoice, 1);

      choice->step = g_object_ref (g_ptr_array_index (steps, i));
      g_ptr_array_add (self->choices, choice);
      gtk_list_box_append (self->steps_list, step_row_new (choice, framework, today));
    }

  /* Start at the first decision rather than at Save: the review is the point. */
  if (self->choices->len > 0)
    {
      StepChoice *first = g_ptr_array_index (self->choices, 0);

      gtk_widget_grab_focus (GTK_WIDGET (first->buttons[SEEDS_REVIEW_CARRIED]));
    }

  return self;
}

const char *
seeds_review_dialog_get_meeting_id (SeedsReviewDialog *self)
{
  g_return_val_if_fail (SEEDS_IS_REVIEW_DIALOG (self), NULL);

  return self->meeting_id;
}

guint
seeds_review_dialog_get_n_steps (SeedsReviewDialog *self)
{
  g_return_val_if_fail (SEEDS_IS_REVIEW_DIALOG (self), 0);

  return self->choices->len;
}

SeedsNextStep *
seeds_review_dialog_get_step (SeedsReviewDialog *self,
                              guint              position)
{
  StepChoice *choice;

  g_return_val_if_fail (SEEDS_IS_REVIEW_DIALOG (self), NULL);
  g_return_val_if_fail (position < self->choices->len, NULL);

  choice = g_ptr_array_index (self->choices, position);
  return choice->step;
}

/* What was chosen for the step at @position. */
SeedsReviewOutcome
seeds_review_dialog_get_outcome (SeedsReviewDialog *self,
                                 guint              position)
{
  StepChoice *choice;

  g_return_val_if_fail (SEEDS_IS_REVIEW_DIALOG (self), SEEDS_REVIEW_CARRIED);
  g_return_val_if_fail (position < self->choices->len, SEEDS_REVIEW_CARRIED);

  choice = g_ptr_array_index (self->choices, position);
  for (int outcome = 0; outcome < SEEDS_N_REVIEW_OUTCOMES; outcome++)
    if (gtk_toggle_button_get_active (choice->buttons[outcome]))
      return outcome;

  return SEEDS_REVIEW_CARRIED;
}

/**
 * seeds_review_dialog_get_choice:
 *
 * Returns: (transfer none) (nullable): the button that chooses @outcome for
 *   the step with @step_id, or %NULL when the step is not in the review
 */
GtkToggleButton *
seeds_review_dialog_get_choice (SeedsReviewDialog  *self,
                                const char         *step_id,
                                SeedsReviewOutcome  outcome)
{
  g_return_val_if_fail (SEEDS_IS_REVIEW_DIALOG (self), NULL);
  g_return_val_if_fail (seeds_review_outcome_is_valid (outcome), NULL);

  for (guint i = 0; i < self->choices->len; i++)
    {
      StepChoice *choice = g_ptr_array_index (self->choices, i);

      if (g_strcmp0 (seeds_next_step_get_id (choice->step), step_id) == 0)
        return choice->buttons[outcome];
    }

  return NULL;
}
