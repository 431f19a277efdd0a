/* seeds-join-panel.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "live/seeds-join-panel.h"
#include "live/seeds-qr-view.h"

/* How members join a live round, on the projector: the QR code of the
 * round's address, and the short address with its code to type on a
 * laptop. Both lead to the round's page and nothing else; neither tells
 * anything of who has answered. */
struct _SeedsJoinPanel
{
  GtkWidget   parent_instance;

  GtkWidget  *box;
  SeedsQrView *qr_view;
  GtkLabel   *address_label;
  GtkLabel   *code_label;
};

G_DEFINE_FINAL_TYPE (SeedsJoinPanel, seeds_join_panel, GTK_TYPE_WIDGET)

static void
seeds_join_panel_dispose (GObject *object)
{
  SeedsJoinPanel *self = (SeedsJoinPanel *)object;

  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (seeds_join_panel_parent_class)->dispose (object);
}

static void
seeds_join_panel_class_init (SeedsJoinPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = seeds_join_panel_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "joinpanel");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static GtkLabel *
add_label (SeedsJoinPanel *self,
           const char     *text,
           const char     *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (self->box), label);
  return GTK_LABEL (label);
}

static void
seeds_join_panel_init (SeedsJoinPanel *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  add_label (self, _("Scan to score on your phone"), "join-heading");
  self->qr_view = SEEDS_QR_VIEW (seeds_qr_view_new ());
  /* As large as the slide allows: phones read it from the back of the room */
  gtk_widget_set_vexpand (GTK_WIDGET (self->qr_view), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self->qr_view), TRUE);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->qr_view));
  add_label (self, _("or type this address in a browser"), "join-heading");
  self->address_label = add_label (self, NULL, "join-address");
  self->code_label = add_label (self, NULL, "join-code");
  gtk_widget_add_css_class (GTK_WIDGET (self->address_label), "monospace");
  gtk_label_set_selectable (self->address_label, TRUE);
}

GtkWidget *
seeds_join_panel_new (void)
{
  return g_object_new (SEEDS_TYPE_JOIN_PANEL, NULL);
}

/* The round to join (nullable: none), as it is now: a round that stops
 * and starts again has a new address, and its owner says so again. */
void
seeds_join_panel_set_round (SeedsJoinPanel *self,
                            SeedsLiveRound *round)
{
  gboolean running;
  g_autofree char *code = NULL;

  g_return_if_fail (SEEDS_IS_JOIN_PANEL (self));
  g_return_if_fail (round == NULL || SEEDS_IS_LIVE_ROUND (round));

  running = round != NULL && seeds_live_round_get_running (round);
  seeds_qr_view_set_text (self->qr_view, running ? seeds_live_round_get_url (round) : NULL);
  gtk_label_set_text (self->address_label, running ? seeds_live_round_get_short_url (round) : "");
  /* Translators: the short code of a live round, e.g. "Code K7MQ-2XRP" */
  code = running ? g_strdup_printf (_("Code %s"), seeds_live_round_get_code (round)) : g_strdup ("");
  gtk_label_set_text (self->code_label, code);
  gtk_widget_set_visible (GTK_WIDGET (self), running);
}

/* What a member types: the short address */
const char *
seeds_join_panel_get_address (SeedsJoinPanel *self)
{
  g_return_val_if_fail (SEEDS_IS_JOIN_PANEL (self), NULL);

  return gtk_label_get_text (self->address_label);
}
