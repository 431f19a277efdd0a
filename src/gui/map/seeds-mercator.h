/* seeds-mercator.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Web Mercator as slippy-map tiles number it: at zoom z the world is
 * 2^z × 2^z tiles, x grows to the east from 180° W and y to the south from
 * the top edge at SEEDS_MERCATOR_MAX_LATITUDE. Coordinates are in tiles and
 * fractions of a tile, so that they do not depend on the tile size. */

#define SEEDS_MERCATOR_MAX_LATITUDE 85.0511287798066

double seeds_mercator_x_from_longitude (double longitude,
                                        double zoom);
double seeds_mercator_y_from_latitude  (double latitude,
                                        double zoom);
double seeds_mercator_longitude_from_x (double x,
                                        double zoom);
double seeds_mercator_latitude_from_y  (double y,
                                        double zoom);

G_END_DECLS
