/* seeds-framework-editor.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/seeds-framework-draft.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_FRAMEWORK_EDITOR (seeds_framework_editor_get_type ())

G_DECLARE_FINAL_TYPE (SeedsFrameworkEditor, seeds_framework_editor, SEEDS, FRAMEWORK_EDITOR, AdwWindow)

SeedsFrameworkEditor *seeds_framework_editor_new           (GtkWindow            *parent,
                                                            SeedsFrameworkDraft  *draft);
SeedsFrameworkDraft  *seeds_framework_editor_get_draft     (SeedsFrameworkEditor *self);
void                  seeds_framework_editor_select_factor (SeedsFrameworkEditor *self,
                                                            const char           *factor_id);
gboolean              seeds_framework_editor_save_to_file  (SeedsFrameworkEditor *self,
                                                            GFile                *file,
                                                            GError              **error);
void                  seeds_framework_editor_set_keeps     (SeedsFrameworkEditor *self,
                                                            gboolean              keeps);

G_END_DECLS
