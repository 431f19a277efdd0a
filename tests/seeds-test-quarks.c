/* seeds-test-quarks.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* For dl_iterate_phdr() */
#define _GNU_SOURCE

#include "config.h"

#include "seeds-test-quarks.h"

/* GCC says it builds with AddressSanitizer one way, clang another */
#if defined(__SANITIZE_ADDRESS__)
#define SEEDS_ADDRESS_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SEEDS_ADDRESS_SANITIZER 1
#endif
#endif

#ifdef SEEDS_ADDRESS_SANITIZER

#include <link.h>
#include <string.h>

#include <sanitizer/lsan_interface.h>

/* From AddressSanitizer's allocator interface, which GCC 12 ships no
 * header of (clang's is the same) */
int    __sanitizer_get_ownership      (const volatile void *p);
size_t __sanitizer_get_allocated_size (const volatile void *p);

/* GLib's first table of quarks: 2048 string pointers, made as GLib loads */
#define FIRST_TABLE_SIZE (2048 * sizeof (char *))

/* Whether @word, read from GLib's globals, points to its quark table: a
 * block of our allocator's, of the first table's size, whose entry 1 is
 * quark 1's string. The allocator is asked first, so that no other word
 * is read through. */
static gboolean
is_quark_table (gsize word)
{
  const char * const *table = (const char * const *) word;

  return __sanitizer_get_ownership (table) &&
         __sanitizer_get_allocated_size (table) == FIRST_TABLE_SIZE &&
         table[1] == g_quark_to_string (1);
}

static int
find_in_glib (struct dl_phdr_info *info,
              size_t               size,
              void                *user_data)
{
  if (strstr (info->dlpi_name, "libglib-2.0.so") == NULL)
    return 0;

  for (int i = 0; i < info->dlpi_phnum; i++)
    {
      const ElfW(Phdr) *segment = &info->dlpi_phdr[i];
      const gsize *words = (const gsize *) (info->dlpi_addr + segment->p_vaddr);

      if (segment->p_type != PT_LOAD || !(segment->p_flags & PF_W))
        continue;

      for (gsize j = 0; j < segment->p_memsz / sizeof (gsize); j++)
        if (is_quark_table (words[j]))
          {
            __lsan_ignore_object ((const void *) words[j]);
            *(gboolean *) user_data = TRUE;
            return 1;
          }
    }

  return 0;
}

#endif

/**
 * seeds_test_keep_quark_table:
 *
 * When a process makes more than 2048 quarks (GTK, libsoup and the live
 * round together do), GLib moves them to a larger table and lets its
 * first one go, by design, as a lost block that LeakSanitizer reports.
 * It can tell that block from a leak of ours only by a slow unwind
 * through GLib, which has no frame pointers: ten times slower. Instead, a
 * window test calls this first: it finds the first table through GLib's
 * own global that points to it, and tells LeakSanitizer to leave that one
 * block alone. Without the sanitizers it does nothing.
 */
void
seeds_test_keep_quark_table (void)
{
#ifdef SEEDS_ADDRESS_SANITIZER
  gboolean found = FALSE;

  /* Quark 1 is the one to know the table by */
  g_quark_from_static_string ("seeds-test");
  dl_iterate_phdr (find_in_glib, &found);
  g_assert_true (found);
#endif
}
