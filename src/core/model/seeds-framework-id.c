/* seeds-framework-id.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "model/seeds-framework-id.h"

/* The id of a framework a facilitator adapts, made from the name they
 * give it: files carry it, and an id already in the database would make
 * the adaptation a new edition of another framework. */

#define FALLBACK "framework"

/* Lower case ASCII letters and digits, one hyphen between words */
static char *
slug_from_name (const char *name)
{
  g_autofree char *ascii = g_str_to_ascii (name, "C");
  GString *slug = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (slug, g_ascii_tolower (*p));
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }

  return g_string_free (slug, FALSE);
}

/* Cuts @slug to @length characters and the hyphen that would end it */
static void
cut (GString *slug,
     gsize    length)
{
  if (slug->len > length)
    g_string_truncate (slug, length);
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);
}

static gboolean
is_taken (const char * const *taken,
          const char         *id)
{
  return taken != NULL && g_strv_contains (taken, id);
}

/**
 * seeds_framework_id_from_name:
 * @name: the name a facilitator gave a framework, in any script
 * @taken: (nullable) (array zero-terminated=1): the ids already in use
 *
 * Makes an id of lower case ASCII letters, digits and hyphens, at most
 * %SEEDS_FRAMEWORK_ID_MAX characters, that is none of @taken: accents are
 * dropped, anything else between words becomes one hyphen, and a clash
 * gets "-2", "-3"… at its end.
 *
 * Returns: (transfer full): the id
 */
char *
seeds_framework_id_from_name (const char         *name,
                              const char * const *taken)
{
  g_autoptr(GString) base = NULL;
  g_autofree char *slug = NULL;

  g_return_val_if_fail (name != NULL, NULL);

  slug = slug_from_name (name);
  base = g_string_new (slug);
  cut (base, SEEDS_FRAMEWORK_ID_MAX);
  if (base->len == 0)
    g_string_assign (base, FALLBACK);

  if (!is_taken (taken, base->str))
    return g_strdup (base->str);

  for (guint n = 2; ; n++)
    {
      g_autofree char *suffix = g_strdup_printf ("-%u", n);
      g_autoptr(GString) id = g_string_new (base->str);

      cut (id, SEEDS_FRAMEWORK_ID_MAX - strlen (suffix));
      g_string_append (id, suffix);
      if (!is_taken (taken, id->str))
        return g_string_free (g_steal_pointer (&id), FALSE);
    }
}
