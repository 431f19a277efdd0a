/* seeds-score-list.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "model/seeds-framework.h"
#include "scoring/seeds-score-row.h"

G_BEGIN_DECLS

#define SEEDS_TYPE_SCORE_LIST (seeds_score_list_get_type ())

G_DECLARE_FINAL_TYPE (SeedsScoreList, seeds_score_list, SEEDS, SCORE_LIST, GtkWidget)

GtkWidget      *seeds_score_list_new                  (void);
SeedsFramework *seeds_score_list_get_framework        (SeedsScoreList *self);
void            seeds_score_list_set_framework        (SeedsScoreList *self,
                                                       SeedsFramework *framework);
SeedsScoreRow  *seeds_score_list_get_row              (SeedsScoreList *self,
                                                       const char     *factor_id);
void            seeds_score_list_show_score           (SeedsScoreList *self,
                                                       const char     *factor_id,
                                                       int             value,
                                                       const char     *comment);
void            seeds_score_list_clear                (SeedsScoreList *self);
void            seeds_score_list_set_info_visible     (SeedsScoreList *self,
                                                       gboolean        visible);
guint           seeds_score_list_count_scored         (SeedsScoreList *self);
void            seeds_score_list_focus_first_unscored (SeedsScoreList *self);

G_END_DECLS
