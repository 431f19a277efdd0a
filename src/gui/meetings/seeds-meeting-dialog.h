/* seeds-meeting-dialog.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "seeds-form-dialog.h"
#include "model/seeds-framework-entry.h"
#include "model/seeds-meeting.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_MEETING_DIALOG (seeds_meeting_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SeedsMeetingDialog, seeds_meeting_dialog, SEEDS, MEETING_DIALOG, SeedsFormDialog)

SeedsMeetingDialog *seeds_meeting_dialog_new       (GtkWindow          *parent,
                                                    SeedsMeeting       *meeting);
char               *seeds_meeting_dialog_get_title (SeedsMeetingDialog *self);
const char         *seeds_meeting_dialog_get_date  (SeedsMeetingDialog *self);
char               *seeds_meeting_dialog_get_notes (SeedsMeetingDialog *self);
SeedsMeetingKind    seeds_meeting_dialog_get_kind  (SeedsMeetingDialog *self);
void                seeds_meeting_dialog_offer_frameworks
                                                   (SeedsMeetingDialog *self,
                                                    GPtrArray          *entries,
                                                    const char         *id,
                                                    guint               edition,
                                                    const char         *fixed_reason);
SeedsFrameworkEntry *seeds_meeting_dialog_get_framework
                                                   (SeedsMeetingDialog *self);

G_END_DECLS
