/* seeds-live-answer.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "exchange/seeds-scorecard.h"
#include "live/seeds-live-form.h"
#include "model/seeds-framework.h"

G_BEGIN_DECLS

/* What a member sent with the live round's form: their answers as they
 * typed and chose them, until they become a score card. */

typedef struct _SeedsLiveAnswer SeedsLiveAnswer;

SeedsLiveAnswer *seeds_live_answer_new_from_form    (SeedsLiveForm    *form,
                                                     SeedsFramework   *framework,
                                                     gboolean          allow_anonymous,
                                                     GError          **error);
void             seeds_live_answer_free             (SeedsLiveAnswer  *self);
const char      *seeds_live_answer_get_member       (SeedsLiveAnswer  *self);
gboolean         seeds_live_answer_get_anonymous    (SeedsLiveAnswer  *self);
const char      *seeds_live_answer_get_name         (SeedsLiveAnswer  *self);
const char      *seeds_live_answer_get_organisation (SeedsLiveAnswer  *self);
gboolean         seeds_live_answer_get_partner_type (SeedsLiveAnswer  *self,
                                                     SeedsPartnerType *type);
int              seeds_live_answer_get_score        (SeedsLiveAnswer  *self,
                                                     const char       *factor_id);
guint            seeds_live_answer_get_n_scores     (SeedsLiveAnswer  *self);
SeedsScorecard  *seeds_live_answer_to_card          (SeedsLiveAnswer  *self,
                                                     const char       *framework_id,
                                                     const char       *meeting_id,
                                                     const char       *participant_id,
                                                     const char       *anonymous_name,
                                                     GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SeedsLiveAnswer, seeds_live_answer_free)

G_END_DECLS
