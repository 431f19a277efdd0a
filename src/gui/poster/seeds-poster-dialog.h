/* seeds-poster-dialog.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "print/seeds-poster.h"

G_BEGIN_DECLS

/* The responses of the dialog that print, and that save a PDF. */
#define SEEDS_POSTER_DIALOG_PRINT "print"
#define SEEDS_POSTER_DIALOG_SAVE  "save"

#define SEEDS_TYPE_POSTER_DIALOG (seeds_poster_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SeedsPosterDialog, seeds_poster_dialog, SEEDS, POSTER_DIALOG, AdwMessageDialog)

SeedsPosterDialog *seeds_poster_dialog_new           (GtkWindow         *parent,
                                                      const char        *base_url);
SeedsPaper         seeds_poster_dialog_get_paper     (SeedsPosterDialog *self);
gboolean           seeds_poster_dialog_get_landscape (SeedsPosterDialog *self);
const char        *seeds_poster_dialog_get_language  (SeedsPosterDialog *self);

G_END_DECLS
