/* seeds-window-private.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "live/seeds-live-bar.h"
#include "live/seeds-live-round.h"
#include "meetings/seeds-meeting-view.h"
#include "recovery/seeds-damage-banner.h"
#include "recovery/seeds-recovery-page.h"
#include "seeds-job-bar.h"
#include "seeds-window.h"

G_BEGIN_DECLS

/* What the window's files share, and the tests reach into, as GNOME Text
 * Editor's editor-window-private.h does. The window is in four files:
 * seeds-window.c keeps its state and what it shows, seeds-window-actions.c
 * dispatches its actions (seeds-window-print.c those that print), and
 * seeds-window-files.c runs its work on files through the session. */
struct _SeedsWindow
{
  AdwApplicationWindow  parent_instance;

  SeedsApplication     *application;
  SeedsSession         *session;  /* (nullable): NULL once disposed, or without a database */
  SeedsStore           *store;    /* (nullable): the session's */
  SeedsFramework       *framework;          /* the app's */
  SeedsFramework       *meeting_framework;  /* (nullable): the shown meeting's */
  GSettings            *settings;
  GListStore           *communities;
  GListStore           *meetings;
  SeedsCommunity       *community;
  gulong                changed_id;
  SeedsLiveRound       *live_round;  /* (nullable): while one runs */

  AdwToastOverlay      *toast_overlay;
  SeedsJobBar          *job_bar;
  SeedsLiveBar         *live_bar;
  GtkStack             *main_stack;
  SeedsRecoveryPage    *recovery_page;  /* (nullable): made when first shown */
  AdwLeaflet           *leaflet;
  AdwHeaderBar         *sidebar_header;
  GtkMenuButton        *community_button;
  GtkLabel             *community_label;
  GtkPopover           *community_popover;
  GtkListBox           *community_list;
  GtkStack             *sidebar_stack;
  GtkListBox           *meeting_list;
  GtkSliceListModel    *meeting_rows;  /* the meetings that have rows */
  guint                 rows_tick_id;
  SeedsMeetingView     *meeting_view;
  SeedsDamageBanner    *damage_banner;

  /* Tests print to this PDF instead of showing the print dialog. */
  char                 *print_to_file;
};

const char *seeds_window_get_page (SeedsWindow *self);

/* seeds-window.c */
G_GNUC_INTERNAL
void            seeds_window_update_actions  (SeedsWindow    *self);
G_GNUC_INTERNAL
SeedsCommunity *seeds_window_find_community  (SeedsWindow    *self,
                                              const char     *community_id);
G_GNUC_INTERNAL
void            seeds_window_set_community   (SeedsWindow    *self,
                                              SeedsCommunity *community);
G_GNUC_INTERNAL
void            seeds_window_select_meeting  (SeedsWindow    *self,
                                              const char     *meeting_id);
G_GNUC_INTERNAL
void            seeds_window_show_meeting    (SeedsWindow    *self,
                                              const char     *meeting_id);
G_GNUC_INTERNAL
void            seeds_window_show_group_view (SeedsWindow    *self);

/* seeds-window-actions.c */
G_GNUC_INTERNAL
void            seeds_window_add_actions     (SeedsWindow    *self);

/* seeds-window-print.c */
G_GNUC_INTERNAL
void            seeds_window_add_print_actions (SeedsWindow  *self);

/* seeds-window-live.c */
G_GNUC_INTERNAL
void            seeds_window_add_live_actions (SeedsWindow *self);
gboolean        seeds_window_start_live_round (SeedsWindow  *self,
                                               const char   *address,
                                               const char   *language,
                                               gboolean      allow_anonymous,
                                               GError      **error);
void            seeds_window_stop_live_round  (SeedsWindow  *self);

/* seeds-window-delete.c */
G_GNUC_INTERNAL
void            seeds_window_add_delete_actions (SeedsWindow *self);

/* seeds-window-meeting-framework.c */
G_GNUC_INTERNAL
SeedsFramework *seeds_window_find_meeting_framework (SeedsWindow  *self,
                                                     SeedsMeeting *meeting);
G_GNUC_INTERNAL
SeedsFramework *seeds_window_get_meeting_framework  (SeedsWindow  *self);
G_GNUC_INTERNAL
GPtrArray      *seeds_window_list_frameworks        (SeedsWindow  *self);
G_GNUC_INTERNAL
SeedsFrameworkEntry *seeds_window_find_poster_framework (SeedsWindow *self);

/* seeds-window-community.c */
G_GNUC_INTERNAL
void            seeds_window_add_community_actions (SeedsWindow *self);

/* seeds-window-frameworks.c */
G_GNUC_INTERNAL
void            seeds_window_add_framework_actions (SeedsWindow *self);

G_END_DECLS
