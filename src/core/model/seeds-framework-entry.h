/* seeds-framework-entry.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SEEDS_TYPE_FRAMEWORK_ENTRY (seeds_framework_entry_get_type ())

G_DECLARE_FINAL_TYPE (SeedsFrameworkEntry, seeds_framework_entry, SEEDS, FRAMEWORK_ENTRY, GObject)

/* One framework a meeting can be scored with: a built-in one, or an
 * edition of one kept in the database, with the bytes of its file. The
 * properties "id", "edition", "name" and "label" are for choosers. */
SeedsFrameworkEntry *seeds_framework_entry_new         (const char          *id,
                                                        guint                edition,
                                                        const char          *name,
                                                        gboolean             is_builtin,
                                                        GBytes              *content);
SeedsFrameworkEntry *seeds_framework_entry_new_builtin (const char          *id);
const char          *seeds_framework_entry_get_id      (SeedsFrameworkEntry *self);
guint                seeds_framework_entry_get_edition (SeedsFrameworkEntry *self);
const char          *seeds_framework_entry_get_name    (SeedsFrameworkEntry *self);
char                *seeds_framework_entry_dup_label   (SeedsFrameworkEntry *self);
gboolean             seeds_framework_entry_is_builtin  (SeedsFrameworkEntry *self);
GBytes              *seeds_framework_entry_get_content (SeedsFrameworkEntry *self);
gboolean             seeds_framework_entry_matches     (SeedsFrameworkEntry *self,
                                                        const char          *id,
                                                        guint                edition);

G_END_DECLS
