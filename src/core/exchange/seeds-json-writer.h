/* seeds-json-writer.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Writes JSON as it goes, with no tree of nodes: the bytes of
 * json-glib's generator, pretty-printed with two spaces. Used as
 * JsonBuilder is: a member name, then its value. */
typedef struct _SeedsJsonWriter SeedsJsonWriter;

SeedsJsonWriter *seeds_json_writer_new               (void);
void             seeds_json_writer_free              (SeedsJsonWriter *self);
GBytes          *seeds_json_writer_free_to_bytes     (SeedsJsonWriter *self);

void             seeds_json_writer_begin_object      (SeedsJsonWriter *self);
void             seeds_json_writer_end_object        (SeedsJsonWriter *self);
void             seeds_json_writer_begin_array       (SeedsJsonWriter *self);
void             seeds_json_writer_end_array         (SeedsJsonWriter *self);
void             seeds_json_writer_set_member_name   (SeedsJsonWriter *self,
                                                      const char      *name);
void             seeds_json_writer_add_string_value  (SeedsJsonWriter *self,
                                                      const char      *value);
void             seeds_json_writer_add_int_value     (SeedsJsonWriter *self,
                                                      gint64           value);
void             seeds_json_writer_add_double_value  (SeedsJsonWriter *self,
                                                      double           value);
void             seeds_json_writer_add_boolean_value (SeedsJsonWriter *self,
                                                      gboolean         value);
void             seeds_json_writer_add_null_value    (SeedsJsonWriter *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SeedsJsonWriter, seeds_json_writer_free)

G_END_DECLS
