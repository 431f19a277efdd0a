/* seeds-resources.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "seeds-core-resources.h"
#include "model/seeds-resources.h"

/* The resources are registered by hand (--manual-register), so that a
 * program that never reads them does not pay for them. */
void
seeds_resources_ensure_registered (void)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      seeds_core_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}
