/* seeds-meeting.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "model/seeds-meeting.h"
#include "model/seeds-string.h"

/* Stored in the database and written to exported files: never change. */
static const char * const kinds[] = {
  [SEEDS_MEETING_SCORES] = "scores",
  [SEEDS_MEETING_POSTER] = "poster",
};

G_STATIC_ASSERT (G_N_ELEMENTS (kinds) == SEEDS_N_MEETING_KINDS);

GType
seeds_meeting_kind_get_type (void)
{
  static gsize type_id;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { SEEDS_MEETING_SCORES, "SEEDS_MEETING_SCORES", "scores" },
        { SEEDS_MEETING_POSTER, "SEEDS_MEETING_POSTER", "poster" },
        { 0, NULL, NULL }
      };
      GType type = g_enum_register_static (g_intern_static_string ("SeedsMeetingKind"), values);

      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

gboolean
seeds_meeting_kind_is_valid (int kind)
{
  return kind >= 0 && kind < SEEDS_N_MEETING_KINDS;
}

const char *
seeds_meeting_kind_to_string (SeedsMeetingKind kind)
{
  g_return_val_if_fail (seeds_meeting_kind_is_valid (kind), NULL);

  return kinds[kind];
}

gboolean
seeds_meeting_kind_from_string (const char       *string,
                                SeedsMeetingKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  for (guint i = 0; string != NULL && i < G_N_ELEMENTS (kinds); i++)
    {
      if (g_str_equal (string, kinds[i]))
        {
          *kind = (SeedsMeetingKind) i;
          return TRUE;
        }
    }

  return FALSE;
}

struct _SeedsMeeting
{
  GObject           parent_instance;

  char             *id;
  char             *community_id;
  char             *framework_id;
  guint             framework_edition;
  SeedsMeetingKind  kind;
  char             *date;
  char             *title;
  char             *notes;
};

G_DEFINE_FINAL_TYPE (SeedsMeeting, seeds_meeting, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_COMMUNITY_ID,
  PROP_FRAMEWORK_ID,
  PROP_FRAMEWORK_EDITION,
  PROP_KIND,
  PROP_DATE,
  PROP_TITLE,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
seeds_meeting_finalize (GObject *object)
{
  SeedsMeeting *self = (SeedsMeeting *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->community_id, g_free);
  g_clear_pointer (&self->framework_id, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (seeds_meeting_parent_class)->finalize (object);
}

static void
seeds_meeting_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SeedsMeeting *self = SEEDS_MEETING (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_COMMUNITY_ID:
      g_value_set_string (value, self->community_id);
      break;

    case PROP_FRAMEWORK_ID:
      g_value_set_string (value, self->framework_id);
      break;

    case PROP_FRAMEWORK_EDITION:
      g_value_set_uint (value, self->framework_edition);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
seeds_meeting_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  SeedsMeeting *self = SEEDS_MEETING (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_COMMUNITY_ID:
      self->community_id = g_value_dup_string (value);
      break;

    case PROP_FRAMEWORK_ID:
      self->framework_id = g_value_dup_string (value);
      break;

    case PROP_FRAMEWORK_EDITION:
      self->framework_edition = g_value_get_uint (value);
      break;

    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;

    case PROP_DATE:
      seeds_meeting_set_date (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      seeds_meeting_set_title (self, g_value_get_string (value));
      break;

    case PROP_NOTES:
      seeds_meeting_set_notes (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
seeds_meeting_class_init (SeedsMeetingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = seeds_meeting_finalize;
  object_class->get_property = seeds_meeting_get_property;
  object_class->set_property = seeds_meeting_set_property;

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

  properties[PROP_FRAMEWORK_ID] =
    g_param_spec_string ("framework-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  /* The edition of the framework the meeting is scored with: a framework
   * that changes keeps its id and gets a new edition. */
  properties[PROP_FRAMEWORK_EDITION] =
    g_param_spec_uint ("framework-edition", NULL, NULL,
                       1, G_MAXUINT, 1,
                       (G_PARAM_READWRITE |
                        G_PARAM_CONSTRUCT_ONLY |
                        G_PARAM_STATIC_STRINGS));

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       SEEDS_TYPE_MEETING_KIND,
                       SEEDS_MEETING_SCORES,
                       (G_PARAM_READWRITE |
                        G_PARAM_CONSTRUCT_ONLY |
                        G_PARAM_STATIC_STRINGS));

  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
seeds_meeting_init (SeedsMeeting *self)
{
  self->date = g_strdup ("");
  self->title = g_strdup ("");
  self->notes = g_strdup ("");
}

/* A meeting scored by its participants */
SeedsMeeting *
seeds_meeting_new (const char *id,
                   const char *community_id,
                   const char *framework_id,
                   const char *date,
                   const char *title,
                   const char *notes)
{
  return seeds_meeting_new_of_kind (id, community_id, framework_id, SEEDS_MEETING_SCORES,
                                    date, title, notes);
}

SeedsMeeting *
seeds_meeting_new_of_kind (const char       *id,
                           const char       *community_id,
                           const char       *framework_id,
                           SeedsMeetingKind  kind,
                           const char       *date,
                           const char       *title,
                           const char       *notes)
{
  return seeds_meeting_new_full (id, community_id, framework_id, 1, kind, date, title, notes);
}

const char *
seeds_meeting_get_id (SeedsMeeting *self)
{
  g_return_val_if_fail (SEEDS_IS_MEETING (self), NULL);

  return self->id;
}

const char *
seeds_meeting_get_community_id (SeedsMeeting *self)
{
  g_return_val_if_fail (SEEDS_IS_MEETING (self), NULL);

  return self->community_id;
}

/**
 * seeds_meeting_new_full:
 *
 * As seeds_meeting_new_of_kind(), with the edition of the meeting's
 * framework, which the others take to be 1.
 */
SeedsMeeting *
seeds_meeting_new_full (const char       *id,
                        const char       *community_id,
                        const char       *framework_id,
                        guint             framework_edition,
                        SeedsMeetingKind  kind,
                        const char       *date,
                        const char       *title,
                        const char       *notes)
{
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (community_id != NULL, NULL);
  g_return_val_if_fail (framework_id != NULL, NULL);
  g_return_val_if_fail (framework_edition >= 1, NULL);
  g_return_val_if_fail (seeds_meeting_kind_is_valid (kind), NULL);

  return g_object_new (SEEDS_TYPE_MEETING,
                       "id", id,
                       "community-id", community_id,
                       "framework-id", framework_id,
                       "framework-edition", framework_edition,
                       "kind", kind,
                       "date", date,
                       "title", title,
                       "notes", notes,
                       NULL);
}

guint
seeds_meeting_get_framework_edition (SeedsMeeting *self)
{
  g_return_val_if_fail (SEEDS_IS_MEETING (self), 1);

  return self->framework_edition;
}

const char *
seeds_meeting_get_framework_id (SeedsMeeting *self)
{
  g_return_val_if_fail (SEEDS_IS_MEETING (self), NULL);

  return self->framework_id;
}

SeedsMeetingKind
seeds_meeting_get_kind (SeedsMeeting *self)
{
  g_return_val_if_fail (SEEDS_IS_MEETING (self), SEEDS_MEETING_SCORES);

  return self->kind;
}

const char *
seeds_meeting_get_date (SeedsMeeting *self)
{
  g_return_val_if_fail (SEEDS_IS_MEETING (self), NULL);

  return self->date;
}

const char *
seeds_meeting_get_title (SeedsMeeting *self)
{
  g_return_val_if_fail (SEEDS_IS_MEETING (self), NULL);

  return self->title;
}

const char *
seeds_meeting_get_notes (SeedsMeeting *self)
{
  g_return_val_if_fail (SEEDS_IS_MEETING (self), NULL);

  return self->notes;
}

void
seeds_meeting_set_date (SeedsMeeting *self,
                        const char   *date)
{
  g_return_if_fail (SEEDS_IS_MEETING (self));

  if (seeds_set_string (&self->date, date != NULL ? date : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

void
seeds_meeting_set_title (SeedsMeeting *self,
                         const char   *title)
{
  g_return_if_fail (SEEDS_IS_MEETING (self));

  if (seeds_set_string (&self->title, title != NULL ? title : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

void
seeds_meeting_set_notes (SeedsMeeting *self,
                         const char   *notes)
{
  g_return_if_fail (SEEDS_IS_MEETING (self));

  if (seeds_set_string (&self->notes, notes != NULL ? notes : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}
