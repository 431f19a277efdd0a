/* seeds-test-full-disk.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <sys/stat.h>
#include <sys/types.h>

#include <sqlite3.h>

#include "seeds-test-full-disk.h"

/* Tests run on one thread: no locking. */
static gboolean active;
static gsize budget_left;
static guint writes_left;
static guint n_refused;

static sqlite3_syscall_ptr real_write;
static sqlite3_syscall_ptr real_pwrite;
static sqlite3_syscall_ptr real_pwrite64;
static sqlite3_syscall_ptr real_ftruncate;
static sqlite3_syscall_ptr real_fallocate;

static gboolean
take (gint64 n_bytes)
{
  if (n_bytes <= 0)
    return TRUE;

  if ((guint64) n_bytes > budget_left || writes_left == 0)
    {
      n_refused++;
      return FALSE;
    }

  budget_left -= n_bytes;
  writes_left--;

  return TRUE;
}

static ssize_t
full_write (int         fd,
            const void *buf,
            size_t      count)
{
  if (!take (count))
    {
      errno = ENOSPC;
      return -1;
    }

  return ((ssize_t (*) (int, const void *, size_t)) real_write) (fd, buf, count);
}

static ssize_t
full_pwrite (int         fd,
             const void *buf,
             size_t      count,
             gint64      offset)
{
  if (!take (count))
    {
      errno = ENOSPC;
      return -1;
    }

  return ((ssize_t (*) (int, const void *, size_t, gint64)) real_pwrite) (fd, buf, count, offset);
}

static ssize_t
full_pwrite64 (int         fd,
               const void *buf,
               size_t      count,
               gint64      offset)
{
  if (!take (count))
    {
      errno = ENOSPC;
      return -1;
    }

  return ((ssize_t (*) (int, const void *, size_t, gint64)) real_pwrite64) (fd, buf, count, offset);
}

/* Shrinking a file always works; growing it takes space. */
static int
full_ftruncate (int    fd,
                gint64 length)
{
  struct stat buf;

  if (fstat (fd, &buf) == 0 && !take (length - (gint64) buf.st_size))
    {
      errno = ENOSPC;
      return -1;
    }

  return ((int (*) (int, gint64)) real_ftruncate) (fd, length);
}

/* SQLite's "fallocate" is posix_fallocate(), which returns the error. */
static int
full_fallocate (int    fd,
                gint64 offset,
                gint64 length)
{
  if (!take (length))
    return ENOSPC;

  return ((int (*) (int, gint64, gint64)) real_fallocate) (fd, offset, length);
}

static const struct
{
  const char           *name;
  sqlite3_syscall_ptr   replacement;
  sqlite3_syscall_ptr  *real;
} hooks[] = {
  { "write", (sqlite3_syscall_ptr) full_write, &real_write },
  { "pwrite", (sqlite3_syscall_ptr) full_pwrite, &real_pwrite },
  { "pwrite64", (sqlite3_syscall_ptr) full_pwrite64, &real_pwrite64 },
  { "ftruncate", (sqlite3_syscall_ptr) full_ftruncate, &real_ftruncate },
  { "fallocate", (sqlite3_syscall_ptr) full_fallocate, &real_fallocate },
};

static void
begin (gsize budget,
       guint n_writes)
{
  sqlite3_vfs *vfs = sqlite3_vfs_find (NULL);
  guint n_hooked = 0;

  g_assert_nonnull (vfs);
  g_assert_nonnull (vfs->xSetSystemCall);
  g_assert_false (active);

  active = TRUE;
  budget_left = budget;
  writes_left = n_writes;
  n_refused = 0;

  /* Which of them this SQLite uses depends on how it was built. */
  for (const char *name = vfs->xNextSystemCall (vfs, NULL);
       name != NULL;
       name = vfs->xNextSystemCall (vfs, name))
    for (guint i = 0; i < G_N_ELEMENTS (hooks); i++)
      if (g_str_equal (name, hooks[i].name))
        {
          *hooks[i].real = vfs->xGetSystemCall (vfs, name);
          g_assert_cmpint (vfs->xSetSystemCall (vfs, name, hooks[i].replacement), ==, SQLITE_OK);
          n_hooked++;
        }

  g_assert_cmpuint (n_hooked, >, 0);
}

void
seeds_test_full_disk_begin (gsize budget)
{
  begin (budget, G_MAXUINT);
}

void
seeds_test_full_disk_begin_after (guint n_writes)
{
  begin (G_MAXSIZE, n_writes);
}

gboolean
seeds_test_full_disk_end (void)
{
  sqlite3_vfs *vfs = sqlite3_vfs_find (NULL);

  g_assert_true (active);
  active = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (hooks); i++)
    if (*hooks[i].real != NULL)
      {
        g_assert_cmpint (vfs->xSetSystemCall (vfs, hooks[i].name, NULL), ==, SQLITE_OK);
        *hooks[i].real = NULL;
      }

  return n_refused > 0;
}
