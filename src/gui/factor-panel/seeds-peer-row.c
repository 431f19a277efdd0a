/* seeds-peer-row.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "factor-panel/seeds-peer-row.h"
#include "seeds-accessible-names.h"
#include "seeds-widget-util.h"

/* A community that does well on a factor, in the findings & tips: its
 * name (with the badge of a fictional sample), its mean, its place and
 * how to reach it, as links that open the mail program, the phone or the
 * browser; and a button to take its example as a next step, which the
 * panel is told of ("take-lesson"). Kept small: the panel is also shown
 * on a projector. */
struct _SeedsPeerRow
{
  GtkListBoxRow   parent_instance;

  SeedsCommunity *community;
  GtkBox         *links_box;
  GtkWidget      *take_button;
};

G_DEFINE_FINAL_TYPE (SeedsPeerRow, seeds_peer_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  TAKE_LESSON,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
seeds_peer_row_dispose (GObject *object)
{
  SeedsPeerRow *self = (SeedsPeerRow *)object;

  g_clear_object (&self->community);

  G_OBJECT_CLASS (seeds_peer_row_parent_class)->dispose (object);
}

static void
seeds_peer_row_class_init (SeedsPeerRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = seeds_peer_row_dispose;

  signals[TAKE_LESSON] =
    g_signal_new ("take-lesson", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
seeds_peer_row_init (SeedsPeerRow *self)
{
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "peer-row");
}

/* The name and the mean on one line, the badge of a sample below. */
static GtkWidget *
title_new (const SeedsPeerScore *peer)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *name = seeds_widget_wrapped_label_new (seeds_community_get_name (peer->community), "heading");
  g_autofree char *mean_text = seeds_shared_score_format_mean (peer->score);
  GtkWidget *mean = gtk_label_new (mean_text);

  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_set_valign (mean, GTK_ALIGN_START);
  gtk_widget_add_css_class (mean, "heading");
  gtk_widget_add_css_class (mean, "numeric");
  gtk_widget_add_css_class (mean, "peer-mean");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), mean);
  return box;
}

static void
add_link (SeedsPeerRow *self,
          const char   *uri,
          const char   *text,
          const char   *icon_name,
          const char   *description)
{
  GtkWidget *button = gtk_link_button_new (uri);
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_MIDDLE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (content), gtk_image_new_from_icon_name (icon_name));
  gtk_box_append (GTK_BOX (content), label);
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (button, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
  gtk_box_append (self->links_box, button);
}

/* The site's host name is enough to recognise it. */
static char *
website_text (const char *website)
{
  g_autoptr(GUri) uri = g_uri_parse (website, G_URI_FLAGS_NONE, NULL);

  if (uri == NULL || g_uri_get_host (uri) == NULL)
    return g_strdup (website);
  return g_strdup (g_uri_get_host (uri));
}

/* The links of the contact the community shared; whatever it left out is
 * not shown. */
static void
add_contact (SeedsPeerRow                *self,
             const SeedsCommunityProfile *profile)
{
  g_autofree char *mailto = seeds_community_profile_get_mailto_uri (profile);
  g_autofree char *tel = seeds_community_profile_get_tel_uri (profile);

  if (mailto != NULL)
    {
      /* Translators: what a link does, for screen readers: e-mail an address */
      g_autofree char *description = g_strdup_printf (_("E-mail %s"), profile->email);

      add_link (self, mailto, profile->email, "mail-unread-symbolic", description);
    }
  if (tel != NULL)
    {
      /* Translators: what a link does, for screen readers: call a phone number */
      g_autofree char *description = g_strdup_printf (_("Call %s"), profile->phone);

      add_link (self, tel, profile->phone, "call-start-symbolic", description);
    }
  if (*profile->website != '\0')
    {
      g_autofree char *text = website_text (profile->website);
      /* Translators: what a link does, for screen readers: open a website */
      g_autofree char *description = g_strdup_printf (_("Visit %s"), text);

      add_link (self, profile->website, text, "web-browser-symbolic", description);
    }
}

static void
on_take_clicked (GtkButton    *button,
                 SeedsPeerRow *self)
{
  g_signal_emit (self, signals[TAKE_LESSON], 0);
}

/* The button says what it does; a screen reader hears whose idea it takes,
 * since every row has one. */
static GtkWidget *
take_button_new (SeedsPeerRow *self)
{
  GtkWidget *button = gtk_button_new_with_label (_("Take as Next Step…"));
  /* Translators: what a button does, for screen readers: a learning community's name */
  g_autofree char *description = g_strdup_printf (_("Take an idea of %s as a next step"),
                                                  seeds_community_get_name (self->community));

  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_set_margin_top (button, 6);
  seeds_accessible_set_name (button, description);
  g_signal_connect (button, "clicked", G_CALLBACK (on_take_clicked), self);
  return button;
}

static gboolean
has_contact (const SeedsCommunityProfile *profile)
{
  return *profile->contact_name != '\0' || *profile->email != '\0' || *profile->phone != '\0' ||
         *profile->website != '\0';
}

GtkWidget *
seeds_peer_row_new (const SeedsPeerScore *peer)
{
  SeedsPeerRow *self;
  const SeedsCommunityProfile *profile;
  GtkWidget *box;
  gboolean sample;
  g_autofree char *mean = NULL;
  g_autofree char *accessible = NULL;

  g_return_val_if_fail (peer != NULL, NULL);

  self = g_object_new (SEEDS_TYPE_PEER_ROW, NULL);
  self->community = g_object_ref (peer->community);
  profile = seeds_community_get_profile (peer->community);
  sample = seeds_community_get_origin (peer->community) == SEEDS_COMMUNITY_SAMPLE;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);

  gtk_box_append (GTK_BOX (box), title_new (peer));
  if (sample)
    {
      GtkWidget *badge = gtk_label_new (seeds_community_origin_get_label (SEEDS_COMMUNITY_SAMPLE));

      gtk_widget_set_halign (badge, GTK_ALIGN_START);
      gtk_widget_add_css_class (badge, "sample-badge");
      gtk_box_append (GTK_BOX (box), badge);
    }
  if (*profile->place != '\0')
    gtk_box_append (GTK_BOX (box), seeds_widget_wrapped_label_new (profile->place, "dim-label"));
  if (*profile->contact_name != '\0')
    gtk_box_append (GTK_BOX (box), seeds_widget_wrapped_label_new (profile->contact_name, NULL));
  if (!has_contact (profile))
    gtk_box_append (GTK_BOX (box), seeds_widget_wrapped_label_new (_("Shared no contact details."), "dim-label"));

  self->links_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 0));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->links_box));
  add_contact (self, profile);
  self->take_button = take_button_new (self);
  gtk_box_append (GTK_BOX (box), self->take_button);

  mean = seeds_shared_score_format_mean (peer->score);
  /* Translators: a community's name, then its mean score of a factor, e.g. "Rainwater Roundtable, mean 4.4" */
  accessible = g_strdup_printf (_("%s, mean %s"), seeds_community_get_name (peer->community), mean);
  if (sample)
    {
      char *with = g_strdup_printf ("%s, %s", accessible, seeds_community_origin_get_label (SEEDS_COMMUNITY_SAMPLE));

      g_free (accessible);
      accessible = with;
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);

  return GTK_WIDGET (self);
}

SeedsCommunity *
seeds_peer_row_get_community (SeedsPeerRow *self)
{
  g_return_val_if_fail (SEEDS_IS_PEER_ROW (self), NULL);

  return self->community;
}

/* (nullable): the link whose URI starts with @scheme ("mailto:", "tel:",
 * "https:") */
GtkLinkButton *
seeds_peer_row_get_link (SeedsPeerRow *self,
                         const char   *scheme)
{
  g_return_val_if_fail (SEEDS_IS_PEER_ROW (self), NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->links_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_str_has_prefix (gtk_link_button_get_uri (GTK_LINK_BUTTON (child)), scheme))
      return GTK_LINK_BUTTON (child);

  return NULL;
}

/* The button that takes the community's example as a next step */
GtkButton *
seeds_peer_row_get_take_button (SeedsPeerRow *self)
{
  g_return_val_if_fail (SEEDS_IS_PEER_ROW (self), NULL);

  return GTK_BUTTON (self->take_button);
}
