/* seeds-directory-filter.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "model/seeds-directory-filter.h"

/**
 * seeds_directory_fold:
 * @text: (nullable): text to search in, or to search for
 *
 * Returns: (transfer full): @text without accents and case, so that
 *   "delft" finds "Delft" and "cafe" finds "Café"
 */
char *
seeds_directory_fold (const char *text)
{
  g_autofree char *decomposed = NULL;
  g_autoptr(GString) bare = NULL;

  if (text == NULL)
    return g_strdup ("");

  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  if (decomposed == NULL)
    return g_strdup ("");

  bare = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_ismark (c))
        g_string_append_unichar (bare, c);
    }

  return g_utf8_casefold (bare->str, bare->len);
}

/**
 * seeds_directory_search_words:
 * @search: (nullable): what was typed in the search field
 *
 * Returns: (transfer full): the words of @search, folded, without empty
 *   ones; to fold once for a whole list
 */
char **
seeds_directory_search_words (const char *search)
{
  g_autofree char *folded = seeds_directory_fold (search);
  g_auto(GStrv) words = g_strsplit_set (g_strstrip (folded), " \t\n", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_strv_builder_add (builder, words[i]);

  return g_strv_builder_end (builder);
}

/**
 * seeds_directory_haystack:
 *
 * Returns: (transfer full): what the search looks in, folded: the name,
 *   theme, place, partners, description and contact name of @community
 */
char *
seeds_directory_haystack (SeedsCommunity *community)
{
  const SeedsCommunityProfile *profile = seeds_community_get_profile (community);
  g_autofree char *haystack = g_strjoin ("\n",
                                         seeds_community_get_name (community),
                                         profile->theme, profile->place, profile->partners,
                                         profile->description, profile->contact_name,
                                         NULL);

  return seeds_directory_fold (haystack);
}

/**
 * seeds_directory_filter_matches:
 * @filter: (nullable): the filter; %NULL lets everything through
 * @community: an entry of the directory
 *
 * Returns: whether @community passes every part of @filter
 */
gboolean
seeds_directory_filter_matches (const SeedsDirectoryFilter *filter,
                                SeedsCommunity             *community)
{
  g_return_val_if_fail (SEEDS_IS_COMMUNITY (community), FALSE);

  if (filter == NULL)
    return TRUE;

  if (filter->kinds != 0 &&
      (filter->kinds & SEEDS_DIRECTORY_KIND (seeds_community_get_kind (community))) == 0)
    return FALSE;

  if (filter->origins != 0 &&
      (filter->origins & SEEDS_DIRECTORY_ORIGIN (seeds_community_get_origin (community))) == 0)
    return FALSE;

  if (filter->sharing_only && seeds_community_get_shared_results (community) == NULL)
    return FALSE;

  if (filter->search == NULL)
    return TRUE;

  {
    g_auto(GStrv) words = seeds_directory_search_words (filter->search);
    g_autofree char *haystack = seeds_directory_haystack (community);

    return seeds_directory_filter_matches_folded (filter, community, (const char *const *) words,
                                                  haystack);
  }
}

/**
 * seeds_directory_filter_matches_folded:
 * @words: seeds_directory_search_words() of @filter's search
 * @haystack: seeds_directory_haystack() of @community
 *
 * As seeds_directory_filter_matches(), with the folding done beforehand:
 * a list filtered at every keystroke folds each entry once, and the
 * search once per keystroke.
 *
 * Returns: whether @community passes every part of @filter
 */
gboolean
seeds_directory_filter_matches_folded (const SeedsDirectoryFilter *filter,
                                       SeedsCommunity             *community,
                                       const char *const          *words,
                                       const char                 *haystack)
{
  SeedsDirectoryFilter others = *filter;

  g_return_val_if_fail (words != NULL && haystack != NULL, FALSE);

  others.search = NULL;
  if (!seeds_directory_filter_matches (&others, community))
    return FALSE;

  for (guint i = 0; words[i] != NULL; i++)
    if (strstr (haystack, words[i]) == NULL)
      return FALSE;

  return TRUE;
}
