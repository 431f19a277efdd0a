/* seeds-community-import.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "exchange/seeds-community-reader.h"
#include "exchange/seeds-exchange-private.h"

/* Reads a community export back, to move communities to another database
 * or to bring them back from a backup. The file is hostile until checked:
 * what the app would refuse from someone at a form is refused here too,
 * the references between records must hold, and every message names the
 * field by its path in the file. Whether the ids are free in a database
 * is for the store to say. */

struct _SeedsCommunityImport
{
  GObject    parent_instance;

  GPtrArray *communities;  /* SeedsCommunityRecord */
};

G_DEFINE_FINAL_TYPE (SeedsCommunityImport, seeds_community_import, G_TYPE_OBJECT)

static SeedsMeetingRecord *
meeting_record_new (void)
{
  SeedsMeetingRecord *record = g_new0 (SeedsMeetingRecord, 1);

  record->attendee_ids = g_ptr_array_new_with_free_func (g_free);
  record->scores = g_ptr_array_new_with_free_func ((GDestroyNotify) seeds_score_free);
  record->tallies = g_ptr_array_new_with_free_func ((GDestroyNotify) seeds_tally_free);

  return record;
}

static void
meeting_record_free (SeedsMeetingRecord *record)
{
  g_clear_object (&record->meeting);
  g_ptr_array_unref (record->attendee_ids);
  g_ptr_array_unref (record->scores);
  g_ptr_array_unref (record->tallies);
  g_free (record);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SeedsMeetingRecord, meeting_record_free)

static SeedsCommunityRecord *
community_record_new (void)
{
  SeedsCommunityRecord *record = g_new0 (SeedsCommunityRecord, 1);

  record->participants = g_ptr_array_new_with_free_func (g_object_unref);
  record->meetings = g_ptr_array_new_with_free_func ((GDestroyNotify) meeting_record_free);
  record->next_steps = g_ptr_array_new_with_free_func (g_object_unref);

  return record;
}

static void
community_record_free (SeedsCommunityRecord *record)
{
  g_free (record->id);
  g_free (record->name);
  g_free (record->framework_id);
  g_clear_pointer (&record->profile, seeds_community_profile_free);
  g_ptr_array_unref (record->participants);
  g_ptr_array_unref (record->meetings);
  g_ptr_array_unref (record->next_steps);
  g_free (record);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SeedsCommunityRecord, community_record_free)

static void
seeds_community_import_finalize (GObject *object)
{
  SeedsCommunityImport *self = (SeedsCommunityImport *)object;

  g_clear_pointer (&self->communities, g_ptr_array_unref);

  G_OBJECT_CLASS (seeds_community_import_parent_class)->finalize (object);
}

static void
seeds_community_import_class_init (SeedsCommunityImportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = seeds_community_import_finalize;
}

static void
seeds_community_import_init (SeedsCommunityImport *self)
{
  self->communities = g_ptr_array_new_with_free_func ((GDestroyNotify) community_record_free);
}

/* What reading the lists of one meeting needs */
typedef struct
{
  SeedsMeetingRecord *record;
  GHashTable         *attendees;  /* the ids of its attendees */
  GHashTable         *seen;       /* participant and factor of each score, or factor of
                                   * each tally: a meeting has only one of them */
} Lists;

/* Participants */

static gboolean
read_partner_type (JsonObject        *object,
                   const char        *path,
                   SeedsPartnerType  *partner_type,
                   GError           **error)
{
  g_autofree char *type_path = seeds_exchange_member_path (path, "partner_type");
  g_autofree char *shown = NULL;
  const char *value = NULL;

  if (!seeds_exchange_get_string (object, "partner_type", type_path, TRUE, &value, error))
    return FALSE;

  if (seeds_partner_type_from_string (value, partner_type))
    return TRUE;

  shown = seeds_exchange_show (value);
  return seeds_community_reader_fail_value (error, type_path,
                                            _("The partner type “%s” is not one of company, "
                                              "government, education, research or other."),
                                            shown);
}

static gboolean
read_participant (SeedsCommunityReader  *reader,
                  JsonObject            *object,
                  const char            *path,
                  gpointer               data,
                  GError               **error)
{
  g_autofree char *name = NULL;
  g_autofree char *organisation = NULL;
  const char *id = NULL;
  SeedsPartnerType partner_type = SEEDS_PARTNER_OTHER;

  if (!seeds_community_reader_new_id (reader, object, path, &id, error) ||
      !seeds_community_reader_text (object, path, "name", SEEDS_FIELD_PARTICIPANT_NAME, &name,
                                    error) ||
      !seeds_community_reader_text (object, path, "organisation", SEEDS_FIELD_ORGANISATION,
                                    &organisation, error) ||
      !read_partner_type (object, path, &partner_type, error))
    return FALSE;

  g_hash_table_add (reader->participants, (gpointer) id);
  g_ptr_array_add (reader->record->participants,
                   seeds_participant_new (id, reader->record->id, name, organisation,
                                          partner_type));

  return TRUE;
}

/* What was gathered in a meeting */

static gboolean
read_attendees (SeedsCommunityReader  *reader,
                JsonArray             *array,
                const char            *path,
                Lists                 *lists,
                GError               **error)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *element_path = g_strdup_printf ("%s[%u]", path, i);
      JsonNode *node = json_array_get_element (array, i);
      const char *participant_id;

      if (json_node_get_value_type (node) != G_TYPE_STRING)
        return seeds_exchange_set_field_error (error, _("The field “%s” must be text."),
                                               element_path);

      participant_id = json_node_get_string (node);
      if (!g_hash_table_contains (reader->participants, participant_id))
        return seeds_exchange_set_field_error (error,
                                               _("The field “%s” is not the id of one of the "
                                                 "participants in the file."),
                                               element_path);

      if (!g_hash_table_add (lists->attendees, (gpointer) participant_id))
        return seeds_exchange_set_field_error (error,
                                               _("The field “%s” lists a participant who is "
                                                 "already listed."),
                                               element_path);

      g_ptr_array_add (lists->record->attendee_ids, g_strdup (participant_id));
    }

  return TRUE;
}

static gboolean
read_score (SeedsCommunityReader  *reader,
            JsonObject            *object,
            const char            *path,
            gpointer               data,
            GError               **error)
{
  Lists *lists = data;
  g_autofree char *participant_path = seeds_exchange_member_path (path, "participant");
  g_autofree char *score_path = seeds_exchange_member_path (path, "score");
  g_autofree char *comment = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *participant_id = NULL;
  const char *factor_id = NULL;
  JsonNode *node;
  int value = SEEDS_SCORE_NONE;

  if (!seeds_exchange_get_string (object, "participant", participant_path, TRUE, &participant_id,
                                  error) ||
      !seeds_community_reader_factor (reader, object, path, &factor_id, error))
    return FALSE;

  if (!g_hash_table_contains (lists->attendees, participant_id))
    return seeds_exchange_set_field_error (error,
                                           _("The field “%s” is not a participant who took part "
                                             "in the meeting."),
                                           participant_path);

  node = json_object_get_member (object, "score");
  if (node == NULL)
    return seeds_exchange_set_field_error (error, _("The field “%s” is missing."), score_path);

  if (!seeds_exchange_read_score (node, factor_id, &value, &local_error))
    return seeds_community_reader_fail_in (error, g_steal_pointer (&local_error), score_path);

  if (!seeds_community_reader_text (object, path, "comment", SEEDS_FIELD_COMMENT, &comment, error))
    return FALSE;

  if (!g_hash_table_add (lists->seen, g_strconcat (participant_id, " ", factor_id, NULL)))
    return seeds_exchange_set_field_error (error,
                                           _("The field “%s” is a second score of the same "
                                             "participant for the same factor."),
                                           path);

  g_ptr_array_add (lists->record->scores,
                   seeds_score_new (participant_id, factor_id, value, comment));

  return TRUE;
}

static gboolean
read_count (JsonObject  *counts,
            const char  *path,
            const char  *member,
            guint       *count,
            GError     **error)
{
  g_autofree char *count_path = seeds_exchange_member_path (path, member);
  int value = 0;

  if (!seeds_exchange_get_int (counts, member, count_path, 0, SEEDS_TALLY_MAX_COUNT, &value,
                               error))
    return FALSE;

  *count = (guint) value;

  return TRUE;
}

static gboolean
read_tally (SeedsCommunityReader  *reader,
            JsonObject            *object,
            const char            *path,
            gpointer               data,
            GError               **error)
{
  Lists *lists = data;
  g_autofree char *counts_path = seeds_exchange_member_path (path, "counts");
  guint counts[SEEDS_TALLY_N_VALUES] = { 0, };
  const char *factor_id = NULL;
  JsonObject *object_counts;

  if (!seeds_community_reader_factor (reader, object, path, &factor_id, error))
    return FALSE;

  if (!g_hash_table_add (lists->seen, g_strdup (factor_id)))
    return seeds_exchange_set_field_error (error,
                                           _("The field “%s” holds a second tally of the same "
                                             "factor."),
                                           path);

  if (!(object_counts = seeds_exchange_get_object (object, "counts", counts_path, TRUE, error)))
    return FALSE;

  for (int v = SEEDS_SCORE_MIN; v <= SEEDS_SCORE_MAX; v++)
    {
      char member[2] = { (char) ('0' + v), '\0' };

      if (!read_count (object_counts, counts_path, member, &counts[seeds_tally_index_score (v)],
                       error))
        return FALSE;
    }

  if (!read_count (object_counts, counts_path, "dont_know",
                   &counts[seeds_tally_index_score (SEEDS_SCORE_DONT_KNOW)], error))
    return FALSE;

  g_ptr_array_add (lists->record->tallies, seeds_tally_new (factor_id, counts));

  return TRUE;
}

/* A list that a meeting of this kind does not have must be empty. */
static gboolean
check_empty (JsonArray   *array,
             const char  *path,
             const char  *member,
             const char  *message,
             GError     **error)
{
  g_autofree char *list_path = seeds_exchange_member_path (path, member);

  if (json_array_get_length (array) == 0)
    return TRUE;

  return seeds_community_reader_fail_value (error, list_path, "%s", message);
}

/* The attendees and scores of a scores meeting, the tallies of a poster
 * meeting */
static gboolean
read_gathered (SeedsCommunityReader  *reader,
               JsonObject            *object,
               const char            *path,
               SeedsMeetingRecord    *record,
               GError               **error)
{
  g_autoptr(GHashTable) attendees = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *attendees_path = seeds_exchange_member_path (path, "attendees");
  g_autofree char *scores_path = seeds_exchange_member_path (path, "scores");
  g_autofree char *tallies_path = seeds_exchange_member_path (path, "tallies");
  const char *no_scores = _("A meeting held with the poster has no attendees or scores of its "
                            "own, so this list must be empty.");
  const char *no_tallies = _("Only a meeting held with the poster has tallies, so this list "
                             "must be empty.");
  gboolean poster = seeds_meeting_get_kind (record->meeting) == SEEDS_MEETING_POSTER;
  Lists lists = { record, attendees, seen };
  JsonArray *attendee_ids, *scores, *tallies;

  if (!(attendee_ids = seeds_exchange_get_array (object, "attendees", attendees_path, TRUE,
                                                  error)) ||
      !(scores = seeds_exchange_get_array (object, "scores", scores_path, TRUE, error)) ||
      !(tallies = seeds_exchange_get_array (object, "tallies", tallies_path, TRUE, error)))
    return FALSE;

  if (poster)
    {
      if (!check_empty (attendee_ids, path, "attendees", no_scores, error) ||
          !check_empty (scores, path, "scores", no_scores, error))
        return FALSE;
    }
  else if (!check_empty (tallies, path, "tallies", no_tallies, error))
    {
      return FALSE;
    }

  return read_attendees (reader, attendee_ids, attendees_path, &lists, error) &&
         seeds_community_reader_objects (reader, scores, scores_path, read_score, &lists, error) &&
         seeds_community_reader_objects (reader, tallies, tallies_path, read_tally, &lists, error);
}

/* Meetings */

static gboolean
read_kind (JsonObject        *object,
           const char        *path,
           SeedsMeetingKind  *kind,
           GError           **error)
{
  g_autofree char *kind_path = seeds_exchange_member_path (path, "kind");
  g_autofree char *shown = NULL;
  const char *value = NULL;

  if (!seeds_exchange_get_string (object, "kind", kind_path, TRUE, &value, error))
    return FALSE;

  if (seeds_meeting_kind_from_string (value, kind))
    return TRUE;

  shown = seeds_exchange_show (value);
  return seeds_community_reader_fail_value (error, kind_path,
                                            _("The meeting kind “%s” is not one of scores or "
                                              "poster."),
                                            shown);
}

static gboolean
read_meeting (SeedsCommunityReader  *reader,
              JsonObject            *object,
              const char            *path,
              gpointer               data,
              GError               **error)
{
  g_autoptr(SeedsMeetingRecord) record = meeting_record_new ();
  g_autoptr(SeedsFramework) framework = NULL;
  SeedsFramework *app_framework = reader->framework;
  g_autofree char *title = NULL;
  g_autofree char *notes = NULL;
  const char *id = NULL;
  const char *date = NULL;
  SeedsMeetingKind kind = SEEDS_MEETING_SCORES;
  gboolean ok;

  if (!seeds_community_reader_new_id (reader, object, path, &id, error) ||
      !(framework = seeds_community_reader_framework (reader, object, path, TRUE, error)) ||
      !read_kind (object, path, &kind, error) ||
      !seeds_community_reader_date (object, path, "date", TRUE, &date, error) ||
      !seeds_community_reader_text (object, path, "title", SEEDS_FIELD_MEETING_TITLE, &title,
                                    error) ||
      !seeds_community_reader_text (object, path, "notes", SEEDS_FIELD_MEETING_NOTES, &notes,
                                    error))
    return FALSE;

  record->meeting = seeds_meeting_new_full (id, reader->record->id, seeds_framework_get_id (framework),
                                            seeds_framework_get_edition (framework), kind, date, title,
                                            notes);

  /* Its scores are of its framework's factors */
  reader->framework = framework;
  ok = read_gathered (reader, object, path, record, error);
  reader->framework = app_framework;
  if (!ok)
    return FALSE;

  g_hash_table_insert (reader->frameworks, (gpointer) id, g_steal_pointer (&framework));

  g_hash_table_insert (reader->meetings, (gpointer) id, record->meeting);
  g_ptr_array_add (reader->record->meetings, g_steal_pointer (&record));

  return TRUE;
}

/* Next steps */

static gboolean
read_status (JsonObject           *object,
             const char           *path,
             SeedsNextStepStatus  *status,
             GError              **error)
{
  g_autofree char *status_path = seeds_exchange_member_path (path, "status");
  g_autofree char *shown = NULL;
  const char *value = NULL;

  if (!seeds_exchange_get_string (object, "status", status_path, TRUE, &value, error))
    return FALSE;

  if (seeds_next_step_status_from_string (value, status))
    return TRUE;

  shown = seeds_exchange_show (value);
  return seeds_community_reader_fail_value (error, status_path,
                                            _("The status “%s” is not one of open, done or "
                                              "dropped."),
                                            shown);
}

/* "idea_from": the other community whose idea the step takes up, with
 * its name at the time; absent or null for none. The community need not
 * be in the file: it is another one, perhaps in nobody's directory here. */
static gboolean
read_idea_from (SeedsCommunityReader  *reader,
                JsonObject            *step,
                const char            *path,
                SeedsNextStep         *record,
                GError               **error)
{
  g_autofree char *idea_path = seeds_exchange_member_path (path, "idea_from");
  g_autofree char *id_path = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *id = NULL;
  JsonObject *object;

  object = seeds_exchange_get_object (step, "idea_from", idea_path, FALSE, &local_error);
  if (local_error != NULL)
    return seeds_community_reader_fail_in (error, g_steal_pointer (&local_error), idea_path);
  if (object == NULL)
    return TRUE;

  id_path = seeds_exchange_member_path (idea_path, "community");
  if (!seeds_exchange_get_id (object, "community", id_path, TRUE, &id, error) ||
      !seeds_community_reader_text (object, idea_path, "name", SEEDS_FIELD_COMMUNITY_NAME, &name,
                                    error))
    return FALSE;

  /* A community learns from others; an idea of its own earns nothing. */
  if (g_strcmp0 (id, reader->record->id) == 0)
    return seeds_community_reader_fail_value (error, id_path,
                                              _("This is the learning community itself, not "
                                                "another one."));

  seeds_next_step_set_origin (record, id, name);
  return TRUE;
}

static gboolean
read_next_step (SeedsCommunityReader  *reader,
                JsonObject            *object,
                const char            *path,
                gpointer               data,
                GError               **error)
{
  g_autofree char *text = NULL;
  g_autofree char *owner = NULL;
  const char *id = NULL;
  const char *meeting_id = NULL;
  const char *factor_id = NULL;
  const char *due_date = NULL;
  const char *reviewed_in = NULL;
  SeedsNextStepStatus status = SEEDS_NEXT_STEP_OPEN;
  SeedsFramework *app_framework = reader->framework;
  SeedsMeeting *meeting;
  SeedsNextStep *step;
  gboolean ok;

  if (!seeds_community_reader_new_id (reader, object, path, &id, error) ||
      !seeds_community_reader_meeting_id (reader, object, path, "meeting", TRUE, &meeting_id,
                                          error))
    return FALSE;

  /* A step is for a factor of its meeting's framework */
  reader->framework = g_hash_table_lookup (reader->frameworks, meeting_id);
  if (reader->framework == NULL)
    reader->framework = app_framework;
  ok = seeds_community_reader_factor (reader, object, path, &factor_id, error);
  reader->framework = app_framework;

  if (!ok ||
      !seeds_community_reader_text (object, path, "text", SEEDS_FIELD_NEXT_STEP, &text, error) ||
      !seeds_community_reader_text (object, path, "owner", SEEDS_FIELD_OWNER, &owner, error) ||
      !seeds_community_reader_date (object, path, "due_date", FALSE, &due_date, error) ||
      !read_status (object, path, &status, error) ||
      !seeds_community_reader_meeting_id (reader, object, path, "reviewed_in", FALSE, &reviewed_in,
                                          error))
    return FALSE;

  meeting = g_hash_table_lookup (reader->meetings, meeting_id);
  step = seeds_next_step_new (id, meeting_id, seeds_meeting_get_date (meeting), factor_id, text,
                              owner, due_date, status);
  seeds_next_step_set_reviewed_in (step, reviewed_in);
  g_ptr_array_add (reader->record->next_steps, step);

  return read_idea_from (reader, object, path, step, error);
}

/* Communities */

/* Exports of earlier versions have no profile: then record->profile stays
 * NULL. */
static gboolean
read_profile (JsonObject            *community,
              const char            *path,
              SeedsCommunityRecord  *record,
              GError               **error)
{
  g_autoptr(SeedsCommunityProfile) profile = seeds_community_profile_new ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *profile_path = seeds_exchange_member_path (path, "profile");
  JsonObject *object;
  gboolean has_contact = FALSE;

  object = seeds_exchange_get_object (community, "profile", profile_path, FALSE, &local_error);
  if (local_error != NULL)
    return seeds_community_reader_fail_in (error, g_steal_pointer (&local_error), profile_path);

  if (object == NULL)
    return TRUE;

  if (!seeds_profile_read_details (object, profile_path, profile, &local_error) ||
      !seeds_profile_read_contact (object, profile_path, profile, &has_contact, &local_error))
    return seeds_community_reader_fail_in (error, g_steal_pointer (&local_error), profile_path);

  record->profile = g_steal_pointer (&profile);

  return TRUE;
}

/* The members of a "seeds-community" object after its header, into
 * reader->record */
static gboolean
read_members (SeedsCommunityReader  *reader,
              JsonObject            *root,
              const char            *path,
              GError               **error)
{
  SeedsCommunityRecord *record = reader->record;
  g_autofree char *community_path = seeds_exchange_member_path (path, "community");
  JsonObject *community;
  const char *id = NULL;

  if (!(community = seeds_exchange_get_object (root, "community", community_path, TRUE, error)) ||
      !seeds_community_reader_new_id (reader, community, community_path, &id, error) ||
      !seeds_community_reader_text (community, community_path, "name",
                                    SEEDS_FIELD_COMMUNITY_NAME, &record->name, error) ||
      !read_profile (community, community_path, record, error) ||
      !seeds_community_reader_community_framework (reader, community, community_path, record, error))
    return FALSE;

  record->id = g_strdup (id);

  return seeds_community_reader_list_of_objects (reader, root, path, "participants",
                                                 read_participant, NULL, error) &&
         seeds_community_reader_list_of_objects (reader, root, path, "meetings",
                                                 read_meeting, NULL, error) &&
         seeds_community_reader_list_of_objects (reader, root, path, "next_steps",
                                                 read_next_step, NULL, error);
}

/* Reads the "seeds-community" object @node, at @path, into @communities. */
static gboolean
read_community (SeedsCommunityReader  *reader,
                JsonNode              *node,
                const char            *path,
                GPtrArray             *communities,
                GError               **error)
{
  g_autoptr(SeedsCommunityRecord) record = community_record_new ();
  g_autoptr(GHashTable) participants = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) meetings = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) frameworks = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                            g_object_unref);
  g_autoptr(GError) local_error = NULL;
  gboolean ok;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return seeds_exchange_set_field_error (error, _("The field “%s” must be a JSON object."), path);

  if (!seeds_exchange_check_header (node, SEEDS_EXCHANGE_COMMUNITY, reader->framework,
                                    &local_error))
    return seeds_community_reader_fail_in (error, g_steal_pointer (&local_error), path);

  reader->record = record;
  reader->participants = participants;
  reader->meetings = meetings;
  reader->frameworks = frameworks;

  ok = read_members (reader, json_node_get_object (node), path, error);

  reader->record = NULL;
  reader->participants = NULL;
  reader->meetings = NULL;
  reader->frameworks = NULL;

  if (ok)
    g_ptr_array_add (communities, g_steal_pointer (&record));

  return ok;
}

SeedsCommunityImport *
seeds_community_import_new_from_json (JsonNode        *root,
                                      SeedsFramework  *framework,
                                      GError         **error)
{
  return seeds_community_import_new_from_json_full (root, framework, NULL, NULL, error);
}

/* Meetings of a framework other than @framework are read against the one
 * @lookup finds, if any */
SeedsCommunityImport *
seeds_community_import_new_from_json_full (JsonNode                    *root,
                                           SeedsFramework              *framework,
                                           SeedsExchangeFrameworkFunc   lookup,
                                           gpointer                     lookup_data,
                                           GError                     **error)
{
  g_autoptr(SeedsCommunityImport) self = g_object_new (SEEDS_TYPE_COMMUNITY_IMPORT, NULL);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  SeedsCommunityReader reader = { .framework = framework, .lookup = lookup,
                                  .lookup_data = lookup_data, .ids = ids };
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (root))
    {
      if (!read_community (&reader, root, "", self->communities, error))
        return NULL;

      return g_steal_pointer (&self);
    }

  array = json_node_get_array (root);
  if (json_array_get_length (array) == 0)
    {
      g_set_error_literal (error, SEEDS_EXCHANGE_ERROR, SEEDS_EXCHANGE_ERROR_INVALID,
                           _("The file holds no learning communities."));
      return NULL;
    }

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("[%u]", i);

      if (!read_community (&reader, json_array_get_element (array, i), path, self->communities,
                           error))
        return NULL;
    }

  return g_steal_pointer (&self);
}

/**
 * seeds_community_import_new_from_bytes:
 * @bytes: the contents of a community export: one "seeds-community"
 *   object, or an array of them
 * @framework: the framework the app uses: meetings scored with another
 *   one, or with factors it does not have, are refused
 * @error: return location for a #SEEDS_EXCHANGE_ERROR
 *
 * Reads a community export strictly, as docs/formats.md describes it: its
 * text by the rules of the app's forms, its dates, kinds and statuses,
 * each id a UUID that the file uses once, attendees that are participants
 * of the community, scores of attendees only, tallies only in poster
 * meetings, and next steps of the community's own meetings. Members it
 * does not know are ignored. At most SEEDS_COMMUNITY_MAX_SIZE bytes.
 *
 * Returns: (transfer full): what the file holds, or %NULL with @error set
 */
SeedsCommunityImport *
seeds_community_import_new_from_bytes (GBytes          *bytes,
                                       SeedsFramework  *framework,
                                       GError         **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SEEDS_COMMUNITY_IMPORT (seeds_exchange_read (bytes, SEEDS_EXCHANGE_COMMUNITY, framework,
                                                      error));
}

/**
 * seeds_community_import_get_communities:
 *
 * Returns: (transfer none) (element-type SeedsCommunityRecord): the
 *   communities of the file, in its order
 */
GPtrArray *
seeds_community_import_get_communities (SeedsCommunityImport *self)
{
  g_return_val_if_fail (SEEDS_IS_COMMUNITY_IMPORT (self), NULL);

  return self->communities;
}
