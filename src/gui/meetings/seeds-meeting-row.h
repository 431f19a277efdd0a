/* seeds-meeting-row.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "model/seeds-meeting.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_MEETING_ROW (seeds_meeting_row_get_type ())

G_DECLARE_FINAL_TYPE (SeedsMeetingRow, seeds_meeting_row, SEEDS, MEETING_ROW, GtkListBoxRow)

GtkWidget    *seeds_meeting_row_new         (SeedsMeeting    *meeting);
SeedsMeeting *seeds_meeting_row_get_meeting (SeedsMeetingRow *self);

G_END_DECLS
