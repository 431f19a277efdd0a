/* test-framework.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "model/seeds-framework.h"
#include "seeds-test-util.h"

static char *
shipped_path (void)
{
  return g_build_filename (g_getenv ("SEEDS_BUILD_ROOT"), "data",
                           "greenport-2020.framework.xml", NULL);
}

static SeedsFramework *
load_shipped (const char *language)
{
  g_autofree char *path = shipped_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  SeedsFramework *framework;

  framework = seeds_framework_new_from_file (file, language, &error);
  g_assert_no_error (error);
  g_assert_nonnull (framework);
  return framework;
}

/* The research's grouping: which group each factor "1" … "12" is in, and
 * how many key findings the research lists for it. */
static const struct {
  const char *group;
  guint       findings;
} research[] = {
  { "person", 2 }, { "person", 2 },
  { "process", 2 }, { "process", 5 },
  { "content", 3 }, { "content", 5 }, { "content", 5 },
  { "precondition", 3 },
  { "outcomes", 3 }, { "outcomes", 4 }, { "outcomes", 3 }, { "outcomes", 2 },
};

static void
check_research_shape (SeedsFramework *framework,
                      const char     *framework_id)
{
  GListModel *groups = seeds_framework_get_groups (framework);
  const char *group_ids[] = { "person", "process", "content", "precondition", "outcomes" };

  g_assert_cmpstr (seeds_framework_get_id (framework), ==, framework_id);
  g_assert_cmpuint (seeds_framework_get_n_factors (framework), ==, 12);
  g_assert_cmpuint (g_list_model_get_n_items (groups), ==, G_N_ELEMENTS (group_ids));

  for (guint i = 0; i < G_N_ELEMENTS (group_ids); i++)
    {
      g_autoptr(SeedsFactorGroup) group = g_list_model_get_item (groups, i);

      g_assert_cmpstr (seeds_factor_group_get_id (group), ==, group_ids[i]);
      g_assert_cmpstr (seeds_factor_group_get_part_id (group), ==,
                       i < 4 ? "collaboration" : "outcomes");
    }

  for (guint i = 0; i < 12; i++)
    {
      SeedsFactor *factor = seeds_framework_get_factor (framework, i);
      g_autofree char *id = g_strdup_printf ("%u", i + 1);
      guint n_tips = g_strv_length ((char **)seeds_factor_get_tips (factor));

      g_assert_cmpstr (seeds_factor_get_id (factor), ==, id);
      g_assert_cmpuint (seeds_factor_get_position (factor), ==, i);
      g_assert_true (seeds_framework_lookup_factor (framework, id) == factor);
      g_assert_cmpstr (seeds_factor_get_group_id (factor), ==, research[i].group);
      g_assert_cmpuint (g_strv_length ((char **)seeds_factor_get_findings (factor)), ==,
                        research[i].findings);
      g_assert_cmpuint (n_tips, >=, 3);
      g_assert_cmpuint (n_tips, <=, 5);
      g_assert_cmpstr (seeds_factor_get_title (factor), !=, "");
      g_assert_cmpstr (seeds_factor_get_definition (factor), !=, "");
    }

  g_assert_null (seeds_framework_lookup_factor (framework, "13"));
}

static void
test_shipped_english (void)
{
  g_autoptr(SeedsFramework) framework = load_shipped ("en");
  SeedsFactor *first = seeds_framework_get_factor (framework, 0);

  check_research_shape (framework, SEEDS_FRAMEWORK_DEFAULT_ID);
  g_assert_cmpstr (seeds_factor_get_title (first), ==, "Driven and personally committed");
  g_assert_cmpstr (seeds_factor_get_group_name (first), ==, "Person");
  g_assert_nonnull (strstr (seeds_framework_get_source (framework), "Sjoer"));
}

/* No title, definition, finding or tip of @b is the one of @a at the same
 * place: @b translates or rewords @a. A translation has as many findings
 * and tips (@same_lengths); a rewording may have more or fewer tips. */
static void
assert_factors_differ (SeedsFramework *a,
                       SeedsFramework *b,
                       gboolean        same_lengths)
{
  g_assert_cmpuint (seeds_framework_get_n_factors (a), ==, seeds_framework_get_n_factors (b));

  for (guint i = 0; i < seeds_framework_get_n_factors (a); i++)
    {
      SeedsFactor *factor_a = seeds_framework_get_factor (a, i);
      SeedsFactor *factor_b = seeds_framework_get_factor (b, i);
      const char * const *lists_a[] = { seeds_factor_get_findings (factor_a),
                                        seeds_factor_get_tips (factor_a) };
      const char * const *lists_b[] = { seeds_factor_get_findings (factor_b),
                                        seeds_factor_get_tips (factor_b) };

      g_assert_cmpstr (seeds_factor_get_title (factor_a), !=, seeds_factor_get_title (factor_b));
      g_assert_cmpstr (seeds_factor_get_definition (factor_a), !=,
                       seeds_factor_get_definition (factor_b));

      for (guint l = 0; l < G_N_ELEMENTS (lists_a); l++)
        {
          if (same_lengths)
            g_assert_cmpuint (g_strv_length ((char **)lists_a[l]), ==,
                              g_strv_length ((char **)lists_b[l]));
          for (guint j = 0; lists_a[l][j] != NULL && lists_b[l][j] != NULL; j++)
            g_assert_cmpstr (lists_a[l][j], !=, lists_b[l][j]);
        }
    }
}

/* @b has the roles of @a, for the same factors, each described in other
 * words; with @names_differ named in other words too. */
static void
assert_roles_differ (SeedsFramework *a,
                     SeedsFramework *b,
                     gboolean        names_differ)
{
  g_assert_cmpuint (seeds_framework_get_n_roles (a), ==, seeds_framework_get_n_roles (b));

  for (guint i = 0; i < seeds_framework_get_n_roles (a); i++)
    {
      SeedsRole *role_a = seeds_framework_get_role (a, i);
      SeedsRole *role_b = seeds_framework_get_role (b, i);

      g_assert_cmpstr (seeds_role_get_id (role_a), ==, seeds_role_get_id (role_b));
      g_assert_true (g_strv_equal (seeds_role_get_factor_ids (role_a),
                                   seeds_role_get_factor_ids (role_b)));
      g_assert_cmpstr (seeds_role_get_description (role_a), !=,
                       seeds_role_get_description (role_b));
      if (names_differ)
        g_assert_cmpstr (seeds_role_get_name (role_a), !=, seeds_role_get_name (role_b));
    }
}

/* Every text of @nl translates the one of @en at the same place; only the
 * source, a citation, stays as it is. */
static void
assert_translated (SeedsFramework *en,
                   SeedsFramework *nl)
{
  GListModel *groups_en = seeds_framework_get_groups (en);
  GListModel *groups_nl = seeds_framework_get_groups (nl);

  g_assert_cmpstr (seeds_framework_get_language (nl), ==, "nl");
  g_assert_cmpstr (seeds_framework_get_question (en), !=, seeds_framework_get_question (nl));
  g_assert_cmpstr (seeds_framework_get_name (en), !=, seeds_framework_get_name (nl));
  g_assert_cmpuint (g_list_model_get_n_items (groups_en), ==, g_list_model_get_n_items (groups_nl));

  for (guint i = 0; i < g_list_model_get_n_items (groups_en); i++)
    {
      g_autoptr(SeedsFactorGroup) a = g_list_model_get_item (groups_en, i);
      g_autoptr(SeedsFactorGroup) b = g_list_model_get_item (groups_nl, i);

      g_assert_cmpstr (seeds_factor_group_get_name (a), !=, seeds_factor_group_get_name (b));
      g_assert_cmpstr (seeds_factor_group_get_part_name (a), !=,
                       seeds_factor_group_get_part_name (b));
    }

  assert_factors_differ (en, nl, TRUE);
  assert_roles_differ (en, nl, TRUE);
}

/* Every text of the shipped framework has its Dutch translation. */
static void
test_shipped_dutch_complete (void)
{
  g_autoptr(SeedsFramework) en = load_shipped ("en");
  g_autoptr(SeedsFramework) nl = load_shipped ("nl");

  check_research_shape (nl, SEEDS_FRAMEWORK_DEFAULT_ID);
  g_assert_cmpstr (seeds_factor_get_group_name (seeds_framework_get_factor (nl, 0)), ==, "Mens");
  assert_translated (en, nl);
}

/* A Belgian Dutch user gets the Dutch text; an unknown language the original. */
static void
test_language_fallback (void)
{
  g_autoptr(SeedsFramework) nl_be = load_shipped ("nl_BE:nl:C");
  g_autoptr(SeedsFramework) fr = load_shipped ("fr_FR:fr:C");

  g_assert_cmpstr (seeds_factor_get_group_name (seeds_framework_get_factor (nl_be, 0)), ==, "Mens");
  g_assert_cmpstr (seeds_factor_get_group_name (seeds_framework_get_factor (fr, 0)), ==, "Person");
}

static void
test_default_resource (void)
{
  g_autoptr(SeedsFramework) framework = seeds_framework_new_default ("nl");

  check_research_shape (framework, SEEDS_FRAMEWORK_DEFAULT_ID);
  g_assert_cmpstr (seeds_framework_get_language (framework), ==, "nl");
}

/* The frameworks that ship with the app: the default first, each read
 * under its own id; any other id is no framework of the app's. */
static void
test_builtin_ids (void)
{
  const char * const *ids = seeds_framework_get_builtin_ids ();

  g_assert_cmpstr (ids[0], ==, SEEDS_FRAMEWORK_DEFAULT_ID);
  g_assert_true (g_strv_contains (ids, SEEDS_FRAMEWORK_STUDENTS_TEACHERS_ID));

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(SeedsFramework) framework = seeds_framework_new_builtin (ids[i], "en");

      g_assert_cmpstr (seeds_framework_get_id (framework), ==, ids[i]);
    }

  g_assert_null (seeds_framework_new_builtin ("students-2024", "en"));
  g_assert_null (seeds_framework_new_builtin ("", NULL));
  g_assert_null (seeds_framework_new_builtin ("greenport-2020.framework.xml", NULL));
}

/* The wording for students and teachers has the research's shape with the
 * ids of the Greenport one, so that a factor stays comparable, and says
 * every statement, finding and tip in words of its own. */
static void
test_students_teachers (void)
{
  g_autoptr(SeedsFramework) greenport = seeds_framework_new_default ("en");
  g_autoptr(SeedsFramework) students = NULL;

  students = seeds_framework_new_builtin (SEEDS_FRAMEWORK_STUDENTS_TEACHERS_ID, "en");
  check_research_shape (students, SEEDS_FRAMEWORK_STUDENTS_TEACHERS_ID);
  g_assert_cmpstr (seeds_framework_get_question (students), ==,
                   "To what extent does this apply to our project?");
  g_assert_cmpstr (seeds_framework_get_name (students), !=, seeds_framework_get_name (greenport));
  g_assert_cmpstr (seeds_framework_get_source (students), ==,
                   seeds_framework_get_source (greenport));
  g_assert_cmpstr (seeds_factor_get_group_name (seeds_framework_get_factor (students, 0)), ==,
                   "Person");

  assert_factors_differ (greenport, students, FALSE);
  assert_roles_differ (greenport, students, FALSE);
}

/* Fails until po/nl.po translates every text of the wording. */
static void
test_students_teachers_dutch_complete (void)
{
  g_autoptr(SeedsFramework) en = NULL;
  g_autoptr(SeedsFramework) nl = NULL;

  en = seeds_framework_new_builtin (SEEDS_FRAMEWORK_STUDENTS_TEACHERS_ID, "en");
  nl = seeds_framework_new_builtin (SEEDS_FRAMEWORK_STUDENTS_TEACHERS_ID, "nl");
  check_research_shape (nl, SEEDS_FRAMEWORK_STUDENTS_TEACHERS_ID);
  g_assert_cmpstr (seeds_factor_get_group_name (seeds_framework_get_factor (nl, 0)), ==, "Mens");
  assert_translated (en, nl);
}

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
#define FRAMEWORK_OPEN "<framework id=\"test\" version=\"1\"><name>Test</name><question>How much?</question>"
#define GROUP_OPEN "<part id=\"p\"><name>Part</name><group id=\"g\"><name>Group</name>"
#define GROUP_CLOSE "</group></part>"
#define FACTOR(id) "<factor id=\"" id "\"><title>T</title><definition>D</definition>" \
                   "<finding>F</finding><tip>Tip</tip></factor>"
#define FRAMEWORK_CLOSE "</framework>"
#define ROLE(id, factors) "<role id=\"" id "\" factors=\"" factors "\"><name>N</name>" \
                          "<description>D</description></role>"
#define WITH_FACTORS HEAD FRAMEWORK_OPEN GROUP_OPEN FACTOR ("1") FACTOR ("2") GROUP_CLOSE

/* An adapted framework says which one it came from and, per factor, which
 * factor it was; a factor without an origin is its own. The wording for
 * students and teachers is adapted from the research's. */
static void
test_edition_and_origin (void)
{
  const char *xml =
    HEAD "<framework id=\"ours\" version=\"1\" edition=\"3\" based-on=\"greenport-2020\">"
    "<name>Ours</name><question>Q</question>" GROUP_OPEN
    "<factor id=\"a\" origin=\"greenport-2020:4\"><title>T</title><definition>D</definition></factor>"
    FACTOR ("13") GROUP_CLOSE FRAMEWORK_CLOSE;
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, strlen (xml));
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsFramework) ours = seeds_framework_new_from_bytes (bytes, "ours", "en", &error);
  g_autoptr(SeedsFramework) greenport = seeds_framework_new_default ("en");
  g_autoptr(SeedsFramework) students = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (seeds_framework_get_edition (ours), ==, 3);
  g_assert_cmpstr (seeds_framework_get_based_on (ours), ==, "greenport-2020");
  g_assert_cmpstr (seeds_factor_get_origin (seeds_framework_get_factor (ours, 0)), ==, "greenport-2020:4");
  g_assert_cmpstr (seeds_factor_get_origin (seeds_framework_get_factor (ours, 1)), ==, "ours:13");

  g_assert_cmpuint (seeds_framework_get_edition (greenport), ==, 1);
  g_assert_null (seeds_framework_get_based_on (greenport));
  g_assert_cmpstr (seeds_factor_get_origin (seeds_framework_get_factor (greenport, 3)), ==, "greenport-2020:4");

  students = seeds_framework_new_builtin (SEEDS_FRAMEWORK_STUDENTS_TEACHERS_ID, "nl");
  g_assert_cmpstr (seeds_framework_get_based_on (students), ==, SEEDS_FRAMEWORK_DEFAULT_ID);
  for (guint i = 0; i < seeds_framework_get_n_factors (students); i++)
    g_assert_cmpstr (seeds_factor_get_origin (seeds_framework_get_factor (students, i)), ==,
                     seeds_factor_get_origin (seeds_framework_get_factor (greenport, i)));
}

/* A user-supplied framework with its own translations, no .mo files. */
static void
test_user_framework (void)
{
  const char *xml =
    HEAD "<framework id=\"students\" version=\"1\">"
    "<name>Student teams</name><name xml:lang=\"nl\">Studententeams</name>"
    "<question>Does this fit our team?</question>"
    "<part id=\"p\"><name>Working together</name>"
    "<group id=\"g\"><name>People</name><name xml:lang=\"nl-NL\">Mensen</name>"
    "<factor id=\"a\"><title>\n   Everyone   joins\n in </title>"
    "<title xml:lang=\"nl\">Iedereen doet mee</title>"
    "<definition>We all take part.</definition>"
    "<finding>One</finding><finding xml:lang=\"nl\">Een</finding><finding>Two</finding>"
    "<tip>Ask &amp; listen &lt;now&gt;</tip>"
    "</factor></group></part></framework>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, strlen (xml));
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsFramework) en = NULL;
  g_autoptr(SeedsFramework) nl = NULL;
  SeedsFactor *factor;

  en = seeds_framework_new_from_bytes (bytes, "students.xml", "en", &error);
  g_assert_no_error (error);
  factor = seeds_framework_get_factor (en, 0);
  g_assert_cmpstr (seeds_factor_get_title (factor), ==, "Everyone joins in");
  g_assert_cmpstr (seeds_factor_get_tips (factor)[0], ==, "Ask & listen <now>");
  g_assert_cmpuint (g_strv_length ((char **)seeds_factor_get_findings (factor)), ==, 2);

  nl = seeds_framework_new_from_bytes (bytes, "students.xml", "nl_NL:nl", &error);
  g_assert_no_error (error);
  factor = seeds_framework_get_factor (nl, 0);
  g_assert_cmpstr (seeds_framework_get_name (nl), ==, "Studententeams");
  g_assert_cmpstr (seeds_factor_get_group_name (factor), ==, "Mensen");
  g_assert_cmpstr (seeds_factor_get_title (factor), ==, "Iedereen doet mee");
  /* untranslated texts fall back to the original */
  g_assert_cmpstr (seeds_framework_get_question (nl), ==, "Does this fit our team?");
  g_assert_cmpstr (seeds_factor_get_findings (factor)[0], ==, "Een");
  g_assert_cmpstr (seeds_factor_get_findings (factor)[1], ==, "Two");
}

typedef struct
{
  const char *name;
  const char *content;
  const char *message;  /* part of the expected error message */
} BadFile;

static const BadFile bad_files[] = {
  { "empty", "", "empty" },
  { "not-xml", "this is not xml at all", "" },
  { "truncated", HEAD FRAMEWORK_OPEN GROUP_OPEN "<factor id=\"1\"><title>T", "" },
  { "binary", "\x89PNG\r\n\x1a\n\xff\xfe", "line 1: the file is not UTF-8 text" },
  { "white-space", " \n\t\r\n ", "the file is empty" },
  { "not-utf8-text", HEAD FRAMEWORK_OPEN "\n<!-- \xc0\xaf -->", "line 3: the file is not UTF-8 text" },
  { "not-utf8-element", HEAD "<framework\xff id=\"x\" version=\"1\"/>", "line 2: the file is not UTF-8 text" },
  { "not-utf8-id", HEAD "<framework id=\"\xed\xa0\x80\" version=\"1\"/>",
    "line 2: the file is not UTF-8 text" },
  { "wrong-root", HEAD "<html><body/></html>", "not a Seeds of Innovation framework" },
  { "newer-version", HEAD "<framework id=\"x\" version=\"2\"/>", "version “2” is not supported" },
  { "no-version", HEAD "<framework id=\"x\"/>", "version" },
  { "bad-id", HEAD "<framework id=\"a b\" version=\"1\"/>", "invalid id" },
  { "edition-zero", HEAD "<framework id=\"x\" version=\"1\" edition=\"0\"/>", "edition “0” is not a whole number" },
  { "edition-text", HEAD "<framework id=\"x\" version=\"1\" edition=\"2b\"/>", "edition “2b”" },
  { "edition-huge", HEAD "<framework id=\"x\" version=\"1\" edition=\"99999999999999999999\"/>", "edition" },
  { "bad-based-on", HEAD "<framework id=\"x\" version=\"1\" based-on=\"a/b\"/>", "invalid id “a/b”" },
  { "origin-no-colon", HEAD FRAMEWORK_OPEN GROUP_OPEN "<factor id=\"1\" origin=\"greenport-2020\">"
                       "<title>T</title><definition>D</definition></factor>" GROUP_CLOSE FRAMEWORK_CLOSE,
    "factor “1” has an invalid origin “greenport-2020”" },
  { "origin-three-parts", HEAD FRAMEWORK_OPEN GROUP_OPEN "<factor id=\"1\" origin=\"a:b:c\">"
                          "<title>T</title><definition>D</definition></factor>" GROUP_CLOSE FRAMEWORK_CLOSE,
    "invalid origin" },
  { "factor-unknown-attribute", HEAD FRAMEWORK_OPEN GROUP_OPEN "<factor id=\"1\" hidden=\"yes\">"
                                "<title>T</title><definition>D</definition></factor>" GROUP_CLOSE FRAMEWORK_CLOSE,
    "hidden" },
  { "no-name", HEAD "<framework id=\"x\" version=\"1\"><question>Q</question>"
               GROUP_OPEN FACTOR ("1") GROUP_CLOSE FRAMEWORK_CLOSE, "has no <name>" },
  { "no-factors", HEAD FRAMEWORK_OPEN FRAMEWORK_CLOSE, "has no factors" },
  { "empty-group", HEAD FRAMEWORK_OPEN GROUP_OPEN GROUP_CLOSE FRAMEWORK_CLOSE, "has no factors" },
  { "duplicate-factor", HEAD FRAMEWORK_OPEN GROUP_OPEN FACTOR ("1") FACTOR ("1") GROUP_CLOSE FRAMEWORK_CLOSE,
    "two factors with id “1”" },
  { "no-title", HEAD FRAMEWORK_OPEN GROUP_OPEN "<factor id=\"7\"><definition>D</definition></factor>"
                GROUP_CLOSE FRAMEWORK_CLOSE, "factor “7” has no <title>" },
  { "no-definition", HEAD FRAMEWORK_OPEN GROUP_OPEN "<factor id=\"7\"><title>T</title></factor>"
                     GROUP_CLOSE FRAMEWORK_CLOSE, "factor “7” has no <definition>" },
  { "factor-without-id", HEAD FRAMEWORK_OPEN GROUP_OPEN "<factor><title>T</title></factor>"
                         GROUP_CLOSE FRAMEWORK_CLOSE, "id" },
  { "empty-title", HEAD FRAMEWORK_OPEN GROUP_OPEN "<factor id=\"1\"><title>  </title></factor>"
                   GROUP_CLOSE FRAMEWORK_CLOSE, "<title> is empty" },
  { "unknown-element", HEAD FRAMEWORK_OPEN GROUP_OPEN "<factor id=\"1\"><colour>red</colour></factor>"
                       GROUP_CLOSE FRAMEWORK_CLOSE, "<colour> is not expected here" },
  { "markup-in-text", HEAD FRAMEWORK_OPEN GROUP_OPEN "<factor id=\"1\"><title>T <b>bold</b></title></factor>"
                      GROUP_CLOSE FRAMEWORK_CLOSE, "may not hold other elements" },
  { "stray-text", HEAD FRAMEWORK_OPEN "hello" GROUP_OPEN FACTOR ("1") GROUP_CLOSE FRAMEWORK_CLOSE,
    "text is only allowed" },
  { "orphan-translation", HEAD FRAMEWORK_OPEN GROUP_OPEN
                          "<factor id=\"1\"><title>T</title><definition>D</definition>"
                          "<tip xml:lang=\"nl\">Tip</tip></factor>" GROUP_CLOSE FRAMEWORK_CLOSE,
    "must follow the original" },
  { "twice", HEAD FRAMEWORK_OPEN GROUP_OPEN "<factor id=\"1\"><title>T</title><title>U</title></factor>"
             GROUP_CLOSE FRAMEWORK_CLOSE, "<title> appears twice" },
  { "group-outside-part", HEAD FRAMEWORK_OPEN "<group id=\"g\"><name>G</name></group>" FRAMEWORK_CLOSE,
    "<group> is not expected here" },
  { "role-unknown-factor", WITH_FACTORS ROLE ("funder", "2 9") FRAMEWORK_CLOSE,
    "role “funder” names the factor “9”" },
  { "role-before-factors",
    HEAD FRAMEWORK_OPEN ROLE ("funder", "1") GROUP_OPEN FACTOR ("1") GROUP_CLOSE FRAMEWORK_CLOSE,
    "names the factor “1”" },
  { "role-no-factors", WITH_FACTORS ROLE ("funder", "  ") FRAMEWORK_CLOSE, "names no factors" },
  { "role-no-factors-attribute",
    WITH_FACTORS "<role id=\"funder\"><name>N</name></role>" FRAMEWORK_CLOSE, "factors" },
  { "role-twice", WITH_FACTORS ROLE ("funder", "1") ROLE ("funder", "2") FRAMEWORK_CLOSE,
    "two roles with id “funder”" },
  { "role-no-name",
    WITH_FACTORS "<role id=\"funder\" factors=\"1\"><description>D</description></role>"
    FRAMEWORK_CLOSE, "role “funder” has no <name>" },
  { "role-no-description", WITH_FACTORS "<role id=\"funder\" factors=\"1\"><name>N</name></role>"
                           FRAMEWORK_CLOSE, "role “funder” has no <description>" },
  { "role-in-group", HEAD FRAMEWORK_OPEN GROUP_OPEN FACTOR ("1") ROLE ("funder", "1") GROUP_CLOSE
                     FRAMEWORK_CLOSE, "<role> is not expected here" },
  { "role-unknown-element", WITH_FACTORS "<role id=\"funder\" factors=\"1\"><tip>T</tip></role>"
                            FRAMEWORK_CLOSE, "<tip> is not expected here" },
};

/* The roles of the shipped framework, and those of a file of one's own
 * with their translations */
static const char translated[] =
  WITH_FACTORS
  "<role id=\"funder\" factors=\" 2\n 1 \"><name>Funder</name>"
  "<name xml:lang=\"nl\">Financier</name><description>Pays</description></role>"
  FRAMEWORK_CLOSE;

static void
test_roles (void)
{
  g_autoptr(SeedsFramework) shipped = seeds_framework_new_default ("en");
  g_autoptr(SeedsFramework) nl = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  SeedsRole *role;

  g_assert_cmpuint (seeds_framework_get_n_roles (shipped), ==, 5);
  role = seeds_framework_lookup_role (shipped, "linking-pin");
  g_assert_nonnull (role);
  g_assert_cmpstr (seeds_role_get_name (role), ==, "Linking pin");
  g_assert_true (g_strv_contains (seeds_role_get_factor_ids (role), "2"));
  g_assert_true (g_strv_contains (seeds_role_get_factor_ids (role), "12"));
  for (guint i = 0; i < seeds_framework_get_n_roles (shipped); i++)
    {
      role = seeds_framework_get_role (shipped, i);
      for (guint f = 0; seeds_role_get_factor_ids (role)[f] != NULL; f++)
        g_assert_nonnull (seeds_framework_lookup_factor (shipped,
                                                         seeds_role_get_factor_ids (role)[f]));
    }
  g_assert_null (seeds_framework_lookup_role (shipped, "mascot"));

  bytes = g_bytes_new_static (translated, sizeof translated - 1);
  nl = seeds_framework_new_from_bytes (bytes, "roles.xml", "nl", &error);
  g_assert_no_error (error);
  role = seeds_framework_get_role (nl, 0);
  g_assert_cmpstr (seeds_role_get_name (role), ==, "Financier");
  g_assert_cmpstr (seeds_role_get_description (role), ==, "Pays");
  g_assert_cmpuint (g_strv_length ((char **) seeds_role_get_factor_ids (role)), ==, 2);
}

static void
test_malformed (gconstpointer data)
{
  const BadFile *bad = data;
  g_autofree char *dir = g_dir_make_tmp ("seeds-framework-XXXXXX", NULL);
  g_autofree char *basename = g_strconcat (bad->name, ".framework.xml", NULL);
  g_autofree char *path = g_build_filename (dir, basename, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsFramework) framework = NULL;

  g_assert_true (g_file_set_contents (path, bad->content, -1, NULL));

  framework = seeds_framework_new_from_file (file, "en", &error);

  g_assert_null (framework);
  g_assert_error (error, SEEDS_FRAMEWORK_ERROR, SEEDS_FRAMEWORK_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  /* The message names the file and the problem. */
  g_assert_nonnull (strstr (error->message, basename));
  g_assert_nonnull (strstr (error->message, bad->message));

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_too_large (void)
{
  gsize size = 1024 * 1024 + 1;
  g_autofree char *data = g_malloc (size);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  memset (data, ' ', size);
  bytes = g_bytes_new_take (g_steal_pointer (&data), size);
  g_assert_null (seeds_framework_new_from_bytes (bytes, "huge.xml", "en", &error));
  g_assert_error (error, SEEDS_FRAMEWORK_ERROR, SEEDS_FRAMEWORK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "huge.xml"));
  g_assert_nonnull (strstr (error->message, "1 MiB"));
}

/* Refused with a message that names the file and holds @fragment */
static void
assert_refused (GBytes     *bytes,
                const char *display_name,
                const char *fragment)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (seeds_framework_new_from_bytes (bytes, display_name, "en", &error));
  g_assert_error (error, SEEDS_FRAMEWORK_ERROR, SEEDS_FRAMEWORK_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_true (g_str_has_prefix (error->message, display_name));
  g_assert_nonnull (strstr (error->message, fragment));
}

/* An empty GBytes may hold NULL, which GMarkup does not take. */
static void
test_empty (void)
{
  g_autoptr(GBytes) null = g_bytes_new (NULL, 0);
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  g_autoptr(GBytes) blank = g_bytes_new_static (" \n\t\r\n ", 6);

  assert_refused (null, "null.xml", "null.xml: the file is empty");
  assert_refused (empty, "empty.xml", "empty.xml: the file is empty");
  assert_refused (blank, "blank.xml", "blank.xml: the file is empty");
}

static void
test_nul_byte (void)
{
  static const char xml[] = HEAD FRAMEWORK_OPEN "\n\n<part\0 id=\"p\">";
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, sizeof xml - 1);

  assert_refused (bytes, "nul.xml", "nul.xml: line 4: the file holds a NUL byte, which is not text");
}

/* GMarkup's own messages quote the file; they stay valid UTF-8, as do
 * the names of files that are not. */
static void
test_messages_utf8 (void)
{
  static const char mismatched[] = HEAD "<framework id=\"x\" version=\"1\"></främework>";
  static const char entity[] = HEAD "<framework id=\"&#xD800;\" version=\"1\"/>";
  g_autoptr(GBytes) closed = g_bytes_new_static (mismatched, sizeof mismatched - 1);
  g_autoptr(GBytes) surrogate = g_bytes_new_static (entity, sizeof entity - 1);
  g_autoptr(GBytes) binary = g_bytes_new_static ("\xff\xfe<", 3);
  g_autoptr(GError) error = NULL;

  assert_refused (closed, "closed.xml", "främework");
  assert_refused (surrogate, "surrogate.xml", "surrogate.xml: ");

  g_assert_null (seeds_framework_new_from_bytes (binary, "caf\xe9.xml", "en", &error));
  g_test_message ("%s", error->message);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_true (g_str_has_prefix (error->message, "caf\xef\xbf\xbd.xml: line 1: the file is not UTF-8 text"));
}

/* Nesting a megabyte deep is refused at once, for what is out of place. */
static void
test_deep (void)
{
  g_autoptr(GString) elements = g_string_new (HEAD FRAMEWORK_OPEN);
  g_autoptr(GString) text = g_string_new (HEAD FRAMEWORK_OPEN GROUP_OPEN "<factor id=\"1\"><title>");
  g_autoptr(GBytes) elements_bytes = NULL;
  g_autoptr(GBytes) text_bytes = NULL;

  while (elements->len < 1024 * 1024 - 4)
    g_string_append (elements, "<a>");
  while (text->len < 1024 * 1024 - 4)
    g_string_append (text, "<b>");

  elements_bytes = g_bytes_new_static (elements->str, elements->len);
  text_bytes = g_bytes_new_static (text->str, text->len);

  g_test_timer_start ();
  assert_refused (elements_bytes, "deep.xml", "<a> is not expected here");
  assert_refused (text_bytes, "deep.xml", "<title> may not hold other elements");
  g_assert_cmpfloat (g_test_timer_elapsed (), <, seeds_test_time_limit (0.5));
}

static void
test_missing_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/nowhere.framework.xml");
  g_autoptr(GError) error = NULL;

  g_assert_null (seeds_framework_new_from_file (file, NULL, &error));
  g_assert_error (error, SEEDS_FRAMEWORK_ERROR, SEEDS_FRAMEWORK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "nowhere.framework.xml"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/framework/shipped/english", test_shipped_english);
  g_test_add_func ("/framework/shipped/dutch-complete", test_shipped_dutch_complete);
  g_test_add_func ("/framework/shipped/language-fallback", test_language_fallback);
  g_test_add_func ("/framework/shipped/default-resource", test_default_resource);
  g_test_add_func ("/framework/builtin/ids", test_builtin_ids);
  g_test_add_func ("/framework/builtin/students-teachers", test_students_teachers);
  g_test_add_func ("/framework/user-framework", test_user_framework);
  g_test_add_func ("/framework/edition-and-origin", test_edition_and_origin);
  g_test_add_func ("/framework/roles", test_roles);
  g_test_add_func ("/framework/malformed/too-large", test_too_large);
  g_test_add_func ("/framework/malformed/missing-file", test_missing_file);
  g_test_add_func ("/framework/malformed/empty-bytes", test_empty);
  g_test_add_func ("/framework/malformed/nul-byte", test_nul_byte);
  g_test_add_func ("/framework/malformed/messages-utf8", test_messages_utf8);
  g_test_add_func ("/framework/malformed/deep", test_deep);

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *path = g_strconcat ("/framework/malformed/", bad_files[i].name, NULL);
      g_test_add_data_func (path, &bad_files[i], test_malformed);
    }

  /* Last, so that while po/nl.po lacks a translation the tests before it
   * still run: a failed assertion ends the program. */
  g_test_add_func ("/framework/translations/students-teachers-dutch",
                   test_students_teachers_dutch_complete);

  return g_test_run ();
}
