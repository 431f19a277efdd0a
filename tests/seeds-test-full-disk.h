/* seeds-test-full-disk.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A full disk, simulated in this process through the hooks SQLite has for
 * the system calls of its Unix VFS: once @budget more bytes are written,
 * every write by SQLite fails with ENOSPC, as on a full disk (where
 * overwriting a file in place may still work: this is stricter). A file
 * may not grow by ftruncate() either. What is written without SQLite is
 * not affected. */
void     seeds_test_full_disk_begin       (gsize budget);
/* The same, but the disk is full after @n_writes writes, however small:
 * counting up from 0 until nothing is refused fails each write in turn. */
void     seeds_test_full_disk_begin_after (guint n_writes);
/* Returns: whether a write was refused since seeds_test_full_disk_begin() */
gboolean seeds_test_full_disk_end         (void);

G_END_DECLS
