/* seeds-window-meeting-framework.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "seeds-widget-util.h"
#include "seeds-window-private.h"

/* Each meeting is scored with a framework of its own, chosen when it was
 * started: the window shows, prints and presents a meeting in its
 * framework's wording, never in the app's. */

/**
 * seeds_window_find_meeting_framework:
 * @self: a #SeedsWindow
 * @meeting: a meeting
 *
 * The framework @meeting is scored with. One the database does not know
 * (from a newer app, or removed) is told in a toast, with the registry's
 * reason, and the meeting is shown with the app's framework instead, so
 * that its scores are still there to see.
 *
 * Returns: (transfer full): the framework to show @meeting with
 */
SeedsFramework *
seeds_window_find_meeting_framework (SeedsWindow  *self,
                                     SeedsMeeting *meeting)
{
  g_autoptr(GError) error = NULL;
  SeedsFramework *framework;

  if (self->session == NULL)
    return g_object_ref (self->framework);

  framework = seeds_session_get_meeting_framework (self->session, meeting, &error);
  if (framework != NULL)
    return framework;

  seeds_widget_add_toast (self->toast_overlay, error->message);
  return g_object_ref (self->framework);
}

/* Returns: (transfer none): the framework of the meeting shown, or the
 * app's when none is */
SeedsFramework *
seeds_window_get_meeting_framework (SeedsWindow *self)
{
  return self->meeting_framework != NULL ? self->meeting_framework : self->framework;
}

/* Returns: (transfer container) (element-type SeedsFrameworkEntry): the
 * frameworks a community or a meeting can be scored with */
GPtrArray *
seeds_window_list_frameworks (SeedsWindow *self)
{
  if (self->session == NULL)
    return g_ptr_array_new_with_free_func (g_object_unref);

  return seeds_framework_registry_list (seeds_session_get_frameworks (self->session),
                                        seeds_framework_get_language (self->framework));
}

/* Returns: (transfer full) (nullable): the framework a poster printed now
 * asks about: that of the meeting shown, else the community's; %NULL for
 * the research's own */
SeedsFrameworkEntry *
seeds_window_find_poster_framework (SeedsWindow *self)
{
  SeedsMeeting *meeting = seeds_meeting_view_get_meeting (self->meeting_view);
  g_autoptr(GPtrArray) frameworks = seeds_window_list_frameworks (self);
  const char *id = NULL;
  guint edition = 1;

  if (meeting != NULL)
    {
      id = seeds_meeting_get_framework_id (meeting);
      edition = seeds_meeting_get_framework_edition (meeting);
    }
  else if (self->community != NULL)
    {
      id = seeds_community_get_framework_id (self->community);
      edition = seeds_community_get_framework_edition (self->community);
    }

  for (guint i = 0; id != NULL && i < frameworks->len; i++)
    if (seeds_framework_entry_matches (g_ptr_array_index (frameworks, i), id, edition))
      return g_object_ref (g_ptr_array_index (frameworks, i));

  return NULL;
}
