/* seeds-print-util.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* What printing the report and the poster share: the choice of the
 * language a document is printed in, and its name in the print queue and
 * as the file "Print to File" suggests. */

GListModel *seeds_print_languages_new      (void);
const char *seeds_print_languages_get      (guint              position);
guint       seeds_print_languages_find     (const char        *language);
void        seeds_print_operation_set_name (GtkPrintOperation *operation,
                                            const char        *name);

G_END_DECLS
