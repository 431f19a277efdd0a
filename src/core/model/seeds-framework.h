/* seeds-framework.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "model/seeds-factor.h"
#include "model/seeds-role.h"
#include "model/seeds-factor-group.h"

G_BEGIN_DECLS

#define SEEDS_FRAMEWORK_ERROR (seeds_framework_error_quark ())

typedef enum
{
  SEEDS_FRAMEWORK_ERROR_INVALID,
} SeedsFrameworkError;

/* The id of the framework that ships with the app: the research's twelve factors. */
#define SEEDS_FRAMEWORK_DEFAULT_ID "greenport-2020"
/* The highest edition a framework can have in a database or a file */
#define SEEDS_FRAMEWORK_MAX_EDITION 999999
/* The language of a framework's own name: its untagged text */
#define SEEDS_FRAMEWORK_ORIGINAL_LANGUAGE "en"
/* The same twelve factors, with the same ids, worded for students and teachers. */
#define SEEDS_FRAMEWORK_STUDENTS_TEACHERS_ID "students-teachers-2020"

#define SEEDS_TYPE_FRAMEWORK (seeds_framework_get_type ())

G_DECLARE_FINAL_TYPE (SeedsFramework, seeds_framework, SEEDS, FRAMEWORK, GObject)

GQuark          seeds_framework_error_quark     (void);
SeedsFramework *seeds_framework_new_from_file   (GFile          *file,
                                                 const char     *language,
                                                 GError        **error);
SeedsFramework *seeds_framework_new_from_bytes  (GBytes         *bytes,
                                                 const char     *display_name,
                                                 const char     *language,
                                                 GError        **error);
SeedsFramework *seeds_framework_new_default     (const char     *language);
SeedsFramework *seeds_framework_new_builtin     (const char     *id,
                                                 const char     *language);
GBytes         *seeds_framework_get_builtin_bytes (const char     *id);
const char * const *
                seeds_framework_get_builtin_ids (void);
const char     *seeds_framework_get_id          (SeedsFramework *self);
guint           seeds_framework_get_edition     (SeedsFramework *self);
char           *seeds_framework_describe_edition (const char    *name,
                                                  guint          edition);
const char     *seeds_framework_get_based_on    (SeedsFramework *self);
const char     *seeds_framework_get_name        (SeedsFramework *self);
const char     *seeds_framework_get_question    (SeedsFramework *self);
const char     *seeds_framework_get_source      (SeedsFramework *self);
const char     *seeds_framework_get_language    (SeedsFramework *self);
GListModel     *seeds_framework_get_groups      (SeedsFramework *self);
GListModel     *seeds_framework_get_factors     (SeedsFramework *self);
guint           seeds_framework_get_n_factors   (SeedsFramework *self);
SeedsFactor    *seeds_framework_get_factor      (SeedsFramework *self,
                                                 guint           position);
SeedsFactor    *seeds_framework_lookup_factor   (SeedsFramework *self,
                                                 const char     *factor_id);
guint           seeds_framework_get_n_roles     (SeedsFramework *self);
SeedsRole      *seeds_framework_get_role        (SeedsFramework *self,
                                                 guint           position);
SeedsRole      *seeds_framework_lookup_role     (SeedsFramework *self,
                                                 const char     *role_id);

G_END_DECLS
