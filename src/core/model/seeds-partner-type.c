/* seeds-partner-type.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "model/seeds-partner-type.h"

static const struct
{
  const char *string;  /* stored in the database: never change */
  const char *label;
} partner_types[] = {
  [SEEDS_PARTNER_COMPANY]    = { "company",    NC_("partner type", "Company") },
  [SEEDS_PARTNER_GOVERNMENT] = { "government", NC_("partner type", "Government") },
  [SEEDS_PARTNER_EDUCATION]  = { "education",  NC_("partner type", "Education") },
  [SEEDS_PARTNER_RESEARCH]   = { "research",   NC_("partner type", "Research") },
  [SEEDS_PARTNER_OTHER]      = { "other",      NC_("partner type", "Other") },
};

G_STATIC_ASSERT (G_N_ELEMENTS (partner_types) == SEEDS_N_PARTNER_TYPES);

GType
seeds_partner_type_get_type (void)
{
  static gsize type_id;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { SEEDS_PARTNER_COMPANY, "SEEDS_PARTNER_COMPANY", "company" },
        { SEEDS_PARTNER_GOVERNMENT, "SEEDS_PARTNER_GOVERNMENT", "government" },
        { SEEDS_PARTNER_EDUCATION, "SEEDS_PARTNER_EDUCATION", "education" },
        { SEEDS_PARTNER_RESEARCH, "SEEDS_PARTNER_RESEARCH", "research" },
        { SEEDS_PARTNER_OTHER, "SEEDS_PARTNER_OTHER", "other" },
        { 0, NULL, NULL }
      };
      GType type = g_enum_register_static (g_intern_static_string ("SeedsPartnerType"),
                                           values);

      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

gboolean
seeds_partner_type_is_valid (int type)
{
  return type >= 0 && type < SEEDS_N_PARTNER_TYPES;
}

const char *
seeds_partner_type_to_string (SeedsPartnerType type)
{
  g_return_val_if_fail (seeds_partner_type_is_valid (type), NULL);

  return partner_types[type].string;
}

gboolean
seeds_partner_type_from_string (const char       *string,
                                SeedsPartnerType *type)
{
  g_return_val_if_fail (type != NULL, FALSE);

  if (string == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (partner_types); i++)
    {
      if (g_str_equal (string, partner_types[i].string))
        {
          *type = (SeedsPartnerType) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
seeds_partner_type_get_label (SeedsPartnerType type)
{
  g_return_val_if_fail (seeds_partner_type_is_valid (type), NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "partner type", partner_types[type].label);
}
