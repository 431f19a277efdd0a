/* seeds-application.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/seeds-backup-scheduler.h"

#include "model/seeds-framework.h"
#include "session/seeds-session.h"
#include "store/seeds-store.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_APPLICATION (seeds_application_get_type ())

G_DECLARE_FINAL_TYPE (SeedsApplication, seeds_application, SEEDS, APPLICATION, AdwApplication)

void              seeds_application_setup_environment (void);
SeedsApplication *seeds_application_new               (void);
gboolean          seeds_application_open_database     (SeedsApplication *self,
                                                       const char       *path);
void              seeds_application_close_database    (SeedsApplication *self);
void              seeds_application_close_damaged_database
                                                      (SeedsApplication *self,
                                                       const GError     *damage);
const char       *seeds_application_get_database_path (SeedsApplication *self);
SeedsBackupScheduler *seeds_application_get_backups   (SeedsApplication *self);
SeedsStore       *seeds_application_get_store         (SeedsApplication *self);
SeedsSession     *seeds_application_get_session       (SeedsApplication *self);
const GError     *seeds_application_get_store_error   (SeedsApplication *self);
SeedsFramework   *seeds_application_get_framework     (SeedsApplication *self);
GSettings        *seeds_application_get_settings      (SeedsApplication *self);

G_END_DECLS
