/* seeds-invitation.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "exchange/seeds-exchange-private.h"
#include "exchange/seeds-invitation.h"

struct _SeedsInvitation
{
  GObject  parent_instance;

  char    *framework_id;
  guint    framework_edition;
  char    *community_id;
  char    *community_name;
  char    *meeting_id;
  char    *date;
  char    *title;
};

G_DEFINE_FINAL_TYPE (SeedsInvitation, seeds_invitation, G_TYPE_OBJECT)

static void
seeds_invitation_finalize (GObject *object)
{
  SeedsInvitation *self = (SeedsInvitation *)object;

  g_clear_pointer (&self->framework_id, g_free);
  g_clear_pointer (&self->community_id, g_free);
  g_clear_pointer (&self->community_name, g_free);
  g_clear_pointer (&self->meeting_id, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (seeds_invitation_parent_class)->finalize (object);
}

static void
seeds_invitation_class_init (SeedsInvitationClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = seeds_invitation_finalize;
}

static void
seeds_invitation_init (SeedsInvitation *self)
{
  self->framework_edition = 1;
}

/**
 * seeds_invitation_new:
 * @framework_id: the framework the meeting is scored with
 * @community_id: the UUID of the learning community
 * @community_name: its name
 * @meeting_id: the UUID of the meeting
 * @date: the date of the meeting, "YYYY-MM-DD"
 * @title: the title of the meeting
 *
 * Returns: (transfer full): a new invitation
 */
SeedsInvitation *
seeds_invitation_new (const char *framework_id,
                      const char *community_id,
                      const char *community_name,
                      const char *meeting_id,
                      const char *date,
                      const char *title)
{
  SeedsInvitation *self;

  g_return_val_if_fail (framework_id != NULL, NULL);
  g_return_val_if_fail (community_id != NULL, NULL);
  g_return_val_if_fail (community_name != NULL, NULL);
  g_return_val_if_fail (meeting_id != NULL, NULL);
  g_return_val_if_fail (date != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (SEEDS_TYPE_INVITATION, NULL);
  self->framework_id = g_strdup (framework_id);
  self->community_id = g_strdup (community_id);
  self->community_name = g_strdup (community_name);
  self->meeting_id = g_strdup (meeting_id);
  self->date = g_strdup (date);
  self->title = g_strdup (title);

  return self;
}

/**
 * seeds_invitation_new_for_meeting:
 * @community: the community of @meeting
 * @meeting: the meeting to invite members to score
 *
 * Returns: (transfer full): the invitation to @meeting
 */
SeedsInvitation *
seeds_invitation_new_for_meeting (SeedsCommunity *community,
                                  SeedsMeeting   *meeting)
{
  SeedsInvitation *self;

  g_return_val_if_fail (SEEDS_IS_COMMUNITY (community), NULL);
  g_return_val_if_fail (SEEDS_IS_MEETING (meeting), NULL);
  g_return_val_if_fail (g_strcmp0 (seeds_community_get_id (community),
                                   seeds_meeting_get_community_id (meeting)) == 0, NULL);

  self = seeds_invitation_new (seeds_meeting_get_framework_id (meeting),
                               seeds_community_get_id (community),
                               seeds_community_get_name (community),
                               seeds_meeting_get_id (meeting),
                               seeds_meeting_get_date (meeting),
                               seeds_meeting_get_title (meeting));
  self->framework_edition = seeds_meeting_get_framework_edition (meeting);

  return self;
}

SeedsInvitation *
seeds_invitation_new_from_json (JsonNode        *root,
                                SeedsFramework  *framework,
                                GError         **error)
{
  JsonObject *community;
  JsonObject *meeting;
  const char *community_id;
  const char *meeting_id;
  const char *date;
  g_autofree char *community_name = NULL;
  g_autofree char *title = NULL;
  SeedsInvitation *invitation;

  if (!seeds_exchange_check_header (root, SEEDS_EXCHANGE_INVITATION, framework, error) ||
      !(community = seeds_exchange_get_object (json_node_get_object (root), "community",
                                               "community", TRUE, error)) ||
      !seeds_exchange_get_id (community, "id", "community.id", TRUE, &community_id, error) ||
      !(community_name = seeds_exchange_get_text (community, "name", "community.name",
                                                  SEEDS_FIELD_COMMUNITY_NAME, error)) ||
      !(meeting = seeds_exchange_get_object (json_node_get_object (root), "meeting",
                                             "meeting", TRUE, error)) ||
      !seeds_exchange_get_id (meeting, "id", "meeting.id", TRUE, &meeting_id, error) ||
      !seeds_exchange_get_string (meeting, "date", "meeting.date", TRUE, &date, error) ||
      !(title = seeds_exchange_get_text (meeting, "title", "meeting.title",
                                         SEEDS_FIELD_MEETING_TITLE, error)))
    return NULL;

  if (!seeds_date_is_valid (date))
    {
      g_set_error (error, SEEDS_EXCHANGE_ERROR, SEEDS_EXCHANGE_ERROR_INVALID,
                   _("The field “%s” is not a valid date (YYYY-MM-DD)."), "meeting.date");
      return NULL;
    }

  invitation = seeds_invitation_new (seeds_framework_get_id (framework), community_id,
                                     community_name, meeting_id, date, title);
  invitation->framework_edition = seeds_framework_get_edition (framework);

  return invitation;
}

/**
 * seeds_invitation_new_from_bytes:
 * @bytes: the contents of a .seedsmeeting file
 * @framework: the framework the app uses: an invitation for another one is
 *   refused
 * @error: return location for a #SEEDS_EXCHANGE_ERROR
 *
 * Reads an invitation strictly: anything docs/formats.md does not allow is
 * refused with a message for people. Members the format does not know are
 * ignored, so that a later version may add some.
 *
 * Returns: (transfer full): the invitation, or %NULL with @error set
 */
SeedsInvitation *
seeds_invitation_new_from_bytes (GBytes          *bytes,
                                 SeedsFramework  *framework,
                                 GError         **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SEEDS_INVITATION (seeds_exchange_read (bytes, SEEDS_EXCHANGE_INVITATION, framework,
                                                error));
}

/**
 * seeds_invitation_new_from_file:
 *
 * The same as seeds_invitation_new_from_bytes() for the contents of @file.
 */
SeedsInvitation *
seeds_invitation_new_from_file (GFile           *file,
                                SeedsFramework  *framework,
                                GError         **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SEEDS_INVITATION (seeds_exchange_read_file (file, SEEDS_EXCHANGE_INVITATION, framework,
                                                     error));
}

/**
 * seeds_invitation_new_from_file_full:
 * @file: a .seedsmeeting file
 * @lookup: (scope call): finds the framework the invitation names
 * @lookup_data: data for @lookup
 * @error: return location for a #GError
 *
 * seeds_invitation_new_from_file() for a meeting scored with any
 * framework @lookup knows: the invitation is read against that one. One
 * for a framework it does not know is refused with its reason.
 *
 * Returns: (transfer full): the invitation, or %NULL with @error set
 */
SeedsInvitation *
seeds_invitation_new_from_file_full (GFile                       *file,
                                     SeedsExchangeFrameworkFunc   lookup,
                                     gpointer                     lookup_data,
                                     GError                     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (lookup != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(bytes = seeds_exchange_load_file (file, SEEDS_EXCHANGE_INVITATION, error)) ||
      !(root = seeds_exchange_parse (bytes, SEEDS_EXCHANGE_INVITATION, error)))
    return NULL;

  /* Without a framework of its own to name, the reader's header check
   * refuses it before any framework is needed */
  return SEEDS_INVITATION (seeds_exchange_read_resolved (root, SEEDS_EXCHANGE_INVITATION, NULL,
                                                         lookup, lookup_data, error));
}

/* The edition of its framework the meeting is scored with: 1 for an
 * invitation that does not say */
guint
seeds_invitation_get_framework_edition (SeedsInvitation *self)
{
  g_return_val_if_fail (SEEDS_IS_INVITATION (self), 1);

  return self->framework_edition;
}

const char *
seeds_invitation_get_framework_id (SeedsInvitation *self)
{
  g_return_val_if_fail (SEEDS_IS_INVITATION (self), NULL);

  return self->framework_id;
}

const char *
seeds_invitation_get_community_id (SeedsInvitation *self)
{
  g_return_val_if_fail (SEEDS_IS_INVITATION (self), NULL);

  return self->community_id;
}

const char *
seeds_invitation_get_community_name (SeedsInvitation *self)
{
  g_return_val_if_fail (SEEDS_IS_INVITATION (self), NULL);

  return self->community_name;
}

const char *
seeds_invitation_get_meeting_id (SeedsInvitation *self)
{
  g_return_val_if_fail (SEEDS_IS_INVITATION (self), NULL);

  return self->meeting_id;
}

const char *
seeds_invitation_get_date (SeedsInvitation *self)
{
  g_return_val_if_fail (SEEDS_IS_INVITATION (self), NULL);

  return self->date;
}

const char *
seeds_invitation_get_title (SeedsInvitation *self)
{
  g_return_val_if_fail (SEEDS_IS_INVITATION (self), NULL);

  return self->title;
}

gboolean
seeds_invitation_equal (SeedsInvitation *a,
                        SeedsInvitation *b)
{
  g_return_val_if_fail (SEEDS_IS_INVITATION (a), FALSE);
  g_return_val_if_fail (SEEDS_IS_INVITATION (b), FALSE);

  return g_str_equal (a->framework_id, b->framework_id) &&
         a->framework_edition == b->framework_edition &&
         g_str_equal (a->community_id, b->community_id) &&
         g_str_equal (a->community_name, b->community_name) &&
         g_str_equal (a->meeting_id, b->meeting_id) &&
         g_str_equal (a->date, b->date) &&
         g_str_equal (a->title, b->title);
}

/**
 * seeds_invitation_to_bytes:
 *
 * Returns: (transfer full): the invitation as the contents of a
 *   .seedsmeeting file
 */
GBytes *
seeds_invitation_to_bytes (SeedsInvitation *self)
{
  SeedsJsonWriter *writer;

  g_return_val_if_fail (SEEDS_IS_INVITATION (self), NULL);

  writer = seeds_exchange_begin (SEEDS_EXCHANGE_INVITATION, self->framework_id,
                                 self->framework_edition);

  seeds_json_writer_set_member_name (writer, "community");
  seeds_json_writer_begin_object (writer);
  seeds_exchange_add_string (writer, "id", self->community_id);
  seeds_exchange_add_string (writer, "name", self->community_name);
  seeds_json_writer_end_object (writer);

  seeds_json_writer_set_member_name (writer, "meeting");
  seeds_json_writer_begin_object (writer);
  seeds_exchange_add_string (writer, "id", self->meeting_id);
  seeds_exchange_add_string (writer, "date", self->date);
  seeds_exchange_add_string (writer, "title", self->title);
  seeds_json_writer_end_object (writer);

  return seeds_exchange_finish (writer);
}

/**
 * seeds_invitation_save:
 * @self: a #SeedsInvitation
 * @file: where to save it, usually a name ending in .seedsmeeting
 * @error: return location for a #GIOError
 *
 * Saves the invitation as a whole: @file is replaced only once the new
 * contents are written.
 *
 * Returns: %TRUE on success
 */
gboolean
seeds_invitation_save (SeedsInvitation  *self,
                       GFile            *file,
                       GError          **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (SEEDS_IS_INVITATION (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = seeds_invitation_to_bytes (self);

  return seeds_exchange_save (bytes, file, error);
}
