/* seeds-test-util.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "seeds-framework.h"
#include "seeds-store.h"

G_BEGIN_DECLS

/* What several tests of the store need. */

/* A fixture: a new database in a folder of its own, and the shipped
 * framework in English. */
typedef struct
{
  char           *dir;
  char           *path;
  SeedsStore     *store;
  SeedsFramework *framework;
  guint           n_changed;  /* emissions of SeedsStore::changed */
} SeedsTestDatabase;

void  seeds_test_database_set_up    (SeedsTestDatabase *fixture,
                                     gconstpointer      data);
void  seeds_test_database_tear_down (SeedsTestDatabase *fixture,
                                     gconstpointer      data);

char *seeds_test_dump_database   (const char *path);
void  seeds_test_remove_database (const char *path);
char *seeds_test_write_file      (const char *dir,
                                  const char *name,
                                  const char *contents,
                                  gssize      length);
void  seeds_test_remove_dir      (const char *dir);

GPtrArray *seeds_test_parse_csv  (const char *csv,
                                  gsize       length);

G_END_DECLS
