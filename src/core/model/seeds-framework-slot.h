/* seeds-framework-slot.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One piece of text of a framework file in its best language so far, as the
 * reader meets its translations. rank is the position of its language in
 * the list of wanted languages: lower is better. line is where the
 * original (untagged) text starts, 0 while none has been read. */
typedef struct
{
  char *text;
  int   rank;
  int   line;
} Slot;

G_GNUC_INTERNAL
void    seeds_framework_slot_clear      (Slot        *slot);
G_GNUC_INTERNAL
GArray *seeds_framework_slot_array_new  (void);
G_GNUC_INTERNAL
char  **seeds_framework_slot_texts      (GArray      *slots);
G_GNUC_INTERNAL
int     seeds_framework_slot_rank       (char       **languages,
                                         const char  *lang);

G_END_DECLS
