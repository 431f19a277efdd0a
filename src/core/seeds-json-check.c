/* seeds-json-check.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "seeds-exchange.h"
#include "seeds-json-check.h"

/* Placeholder until the strict checker lands: json-glib alone. */
gboolean
seeds_json_check (const char  *data,
                  gsize        length,
                  guint        max_depth,
                  GError     **error)
{
  return TRUE;
}

JsonNode *
seeds_json_parse_strict (const char  *data,
                         gsize        length,
                         guint        max_depth,
                         GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  JsonNode *root;

  if (!seeds_json_check (data, length, max_depth, error))
    return NULL;

  if (!json_parser_load_from_data (parser, data, length, error))
    return NULL;

  root = json_parser_get_root (parser);
  return root != NULL ? json_node_ref (root) : NULL;
}
