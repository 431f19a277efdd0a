/* seeds-directory-filter.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/seeds-community.h"

G_BEGIN_DECLS

/* Which entries of the directory to show: the search field and the
 * filters of the directory's list. A pure function, so that a list can
 * filter what it has without asking the store again:
 *
 *   SeedsDirectoryFilter filter = {
 *     .search = "delft tomato",
 *     .kinds = SEEDS_DIRECTORY_KIND (SEEDS_COMMUNITY_FIELD_LAB),
 *   };
 *
 * A zero filter lets everything through. */
typedef struct
{
  const char *search;        /* nullable: every word must be found in the name, theme,
                              * place, partners, description or contact name, whatever
                              * its case or accents */
  guint       kinds;         /* SEEDS_DIRECTORY_KIND () of the kinds to show; 0 for all */
  guint       origins;       /* SEEDS_DIRECTORY_ORIGIN () of the origins to show; 0 for all */
  gboolean    sharing_only;  /* only those that share scores */
} SeedsDirectoryFilter;

#define SEEDS_DIRECTORY_KIND(kind)     (1u << (kind))
#define SEEDS_DIRECTORY_ORIGIN(origin) (1u << (origin))

gboolean seeds_directory_filter_matches        (const SeedsDirectoryFilter *filter,
                                                SeedsCommunity             *community);
gboolean seeds_directory_filter_matches_folded (const SeedsDirectoryFilter *filter,
                                                SeedsCommunity             *community,
                                                const char *const          *words,
                                                const char                 *haystack);
char    *seeds_directory_fold                  (const char                 *text);
char   **seeds_directory_search_words          (const char                 *search);
char    *seeds_directory_haystack              (SeedsCommunity             *community);

G_END_DECLS
