/* seeds-store-collation.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "store/seeds-store-file.h"

/* The collation seeds_name: names sort as people expect, whatever their
 * case, in the order of the user's language; text from another program
 * that is not UTF-8 sorts by its bytes. Sorting a meeting's scores by
 * name compares the same few names thousands of times, so a connection
 * keeps the collation key of each name it met (as many as MAX_KEYS). */

#define MAX_KEYS        4096
#define MAX_KEPT_LENGTH 255

typedef struct
{
  GHashTable *keys;  /* name → its collation key, or NULL if not UTF-8 */
} Collation;

static void
collation_free (void *data)
{
  Collation *self = data;

  g_hash_table_unref (self->keys);
  g_free (self);
}

/* Returns: (transfer full) (nullable): the key, NULL if @name isn't UTF-8 */
static char *
make_key (const char *name,
          int         length)
{
  g_autofree char *folded = NULL;

  if (!g_utf8_validate_len (name, length, NULL))
    return NULL;

  folded = g_utf8_casefold (name, length);
  return g_utf8_collate_key (folded, -1);
}

/* Returns: (nullable): the key of @name; one made for it alone goes in
 * @made, to be freed */
static const char *
get_key (Collation  *self,
         const char *name,
         int         length,
         char      **made)
{
  char kept[MAX_KEPT_LENGTH + 1];
  gpointer key;

  if (length > MAX_KEPT_LENGTH || memchr (name, '\0', length) != NULL)
    return *made = make_key (name, length);

  memcpy (kept, name, length);
  kept[length] = '\0';
  if (!g_hash_table_lookup_extended (self->keys, kept, NULL, &key))
    {
      key = make_key (name, length);
      g_hash_table_insert (self->keys, g_strdup (kept), key);
    }

  return key;
}

static int
compare_names (void       *user_data,
               int         len_a,
               const void *a,
               int         len_b,
               const void *b)
{
  Collation *self = user_data;
  g_autofree char *made_a = NULL;
  g_autofree char *made_b = NULL;
  const char *key_a;
  const char *key_b;
  int cmp = 0;

  if (len_a == 0 || len_b == 0)
    return (len_a > 0) - (len_b > 0);

  /* Room for both, so that the second does not free the first */
  if (g_hash_table_size (self->keys) > MAX_KEYS - 2)
    g_hash_table_remove_all (self->keys);

  key_a = get_key (self, a, len_a, &made_a);
  key_b = get_key (self, b, len_b, &made_b);
  if (key_a != NULL && key_b != NULL)
    cmp = strcmp (key_a, key_b);

  if (cmp == 0)
    {
      cmp = memcmp (a, b, MIN (len_a, len_b));
      if (cmp == 0)
        cmp = (len_a > len_b) - (len_a < len_b);
    }

  return cmp;
}

/* Adds seeds_name to @db; returns an SQLite result code. */
int
seeds_store_add_collation (sqlite3 *db)
{
  Collation *self = g_new0 (Collation, 1);

  self->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  /* SQLite frees it with the connection, or at once on failure. */
  return sqlite3_create_collation_v2 (db, "seeds_name", SQLITE_UTF8, self, compare_names,
                                      collation_free);
}
