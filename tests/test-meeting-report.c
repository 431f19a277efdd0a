/* test-meeting-report.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <cairo.h>
#include <glib/gi18n-lib.h>

#include "model/seeds-framework.h"
#include "model/seeds-language.h"
#include "print/seeds-meeting-report.h"
#include "print/seeds-meeting-snapshot.h"
#include "store/seeds-store.h"
#include "seeds-test-tools.h"
#include "seeds-test-util.h"

#define MARKUP    "<b>&amp;</b>"
#define COMMUNITY "Glas " MARKUP " Groen 🌱"
#define MEETING   "Autumn check-in <i>"
#define LONG_STEP "Visit each partner’s own organisation before the spring meeting and tell " \
                  "the story of the learning community there: what we work on, what has come " \
                  "out of it so far and what each organisation can do with it. Bring back the " \
                  "questions people ask, so that we can answer them together; ask the " \
                  "greenhouse growers in particular what would convince them to try the new " \
                  "crop protection approach on a trial plot next season."
#define SHORT_STEP "Plan a site visit <b>&amp;</b> a lunch"
#define OLD_OPEN_STEP "Ask the province about long-term funding & co"
#define OLD_DONE_STEP "Write the first newsletter"
#define LATER_STEP "A step from a later meeting"
#define FAILURE_TRIED "An open day <b>& a market"
#define FAILURE_HAPPENED "Only two growers came"
#define FAILURE_LEARNED "Ask growers <i>first</i>"

typedef struct
{
  char         *dir;
  SeedsStore   *store;
  SeedsMeeting *meeting;
} Fixture;

/* Five people; the scores make some factors strengths, some worth
 * discussing, some needing attention, one seen differently, with a few
 * "don't know"s and a factor nobody could score. */
static void
add_scores (Fixture *fixture)
{
  static const int scores[5][12] = {
    { 5, 4, 2,  1, 4, 5, 3, 4, -1,  2, 5, -1 },
    { 4, 4, 3,  2, 4, 5, 2, 4,  3,  1, 4, -1 },
    { 5, 3, 2,  5, 3, 4, 3, 5,  4,  2, 4, -1 },
    { 4, 5, 3,  1, 4, 4, 2, 4, -1,  3, 5, -1 },
    { 5, 4, 2,  5, 5, 5, 3, 4,  3,  2, 4, -1 },
  };
  const char *names[5] = { "Anna", "Bram <b>", "Chen", "Dirk & Daan", "Eva" };

  for (guint p = 0; p < G_N_ELEMENTS (names); p++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SeedsParticipant) participant = NULL;

      participant = seeds_store_add_participant (fixture->store,
                                                 seeds_meeting_get_id (fixture->meeting),
                                                 names[p], "", SEEDS_PARTNER_COMPANY, &error);
      g_assert_no_error (error);

      for (guint f = 0; f < 12; f++)
        {
          g_autofree char *factor_id = g_strdup_printf ("%u", f + 1);

          seeds_store_set_score (fixture->store, seeds_meeting_get_id (fixture->meeting),
                                 seeds_participant_get_id (participant), factor_id, scores[p][f],
                                 &error);
          g_assert_no_error (error);
        }
    }
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsCommunity) community = NULL;
  g_autoptr(SeedsMeeting) earlier = NULL;
  g_autoptr(SeedsMeeting) later = NULL;
  g_autoptr(SeedsNextStep) open_step = NULL;
  g_autoptr(SeedsNextStep) done_step = NULL;
  g_autoptr(SeedsNextStep) step = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("seeds-report-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "seeds.db", NULL);
  fixture->store = seeds_store_open (path, &error);
  g_assert_no_error (error);

  community = seeds_store_add_community (fixture->store, COMMUNITY, &error);
  g_assert_no_error (error);

  earlier = seeds_test_add_meeting (fixture->store, community, SEEDS_MEETING_SCORES,
                                    "2026-03-12", "Kick-off");
  open_step = seeds_test_add_step (fixture->store, earlier, "9", OLD_OPEN_STEP, "Fatima <i>", "2026-12-15");
  done_step = seeds_test_add_step (fixture->store, earlier, "7", OLD_DONE_STEP, "Gert", NULL);
  seeds_store_update_next_step (fixture->store, done_step, OLD_DONE_STEP, "Gert", NULL,
                                SEEDS_NEXT_STEP_DONE, &error);
  g_assert_no_error (error);

  fixture->meeting = seeds_test_add_meeting (fixture->store, community, SEEDS_MEETING_SCORES,
                                             "2026-11-28", MEETING);
  add_scores (fixture);
  g_clear_object (&step);
  step = seeds_test_add_step (fixture->store, fixture->meeting, "3", SHORT_STEP, "Anna & Bram", "2027-01-15");
  g_clear_object (&step);
  step = seeds_test_add_step (fixture->store, fixture->meeting, "11", LONG_STEP, "Dirk " MARKUP " Daan",
                   "2027-03-01");

  later = seeds_test_add_meeting (fixture->store, community, SEEDS_MEETING_SCORES, "2027-02-01", "Winter");
  g_clear_object (&step);
  step = seeds_test_add_step (fixture->store, later, "1", LATER_STEP, "Eva", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->meeting);
  g_assert_finalize_object (fixture->store);

  if (g_getenv ("SEEDS_TEST_KEEP_OUTPUT") != NULL)
    g_test_message ("Kept the report's files in %s", fixture->dir);
  else
    seeds_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static void
assert_has (const char *squeezed_text,
            const char *expected,
            const char *language)
{
  g_autofree char *document = g_strdup_printf ("The %s report", language);

  seeds_test_assert_has (squeezed_text, expected, document);
}

static void
assert_not_has (const char *squeezed_text,
                const char *unexpected,
                const char *language)
{
  g_autofree char *squeezed = seeds_test_squeeze (unexpected);

  if (strstr (squeezed_text, squeezed) != NULL)
    g_error ("The %s report should not have “%s”", language, unexpected);
}

static guint
count_pages (const char *text)
{
  guint pages = 0;

  /* pdftotext ends every page with a form feed. */
  for (const char *p = text; *p; p++)
    if (*p == '\f')
      pages++;

  return pages;
}

/* Writes the report as a PDF and gives its text. */
static char *
write_report (Fixture      *fixture,
              SeedsMeeting *meeting,
              const char   *language,
              guint        *n_pages)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsMeetingReport) report = NULL;
  g_autofree char *pdftotext = seeds_test_find_tool ("pdftotext");
  g_autofree char *name = g_strdup_printf ("report-%s.pdf", language);
  g_autofree char *pdf = g_build_filename (fixture->dir, name, NULL);
  g_autofree char *text = NULL;

  report = seeds_meeting_report_new (fixture->store, meeting, language, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_meeting_report_get_language (report), ==, language);
  g_assert_true (seeds_meeting_report_write_pdf (report, pdf, &error));
  g_assert_no_error (error);

  {
    const char *argv[] = { pdftotext, "-raw", "-enc", "UTF-8", pdf, "-", NULL };

    text = seeds_test_run (argv);
  }

  *n_pages = count_pages (text);
  g_assert_cmpuint (*n_pages, ==, seeds_meeting_report_get_n_pages (report));

  {
    g_autofree char *pdftoppm = seeds_test_find_tool ("pdftoppm");
    g_autofree char *prefix = g_build_filename (fixture->dir, language, NULL);
    const char *argv[] = { pdftoppm, "-r", "60", "-png", pdf, prefix, NULL };
    g_autofree char *first = g_strconcat (prefix, "-1.png", NULL);

    g_free (seeds_test_run (argv));
    g_assert_true (g_file_test (first, G_FILE_TEST_IS_REGULAR));
  }

  return g_steal_pointer (&text);
}

static void
check_report (const char *text,
              const char *language)
{
  g_autoptr(SeedsFramework) framework = seeds_framework_new_default (language);
  g_autofree char *squeezed = seeds_test_squeeze (text);

  for (guint i = 0; i < seeds_framework_get_n_factors (framework); i++)
    {
      SeedsFactor *factor = seeds_framework_get_factor (framework, i);

      assert_has (squeezed, seeds_factor_get_title (factor), language);
    }

  /* What people typed, as they typed it. */
  assert_has (squeezed, "Glas " MARKUP " Groen", language);
  assert_has (squeezed, MEETING, language);
  assert_has (squeezed, SHORT_STEP, language);
  assert_has (squeezed, "Anna & Bram", language);
  assert_has (squeezed, LONG_STEP, language);
  assert_has (squeezed, "Dirk " MARKUP " Daan", language);
  /* still open from an earlier meeting */
  assert_has (squeezed, OLD_OPEN_STEP, language);
  assert_has (squeezed, "Fatima <i>", language);
  /* done earlier, or agreed later: not this meeting's business */
  assert_not_has (squeezed, OLD_DONE_STEP, language);
  assert_not_has (squeezed, LATER_STEP, language);
  /* never a participant's name */
  assert_not_has (squeezed, "Chen", language);
  assert_not_has (squeezed, "Bram <b>", language);
  assert_has (squeezed, seeds_framework_get_source (framework), language);
}

/* What the report must say in a language, and what it must not. */
typedef struct
{
  const char *language;
  const char *expected[16];
  const char *unexpected[4];
} Expected;

static const Expected english = {
  "en",
  {
    "5 people scored", "28 November 2026", "Needs Attention", "Overview", "Next Steps",
    "We see this differently", "Worth discussing", "Strength", "15 January 2027",
    "agreed 12 March 2026",
    "2.6",  /* factor 7: 3, 2, 3, 2, 3 */
    "Page 1 of",
  },
  { NULL },
};

/* The framework's texts, the report's headings, dates and numbers in
 * Dutch, from a session in English. */
static const Expected dutch = {
  "nl",
  {
    "Aandacht nodig", "Overzicht", "Vervolgstappen", "We zien dit verschillend",
    "Bespreken waard", "Sterk punt", "Mens", "Opbrengsten", "Uiterste datum", "28 november 2026",
    "afgesproken op 12 maart 2026", "2,6",
  },
  { "Next Steps", "Worth discussing" },
};

static void
test_language (Fixture       *fixture,
               gconstpointer  data)
{
  const Expected *expected = data;
  guint n_pages;
  g_autofree char *text = write_report (fixture, fixture->meeting, expected->language, &n_pages);
  g_autofree char *squeezed = seeds_test_squeeze (text);

  g_assert_cmpuint (n_pages, >=, 1);
  g_assert_cmpuint (n_pages, <=, 2);
  check_report (text, expected->language);

  for (guint i = 0; i < G_N_ELEMENTS (expected->expected) && expected->expected[i]; i++)
    assert_has (squeezed, expected->expected[i], expected->language);
  for (guint i = 0; i < G_N_ELEMENTS (expected->unexpected) && expected->unexpected[i]; i++)
    assert_not_has (squeezed, expected->unexpected[i], expected->language);

  /* no brilliant failure recorded: no section for them */
  assert_not_has (squeezed, "Brilliant Failures", expected->language);
  assert_not_has (squeezed, "What we learned", expected->language);

  /* and the session's own language is back */
  g_assert_cmpstr (_("Overview"), ==, "Overview");
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "en");
}

static void
check_language (const char     *text,
                const Expected *expected)
{
  g_autofree char *squeezed = seeds_test_squeeze (text);

  check_report (text, expected->language);
  for (guint i = 0; i < G_N_ELEMENTS (expected->expected) && expected->expected[i]; i++)
    assert_has (squeezed, expected->expected[i], expected->language);
  for (guint i = 0; i < G_N_ELEMENTS (expected->unexpected) && expected->unexpected[i]; i++)
    assert_not_has (squeezed, expected->unexpected[i], expected->language);
}

/* English from a Dutch session: the session's language is no part of it. */
static void
test_english_from_dutch (Fixture       *fixture,
                         gconstpointer  data)
{
  guint n_pages;
  g_autofree char *text = NULL;

  /* A process that starts in Dutch. */
  if (!g_test_subprocess ())
    {
      g_setenv ("LANGUAGE", "nl", TRUE);
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_setenv ("LANGUAGE", "en", TRUE);
      g_test_trap_assert_passed ();
      return;
    }

  g_assert_cmpstr (_("Overview"), ==, "Overzicht");

  text = write_report (fixture, fixture->meeting, "en", &n_pages);
  check_language (text, &english);
  assert_not_has (text, "Vervolgstappen", "en");
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "nl");
}

/* Gathered, then the store closed: the report needs no store. */
static void
test_snapshot (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsStore) store = seeds_store_open (seeds_store_get_path (fixture->store), &error);
  g_autoptr(SeedsMeetingSnapshot) snapshot = NULL;
  g_autoptr(SeedsMeetingReport) report = NULL;
  g_autofree char *pdf = g_build_filename (fixture->dir, "snapshot.pdf", NULL);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  snapshot = seeds_meeting_snapshot_gather (store, seeds_meeting_get_id (fixture->meeting),
                                            &error);
  g_assert_no_error (error);
  g_assert_finalize_object (g_steal_pointer (&store));

  g_assert_cmpstr (seeds_community_get_name (seeds_meeting_snapshot_get_community (snapshot)), ==,
                   COMMUNITY);
  g_assert_false (seeds_meeting_snapshot_has_tallies (snapshot));
  g_assert_cmpuint (seeds_meeting_snapshot_get_results (snapshot)->len, ==, 5 * 12);
  g_assert_cmpuint (seeds_meeting_snapshot_get_next_steps (snapshot)->len, ==, 5);
  g_assert_cmpuint (seeds_meeting_snapshot_get_failures (snapshot)->len, ==, 0);

  report = seeds_meeting_report_new_from_snapshot (snapshot, "nl", &error);
  g_assert_no_error (error);
  g_assert_true (seeds_meeting_report_write_pdf (report, pdf, &error));
  g_assert_no_error (error);
  text = seeds_test_pdf_text (pdf);
  seeds_test_assert_has (text, "Vervolgstappen", pdf);
  seeds_test_assert_has (text, LONG_STEP, pdf);

  /* a meeting that is not there */
  store = seeds_store_open (seeds_store_get_path (fixture->store), &error);
  g_assert_no_error (error);
  g_clear_object (&snapshot);
  snapshot = seeds_meeting_snapshot_gather (store, "no-such-meeting", &error);
  g_assert_null (snapshot);
  g_assert_nonnull (error);
}

typedef struct
{
  const char *path;        /* of the database */
  const char *meeting_id;
  const char *language;
  char       *pdf;
} Render;

/* What a worker does: its own connection, the snapshot, the report. */
static gpointer
render (gpointer data)
{
  Render *job = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsStore) store = seeds_store_open (job->path, &error);
  g_autoptr(SeedsMeetingSnapshot) snapshot = NULL;
  g_autoptr(SeedsMeetingReport) report = NULL;

  g_assert_no_error (error);
  snapshot = seeds_meeting_snapshot_gather (store, job->meeting_id, &error);
  g_assert_no_error (error);
  report = seeds_meeting_report_new_from_snapshot (snapshot, job->language, &error);
  g_assert_no_error (error);
  g_assert_true (seeds_meeting_report_write_pdf (report, job->pdf, &error));
  g_assert_no_error (error);

  return NULL;
}

/* Dutch and English at once, each on a worker thread of its own, while
 * this thread keeps the session's English: the environment and the
 * session's translations never change. */
static void
test_threads (Fixture       *fixture,
              gconstpointer  data)
{
  const Expected *languages[] = { &dutch, &english };
  Render jobs[G_N_ELEMENTS (languages)];
  GThread *threads[G_N_ELEMENTS (languages)];
  guint n_finished = 0;

  for (guint i = 0; i < G_N_ELEMENTS (jobs); i++)
    {
      g_autofree char *name = g_strdup_printf ("thread-%s.pdf", languages[i]->language);

      jobs[i] = (Render) { seeds_store_get_path (fixture->store),
                           seeds_meeting_get_id (fixture->meeting), languages[i]->language,
                           g_build_filename (fixture->dir, name, NULL) };
      threads[i] = g_thread_new (languages[i]->language, render, &jobs[i]);
    }

  /* Look while they work. */
  while (n_finished < G_N_ELEMENTS (jobs))
    {
      g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "en");
      g_assert_cmpstr (_("Next Steps"), ==, "Next Steps");
      n_finished = 0;
      for (guint i = 0; i < G_N_ELEMENTS (jobs); i++)
        n_finished += g_file_test (jobs[i].pdf, G_FILE_TEST_EXISTS);
      g_usleep (1000);
    }

  for (guint i = 0; i < G_N_ELEMENTS (jobs); i++)
    {
      g_autofree char *pdftotext = seeds_test_find_tool ("pdftotext");
      const char *argv[] = { pdftotext, "-raw", "-enc", "UTF-8", jobs[i].pdf, "-", NULL };
      g_autofree char *text = NULL;

      g_thread_join (threads[i]);
      text = seeds_test_run (argv);
      check_language (text, languages[i]);
      g_free (jobs[i].pdf);
    }
}

/* A country's language: gettext and the framework fall back to Dutch. */
static void
test_belgian_dutch (Fixture       *fixture,
                    gconstpointer  data)
{
  guint n_pages;
  g_autofree char *text = write_report (fixture, fixture->meeting, "nl_BE", &n_pages);
  g_autofree char *squeezed = seeds_test_squeeze (text);

  check_report (text, "nl");
  assert_has (squeezed, "Vervolgstappen", "nl_BE");
}

/* Draws every page into a recording surface: nothing may be drawn outside
 * the printable area. */
static void
assert_inside (SeedsMeetingReport *report,
               double              width,
               double              height)
{
  cairo_surface_t *measure = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (measure);
  guint n_pages = seeds_meeting_report_paginate (report, cr, width, height);

  cairo_destroy (cr);
  cairo_surface_destroy (measure);

  for (guint page = 0; page < n_pages; page++)
    {
      cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
      double x, y, w, h;

      cr = cairo_create (surface);
      seeds_meeting_report_draw_page (report, cr, page);
      cairo_destroy (cr);
      cairo_recording_surface_ink_extents (surface, &x, &y, &w, &h);
      cairo_surface_destroy (surface);

      /* the extents are rounded out to whole points */
      g_assert_cmpfloat (x, >=, -1);
      g_assert_cmpfloat (y, >=, -1);
      g_assert_cmpfloat (x + w, <=, width + 1);
      g_assert_cmpfloat (y + h, <=, height + 1);
    }
}

/* A narrow page (a printer's A5) lays out too, within its bounds. */
static void
test_page_sizes (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsMeetingReport) report = NULL;

  report = seeds_meeting_report_new (fixture->store, fixture->meeting, "nl", &error);
  g_assert_no_error (error);

  assert_inside (report, 523, 770);   /* A4 less a printer's margins */
  g_assert_cmpuint (seeds_meeting_report_get_n_pages (report), <=, 2);
  assert_inside (report, 540, 720);   /* US Letter */
  assert_inside (report, 380, 540);   /* A5 */
  g_assert_cmpuint (seeds_meeting_report_get_n_pages (report), >=, 3);
}

/* A meeting nobody scored, without next steps: one page that says so. */
static void
test_empty_meeting (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsCommunity) community = NULL;
  g_autoptr(SeedsMeeting) meeting = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  guint n_pages;

  community = seeds_store_add_community (fixture->store, "Empty", &error);
  g_assert_no_error (error);
  meeting = seeds_test_add_meeting (fixture->store, community, SEEDS_MEETING_SCORES, "2026-05-01", "First");

  text = write_report (fixture, meeting, "en", &n_pages);
  squeezed = seeds_test_squeeze (text);
  g_assert_cmpuint (n_pages, ==, 1);
  assert_has (squeezed, "Nobody has scored the factors yet.", "en");
  assert_has (squeezed, "No next steps have been agreed yet.", "en");
  assert_has (squeezed, "Securing long-term (financial) support", "en");
}

/* A meeting held with the poster: its stickers are the scores. */
static void
test_poster_meeting (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsCommunity) community = NULL;
  g_autoptr(SeedsMeeting) meeting = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  const guint seven[] = { 1, 0, 2, 3, 0, 0 };  /* "don't know", 1 … 5 */
  guint n_pages;

  community = seeds_store_add_community (fixture->store, "Poster", &error);
  g_assert_no_error (error);
  meeting = seeds_test_add_meeting (fixture->store, community, SEEDS_MEETING_POSTER,
                                    "2026-05-01", "Open day");
  g_assert_true (seeds_store_set_tallies (fixture->store, seeds_meeting_get_id (meeting), "7",
                                          seven, &error));
  g_assert_no_error (error);

  text = write_report (fixture, meeting, "en", &n_pages);
  squeezed = seeds_test_squeeze (text);
  assert_has (squeezed, "6 people scored", "en");
  assert_has (squeezed, "2.6", "en");  /* 2, 2, 3, 3, 3 */
  assert_not_has (squeezed, "Nobody has scored the factors yet.", "en");
}

#define N_EXTRA_STEPS 24

/* The text of one page of the PDF that write_report() wrote. */
static char *
page_text (Fixture    *fixture,
           const char *language,
           guint       page)
{
  g_autofree char *pdftotext = seeds_test_find_tool ("pdftotext");
  g_autofree char *name = g_strdup_printf ("report-%s.pdf", language);
  g_autofree char *pdf = g_build_filename (fixture->dir, name, NULL);
  g_autofree char *number = g_strdup_printf ("%u", page);
  const char *argv[] = { pdftotext, "-raw", "-enc", "UTF-8", "-f", number, "-l", number, pdf, "-",
                         NULL };

  return seeds_test_run (argv);
}

/* Very many next steps take a third page, never more text on a page than
 * fits, and every one of them is there. The page they go on on starts with
 * the column headings and the factor again. */
static void
test_many_steps (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  guint n_pages;

  for (guint i = 0; i < N_EXTRA_STEPS; i++)
    {
      g_autofree char *step_text = g_strdup_printf ("Extra step number %u, agreed to see how the "
                                                    "report runs over onto another page", i);

      g_object_unref (seeds_test_add_step (fixture->store, fixture->meeting, "1", step_text,
                                           "Someone", "2027-01-01"));
    }

  text = write_report (fixture, fixture->meeting, "en", &n_pages);
  squeezed = seeds_test_squeeze (text);
  g_assert_cmpuint (n_pages, ==, 3);
  check_report (text, "en");
  for (guint i = 0; i < N_EXTRA_STEPS; i++)
    {
      g_autofree char *step_text = g_strdup_printf ("Extra step number %u,", i);

      assert_has (squeezed, step_text, "en");
    }
  assert_has (squeezed, "Page 3 of 3", "en");

  {
    g_autofree char *last = page_text (fixture, "en", 3);
    g_autofree char *squeezed_last = seeds_test_squeeze (last);
    g_autofree char *start = seeds_test_squeeze ("Next step Who Due Date Status "
                                                 "1 Driven and personally committed Extra step "
                                                 "number");

    g_assert_true (g_str_has_prefix (squeezed_last, start));
  }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(SeedsMeetingReport) report =
      seeds_meeting_report_new (fixture->store, fixture->meeting, "en", &error);

    g_assert_no_error (error);
    assert_inside (report, 511.276, 757.89);
  }
}

/* A brilliant failure of the community, recorded at noon UTC of @day */
static void
add_failure (Fixture    *fixture,
             const char *day,
             const char *tried,
             const char *factor_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsFailure) failure = NULL;
  g_autofree char *sql = NULL;

  failure = seeds_store_add_failure (fixture->store, seeds_meeting_get_community_id (fixture->meeting),
                                     tried, FAILURE_HAPPENED, FAILURE_LEARNED, factor_id, &error);
  g_assert_no_error (error);
  sql = g_strdup_printf ("UPDATE failures SET created_at = CAST (strftime ('%%s', '%s 12:00') AS INTEGER) "
                         "WHERE id = '%s'", day, seeds_failure_get_id (failure));
  seeds_test_exec (seeds_store_get_path (fixture->store), sql);
}

/* The text of the report from its section of brilliant failures on */
static char *
failures_section (const char *squeezed_text)
{
  const char *section = strstr (squeezed_text, "BrilliantFailures");

  g_assert_nonnull (section);
  return g_strdup (section);
}

/* The report tells the brilliant failures recorded since the meeting
 * before, up to its day, by the factor they touch, as they were typed;
 * those of the meetings before and after it are theirs. */
static void
test_failures (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  g_autofree char *section = NULL;
  g_autofree char *later_text = NULL;
  g_autofree char *later_squeezed = NULL;
  g_autofree char *expected = NULL;
  guint n_pages;

  add_failure (fixture, "2026-03-01", "Tried before the kick-off", "3");
  add_failure (fixture, "2026-03-12", "Tried on the day of the kick-off", NULL);
  add_failure (fixture, "2026-06-01", FAILURE_TRIED, "3");
  add_failure (fixture, "2026-11-28", "Tried on the day itself", NULL);
  add_failure (fixture, "2026-12-01", "Tried after the meeting", "5");

  text = write_report (fixture, fixture->meeting, "en", &n_pages);
  squeezed = seeds_test_squeeze (text);
  check_report (text, "en");
  section = failures_section (squeezed);
  assert_has (section, "What we tried What happened What we learned", "en");
  /* under the factor it touches, as typed */
  expected = g_strconcat ("3 Continuous attention to community building ", FAILURE_TRIED, " ",
                          FAILURE_HAPPENED, " ", FAILURE_LEARNED, NULL);
  assert_has (section, expected, "en");
  assert_has (section, "Not about one factor Tried on the day itself", "en");
  assert_not_has (squeezed, "Tried before the kick-off", "en");
  assert_not_has (squeezed, "Tried on the day of the kick-off", "en");
  assert_not_has (squeezed, "Tried after the meeting", "en");
  g_assert_cmpuint (n_pages, <=, 2);

  /* The meeting after it tells the one recorded since */
  meetings = seeds_store_list_meetings (fixture->store, seeds_meeting_get_community_id (fixture->meeting),
                                        &error);
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_meeting_get_title (g_ptr_array_index (meetings, 0)), ==, "Winter");
  later_text = write_report (fixture, g_ptr_array_index (meetings, 0), "en", &n_pages);
  later_squeezed = seeds_test_squeeze (later_text);
  assert_has (later_squeezed, "5 Building a shared vision of the future Tried after the meeting", "en");
  assert_not_has (later_squeezed, FAILURE_TRIED, "en");
}

/* A meeting scored with the wording for students and teachers is
 * reported in that wording, in either language */
static void
test_students_wording (Fixture       *fixture,
                       gconstpointer  data)
{
  static const char * const languages[] = { "en", "nl" };
  g_autoptr(SeedsMeeting) research = g_object_ref (fixture->meeting);
  g_autoptr(GError) error = NULL;
  guint n_pages;

  g_clear_object (&fixture->meeting);
  fixture->meeting = seeds_store_add_meeting_full (fixture->store, seeds_meeting_get_community_id (research),
                                                   SEEDS_FRAMEWORK_STUDENTS_TEACHERS_ID, 1,
                                                   SEEDS_MEETING_SCORES, "2027-03-01", "Project check",
                                                   NULL, &error);
  g_assert_no_error (error);
  add_scores (fixture);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autoptr(SeedsFramework) students = seeds_framework_new_builtin (SEEDS_FRAMEWORK_STUDENTS_TEACHERS_ID,
                                                                        languages[i]);
      g_autoptr(SeedsFramework) greenport = seeds_framework_new_default (languages[i]);
      g_autofree char *text = write_report (fixture, fixture->meeting, languages[i], &n_pages);
      g_autofree char *squeezed = seeds_test_squeeze (text);

      for (guint f = 0; f < 12; f += 11)
        {
          assert_has (squeezed, seeds_factor_get_title (seeds_framework_get_factor (students, f)),
                      languages[i]);
          assert_not_has (squeezed, seeds_factor_get_title (seeds_framework_get_factor (greenport, f)),
                          languages[i]);
        }
    }
}

/* A meeting scored with a framework the database does not have has no
 * report, and says why */
static void
test_unknown_framework (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(SeedsMeeting) meeting = NULL;
  g_autoptr(SeedsMeetingReport) report = NULL;
  g_autoptr(GError) error = NULL;

  meeting = seeds_store_add_meeting_full (fixture->store, seeds_meeting_get_community_id (fixture->meeting),
                                          "from-a-newer-app", 2, SEEDS_MEETING_SCORES, "2027-03-01",
                                          "Project check", NULL, &error);
  g_assert_no_error (error);
  report = seeds_meeting_report_new (fixture->store, meeting, "en", &error);
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_NOT_FOUND);
  g_assert_null (report);
}

static void
test_bad_language (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsMeetingReport) report = NULL;

  report = seeds_meeting_report_new (fixture->store, fixture->meeting, "dutch", &error);
  g_assert_error (error, SEEDS_LANGUAGE_ERROR, SEEDS_LANGUAGE_ERROR_INVALID);
  g_assert_null (report);
}

static void
test_unwritable (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsMeetingReport) report = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "missing", "report.pdf", NULL);

  report = seeds_meeting_report_new (fixture->store, fixture->meeting, "en", &error);
  g_assert_no_error (error);
  g_assert_false (seeds_meeting_report_write_pdf (report, path, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
}

int
main (int   argc,
      char *argv[])
{
  seeds_test_init_gettext ();

  g_test_init (&argc, &argv, NULL);

#define ADD(path, data, func) \
  g_test_add (path, Fixture, data, fixture_set_up, func, fixture_tear_down)

  ADD ("/meeting-report/english", &english, test_language);
  ADD ("/meeting-report/dutch", &dutch, test_language);
  ADD ("/meeting-report/english-from-dutch", NULL, test_english_from_dutch);
  ADD ("/meeting-report/belgian-dutch", NULL, test_belgian_dutch);
  ADD ("/meeting-report/snapshot", NULL, test_snapshot);
  ADD ("/meeting-report/threads", NULL, test_threads);
  ADD ("/meeting-report/page-sizes", NULL, test_page_sizes);
  ADD ("/meeting-report/empty-meeting", NULL, test_empty_meeting);
  ADD ("/meeting-report/poster-meeting", NULL, test_poster_meeting);
  ADD ("/meeting-report/many-steps", NULL, test_many_steps);
  ADD ("/meeting-report/failures", NULL, test_failures);
  ADD ("/meeting-report/bad-language", NULL, test_bad_language);
  ADD ("/meeting-report/students-wording", NULL, test_students_wording);
  ADD ("/meeting-report/unknown-framework", NULL, test_unknown_framework);
  ADD ("/meeting-report/unwritable", NULL, test_unwritable);

#undef ADD

  return g_test_run ();
}
