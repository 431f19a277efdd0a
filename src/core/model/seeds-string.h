/* seeds-string.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Puts a copy of @value in @field unless the two are equal, and says
 * whether it did, so that a setter notifies only of a change. GLib 2.76
 * calls this g_set_str (); Debian 12 has 2.74. The copy is made before
 * the old string goes, so @value may point into it. */
static inline gboolean
seeds_set_string (char       **field,
                  const char  *value)
{
  char *old = *field;

  if (g_strcmp0 (old, value) == 0)
    return FALSE;

  *field = g_strdup (value);
  g_free (old);
  return TRUE;
}

G_END_DECLS
