/* seeds-framework-slot.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "model/seeds-framework-slot.h"

void
seeds_framework_slot_clear (Slot *slot)
{
  g_clear_pointer (&slot->text, g_free);
  slot->rank = G_MAXINT;
  slot->line = 0;
}

static void
slot_array_clear (gpointer data)
{
  seeds_framework_slot_clear (data);
}

GArray *
seeds_framework_slot_array_new (void)
{
  GArray *array = g_array_new (FALSE, TRUE, sizeof (Slot));

  g_array_set_clear_func (array, slot_array_clear);
  return array;
}

/* The texts of a list of slots (findings, tips), in their order. */
char **
seeds_framework_slot_texts (GArray *slots)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < slots->len; i++)
    g_strv_builder_add (builder, g_array_index (slots, Slot, i).text);

  return g_strv_builder_end (builder);
}

/* The rank of a language tag among the wanted @languages: "nl-BE" matches
 * "nl_BE"; an untagged text is the original and ranks as "C". Returns
 * G_MAXINT for a language that is not wanted. */
int
seeds_framework_slot_rank (char       **languages,
                           const char  *lang)
{
  g_autofree char *wanted = g_strdup (lang != NULL ? lang : "C");

  g_strdelimit (wanted, "-", '_');

  for (int i = 0; languages[i] != NULL; i++)
    if (g_ascii_strcasecmp (languages[i], wanted) == 0)
      return i;

  /* The original is always usable, after every wanted language. */
  return lang == NULL ? G_MAXINT - 1 : G_MAXINT;
}
