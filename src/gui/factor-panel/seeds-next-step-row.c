/* seeds-next-step-row.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "factor-panel/seeds-next-step-row.h"
#include "model/seeds-text.h"

/* A next step: what, who, by when, and where it stands. Changing the status
 * or asking to edit is reported with signals; the panel saves. */
struct _SeedsNextStepRow
{
  AdwActionRow   parent_instance;

  SeedsNextStep *step;
  GtkDropDown   *status_drop_down;
};

G_DEFINE_FINAL_TYPE (SeedsNextStepRow, seeds_next_step_row, ADW_TYPE_ACTION_ROW)

enum {
  STATUS_CHANGED,
  EDIT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
is_overdue (SeedsNextStep *step,
            const char    *today)
{
  const char *due = seeds_next_step_get_due_date (step);

  return seeds_next_step_get_status (step) == SEEDS_NEXT_STEP_OPEN &&
         due != NULL && today != NULL && g_strcmp0 (due, today) < 0;
}

static char *describe (SeedsNextStep *step,
                       const char    *today,
                       gboolean       with_owner);

/**
 * seeds_next_step_describe:
 * @today: (nullable): today as "YYYY-MM-DD", to say when a step is overdue
 *
 * The line under a next step: "Anna · due 1 December 2026 · agreed
 * 28 November 2026", and "Idea from Rainwater Roundtable" under it for a
 * lesson taken from another community.
 */
char *
seeds_next_step_describe (SeedsNextStep *step,
                          const char    *today)
{
  return describe (step, today, TRUE);
}

static char *
describe (SeedsNextStep *step,
          const char    *today,
          gboolean       with_owner)
{
  GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);
  const char *owner = with_owner ? seeds_next_step_get_owner (step) : NULL;
  const char *due = seeds_next_step_get_due_date (step);
  g_autofree char *agreed = seeds_date_format (seeds_next_step_get_meeting_date (step));
  g_autofree char *line = NULL;

  if (owner != NULL && *owner != '\0')
    g_ptr_array_add (parts, g_strdup (owner));

  if (due != NULL)
    {
      g_autofree char *date = seeds_date_format (due);

      if (is_overdue (step, today))
        /* Translators: a date */
        g_ptr_array_add (parts, g_strdup_printf (_("overdue since %s"), date));
      else
        /* Translators: a date */
        g_ptr_array_add (parts, g_strdup_printf (_("due %s"), date));
    }

  /* Translators: the date of the meeting where a next step was agreed */
  g_ptr_array_add (parts, g_strdup_printf (_("agreed %s"), agreed));
  g_ptr_array_add (parts, NULL);

  line = g_strjoinv (" · ", (char **)parts->pdata);
  g_ptr_array_unref (parts);

  return seeds_next_step_add_origin_line (step, line);
}

static void
on_status_selected (GtkDropDown      *drop_down,
                    GParamSpec       *pspec,
                    SeedsNextStepRow *self)
{
  guint status = gtk_drop_down_get_selected (drop_down);

  if (status != (guint)seeds_next_step_get_status (self->step))
    g_signal_emit (self, signals[STATUS_CHANGED], 0, status);
}

static void
on_edit_clicked (GtkButton        *button,
                 SeedsNextStepRow *self)
{
  g_signal_emit (self, signals[EDIT], 0);
}

static void
seeds_next_step_row_dispose (GObject *object)
{
  SeedsNextStepRow *self = (SeedsNextStepRow *)object;

  g_clear_object (&self->step);

  G_OBJECT_CLASS (seeds_next_step_row_parent_class)->dispose (object);
}

static void
seeds_next_step_row_class_init (SeedsNextStepRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = seeds_next_step_row_dispose;

  signals[STATUS_CHANGED] =
    g_signal_new ("status-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  signals[EDIT] =
    g_signal_new ("edit", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
seeds_next_step_row_init (SeedsNextStepRow *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  GtkWidget *edit = gtk_button_new_from_icon_name ("document-edit-symbolic");

  for (int i = SEEDS_NEXT_STEP_OPEN; i <= SEEDS_NEXT_STEP_DROPPED; i++)
    gtk_string_list_append (statuses, seeds_next_step_status_get_label (i));

  self->status_drop_down = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (statuses)), NULL));
  gtk_widget_set_valign (GTK_WIDGET (self->status_drop_down), GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->status_drop_down), _("Status"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->status_drop_down),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Status"), -1);

  gtk_widget_set_valign (edit, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (edit, _("Edit Next Step"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (edit), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Edit Next Step"), -1);
  gtk_widget_add_css_class (edit, "flat");
  g_signal_connect (edit, "clicked", G_CALLBACK (on_edit_clicked), self);

  adw_action_row_add_suffix (ADW_ACTION_ROW (self), GTK_WIDGET (self->status_drop_down));
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), edit);

  /* What people typed is shown as it is, never as markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (self), 0);
  gtk_widget_add_css_class (GTK_WIDGET (self), "next-step");
}

GtkWidget *
seeds_next_step_row_new (SeedsNextStep *step,
                         const char    *today)
{
  SeedsNextStepRow *self;
  g_autofree char *subtitle = NULL;
  SeedsNextStepStatus status;

  g_return_val_if_fail (SEEDS_IS_NEXT_STEP (step), NULL);

  self = g_object_new (SEEDS_TYPE_NEXT_STEP_ROW, NULL);
  self->step = g_object_ref (step);
  status = seeds_next_step_get_status (step);
  subtitle = seeds_next_step_describe (step, today);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), seeds_next_step_get_text (step));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  gtk_drop_down_set_selected (self->status_drop_down, status);
  g_signal_connect (self->status_drop_down, "notify::selected", G_CALLBACK (on_status_selected), self);

  if (status != SEEDS_NEXT_STEP_OPEN)
    gtk_widget_add_css_class (GTK_WIDGET (self), status == SEEDS_NEXT_STEP_DONE ? "done" : "dropped");
  if (is_overdue (step, today))
    gtk_widget_add_css_class (GTK_WIDGET (self), "overdue");

  return GTK_WIDGET (self);
}

SeedsNextStep *
seeds_next_step_row_get_step (SeedsNextStepRow *self)
{
  g_return_val_if_fail (SEEDS_IS_NEXT_STEP_ROW (self), NULL);

  return self->step;
}

GtkDropDown *
seeds_next_step_row_get_status_drop_down (SeedsNextStepRow *self)
{
  g_return_val_if_fail (SEEDS_IS_NEXT_STEP_ROW (self), NULL);

  return self->status_drop_down;
}

/* For the projector, which never shows a name: the line under the step
 * without its owner. */
void
seeds_next_step_row_hide_owner (SeedsNextStepRow *self,
                                const char       *today)
{
  g_autofree char *subtitle = NULL;

  g_return_if_fail (SEEDS_IS_NEXT_STEP_ROW (self));

  subtitle = describe (self->step, today, FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
}
