/* seeds-json-fault.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What seeds_json_check() can find wrong. Only seeds-json-check.c includes
 * this header. */
typedef enum
{
  SEEDS_JSON_FAULT_NUL_BYTE,
  SEEDS_JSON_FAULT_NOT_UTF8,
  SEEDS_JSON_FAULT_NO_VALUE,
  SEEDS_JSON_FAULT_END,
  SEEDS_JSON_FAULT_COMMENT,
  SEEDS_JSON_FAULT_SINGLE_QUOTES,
  SEEDS_JSON_FAULT_UNQUOTED_NAME,
  SEEDS_JSON_FAULT_BARE_WORD,
  SEEDS_JSON_FAULT_NOT_A_NUMBER,
  SEEDS_JSON_FAULT_LEADING_ZERO,
  SEEDS_JSON_FAULT_BAD_NUMBER,
  SEEDS_JSON_FAULT_LARGE_NUMBER,
  SEEDS_JSON_FAULT_CONTROL_CHARACTER,
  SEEDS_JSON_FAULT_BAD_ESCAPE,
  SEEDS_JSON_FAULT_NUL_ESCAPE,
  SEEDS_JSON_FAULT_SURROGATE,
  SEEDS_JSON_FAULT_MISSING_COLON,
  SEEDS_JSON_FAULT_TRAILING_COMMA,
  SEEDS_JSON_FAULT_TOO_DEEP,
  SEEDS_JSON_FAULT_TOO_MANY_MEMBERS,
  SEEDS_JSON_FAULT_DUPLICATE,
  SEEDS_JSON_FAULT_UNEXPECTED,
  SEEDS_JSON_FAULT_AFTER_VALUE,
} SeedsJsonFault;

G_GNUC_INTERNAL
void seeds_json_fault_set_error (GError         **error,
                                 const char      *data,
                                 gsize            offset,
                                 SeedsJsonFault   fault,
                                 guint            max_depth,
                                 const char      *detail);

G_END_DECLS
