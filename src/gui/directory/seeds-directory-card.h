/* seeds-directory-card.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "model/seeds-community.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_DIRECTORY_CARD (seeds_directory_card_get_type ())

G_DECLARE_FINAL_TYPE (SeedsDirectoryCard, seeds_directory_card, SEEDS, DIRECTORY_CARD, GtkBox)

GtkWidget      *seeds_directory_card_new           (void);
SeedsCommunity *seeds_directory_card_get_community (SeedsDirectoryCard *self);
void            seeds_directory_card_set_community (SeedsDirectoryCard *self,
                                                    SeedsCommunity     *community);
GtkLinkButton  *seeds_directory_card_get_link      (SeedsDirectoryCard *self,
                                                    const char         *scheme);
void            seeds_directory_card_set_source    (SeedsDirectoryCard *self,
                                                    const char         *source_name,
                                                    gint64              seen_at);

G_END_DECLS
