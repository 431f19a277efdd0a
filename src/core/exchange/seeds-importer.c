/* seeds-importer.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "exchange/seeds-exchange-private.h"
#include "exchange/seeds-importer.h"
#include "exchange/seeds-import-folder.h"
#include "model/seeds-text.h"

/* Imports invitations and score cards that a facilitator gathered, other
 * communities' profiles, and community exports, to move communities from
 * another database: from a drop of many files on the window, File →
 * Import or the command line. A file is imported whole or not at all, and
 * every file gets a result that says what happened to it. */

static SeedsImportResult *
result_new (const char *name)
{
  SeedsImportResult *result = g_new0 (SeedsImportResult, 1);

  result->name = g_strdup (name);
  result->outcome = SEEDS_IMPORT_REJECTED;
  result->message = g_strdup ("");

  return result;
}

SeedsImportResult *
seeds_import_result_copy (const SeedsImportResult *result)
{
  SeedsImportResult *copy;

  g_return_val_if_fail (result != NULL, NULL);

  copy = result_new (result->name);
  copy->outcome = result->outcome;
  g_free (copy->message);
  copy->message = g_strdup (result->message);
  copy->meeting_id = g_strdup (result->meeting_id);
  copy->community_id = g_strdup (result->community_id);

  return copy;
}

void
seeds_import_result_free (SeedsImportResult *result)
{
  if (result == NULL)
    return;

  g_free (result->name);
  g_free (result->message);
  g_free (result->meeting_id);
  g_free (result->community_id);
  g_free (result);
}

G_DEFINE_BOXED_TYPE (SeedsImportResult, seeds_import_result,
                     seeds_import_result_copy, seeds_import_result_free)

/* Whether nothing of the file was imported for a reason to show as a
 * problem: a file rejected, or a profile of your own community. A profile
 * no newer than the directory's, or an invitation already known, is not. */
gboolean
seeds_import_result_is_refused (const SeedsImportResult *result)
{
  g_return_val_if_fail (result != NULL, TRUE);

  return result->outcome == SEEDS_IMPORT_REJECTED || result->outcome == SEEDS_IMPORT_CONFLICT;
}

static void
set_outcome (SeedsImportResult  *result,
             SeedsImportOutcome  outcome,
             const char         *meeting_id,
             char               *message)
{
  result->outcome = outcome;
  result->meeting_id = g_strdup (meeting_id);
  g_free (result->message);
  result->message = message;
}

static void
reject (SeedsImportResult *result,
        const GError      *error)
{
  set_outcome (result, SEEDS_IMPORT_REJECTED, NULL, g_strdup (error->message));
}

/* A file is read by what it says it is; one that says nothing we know is
 * refused as what its name suggests, a score card by default, since those
 * are what a facilitator imports most. A large file that its name calls a
 * community export, but that says it is another kind, is too large for
 * what it is. */
/* The framework files are read against: the app's, or that which each
 * invitation and card names, when there is a lookup */
typedef struct
{
  SeedsFramework             *framework;
  SeedsExchangeFrameworkFunc  lookup;
  gpointer                    lookup_data;
} Frameworks;

static GObject *
read_item (GBytes            *bytes,
           const char        *name,
           const Frameworks  *frameworks,
           GError           **error)
{
  g_autoptr(JsonNode) root = NULL;
  SeedsExchangeKind kind = seeds_exchange_kind_for_name (name);

  root = seeds_exchange_parse (bytes, kind, error);
  if (root == NULL)
    return NULL;

  seeds_exchange_peek_kind (root, &kind);

  if (!seeds_exchange_check_size (bytes, kind, error))
    return NULL;

  return seeds_exchange_read_resolved (root, kind, frameworks->framework, frameworks->lookup,
                                       frameworks->lookup_data, error);
}

static void
import_invitation (SeedsStore        *store,
                   SeedsInvitation   *invitation,
                   SeedsImportResult *result)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  const char *title = seeds_invitation_get_title (invitation);
  gboolean added = FALSE;

  if (!seeds_store_import_invitation (store, invitation, &added, &error))
    {
      reject (result, error);
      return;
    }

  date = seeds_date_format (seeds_invitation_get_date (invitation));

  if (added)
    set_outcome (result, SEEDS_IMPORT_ADDED, seeds_invitation_get_meeting_id (invitation),
                 /* Translators: the meeting's title, its date and the
                  * name of the learning community */
                 g_strdup_printf (_("Added the meeting “%s” of %s to the learning community "
                                    "“%s”."),
                                  title, date, seeds_invitation_get_community_name (invitation)));
  else
    set_outcome (result, SEEDS_IMPORT_ALREADY_KNOWN, seeds_invitation_get_meeting_id (invitation),
                 /* Translators: the meeting's title and its date */
                 g_strdup_printf (_("The meeting “%s” of %s is already in the database."),
                                  title, date));
}

static void
import_scorecard (SeedsStore        *store,
                  SeedsScorecard    *card,
                  SeedsImportResult *result)
{
  g_autoptr(SeedsParticipant) participant = NULL;
  g_autoptr(SeedsMeeting) meeting = NULL;
  g_autoptr(GError) error = NULL;
  const char *meeting_id = seeds_scorecard_get_meeting_id (card);
  const char *name;
  const char *title = meeting_id;
  gboolean replaced = FALSE;

  participant = seeds_store_import_scorecard (store, card, &replaced, &error);
  if (participant == NULL)
    {
      reject (result, error);
      return;
    }

  /* Only a failing disk would keep us from reading what was just written;
   * the id will do for a title then. */
  meeting = seeds_store_get_meeting (store, meeting_id, NULL);
  if (meeting != NULL)
    title = seeds_meeting_get_title (meeting);

  name = seeds_participant_get_name (participant);

  if (replaced)
    set_outcome (result, SEEDS_IMPORT_REPLACED, meeting_id,
                 /* Translators: a participant's name and the meeting's title */
                 g_strdup_printf (_("Replaced the earlier score card of %s in the meeting “%s”."),
                                  name, title));
  else
    set_outcome (result, SEEDS_IMPORT_ADDED, meeting_id,
                 /* Translators: a participant's name and the meeting's title */
                 g_strdup_printf (_("Added the scores of %s to the meeting “%s”."),
                                  name, title));
}

static void
import_profile (SeedsStore        *store,
                SeedsProfile      *profile,
                SeedsImportResult *result)
{
  g_autoptr(GError) error = NULL;
  const char *name = seeds_profile_get_name (profile);
  const SeedsSharedResults *shared = seeds_profile_get_shared_results (profile);
  g_autofree char *date = shared != NULL ? seeds_date_format (shared->date) : NULL;
  SeedsProfileImport outcome = SEEDS_PROFILE_UNCHANGED;

  result->community_id = g_strdup (seeds_profile_get_community_id (profile));

  if (!seeds_store_import_profile (store, profile, &outcome, &error))
    {
      if (g_error_matches (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_CONFLICT))
        set_outcome (result, SEEDS_IMPORT_CONFLICT, NULL, g_strdup (error->message));
      else
        reject (result, error);
      return;
    }

  switch (outcome)
    {
    case SEEDS_PROFILE_ADDED:
      set_outcome (result, SEEDS_IMPORT_ADDED, NULL,
                   date != NULL
                   /* Translators: the name of a learning community and the date
                    * of its meeting */
                   ? g_strdup_printf (_("Added the learning community “%s” to the directory, "
                                        "with the scores it shares of its meeting of %s."),
                                      name, date)
                   : g_strdup_printf (_("Added the learning community “%s” to the directory."),
                                      name));
      break;

    case SEEDS_PROFILE_UPDATED:
      set_outcome (result, SEEDS_IMPORT_UPDATED, NULL,
                   date != NULL
                   /* Translators: the name of a learning community and the date
                    * of its meeting */
                   ? g_strdup_printf (_("Updated the learning community “%s” in the directory, "
                                        "with the scores it shares of its meeting of %s."),
                                      name, date)
                   : g_strdup_printf (_("Updated the learning community “%s” in the directory."),
                                      name));
      break;

    case SEEDS_PROFILE_UNCHANGED:
    default:
      set_outcome (result, SEEDS_IMPORT_UNCHANGED, NULL,
                   g_strdup_printf (_("The directory already has this profile of “%s” or a "
                                      "newer one; nothing was changed."),
                                    name));
      break;
    }
}

/* "6 meetings, 14 participants and 12 next steps", each count in the
 * plural it takes */
static char *
describe_contents (guint n_meetings,
                   guint n_participants,
                   guint n_steps)
{
  g_autofree char *meetings = NULL;
  g_autofree char *participants = NULL;
  g_autofree char *steps = NULL;

  meetings = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u meeting", "%u meetings",
                                           n_meetings),
                              n_meetings);
  participants = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u participant",
                                               "%u participants", n_participants),
                                  n_participants);
  steps = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u next step", "%u next steps",
                                        n_steps),
                           n_steps);

  /* Translators: "6 meetings", "14 participants" and "12 next steps", each
   * translated on its own, for what a learning community holds */
  return g_strdup_printf (_("%s, %s and %s"), meetings, participants, steps);
}

static char *
describe_communities (GPtrArray *communities)
{
  const SeedsCommunityRecord *first = g_ptr_array_index (communities, 0);
  g_autofree char *contents = NULL;
  g_autofree char *several = NULL;
  guint n_meetings = 0;
  guint n_participants = 0;
  guint n_steps = 0;

  for (guint i = 0; i < communities->len; i++)
    {
      const SeedsCommunityRecord *record = g_ptr_array_index (communities, i);

      n_meetings += record->meetings->len;
      n_participants += record->participants->len;
      n_steps += record->next_steps->len;
    }

  contents = describe_contents (n_meetings, n_participants, n_steps);

  if (communities->len == 1)
    /* Translators: the name of a learning community, then what it holds,
     * such as "6 meetings, 14 participants and 12 next steps" */
    return g_strdup_printf (_("Added the learning community “%s” with %s."), first->name,
                            contents);

  several = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u learning community",
                                          "%u learning communities", communities->len),
                             communities->len);

  /* Translators: "3 learning communities", then what they hold together,
   * such as "6 meetings, 14 participants and 12 next steps" */
  return g_strdup_printf (_("Added %s with %s."), several, contents);
}

static void
import_communities (SeedsStore           *store,
                    SeedsCommunityImport *import,
                    SeedsImportResult    *result)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *communities = seeds_community_import_get_communities (import);
  const SeedsCommunityRecord *first = g_ptr_array_index (communities, 0);

  result->community_id = g_strdup (first->id);

  if (!seeds_store_import_communities (store, import, &error))
    {
      if (g_error_matches (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_CONFLICT))
        set_outcome (result, SEEDS_IMPORT_CONFLICT, NULL, g_strdup (error->message));
      else
        reject (result, error);
      return;
    }

  set_outcome (result, SEEDS_IMPORT_ADDED, NULL, describe_communities (communities));
}

/* Community exports go first, then invitations and profiles, so that
 * cards may come with the invitation to their meeting, or the export of
 * their community, in any order; cards then go in the order given, so
 * that of two cards of one person the later one counts. */
static guint
import_rank (gpointer item)
{
  if (SEEDS_IS_COMMUNITY_IMPORT (item))
    return 0;
  if (SEEDS_IS_SCORECARD (item))
    return 2;

  return 1;
}

#define N_RANKS 3

/* How far an import is, and whether to stop */
typedef struct
{
  SeedsImportProgressFunc  func;
  gpointer                 user_data;
  GCancellable            *cancellable;
  guint                    n_done;
  guint                    n_files;
} Progress;

static void
report (Progress *progress)
{
  if (progress->func != NULL)
    progress->func (progress->n_done, progress->n_files, progress->user_data);
}

/* @items holds a SeedsCommunityImport, a SeedsInvitation, a
 * SeedsScorecard, a SeedsProfile or NULL for each result. Stops between
 * files when cancelled. */
static gboolean
import_each (SeedsStore  *store,
              GPtrArray   *items,
              GPtrArray   *results,
              Progress    *progress,
              GError     **error)
{
  for (guint rank = 0; rank < N_RANKS; rank++)
    {
      for (guint i = 0; i < items->len; i++)
        {
          gpointer item = g_ptr_array_index (items, i);
          SeedsImportResult *result = g_ptr_array_index (results, i);

          if (item == NULL || import_rank (item) != rank)
            continue;

          if (g_cancellable_set_error_if_cancelled (progress->cancellable, error))
            return FALSE;

          if (SEEDS_IS_COMMUNITY_IMPORT (item))
            import_communities (store, item, result);
          else if (SEEDS_IS_INVITATION (item))
            import_invitation (store, item, result);
          else if (SEEDS_IS_PROFILE (item))
            import_profile (store, item, result);
          else if (SEEDS_IS_SCORECARD (item))
            import_scorecard (store, item, result);

          progress->n_done++;
          report (progress);
        }
    }

  return TRUE;
}

/* When the batch cannot be saved at its end, nothing of it was. */
static void
reject_imported (GPtrArray    *results,
                 const GError *error)
{
  for (guint i = 0; i < results->len; i++)
    {
      SeedsImportResult *result = g_ptr_array_index (results, i);

      if (!seeds_import_result_is_refused (result))
        {
          g_clear_pointer (&result->meeting_id, g_free);
          g_clear_pointer (&result->community_id, g_free);
          reject (result, error);
        }
    }
}

/* Imports every item, each file in a savepoint of one batch (see
 * seeds_store_begin_batch()), so that the disk is waited for once. What
 * was imported before a cancellation is saved. */
static gboolean
import_items (SeedsStore  *store,
              GPtrArray   *items,
              GPtrArray   *results,
              Progress    *progress,
              GError     **error)
{
  g_autoptr(GError) batch_error = NULL;
  gboolean batched = seeds_store_begin_batch (store, NULL);
  gboolean done = import_each (store, items, results, progress, error);

  if (batched && !seeds_store_end_batch (store, &batch_error))
    reject_imported (results, batch_error);

  return done;
}

/* Returns: whether the file was read as something to import */
static gboolean
add_item (GPtrArray         *items,
          GPtrArray         *results,
          GBytes            *bytes,
          const GError      *load_error,
          const char        *name,
          const Frameworks  *frameworks)
{
  g_autoptr(GError) error = NULL;
  SeedsImportResult *result = result_new (name);
  GObject *item = NULL;

  if (bytes != NULL)
    item = read_item (bytes, name, frameworks, &error);

  if (item == NULL)
    reject (result, load_error != NULL ? load_error : error);

  g_ptr_array_add (items, item);
  g_ptr_array_add (results, result);

  return item != NULL;
}

static void
unref_item (gpointer item)
{
  if (item != NULL)
    g_object_unref (item);
}

/**
 * seeds_importer_import_files:
 * @store: the database to import into
 * @framework: the framework the app uses
 * @files: (array length=n_files): invitations (.seedsmeeting), score
 *   cards (.seedscard), profiles (.seedsprofile) and community exports
 *   (.json), in any mix, and folders of them
 * @n_files: the number of @files
 *
 * A folder stands for the invitations, score cards and profiles in it
 * (seeds_import_folder_expand()); one without any is refused as a file is.
 * Imports every file as a whole or not at all, each in a transaction of
 * its own: one bad file does not keep the others out. Files over the size
 * limit of what their name says they are (SEEDS_EXCHANGE_MAX_SIZE, or
 * SEEDS_COMMUNITY_MAX_SIZE for a .json file) are refused without being
 * read further. Community exports are imported first, then invitations,
 * then cards, whatever their order, so that a card can come with the
 * invitation to its meeting; of two cards of one person for one meeting,
 * the later in @files counts.
 *
 * Returns: (transfer container) (element-type SeedsImportResult): what
 *   happened to each file, in the order of @files
 */
GPtrArray *
seeds_importer_import_files (SeedsStore      *store,
                             SeedsFramework  *framework,
                             GFile          **files,
                             guint            n_files)
{
  return seeds_importer_import_files_full (store, framework, NULL, NULL, files, n_files,
                                           NULL, NULL, NULL, NULL);
}

/**
 * seeds_importer_import_files_full:
 * @store: the database to import into
 * @framework: the framework the app uses
 * @lookup: (nullable) (scope call): finds the framework each invitation
 *   and card names, which they are then read against; without it, they
 *   are read against @framework
 * @lookup_data: data for @lookup
 * @files: (array length=n_files): the files, as for
 *   seeds_importer_import_files()
 * @n_files: the number of @files
 * @progress: (nullable) (scope call): called with how many of the files
 *   are done, imported or refused, once all are read and after each
 * @progress_data: data for @progress
 * @cancellable: (nullable): stops the import between two files
 * @error: return location for a #G_IO_ERROR_CANCELLED
 *
 * seeds_importer_import_files(), on a worker thread as the session runs
 * it: it tells how far it is, and stops when @cancellable is cancelled.
 * The files imported by then stay imported, each whole, and the rest are
 * left out whole.
 *
 * Returns: (transfer container) (element-type SeedsImportResult): what
 *   happened to each file, in the order of @files, or %NULL when
 *   cancelled
 */
GPtrArray *
seeds_importer_import_files_full (SeedsStore               *store,
                                  SeedsFramework           *framework,
                                  SeedsExchangeFrameworkFunc lookup,
                                  gpointer                  lookup_data,
                                  GFile                   **files,
                                  guint                     n_files,
                                  SeedsImportProgressFunc   progress,
                                  gpointer                  progress_data,
                                  GCancellable             *cancellable,
                                  GError                  **error)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GPtrArray) expanded = NULL;
  Progress state = { progress, progress_data, cancellable, 0, 0 };
  const Frameworks frameworks = { framework, lookup, lookup_data };

  g_return_val_if_fail (SEEDS_IS_STORE (store), NULL);
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (files != NULL || n_files == 0, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  for (guint i = 0; i < n_files; i++)
    g_return_val_if_fail (G_IS_FILE (files[i]), NULL);

  /* A folder stands for the files in it */
  expanded = seeds_import_folder_expand (files, n_files, cancellable, error);
  if (expanded == NULL)
    return NULL;
  files = (GFile **) expanded->pdata;
  n_files = state.n_files = expanded->len;

  items = g_ptr_array_new_full (n_files, unref_item);
  results = g_ptr_array_new_full (n_files, (GDestroyNotify) seeds_import_result_free);

  for (guint i = 0; i < n_files; i++)
    {
      g_autoptr(GError) load_error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *basename = NULL;
      g_autofree char *name = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;

      basename = g_file_get_basename (files[i]);
      name = g_filename_display_name (basename);
      if (seeds_import_folder_is_folder (files[i]))
        g_set_error_literal (&load_error, SEEDS_EXCHANGE_ERROR, SEEDS_EXCHANGE_ERROR_WRONG_FORMAT,
                             _("The folder holds no score cards, invitations or profiles."));
      else
        bytes = seeds_exchange_load_file (files[i], seeds_exchange_kind_for_name (name),
                                          &load_error);

      if (!add_item (items, results, bytes, load_error, name, &frameworks))
        state.n_done++;
    }

  report (&state);

  if (!import_items (store, items, results, &state, error))
    return NULL;

  return g_steal_pointer (&results);
}

/**
 * seeds_importer_import_bytes:
 * @store: the database to import into
 * @framework: the framework the app uses
 * @bytes: the contents of an invitation, a score card, a profile or a
 *   community export, as dropped data
 * @name: (nullable): the file name it came with, if any
 *
 * The same as seeds_importer_import_files() for one file's contents.
 *
 * Returns: (transfer full): what happened
 */
SeedsImportResult *
seeds_importer_import_bytes (SeedsStore     *store,
                             SeedsFramework *framework,
                             GBytes         *bytes,
                             const char     *name)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) results = NULL;
  Progress state = { NULL, NULL, NULL, 0, 1 };
  const Frameworks frameworks = { framework, NULL, NULL };

  g_return_val_if_fail (SEEDS_IS_STORE (store), NULL);
  g_return_val_if_fail (SEEDS_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);

  items = g_ptr_array_new_with_free_func (unref_item);
  results = g_ptr_array_new_with_free_func ((GDestroyNotify) seeds_import_result_free);

  add_item (items, results, bytes, NULL, name != NULL ? name : _("Dropped data"), &frameworks);
  import_items (store, items, results, &state, NULL);

  return g_ptr_array_steal_index (results, 0);
}
