/* seeds-participant.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "model/seeds-participant.h"
#include "model/seeds-string.h"

struct _SeedsParticipant
{
  GObject           parent_instance;

  char             *id;
  char             *community_id;
  char             *name;
  char             *organisation;
  SeedsPartnerType  partner_type;
  char             *role;  /* (nullable): the id of a role of the framework */
};

G_DEFINE_FINAL_TYPE (SeedsParticipant, seeds_participant, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_COMMUNITY_ID,
  PROP_NAME,
  PROP_ORGANISATION,
  PROP_PARTNER_TYPE,
  PROP_ROLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
seeds_participant_finalize (GObject *object)
{
  SeedsParticipant *self = (SeedsParticipant *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->community_id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->organisation, g_free);
  g_clear_pointer (&self->role, g_free);

  G_OBJECT_CLASS (seeds_participant_parent_class)->finalize (object);
}

static void
seeds_participant_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SeedsParticipant *self = SEEDS_PARTICIPANT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_COMMUNITY_ID:
      g_value_set_string (value, self->community_id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_ORGANISATION:
      g_value_set_string (value, self->organisation);
      break;

    case PROP_PARTNER_TYPE:
      g_value_set_enum (value, self->partner_type);
      break;

    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
seeds_participant_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SeedsParticipant *self = SEEDS_PARTICIPANT (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_COMMUNITY_ID:
      self->community_id = g_value_dup_string (value);
      break;

    case PROP_NAME:
      seeds_participant_set_name (self, g_value_get_string (value));
      break;

    case PROP_ORGANISATION:
      seeds_participant_set_organisation (self, g_value_get_string (value));
      break;

    case PROP_PARTNER_TYPE:
      seeds_participant_set_partner_type (self, g_value_get_enum (value));
      break;

    case PROP_ROLE:
      seeds_participant_set_role (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
seeds_participant_class_init (SeedsParticipantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = seeds_participant_finalize;
  object_class->get_property = seeds_participant_get_property;
  object_class->set_property = seeds_participant_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_COMMUNITY_ID] =
    g_param_spec_string ("community-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_ORGANISATION] =
    g_param_spec_string ("organisation", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_PARTNER_TYPE] =
    g_param_spec_enum ("partner-type", NULL, NULL,
                       SEEDS_TYPE_PARTNER_TYPE,
                       SEEDS_PARTNER_OTHER,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
seeds_participant_init (SeedsParticipant *self)
{
  self->name = g_strdup ("");
  self->organisation = g_strdup ("");
  self->partner_type = SEEDS_PARTNER_OTHER;
}

SeedsParticipant *
seeds_participant_new (const char       *id,
                       const char       *community_id,
                       const char       *name,
                       const char       *organisation,
                       SeedsPartnerType  partner_type)
{
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (community_id != NULL, NULL);

  return g_object_new (SEEDS_TYPE_PARTICIPANT,
                       "id", id,
                       "community-id", community_id,
                       "name", name,
                       "organisation", organisation,
                       "partner-type", partner_type,
                       NULL);
}

const char *
seeds_participant_get_id (SeedsParticipant *self)
{
  g_return_val_if_fail (SEEDS_IS_PARTICIPANT (self), NULL);

  return self->id;
}

const char *
seeds_participant_get_community_id (SeedsParticipant *self)
{
  g_return_val_if_fail (SEEDS_IS_PARTICIPANT (self), NULL);

  return self->community_id;
}

const char *
seeds_participant_get_name (SeedsParticipant *self)
{
  g_return_val_if_fail (SEEDS_IS_PARTICIPANT (self), NULL);

  return self->name;
}

const char *
seeds_participant_get_organisation (SeedsParticipant *self)
{
  g_return_val_if_fail (SEEDS_IS_PARTICIPANT (self), NULL);

  return self->organisation;
}

SeedsPartnerType
seeds_participant_get_partner_type (SeedsParticipant *self)
{
  g_return_val_if_fail (SEEDS_IS_PARTICIPANT (self), 0);

  return self->partner_type;
}

void
seeds_participant_set_name (SeedsParticipant *self,
                            const char       *name)
{
  g_return_if_fail (SEEDS_IS_PARTICIPANT (self));

  if (seeds_set_string (&self->name, name != NULL ? name : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

void
seeds_participant_set_organisation (SeedsParticipant *self,
                                    const char       *organisation)
{
  g_return_if_fail (SEEDS_IS_PARTICIPANT (self));

  if (seeds_set_string (&self->organisation, organisation != NULL ? organisation : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION]);
}

void
seeds_participant_set_partner_type (SeedsParticipant *self,
                                    SeedsPartnerType  partner_type)
{
  g_return_if_fail (SEEDS_IS_PARTICIPANT (self));
  g_return_if_fail (seeds_partner_type_is_valid (partner_type));

  if (self->partner_type == partner_type)
    return;

  self->partner_type = partner_type;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTNER_TYPE]);
}

/* Returns: (nullable): the id of the participant's role in the framework
 * (seeds_framework_get_roles()), or %NULL when they have none */
const char *
seeds_participant_get_role (SeedsParticipant *self)
{
  g_return_val_if_fail (SEEDS_IS_PARTICIPANT (self), NULL);

  return self->role;
}

void
seeds_participant_set_role (SeedsParticipant *self,
                            const char       *role)
{
  g_return_if_fail (SEEDS_IS_PARTICIPANT (self));

  if (seeds_set_string (&self->role, role != NULL && *role != '\0' ? role : NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}
