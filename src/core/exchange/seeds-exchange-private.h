/* seeds-exchange-private.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "exchange/seeds-community-import.h"
#include "exchange/seeds-exchange.h"
#include "model/seeds-framework.h"
#include "exchange/seeds-invitation.h"
#include "exchange/seeds-json-writer.h"
#include "exchange/seeds-profile.h"
#include "exchange/seeds-scorecard.h"
#include "model/seeds-text.h"

G_BEGIN_DECLS

/* The reading and writing that the exchange files share. Only
 * seeds-invitation.c, seeds-scorecard.c, seeds-profile.c, seeds-importer.c,
 * seeds-csv.c, seeds-community-export.c, seeds-community-import.c and
 * seeds-community-reader.c include this header. */

typedef enum
{
  SEEDS_EXCHANGE_INVITATION,
  SEEDS_EXCHANGE_SCORECARD,
  SEEDS_EXCHANGE_PROFILE,     /* has no "framework" in its header */
  SEEDS_EXCHANGE_COMMUNITY,   /* the community export: no "framework" either, and
                               * an array of such objects for all communities */
} SeedsExchangeKind;

/* Reading. Members are named in messages by their path in the file, such as
 * "participant.name". */
G_GNUC_INTERNAL
SeedsExchangeKind seeds_exchange_kind_for_name (const char         *name);
G_GNUC_INTERNAL
gboolean    seeds_exchange_check_size      (GBytes             *bytes,
                                            SeedsExchangeKind   kind,
                                            GError            **error);
G_GNUC_INTERNAL
GBytes     *seeds_exchange_load_file       (GFile              *file,
                                            SeedsExchangeKind   kind,
                                            GError            **error);
G_GNUC_INTERNAL
JsonNode   *seeds_exchange_parse           (GBytes             *bytes,
                                            SeedsExchangeKind   kind,
                                            GError            **error);
G_GNUC_INTERNAL
gboolean    seeds_exchange_peek_kind       (JsonNode           *root,
                                            SeedsExchangeKind  *kind);
G_GNUC_INTERNAL
gboolean    seeds_exchange_check_header    (JsonNode           *root,
                                            SeedsExchangeKind   kind,
                                            SeedsFramework     *framework,
                                            GError            **error);
G_GNUC_INTERNAL
JsonObject *seeds_exchange_get_object      (JsonObject         *object,
                                            const char         *member,
                                            const char         *path,
                                            gboolean            required,
                                            GError            **error);
G_GNUC_INTERNAL
JsonArray  *seeds_exchange_get_array       (JsonObject         *object,
                                            const char         *member,
                                            const char         *path,
                                            gboolean            required,
                                            GError            **error);
G_GNUC_INTERNAL
gboolean    seeds_exchange_get_string      (JsonObject         *object,
                                            const char         *member,
                                            const char         *path,
                                            gboolean            required,
                                            const char        **value,
                                            GError            **error);
G_GNUC_INTERNAL
gboolean    seeds_exchange_get_id          (JsonObject         *object,
                                            const char         *member,
                                            const char         *path,
                                            gboolean            required,
                                            const char        **value,
                                            GError            **error);
G_GNUC_INTERNAL
char       *seeds_exchange_clean_text      (const char         *value,
                                            const char         *path,
                                            SeedsField          field,
                                            GError            **error);
G_GNUC_INTERNAL
char       *seeds_exchange_get_text        (JsonObject         *object,
                                            const char         *member,
                                            const char         *path,
                                            SeedsField          field,
                                            GError            **error);
G_GNUC_INTERNAL
gboolean    seeds_exchange_get_int         (JsonObject         *object,
                                            const char         *member,
                                            const char         *path,
                                            int                 min,
                                            int                 max,
                                            int                *value,
                                            GError            **error);
G_GNUC_INTERNAL
gboolean    seeds_exchange_get_number      (JsonObject         *object,
                                            const char         *member,
                                            const char         *path,
                                            double              min,
                                            double              max,
                                            double             *value,
                                            GError            **error);
G_GNUC_INTERNAL
char       *seeds_exchange_member_path     (const char         *path,
                                            const char         *member);
G_GNUC_INTERNAL
gboolean    seeds_exchange_set_field_error (GError            **error,
                                            const char         *format,
                                            ...) G_GNUC_PRINTF (2, 3);
G_GNUC_INTERNAL
char       *seeds_exchange_describe_value  (JsonNode           *node);
G_GNUC_INTERNAL
char       *seeds_exchange_show            (const char         *value);
G_GNUC_INTERNAL
gboolean    seeds_exchange_read_score      (JsonNode           *node,
                                            const char         *factor_id,
                                            int                *value,
                                            GError            **error);

/* The readers of each kind, for a file parsed with seeds_exchange_parse() */
G_GNUC_INTERNAL
SeedsInvitation *seeds_invitation_new_from_json (JsonNode          *root,
                                                 SeedsFramework    *framework,
                                                 GError           **error);
G_GNUC_INTERNAL
SeedsScorecard  *seeds_scorecard_new_from_json  (JsonNode          *root,
                                                 SeedsFramework    *framework,
                                                 GError           **error);
G_GNUC_INTERNAL
SeedsProfile    *seeds_profile_new_from_json    (JsonNode          *root,
                                                 SeedsFramework    *framework,
                                                 GError           **error);
G_GNUC_INTERNAL
SeedsCommunityImport *seeds_community_import_new_from_json (JsonNode        *root,
                                                            SeedsFramework  *framework,
                                                            GError         **error);
G_GNUC_INTERNAL
SeedsCommunityImport *seeds_community_import_new_from_json_full (JsonNode                   *root,
                                                                 SeedsFramework             *framework,
                                                                 SeedsExchangeFrameworkFunc  lookup,
                                                                 gpointer                    lookup_data,
                                                                 GError                    **error);
/* A SeedsInvitation, a SeedsScorecard, a SeedsProfile or a
 * SeedsCommunityImport, as @kind says */
G_GNUC_INTERNAL
GObject         *seeds_exchange_read_json       (JsonNode          *root,
                                                 SeedsExchangeKind  kind,
                                                 SeedsFramework    *framework,
                                                 GError           **error);
G_GNUC_INTERNAL
SeedsFramework  *seeds_exchange_lookup_framework (SeedsExchangeFrameworkFunc  lookup,
                                                  gpointer                    lookup_data,
                                                  const char                 *id,
                                                  guint                       edition,
                                                  GError                    **error);
G_GNUC_INTERNAL
GObject         *seeds_exchange_read_resolved   (JsonNode                   *root,
                                                 SeedsExchangeKind           kind,
                                                 SeedsFramework             *framework,
                                                 SeedsExchangeFrameworkFunc  lookup,
                                                 gpointer                    lookup_data,
                                                 GError                    **error);
G_GNUC_INTERNAL
GObject         *seeds_exchange_read            (GBytes            *bytes,
                                                 SeedsExchangeKind  kind,
                                                 SeedsFramework    *framework,
                                                 GError           **error);
G_GNUC_INTERNAL
GObject         *seeds_exchange_read_file       (GFile             *file,
                                                 SeedsExchangeKind  kind,
                                                 SeedsFramework    *framework,
                                                 GError           **error);

/* What a profile says of a community, which a community export holds too */
G_GNUC_INTERNAL
gboolean         seeds_profile_read_details     (JsonObject                   *object,
                                                 const char                   *path,
                                                 SeedsCommunityProfile        *profile,
                                                 GError                      **error);
G_GNUC_INTERNAL
gboolean         seeds_profile_read_contact     (JsonObject                   *object,
                                                 const char                   *path,
                                                 SeedsCommunityProfile        *profile,
                                                 gboolean                     *found,
                                                 GError                      **error);
G_GNUC_INTERNAL
void             seeds_profile_add_details      (SeedsJsonWriter              *writer,
                                                 const SeedsCommunityProfile  *profile);
G_GNUC_INTERNAL
void             seeds_profile_add_contact      (SeedsJsonWriter              *writer,
                                                 const SeedsCommunityProfile  *profile);

/* Writing. @framework_id is NULL for a profile. */
G_GNUC_INTERNAL
SeedsJsonWriter *seeds_exchange_begin      (SeedsExchangeKind   kind,
                                            const char         *framework_id,
                                            guint               framework_edition);
G_GNUC_INTERNAL
void         seeds_exchange_add_header     (SeedsJsonWriter    *writer,
                                            SeedsExchangeKind   kind);
G_GNUC_INTERNAL
void         seeds_exchange_add_string     (SeedsJsonWriter    *writer,
                                            const char         *member,
                                            const char         *value);
G_GNUC_INTERNAL
void         seeds_exchange_add_int        (SeedsJsonWriter    *writer,
                                            const char         *member,
                                            gint64              value);
G_GNUC_INTERNAL
GBytes      *seeds_exchange_finish         (SeedsJsonWriter    *writer);
G_GNUC_INTERNAL
gboolean     seeds_exchange_save           (GBytes             *bytes,
                                            GFile              *file,
                                            GError            **error);

G_END_DECLS
