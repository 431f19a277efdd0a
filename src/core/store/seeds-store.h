/* seeds-store.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "model/seeds-community.h"
#include "exchange/seeds-community-import.h"
#include "model/seeds-directory-filter.h"
#include "model/seeds-directory-source.h"
#include "model/seeds-failure.h"
#include "model/seeds-framework-entry.h"
#include "exchange/seeds-invitation.h"
#include "model/seeds-ledger-entry.h"
#include "model/seeds-meeting.h"
#include "model/seeds-next-step.h"
#include "model/seeds-participant.h"
#include "model/seeds-points-rules.h"
#include "exchange/seeds-profile.h"
#include "model/seeds-reward.h"
#include "model/seeds-score.h"
#include "exchange/seeds-scorecard.h"
#include "model/seeds-tally.h"

G_BEGIN_DECLS

#define SEEDS_STORE_ERROR (seeds_store_error_quark ())

typedef enum
{
  SEEDS_STORE_ERROR_CANNOT_OPEN,  /* missing folder, no permission */
  SEEDS_STORE_ERROR_READ_ONLY,
  SEEDS_STORE_ERROR_LOCKED,       /* another program holds the database */
  SEEDS_STORE_ERROR_CORRUPT,      /* not a database, or damaged */
  SEEDS_STORE_ERROR_FOREIGN,      /* a database, but not one of ours */
  SEEDS_STORE_ERROR_TOO_NEW,      /* made by a newer version of the app */
  SEEDS_STORE_ERROR_NOT_FOUND,    /* a referenced row does not exist */
  SEEDS_STORE_ERROR_INVALID,      /* a value the user typed is refused */
  SEEDS_STORE_ERROR_FAILED,
  SEEDS_STORE_ERROR_CONFLICT,     /* a profile or an export of one of your own communities,
                                   * or an export whose ids another community uses */
  SEEDS_STORE_ERROR_LOOKALIKE,    /* a name that looks like another's but isn't */
  SEEDS_STORE_ERROR_DISK_FULL,
  SEEDS_STORE_ERROR_NOT_ENOUGH_POINTS,  /* a reward that costs more than the balance */
} SeedsStoreError;

/* What a write changed, passed with SeedsStore::changed so that views
 * reload only what concerns them. */
typedef enum
{
  SEEDS_STORE_CHANGE_COMMUNITIES  = 1 << 0,
  SEEDS_STORE_CHANGE_MEETINGS     = 1 << 1,
  SEEDS_STORE_CHANGE_PARTICIPANTS = 1 << 2,
  SEEDS_STORE_CHANGE_SCORES       = 1 << 3,
  SEEDS_STORE_CHANGE_NEXT_STEPS   = 1 << 4,
  SEEDS_STORE_CHANGE_TALLIES      = 1 << 5,
  /* The directory: profiles, and entries other than your own. A change to
   * your own communities' names or to which there are is COMMUNITIES, so
   * the directory listens to both. */
  SEEDS_STORE_CHANGE_DIRECTORY    = 1 << 6,
  /* The community's own page: team points (the ledger and the rewards),
   * and brilliant failures */
  SEEDS_STORE_CHANGE_POINTS       = 1 << 7,
  SEEDS_STORE_CHANGE_FAILURES     = 1 << 8,
} SeedsStoreChange;

#define SEEDS_TYPE_STORE (seeds_store_get_type ())

G_DECLARE_FINAL_TYPE (SeedsStore, seeds_store, SEEDS, STORE, GObject)

GQuark            seeds_store_error_quark          (void);
char             *seeds_store_default_path         (void);
/* path NULL opens seeds_store_default_path(). Write methods refuse text a
 * user typed with a SEEDS_TEXT_ERROR (see seeds-text.h), other input with
 * SEEDS_STORE_ERROR_INVALID, and references to missing rows with
 * SEEDS_STORE_ERROR_NOT_FOUND. */
SeedsStore       *seeds_store_open                 (const char           *path,
                                                    GError              **error);
/* Another connection, for a worker thread, to a database that
 * seeds_store_open() opened and checked */
SeedsStore       *seeds_store_open_checked         (const char           *path,
                                                    GError              **error);
const char       *seeds_store_get_path             (SeedsStore           *self);
int               seeds_store_get_schema_version   (SeedsStore           *self);
/* For a write through another connection to the same database */
void              seeds_store_notify_changed       (SeedsStore           *self,
                                                    SeedsStoreChange      what);

/* Many writes in one transaction, each whole on its own: see
 * seeds_store_begin_batch(). */
gboolean          seeds_store_begin_batch          (SeedsStore           *self,
                                                    GError              **error);
gboolean          seeds_store_end_batch            (SeedsStore           *self,
                                                    GError              **error);

/* Communities: your own, those you hold meetings of. A community removed
 * from the directory (see below) is not found until it is restored. */
GPtrArray        *seeds_store_list_communities     (SeedsStore           *self,
                                                    GError              **error);
SeedsCommunity   *seeds_store_get_community        (SeedsStore           *self,
                                                    const char           *community_id,
                                                    GError              **error);
SeedsCommunity   *seeds_store_add_community        (SeedsStore           *self,
                                                    const char           *name,
                                                    GError              **error);
SeedsCommunity   *seeds_store_add_community_with_framework
                                                   (SeedsStore           *self,
                                                    const char           *name,
                                                    const char           *framework_id,
                                                    guint                 framework_edition,
                                                    GError              **error);
gboolean          seeds_store_rename_community     (SeedsStore           *self,
                                                    SeedsCommunity       *community,
                                                    const char           *name,
                                                    GError              **error);
gboolean          seeds_store_delete_community     (SeedsStore           *self,
                                                    SeedsCommunity       *community,
                                                    GError              **error);

/* Frameworks kept in the database, and each community's
 * (seeds-store-frameworks.c) */
GPtrArray        *seeds_store_list_frameworks      (SeedsStore           *self,
                                                    GError              **error);
SeedsFrameworkEntry *seeds_store_get_framework     (SeedsStore           *self,
                                                    const char           *id,
                                                    guint                 edition,
                                                    GError              **error);
gboolean          seeds_store_add_framework        (SeedsStore           *self,
                                                    const char           *id,
                                                    guint                 file_edition,
                                                    guint                 taken_edition,
                                                    GBytes               *content,
                                                    const char           *name,
                                                    guint                *edition,
                                                    gboolean             *added,
                                                    GError              **error);
gboolean          seeds_store_set_community_framework (SeedsStore        *self,
                                                    SeedsCommunity       *community,
                                                    const char           *framework_id,
                                                    guint                 framework_edition,
                                                    GError              **error);

/* The directory (seeds-store-directory.c): every learning community the
 * database knows, your own included, with its profile; those from another
 * community's profile also with the results they share. Entries are
 * SeedsCommunity objects. Removing one keeps it, hidden, until
 * seeds_store_purge_removed_entries(), so that the removal can be undone
 * with seeds_store_restore_directory_entry(). */
GPtrArray        *seeds_store_list_directory       (SeedsStore           *self,
                                                    const SeedsDirectoryFilter *filter,
                                                    GError              **error);
SeedsCommunity   *seeds_store_add_directory_entry  (SeedsStore           *self,
                                                    const char           *name,
                                                    const SeedsCommunityProfile *profile,
                                                    SeedsCommunityOrigin  origin,
                                                    GError              **error);
gboolean          seeds_store_update_directory_entry (SeedsStore         *self,
                                                    SeedsCommunity       *community,
                                                    const char           *name,
                                                    const SeedsCommunityProfile *profile,
                                                    GError              **error);
gboolean          seeds_store_remove_directory_entry (SeedsStore         *self,
                                                    SeedsCommunity       *community,
                                                    GError              **error);
gboolean          seeds_store_restore_directory_entry (SeedsStore        *self,
                                                    SeedsCommunity       *community,
                                                    GError              **error);
gboolean          seeds_store_purge_removed_entries (SeedsStore          *self,
                                                    GError              **error);
gboolean          seeds_store_add_sample_directory (SeedsStore           *self,
                                                    GError              **error);
gboolean          seeds_store_remove_sample_directory (SeedsStore        *self,
                                                    GError              **error);
gboolean          seeds_store_import_profile       (SeedsStore           *self,
                                                    SeedsProfile         *profile,
                                                    SeedsProfileImport   *outcome,
                                                    GError              **error);

/* Shared directories (seeds-store-sources.c): folders where communities
 * publish their profiles, and where each entry was last seen */
GPtrArray        *seeds_store_list_directory_sources (SeedsStore         *self,
                                                    GError              **error);
gboolean          seeds_store_add_directory_source (SeedsStore           *self,
                                                    const char           *uri,
                                                    const char           *display_name,
                                                    GError              **error);
gboolean          seeds_store_remove_directory_source (SeedsStore        *self,
                                                    const char           *uri,
                                                    GError              **error);
gboolean          seeds_store_record_source_refresh (SeedsStore          *self,
                                                    const char           *uri,
                                                    const char           *failure,
                                                    GError              **error);
gboolean          seeds_store_mark_entry_seen      (SeedsStore           *self,
                                                    const char           *community_id,
                                                    const char           *source_uri,
                                                    gint64                seen_at,
                                                    GError              **error);
char             *seeds_store_get_entry_source     (SeedsStore           *self,
                                                    const char           *community_id,
                                                    gint64               *seen_at,
                                                    GError              **error);

/* Meetings, newest first */
GPtrArray        *seeds_store_list_meetings        (SeedsStore           *self,
                                                    const char           *community_id,
                                                    GError              **error);
SeedsMeeting     *seeds_store_get_meeting          (SeedsStore           *self,
                                                    const char           *meeting_id,
                                                    GError              **error);
SeedsMeeting     *seeds_store_add_meeting          (SeedsStore           *self,
                                                    const char           *community_id,
                                                    const char           *framework_id,
                                                    const char           *date,
                                                    const char           *title,
                                                    const char           *notes,
                                                    GError              **error);
SeedsMeeting     *seeds_store_add_meeting_of_kind  (SeedsStore           *self,
                                                    const char           *community_id,
                                                    const char           *framework_id,
                                                    SeedsMeetingKind      kind,
                                                    const char           *date,
                                                    const char           *title,
                                                    const char           *notes,
                                                    GError              **error);
SeedsMeeting     *seeds_store_add_meeting_full     (SeedsStore           *self,
                                                    const char           *community_id,
                                                    const char           *framework_id,
                                                    guint                 framework_edition,
                                                    SeedsMeetingKind      kind,
                                                    const char           *date,
                                                    const char           *title,
                                                    const char           *notes,
                                                    GError              **error);
gboolean          seeds_store_update_meeting       (SeedsStore           *self,
                                                    SeedsMeeting         *meeting,
                                                    const char           *date,
                                                    const char           *title,
                                                    const char           *notes,
                                                    GError              **error);
gboolean          seeds_store_delete_meeting       (SeedsStore           *self,
                                                    SeedsMeeting         *meeting,
                                                    GError              **error);

/* Participants belong to a community and take part in meetings. */
GPtrArray        *seeds_store_list_participants    (SeedsStore           *self,
                                                    const char           *community_id,
                                                    GError              **error);
GPtrArray        *seeds_store_list_attendees       (SeedsStore           *self,
                                                    const char           *meeting_id,
                                                    GError              **error);
/* Who took part in one of the community's n_meetings latest meetings */
GPtrArray        *seeds_store_list_recent_attendees (SeedsStore          *self,
                                                    const char           *community_id,
                                                    guint                 n_meetings,
                                                    GError              **error);
/* The community's members who are not in the meeting */
GPtrArray        *seeds_store_list_absent_members  (SeedsStore           *self,
                                                    const char           *meeting_id,
                                                    GError              **error);
SeedsParticipant *seeds_store_add_participant      (SeedsStore           *self,
                                                    const char           *meeting_id,
                                                    const char           *name,
                                                    const char           *organisation,
                                                    SeedsPartnerType      partner_type,
                                                    GError              **error);
gboolean          seeds_store_add_attendee         (SeedsStore           *self,
                                                    const char           *meeting_id,
                                                    const char           *participant_id,
                                                    GError              **error);
gboolean          seeds_store_remove_attendee      (SeedsStore           *self,
                                                    const char           *meeting_id,
                                                    const char           *participant_id,
                                                    GError              **error);
gboolean          seeds_store_update_participant   (SeedsStore           *self,
                                                    SeedsParticipant     *participant,
                                                    const char           *name,
                                                    const char           *organisation,
                                                    SeedsPartnerType      partner_type,
                                                    GError              **error);
gboolean          seeds_store_delete_participant   (SeedsStore           *self,
                                                    SeedsParticipant     *participant,
                                                    GError              **error);
/* role_id: a role of the framework (seeds_framework_get_roles()), or NULL */
gboolean          seeds_store_set_participant_role (SeedsStore           *self,
                                                    SeedsParticipant     *participant,
                                                    const char           *role_id,
                                                    GError              **error);

/* Scores: value SEEDS_SCORE_NONE removes the score (and its comment). A
 * participant who scores is recorded as attending the meeting; taking them
 * off the meeting removes their scores there. A poster meeting has no
 * participants or scores: adding them fails with SEEDS_STORE_ERROR_INVALID. */
GPtrArray        *seeds_store_list_scores          (SeedsStore           *self,
                                                    const char           *meeting_id,
                                                    GError              **error);
gboolean          seeds_store_set_score            (SeedsStore           *self,
                                                    const char           *meeting_id,
                                                    const char           *participant_id,
                                                    const char           *factor_id,
                                                    int                   value,
                                                    GError              **error);
gboolean          seeds_store_set_comment          (SeedsStore           *self,
                                                    const char           *meeting_id,
                                                    const char           *participant_id,
                                                    const char           *factor_id,
                                                    const char           *comment,
                                                    GError              **error);
gboolean          seeds_store_set_scores           (SeedsStore           *self,
                                                    const char           *meeting_id,
                                                    GPtrArray            *scores,
                                                    GError              **error);

/* Tallies: the stickers of a poster meeting per factor and score (see
 * seeds-tally.h). A scores meeting has none: setting them fails with
 * SEEDS_STORE_ERROR_INVALID. */
GPtrArray        *seeds_store_list_tallies         (SeedsStore           *self,
                                                    const char           *meeting_id,
                                                    GError              **error);
gboolean          seeds_store_set_tallies          (SeedsStore           *self,
                                                    const char           *meeting_id,
                                                    const char           *factor_id,
                                                    const guint           counts[SEEDS_TALLY_N_VALUES],
                                                    GError              **error);
gboolean          seeds_store_set_meeting_tallies  (SeedsStore           *self,
                                                    const char           *meeting_id,
                                                    GPtrArray            *tallies,
                                                    GError              **error);

/* Next steps of a community: agreed in any of its meetings, oldest first.
 * factor_id NULL lists those of every factor. */
GPtrArray        *seeds_store_list_next_steps      (SeedsStore           *self,
                                                    const char           *community_id,
                                                    const char           *factor_id,
                                                    GError              **error);
SeedsNextStep    *seeds_store_add_next_step        (SeedsStore           *self,
                                                    const char           *meeting_id,
                                                    const char           *factor_id,
                                                    const char           *text,
                                                    const char           *owner,
                                                    const char           *due_date,
                                                    GError              **error);
SeedsNextStep    *seeds_store_add_next_step_from   (SeedsStore           *self,
                                                    const char           *meeting_id,
                                                    const char           *factor_id,
                                                    const char           *text,
                                                    const char           *owner,
                                                    const char           *due_date,
                                                    SeedsCommunity       *origin,
                                                    GError              **error);
gboolean          seeds_store_update_next_step     (SeedsStore           *self,
                                                    SeedsNextStep        *step,
                                                    const char           *text,
                                                    const char           *owner,
                                                    const char           *due_date,
                                                    SeedsNextStepStatus   status,
                                                    GError              **error);
gboolean          seeds_store_delete_next_step     (SeedsStore           *self,
                                                    SeedsNextStep        *step,
                                                    GError              **error);

/* Deletions that can be undone (seeds-store-undo.c): what a deletion
 * takes with it is kept, and seeds_store_undo() puts it back as it was. */
typedef struct _SeedsStoreUndo SeedsStoreUndo;

SeedsStoreUndo   *seeds_store_delete_next_step_with_undo (SeedsStore     *self,
                                                          SeedsNextStep  *step,
                                                          GError        **error);
SeedsStoreUndo   *seeds_store_delete_failure_with_undo   (SeedsStore     *self,
                                                          SeedsFailure   *failure,
                                                          GError        **error);
SeedsStoreUndo   *seeds_store_remove_attendee_with_undo  (SeedsStore     *self,
                                                          const char     *meeting_id,
                                                          const char     *participant_id,
                                                          GError        **error);
gboolean          seeds_store_undo                 (SeedsStore           *self,
                                                    SeedsStoreUndo       *undo,
                                                    GError              **error);
void              seeds_store_undo_free            (SeedsStoreUndo       *undo);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SeedsStoreUndo, seeds_store_undo_free)

/* The review at the start of a meeting: the open steps of earlier meetings,
 * each marked done, carried over or dropped there. */
GPtrArray        *seeds_store_list_steps_to_review (SeedsStore           *self,
                                                    const char           *meeting_id,
                                                    GError              **error);
gboolean          seeds_store_review_next_step     (SeedsStore           *self,
                                                    SeedsNextStep        *step,
                                                    const char           *meeting_id,
                                                    SeedsReviewOutcome    outcome,
                                                    GError              **error);

/* One decision of a review: what became of the step with this id */
typedef struct
{
  const char         *step_id;
  SeedsReviewOutcome  outcome;
} SeedsReviewDecision;

/* The whole review in one write: every decision, or none */
gboolean          seeds_store_review_next_steps    (SeedsStore           *self,
                                                    const char           *meeting_id,
                                                    const SeedsReviewDecision *decisions,
                                                    guint                 n_decisions,
                                                    GError              **error);

/* History (see seeds-community-history.h): every score and every tally of
 * a community's meetings in two queries, handed over one by one with
 * strings that are valid during the call only, so that 120 meetings of 30
 * people don't make 43 200 objects. A score comes with its participant and
 * count 1; a tally with participant NULL and its count. value is 1 … 5 or
 * SEEDS_SCORE_DONT_KNOW. */
typedef void    (*SeedsStoreCountFunc)             (const char           *meeting_id,
                                                    const char           *participant_id,
                                                    const char           *factor_id,
                                                    int                   value,
                                                    guint                 count,
                                                    gpointer              user_data);
gboolean          seeds_store_foreach_count        (SeedsStore           *self,
                                                    const char           *community_id,
                                                    SeedsStoreCountFunc   func,
                                                    gpointer              user_data,
                                                    GError              **error);

/* Team points (seeds-store-ledger.c): an append-only ledger per
 * community, whose sum is the balance. Awards reconcile the ledger with
 * what the database holds: each event earns once, however often they
 * run. A correction is a counter-entry, once per entry. */
GPtrArray        *seeds_store_list_ledger          (SeedsStore           *self,
                                                    const char           *community_id,
                                                    gint64               *balance,
                                                    GError              **error);
gboolean          seeds_store_get_balance          (SeedsStore           *self,
                                                    const char           *community_id,
                                                    gint64               *balance,
                                                    GError              **error);
gboolean          seeds_store_award_points         (SeedsStore           *self,
                                                    const char           *community_id,
                                                    SeedsPointsRules     *rules,
                                                    gint64               *earned,
                                                    GError              **error);
gboolean          seeds_store_award_profile_shared (SeedsStore           *self,
                                                    const char           *community_id,
                                                    SeedsPointsRules     *rules,
                                                    gint64               *earned,
                                                    GError              **error);
gboolean          seeds_store_redeem_reward        (SeedsStore           *self,
                                                    const char           *community_id,
                                                    const char           *reward_id,
                                                    const char           *agreed_by,
                                                    GError              **error);
gboolean          seeds_store_correct_ledger_entry (SeedsStore           *self,
                                                    gint64                entry_id,
                                                    const char           *agreed_by,
                                                    GError              **error);

/* The facilitator's rewards (seeds-store-rewards.c) */
GPtrArray        *seeds_store_list_rewards         (SeedsStore           *self,
                                                    const char           *community_id,
                                                    gboolean              with_archived,
                                                    GError              **error);
SeedsReward      *seeds_store_add_reward           (SeedsStore           *self,
                                                    const char           *community_id,
                                                    const char           *title,
                                                    guint                 cost,
                                                    GError              **error);
gboolean          seeds_store_archive_reward       (SeedsStore           *self,
                                                    SeedsReward          *reward,
                                                    GError              **error);

/* Brilliant failures (seeds-store-failures.c); deleting one is
 * seeds_store_delete_failure_with_undo(). factor_id NULL: all. */
GPtrArray        *seeds_store_list_failures        (SeedsStore           *self,
                                                    const char           *community_id,
                                                    const char           *factor_id,
                                                    GError              **error);
SeedsFailure     *seeds_store_add_failure          (SeedsStore           *self,
                                                    const char           *community_id,
                                                    const char           *tried,
                                                    const char           *happened,
                                                    const char           *learned,
                                                    const char           *factor_id,
                                                    GError              **error);

/* Exchange files (see seeds-importer.h): each imported as a whole or not
 * at all. A card for a meeting that is not in the database fails with
 * SEEDS_STORE_ERROR_NOT_FOUND. */
gboolean          seeds_store_import_invitation    (SeedsStore           *self,
                                                    SeedsInvitation      *invitation,
                                                    gboolean             *added,
                                                    GError              **error);
SeedsParticipant *seeds_store_import_scorecard     (SeedsStore           *self,
                                                    SeedsScorecard       *card,
                                                    gboolean             *replaced,
                                                    GError              **error);

/* How a card may find its participant: a live round's answers never
 * replace those that someone else gave under the same name. */
typedef enum
{
  SEEDS_STORE_CARD_DEFAULT     = 0,
  SEEDS_STORE_CARD_KEEP_OTHERS = 1 << 0,  /* a card that finds by name someone with
                                           * scores in the meeting fails with
                                           * SEEDS_STORE_ERROR_CONFLICT */
} SeedsStoreCardFlags;

SeedsParticipant *seeds_store_import_scorecard_full (SeedsStore          *self,
                                                    SeedsScorecard       *card,
                                                    SeedsStoreCardFlags   flags,
                                                    gboolean             *replaced,
                                                    GError              **error);

/* A community export (see seeds-store-import.c): every community in it
 * becomes one of your own, with all it holds, or nothing changes. One
 * that is already yours, or records whose ids another community uses,
 * fail with SEEDS_STORE_ERROR_CONFLICT. */
gboolean          seeds_store_import_communities   (SeedsStore           *self,
                                                    SeedsCommunityImport *import,
                                                    GError              **error);

G_END_DECLS
