/* seeds-poster-print-operation.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "print/seeds-poster.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_POSTER_PRINT_OPERATION (seeds_poster_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (SeedsPosterPrintOperation, seeds_poster_print_operation, SEEDS, POSTER_PRINT_OPERATION,
                      GtkPrintOperation)

SeedsPosterPrintOperation *seeds_poster_print_operation_new           (SeedsFrameworkEntry       *framework,
                                                                       const char                *language,
                                                                       const char                *base_url,
                                                                       SeedsPaper                 paper,
                                                                       gboolean                   landscape,
                                                                       GError                   **error);
SeedsPoster               *seeds_poster_print_operation_get_poster    (SeedsPosterPrintOperation *self);
SeedsPaper                 seeds_poster_print_operation_get_paper     (SeedsPosterPrintOperation *self);
gboolean                   seeds_poster_print_operation_get_landscape (SeedsPosterPrintOperation *self);

G_END_DECLS
