/* seeds-meeting-part.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "model/seeds-framework.h"
#include "store/seeds-store.h"

G_BEGIN_DECLS

#define SEEDS_STORE_CHANGE_ALL ((SeedsStoreChange) 0x1ff)

#define SEEDS_TYPE_MEETING_PART (seeds_meeting_part_get_type ())

G_DECLARE_DERIVABLE_TYPE (SeedsMeetingPart, seeds_meeting_part, SEEDS, MEETING_PART, GtkWidget)

struct _SeedsMeetingPartClass
{
  GtkWidgetClass parent_class;

  /* The store changes that concern this part. */
  SeedsStoreChange changes;

  /* Whether a new meeting waits until the part is shown, for parts that
   * cost more to fill than the others. */
  gboolean lazy;

  /* Shows the meeting again after @change; SEEDS_STORE_CHANGE_ALL when the
   * meeting itself changed. Called at once for a new meeting (when shown,
   * for a lazy part), and for a
   * change in the store when the write is done and the part is shown. */
  void (*update) (SeedsMeetingPart *self,
                  SeedsStoreChange  change);
};

void            seeds_meeting_part_set_context  (SeedsMeetingPart *self,
                                                 SeedsStore       *store,
                                                 SeedsFramework   *framework,
                                                 SeedsMeeting     *meeting);
void            seeds_meeting_part_update       (SeedsMeetingPart *self,
                                                 SeedsStoreChange  change);
SeedsStore     *seeds_meeting_part_get_store    (SeedsMeetingPart *self);
SeedsFramework *seeds_meeting_part_get_framework (SeedsMeetingPart *self);
SeedsMeeting   *seeds_meeting_part_get_meeting  (SeedsMeetingPart *self);

/* Shorthands for the parts themselves: what the part shows. */
#define STORE(self)     seeds_meeting_part_get_store (SEEDS_MEETING_PART (self))
#define FRAMEWORK(self) seeds_meeting_part_get_framework (SEEDS_MEETING_PART (self))
#define MEETING(self)   seeds_meeting_part_get_meeting (SEEDS_MEETING_PART (self))

G_END_DECLS
