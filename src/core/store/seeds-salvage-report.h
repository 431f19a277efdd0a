/* seeds-salvage-report.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What seeds_store_salvage() could read, per kind of record (table). */
typedef struct
{
  char     *kind;        /* the table, such as "meetings" */
  char     *label;       /* its name for people, translated */
  guint     n_salvaged;  /* rows in the new database */
  guint     n_dropped;   /* rows read, but left out: what they belong to was lost */
  gboolean  unreadable;  /* part of the table could not be read */
} SeedsSalvageCount;

typedef struct
{
  GArray   *counts;    /* of SeedsSalvageCount, parents before children */
  gboolean  complete;  /* every row was read and kept */
} SeedsSalvageReport;

#define SEEDS_TYPE_SALVAGE_REPORT (seeds_salvage_report_get_type ())

GType               seeds_salvage_report_get_type  (void) G_GNUC_CONST;
SeedsSalvageReport *seeds_salvage_report_copy      (const SeedsSalvageReport *report);
void                seeds_salvage_report_free      (SeedsSalvageReport       *report);
const SeedsSalvageCount *
                    seeds_salvage_report_lookup    (const SeedsSalvageReport *report,
                                                    const char               *kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SeedsSalvageReport, seeds_salvage_report_free)

G_END_DECLS
