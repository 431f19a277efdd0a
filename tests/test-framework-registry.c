/* test-framework-registry.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "session/seeds-session.h"
#include "seeds-test-util.h"

/* The frameworks a meeting can be scored with: the built-in ones and
 * those imported from .seedsframework files, kept in the database. */

typedef struct
{
  SeedsTestDatabase  db;
  SeedsSession      *session;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  seeds_test_database_set_up (&fixture->db, data);
  fixture->session = seeds_session_new (fixture->db.store, fixture->db.framework);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  seeds_session_close (fixture->session);
  g_assert_finalize_object (fixture->session);
  seeds_test_database_tear_down (&fixture->db, data);
}

/* The student-and-teacher wording under another id: a framework of a
 * sector that is not built in. */
static GBytes *
make_framework (const char *id,
                const char *extra)
{
  g_autoptr(GBytes) builtin = seeds_framework_get_builtin_bytes (SEEDS_FRAMEWORK_STUDENTS_TEACHERS_ID);
  g_autofree char *text = g_strndup (g_bytes_get_data (builtin, NULL), g_bytes_get_size (builtin));
  g_autofree char *old_root = g_strdup_printf ("<framework id=\"%s\"", SEEDS_FRAMEWORK_STUDENTS_TEACHERS_ID);
  g_autofree char *new_root = g_strdup_printf ("<framework id=\"%s\"", id);
  char *root = strstr (text, old_root);
  g_autoptr(GString) result = g_string_new (NULL);

  g_assert_nonnull (root);
  g_string_append_len (result, text, root - text);
  g_string_append (result, new_root);
  g_string_append (result, root + strlen (old_root));
  g_string_append (result, extra);

  return g_string_free_to_bytes (g_steal_pointer (&result));
}

static gint64
count_frameworks (Fixture *fixture)
{
  return seeds_test_query_int (fixture->db.path, "SELECT count(*) FROM frameworks", NULL);
}

static GFile *
write_file (Fixture    *fixture,
            const char *name,
            GBytes     *bytes)
{
  g_autofree char *path = g_build_filename (fixture->db.dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

static void
test_builtins (Fixture       *fixture,
               gconstpointer  data)
{
  SeedsFrameworkRegistry *registry = seeds_session_get_frameworks (fixture->session);
  const char * const *ids = seeds_framework_get_builtin_ids ();
  g_autoptr(GPtrArray) list = seeds_framework_registry_list (registry, "nl");

  g_assert_cmpuint (list->len, ==, g_strv_length ((char **) ids));

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SeedsFramework) en = seeds_framework_registry_lookup (registry, ids[i], 1, "en", &error);
      g_autoptr(SeedsFramework) nl = seeds_framework_registry_lookup (registry, ids[i], 1, "nl", &error);
      g_autoptr(SeedsFramework) again = seeds_framework_registry_lookup (registry, ids[i], 1, "nl", &error);
      SeedsFrameworkEntry *entry = g_ptr_array_index (list, i);

      g_assert_no_error (error);
      g_assert_cmpstr (seeds_framework_get_id (en), ==, ids[i]);
      g_assert_cmpuint (seeds_framework_get_n_factors (en), ==, 12);
      g_assert_cmpuint (seeds_framework_get_n_factors (nl), ==, 12);
      g_assert_cmpstr (seeds_framework_get_name (en), !=, seeds_framework_get_name (nl));
      g_assert_true (nl == again);

      g_assert_cmpstr (seeds_framework_entry_get_id (entry), ==, ids[i]);
      g_assert_true (seeds_framework_entry_is_builtin (entry));
      g_assert_cmpstr (seeds_framework_entry_get_name (entry), ==, seeds_framework_get_name (nl));
    }
}

static void
test_unknown (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsFramework) framework = NULL;

  framework = seeds_session_lookup_framework (fixture->session, SEEDS_FRAMEWORK_DEFAULT_ID, 7, &error);
  g_assert_error (error, SEEDS_FRAMEWORK_REGISTRY_ERROR, SEEDS_FRAMEWORK_REGISTRY_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "greenport-2020"));
  g_assert_nonnull (strstr (error->message, "7"));
  g_assert_null (framework);
}

static void
add_bytes (Fixture    *fixture,
           GBytes     *bytes,
           const char *expected_id,
           guint       expected_edition,
           gboolean    expected_added)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  guint edition = 0;
  gboolean added = !expected_added;

  g_assert_true (seeds_framework_registry_add_bytes (seeds_session_get_frameworks (fixture->session),
                                                     fixture->db.store, bytes, "test.seedsframework",
                                                     &id, &edition, &added, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (id, ==, expected_id);
  g_assert_cmpuint (edition, ==, expected_edition);
  g_assert_cmpint (added, ==, expected_added);
}

static void
test_add (Fixture       *fixture,
          gconstpointer  data)
{
  SeedsFrameworkRegistry *registry = seeds_session_get_frameworks (fixture->session);
  g_autoptr(GBytes) first = make_framework ("test-sector", "");
  g_autoptr(GBytes) second = make_framework ("test-sector", "\n<!-- reworded -->\n");
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GBytes) kept = NULL;
  g_autoptr(SeedsFramework) framework = NULL;
  g_autoptr(GError) error = NULL;

  add_bytes (fixture, first, "test-sector", 1, TRUE);
  g_assert_cmpint (count_frameworks (fixture), ==, 1);

  list = seeds_framework_registry_list (registry, "en");
  g_assert_cmpuint (list->len, ==, 3);
  g_assert_cmpstr (seeds_framework_entry_get_id (g_ptr_array_index (list, 2)), ==, "test-sector");
  g_assert_false (seeds_framework_entry_is_builtin (g_ptr_array_index (list, 2)));

  framework = seeds_session_lookup_framework (fixture->session, "test-sector", 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_framework_get_id (framework), ==, "test-sector");

  /* The same file again adds nothing */
  add_bytes (fixture, first, "test-sector", 1, FALSE);
  g_assert_cmpint (count_frameworks (fixture), ==, 1);

  /* Other content under the same id: a new edition, the old one kept */
  add_bytes (fixture, second, "test-sector", 2, TRUE);
  add_bytes (fixture, second, "test-sector", 2, FALSE);
  g_assert_cmpint (count_frameworks (fixture), ==, 2);
  kept = seeds_framework_registry_get_bytes (registry, "test-sector", 1, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (kept, first));
}

/* A built-in framework's own file is already there; a file that claims a
 * built-in id with other words conflicts with it, and is refused: the
 * research's factors are not reworded under their own name. */
static void
test_add_builtin_id (Fixture       *fixture,
                     gconstpointer  data)
{
  SeedsFrameworkRegistry *registry = seeds_session_get_frameworks (fixture->session);
  g_autoptr(GBytes) builtin = seeds_framework_get_builtin_bytes (SEEDS_FRAMEWORK_DEFAULT_ID);
  g_autoptr(GBytes) conflicting = make_framework (SEEDS_FRAMEWORK_DEFAULT_ID, "");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  add_bytes (fixture, builtin, SEEDS_FRAMEWORK_DEFAULT_ID, 1, FALSE);
  g_assert_cmpint (count_frameworks (fixture), ==, 0);

  before = seeds_test_checksum_file (fixture->db.path);
  g_assert_false (seeds_framework_registry_add_bytes (registry, fixture->db.store, conflicting,
                                                      "greenport.seedsframework", NULL, NULL, NULL,
                                                      &error));
  g_assert_error (error, SEEDS_FRAMEWORK_ERROR, SEEDS_FRAMEWORK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "greenport.seedsframework"));
  g_assert_nonnull (strstr (error->message, "claims to be the built-in framework “greenport-2020”"));
  after = seeds_test_checksum_file (fixture->db.path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (count_frameworks (fixture), ==, 0);
}

static GBytes *
nested_framework (void)
{
  g_autoptr(GString) text = g_string_new ("<framework id=\"deep\" version=\"1\">");

  for (guint i = 0; i < 40; i++)
    g_string_append (text, "<part>");
  for (guint i = 0; i < 40; i++)
    g_string_append (text, "</part>");
  g_string_append (text, "</framework>");

  return g_string_free_to_bytes (g_steal_pointer (&text));
}

static GBytes *
oversized_framework (void)
{
  g_autoptr(GBytes) valid = make_framework ("big-sector", "");
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (valid, NULL), g_bytes_get_size (valid));

  while (text->len <= 1024 * 1024)
    g_string_append (text, "<!-- padding padding padding padding padding padding -->\n");

  return g_string_free_to_bytes (g_steal_pointer (&text));
}

static GBytes *
nul_framework (void)
{
  g_autoptr(GBytes) valid = make_framework ("nul-sector", "");
  g_autoptr(GByteArray) data = g_byte_array_new ();

  g_byte_array_append (data, g_bytes_get_data (valid, NULL), g_bytes_get_size (valid) / 2);
  g_byte_array_append (data, (const guint8 *) "\0", 1);
  g_byte_array_append (data, (const guint8 *) g_bytes_get_data (valid, NULL) + g_bytes_get_size (valid) / 2,
                       g_bytes_get_size (valid) - g_bytes_get_size (valid) / 2);

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  SeedsFrameworkRegistry *registry = seeds_session_get_frameworks (fixture->session);
  GBytes *files[] = {
    g_bytes_new_static ("<framework id=\"broken\" version=\"1\"><name>", 41),
    oversized_framework (),
    nested_framework (),
    nul_framework (),
    g_bytes_new_static ("<profile id=\"x\"/>", 17),
  };
  g_autofree char *before = seeds_test_checksum_file (fixture->db.path);

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) list = NULL;
      g_autofree char *id = NULL;
      g_autofree char *after = NULL;

      g_test_message ("File %u", i);
      g_assert_false (seeds_framework_registry_add_bytes (registry, fixture->db.store, files[i],
                                                          "bad.seedsframework", &id, NULL, NULL, &error));
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, "bad.seedsframework"));
      g_assert_null (id);

      after = seeds_test_checksum_file (fixture->db.path);
      g_assert_cmpstr (before, ==, after);
      g_assert_cmpint (count_frameworks (fixture), ==, 0);
      list = seeds_framework_registry_list (registry, "en");
      g_assert_cmpuint (list->len, ==, 2);
      g_bytes_unref (files[i]);
    }
}

static void
test_import_and_export (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GBytes) bytes = make_framework ("test-sector", "");
  g_autoptr(GFile) named = write_file (fixture, "sector.seedsframework", bytes);
  g_autoptr(GFile) unnamed = write_file (fixture, "sector.xml", bytes);
  g_autoptr(GFile) exported = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *exported_path = g_build_filename (fixture->db.dir, "out.seedsframework", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(SeedsStore) other_store = NULL;
  g_autoptr(SeedsSession) other = NULL;
  GFile *files[2];
  SeedsImportResult *result;
  gsize length = 0;

  files[0] = named;
  files[1] = unnamed;
  results = seeds_session_import_files (fixture->session, files, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 2);
  result = g_ptr_array_index (results, 0);
  g_assert_cmpint (result->outcome, ==, SEEDS_IMPORT_ADDED);
  g_assert_nonnull (strstr (result->message, "(edition 1) added"));
  result = g_ptr_array_index (results, 1);
  g_assert_cmpint (result->outcome, ==, SEEDS_IMPORT_ALREADY_KNOWN);
  g_assert_nonnull (strstr (result->message, "already in this database"));

  exported = g_file_new_for_path (exported_path);
  g_assert_true (seeds_session_export_framework (fixture->session, "test-sector", 1, exported, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (exported_path, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  /* Into another database, and out again: the same bytes */
  other_store = seeds_test_database_open_other (&fixture->db, "other.db");
  other = seeds_session_new (other_store, fixture->db.framework);
  g_clear_pointer (&results, g_ptr_array_unref);
  results = seeds_session_import_files (other, &exported, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (((SeedsImportResult *) g_ptr_array_index (results, 0))->outcome, ==, SEEDS_IMPORT_ADDED);
  {
    g_autoptr(GBytes) again = seeds_framework_registry_get_bytes (seeds_session_get_frameworks (other),
                                                                  "test-sector", 1, &error);

    g_assert_no_error (error);
    g_assert_true (g_bytes_equal (again, bytes));
  }
  seeds_session_close (other);
}

static void
test_import_refused (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GBytes) bytes = nested_framework ();
  g_autoptr(GFile) file = write_file (fixture, "deep.seedsframework", bytes);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  SeedsImportResult *result;

  results = seeds_session_import_files (fixture->session, &file, 1, &error);
  g_assert_no_error (error);
  result = g_ptr_array_index (results, 0);
  g_assert_cmpint (result->outcome, ==, SEEDS_IMPORT_REJECTED);
  g_assert_nonnull (strstr (result->message, "deep.seedsframework"));
  g_assert_cmpint (count_frameworks (fixture), ==, 0);
}

/* A meeting keeps the framework and edition it was scored with, and a
 * community its choice, across reopening the database. */
static void
test_meeting_remembers (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(SeedsCommunity) community = NULL;
  g_autoptr(SeedsMeeting) meeting = NULL;
  g_autoptr(SeedsMeeting) reread = NULL;
  g_autoptr(SeedsCommunity) reread_community = NULL;
  g_autoptr(SeedsStore) reopened = NULL;
  g_autoptr(SeedsFramework) framework = NULL;
  g_autoptr(GError) error = NULL;

  community = seeds_store_add_community_with_framework (fixture->db.store, "Project class",
                                                        SEEDS_FRAMEWORK_STUDENTS_TEACHERS_ID, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_community_get_framework_id (community), ==, SEEDS_FRAMEWORK_STUDENTS_TEACHERS_ID);
  g_assert_null (seeds_store_add_community_with_framework (fixture->db.store, "Bad", "", 1, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  meeting = seeds_store_add_meeting_full (fixture->db.store, seeds_community_get_id (community),
                                          SEEDS_FRAMEWORK_STUDENTS_TEACHERS_ID, 1, SEEDS_MEETING_SCORES,
                                          "2026-03-01", "Kick-off", NULL, &error);
  g_assert_no_error (error);

  reopened = seeds_test_open_store (fixture->db.path);
  reread = seeds_store_get_meeting (reopened, seeds_meeting_get_id (meeting), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_meeting_get_framework_id (reread), ==, SEEDS_FRAMEWORK_STUDENTS_TEACHERS_ID);
  g_assert_cmpuint (seeds_meeting_get_framework_edition (reread), ==, 1);

  reread_community = seeds_store_get_community (reopened, seeds_community_get_id (community), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_community_get_framework_id (reread_community), ==,
                   SEEDS_FRAMEWORK_STUDENTS_TEACHERS_ID);

  framework = seeds_session_get_meeting_framework (fixture->session, reread, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_framework_get_id (framework), ==, SEEDS_FRAMEWORK_STUDENTS_TEACHERS_ID);
}

/* A database's frameworks are there when it is opened again. */
static void
test_reopen (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GBytes) bytes = make_framework ("test-sector", "");
  g_autoptr(SeedsStore) reopened = NULL;
  g_autoptr(SeedsSession) session = NULL;
  g_autoptr(SeedsFramework) framework = NULL;
  g_autoptr(GError) error = NULL;

  add_bytes (fixture, bytes, "test-sector", 1, TRUE);

  reopened = seeds_test_open_store (fixture->db.path);
  session = seeds_session_new (reopened, fixture->db.framework);
  framework = seeds_session_lookup_framework (session, "test-sector", 1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (framework);
  seeds_session_close (session);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/framework-registry/builtins", test_builtins);
  ADD ("/framework-registry/unknown", test_unknown);
  ADD ("/framework-registry/add", test_add);
  ADD ("/framework-registry/add-builtin-id", test_add_builtin_id);
  ADD ("/framework-registry/refused", test_refused);
  ADD ("/framework-registry/import-export", test_import_and_export);
  ADD ("/framework-registry/import-refused", test_import_refused);
  ADD ("/framework-registry/meeting-remembers", test_meeting_remembers);
  ADD ("/framework-registry/reopen", test_reopen);

#undef ADD

  return g_test_run ();
}
