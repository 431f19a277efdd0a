/* fuzz-framework.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fuzz-util.h"

/* A framework file from outside, in the languages the app may ask for */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const char * const languages[] = { NULL, "nl", "en:nl" };
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autoptr(SeedsFramework) framework = NULL;
      g_autoptr(GError) error = NULL;

      framework = seeds_framework_new_from_bytes (bytes, "fuzz.framework.xml", languages[i],
                                                  &error);
      g_assert ((framework == NULL) == (error != NULL));
      fuzz_check_error (error);
    }

  return 0;
}
