/* main.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "seeds-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SeedsApplication) app = NULL;

  seeds_application_setup_environment ();

  app = seeds_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
