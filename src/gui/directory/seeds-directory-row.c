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
 * by a colour), one of your own communities, one that shares its scores. */
struct _SeedsDirectoryRow
{
  GtkListBoxRow   parent_instance;

  SeedsCommunity *community;
};

G_DEFINE_FINAL_TYPE (SeedsDirectoryRow, seeds_directory_row, GTK_TYPE_LIST_BOX_ROW)

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

static void
seeds_directory_row_init (SeedsDirectoryRow *self)
{
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
tag_new (const char *text,
         const char *style)
{
  GtkWidget *tag = gtk_label_new (text);

  gtk_widget_add_css_class (tag, "seeds-directory-tag");
  gtk_widget_add_css_class (tag, style);
  gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);

  return tag;
}

static GtkWidget *
labels_new (SeedsCommunity *community)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (seeds_community_get_name (community));
  g_autofree char *kind_place = seeds_directory_describe_kind_place (community);
  GtkWidget *subtitle = gtk_label_new (kind_place);

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

  return box;
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

GtkWidget *
seeds_directory_row_new (SeedsCommunity *community)
{
  SeedsDirectoryRow *self;
  GtkWidget *box;
  g_autofree char *description = NULL;

  g_return_val_if_fail (SEEDS_IS_COMMUNITY (community), NULL);

  self = g_object_new (SEEDS_TYPE_DIRECTORY_ROW, NULL);
  self->community = g_object_ref (community);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), labels_new (community));

  if (seeds_community_get_shared_results (community) != NULL)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("seeds-progress-symbolic");

      gtk_widget_set_tooltip_text (icon, _("Shares its scores"));
      gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (box), icon);
    }

  if (seeds_community_get_origin (community) == SEEDS_COMMUNITY_SAMPLE)
    /* Translators: a tag on a fictional community of the sample directory */
    gtk_box_append (GTK_BOX (box), tag_new (C_("directory tag", "Sample"), "sample"));
  else if (seeds_community_is_own (community))
    gtk_box_append (GTK_BOX (box), tag_new (C_("directory tag", "Your community"), "own"));

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);

  description = describe (community);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);

  return GTK_WIDGET (self);
}

SeedsCommunity *
seeds_directory_row_get_community (SeedsDirectoryRow *self)
{
  g_return_val_if_fail (SEEDS_IS_DIRECTORY_ROW (self), NULL);

  return self->community;
}
