/* seeds-report-print-operation.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "store/seeds-store.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_REPORT_PRINT_OPERATION (seeds_report_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (SeedsReportPrintOperation, seeds_report_print_operation, SEEDS, REPORT_PRINT_OPERATION,
                      GtkPrintOperation)

SeedsReportPrintOperation *seeds_report_print_operation_new          (SeedsStore                *store,
                                                                      SeedsMeeting              *meeting);
const char                *seeds_report_print_operation_get_language (SeedsReportPrintOperation *self);
void                       seeds_report_print_operation_set_language (SeedsReportPrintOperation *self,
                                                                      const char                *language);

G_END_DECLS
