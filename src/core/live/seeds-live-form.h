/* seeds-live-form.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Form data as a browser sends it (application/x-www-form-urlencoded),
 * read strictly: see seeds_live_form_parse(). */

#define SEEDS_LIVE_FORM_MAX_FIELDS     64
#define SEEDS_LIVE_FORM_MAX_NAME_BYTES 64
#define SEEDS_LIVE_FORM_MAX_VALUE_BYTES 4096

typedef struct _SeedsLiveForm SeedsLiveForm;

SeedsLiveForm *seeds_live_form_parse        (const char    *data,
                                             gsize          length,
                                             GError       **error);
void           seeds_live_form_free         (SeedsLiveForm *self);
guint          seeds_live_form_get_n_fields (SeedsLiveForm *self);
const char    *seeds_live_form_get_name     (SeedsLiveForm *self,
                                             guint          position);
const char    *seeds_live_form_get_value    (SeedsLiveForm *self,
                                             guint          position);
guint          seeds_live_form_count        (SeedsLiveForm *self,
                                             const char    *name);
const char    *seeds_live_form_lookup       (SeedsLiveForm *self,
                                             const char    *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SeedsLiveForm, seeds_live_form_free)

G_END_DECLS
