/* seeds-community-reader.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "exchange/seeds-community-import.h"
#include "exchange/seeds-exchange.h"
#include "model/seeds-text.h"

G_BEGIN_DECLS

/* What reading a community export needs besides the JSON, and the rules
 * its values are read by. Only seeds-community-import.c includes this
 * header. The ids point into the JSON, which outlives the reading. */
typedef struct
{
  SeedsFramework       *framework;     /* the app's, or the meeting's being read */
  SeedsExchangeFrameworkFunc lookup;   /* (nullable): finds the others */
  gpointer              lookup_data;
  GHashTable           *frameworks;    /* each meeting's framework, by meeting id */
  GHashTable           *ids;           /* every id the file defined so far */
  SeedsCommunityRecord *record;        /* the community being read */
  GHashTable           *participants;  /* the ids of its participants */
  GHashTable           *meetings;      /* its meetings by id */
} SeedsCommunityReader;

/* Reads one element of a list, the object at @path. */
typedef gboolean (*SeedsReadObject) (SeedsCommunityReader  *reader,
                                     JsonObject            *object,
                                     const char            *path,
                                     gpointer               data,
                                     GError               **error);

G_GNUC_INTERNAL
gboolean   seeds_community_reader_fail_in         (GError               **error,
                                                   GError                *local_error,
                                                   const char            *path);
G_GNUC_INTERNAL
gboolean   seeds_community_reader_fail_value      (GError               **error,
                                                   const char            *path,
                                                   const char            *message,
                                                   ...) G_GNUC_PRINTF (3, 4);
G_GNUC_INTERNAL
gboolean   seeds_community_reader_text            (JsonObject            *object,
                                                   const char            *path,
                                                   const char            *member,
                                                   SeedsField             field,
                                                   char                 **text,
                                                   GError               **error);
G_GNUC_INTERNAL
gboolean   seeds_community_reader_new_id          (SeedsCommunityReader  *reader,
                                                   JsonObject            *object,
                                                   const char            *path,
                                                   const char           **id,
                                                   GError               **error);
G_GNUC_INTERNAL
gboolean   seeds_community_reader_date            (JsonObject            *object,
                                                   const char            *path,
                                                   const char            *member,
                                                   gboolean               required,
                                                   const char           **date,
                                                   GError               **error);
G_GNUC_INTERNAL
gboolean   seeds_community_reader_factor          (SeedsCommunityReader  *reader,
                                                   JsonObject            *object,
                                                   const char            *path,
                                                   const char           **factor_id,
                                                   GError               **error);
G_GNUC_INTERNAL
gboolean   seeds_community_reader_meeting_id      (SeedsCommunityReader  *reader,
                                                   JsonObject            *object,
                                                   const char            *path,
                                                   const char            *member,
                                                   gboolean               required,
                                                   const char           **meeting_id,
                                                   GError               **error);
G_GNUC_INTERNAL
gboolean   seeds_community_reader_objects         (SeedsCommunityReader  *reader,
                                                   JsonArray             *array,
                                                   const char            *path,
                                                   SeedsReadObject        read_object,
                                                   gpointer               data,
                                                   GError               **error);
G_GNUC_INTERNAL
gboolean   seeds_community_reader_list_of_objects (SeedsCommunityReader  *reader,
                                                   JsonObject            *object,
                                                   const char            *path,
                                                   const char            *member,
                                                   SeedsReadObject        read_object,
                                                   gpointer               data,
                                                   GError               **error);

G_GNUC_INTERNAL
SeedsFramework *seeds_community_reader_framework  (SeedsCommunityReader  *reader,
                                                   JsonObject            *object,
                                                   const char            *path,
                                                   gboolean               required,
                                                   GError               **error);
G_GNUC_INTERNAL
gboolean        seeds_community_reader_community_framework
                                                  (SeedsCommunityReader  *reader,
                                                   JsonObject            *community,
                                                   const char            *path,
                                                   SeedsCommunityRecord  *record,
                                                   GError               **error);

G_END_DECLS
