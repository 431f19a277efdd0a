/* seeds-framework-adapt.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "model/seeds-framework-entry.h"
#include "session/seeds-session.h"

G_BEGIN_DECLS

/* Called once the editor's framework is kept in the database, or could
 * not be (@error set, @id NULL). */
typedef void (*SeedsFrameworkKeptFunc) (const char   *id,
                                        guint         edition,
                                        const GError *error,
                                        gpointer      user_data);

char *seeds_framework_describe_kept (SeedsSession *session,
                                     const char   *id,
                                     guint         edition);

void seeds_framework_adapt (GtkWindow              *parent,
                            SeedsSession           *session,
                            SeedsFrameworkEntry    *entry,
                            SeedsFrameworkKeptFunc  kept,
                            gpointer                user_data,
                            GDestroyNotify          notify);
void seeds_framework_edit  (GtkWindow              *parent,
                            SeedsSession           *session,
                            SeedsFrameworkEntry    *entry,
                            SeedsFrameworkKeptFunc  kept,
                            gpointer                user_data,
                            GDestroyNotify          notify);

G_END_DECLS
