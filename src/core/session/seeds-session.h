/* seeds-session.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "exchange/seeds-importer.h"
#include "exchange/seeds-invitation.h"
#include "exchange/seeds-profile.h"
#include "exchange/seeds-scorecard.h"
#include "exchange/seeds-shared-report.h"
#include "model/seeds-framework.h"
#include "print/seeds-paper.h"
#include "session/seeds-framework-registry.h"
#include "store/seeds-store.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_SESSION (seeds_session_get_type ())

G_DECLARE_FINAL_TYPE (SeedsSession, seeds_session, SEEDS, SESSION, GObject)

SeedsSession   *seeds_session_new                   (SeedsStore               *store,
                                                     SeedsFramework           *framework);
SeedsStore     *seeds_session_get_store             (SeedsSession             *self);
SeedsFramework *seeds_session_get_framework         (SeedsSession             *self);
SeedsPointsRules *seeds_session_get_points_rules    (SeedsSession             *self);
SeedsFrameworkRegistry *seeds_session_get_frameworks (SeedsSession            *self);
void            seeds_session_close                 (SeedsSession             *self);
gboolean        seeds_session_is_idle               (SeedsSession             *self);

/* Exchange (seeds-session-exchange.c) */
void            seeds_session_import_files_async    (SeedsSession             *self,
                                                     GFile                   **files,
                                                     guint                     n_files,
                                                     SeedsImportProgressFunc   progress,
                                                     gpointer                  progress_data,
                                                     GCancellable             *cancellable,
                                                     GAsyncReadyCallback       callback,
                                                     gpointer                  user_data);
GPtrArray      *seeds_session_import_files_finish   (SeedsSession             *self,
                                                     GAsyncResult             *result,
                                                     GError                  **error);
GPtrArray      *seeds_session_import_files          (SeedsSession             *self,
                                                     GFile                   **files,
                                                     guint                     n_files,
                                                     GError                  **error);

void            seeds_session_export_csv_async      (SeedsSession             *self,
                                                     const char               *community_id,
                                                     GFile                    *file,
                                                     GCancellable             *cancellable,
                                                     GAsyncReadyCallback       callback,
                                                     gpointer                  user_data);
GBytes         *seeds_session_export_csv_finish     (SeedsSession             *self,
                                                     GAsyncResult             *result,
                                                     GError                  **error);
GBytes         *seeds_session_export_csv            (SeedsSession             *self,
                                                     const char               *community_id,
                                                     GFile                    *file,
                                                     GError                  **error);

void            seeds_session_export_json_async     (SeedsSession             *self,
                                                     const char               *community_id,
                                                     GFile                    *file,
                                                     GCancellable             *cancellable,
                                                     GAsyncReadyCallback       callback,
                                                     gpointer                  user_data);
GBytes         *seeds_session_export_json_finish    (SeedsSession             *self,
                                                     GAsyncResult             *result,
                                                     GError                  **error);
GBytes         *seeds_session_export_json           (SeedsSession             *self,
                                                     const char               *community_id,
                                                     GFile                    *file,
                                                     GError                  **error);

void            seeds_session_export_profile_async  (SeedsSession             *self,
                                                     const char               *community_id,
                                                     SeedsProfileShare         share,
                                                     GFile                    *file,
                                                     GCancellable             *cancellable,
                                                     GAsyncReadyCallback       callback,
                                                     gpointer                  user_data);
SeedsProfile   *seeds_session_export_profile_finish (SeedsSession             *self,
                                                     GAsyncResult             *result,
                                                     GError                  **error);
SeedsProfile   *seeds_session_export_profile        (SeedsSession             *self,
                                                     const char               *community_id,
                                                     SeedsProfileShare         share,
                                                     GFile                    *file,
                                                     GError                  **error);

/* Frameworks (seeds-session-frameworks.c) */
SeedsFramework *seeds_session_lookup_framework      (SeedsSession             *self,
                                                     const char               *id,
                                                     guint                     edition,
                                                     GError                  **error);
SeedsFramework *seeds_session_get_meeting_framework (SeedsSession             *self,
                                                     SeedsMeeting             *meeting,
                                                     GError                  **error);
void            seeds_session_export_framework_async (SeedsSession            *self,
                                                     const char               *id,
                                                     guint                     edition,
                                                     GFile                    *file,
                                                     GCancellable             *cancellable,
                                                     GAsyncReadyCallback       callback,
                                                     gpointer                  user_data);
gboolean        seeds_session_export_framework_finish (SeedsSession           *self,
                                                     GAsyncResult             *result,
                                                     GError                  **error);
gboolean        seeds_session_export_framework      (SeedsSession             *self,
                                                     const char               *id,
                                                     guint                     edition,
                                                     GFile                    *file,
                                                     GError                  **error);
void            seeds_session_keep_framework_async  (SeedsSession             *self,
                                                     GBytes                   *bytes,
                                                     GCancellable             *cancellable,
                                                     GAsyncReadyCallback       callback,
                                                     gpointer                  user_data);
gboolean        seeds_session_keep_framework_finish (SeedsSession             *self,
                                                     GAsyncResult             *result,
                                                     char                    **id,
                                                     guint                    *edition,
                                                     GError                  **error);

/* Shared directories (seeds-session-shared.c) */
void            seeds_session_add_shared_directory_async (SeedsSession        *self,
                                                     GFile                    *folder,
                                                     GCancellable             *cancellable,
                                                     GAsyncReadyCallback       callback,
                                                     gpointer                  user_data);
gboolean        seeds_session_add_shared_directory_finish (SeedsSession       *self,
                                                     GAsyncResult             *result,
                                                     GError                  **error);
gboolean        seeds_session_add_shared_directory  (SeedsSession             *self,
                                                     GFile                    *folder,
                                                     GError                  **error);
void            seeds_session_refresh_shared_async  (SeedsSession             *self,
                                                     GCancellable             *cancellable,
                                                     GAsyncReadyCallback       callback,
                                                     gpointer                  user_data);
SeedsSharedReport *seeds_session_refresh_shared_finish (SeedsSession          *self,
                                                     GAsyncResult             *result,
                                                     GError                  **error);
SeedsSharedReport *seeds_session_refresh_shared     (SeedsSession             *self,
                                                     GError                  **error);
void            seeds_session_publish_profile_async (SeedsSession             *self,
                                                     const char               *community_id,
                                                     SeedsProfileShare         share,
                                                     GFile                    *folder,
                                                     GCancellable             *cancellable,
                                                     GAsyncReadyCallback       callback,
                                                     gpointer                  user_data);
SeedsProfile   *seeds_session_publish_profile_finish (SeedsSession            *self,
                                                     GAsyncResult             *result,
                                                     GError                  **error);
SeedsProfile   *seeds_session_publish_profile       (SeedsSession             *self,
                                                     const char               *community_id,
                                                     SeedsProfileShare         share,
                                                     GFile                    *folder,
                                                     GError                  **error);

void            seeds_session_save_invitation_async (SeedsSession             *self,
                                                     const char               *meeting_id,
                                                     GFile                    *file,
                                                     GCancellable             *cancellable,
                                                     GAsyncReadyCallback       callback,
                                                     gpointer                  user_data);
gboolean        seeds_session_save_invitation_finish (SeedsSession            *self,
                                                     GAsyncResult             *result,
                                                     GError                  **error);

void            seeds_session_save_scorecard_async  (SeedsSession             *self,
                                                     SeedsScorecard           *card,
                                                     GFile                    *file,
                                                     GCancellable             *cancellable,
                                                     GAsyncReadyCallback       callback,
                                                     gpointer                  user_data);
gboolean        seeds_session_save_scorecard_finish (SeedsSession             *self,
                                                     GAsyncResult             *result,
                                                     GError                  **error);

void            seeds_session_read_invitation_async (SeedsSession             *self,
                                                     GFile                    *file,
                                                     GCancellable             *cancellable,
                                                     GAsyncReadyCallback       callback,
                                                     gpointer                  user_data);
SeedsInvitation *seeds_session_read_invitation_finish (SeedsSession           *self,
                                                     GAsyncResult             *result,
                                                     GError                  **error);

/* Meetings (seeds-session-meetings.c) */
void            seeds_session_list_steps_to_review_async
                                                    (SeedsSession             *self,
                                                     const char               *meeting_id,
                                                     GCancellable             *cancellable,
                                                     GAsyncReadyCallback       callback,
                                                     gpointer                  user_data);
GPtrArray      *seeds_session_list_steps_to_review_finish
                                                    (SeedsSession             *self,
                                                     GAsyncResult             *result,
                                                     GError                  **error);

void            seeds_session_save_review_async     (SeedsSession             *self,
                                                     const char               *meeting_id,
                                                     const SeedsReviewDecision *decisions,
                                                     guint                     n_decisions,
                                                     GCancellable             *cancellable,
                                                     GAsyncReadyCallback       callback,
                                                     gpointer                  user_data);
gboolean        seeds_session_save_review_finish    (SeedsSession             *self,
                                                     GAsyncResult             *result,
                                                     GError                  **error);

void            seeds_session_list_absent_members_async
                                                    (SeedsSession             *self,
                                                     const char               *meeting_id,
                                                     GCancellable             *cancellable,
                                                     GAsyncReadyCallback       callback,
                                                     gpointer                  user_data);
GPtrArray      *seeds_session_list_absent_members_finish
                                                    (SeedsSession             *self,
                                                     GAsyncResult             *result,
                                                     GError                  **error);

void            seeds_session_load_results_by_partner_type_async
                                                    (SeedsSession             *self,
                                                     const char               *meeting_id,
                                                     GCancellable             *cancellable,
                                                     GAsyncReadyCallback       callback,
                                                     gpointer                  user_data);
GPtrArray      *seeds_session_load_results_by_partner_type_finish
                                                    (SeedsSession             *self,
                                                     GAsyncResult             *result,
                                                     GError                  **error);

/* The community's own page (seeds-session-community.c): team points,
 * rewards and brilliant failures. Lists finish with
 * seeds_session_list_finish(), additions with seeds_session_add_finish(). */
void            seeds_session_find_gaps_async       (SeedsSession             *self,
                                                     const char               *community_id,
                                                     GCancellable             *cancellable,
                                                     GAsyncReadyCallback       callback,
                                                     gpointer                  user_data);
void            seeds_session_list_ledger_async     (SeedsSession             *self,
                                                     const char               *community_id,
                                                     GCancellable             *cancellable,
                                                     GAsyncReadyCallback       callback,
                                                     gpointer                  user_data);
GPtrArray      *seeds_session_list_ledger_finish    (SeedsSession             *self,
                                                     GAsyncResult             *result,
                                                     gint64                   *balance,
                                                     GError                  **error);
void            seeds_session_award_points_async    (SeedsSession             *self,
                                                     const char               *community_id,
                                                     GCancellable             *cancellable,
                                                     GAsyncReadyCallback       callback,
                                                     gpointer                  user_data);
gint64          seeds_session_award_points_finish   (SeedsSession             *self,
                                                     GAsyncResult             *result,
                                                     GError                  **error);
void            seeds_session_redeem_reward_async   (SeedsSession             *self,
                                                     const char               *community_id,
                                                     const char               *reward_id,
                                                     const char               *agreed_by,
                                                     GAsyncReadyCallback       callback,
                                                     gpointer                  user_data);
gboolean        seeds_session_redeem_reward_finish  (SeedsSession             *self,
                                                     GAsyncResult             *result,
                                                     GError                  **error);
void            seeds_session_correct_ledger_entry_async
                                                    (SeedsSession             *self,
                                                     gint64                    entry_id,
                                                     const char               *agreed_by,
                                                     GAsyncReadyCallback       callback,
                                                     gpointer                  user_data);
gboolean        seeds_session_correct_ledger_entry_finish
                                                    (SeedsSession             *self,
                                                     GAsyncResult             *result,
                                                     GError                  **error);
void            seeds_session_list_rewards_async    (SeedsSession             *self,
                                                     const char               *community_id,
                                                     gboolean                  with_archived,
                                                     GCancellable             *cancellable,
                                                     GAsyncReadyCallback       callback,
                                                     gpointer                  user_data);
void            seeds_session_add_reward_async      (SeedsSession             *self,
                                                     const char               *community_id,
                                                     const char               *title,
                                                     guint                     cost,
                                                     GAsyncReadyCallback       callback,
                                                     gpointer                  user_data);
void            seeds_session_archive_reward_async  (SeedsSession             *self,
                                                     SeedsReward              *reward,
                                                     GAsyncReadyCallback       callback,
                                                     gpointer                  user_data);
gboolean        seeds_session_archive_reward_finish (SeedsSession             *self,
                                                     GAsyncResult             *result,
                                                     GError                  **error);
void            seeds_session_list_failures_async   (SeedsSession             *self,
                                                     const char               *community_id,
                                                     const char               *factor_id,
                                                     GCancellable             *cancellable,
                                                     GAsyncReadyCallback       callback,
                                                     gpointer                  user_data);
void            seeds_session_add_failure_async     (SeedsSession             *self,
                                                     const char               *community_id,
                                                     const char               *tried,
                                                     const char               *happened,
                                                     const char               *learned,
                                                     const char               *factor_id,
                                                     GAsyncReadyCallback       callback,
                                                     gpointer                  user_data);
GPtrArray      *seeds_session_list_finish           (SeedsSession             *self,
                                                     GAsyncResult             *result,
                                                     GError                  **error);
gpointer        seeds_session_add_finish            (SeedsSession             *self,
                                                     GAsyncResult             *result,
                                                     GError                  **error);

/* Deletions (seeds-session-deletions.c) */
void            seeds_session_delete_async          (SeedsSession             *self,
                                                     gpointer                  record,
                                                     GCancellable             *cancellable,
                                                     GAsyncReadyCallback       callback,
                                                     gpointer                  user_data);
gboolean        seeds_session_delete_finish         (SeedsSession             *self,
                                                     GAsyncResult             *result,
                                                     GError                  **error);
void            seeds_session_delete_next_step_async (SeedsSession            *self,
                                                     SeedsNextStep            *step,
                                                     GCancellable             *cancellable,
                                                     GAsyncReadyCallback       callback,
                                                     gpointer                  user_data);
void            seeds_session_delete_failure_async  (SeedsSession             *self,
                                                     SeedsFailure             *failure,
                                                     GCancellable             *cancellable,
                                                     GAsyncReadyCallback       callback,
                                                     gpointer                  user_data);
void            seeds_session_remove_attendee_async (SeedsSession             *self,
                                                     const char               *meeting_id,
                                                     const char               *participant_id,
                                                     GCancellable             *cancellable,
                                                     GAsyncReadyCallback       callback,
                                                     gpointer                  user_data);
SeedsStoreUndo *seeds_session_remove_finish         (SeedsSession             *self,
                                                     GAsyncResult             *result,
                                                     GError                  **error);
void            seeds_session_undo_async            (SeedsSession             *self,
                                                     SeedsStoreUndo           *undo,
                                                     GAsyncReadyCallback       callback,
                                                     gpointer                  user_data);
gboolean        seeds_session_undo_finish           (SeedsSession             *self,
                                                     GAsyncResult             *result,
                                                     GError                  **error);

/* Printing to PDF (seeds-session-print.c) */
void            seeds_session_export_report_async   (SeedsSession             *self,
                                                     const char               *meeting_id,
                                                     const char               *language,
                                                     GFile                    *file,
                                                     GCancellable             *cancellable,
                                                     GAsyncReadyCallback       callback,
                                                     gpointer                  user_data);
gboolean        seeds_session_export_report_finish  (SeedsSession             *self,
                                                     GAsyncResult             *result,
                                                     GError                  **error);

void            seeds_session_export_poster_async   (SeedsSession             *self,
                                                     SeedsFrameworkEntry      *framework,
                                                     const char               *language,
                                                     const char               *base_url,
                                                     SeedsPaper                paper,
                                                     gboolean                  landscape,
                                                     GFile                    *file,
                                                     GCancellable             *cancellable,
                                                     GAsyncReadyCallback       callback,
                                                     gpointer                  user_data);
gboolean        seeds_session_export_poster_finish  (SeedsSession             *self,
                                                     GAsyncResult             *result,
                                                     GError                  **error);
gboolean        seeds_session_export_poster         (SeedsSession             *self,
                                                     const char               *language,
                                                     const char               *base_url,
                                                     SeedsPaper                paper,
                                                     gboolean                  landscape,
                                                     GFile                    *file,
                                                     GError                  **error);

/* Live rounds (seeds-session-live.c) */
void            seeds_session_submit_live_answer_async
                                                    (SeedsSession             *self,
                                                     SeedsScorecard           *card,
                                                     GCancellable             *cancellable,
                                                     GAsyncReadyCallback       callback,
                                                     gpointer                  user_data);
SeedsParticipant *seeds_session_submit_live_answer_finish
                                                    (SeedsSession             *self,
                                                     GAsyncResult             *result,
                                                     gboolean                 *replaced,
                                                     GError                  **error);

G_END_DECLS
