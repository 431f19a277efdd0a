/* seeds-partner-mix.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "model/seeds-participant.h"
#include "stats/seeds-partner-mix.h"

struct _SeedsPartnerMix
{
  guint      counts[SEEDS_N_PARTNER_TYPES];
  GPtrArray *organisations[SEEDS_N_PARTNER_TYPES];  /* sorted, each once */
};

static void
add_organisation (GPtrArray  *organisations,
                  const char *organisation)
{
  if (organisation == NULL || *organisation == '\0')
    return;

  for (guint i = 0; i < organisations->len; i++)
    if (g_str_equal (g_ptr_array_index (organisations, i), organisation))
      return;
  g_ptr_array_add (organisations, g_strdup (organisation));
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

/**
 * seeds_partner_mix_new:
 * @participants: (element-type SeedsParticipant): who takes part
 */
SeedsPartnerMix *
seeds_partner_mix_new (GPtrArray *participants)
{
  SeedsPartnerMix *self = g_new0 (SeedsPartnerMix, 1);

  g_return_val_if_fail (participants != NULL, NULL);

  for (guint t = 0; t < SEEDS_N_PARTNER_TYPES; t++)
    self->organisations[t] = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < participants->len; i++)
    {
      SeedsParticipant *participant = g_ptr_array_index (participants, i);
      SeedsPartnerType type = seeds_participant_get_partner_type (participant);

      if (type >= SEEDS_N_PARTNER_TYPES)
        continue;
      self->counts[type]++;
      add_organisation (self->organisations[type], seeds_participant_get_organisation (participant));
    }

  for (guint t = 0; t < SEEDS_N_PARTNER_TYPES; t++)
    g_ptr_array_sort (self->organisations[t], compare_names);

  return self;
}

void
seeds_partner_mix_free (SeedsPartnerMix *self)
{
  if (self == NULL)
    return;

  for (guint t = 0; t < SEEDS_N_PARTNER_TYPES; t++)
    g_ptr_array_unref (self->organisations[t]);
  g_free (self);
}

guint
seeds_partner_mix_count (SeedsPartnerMix  *self,
                         SeedsPartnerType  type)
{
  g_return_val_if_fail (self != NULL && type < SEEDS_N_PARTNER_TYPES, 0);

  return self->counts[type];
}

/* Returns: (transfer none) (element-type utf8): the organisations of
 * @type, in alphabetical order */
GPtrArray *
seeds_partner_mix_get_organisations (SeedsPartnerMix  *self,
                                     SeedsPartnerType  type)
{
  g_return_val_if_fail (self != NULL && type < SEEDS_N_PARTNER_TYPES, NULL);

  return self->organisations[type];
}
