/* seeds-ledger-entry.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  SEEDS_LEDGER_EARNED,      /* by an earning rule (seeds-points-rules.h) */
  SEEDS_LEDGER_SPENT,       /* on a reward */
  SEEDS_LEDGER_CORRECTION,  /* a facilitator's counter-entry */
} SeedsLedgerKind;

/* The reason of an entry that spends points, and of a counter-entry; any
 * other reason is the id of the rule that earned it. */
#define SEEDS_LEDGER_REASON_REWARD     "reward"
#define SEEDS_LEDGER_REASON_CORRECTION "correction"

/* The values of an entry, as the store holds them */
typedef struct
{
  gint64      id;
  const char *community_id;
  gint64      amount;         /* positive earned, negative spent or corrected */
  const char *reason;
  const char *event_key;      /* what earned it: "step-done:<step id>" */
  gint64      created_at;     /* seconds since the epoch */
  const char *agreed_by;      /* (nullable): who agreed to spend or correct */
  gint64      correction_of;  /* the entry a correction counters, 0 for none */
  const char *reward_title;   /* (nullable): what was spent on */
} SeedsLedgerValues;

#define SEEDS_TYPE_LEDGER_ENTRY (seeds_ledger_entry_get_type ())

G_DECLARE_FINAL_TYPE (SeedsLedgerEntry, seeds_ledger_entry, SEEDS, LEDGER_ENTRY, GObject)

/* One entry of a community's team points: it never changes. */
SeedsLedgerEntry *seeds_ledger_entry_new               (const SeedsLedgerValues *values);
gint64            seeds_ledger_entry_get_id            (SeedsLedgerEntry *self);
const char       *seeds_ledger_entry_get_community_id  (SeedsLedgerEntry *self);
gint64            seeds_ledger_entry_get_amount        (SeedsLedgerEntry *self);
SeedsLedgerKind   seeds_ledger_entry_get_kind          (SeedsLedgerEntry *self);
const char       *seeds_ledger_entry_get_reason        (SeedsLedgerEntry *self);
const char       *seeds_ledger_entry_get_event_key     (SeedsLedgerEntry *self);
gint64            seeds_ledger_entry_get_created_at    (SeedsLedgerEntry *self);
const char       *seeds_ledger_entry_get_agreed_by     (SeedsLedgerEntry *self);
gint64            seeds_ledger_entry_get_correction_of (SeedsLedgerEntry *self);
const char       *seeds_ledger_entry_get_reward_title  (SeedsLedgerEntry *self);
const char       *seeds_ledger_entry_get_label         (SeedsLedgerEntry *self);

char             *seeds_ledger_format_amount           (gint64            amount);

G_END_DECLS
