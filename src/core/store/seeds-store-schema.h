/* seeds-store-schema.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* "SEED": marks a database as ours in the file header (PRAGMA application_id). */
#define SEEDS_STORE_APPLICATION_ID 0x53454544

/* Private to the store and its tests: nothing else speaks SQL. */

/* A table or an index, as sqlite_schema names it */
typedef struct
{
  const char *type;   /* "table" or "index" */
  const char *name;
  const char *table;  /* of an index, or the table itself */
} SeedsSchemaObject;

int  seeds_store_schema_get_latest_version (void);
int  seeds_store_schema_migrate            (sqlite3     *db,
                                            int          target_version,
                                            char       **errmsg);
int  seeds_store_schema_check              (sqlite3     *db,
                                            int          version,
                                            gboolean    *ok);
const SeedsSchemaObject *
     seeds_store_schema_get_latest_objects (guint       *n_objects);
int  seeds_store_schema_read_objects       (sqlite3     *db,
                                            GArray     **objects);

G_END_DECLS
