/* seeds-store-queries.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The statements the history of a community is loaded with (see
 * seeds-community-history.c), each with the community's id in ?1. Private
 * to the store and to the benchmark, which runs the very same statements on
 * SQLite directly to see what the model adds to them. */

#define SEEDS_STORE_MEETING_COLUMNS \
  "id, community_id, framework_id, kind, date, title, notes, framework_edition"

/* Newest first */
#define SEEDS_STORE_SQL_LIST_MEETINGS \
  "SELECT " SEEDS_STORE_MEETING_COLUMNS " FROM meetings " \
  "WHERE community_id = ?1 " \
  "ORDER BY date DESC, created_at DESC, rowid DESC"

/* In no particular order: the model adds them up. */
#define SEEDS_STORE_SQL_COMMUNITY_SCORES \
  "SELECT s.meeting_id, s.participant_id, s.factor_id, s.value " \
  "FROM meetings m JOIN scores s ON s.meeting_id = m.id " \
  "WHERE m.community_id = ?1"

#define SEEDS_STORE_SQL_COMMUNITY_TALLIES \
  "SELECT t.meeting_id, t.factor_id, t.value, t.count " \
  "FROM meetings m JOIN tallies t ON t.meeting_id = m.id " \
  "WHERE m.community_id = ?1"

#define SEEDS_STORE_NEXT_STEP_COLUMNS \
  "n.id, n.meeting_id, m.date, n.factor_id, n.text, n.owner, n.due_date, n.status, " \
  "n.reviewed_in, n.origin_id, n.origin_name"

/* ?2 is a factor id, or NULL for the steps of every factor. */
#define SEEDS_STORE_SQL_LIST_NEXT_STEPS \
  "SELECT " SEEDS_STORE_NEXT_STEP_COLUMNS " FROM next_steps n " \
  "JOIN meetings m ON m.id = n.meeting_id " \
  "WHERE m.community_id = ?1 AND (?2 IS NULL OR n.factor_id = ?2) " \
  "ORDER BY m.date, m.created_at, m.rowid, n.created_at, n.rowid"

G_END_DECLS
