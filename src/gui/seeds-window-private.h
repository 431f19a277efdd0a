/* seeds-window-private.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "meetings/seeds-meeting-view.h"
#include "recovery/seeds-damage-banner.h"
#include "recovery/seeds-recovery-page.h"
#include "seeds-window.h"

G_BEGIN_DECLS

/* What the window tests reach into, as GNOME Text Editor's
 * editor-window-private.h does. */
struct _SeedsWindow
{
  AdwApplicationWindow  parent_instance;

  SeedsApplication     *application;
  SeedsStore           *store;
  SeedsFramework       *framework;
  GSettings            *settings;
  GListStore           *communities;
  GListStore           *meetings;
  SeedsCommunity       *community;
  gulong                changed_id;

  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  SeedsRecoveryPage    *recovery_page;
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

G_END_DECLS
