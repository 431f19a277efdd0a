/* seeds-community-slide.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "community/seeds-growth-view.h"
#include "presentation/seeds-community-slide.h"
#include "seeds-widget-util.h"
#include "stats/seeds-community-gaps.h"

/* The community's own page on the projector (C in the presentation): its
 * plant of points, its latest brilliant failures, and the kinds of
 * partner and the roles that nobody in the meeting has. Never a name. */
struct _SeedsCommunitySlide
{
  GtkWidget        parent_instance;

  GtkWidget       *box;
  SeedsGrowthView *growth_view;
  GtkLabel        *figure;
  GtkLabel        *failures;
  GtkLabel        *missing;
};

G_DEFINE_FINAL_TYPE (SeedsCommunitySlide, seeds_community_slide, GTK_TYPE_WIDGET)

/* How many brilliant failures the slide names */
#define N_FAILURES_SHOWN 3

static void
seeds_community_slide_dispose (GObject *object)
{
  SeedsCommunitySlide *self = (SeedsCommunitySlide *)object;

  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (seeds_community_slide_parent_class)->dispose (object);
}

static void
seeds_community_slide_class_init (SeedsCommunitySlideClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = seeds_community_slide_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "communityslide");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static GtkLabel *
add_label (GtkWidget  *box,
           const char *text,
           const char *css_class)
{
  GtkWidget *label = seeds_widget_wrapped_label_new (text, css_class);

  gtk_box_append (GTK_BOX (box), label);
  return GTK_LABEL (label);
}

static void
seeds_community_slide_init (SeedsCommunitySlide *self)
{
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);

  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 48);
  gtk_widget_set_margin_start (self->box, 64);
  gtk_widget_set_margin_end (self->box, 64);
  gtk_widget_set_margin_top (self->box, 32);
  gtk_widget_set_margin_bottom (self->box, 32);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->growth_view = SEEDS_GROWTH_VIEW (seeds_growth_view_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->growth_view), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self->growth_view), TRUE);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->growth_view));

  gtk_widget_set_valign (texts, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (self->box), texts);
  add_label (texts, _("Our Learning Community"), "slide-title");
  self->figure = add_label (texts, NULL, "slide-mean");
  gtk_widget_add_css_class (GTK_WIDGET (self->figure), "numeric");
  add_label (texts, _("earned for the work of learning together"), "slide-statement");
  self->failures = add_label (texts, NULL, "slide-note");
  self->missing = add_label (texts, NULL, "slide-note");
}

GtkWidget *
seeds_community_slide_new (void)
{
  return g_object_new (SEEDS_TYPE_COMMUNITY_SLIDE, NULL);
}

/* The plant and the points earned, as on the community page */
static void
show_points (SeedsCommunitySlide *self,
             SeedsStore          *store,
             const char          *community_id)
{
  g_autoptr(GPtrArray) entries = seeds_store_list_ledger (store, community_id, NULL, NULL);
  SeedsGrowthWork work = { 0 };
  g_autofree char *figure = NULL;

  if (entries != NULL)
    seeds_growth_work_from_ledger (entries, &work);
  seeds_growth_view_set_work (self->growth_view, &work);
  figure = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u point", "%u points", work.points), work.points);
  gtk_label_set_text (self->figure, figure);
}

static void
show_failures (SeedsCommunitySlide *self,
               SeedsStore          *store,
               const char          *community_id)
{
  g_autoptr(GPtrArray) failures = seeds_store_list_failures (store, community_id, NULL, NULL);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; failures != NULL && i < MIN (failures->len, N_FAILURES_SHOWN); i++)
    {
      SeedsFailure *failure = g_ptr_array_index (failures, i);

      /* Translators: a brilliant failure on the projector: what was tried — what was learned */
      g_string_append_printf (text, i == 0 ? _("Brilliant failures: %s — %s") : _("; %s — %s"),
                              seeds_failure_get_tried (failure), seeds_failure_get_learned (failure));
    }
  gtk_label_set_text (self->failures, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->failures), text->len > 0);
}

/* The kinds of partner and the roles nobody in the meeting has */
static void
show_missing (SeedsCommunitySlide *self,
              SeedsStore          *store,
              SeedsFramework      *framework,
              SeedsMeeting        *meeting)
{
  g_autoptr(GPtrArray) attendees = seeds_store_list_attendees (store, seeds_meeting_get_id (meeting), NULL);
  g_autoptr(GPtrArray) gaps = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *joined = NULL;
  g_autofree char *text = NULL;

  if (attendees == NULL)
    attendees = g_ptr_array_new ();
  gaps = seeds_community_gaps_find (framework, attendees);
  for (guint i = 0; i < gaps->len; i++)
    {
      SeedsGap *gap = g_ptr_array_index (gaps, i);

      g_ptr_array_add (names, (gpointer) (gap->kind == SEEDS_GAP_ROLE ? seeds_role_get_name (gap->role)
                                                                       : seeds_partner_type_get_label (gap->partner_type)));
    }
  g_ptr_array_add (names, NULL);
  joined = g_strjoinv (", ", (char **) names->pdata);
  /* Translators: the kinds of partner and the roles nobody in the meeting has, e.g. "Funder, Other" */
  text = gaps->len > 0 ? g_strdup_printf (_("Who is missing: %s"), joined) : NULL;
  gtk_label_set_text (self->missing, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->missing), text != NULL);
}

void
seeds_community_slide_show (SeedsCommunitySlide *self,
                            SeedsStore          *store,
                            SeedsFramework      *framework,
                            SeedsMeeting        *meeting)
{
  const char *community_id;

  g_return_if_fail (SEEDS_IS_COMMUNITY_SLIDE (self));
  g_return_if_fail (SEEDS_IS_STORE (store));

  community_id = seeds_meeting_get_community_id (meeting);
  show_points (self, store, community_id);
  show_failures (self, store, community_id);
  show_missing (self, store, framework, meeting);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Our Learning Community"), -1);
}

/* "85 points" */
const char *
seeds_community_slide_get_figure (SeedsCommunitySlide *self)
{
  g_return_val_if_fail (SEEDS_IS_COMMUNITY_SLIDE (self), NULL);

  return gtk_label_get_text (self->figure);
}

/* "Who is missing: Funder, Other", or "" */
const char *
seeds_community_slide_get_missing (SeedsCommunitySlide *self)
{
  g_return_val_if_fail (SEEDS_IS_COMMUNITY_SLIDE (self), NULL);

  return gtk_label_get_text (self->missing);
}
