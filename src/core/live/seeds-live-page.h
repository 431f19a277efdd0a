/* seeds-live-page.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "live/seeds-live-answer.h"
#include "model/seeds-catalog.h"
#include "model/seeds-framework.h"

G_BEGIN_DECLS

/* The pages a live round serves: the form and the thanks, each one
 * self-contained HTML document in one language. */

typedef struct
{
  SeedsCatalog   *catalog;          /* the page's language */
  SeedsFramework *framework;        /* its factors in that language */
  const char     *language;         /* "nl", "en": the page's lang */
  const char     *action;           /* the round's path, "/TOKEN/" */
  const char     *meeting_title;
  const char     *community_name;
  const char     *date;             /* YYYY-MM-DD */
  gboolean        allow_anonymous;
  const char     *nonce;            /* of the inline style and script (Content-Security-Policy) */
} SeedsLivePage;

char       *seeds_live_page_form            (const SeedsLivePage *page,
                                             const char          *member,
                                             SeedsLiveAnswer     *answer,
                                             const char          *problem);
char       *seeds_live_page_thanks          (const SeedsLivePage *page,
                                             const char          *member,
                                             guint                n_answered);
const char *seeds_live_page_choose_language (const char          *accept_language);

G_END_DECLS
