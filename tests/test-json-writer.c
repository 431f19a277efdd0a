/* test-json-writer.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "exchange/seeds-json-writer.h"

/* SeedsJsonWriter writes the bytes that json-glib's JsonBuilder and
 * JsonGenerator made before it: the same document is written both ways
 * and compared, byte for byte. */

/* A document written with both: the writer, and a builder whose tree the
 * generator writes */
typedef struct
{
  SeedsJsonWriter *writer;
  JsonBuilder     *builder;
} Both;

static void
both_init (Both *both)
{
  both->writer = seeds_json_writer_new ();
  both->builder = json_builder_new ();
}

static void
begin_object (Both *both)
{
  seeds_json_writer_begin_object (both->writer);
  json_builder_begin_object (both->builder);
}

static void
end_object (Both *both)
{
  seeds_json_writer_end_object (both->writer);
  json_builder_end_object (both->builder);
}

static void
begin_array (Both *both)
{
  seeds_json_writer_begin_array (both->writer);
  json_builder_begin_array (both->builder);
}

static void
end_array (Both *both)
{
  seeds_json_writer_end_array (both->writer);
  json_builder_end_array (both->builder);
}

static void
member (Both       *both,
        const char *name)
{
  seeds_json_writer_set_member_name (both->writer, name);
  json_builder_set_member_name (both->builder, name);
}

static void
add_string (Both       *both,
            const char *value)
{
  seeds_json_writer_add_string_value (both->writer, value);
  json_builder_add_string_value (both->builder, value);
}

static void
add_int (Both   *both,
         gint64  value)
{
  seeds_json_writer_add_int_value (both->writer, value);
  json_builder_add_int_value (both->builder, value);
}

static void
add_double (Both   *both,
            double  value)
{
  seeds_json_writer_add_double_value (both->writer, value);
  json_builder_add_double_value (both->builder, value);
}

/* Ends both and checks that they wrote the same: pretty-printed with two
 * spaces, and a newline at the end, as the app saved its files */
static void
assert_same (Both *both)
{
  g_autoptr(GBytes) written = seeds_json_writer_free_to_bytes (g_steal_pointer (&both->writer));
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (both->builder);
  g_autoptr(GString) expected = g_string_new (NULL);

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_to_gstring (generator, expected);
  g_string_append_c (expected, '\n');

  g_assert_cmpmem (g_bytes_get_data (written, NULL), g_bytes_get_size (written),
                   expected->str, expected->len);
  g_clear_object (&both->builder);
}

static GBytes *
write_string (const char *value)
{
  g_autoptr(SeedsJsonWriter) writer = seeds_json_writer_new ();

  seeds_json_writer_add_string_value (writer, value);

  return seeds_json_writer_free_to_bytes (g_steal_pointer (&writer));
}

static void
assert_written (GBytes     *bytes,
                const char *expected)
{
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                   expected, strlen (expected));
}

/* Nesting, empty arrays and objects at every level, every kind of value */
static void
test_layout (void)
{
  Both both;

  both_init (&both);
  begin_object (&both);
  member (&both, "format");
  add_string (&both, "seeds-community");
  member (&both, "version");
  add_int (&both, 1);
  member (&both, "nothing");
  seeds_json_writer_add_null_value (both.writer);
  json_builder_add_null_value (both.builder);
  member (&both, "yes");
  seeds_json_writer_add_boolean_value (both.writer, TRUE);
  json_builder_add_boolean_value (both.builder, TRUE);
  member (&both, "no");
  seeds_json_writer_add_boolean_value (both.writer, FALSE);
  json_builder_add_boolean_value (both.builder, FALSE);
  member (&both, "empty list");
  begin_array (&both);
  end_array (&both);
  member (&both, "empty object");
  begin_object (&both);
  end_object (&both);
  member (&both, "lists");
  begin_array (&both);
  begin_array (&both);
  end_array (&both);
  begin_object (&both);
  end_object (&both);
  begin_object (&both);
  member (&both, "deeper");
  begin_object (&both);
  member (&both, "still empty");
  begin_object (&both);
  end_object (&both);
  end_object (&both);
  end_object (&both);
  add_int (&both, 3);
  add_string (&both, "three");
  end_array (&both);
  end_object (&both);
  assert_same (&both);

  /* A list at the root, empty or not */
  both_init (&both);
  begin_array (&both);
  end_array (&both);
  assert_same (&both);

  both_init (&both);
  begin_object (&both);
  end_object (&both);
  assert_same (&both);

  both_init (&both);
  begin_array (&both);
  begin_object (&both);
  member (&both, "id");
  add_string (&both, "a");
  end_object (&both);
  begin_object (&both);
  end_object (&both);
  end_array (&both);
  assert_same (&both);
}

static void
test_numbers (void)
{
  const gint64 ints[] = { 0, 1, 5, 9, 10, -1, -10, 42, 7200, G_MAXINT32, G_MININT32,
                          G_MAXINT64, G_MININT64 };
  const double doubles[] = { 0.0, -0.0, 1.0, -1.0, 0.1, 1.5, 52.0116, 4.3007, 51.9933, 4.2097,
                             -90.0, 90.0, -180.0, 180.0, 1e-7, 123456789.125,
                             G_MAXDOUBLE, G_MINDOUBLE };
  Both both;

  both_init (&both);
  begin_array (&both);
  for (guint i = 0; i < G_N_ELEMENTS (ints); i++)
    add_int (&both, ints[i]);
  for (guint i = 0; i < G_N_ELEMENTS (doubles); i++)
    add_double (&both, doubles[i]);
  end_array (&both);
  assert_same (&both);
}

/* Every byte, in values and in member names: escaped as json-glib does */
static void
test_escapes (void)
{
  const char *texts[] = {
    "",
    "plain",
    "\"quoted\" and \\back\\slashed\\",
    "line\nbreak\r\n\ttab\bback\fform",
    "<b>Kas & Co</b> &amp; 'single' / slash",
    "🌱🍅 Tomaat, café, “curly”, \u00e9\u200b\u202e",
    "\\u0041 is not A",
  };
  char all[256];
  guint n = 0;
  Both both;

  /* Every byte but NUL and U+001F, which the next test is about */
  for (guint i = 1; i < 256; i++)
    if (i != 0x1f)
      all[n++] = (char) i;
  all[n] = '\0';

  both_init (&both);
  begin_object (&both);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      member (&both, texts[i]);
      add_string (&both, texts[i]);
    }
  member (&both, all);
  begin_array (&both);
  add_string (&both, all);
  end_array (&both);
  end_object (&both);
  assert_same (&both);
}

/* Where json-glib 1.6 wrote what no JSON reader reads, the writer writes
 * what json-glib does since 1.8. */
static void
test_strict (void)
{
  g_autoptr(GBytes) unit_separator = write_string ("a\x1f" "b");
  g_autoptr(SeedsJsonWriter) writer = seeds_json_writer_new ();
  g_autoptr(GBytes) large = NULL;

  assert_written (unit_separator, "\"a\\u001fb\"\n");

  seeds_json_writer_begin_array (writer);
  seeds_json_writer_add_double_value (writer, 1e22);
  seeds_json_writer_add_double_value (writer, 1e-300);
  seeds_json_writer_end_array (writer);
  large = seeds_json_writer_free_to_bytes (g_steal_pointer (&writer));
  assert_written (large, "[\n  1e+22,\n  1e-300\n]\n");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-writer/layout", test_layout);
  g_test_add_func ("/json-writer/numbers", test_numbers);
  g_test_add_func ("/json-writer/escapes", test_escapes);
  g_test_add_func ("/json-writer/strict", test_strict);

  return g_test_run ();
}
