/* seeds-tile-downloader.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <shumate/shumate.h>

G_BEGIN_DECLS

#define SEEDS_TYPE_TILE_DOWNLOADER (seeds_tile_downloader_get_type ())

G_DECLARE_FINAL_TYPE (SeedsTileDownloader, seeds_tile_downloader,
                      SEEDS, TILE_DOWNLOADER, ShumateDataSource)

SeedsTileDownloader *seeds_tile_downloader_new            (const char          *url_template,
                                                           const char          *user_agent,
                                                           const char          *cache_dir);
const char          *seeds_tile_downloader_get_user_agent (SeedsTileDownloader *self);
char                *seeds_tile_downloader_get_tile_uri   (SeedsTileDownloader *self,
                                                           int                  x,
                                                           int                  y,
                                                           int                  zoom_level);

G_END_DECLS
