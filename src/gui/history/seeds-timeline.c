/* seeds-timeline.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "history/seeds-meeting-glyph.h"
#include "model/seeds-text.h"
#include "history/seeds-timeline.h"
#include "seeds-widget-util.h"

/* All meetings of a community side by side, oldest first like the trend
 * chart's axis: each a card with its glyph, title, date and number of
 * participants, that opens the meeting. A list view, so that only the
 * meetings in sight are made: a community may have met a hundred times. */
struct _SeedsTimeline
{
  GtkWidget          parent_instance;

  GListStore         *entries;      /* SeedsHistoryEntry, oldest first */
  GtkSingleSelection *selection;
  GtkListView        *list_view;
  guint               current;
  guint               scroll_source;
};

G_DEFINE_FINAL_TYPE (SeedsTimeline, seeds_timeline, GTK_TYPE_WIDGET)

static char *
describe_participants (SeedsHistoryEntry *entry)
{
  guint n = seeds_history_entry_get_n_participants (entry);

  if (seeds_meeting_get_kind (seeds_history_entry_get_meeting (entry)) == SEEDS_MEETING_POSTER)
    return g_strdup (_("Poster"));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u participant", "%u participants", n), n);
}

/* What a screen reader says of a meeting in the timeline. */
char *
seeds_timeline_describe_entry (SeedsHistoryEntry *entry)
{
  SeedsMeeting *meeting = seeds_history_entry_get_meeting (entry);
  g_autofree char *date = seeds_date_format (seeds_meeting_get_date (meeting));
  g_autofree char *participants = describe_participants (entry);
  g_autofree char *picture = NULL;
  const double *means;
  guint n_factors;

  means = seeds_history_entry_get_glyph (entry, &n_factors);
  picture = seeds_meeting_glyph_describe (means, n_factors);

  return g_strdup_printf ("%s, %s, %s: %s", seeds_meeting_get_title (meeting), date, participants, picture);
}

static GtkWidget *
caption_new (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

/* A meeting's card: its glyph, title, date and participants, top down. */
static void
setup_item (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *glyph = seeds_meeting_glyph_new ();
  GtkWidget *title = gtk_label_new (NULL);

  gtk_widget_set_halign (glyph, GTK_ALIGN_START);
  gtk_widget_set_margin_bottom (glyph, 4);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 16);
  gtk_label_set_width_chars (GTK_LABEL (title), 13);
  gtk_widget_add_css_class (title, "heading");

  gtk_box_append (GTK_BOX (box), glyph);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), caption_new ());
  gtk_box_append (GTK_BOX (box), caption_new ());
  gtk_widget_add_css_class (box, "timeline-meeting");
  gtk_list_item_set_child (item, box);
}

static void
bind_item (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  SeedsHistoryEntry *entry = gtk_list_item_get_item (item);
  SeedsMeeting *meeting = seeds_history_entry_get_meeting (entry);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *glyph = gtk_widget_get_first_child (box);
  GtkWidget *title = gtk_widget_get_next_sibling (glyph);
  GtkWidget *date_label = gtk_widget_get_next_sibling (title);
  GtkWidget *participants_label = gtk_widget_get_next_sibling (date_label);
  g_autofree char *date = seeds_date_format_short (seeds_meeting_get_date (meeting));
  g_autofree char *participants = describe_participants (entry);
  g_autofree char *description = seeds_timeline_describe_entry (entry);
  const double *means;
  guint n_factors;

  means = seeds_history_entry_get_glyph (entry, &n_factors);
  seeds_meeting_glyph_set_means (SEEDS_MEETING_GLYPH (glyph), means, n_factors);
  gtk_label_set_text (GTK_LABEL (title), seeds_meeting_get_title (meeting));
  gtk_label_set_text (GTK_LABEL (date_label), date);
  gtk_label_set_text (GTK_LABEL (participants_label), participants);
  gtk_widget_set_tooltip_text (box, seeds_meeting_get_title (meeting));
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
  /* The row around the card is what gets focus; GTK 4.8 gives list items
   * no label of their own, so the row is named here. */
  if (gtk_widget_get_parent (box) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (box)),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
}

static void
on_activate (GtkListView   *list_view,
             guint          position,
             SeedsTimeline *self)
{
  g_autoptr(SeedsHistoryEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->entries), position);

  if (entry == NULL)
    return;

  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-meeting", "s",
                              seeds_meeting_get_id (seeds_history_entry_get_meeting (entry)));
}

/* Brings the open meeting into view once the list has a size. */
static gboolean
scroll_to_current (gpointer user_data)
{
  SeedsTimeline *self = user_data;

  self->scroll_source = 0;
  if (self->current < g_list_model_get_n_items (G_LIST_MODEL (self->entries)))
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", self->current);

  return G_SOURCE_REMOVE;
}

static void
seeds_timeline_dispose (GObject *object)
{
  SeedsTimeline *self = (SeedsTimeline *)object;

  g_clear_handle_id (&self->scroll_source, g_source_remove);
  seeds_widget_remove_children (GTK_WIDGET (self));
  g_clear_object (&self->entries);

  G_OBJECT_CLASS (seeds_timeline_parent_class)->dispose (object);
}

static void
seeds_timeline_class_init (SeedsTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = seeds_timeline_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "timeline");
}

static void
seeds_timeline_init (SeedsTimeline *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->entries = g_list_store_new (SEEDS_TYPE_HISTORY_ENTRY);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->entries)));
  /* The selection marks the open meeting; clicking opens one. */
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_autoselect (self->selection, FALSE);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_item), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_item), NULL);
  self->list_view = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (self->selection), factory));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->list_view), GTK_ORIENTATION_HORIZONTAL);
  gtk_list_view_set_single_click_activate (self->list_view, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Meetings"), -1);
  g_signal_connect (self->list_view, "activate", G_CALLBACK (on_activate), self);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list_view));
  gtk_widget_set_parent (scrolled, GTK_WIDGET (self));
}

GtkWidget *
seeds_timeline_new (void)
{
  return g_object_new (SEEDS_TYPE_TIMELINE, NULL);
}

/**
 * seeds_timeline_set_history:
 * @current: the position of the open meeting, which is marked
 */
void
seeds_timeline_set_history (SeedsTimeline         *self,
                            SeedsCommunityHistory *history,
                            guint                  current)
{
  guint n;
  g_autoptr(GPtrArray) entries = NULL;

  g_return_if_fail (SEEDS_IS_TIMELINE (self));
  g_return_if_fail (SEEDS_IS_COMMUNITY_HISTORY (history));

  n = seeds_community_history_get_n_meetings (history);
  entries = g_ptr_array_sized_new (n);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (entries, seeds_community_history_get_entry (history, i));

  g_list_store_splice (self->entries, 0, g_list_model_get_n_items (G_LIST_MODEL (self->entries)),
                       entries->pdata, entries->len);
  gtk_single_selection_set_selected (self->selection, current);

  self->current = current;
  g_clear_handle_id (&self->scroll_source, g_source_remove);
  self->scroll_source = g_idle_add_full (G_PRIORITY_LOW, scroll_to_current, self, NULL);
}

GtkListView *
seeds_timeline_get_list_view (SeedsTimeline *self)
{
  g_return_val_if_fail (SEEDS_IS_TIMELINE (self), NULL);

  return self->list_view;
}

/* The position of the meeting marked as open. */
guint
seeds_timeline_get_current (SeedsTimeline *self)
{
  g_return_val_if_fail (SEEDS_IS_TIMELINE (self), GTK_INVALID_LIST_POSITION);

  return gtk_single_selection_get_selected (self->selection);
}
