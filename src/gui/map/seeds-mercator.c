/* seeds-mercator.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "map/seeds-mercator.h"

double
seeds_mercator_x_from_longitude (double longitude,
                                 double zoom)
{
  return (longitude + 180.0) / 360.0 * exp2 (zoom);
}

/* Latitudes beyond the projection's edge are clamped to it: Antarctica's
 * outline reaches 90° S, which Mercator puts at infinity. */
double
seeds_mercator_y_from_latitude (double latitude,
                                double zoom)
{
  double clamped = CLAMP (latitude, -SEEDS_MERCATOR_MAX_LATITUDE, SEEDS_MERCATOR_MAX_LATITUDE);
  double phi = clamped * G_PI / 180.0;

  return (1.0 - log (tan (phi) + 1.0 / cos (phi)) / G_PI) / 2.0 * exp2 (zoom);
}

double
seeds_mercator_longitude_from_x (double x,
                                 double zoom)
{
  return x / exp2 (zoom) * 360.0 - 180.0;
}

double
seeds_mercator_latitude_from_y (double y,
                                double zoom)
{
  double n = G_PI * (1.0 - 2.0 * y / exp2 (zoom));

  return atan (sinh (n)) * 180.0 / G_PI;
}
