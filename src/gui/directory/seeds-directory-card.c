/* seeds-directory-card.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "directory/seeds-directory-card.h"
#include "directory/seeds-directory-row.h"
#include "model/seeds-text.h"

/* The contact card of a learning community, over the map: what it does,
 * where, with whom, and how to reach it, with working mailto:, tel: and
 * website links. What is not known is left out rather than shown empty.
 * Every text is set as plain text, never as markup. A sample says that it
 * is fictional. Emits "close" when its close button is clicked. */
struct _SeedsDirectoryCard
{
  GtkBox          parent_instance;

  SeedsCommunity *community;

  GtkLabel       *name_label;
  GtkLabel       *kind_label;
  GtkWidget      *sample_badge;
  GtkWidget      *own_badge;
  GtkLabel       *description_label;
  GtkWidget      *theme_box;
  GtkLabel       *theme_label;
  GtkWidget      *place_box;
  GtkLabel       *place_label;
  GtkWidget      *partners_box;
  GtkLabel       *partners_label;
  GtkWidget      *contact_box;
  GtkLabel       *contact_label;
  GtkWidget      *email_box;
  GtkLinkButton  *email_link;
  GtkWidget      *phone_box;
  GtkLinkButton  *phone_link;
  GtkWidget      *website_box;
  GtkLinkButton  *website_link;
  GtkLabel       *shared_label;
  GtkLabel       *source_label;
};

G_DEFINE_FINAL_TYPE (SeedsDirectoryCard, seeds_directory_card, GTK_TYPE_BOX)

enum {
  CLOSE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_close_clicked (SeedsDirectoryCard *self)
{
  g_signal_emit (self, signals[CLOSE], 0);
}

/* Opens the link with the desktop's mail program, phone app or browser. */
static gboolean
on_activate_link (GtkLinkButton      *button,
                  SeedsDirectoryCard *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, gtk_link_button_get_uri (button),
                GDK_CURRENT_TIME);
  return TRUE;
}

static void
seeds_directory_card_dispose (GObject *object)
{
  SeedsDirectoryCard *self = SEEDS_DIRECTORY_CARD (object);

  g_clear_object (&self->community);
  gtk_widget_dispose_template (GTK_WIDGET (self), SEEDS_TYPE_DIRECTORY_CARD);

  G_OBJECT_CLASS (seeds_directory_card_parent_class)->dispose (object);
}

static void
seeds_directory_card_class_init (SeedsDirectoryCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = seeds_directory_card_dispose;

  signals[CLOSE] = g_signal_new ("close",
                                 G_TYPE_FROM_CLASS (klass),
                                 G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/directory/seeds-directory-card.ui");
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryCard, name_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryCard, kind_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryCard, sample_badge);
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryCard, own_badge);
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryCard, description_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryCard, theme_box);
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryCard, theme_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryCard, place_box);
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryCard, place_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryCard, partners_box);
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryCard, partners_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryCard, contact_box);
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryCard, contact_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryCard, email_box);
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryCard, email_link);
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryCard, phone_box);
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryCard, phone_link);
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryCard, website_box);
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryCard, website_link);
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryCard, shared_label);
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryCard, source_label);
  gtk_widget_class_bind_template_callback (widget_class, on_close_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_activate_link);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
seeds_directory_card_init (SeedsDirectoryCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
seeds_directory_card_new (void)
{
  return g_object_new (SEEDS_TYPE_DIRECTORY_CARD, NULL);
}

static gboolean
is_given (const char *text)
{
  return text != NULL && *text != '\0';
}

static void
show_text (GtkWidget  *box,
           GtkLabel   *label,
           const char *text)
{
  gtk_label_set_text (label, is_given (text) ? text : "");
  gtk_widget_set_visible (box, is_given (text));
}

/* A link's label is plain text: the address as it was typed. */
static void
show_link (GtkWidget     *box,
           GtkLinkButton *link,
           const char    *text,
           const char    *uri)
{
  gtk_button_set_label (GTK_BUTTON (link), is_given (text) ? text : "");
  gtk_link_button_set_uri (link, uri != NULL ? uri : "");
  gtk_widget_set_visible (box, is_given (text) && uri != NULL);

  /* A long address wraps rather than widening the card. */
  if (GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (link))))
    {
      gtk_label_set_wrap (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (link))), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (link))), PANGO_WRAP_WORD_CHAR);
    }
}

static char *
describe_shared (const SeedsSharedResults *results)
{
  g_autofree char *date = NULL;

  if (results == NULL)
    return NULL;

  date = seeds_date_format (results->date);
  /* Translators: %s is the date of the meeting, %u how many took part */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Shares the average scores of its meeting of %s, %u participant.",
                                       "Shares the average scores of its meeting of %s, %u participants.",
                                       results->n_participants),
                          date != NULL ? date : results->date, results->n_participants);
}

static void
show_community (SeedsDirectoryCard *self)
{
  SeedsCommunity *community = self->community;
  const SeedsCommunityProfile *profile = seeds_community_get_profile (community);
  g_auto(GStrv) partners = seeds_community_profile_get_partner_list (profile);
  g_autofree char *partner_lines = g_strjoinv ("\n", partners);
  g_autofree char *kind_place = seeds_directory_describe_kind_place (community);
  g_autofree char *mailto = seeds_community_profile_get_mailto_uri (profile);
  g_autofree char *tel = seeds_community_profile_get_tel_uri (profile);
  g_autofree char *shared = describe_shared (seeds_community_get_shared_results (community));
  gboolean sample = seeds_community_get_origin (community) == SEEDS_COMMUNITY_SAMPLE;

  gtk_label_set_text (self->name_label, seeds_community_get_name (community));
  gtk_label_set_text (self->kind_label, kind_place);
  gtk_widget_set_visible (self->sample_badge, sample);
  gtk_widget_set_visible (self->own_badge, seeds_community_is_own (community));

  gtk_label_set_text (self->description_label, profile->description);
  gtk_widget_set_visible (GTK_WIDGET (self->description_label), is_given (profile->description));
  show_text (self->theme_box, self->theme_label, profile->theme);
  show_text (self->place_box, self->place_label, profile->place);
  show_text (self->partners_box, self->partners_label, partner_lines);
  show_text (self->contact_box, self->contact_label, profile->contact_name);
  show_link (self->email_box, self->email_link, profile->email, mailto);
  show_link (self->phone_box, self->phone_link, profile->phone, tel);
  show_link (self->website_box, self->website_link, profile->website, profile->website);
  gtk_label_set_text (self->shared_label, shared != NULL ? shared : "");
  gtk_widget_set_visible (GTK_WIDGET (self->shared_label), shared != NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, seeds_community_get_name (community),
                                  -1);
}

SeedsCommunity *
seeds_directory_card_get_community (SeedsDirectoryCard *self)
{
  g_return_val_if_fail (SEEDS_IS_DIRECTORY_CARD (self), NULL);

  return self->community;
}

/**
 * seeds_directory_card_set_community:
 * @community: (nullable): the learning community to show
 */
void
seeds_directory_card_set_community (SeedsDirectoryCard *self,
                                    SeedsCommunity     *community)
{
  g_return_if_fail (SEEDS_IS_DIRECTORY_CARD (self));
  g_return_if_fail (community == NULL || SEEDS_IS_COMMUNITY (community));

  g_set_object (&self->community, community);
  if (community != NULL)
    show_community (self);
  seeds_directory_card_set_source (self, NULL, 0);
}

/**
 * seeds_directory_card_set_source:
 * @source_name: (nullable): the shared directory the entry was last seen
 *   in, or %NULL when it came from none
 * @seen_at: when, in seconds since the epoch
 *
 * Says where the entry came from, as "From Greenport share · seen 3 June
 * 2026", so that an old copy is told from a fresh one.
 */
void
seeds_directory_card_set_source (SeedsDirectoryCard *self,
                                 const char         *source_name,
                                 gint64              seen_at)
{
  g_autoptr(GDateTime) seen = NULL;
  g_autofree char *day = NULL;
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (SEEDS_IS_DIRECTORY_CARD (self));

  gtk_widget_set_visible (GTK_WIDGET (self->source_label), source_name != NULL);
  if (source_name == NULL)
    return;

  seen = g_date_time_new_from_unix_local (seen_at);
  day = seen != NULL ? g_date_time_format (seen, "%Y-%m-%d") : g_strdup ("");
  date = seeds_date_format (day);
  /* Translators: %1$s is the name of a shared directory (a folder), %2$s
   * the date the profile was last found there, as "3 June 2026" */
  text = g_strdup_printf (_("From %1$s · seen %2$s"), source_name, date);
  gtk_label_set_text (self->source_label, text);
}

/**
 * seeds_directory_card_get_link:
 * @scheme: "mailto", "tel" or "https"
 *
 * Returns: (transfer none) (nullable): the card's link of that kind, if
 *   it shows one
 */
GtkLinkButton *
seeds_directory_card_get_link (SeedsDirectoryCard *self,
                               const char         *scheme)
{
  GtkLinkButton *links[] = { self->email_link, self->phone_link, self->website_link };

  g_return_val_if_fail (SEEDS_IS_DIRECTORY_CARD (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (links); i++)
    {
      const char *uri = gtk_link_button_get_uri (links[i]);
      g_autofree char *prefix = g_strconcat (scheme, ":", NULL);

      if (gtk_widget_is_visible (GTK_WIDGET (links[i])) && g_str_has_prefix (uri, prefix))
        return links[i];
    }

  return NULL;
}
