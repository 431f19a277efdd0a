/* seeds-message-slide.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "presentation/seeds-message-slide.h"

/* A slide of the agenda that says one thing, large: the welcome, or how
 * many have scored so far. A heading, a figure, a line and a note; those
 * left NULL are not shown. */
struct _SeedsMessageSlide
{
  GtkWidget  parent_instance;

  GtkWidget *box;
  GtkLabel  *heading;
  GtkLabel  *figure;
  GtkLabel  *text;
  GtkLabel  *note;
};

G_DEFINE_FINAL_TYPE (SeedsMessageSlide, seeds_message_slide, GTK_TYPE_WIDGET)

static void
seeds_message_slide_dispose (GObject *object)
{
  SeedsMessageSlide *self = (SeedsMessageSlide *)object;

  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (seeds_message_slide_parent_class)->dispose (object);
}

static void
seeds_message_slide_class_init (SeedsMessageSlideClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = seeds_message_slide_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "messageslide");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static GtkLabel *
add_label (SeedsMessageSlide *self,
           const char        *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (self->box), label);
  return GTK_LABEL (label);
}

static void
seeds_message_slide_init (SeedsMessageSlide *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  gtk_widget_set_valign (self->box, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_start (self->box, 64);
  gtk_widget_set_margin_end (self->box, 64);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->heading = add_label (self, "slide-title");
  self->figure = add_label (self, "slide-mean");
  self->text = add_label (self, "slide-statement");
  self->note = add_label (self, "slide-note");
  gtk_widget_add_css_class (GTK_WIDGET (self->figure), "numeric");
}

GtkWidget *
seeds_message_slide_new (void)
{
  return g_object_new (SEEDS_TYPE_MESSAGE_SLIDE, NULL);
}

static void
set_text (GtkLabel   *label,
          const char *text)
{
  gtk_label_set_text (label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL);
}

/* The slide's name for a screen reader is its heading. */
void
seeds_message_slide_set_texts (SeedsMessageSlide *self,
                               const char        *heading,
                               const char        *figure,
                               const char        *text,
                               const char        *note)
{
  g_return_if_fail (SEEDS_IS_MESSAGE_SLIDE (self));

  set_text (self->heading, heading);
  set_text (self->figure, figure);
  set_text (self->text, text);
  set_text (self->note, note);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, heading ? heading : "", -1);
}

const char *
seeds_message_slide_get_figure (SeedsMessageSlide *self)
{
  g_return_val_if_fail (SEEDS_IS_MESSAGE_SLIDE (self), NULL);

  return gtk_label_get_text (self->figure);
}
