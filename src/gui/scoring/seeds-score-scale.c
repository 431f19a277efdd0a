/* seeds-score-scale.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "model/seeds-score.h"
#include "scoring/seeds-score-scale.h"

/* The control a participant scores a factor with: five buttons from "not
 * at all" to "completely", and "don't know". At most one is pressed; pressing
 * the pressed one again takes the score back. */
struct _SeedsScoreScale
{
  GtkWidget        parent_instance;

  GtkWidget       *grid;
  GtkToggleButton *buttons[SEEDS_SCORE_MAX + 1];  /* [0] is "don't know" */
  int              value;
  gboolean         updating;
};

G_DEFINE_FINAL_TYPE (SeedsScoreScale, seeds_score_scale, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static int
index_of_value (int value)
{
  return value == SEEDS_SCORE_DONT_KNOW ? 0 : value;
}

static void
sync_buttons (SeedsScoreScale *self)
{
  self->updating = TRUE;
  for (int i = 0; i <= SEEDS_SCORE_MAX; i++)
    gtk_toggle_button_set_active (self->buttons[i],
                                  self->value != SEEDS_SCORE_NONE && i == index_of_value (self->value));
  self->updating = FALSE;
}

static void
on_toggled (GtkToggleButton *button,
            SeedsScoreScale *self)
{
  int value = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "value"));

  if (self->updating)
    return;

  if (gtk_toggle_button_get_active (button))
    seeds_score_scale_set_value (self, value);
  else if (self->value == value)
    seeds_score_scale_set_value (self, SEEDS_SCORE_NONE);
  else
    return;

  g_signal_emit (self, signals[CHOSEN], 0, self->value);
}

static void
seeds_score_scale_dispose (GObject *object)
{
  SeedsScoreScale *self = (SeedsScoreScale *)object;

  g_clear_pointer (&self->grid, gtk_widget_unparent);

  G_OBJECT_CLASS (seeds_score_scale_parent_class)->dispose (object);
}

static void
seeds_score_scale_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SeedsScoreScale *self = SEEDS_SCORE_SCALE (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_int (value, self->value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
seeds_score_scale_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SeedsScoreScale *self = SEEDS_SCORE_SCALE (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      seeds_score_scale_set_value (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
seeds_score_scale_class_init (SeedsScoreScaleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = seeds_score_scale_dispose;
  object_class->get_property = seeds_score_scale_get_property;
  object_class->set_property = seeds_score_scale_set_property;

  properties[PROP_VALUE] =
    g_param_spec_int ("value", NULL, NULL,
                      SEEDS_SCORE_DONT_KNOW, SEEDS_SCORE_MAX, SEEDS_SCORE_NONE,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The person scoring chose a value (or took it back): unlike
   * notify::value, not emitted when a stored score is shown. */
  signals[CHOSEN] =
    g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "scorescale");
}

static GtkToggleButton *
make_button (SeedsScoreScale *self,
             int              value,
             const char      *label,
             const char      *description)
{
  GtkWidget *button = gtk_toggle_button_new_with_label (label);

  g_object_set_data (G_OBJECT (button), "value", GINT_TO_POINTER (value));
  gtk_widget_set_tooltip_text (button, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
  g_signal_connect (button, "toggled", G_CALLBACK (on_toggled), self);

  return GTK_TOGGLE_BUTTON (button);
}

static GtkWidget *
make_caption (const char *text,
              float       xalign)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

static void
seeds_score_scale_init (SeedsScoreScale *self)
{
  const char *descriptions[] = {
    N_("Don’t know"),
    N_("1 – not at all"),
    N_("2"),
    N_("3"),
    N_("4"),
    N_("5 – completely"),
  };
  GtkWidget *linked = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *grid = gtk_grid_new ();

  gtk_widget_add_css_class (linked, "linked");
  for (int i = SEEDS_SCORE_MIN; i <= SEEDS_SCORE_MAX; i++)
    {
      g_autofree char *label = g_strdup_printf ("%d", i);

      self->buttons[i] = make_button (self, i, label, _(descriptions[i]));
      gtk_widget_add_css_class (GTK_WIDGET (self->buttons[i]), "score-button");
      gtk_box_append (GTK_BOX (linked), GTK_WIDGET (self->buttons[i]));
    }
  self->buttons[0] = make_button (self, SEEDS_SCORE_DONT_KNOW, _("Don’t know"), _(descriptions[0]));
  gtk_widget_add_css_class (GTK_WIDGET (self->buttons[0]), "dont-know-button");

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  gtk_grid_attach (GTK_GRID (grid), linked, 0, 0, 2, 1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (self->buttons[0]), 2, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), make_caption (_("Not at all"), 0), 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), make_caption (_("Completely"), 1), 1, 1, 1, 1);

  self->grid = grid;
  gtk_widget_set_parent (grid, GTK_WIDGET (self));
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_START);
}

GtkWidget *
seeds_score_scale_new (void)
{
  return g_object_new (SEEDS_TYPE_SCORE_SCALE, NULL);
}

int
seeds_score_scale_get_value (SeedsScoreScale *self)
{
  g_return_val_if_fail (SEEDS_IS_SCORE_SCALE (self), SEEDS_SCORE_NONE);

  return self->value;
}

void
seeds_score_scale_set_value (SeedsScoreScale *self,
                             int              value)
{
  g_return_if_fail (SEEDS_IS_SCORE_SCALE (self));
  g_return_if_fail (value == SEEDS_SCORE_NONE || seeds_score_value_is_valid (value));

  if (self->value == value)
    return;

  self->value = value;
  sync_buttons (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

/* The button that stands for a value, for tests and keyboard focus. */
GtkWidget *
seeds_score_scale_get_button (SeedsScoreScale *self,
                              int              value)
{
  g_return_val_if_fail (SEEDS_IS_SCORE_SCALE (self), NULL);
  g_return_val_if_fail (seeds_score_value_is_valid (value), NULL);

  return GTK_WIDGET (self->buttons[index_of_value (value)]);
}
