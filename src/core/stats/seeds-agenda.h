/* seeds-agenda.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/seeds-meeting.h"
#include "stats/seeds-meeting-summary.h"

G_BEGIN_DECLS

/* The kinds of stop on a meeting's agenda, in the order they come. */
typedef enum
{
  SEEDS_AGENDA_WELCOME,
  SEEDS_AGENDA_SCORES,          /* the scores coming in */
  SEEDS_AGENDA_OVERVIEW,        /* where the scores are revealed */
  SEEDS_AGENDA_FACTOR,          /* a factor that needs attention */
  SEEDS_AGENDA_EARLIER_STEPS,   /* the open steps of earlier meetings */
  SEEDS_AGENDA_CLOSE,           /* this meeting's next steps, and the report */
} SeedsAgendaKind;

typedef struct
{
  SeedsAgendaKind kind;
  guint           factor;   /* the factor's position, for SEEDS_AGENDA_FACTOR */
} SeedsAgendaStop;

#define SEEDS_TYPE_AGENDA (seeds_agenda_get_type ())

G_DECLARE_FINAL_TYPE (SeedsAgenda, seeds_agenda, SEEDS, AGENDA, GObject)

SeedsAgenda           *seeds_agenda_new                (SeedsMeetingSummary   *summary,
                                                        gboolean               revealed,
                                                        guint                  threshold,
                                                        gboolean               earlier_steps);
guint                  seeds_agenda_get_n_stops        (SeedsAgenda           *self);
const SeedsAgendaStop *seeds_agenda_get_stop           (SeedsAgenda           *self,
                                                        guint                  index);
guint                  seeds_agenda_find               (SeedsAgenda           *self,
                                                        const SeedsAgendaStop *stop);
guint                  seeds_agenda_find_factor        (SeedsAgenda           *self,
                                                        guint                  factor);
guint                  seeds_agenda_move               (SeedsAgenda           *self,
                                                        guint                  index,
                                                        int                    delta);
gboolean               seeds_agenda_reveals_here       (SeedsAgenda           *self,
                                                        guint                  index);
guint                  seeds_agenda_get_n_factors      (SeedsAgenda           *self);
const guint           *seeds_agenda_get_overview_order (SeedsAgenda           *self,
                                                        guint                 *n_positions);

void                   seeds_agenda_sort_steps         (GPtrArray             *steps,
                                                        SeedsMeeting          *meeting,
                                                        GPtrArray             *here,
                                                        GPtrArray             *earlier);

G_END_DECLS
