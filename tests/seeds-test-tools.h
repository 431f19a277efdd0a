/* seeds-test-tools.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What tests of printed documents need: translations from the build tree,
 * bound as the app binds them, and the command-line tools that read
 * what was printed: poppler's pdftotext and pdftoppm, zbar's zbarimg. The
 * tools are in build-aux/dependencies.txt: a missing tool fails the test. */

/* How tests start programs: GLib starts them with posix_spawn() where it
 * need not close the descriptors itself, instead of fork(). A fork copies
 * the page tables of a process under AddressSanitizer, whose next writes
 * then fault page by page: about 13 ms a start on a 2-core virtual machine
 * (test-crash, which starts its writer 100 times, 11.2 → 9.9 s). GLib,
 * SQLite and libxcb open their descriptors close-on-exec, so the program
 * inherits only its standard streams. */
#define SEEDS_TEST_SPAWN_FLAGS G_SPAWN_LEAVE_DESCRIPTORS_OPEN

void  seeds_test_init_gettext (void);
char *seeds_test_find_tool    (const char         *name);
char *seeds_test_run          (const char * const *argv);
char *seeds_test_squeeze      (const char         *text);
void  seeds_test_assert_has   (const char         *squeezed_text,
                               const char         *expected,
                               const char         *document);
char *seeds_test_pdf_text     (const char         *pdf);
void  seeds_test_pdf_info     (const char         *pdf,
                               guint              *n_pages,
                               double             *width,
                               double             *height);
void  seeds_test_assert_page  (const char         *pdf,
                               double              width,
                               double              height);
void  seeds_test_assert_titles (const char         *pdf,
                                const char         *language);
void  seeds_test_remove_tree  (const char         *path);

G_END_DECLS
