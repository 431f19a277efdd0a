/* seeds-framework-editor-private.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "framework/seeds-framework-editor.h"

G_BEGIN_DECLS

/* What the sidebar's rows and the form show */
typedef enum
{
  EDITOR_ITEM_FRAMEWORK,
  EDITOR_ITEM_ROLES,
  EDITOR_ITEM_GROUP,
  EDITOR_ITEM_FACTOR,
} EditorItem;

/* Open to the forms (seeds-framework-editor-forms.c), the tests and the
 * screenshot tool. */
struct _SeedsFrameworkEditor
{
  AdwWindow            parent_instance;

  AdwToastOverlay     *toast_overlay;
  AdwWindowTitle      *window_title;
  AdwLeaflet          *leaflet;
  GtkListBox          *sidebar;
  GtkScrolledWindow   *form_scroller;
  GtkBox              *form;
  GtkButton           *save_button;

  SeedsFrameworkDraft *draft;
  EditorItem           shown_item;
  char                *shown_id;
  gboolean             rebuilding;
  guint                refresh_id;
  GtkWidget           *hide_button;
  gboolean             keeps;  /* Save keeps it in the database rather than in a file */
};

void        seeds_framework_editor_show         (SeedsFrameworkEditor *self,
                                                 EditorItem            item,
                                                 const char           *id);
void        seeds_framework_editor_rebuild      (SeedsFrameworkEditor *self);
void        seeds_framework_editor_build_form   (SeedsFrameworkEditor *self);
const char *seeds_framework_editor_display_text (SeedsFrameworkEditor *self,
                                                 SeedsDraftField       field,
                                                 const char           *owner);

G_END_DECLS
