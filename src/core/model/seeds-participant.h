/* seeds-participant.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "model/seeds-partner-type.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_PARTICIPANT (seeds_participant_get_type ())

G_DECLARE_FINAL_TYPE (SeedsParticipant, seeds_participant, SEEDS, PARTICIPANT, GObject)

SeedsParticipant *seeds_participant_new              (const char       *id,
                                                      const char       *community_id,
                                                      const char       *name,
                                                      const char       *organisation,
                                                      SeedsPartnerType  partner_type);
const char       *seeds_participant_get_id           (SeedsParticipant *self);
const char       *seeds_participant_get_community_id (SeedsParticipant *self);
const char       *seeds_participant_get_name         (SeedsParticipant *self);
const char       *seeds_participant_get_organisation (SeedsParticipant *self);
SeedsPartnerType  seeds_participant_get_partner_type (SeedsParticipant *self);
void              seeds_participant_set_name         (SeedsParticipant *self,
                                                      const char       *name);
void              seeds_participant_set_organisation (SeedsParticipant *self,
                                                      const char       *organisation);
void              seeds_participant_set_partner_type (SeedsParticipant *self,
                                                      SeedsPartnerType  partner_type);
const char       *seeds_participant_get_role         (SeedsParticipant *self);
void              seeds_participant_set_role         (SeedsParticipant *self,
                                                      const char       *role);

G_END_DECLS
