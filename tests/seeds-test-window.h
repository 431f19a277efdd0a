/* seeds-test-window.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "seeds-test-util.h"
#include "seeds-window-private.h"

G_BEGIN_DECLS

/* What the tests of the real window share: one application for the whole
 * run, as in the app, and a fixture with a database in a folder of its own
 * and the window on it. */
typedef struct
{
  char        *dir;
  char        *db_path;
  SeedsWindow *window;
} SeedsTestWindow;

void              seeds_test_window_init      (int              *argc,
                                               char           ***argv);
int               seeds_test_window_run       (void);
SeedsApplication *seeds_test_window_get_app   (void);
void              seeds_test_window_set_up    (SeedsTestWindow  *fixture,
                                               gconstpointer     data);
void              seeds_test_window_tear_down (SeedsTestWindow  *fixture,
                                               gconstpointer     data);
void              seeds_test_window_set_up_sample (SeedsTestWindow *fixture,
                                                   SeedsTestSample *sample);
void              seeds_test_window_open      (SeedsTestWindow  *fixture);
void              seeds_test_window_close     (SeedsTestWindow  *fixture);
void              seeds_test_window_activate  (SeedsTestWindow  *fixture,
                                               const char       *action);
void              seeds_test_iterate          (void);
void              seeds_test_iterate_pending  (void);
gpointer          seeds_test_lookup_dialog    (GType             type);
gpointer          seeds_test_find_dialog      (GType             type);
GtkWidget        *seeds_test_find_row         (GtkWidget        *widget,
                                               const char       *title);
GtkWidget        *seeds_test_find_button      (GtkWidget        *widget,
                                               const char       *label);
gboolean          seeds_test_shows_text       (GtkWidget        *widget,
                                               const char       *text);
void              seeds_test_type_into        (gpointer          dialog,
                                               const char       *row_title,
                                               const char       *text);
void              seeds_test_respond          (gpointer          dialog,
                                               const char       *response);
void              seeds_test_create_community (SeedsTestWindow  *fixture,
                                               const char       *name);
SeedsMeeting     *seeds_test_start_meeting    (SeedsTestWindow  *fixture,
                                               const char       *title,
                                               const char       *kind_row);

void              seeds_test_add_participant  (SeedsTestWindow  *fixture,
                                               const char       *name,
                                               const char       *organisation,
                                               SeedsPartnerType  type);
SeedsScoringPage *seeds_test_scoring_page     (SeedsTestWindow  *fixture);
void              seeds_test_click_score      (SeedsTestWindow  *fixture,
                                               const char       *factor_id,
                                               int               value);
int               seeds_test_shown_score      (SeedsTestWindow  *fixture,
                                               const char       *factor_id);
GFile            *seeds_test_fixture_file     (SeedsTestWindow  *fixture,
                                               const char       *name);

/* Runs the main loop until @condition holds, for at most 30 seconds */
#define SEEDS_TEST_WAIT_UNTIL(condition) \
  G_STMT_START { \
    gint64 end_ = g_get_monotonic_time () + 30 * G_USEC_PER_SEC; \
    while (!(condition)) \
      { \
        g_assert_cmpint (g_get_monotonic_time (), <, end_); \
        if (!g_main_context_iteration (NULL, FALSE)) \
          g_usleep (1000); \
      } \
  } G_STMT_END

#define SEEDS_TEST_ADD_WINDOW(path, func) \
  g_test_add (path, SeedsTestWindow, NULL, seeds_test_window_set_up, func, seeds_test_window_tear_down)

G_END_DECLS
