/* seeds-score-row.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "model/seeds-score.h"
#include "model/seeds-string.h"
#include "scoring/seeds-score-row.h"
#include "model/seeds-text.h"

/* One factor to score: its title, its statement, the scale and an optional
 * comment. The row only shows and reports; the scoring page saves. With the
 * keyboard, 1–5 score, 0 or ? says "don't know", Delete takes a score back,
 * and focus moves on to the next factor, so a facilitator can type in a
 * round of hands without the mouse. The comment's entry is made when it is
 * first shown: most scores have none, and a scoring page holds a row for
 * every factor before the window's first frame. */
struct _SeedsScoreRow
{
  GtkListBoxRow    parent_instance;

  SeedsFactor     *factor;

  GtkLabel        *number_label;
  GtkLabel        *title_label;
  GtkLabel        *statement_label;
  SeedsScoreScale *scale;
  GtkToggleButton *comment_button;
  GtkWidget       *info_button;
  GtkRevealer     *comment_revealer;
  GtkEntry        *comment_entry;    /* (nullable): until first shown */
  char            *comment;          /* shown while there is no entry */
};

G_DEFINE_FINAL_TYPE (SeedsScoreRow, seeds_score_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  SCORE_CHANGED,
  COMMENT_CHANGED,
  ADVANCE,
  SHOW_FACTOR,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void ensure_comment_entry (SeedsScoreRow *self);

static gboolean
has_comment (SeedsScoreRow *self)
{
  if (self->comment_entry != NULL)
    return gtk_entry_get_text_length (self->comment_entry) > 0;

  return self->comment != NULL && *self->comment != '\0';
}

static void
update_comment_button (SeedsScoreRow *self)
{
  gboolean scored = seeds_score_scale_get_value (self->scale) != SEEDS_SCORE_NONE;
  gboolean commented = has_comment (self);
  gboolean reveal = scored && (commented || gtk_toggle_button_get_active (self->comment_button));

  gtk_widget_set_sensitive (GTK_WIDGET (self->comment_button), scored);
  if (commented)
    gtk_widget_add_css_class (GTK_WIDGET (self->comment_button), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->comment_button), "accent");

  if (reveal)
    ensure_comment_entry (self);
  gtk_revealer_set_reveal_child (self->comment_revealer, reveal);
}

static void
on_scale_value (SeedsScoreScale *scale,
                GParamSpec      *pspec,
                SeedsScoreRow   *self)
{
  update_comment_button (self);
}

static void
on_scale_chosen (SeedsScoreScale *scale,
                 int              value,
                 SeedsScoreRow   *self)
{
  g_signal_emit (self, signals[SCORE_CHANGED], 0, value);
}

static void
on_comment_toggled (GtkToggleButton *button,
                    SeedsScoreRow   *self)
{
  update_comment_button (self);
  if (gtk_toggle_button_get_active (button) && self->comment_entry != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->comment_entry));
}

static void
commit_comment (SeedsScoreRow *self)
{
  g_signal_emit (self, signals[COMMENT_CHANGED], 0, gtk_editable_get_text (GTK_EDITABLE (self->comment_entry)));
}

static void
on_comment_activate (GtkEntry      *entry,
                     SeedsScoreRow *self)
{
  commit_comment (self);
}

static void
on_comment_leave (GtkEventControllerFocus *controller,
                  SeedsScoreRow           *self)
{
  commit_comment (self);
}

static void
ensure_comment_entry (SeedsScoreRow *self)
{
  GtkEventController *focus;
  GtkWidget *entry;

  if (self->comment_entry != NULL)
    return;

  entry = gtk_entry_new ();
  gtk_widget_set_margin_start (entry, 40);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Why this score? (optional)"));
  gtk_entry_set_max_length (GTK_ENTRY (entry), seeds_text_max_length (SEEDS_FIELD_COMMENT));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Comment"), -1);
  gtk_editable_set_text (GTK_EDITABLE (entry), self->comment != NULL ? self->comment : "");
  g_clear_pointer (&self->comment, g_free);
  g_signal_connect (entry, "activate", G_CALLBACK (on_comment_activate), self);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "leave", G_CALLBACK (on_comment_leave), self);
  gtk_widget_add_controller (entry, focus);

  self->comment_entry = GTK_ENTRY (entry);
  gtk_revealer_set_child (self->comment_revealer, entry);
}

static int
value_for_key (guint keyval)
{
  switch (keyval)
    {
    case GDK_KEY_1: case GDK_KEY_KP_1: return 1;
    case GDK_KEY_2: case GDK_KEY_KP_2: return 2;
    case GDK_KEY_3: case GDK_KEY_KP_3: return 3;
    case GDK_KEY_4: case GDK_KEY_KP_4: return 4;
    case GDK_KEY_5: case GDK_KEY_KP_5: return 5;
    case GDK_KEY_0: case GDK_KEY_KP_0: case GDK_KEY_question: return SEEDS_SCORE_DONT_KNOW;
    case GDK_KEY_Delete: case GDK_KEY_BackSpace: return SEEDS_SCORE_NONE;
    default: return G_MININT;
    }
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                SeedsScoreRow         *self)
{
  int value = value_for_key (keyval);

  if (value == G_MININT || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  if (value != seeds_score_scale_get_value (self->scale))
    {
      seeds_score_scale_set_value (self->scale, value);
      g_signal_emit (self, signals[SCORE_CHANGED], 0, value);
    }
  if (value != SEEDS_SCORE_NONE)
    g_signal_emit (self, signals[ADVANCE], 0);

  return GDK_EVENT_STOP;
}

static void
on_info_clicked (GtkButton     *button,
                 SeedsScoreRow *self)
{
  g_signal_emit (self, signals[SHOW_FACTOR], 0);
}

static void
seeds_score_row_dispose (GObject *object)
{
  SeedsScoreRow *self = (SeedsScoreRow *)object;

  g_clear_object (&self->factor);
  g_clear_pointer (&self->comment, g_free);

  G_OBJECT_CLASS (seeds_score_row_parent_class)->dispose (object);
}

static void
seeds_score_row_class_init (SeedsScoreRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = seeds_score_row_dispose;

  signals[SCORE_CHANGED] =
    g_signal_new ("score-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  signals[COMMENT_CHANGED] =
    g_signal_new ("comment-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /* Scored with the keyboard: the next factor may take the focus. */
  signals[ADVANCE] =
    g_signal_new ("advance", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SHOW_FACTOR] =
    g_signal_new ("show-factor", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (SEEDS_TYPE_SCORE_SCALE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/scoring/seeds-score-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SeedsScoreRow, number_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsScoreRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsScoreRow, statement_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsScoreRow, scale);
  gtk_widget_class_bind_template_child (widget_class, SeedsScoreRow, comment_button);
  gtk_widget_class_bind_template_child (widget_class, SeedsScoreRow, info_button);
  gtk_widget_class_bind_template_child (widget_class, SeedsScoreRow, comment_revealer);
  gtk_widget_class_bind_template_callback (widget_class, on_scale_value);
  gtk_widget_class_bind_template_callback (widget_class, on_scale_chosen);
  gtk_widget_class_bind_template_callback (widget_class, on_comment_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_key_pressed);
  gtk_widget_class_bind_template_callback (widget_class, on_info_clicked);
}

static void
seeds_score_row_init (SeedsScoreRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_comment_button (self);
}

GtkWidget *
seeds_score_row_new (SeedsFactor *factor)
{
  SeedsScoreRow *self;
  g_autofree char *number = NULL;
  g_autofree char *accessible = NULL;

  g_return_val_if_fail (SEEDS_IS_FACTOR (factor), NULL);

  self = g_object_new (SEEDS_TYPE_SCORE_ROW, NULL);
  self->factor = g_object_ref (factor);

  number = g_strdup_printf ("%u", seeds_factor_get_position (factor) + 1);
  gtk_label_set_text (self->number_label, number);
  gtk_label_set_text (self->title_label, seeds_factor_get_title (factor));
  gtk_label_set_text (self->statement_label, seeds_factor_get_definition (factor));

  accessible = g_strdup_printf ("%s. %s", seeds_factor_get_title (factor), seeds_factor_get_definition (factor));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);

  return GTK_WIDGET (self);
}

SeedsFactor *
seeds_score_row_get_factor (SeedsScoreRow *self)
{
  g_return_val_if_fail (SEEDS_IS_SCORE_ROW (self), NULL);

  return self->factor;
}

SeedsScoreScale *
seeds_score_row_get_scale (SeedsScoreRow *self)
{
  g_return_val_if_fail (SEEDS_IS_SCORE_ROW (self), NULL);

  return self->scale;
}

GtkEditable *
seeds_score_row_get_comment_entry (SeedsScoreRow *self)
{
  g_return_val_if_fail (SEEDS_IS_SCORE_ROW (self), NULL);

  ensure_comment_entry (self);

  return GTK_EDITABLE (self->comment_entry);
}

/* Shows a stored score; only what the user does is reported back. */
void
seeds_score_row_show_score (SeedsScoreRow *self,
                            int            value,
                            const char    *comment)
{
  g_return_if_fail (SEEDS_IS_SCORE_ROW (self));

  seeds_score_scale_set_value (self->scale, value);
  if (self->comment_entry != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->comment_entry), comment ? comment : "");
  else
    seeds_set_string (&self->comment, comment);
  gtk_toggle_button_set_active (self->comment_button, FALSE);
  update_comment_button (self);
}

/* Where nobody listens to show-factor, the button that emits it goes. */
void
seeds_score_row_set_info_visible (SeedsScoreRow *self,
                                  gboolean       visible)
{
  g_return_if_fail (SEEDS_IS_SCORE_ROW (self));

  gtk_widget_set_visible (self->info_button, visible);
}
