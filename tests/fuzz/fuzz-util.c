/* fuzz-util.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "fuzz-util.h"

SeedsFramework *
fuzz_framework (void)
{
  static SeedsFramework *framework = NULL;

  if (framework == NULL)
    framework = seeds_framework_new_default ("en");

  return framework;
}

void
fuzz_check_error (const GError *error)
{
  if (error == NULL)
    return;

  if (!g_utf8_validate (error->message, -1, NULL) || *error->message == '\0')
    abort ();
}
