/* seeds-directory-row.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "directory/seeds-directory-row.h"

/* An entry of the directory's list: its name, "kind · place", and tags for
 * what sets it apart: a fictional sample (always said in words, never only
 * by a colour), one of your own communities, one that shares its scores.
 * The list recycles its rows as it scrolls, so a row is made once and
 * shows one community after another. */
struct _SeedsDirectoryRow
{
  GtkBox          parent_instance;

  SeedsCommunity *community;
  GtkLabel       *name;
  GtkLabel       *subtitle;
  GtkWidget      *shares_icon;
  GtkLabel       *tag;
};

G_DEFINE_FINAL_TYPE (SeedsDirectoryRow, seeds_directory_row, GTK_TYPE_BOX)

static void
seeds_directory_row_dispose (GObject *object)
{
  SeedsDirectoryRow *self = SEEDS_DIRECTORY_ROW (object);

  g_clear_object (&self->community);

  G_OBJECT_CLASS (seeds_directory_row_parent_class)->dispose (object);
}

static void
seeds_directory_row_class_init (SeedsDirectoryRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = seeds_directory_row_dispose;
}

/**
 * seeds_directory_describe_kind_place:
 *
 * Returns: (transfer full): "Field lab · Delft", or the kind alone when
 *   the place is not known
 */
char *
seeds_directory_describe_kind_place (SeedsCommunity *community)
{
  const char *kind = seeds_community_kind_get_label (seeds_community_get_kind (community));
  const char *place = seeds_community_get_profile (community)->place;

  if (place == NULL || *place == '\0')
    return g_strdup (kind);

  /* Translators: the kind of a learning community and its place, "Field lab · Delft" */
  return g_strdup_printf (C_("kind and place", "%s · %s"), kind, place);
}

static GtkWidget *
labels_new (SeedsDirectoryRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (name), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (name), 2);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (name, "heading");
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_set_hexpand (box, TRUE);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), subtitle);
  self->name = GTK_LABEL (name);
  self->subtitle = GTK_LABEL (subtitle);

  return box;
}

static void
seeds_directory_row_init (SeedsDirectoryRow *self)
{
  GtkBox *box = GTK_BOX (self);

  gtk_box_set_spacing (box, 6);
  gtk_widget_set_margin_top (GTK_WIDGET (self), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self), 6);
  gtk_box_append (box, labels_new (self));

  self->shares_icon = gtk_image_new_from_icon_name ("seeds-progress-symbolic");
  gtk_widget_set_tooltip_text (self->shares_icon, _("Shares its scores"));
  gtk_widget_set_valign (self->shares_icon, GTK_ALIGN_CENTER);
  gtk_box_append (box, self->shares_icon);

  self->tag = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->tag), "seeds-directory-tag");
  gtk_widget_set_valign (GTK_WIDGET (self->tag), GTK_ALIGN_CENTER);
  gtk_box_append (box, GTK_WIDGET (self->tag));
}

/* The row's name for screen readers: what the eye sees, tags included. */
static char *
describe (SeedsCommunity *community)
{
  g_autoptr(GString) text = g_string_new (seeds_community_get_name (community));
  g_autofree char *kind_place = seeds_directory_describe_kind_place (community);

  g_string_append_printf (text, ", %s", kind_place);
  if (seeds_community_get_origin (community) == SEEDS_COMMUNITY_SAMPLE)
    g_string_append_printf (text, ", %s", _("fictional sample"));
  if (seeds_community_is_own (community))
    g_string_append_printf (text, ", %s", _("your community"));
  if (seeds_community_get_shared_results (community) != NULL)
    g_string_append_printf (text, ", %s", _("shares its scores"));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* A sample is said to be one before it is said to be your own. */
static void
update_tag (SeedsDirectoryRow *self)
{
  GtkWidget *tag = GTK_WIDGET (self->tag);
  gboolean sample = seeds_community_get_origin (self->community) == SEEDS_COMMUNITY_SAMPLE;
  gboolean own = !sample && seeds_community_is_own (self->community);

  if (sample)
    /* Translators: a tag on a fictional community of the sample directory */
    gtk_label_set_text (self->tag, C_("directory tag", "Sample"));
  else if (own)
    gtk_label_set_text (self->tag, C_("directory tag", "Your community"));

  gtk_widget_set_visible (tag, sample || own);
  if (sample)
    gtk_widget_add_css_class (tag, "sample");
  else
    gtk_widget_remove_css_class (tag, "sample");
  if (own)
    gtk_widget_add_css_class (tag, "own");
  else
    gtk_widget_remove_css_class (tag, "own");
}

GtkWidget *
seeds_directory_row_new (void)
{
  return g_object_new (SEEDS_TYPE_DIRECTORY_ROW, NULL);
}

/**
 * seeds_directory_row_set_community:
 * @community: (nullable): what the row shows, or %NULL while the list
 *   keeps it for later
 */
void
seeds_directory_row_set_community (SeedsDirectoryRow *self,
                                   SeedsCommunity    *community)
{
  g_autofree char *kind_place = NULL;
  g_autofree char *description = NULL;

  g_return_if_fail (SEEDS_IS_DIRECTORY_ROW (self));
  g_return_if_fail (community == NULL || SEEDS_IS_COMMUNITY (community));

  if (!g_set_object (&self->community, community) || community == NULL)
    return;

  kind_place = seeds_directory_describe_kind_place (community);
  gtk_label_set_text (self->name, seeds_community_get_name (community));
  gtk_label_set_text (self->subtitle, kind_place);
  gtk_widget_set_visible (self->shares_icon,
                          seeds_community_get_shared_results (community) != NULL);
  update_tag (self);

  description = describe (community);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
  /* The list view's own item, which a screen reader lands on, takes no
   * name from its child, and GTK 4.8 has no
   * gtk_list_item_set_accessible_label() */
  if (gtk_widget_get_parent (GTK_WIDGET (self)) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (GTK_WIDGET (self))),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                    -1);
}

/* (nullable): the community shown */
SeedsCommunity *
seeds_directory_row_get_community (SeedsDirectoryRow *self)
{
  g_return_val_if_fail (SEEDS_IS_DIRECTORY_ROW (self), NULL);

  return self->community;
}
