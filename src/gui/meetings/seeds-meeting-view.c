/* seeds-meeting-view.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "meetings/seeds-meeting-view.h"
#include "meetings/seeds-tabs-title.h"
#include "model/seeds-text.h"
#include "seeds-widget-util.h"

/* The content side of the window: one meeting, scored on one page (or, for
 * a meeting held with the poster, its stickers counted), overviewed on the
 * next, and the community's progress up to it on the last; with the
 * findings and tips of a factor in a panel that slides in from the end;
 * and how its scores compare with those other communities share.
 *
 * Each page, and the panel, is made when it is first shown (or asked for),
 * so that opening the window makes only the page it shows: a view stack
 * measures every page it holds, and the pages' cost grows with the
 * meeting and the community. */

typedef enum
{
  PAGE_SCORING,
  PAGE_TALLY,
  PAGE_OVERVIEW,
  PAGE_HISTORY,
  PAGE_COMPARE,
  PAGE_COMMUNITY,
  N_PAGES
} Page;

static const struct
{
  const char *name;
  GType     (*get_type) (void);
  gboolean    activates_factors;  /* has ::factor-activated */
} pages[N_PAGES] = {
  [PAGE_SCORING] = { "scoring", seeds_scoring_page_get_type, TRUE },
  [PAGE_TALLY] = { "tally", seeds_tally_page_get_type, FALSE },
  [PAGE_OVERVIEW] = { "overview", seeds_overview_page_get_type, TRUE },
  [PAGE_HISTORY] = { "history", seeds_history_page_get_type, FALSE },
  [PAGE_COMPARE] = { "compare", seeds_compare_page_get_type, TRUE },
  [PAGE_COMMUNITY] = { "community", seeds_community_page_get_type, FALSE },
};

struct _SeedsMeetingView
{
  GtkWidget           parent_instance;

  SeedsStore         *store;
  SeedsFramework     *framework;
  SeedsFrameworkRegistry *frameworks;  /* (nullable): for the history page */
  SeedsMeeting       *meeting;
  SeedsMeetingPart   *parts[N_PAGES];  /* NULL until made */
  SeedsFactorPanel   *factor_panel;    /* NULL until made */

  AdwHeaderBar       *header_bar;
  GtkButton          *back_button;
  SeedsTabsTitle     *tabs_title;
  AdwViewSwitcherBar *switcher_bar;
  guint               switcher_bar_idle_id;
  GtkStack           *content_stack;
  AdwStatusPage      *no_meeting_page;
  AdwFlap            *flap;
  AdwViewStack       *view_stack;
  AdwViewStackPage   *scoring_stack_page;
  AdwViewStackPage   *tally_stack_page;
  AdwBin             *bins[N_PAGES];
  AdwBin             *panel_bin;
  GtkToggleButton    *panel_button;
};

G_DEFINE_FINAL_TYPE (SeedsMeetingView, seeds_meeting_view, GTK_TYPE_WIDGET)

static gboolean
give_switcher_bar_its_stack (gpointer user_data)
{
  SeedsMeetingView *self = user_data;

  self->switcher_bar_idle_id = 0;
  adw_view_switcher_bar_set_stack (self->switcher_bar, self->view_stack);

  return G_SOURCE_REMOVE;
}

/* The tabs are the meeting's: without one, neither the header nor the
 * bar at the foot offers them. The bar shows them when the header has no
 * room, as SeedsTabsTitle says. It gets its buttons when it is
 * first shown: six pages are a hundred widgets that a wide window would
 * make and style at start-up, for a bar it never shows. Not at once: the
 * title tells while it is being allocated, when no widget may be added. */
static void
update_bar (SeedsMeetingView *self)
{
  gboolean reveal = self->meeting != NULL &&
                    seeds_tabs_title_get_title_visible (self->tabs_title);

  adw_view_switcher_bar_set_reveal (self->switcher_bar, reveal);
  if (reveal && adw_view_switcher_bar_get_stack (self->switcher_bar) == NULL &&
      self->switcher_bar_idle_id == 0)
    self->switcher_bar_idle_id = g_idle_add (give_switcher_bar_its_stack, self);
}

static void
update_title (SeedsMeetingView *self)
{
  g_autofree char *date = NULL;

  seeds_tabs_title_set_tabs_enabled (self->tabs_title, self->meeting != NULL);
  update_bar (self);
  if (self->meeting == NULL)
    {
      seeds_tabs_title_set_title (self->tabs_title, _("Seeds of Innovation"), NULL);
      return;
    }

  date = seeds_date_format (seeds_meeting_get_date (self->meeting));
  seeds_tabs_title_set_title (self->tabs_title, seeds_meeting_get_title (self->meeting), date);
}

static gboolean
is_poster (SeedsMeetingView *self)
{
  return self->meeting != NULL && seeds_meeting_get_kind (self->meeting) == SEEDS_MEETING_POSTER;
}

/* A meeting held with the poster has its stickers counted instead of
 * people scoring. */
static void
show_kind (SeedsMeetingView *self)
{
  const char *visible = adw_view_stack_get_visible_child_name (self->view_stack);
  gboolean was_entry = g_strcmp0 (visible, "scoring") == 0 || g_strcmp0 (visible, "tally") == 0;

  adw_view_stack_page_set_visible (self->scoring_stack_page, !is_poster (self));
  adw_view_stack_page_set_visible (self->tally_stack_page, is_poster (self));
  if (was_entry)
    adw_view_stack_set_visible_child_name (self->view_stack, is_poster (self) ? "tally" : "scoring");
}

static void
on_factor_activated (GtkWidget        *page,
                     SeedsFactor      *factor,
                     SeedsMeetingView *self)
{
  seeds_meeting_view_show_factor (self, factor);
}

static void
set_part_context (SeedsMeetingView *self,
                  SeedsMeetingPart *part)
{
  if (self->meeting != NULL)
    seeds_meeting_part_set_context (part, self->store, self->framework, self->meeting);
}

static SeedsMeetingPart *
ensure_page (SeedsMeetingView *self,
             Page              page)
{
  SeedsMeetingPart *part = self->parts[page];

  if (part != NULL)
    return part;

  part = g_object_new (pages[page].get_type (), NULL);
  if (pages[page].activates_factors)
    g_signal_connect (part, "factor-activated", G_CALLBACK (on_factor_activated), self);
  adw_bin_set_child (self->bins[page], GTK_WIDGET (part));
  self->parts[page] = part;
  if (SEEDS_IS_HISTORY_PAGE (part))
    seeds_history_page_set_frameworks (SEEDS_HISTORY_PAGE (part), self->frameworks);
  set_part_context (self, part);

  return part;
}

static SeedsFactorPanel *
ensure_panel (SeedsMeetingView *self)
{
  if (self->factor_panel == NULL)
    {
      self->factor_panel = g_object_new (SEEDS_TYPE_FACTOR_PANEL, NULL);
      adw_bin_set_child (self->panel_bin, GTK_WIDGET (self->factor_panel));
      set_part_context (self, SEEDS_MEETING_PART (self->factor_panel));
    }

  return self->factor_panel;
}

/* Makes the page the view stack shows, once there is a meeting to show. */
static void
on_visible_page_changed (SeedsMeetingView *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->view_stack);

  if (self->meeting == NULL || name == NULL)
    return;

  for (guint i = 0; i < N_PAGES; i++)
    if (g_str_equal (name, pages[i].name))
      ensure_page (self, i);
}

static void
on_reveal_flap_changed (SeedsMeetingView *self)
{
  if (adw_flap_get_reveal_flap (self->flap))
    ensure_panel (self);
}

static void
seeds_meeting_view_dispose (GObject *object)
{
  SeedsMeetingView *self = (SeedsMeetingView *)object;

  if (self->meeting != NULL)
    g_signal_handlers_disconnect_by_data (self->meeting, self);
  g_clear_object (&self->meeting);
  g_clear_object (&self->store);
  g_clear_object (&self->framework);
  g_clear_object (&self->frameworks);
  g_clear_handle_id (&self->switcher_bar_idle_id, g_source_remove);

  seeds_widget_remove_children (GTK_WIDGET (self));

  G_OBJECT_CLASS (seeds_meeting_view_parent_class)->dispose (object);
}

static void
bind_bin (GtkWidgetClass *widget_class,
          const char     *id,
          Page            page)
{
  gtk_widget_class_bind_template_child_full (widget_class, id, FALSE,
                                             G_STRUCT_OFFSET (SeedsMeetingView, bins[0]) +
                                             page * sizeof (AdwBin *));
}

static void
on_title_visible_changed (SeedsMeetingView *self)
{
  update_bar (self);
}

static void
seeds_meeting_view_class_init (SeedsMeetingViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = seeds_meeting_view_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  g_type_ensure (SEEDS_TYPE_TABS_TITLE);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/meetings/seeds-meeting-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SeedsMeetingView, header_bar);
  gtk_widget_class_bind_template_child (widget_class, SeedsMeetingView, back_button);
  gtk_widget_class_bind_template_child (widget_class, SeedsMeetingView, tabs_title);
  gtk_widget_class_bind_template_child (widget_class, SeedsMeetingView, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, SeedsMeetingView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, SeedsMeetingView, no_meeting_page);
  gtk_widget_class_bind_template_child (widget_class, SeedsMeetingView, flap);
  gtk_widget_class_bind_template_child (widget_class, SeedsMeetingView, view_stack);
  gtk_widget_class_bind_template_child (widget_class, SeedsMeetingView, scoring_stack_page);
  gtk_widget_class_bind_template_child (widget_class, SeedsMeetingView, tally_stack_page);
  bind_bin (widget_class, "scoring_bin", PAGE_SCORING);
  bind_bin (widget_class, "tally_bin", PAGE_TALLY);
  bind_bin (widget_class, "overview_bin", PAGE_OVERVIEW);
  bind_bin (widget_class, "history_bin", PAGE_HISTORY);
  bind_bin (widget_class, "compare_bin", PAGE_COMPARE);
  bind_bin (widget_class, "community_bin", PAGE_COMMUNITY);
  gtk_widget_class_bind_template_child (widget_class, SeedsMeetingView, panel_bin);
  gtk_widget_class_bind_template_child (widget_class, SeedsMeetingView, panel_button);
  seeds_widget_class_bind_lazy_menu (widget_class, "menu_button", "primary_menu");
  gtk_widget_class_bind_template_callback (widget_class, on_visible_page_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_reveal_flap_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_title_visible_changed);
}

static void
seeds_meeting_view_init (SeedsMeetingView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  seeds_tabs_title_set_stack (self->tabs_title, self->view_stack);
  seeds_widget_set_lazy_menu (GTK_WIDGET (self), SEEDS_TYPE_MEETING_VIEW, "menu_button", "primary_menu");
  update_title (self);
}

/**
 * seeds_meeting_view_set_context:
 * @meeting: (nullable): the meeting to show, or %NULL for none
 */
void
seeds_meeting_view_set_context (SeedsMeetingView *self,
                                SeedsStore       *store,
                                SeedsFramework   *framework,
                                SeedsMeeting     *meeting)
{
  g_return_if_fail (SEEDS_IS_MEETING_VIEW (self));

  if (self->meeting != NULL)
    g_signal_handlers_disconnect_by_data (self->meeting, self);
  g_set_object (&self->meeting, meeting);

  /* The icon is an SVG, which loads librsvg, a large library: it is set
   * when the page is shown, not while the window is built. */
  if (meeting == NULL)
    adw_status_page_set_icon_name (self->no_meeting_page, "x-office-document-symbolic");
  gtk_stack_set_visible_child_name (self->content_stack, meeting ? "meeting" : "none");
  gtk_widget_set_sensitive (GTK_WIDGET (self->panel_button), meeting != NULL);
  update_title (self);

  if (meeting == NULL)
    return;

  g_set_object (&self->store, store);
  g_set_object (&self->framework, framework);
  g_signal_connect_swapped (meeting, "notify", G_CALLBACK (update_title), self);

  for (guint i = 0; i < N_PAGES; i++)
    if (self->parts[i] != NULL)
      set_part_context (self, self->parts[i]);
  if (self->factor_panel != NULL)
    set_part_context (self, SEEDS_MEETING_PART (self->factor_panel));

  show_kind (self);
  on_visible_page_changed (self);
}

/**
 * seeds_meeting_view_set_frameworks:
 * @self: a #SeedsMeetingView
 * @frameworks: (nullable): the frameworks meetings can be scored with,
 *   for the history page, which compares meetings of several
 */
void
seeds_meeting_view_set_frameworks (SeedsMeetingView       *self,
                                   SeedsFrameworkRegistry *frameworks)
{
  g_return_if_fail (SEEDS_IS_MEETING_VIEW (self));

  g_set_object (&self->frameworks, frameworks);
  if (self->parts[PAGE_HISTORY] != NULL)
    seeds_history_page_set_frameworks (SEEDS_HISTORY_PAGE (self->parts[PAGE_HISTORY]), frameworks);
}

SeedsMeeting *
seeds_meeting_view_get_meeting (SeedsMeetingView *self)
{
  g_return_val_if_fail (SEEDS_IS_MEETING_VIEW (self), NULL);

  return self->meeting;
}

/* Opens the findings and tips of a factor in the side panel. */
void
seeds_meeting_view_show_factor (SeedsMeetingView *self,
                                SeedsFactor      *factor)
{
  g_return_if_fail (SEEDS_IS_MEETING_VIEW (self));

  seeds_factor_panel_set_factor (ensure_panel (self), factor);
  adw_flap_set_reveal_flap (self->flap, TRUE);
}

void
seeds_meeting_view_show_page (SeedsMeetingView *self,
                              const char       *name)
{
  g_return_if_fail (SEEDS_IS_MEETING_VIEW (self));

  /* "scoring" is where the meeting's scores are entered, whatever its kind. */
  if (g_str_equal (name, "scoring") && is_poster (self))
    name = "tally";
  adw_view_stack_set_visible_child_name (self->view_stack, name);
}

const char *
seeds_meeting_view_get_page (SeedsMeetingView *self)
{
  g_return_val_if_fail (SEEDS_IS_MEETING_VIEW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

gboolean
seeds_meeting_view_get_panel_visible (SeedsMeetingView *self)
{
  g_return_val_if_fail (SEEDS_IS_MEETING_VIEW (self), FALSE);

  return adw_flap_get_reveal_flap (self->flap);
}

void
seeds_meeting_view_set_panel_visible (SeedsMeetingView *self,
                                      gboolean          visible)
{
  g_return_if_fail (SEEDS_IS_MEETING_VIEW (self));

  adw_flap_set_reveal_flap (self->flap, visible && self->meeting != NULL);
}

/* When the window is too narrow for the sidebar, this view has the window
 * buttons and a way back to the meetings. */
void
seeds_meeting_view_set_folded (SeedsMeetingView *self,
                               gboolean          folded)
{
  g_return_if_fail (SEEDS_IS_MEETING_VIEW (self));

  gtk_widget_set_visible (GTK_WIDGET (self->back_button), folded);
  adw_header_bar_set_show_start_title_buttons (self->header_bar, folded);
}

SeedsScoringPage *
seeds_meeting_view_get_scoring_page (SeedsMeetingView *self)
{
  g_return_val_if_fail (SEEDS_IS_MEETING_VIEW (self), NULL);

  return SEEDS_SCORING_PAGE (ensure_page (self, PAGE_SCORING));
}

SeedsTallyPage *
seeds_meeting_view_get_tally_page (SeedsMeetingView *self)
{
  g_return_val_if_fail (SEEDS_IS_MEETING_VIEW (self), NULL);

  return SEEDS_TALLY_PAGE (ensure_page (self, PAGE_TALLY));
}

SeedsHistoryPage *
seeds_meeting_view_get_history_page (SeedsMeetingView *self)
{
  g_return_val_if_fail (SEEDS_IS_MEETING_VIEW (self), NULL);

  return SEEDS_HISTORY_PAGE (ensure_page (self, PAGE_HISTORY));
}

SeedsOverviewPage *
seeds_meeting_view_get_overview_page (SeedsMeetingView *self)
{
  g_return_val_if_fail (SEEDS_IS_MEETING_VIEW (self), NULL);

  return SEEDS_OVERVIEW_PAGE (ensure_page (self, PAGE_OVERVIEW));
}

SeedsComparePage *
seeds_meeting_view_get_compare_page (SeedsMeetingView *self)
{
  g_return_val_if_fail (SEEDS_IS_MEETING_VIEW (self), NULL);

  return SEEDS_COMPARE_PAGE (ensure_page (self, PAGE_COMPARE));
}

SeedsCommunityPage *
seeds_meeting_view_get_community_page (SeedsMeetingView *self)
{
  g_return_val_if_fail (SEEDS_IS_MEETING_VIEW (self), NULL);

  return SEEDS_COMMUNITY_PAGE (ensure_page (self, PAGE_COMMUNITY));
}

SeedsFactorPanel *
seeds_meeting_view_get_factor_panel (SeedsMeetingView *self)
{
  g_return_val_if_fail (SEEDS_IS_MEETING_VIEW (self), NULL);

  return ensure_panel (self);
}
