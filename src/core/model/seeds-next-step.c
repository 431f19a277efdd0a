/* seeds-next-step.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "model/seeds-next-step.h"
#include "model/seeds-string.h"

static const struct
{
  const char *string;  /* stored in the database: never change */
  const char *label;
} statuses[] = {
  [SEEDS_NEXT_STEP_OPEN]    = { "open",    NC_("next step status", "Open") },
  [SEEDS_NEXT_STEP_DONE]    = { "done",    NC_("next step status", "Done") },
  [SEEDS_NEXT_STEP_DROPPED] = { "dropped", NC_("next step status", "Dropped") },
};

G_STATIC_ASSERT (G_N_ELEMENTS (statuses) == SEEDS_N_NEXT_STEP_STATUSES);

GType
seeds_next_step_status_get_type (void)
{
  static gsize type_id;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { SEEDS_NEXT_STEP_OPEN, "SEEDS_NEXT_STEP_OPEN", "open" },
        { SEEDS_NEXT_STEP_DONE, "SEEDS_NEXT_STEP_DONE", "done" },
        { SEEDS_NEXT_STEP_DROPPED, "SEEDS_NEXT_STEP_DROPPED", "dropped" },
        { 0, NULL, NULL }
      };
      GType type = g_enum_register_static (g_intern_static_string ("SeedsNextStepStatus"),
                                           values);

      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

gboolean
seeds_next_step_status_is_valid (int status)
{
  return status >= 0 && status < SEEDS_N_NEXT_STEP_STATUSES;
}

const char *
seeds_next_step_status_to_string (SeedsNextStepStatus status)
{
  g_return_val_if_fail (seeds_next_step_status_is_valid (status), NULL);

  return statuses[status].string;
}

gboolean
seeds_next_step_status_from_string (const char          *string,
                                    SeedsNextStepStatus *status)
{
  g_return_val_if_fail (status != NULL, FALSE);

  if (string == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      if (g_str_equal (string, statuses[i].string))
        {
          *status = (SeedsNextStepStatus) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
seeds_next_step_status_get_label (SeedsNextStepStatus status)
{
  return seeds_next_step_status_get_label_in (status, NULL);
}

/* The status's name in catalog's language (NULL: the session's). */
const char *
seeds_next_step_status_get_label_in (SeedsNextStepStatus  status,
                                     SeedsCatalog        *catalog)
{
  g_return_val_if_fail (seeds_next_step_status_is_valid (status), NULL);

  return TC_(catalog, "next step status", statuses[status].label);
}

static const struct
{
  SeedsNextStepStatus  status;
  const char          *label;
} outcomes[] = {
  [SEEDS_REVIEW_DONE]    = { SEEDS_NEXT_STEP_DONE,    NC_("next step review", "Done") },
  [SEEDS_REVIEW_CARRIED] = { SEEDS_NEXT_STEP_OPEN,    NC_("next step review", "Carried over") },
  [SEEDS_REVIEW_DROPPED] = { SEEDS_NEXT_STEP_DROPPED, NC_("next step review", "Dropped") },
};

G_STATIC_ASSERT (G_N_ELEMENTS (outcomes) == SEEDS_N_REVIEW_OUTCOMES);

gboolean
seeds_review_outcome_is_valid (int outcome)
{
  return outcome >= 0 && outcome < SEEDS_N_REVIEW_OUTCOMES;
}

/* The status a step has after the review: carried over keeps it open. */
SeedsNextStepStatus
seeds_review_outcome_get_status (SeedsReviewOutcome outcome)
{
  g_return_val_if_fail (seeds_review_outcome_is_valid (outcome), SEEDS_NEXT_STEP_OPEN);

  return outcomes[outcome].status;
}

const char *
seeds_review_outcome_get_label (SeedsReviewOutcome outcome)
{
  g_return_val_if_fail (seeds_review_outcome_is_valid (outcome), NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "next step review", outcomes[outcome].label);
}

struct _SeedsNextStep
{
  GObject              parent_instance;

  char                *id;
  char                *meeting_id;
  char                *meeting_date;
  char                *factor_id;
  char                *text;
  char                *owner;
  char                *due_date;
  SeedsNextStepStatus  status;
  char                *reviewed_in;
  char                *origin_id;
  char                *origin_name;
};

G_DEFINE_FINAL_TYPE (SeedsNextStep, seeds_next_step, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_MEETING_ID,
  PROP_MEETING_DATE,
  PROP_FACTOR_ID,
  PROP_TEXT,
  PROP_OWNER,
  PROP_DUE_DATE,
  PROP_STATUS,
  PROP_REVIEWED_IN,
  PROP_ORIGIN_ID,
  PROP_ORIGIN_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
seeds_next_step_finalize (GObject *object)
{
  SeedsNextStep *self = (SeedsNextStep *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->meeting_id, g_free);
  g_clear_pointer (&self->meeting_date, g_free);
  g_clear_pointer (&self->factor_id, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->owner, g_free);
  g_clear_pointer (&self->due_date, g_free);
  g_clear_pointer (&self->reviewed_in, g_free);
  g_clear_pointer (&self->origin_id, g_free);
  g_clear_pointer (&self->origin_name, g_free);

  G_OBJECT_CLASS (seeds_next_step_parent_class)->finalize (object);
}

static void
seeds_next_step_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SeedsNextStep *self = SEEDS_NEXT_STEP (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_MEETING_ID:
      g_value_set_string (value, self->meeting_id);
      break;

    case PROP_MEETING_DATE:
      g_value_set_string (value, self->meeting_date);
      break;

    case PROP_FACTOR_ID:
      g_value_set_string (value, self->factor_id);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_OWNER:
      g_value_set_string (value, self->owner);
      break;

    case PROP_DUE_DATE:
      g_value_set_string (value, self->due_date);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_REVIEWED_IN:
      g_value_set_string (value, self->reviewed_in);
      break;

    case PROP_ORIGIN_ID:
      g_value_set_string (value, self->origin_id);
      break;

    case PROP_ORIGIN_NAME:
      g_value_set_string (value, self->origin_name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
seeds_next_step_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SeedsNextStep *self = SEEDS_NEXT_STEP (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_MEETING_ID:
      self->meeting_id = g_value_dup_string (value);
      break;

    case PROP_MEETING_DATE:
      self->meeting_date = g_value_dup_string (value);
      break;

    case PROP_FACTOR_ID:
      self->factor_id = g_value_dup_string (value);
      break;

    case PROP_TEXT:
      seeds_next_step_set_text (self, g_value_get_string (value));
      break;

    case PROP_OWNER:
      seeds_next_step_set_owner (self, g_value_get_string (value));
      break;

    case PROP_DUE_DATE:
      seeds_next_step_set_due_date (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      seeds_next_step_set_status (self, g_value_get_enum (value));
      break;

    case PROP_REVIEWED_IN:
      seeds_next_step_set_reviewed_in (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
seeds_next_step_class_init (SeedsNextStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = seeds_next_step_finalize;
  object_class->get_property = seeds_next_step_get_property;
  object_class->set_property = seeds_next_step_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_MEETING_ID] =
    g_param_spec_string ("meeting-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_MEETING_DATE] =
    g_param_spec_string ("meeting-date", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_FACTOR_ID] =
    g_param_spec_string ("factor-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_OWNER] =
    g_param_spec_string ("owner", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_DUE_DATE] =
    g_param_spec_string ("due-date", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       SEEDS_TYPE_NEXT_STEP_STATUS,
                       SEEDS_NEXT_STEP_OPEN,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  properties[PROP_REVIEWED_IN] =
    g_param_spec_string ("reviewed-in", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /* Set together with seeds_next_step_set_origin() */
  properties[PROP_ORIGIN_ID] =
    g_param_spec_string ("origin-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_ORIGIN_NAME] =
    g_param_spec_string ("origin-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
seeds_next_step_init (SeedsNextStep *self)
{
  self->text = g_strdup ("");
  self->owner = g_strdup ("");
  self->status = SEEDS_NEXT_STEP_OPEN;
}

SeedsNextStep *
seeds_next_step_new (const char          *id,
                     const char          *meeting_id,
                     const char          *meeting_date,
                     const char          *factor_id,
                     const char          *text,
                     const char          *owner,
                     const char          *due_date,
                     SeedsNextStepStatus  status)
{
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (meeting_id != NULL, NULL);
  g_return_val_if_fail (meeting_date != NULL, NULL);
  g_return_val_if_fail (factor_id != NULL, NULL);

  return g_object_new (SEEDS_TYPE_NEXT_STEP,
                       "id", id,
                       "meeting-id", meeting_id,
                       "meeting-date", meeting_date,
                       "factor-id", factor_id,
                       "text", text,
                       "owner", owner,
                       "due-date", due_date,
                       "status", status,
                       NULL);
}

const char *
seeds_next_step_get_id (SeedsNextStep *self)
{
  g_return_val_if_fail (SEEDS_IS_NEXT_STEP (self), NULL);

  return self->id;
}

const char *
seeds_next_step_get_meeting_id (SeedsNextStep *self)
{
  g_return_val_if_fail (SEEDS_IS_NEXT_STEP (self), NULL);

  return self->meeting_id;
}

const char *
seeds_next_step_get_meeting_date (SeedsNextStep *self)
{
  g_return_val_if_fail (SEEDS_IS_NEXT_STEP (self), NULL);

  return self->meeting_date;
}

const char *
seeds_next_step_get_factor_id (SeedsNextStep *self)
{
  g_return_val_if_fail (SEEDS_IS_NEXT_STEP (self), NULL);

  return self->factor_id;
}

const char *
seeds_next_step_get_text (SeedsNextStep *self)
{
  g_return_val_if_fail (SEEDS_IS_NEXT_STEP (self), NULL);

  return self->text;
}

const char *
seeds_next_step_get_owner (SeedsNextStep *self)
{
  g_return_val_if_fail (SEEDS_IS_NEXT_STEP (self), NULL);

  return self->owner;
}

const char *
seeds_next_step_get_due_date (SeedsNextStep *self)
{
  g_return_val_if_fail (SEEDS_IS_NEXT_STEP (self), NULL);

  return self->due_date;
}

SeedsNextStepStatus
seeds_next_step_get_status (SeedsNextStep *self)
{
  g_return_val_if_fail (SEEDS_IS_NEXT_STEP (self), 0);

  return self->status;
}

/* The id of the meeting in whose review the step was last marked done,
 * carried over or dropped, or NULL. */
const char *
seeds_next_step_get_reviewed_in (SeedsNextStep *self)
{
  g_return_val_if_fail (SEEDS_IS_NEXT_STEP (self), NULL);

  return self->reviewed_in;
}

void
seeds_next_step_set_text (SeedsNextStep *self,
                          const char    *text)
{
  g_return_if_fail (SEEDS_IS_NEXT_STEP (self));

  if (seeds_set_string (&self->text, text != NULL ? text : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

void
seeds_next_step_set_owner (SeedsNextStep *self,
                           const char    *owner)
{
  g_return_if_fail (SEEDS_IS_NEXT_STEP (self));

  if (seeds_set_string (&self->owner, owner != NULL ? owner : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER]);
}

void
seeds_next_step_set_due_date (SeedsNextStep *self,
                              const char    *due_date)
{
  g_return_if_fail (SEEDS_IS_NEXT_STEP (self));

  if (due_date != NULL && *due_date == '\0')
    due_date = NULL;

  if (seeds_set_string (&self->due_date, due_date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUE_DATE]);
}

void
seeds_next_step_set_status (SeedsNextStep       *self,
                            SeedsNextStepStatus  status)
{
  g_return_if_fail (SEEDS_IS_NEXT_STEP (self));
  g_return_if_fail (seeds_next_step_status_is_valid (status));

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

void
seeds_next_step_set_reviewed_in (SeedsNextStep *self,
                                 const char    *meeting_id)
{
  g_return_if_fail (SEEDS_IS_NEXT_STEP (self));

  if (seeds_set_string (&self->reviewed_in, meeting_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEWED_IN]);
}

/* (nullable): the id of the learning community whose idea the step takes
 * up, or NULL */
const char *
seeds_next_step_get_origin_id (SeedsNextStep *self)
{
  g_return_val_if_fail (SEEDS_IS_NEXT_STEP (self), NULL);

  return self->origin_id;
}

/* (nullable): that community's name when the step was made, or NULL */
const char *
seeds_next_step_get_origin_name (SeedsNextStep *self)
{
  g_return_val_if_fail (SEEDS_IS_NEXT_STEP (self), NULL);

  return self->origin_name;
}

/**
 * seeds_next_step_add_origin_line:
 * @text: what is said of the step
 *
 * Returns: (transfer full): @text, with "Idea from Rainwater Roundtable"
 *   on a line under it when the step takes up another community's idea.
 *   Plain text, never markup: the name is another community's.
 */
char *
seeds_next_step_add_origin_line (SeedsNextStep *self,
                                 const char    *text)
{
  g_autofree char *origin = NULL;

  g_return_val_if_fail (SEEDS_IS_NEXT_STEP (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  if (self->origin_name == NULL)
    return g_strdup (text);

  /* Translators: under a next step: the learning community whose idea it
   * takes up */
  origin = g_strdup_printf (_("Idea from %s"), self->origin_name);
  return g_strdup_printf ("%s\n%s", text, origin);
}

/* Both or neither: a step without an origin has no name of one either. */
void
seeds_next_step_set_origin (SeedsNextStep *self,
                            const char    *community_id,
                            const char    *name)
{
  g_return_if_fail (SEEDS_IS_NEXT_STEP (self));
  g_return_if_fail ((community_id == NULL) == (name == NULL));

  g_object_freeze_notify (G_OBJECT (self));
  if (seeds_set_string (&self->origin_id, community_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORIGIN_ID]);
  if (seeds_set_string (&self->origin_name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORIGIN_NAME]);
  g_object_thaw_notify (G_OBJECT (self));
}
