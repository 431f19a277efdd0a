/* seeds-shared-report.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A file that a refresh passed over, or a folder it could not read, and
 * why, in words for people */
typedef struct
{
  char *name;     /* the file's name, or the shared directory's */
  char *message;
} SeedsSharedProblem;

/* What a refresh of the shared directories did
 * (seeds_shared_directory_refresh()) */
typedef struct
{
  guint      n_added;
  guint      n_updated;
  guint      n_unchanged;
  GPtrArray *refused;      /* SeedsSharedProblem: profiles that fail the checks */
  GPtrArray *unreachable;  /* SeedsSharedProblem: folders that could not be read */
  GPtrArray *conflicts;    /* char *: two profiles of one community, and which won */
} SeedsSharedReport;

SeedsSharedReport *seeds_shared_report_new         (void);
void               seeds_shared_report_free        (SeedsSharedReport *report);
void               seeds_shared_report_add_problem (GPtrArray         *problems,
                                                    const char        *name,
                                                    const char        *message);
char              *seeds_shared_report_describe    (SeedsSharedReport *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SeedsSharedReport, seeds_shared_report_free)

G_END_DECLS
