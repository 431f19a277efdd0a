/* seeds-geodata.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  SEEDS_GEODATA_LAND = 1,     /* rings */
  SEEDS_GEODATA_BORDERS = 2,  /* lines */
  SEEDS_GEODATA_WATER = 3,    /* rings of lakes, over the land */
  SEEDS_GEODATA_RIVERS = 4,   /* lines */
} SeedsGeodataKind;

typedef enum
{
  SEEDS_GEODATA_WORLD = 0,   /* Natural Earth at 1:50m */
  SEEDS_GEODATA_REGION = 1,  /* Natural Earth at 1:10m (its lakes and rivers
                              * at 1:50m), in a rectangle */
  SEEDS_GEODATA_OSM = 2,     /* from OpenStreetMap, each layer in a rectangle:
                              * the Dutch coast's land, and the lakes */
} SeedsGeodataScope;

/* In Web Mercator at zoom 0 with a tile of 1: x and y from 0 to 1. */
typedef struct
{
  double x0;
  double y0;
  double x1;
  double y1;
} SeedsGeoBox;

/* Rings (of land or lakes) or lines (of borders or rivers), projected */
typedef struct
{
  SeedsGeodataKind   kind;
  SeedsGeodataScope  scope;
  double             west, south, east, north;
  SeedsGeoBox        rect;
  guint              n_parts;
  guint             *starts;  /* n_parts + 1 offsets into points */
  SeedsGeoBox       *boxes;   /* of each part */
  double            *points;  /* x, y pairs */
} SeedsGeoLayer;

/* The points of a layer kept at one zoom level. */
typedef struct
{
  guint   *starts;    /* n_parts + 1 offsets into indices; NULL when all are kept */
  guint32 *indices;
} SeedsGeoKept;

/* Zoom levels that seeds_geodata_get_kept() knows */
#define SEEDS_GEODATA_MAX_ZOOM 22

#define SEEDS_TYPE_GEODATA (seeds_geodata_get_type ())

G_DECLARE_FINAL_TYPE (SeedsGeodata, seeds_geodata, SEEDS, GEODATA, GObject)

SeedsGeodata        *seeds_geodata_new         (GBytes               *bytes,
                                                GError              **error);
SeedsGeodata        *seeds_geodata_new_default (GError              **error);
const SeedsGeoLayer *seeds_geodata_get_layer   (SeedsGeodata         *self,
                                                SeedsGeodataKind      kind,
                                                SeedsGeodataScope     scope);
const SeedsGeoKept  *seeds_geodata_get_kept    (SeedsGeodata         *self,
                                                const SeedsGeoLayer  *layer,
                                                guint                 zoom);

gboolean             seeds_geodata_kind_has_rings (SeedsGeodataKind  kind);

G_END_DECLS
