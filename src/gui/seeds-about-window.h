/* seeds-about-window.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Where the project lives, and the paper of the research it builds on */
#define SEEDS_WEBSITE_URL   "https://github.com/seedsofinnovation/seeds"
#define SEEDS_ISSUES_URL    "https://github.com/seedsofinnovation/seeds/issues"
#define SEEDS_RESEARCH_URL  "https://www.dehaagsehogeschool.nl/docs/default-source/" \
                            "documenten-onderzoek/lectoraten/duurzame-talentontwikkeling/" \
                            "sustaining-professional-learning-communities.pdf?sfvrsn=c97dca50_2"

GtkWidget *seeds_about_window_new (GtkWindow *parent);

G_END_DECLS
