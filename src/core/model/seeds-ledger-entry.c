/* seeds-ledger-entry.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "model/seeds-ledger-entry.h"
#include "model/seeds-points-rules.h"

struct _SeedsLedgerEntry
{
  GObject  parent_instance;

  gint64   id;
  char    *community_id;
  gint64   amount;
  char    *reason;
  char    *event_key;
  gint64   created_at;
  char    *agreed_by;
  gint64   correction_of;
  char    *reward_title;
};

G_DEFINE_FINAL_TYPE (SeedsLedgerEntry, seeds_ledger_entry, G_TYPE_OBJECT)

static void
seeds_ledger_entry_finalize (GObject *object)
{
  SeedsLedgerEntry *self = (SeedsLedgerEntry *)object;

  g_free (self->community_id);
  g_free (self->reason);
  g_free (self->event_key);
  g_free (self->agreed_by);
  g_free (self->reward_title);

  G_OBJECT_CLASS (seeds_ledger_entry_parent_class)->finalize (object);
}

static void
seeds_ledger_entry_class_init (SeedsLedgerEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = seeds_ledger_entry_finalize;
}

static void
seeds_ledger_entry_init (SeedsLedgerEntry *self)
{
}

/* Returns: (transfer full): an entry with a copy of @values */
SeedsLedgerEntry *
seeds_ledger_entry_new (const SeedsLedgerValues *values)
{
  SeedsLedgerEntry *self;

  g_return_val_if_fail (values != NULL, NULL);
  g_return_val_if_fail (values->community_id != NULL && values->reason != NULL, NULL);

  self = g_object_new (SEEDS_TYPE_LEDGER_ENTRY, NULL);
  self->id = values->id;
  self->community_id = g_strdup (values->community_id);
  self->amount = values->amount;
  self->reason = g_strdup (values->reason);
  self->event_key = g_strdup (values->event_key);
  self->created_at = values->created_at;
  self->agreed_by = g_strdup (values->agreed_by);
  self->correction_of = values->correction_of;
  self->reward_title = g_strdup (values->reward_title);

  return self;
}

gint64
seeds_ledger_entry_get_id (SeedsLedgerEntry *self)
{
  g_return_val_if_fail (SEEDS_IS_LEDGER_ENTRY (self), 0);
  return self->id;
}

const char *
seeds_ledger_entry_get_community_id (SeedsLedgerEntry *self)
{
  g_return_val_if_fail (SEEDS_IS_LEDGER_ENTRY (self), NULL);
  return self->community_id;
}

gint64
seeds_ledger_entry_get_amount (SeedsLedgerEntry *self)
{
  g_return_val_if_fail (SEEDS_IS_LEDGER_ENTRY (self), 0);
  return self->amount;
}

SeedsLedgerKind
seeds_ledger_entry_get_kind (SeedsLedgerEntry *self)
{
  g_return_val_if_fail (SEEDS_IS_LEDGER_ENTRY (self), SEEDS_LEDGER_EARNED);

  if (g_str_equal (self->reason, SEEDS_LEDGER_REASON_REWARD))
    return SEEDS_LEDGER_SPENT;
  if (g_str_equal (self->reason, SEEDS_LEDGER_REASON_CORRECTION))
    return SEEDS_LEDGER_CORRECTION;

  return SEEDS_LEDGER_EARNED;
}

/* Returns: the id of the rule that earned the points, or
 * SEEDS_LEDGER_REASON_REWARD or SEEDS_LEDGER_REASON_CORRECTION */
const char *
seeds_ledger_entry_get_reason (SeedsLedgerEntry *self)
{
  g_return_val_if_fail (SEEDS_IS_LEDGER_ENTRY (self), NULL);
  return self->reason;
}

const char *
seeds_ledger_entry_get_event_key (SeedsLedgerEntry *self)
{
  g_return_val_if_fail (SEEDS_IS_LEDGER_ENTRY (self), NULL);
  return self->event_key;
}

gint64
seeds_ledger_entry_get_created_at (SeedsLedgerEntry *self)
{
  g_return_val_if_fail (SEEDS_IS_LEDGER_ENTRY (self), 0);
  return self->created_at;
}

/* Returns: (nullable): who agreed to spend the points or to correct */
const char *
seeds_ledger_entry_get_agreed_by (SeedsLedgerEntry *self)
{
  g_return_val_if_fail (SEEDS_IS_LEDGER_ENTRY (self), NULL);
  return self->agreed_by;
}

/* Returns: the id of the entry a correction counters, or 0 */
gint64
seeds_ledger_entry_get_correction_of (SeedsLedgerEntry *self)
{
  g_return_val_if_fail (SEEDS_IS_LEDGER_ENTRY (self), 0);
  return self->correction_of;
}

/* Returns: (nullable): the title of the reward the points were spent on */
const char *
seeds_ledger_entry_get_reward_title (SeedsLedgerEntry *self)
{
  g_return_val_if_fail (SEEDS_IS_LEDGER_ENTRY (self), NULL);
  return self->reward_title;
}

/**
 * seeds_ledger_format_amount:
 * @amount: points earned (positive) or spent or corrected (negative)
 *
 * Returns: (transfer full): "+10" or "−50": a sign and a number, the same
 *   in every language, with a real minus sign
 */
char *
seeds_ledger_format_amount (gint64 amount)
{
  return amount >= 0 ? g_strdup_printf ("+%" G_GINT64_FORMAT, amount)
                     : g_strdup_printf ("\u2212%" G_GINT64_FORMAT, -amount);
}

/**
 * seeds_ledger_entry_get_label:
 * @self: a #SeedsLedgerEntry
 *
 * Returns: what the entry is for, translated: the title of the rule that
 *   earned it, the reward it was spent on, or that it is a correction
 */
const char *
seeds_ledger_entry_get_label (SeedsLedgerEntry *self)
{
  g_return_val_if_fail (SEEDS_IS_LEDGER_ENTRY (self), NULL);

  switch (seeds_ledger_entry_get_kind (self))
    {
    case SEEDS_LEDGER_SPENT:
      return self->reward_title != NULL ? self->reward_title : _("A reward");
    case SEEDS_LEDGER_CORRECTION:
      return _("Correction");
    case SEEDS_LEDGER_EARNED:
    default:
      return seeds_points_rule_title_for_id (self->reason);
    }
}
