/* seeds-framework-registry.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "model/seeds-framework.h"
#include "model/seeds-framework-entry.h"
#include "store/seeds-store.h"

G_BEGIN_DECLS

#define SEEDS_FRAMEWORK_REGISTRY_ERROR (seeds_framework_registry_error_quark ())

typedef enum
{
  SEEDS_FRAMEWORK_REGISTRY_ERROR_NOT_FOUND,  /* an id and edition this database does not have */
} SeedsFrameworkRegistryError;

#define SEEDS_TYPE_FRAMEWORK_REGISTRY (seeds_framework_registry_get_type ())

G_DECLARE_FINAL_TYPE (SeedsFrameworkRegistry, seeds_framework_registry, SEEDS, FRAMEWORK_REGISTRY,
                      GObject)

GQuark                  seeds_framework_registry_error_quark (void);
SeedsFrameworkRegistry *seeds_framework_registry_new       (void);
gboolean                seeds_framework_registry_load      (SeedsFrameworkRegistry  *self,
                                                            SeedsStore              *store,
                                                            GError                 **error);
SeedsFramework         *seeds_framework_registry_lookup    (SeedsFrameworkRegistry  *self,
                                                            const char              *id,
                                                            guint                    edition,
                                                            const char              *language,
                                                            GError                 **error);
GPtrArray              *seeds_framework_registry_list      (SeedsFrameworkRegistry  *self,
                                                            const char              *language);
GBytes                 *seeds_framework_registry_get_bytes (SeedsFrameworkRegistry  *self,
                                                            const char              *id,
                                                            guint                    edition,
                                                            GError                 **error);
gboolean                seeds_framework_registry_add_bytes (SeedsFrameworkRegistry  *self,
                                                            SeedsStore              *store,
                                                            GBytes                  *bytes,
                                                            const char              *display_name,
                                                            char                   **id,
                                                            guint                   *edition,
                                                            gboolean                *added,
                                                            GError                 **error);

G_END_DECLS
