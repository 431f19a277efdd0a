/* test-date-parse.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "model/seeds-date-parse.h"

typedef struct
{
  const char *typed;
  const char *today;
  const char *expected;   /* NULL: not understood */
} Case;

static void
check_cases (const Case *cases,
             gsize       n_cases)
{
  for (gsize i = 0; i < n_cases; i++)
    {
      g_autofree char *date = seeds_date_parse (cases[i].typed, cases[i].today);
      g_autofree char *shown = g_strescape (cases[i].typed, NULL);

      g_test_message ("%s (today %s)", shown, cases[i].today);
      g_assert_cmpstr (date, ==, cases[i].expected);
    }
}

/* The forms of the issue, and what Dutch and English write besides */
static void
test_numbers (void)
{
  static const Case cases[] = {
    { "15-1-2027", "2026-12-06", "2027-01-15" },
    { "15/01/2027", "2026-12-06", "2027-01-15" },
    { "15.1.27", "2026-12-06", "2027-01-15" },
    { " 2027-01-15 ", "2026-12-06", "2027-01-15" },
    { "1/15/2027", "2026-12-06", "2027-01-15" },   /* only makes sense month first */
    { "3-4-2027", "2026-12-06", "2027-04-03" },   /* day first when both could be */
    { "29-2-2028", "2026-12-06", "2028-02-29" },
    { "15-1", "2026-12-06", "2027-01-15" },       /* nearest: next January */
    { "15-1", "2027-03-01", "2027-01-15" },       /* nearest: this January */
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_month_names (void)
{
  static const Case cases[] = {
    { "15 jan", "2026-12-06", "2027-01-15" },
    { "15 januari 2027", "2026-12-06", "2027-01-15" },
    { "15 January 2027", "2026-12-06", "2027-01-15" },
    { "January 15, 2027", "2026-12-06", "2027-01-15" },
    { "15 JAN. 2027", "2026-12-06", "2027-01-15" },
    { "1 mrt 2027", "2026-12-06", "2027-03-01" },
    { "1 maart", "2026-12-06", "2027-03-01" },
    { "31 mei 2027", "2026-12-06", "2027-05-31" },
    { "31 May 2027", "2026-12-06", "2027-05-31" },
    { "3 okt 2027", "2026-12-06", "2027-10-03" },
    { "3 Oct 2027", "2026-12-06", "2027-10-03" },
    { "7 sept 2027", "2026-12-06", "2027-09-07" },
    { "1 augustus 2026", "2026-12-06", "2026-08-01" },
    { "20 dec", "2026-12-06", "2026-12-20" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_words (void)
{
  static const Case cases[] = {
    { "vandaag", "2026-12-31", "2026-12-31" },
    { "Today", "2026-12-31", "2026-12-31" },
    { "morgen", "2026-12-31", "2027-01-01" },
    { "tomorrow", "2026-12-31", "2027-01-01" },
    { "gisteren", "2027-01-01", "2026-12-31" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* A typo is never read as some other date */
static void
test_refused (void)
{
  static const Case cases[] = {
    { "", "2026-12-06", NULL },
    { "   ", "2026-12-06", NULL },
    { "31-2-2027", "2026-12-06", NULL },
    { "30 februari", "2026-12-06", NULL },
    { "15 ja 2027", "2026-12-06", NULL },          /* two letters name no month */
    { "15 janx 2027", "2026-12-06", NULL },
    { "15 jan feb", "2026-12-06", NULL },
    { "13-13-2027", "2026-12-06", NULL },
    { "15-1-2027-3", "2026-12-06", NULL },
    { "150-1-2027", "2026-12-06", NULL },
    { "15-1-20270", "2026-12-06", NULL },
    { "1-1-1899", "2026-12-06", NULL },
    { "2027", "2026-12-06", NULL },
    { "15\xe2\x80\x8b-1-2027", "2026-12-06", NULL }, /* zero-width space */
    { "15 jan\xff", "2026-12-06", NULL },
    { "99999999999999999999", "2026-12-06", NULL },
    { "next week", "2026-12-06", NULL },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/date-parse/numbers", test_numbers);
  g_test_add_func ("/date-parse/month-names", test_month_names);
  g_test_add_func ("/date-parse/words", test_words);
  g_test_add_func ("/date-parse/refused", test_refused);

  return g_test_run ();
}
