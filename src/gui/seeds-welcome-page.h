/* seeds-welcome-page.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SEEDS_TYPE_WELCOME_PAGE (seeds_welcome_page_get_type ())

G_DECLARE_FINAL_TYPE (SeedsWelcomePage, seeds_welcome_page, SEEDS, WELCOME_PAGE, GtkWidget)

GtkWidget *seeds_welcome_page_new (void);

G_END_DECLS
