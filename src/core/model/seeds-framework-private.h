/* seeds-framework-private.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/seeds-framework.h"

G_BEGIN_DECLS

/* Open to seeds-framework-reader.c, which fills a framework in as it reads
 * the file; to everything else a framework cannot be changed. */
struct _SeedsFramework
{
  GObject     parent_instance;

  char       *id;
  guint       edition;
  char       *based_on;   /* the framework it was adapted from, or NULL */
  char       *name;
  char       *question;
  char       *source;
  char       *language;
  GListStore *groups;
  GListStore *factors;
  /* The factors again, for seeds_framework_get_factor(): reading a
   * GListStore moves its cursor, so two threads may not read one at the
   * same time, while a plain array they may. */
  GPtrArray  *factor_array;
  GPtrArray  *roles;        /* of SeedsRole, in the order of the file */
};

G_END_DECLS
