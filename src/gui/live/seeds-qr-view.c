/* seeds-qr-view.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "live/seeds-qr-view.h"
#include "print/seeds-qr-code.h"

/* A QR code on screen, as large as the widget is square. Always dark on
 * white with its quiet zone, in a dark style too: phones' cameras read
 * that best from a projection. */
struct _SeedsQrView
{
  GtkWidget    parent_instance;

  char        *text;
  SeedsQrCode *code;
};

G_DEFINE_FINAL_TYPE (SeedsQrView, seeds_qr_view, GTK_TYPE_WIDGET)

/* An address with a token needs a version of about 5; 10 leaves room. */
#define MAX_VERSION 10

static void
seeds_qr_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  SeedsQrView *self = SEEDS_QR_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double size = MIN (width, height);
  double x = (width - size) / 2;
  double y = (height - size) / 2;
  cairo_t *cr;

  if (self->code == NULL || size <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (x, y, size, size));
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, x, y, size, size);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  seeds_qr_code_draw (self->code, cr, x, y, size);
  cairo_destroy (cr);
}

/* A module needs at least three pixels to be read from across a room. */
static void
seeds_qr_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  SeedsQrView *self = SEEDS_QR_VIEW (widget);
  int modules = self->code ? (int) seeds_qr_code_get_n_modules (self->code) : 0;

  *minimum = 3 * modules;
  *natural = 8 * modules;
}

static void
seeds_qr_view_finalize (GObject *object)
{
  SeedsQrView *self = (SeedsQrView *)object;

  g_clear_pointer (&self->code, seeds_qr_code_free);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (seeds_qr_view_parent_class)->finalize (object);
}

static void
seeds_qr_view_class_init (SeedsQrViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = seeds_qr_view_finalize;
  widget_class->snapshot = seeds_qr_view_snapshot;
  widget_class->measure = seeds_qr_view_measure;

  gtk_widget_class_set_css_name (widget_class, "qrview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
seeds_qr_view_init (SeedsQrView *self)
{
}

GtkWidget *
seeds_qr_view_new (void)
{
  return g_object_new (SEEDS_TYPE_QR_VIEW, NULL);
}

/* The code of @text (nullable: none); a screen reader hears the text. */
void
seeds_qr_view_set_text (SeedsQrView *self,
                        const char  *text)
{
  g_autofree char *label = NULL;

  g_return_if_fail (SEEDS_IS_QR_VIEW (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;

  g_clear_pointer (&self->code, seeds_qr_code_free);
  g_free (self->text);
  self->text = g_strdup (text);
  if (text != NULL)
    self->code = seeds_qr_code_new (text, MAX_VERSION);

  /* Translators: what a screen reader says of the QR code on screen; %s is its address */
  label = text ? g_strdup_printf (_("QR code of %s"), text) : g_strdup ("");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

const char *
seeds_qr_view_get_text (SeedsQrView *self)
{
  g_return_val_if_fail (SEEDS_IS_QR_VIEW (self), NULL);

  return self->text;
}
