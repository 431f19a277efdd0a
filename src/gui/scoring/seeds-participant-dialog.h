/* seeds-participant-dialog.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "seeds-form-dialog.h"
#include "model/seeds-participant.h"

G_BEGIN_DECLS

/* The response when someone from an earlier meeting was chosen. */
#define SEEDS_PARTICIPANT_DIALOG_EXISTING "existing"

#define SEEDS_TYPE_PARTICIPANT_DIALOG (seeds_participant_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SeedsParticipantDialog, seeds_participant_dialog, SEEDS, PARTICIPANT_DIALOG, SeedsFormDialog)

SeedsParticipantDialog *seeds_participant_dialog_new              (GtkWindow              *parent,
                                                                   GPtrArray              *known);
char                   *seeds_participant_dialog_get_name         (SeedsParticipantDialog *self);
char                   *seeds_participant_dialog_get_organisation (SeedsParticipantDialog *self);
SeedsPartnerType        seeds_participant_dialog_get_partner_type (SeedsParticipantDialog *self);
SeedsParticipant       *seeds_participant_dialog_get_existing     (SeedsParticipantDialog *self);

G_END_DECLS
