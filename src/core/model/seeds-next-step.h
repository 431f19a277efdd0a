/* seeds-next-step.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "model/seeds-catalog.h"

G_BEGIN_DECLS

typedef enum
{
  SEEDS_NEXT_STEP_OPEN,
  SEEDS_NEXT_STEP_DONE,
  SEEDS_NEXT_STEP_DROPPED,
} SeedsNextStepStatus;

#define SEEDS_N_NEXT_STEP_STATUSES (SEEDS_NEXT_STEP_DROPPED + 1)

#define SEEDS_TYPE_NEXT_STEP_STATUS (seeds_next_step_status_get_type ())

GType       seeds_next_step_status_get_type    (void) G_GNUC_CONST;
gboolean    seeds_next_step_status_is_valid    (int                  status);
const char *seeds_next_step_status_to_string   (SeedsNextStepStatus  status);
gboolean    seeds_next_step_status_from_string (const char          *string,
                                                SeedsNextStepStatus *status);
const char *seeds_next_step_status_get_label   (SeedsNextStepStatus  status);
const char *seeds_next_step_status_get_label_in (SeedsNextStepStatus  status,
                                                SeedsCatalog        *catalog);

/* What the review at the start of a later meeting decides about an open
 * step (see seeds_store_review_next_step()). A step carried over stays open. */
typedef enum
{
  SEEDS_REVIEW_DONE,
  SEEDS_REVIEW_CARRIED,
  SEEDS_REVIEW_DROPPED,
} SeedsReviewOutcome;

#define SEEDS_N_REVIEW_OUTCOMES (SEEDS_REVIEW_DROPPED + 1)

gboolean            seeds_review_outcome_is_valid   (int                 outcome);
SeedsNextStepStatus seeds_review_outcome_get_status (SeedsReviewOutcome  outcome);
const char         *seeds_review_outcome_get_label  (SeedsReviewOutcome  outcome);

#define SEEDS_TYPE_NEXT_STEP (seeds_next_step_get_type ())

G_DECLARE_FINAL_TYPE (SeedsNextStep, seeds_next_step, SEEDS, NEXT_STEP, GObject)

/* A next step the group agreed on for one factor in one meeting. due_date is
 * "YYYY-MM-DD" or NULL; meeting_date is the date of the meeting where it was
 * agreed, kept for display. reviewed_in is the meeting in whose review the
 * step was last marked done, carried over or dropped, or NULL: an open step
 * with a reviewed_in was carried over there. A step may take up an idea of
 * another learning community: its origin is that community's id and its
 * name at the time, or both NULL. */
SeedsNextStep       *seeds_next_step_new              (const char          *id,
                                                       const char          *meeting_id,
                                                       const char          *meeting_date,
                                                       const char          *factor_id,
                                                       const char          *text,
                                                       const char          *owner,
                                                       const char          *due_date,
                                                       SeedsNextStepStatus  status);
const char          *seeds_next_step_get_id           (SeedsNextStep       *self);
const char          *seeds_next_step_get_meeting_id   (SeedsNextStep       *self);
const char          *seeds_next_step_get_meeting_date (SeedsNextStep       *self);
const char          *seeds_next_step_get_factor_id    (SeedsNextStep       *self);
const char          *seeds_next_step_get_text         (SeedsNextStep       *self);
const char          *seeds_next_step_get_owner        (SeedsNextStep       *self);
const char          *seeds_next_step_get_due_date     (SeedsNextStep       *self);
SeedsNextStepStatus  seeds_next_step_get_status       (SeedsNextStep       *self);
const char          *seeds_next_step_get_reviewed_in  (SeedsNextStep       *self);
const char          *seeds_next_step_get_origin_id    (SeedsNextStep       *self);
const char          *seeds_next_step_get_origin_name  (SeedsNextStep       *self);
char                *seeds_next_step_add_origin_line  (SeedsNextStep       *self,
                                                       const char          *text);
void                 seeds_next_step_set_text         (SeedsNextStep       *self,
                                                       const char          *text);
void                 seeds_next_step_set_owner        (SeedsNextStep       *self,
                                                       const char          *owner);
void                 seeds_next_step_set_due_date     (SeedsNextStep       *self,
                                                       const char          *due_date);
void                 seeds_next_step_set_status       (SeedsNextStep       *self,
                                                       SeedsNextStepStatus  status);
void                 seeds_next_step_set_reviewed_in  (SeedsNextStep       *self,
                                                       const char          *meeting_id);
void                 seeds_next_step_set_origin       (SeedsNextStep       *self,
                                                       const char          *community_id,
                                                       const char          *name);

G_END_DECLS
