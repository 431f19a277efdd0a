/* seeds-points-rules.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* What earns a learning community team points: always the work of
 * learning together, never a score. The kinds are the app's, since each
 * is a query of the store; which of them count, for how many points and
 * with which parameters is data (data/points.rules, see docs/formats.md). */
typedef enum
{
  SEEDS_RULE_MEETING_SCORED,    /* a meeting scored by at least min_members */
  SEEDS_RULE_STEPS_REVIEWED,    /* a meeting that reviewed earlier next steps */
  SEEDS_RULE_STEP_DONE,         /* a next step done */
  SEEDS_RULE_FAILURE_RECORDED,  /* a brilliant failure written down */
  SEEDS_RULE_PROFILE_SHARED,    /* the profile saved to share, once a month */
  SEEDS_RULE_LESSON_TAKEN,      /* a next step from another community's idea,
                                 * once per community and factor */
} SeedsRuleKind;

#define SEEDS_N_RULE_KINDS (SEEDS_RULE_LESSON_TAKEN + 1)

typedef struct
{
  SeedsRuleKind kind;
  guint         points;
  guint         min_members;  /* SEEDS_RULE_MEETING_SCORED only */
} SeedsPointsRule;

#define SEEDS_TYPE_POINTS_RULES (seeds_points_rules_get_type ())

G_DECLARE_FINAL_TYPE (SeedsPointsRules, seeds_points_rules, SEEDS, POINTS_RULES, GObject)

SeedsPointsRules      *seeds_points_rules_new_default   (void);
SeedsPointsRules      *seeds_points_rules_new_from_data (const char        *data,
                                                         gsize              length,
                                                         GError           **error);
guint                  seeds_points_rules_get_n_rules   (SeedsPointsRules  *self);
const SeedsPointsRule *seeds_points_rules_get_rule      (SeedsPointsRules  *self,
                                                         guint              position);
const SeedsPointsRule *seeds_points_rules_lookup        (SeedsPointsRules  *self,
                                                         SeedsRuleKind      kind);

const char            *seeds_rule_kind_to_string        (SeedsRuleKind      kind);
gboolean               seeds_rule_kind_from_string      (const char        *string,
                                                         SeedsRuleKind     *kind);
const char            *seeds_points_rule_get_title      (const SeedsPointsRule *rule);
char                  *seeds_points_rule_describe       (const SeedsPointsRule *rule);
const char            *seeds_points_rule_title_for_id   (const char        *rule_id);

G_END_DECLS
