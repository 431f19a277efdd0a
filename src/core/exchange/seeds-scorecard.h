/* seeds-scorecard.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "exchange/seeds-exchange.h"
#include "model/seeds-framework.h"
#include "model/seeds-partner-type.h"
#include "model/seeds-score.h"

G_BEGIN_DECLS

/* A score card (.seedscard): one participant's scores of one meeting, made
 * on their own desktop and imported by the facilitator. Plain data; see
 * docs/formats.md. */

#define SEEDS_TYPE_SCORECARD (seeds_scorecard_get_type ())

G_DECLARE_FINAL_TYPE (SeedsScorecard, seeds_scorecard, SEEDS, SCORECARD, GObject)

SeedsScorecard   *seeds_scorecard_new                  (const char       *framework_id,
                                                        const char       *meeting_id,
                                                        const char       *participant_id,
                                                        const char       *name,
                                                        const char       *organisation,
                                                        SeedsPartnerType  partner_type);
SeedsScorecard   *seeds_scorecard_new_from_bytes       (GBytes           *bytes,
                                                        SeedsFramework   *framework,
                                                        GError          **error);
SeedsScorecard   *seeds_scorecard_new_from_file        (GFile            *file,
                                                        SeedsFramework   *framework,
                                                        GError          **error);
const char       *seeds_scorecard_get_framework_id     (SeedsScorecard   *self);
guint             seeds_scorecard_get_framework_edition (SeedsScorecard  *self);
void              seeds_scorecard_set_framework_edition (SeedsScorecard  *self,
                                                        guint            edition);
const char       *seeds_scorecard_get_meeting_id       (SeedsScorecard   *self);
const char       *seeds_scorecard_get_participant_id   (SeedsScorecard   *self);
const char       *seeds_scorecard_get_name             (SeedsScorecard   *self);
const char       *seeds_scorecard_get_organisation     (SeedsScorecard   *self);
SeedsPartnerType  seeds_scorecard_get_partner_type     (SeedsScorecard   *self);
void              seeds_scorecard_set_score            (SeedsScorecard   *self,
                                                        const char       *factor_id,
                                                        int               value,
                                                        const char       *comment);
int               seeds_scorecard_get_score            (SeedsScorecard   *self,
                                                        const char       *factor_id);
const char       *seeds_scorecard_get_comment          (SeedsScorecard   *self,
                                                        const char       *factor_id);
char            **seeds_scorecard_get_factor_ids       (SeedsScorecard   *self);
guint             seeds_scorecard_get_n_scores         (SeedsScorecard   *self);
gboolean          seeds_scorecard_equal                (SeedsScorecard   *a,
                                                        SeedsScorecard   *b);
GBytes           *seeds_scorecard_to_bytes             (SeedsScorecard   *self);
gboolean          seeds_scorecard_save                 (SeedsScorecard   *self,
                                                        GFile            *file,
                                                        GError          **error);

G_END_DECLS
