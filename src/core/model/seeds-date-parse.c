/* seeds-date-parse.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "model/seeds-date-parse.h"
#include "model/seeds-text.h"

/* A date as people type it in a meeting, in Dutch or English: "15-1-2027",
 * "15/1/27", "2027-01-15", "15 jan", "15 januari 2027", "January 15, 2027",
 * "vandaag", "tomorrow". Numbers come day first, as both languages write
 * them here; a date that only makes sense month first ("1/15/2027") is read
 * that way. Without a year, the date nearest to today is meant: "15 jan"
 * typed in December is next January, typed in March it is this January. */

#define MAX_TOKENS 4

typedef struct
{
  guint numbers[MAX_TOKENS];
  guint digits[MAX_TOKENS];     /* how many digits each number had */
  guint n_numbers;
  guint month;                  /* from a month's name; 0 if none */
} Tokens;

/* Full names and the abbreviations in use, in both languages. Any start of
 * a full name of at least three letters is taken as well ("janu", "sept"). */
static const struct
{
  const char *name;
  guint       month;
} month_names[] = {
  { "januari", 1 }, { "january", 1 },
  { "februari", 2 }, { "february", 2 },
  { "maart", 3 }, { "march", 3 }, { "mrt", 3 },
  { "april", 4 },
  { "mei", 5 }, { "may", 5 },
  { "juni", 6 }, { "june", 6 },
  { "juli", 7 }, { "july", 7 },
  { "augustus", 8 }, { "august", 8 },
  { "september", 9 },
  { "oktober", 10 }, { "october", 10 },
  { "november", 11 },
  { "december", 12 },
};

static guint
month_from_word (const char *word)
{
  gsize length = strlen (word);

  if (length < 3)
    return 0;

  for (guint i = 0; i < G_N_ELEMENTS (month_names); i++)
    {
      const char *name = month_names[i].name;

      if (length <= strlen (name) && g_ascii_strncasecmp (name, word, length) == 0)
        return month_names[i].month;
    }

  return 0;
}

/* Splits @text into numbers and at most one month's name; FALSE for
 * anything else, so that a typo is never read as some other date. */
static gboolean
tokenize (const char *text,
          Tokens     *tokens)
{
  const char *p = text;

  memset (tokens, 0, sizeof *tokens);

  while (*p != '\0')
    {
      const char *start = p;

      if (strchr (" -/.,", *p) != NULL)
        {
          p++;
          continue;
        }

      if (g_ascii_isdigit (*p))
        {
          guint value = 0;

          while (g_ascii_isdigit (*p) && p - start < 4)
            value = value * 10 + (guint) (*p++ - '0');
          if (g_ascii_isdigit (*p) || tokens->n_numbers == MAX_TOKENS)
            return FALSE;
          tokens->digits[tokens->n_numbers] = (guint) (p - start);
          tokens->numbers[tokens->n_numbers++] = value;
        }
      else if (g_ascii_isalpha (*p))
        {
          char word[16];

          while (g_ascii_isalpha (*p))
            p++;
          if (tokens->month != 0 || (gsize) (p - start) >= sizeof word)
            return FALSE;
          memcpy (word, start, (gsize) (p - start));
          word[p - start] = '\0';
          if ((tokens->month = month_from_word (word)) == 0)
            return FALSE;
        }
      else
        return FALSE;
    }

  return TRUE;
}

static gboolean
make_date (guint      year,
           guint      month,
           guint      day,
           GDate     *date)
{
  if (year < 1900 || year > 9999 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;

  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

/* Of this year's, last year's and next year's day @day of @month, the one
 * nearest to @today. */
static gboolean
nearest_date (guint        month,
              guint        day,
              const GDate *today,
              GDate       *date)
{
  guint year = g_date_get_year (today);
  gboolean found = FALSE;
  int best = G_MAXINT;

  for (guint y = year - 1; y <= year + 1; y++)
    {
      GDate candidate;

      g_date_clear (&candidate, 1);
      if (make_date (y, month, day, &candidate) &&
          ABS (g_date_days_between (today, &candidate)) < best)
        {
          best = ABS (g_date_days_between (today, &candidate));
          *date = candidate;
          found = TRUE;
        }
    }

  return found;
}

static guint
full_year (guint year,
           guint digits)
{
  return digits <= 2 ? 2000 + year : year;
}

static gboolean
date_from_tokens (const Tokens *t,
                  const GDate  *today,
                  GDate        *date)
{
  if (t->month != 0)
    {
      /* "15 jan", "15 januari 2027", "January 15, 2027" */
      if (t->n_numbers == 1)
        return nearest_date (t->month, t->numbers[0], today, date);
      if (t->n_numbers == 2 && t->digits[0] <= 2)
        return make_date (full_year (t->numbers[1], t->digits[1]), t->month, t->numbers[0], date);
      return FALSE;
    }

  if (t->n_numbers == 3 && t->digits[0] == 4)
    return make_date (t->numbers[0], t->numbers[1], t->numbers[2], date);

  if ((t->n_numbers == 2 || t->n_numbers == 3) && t->digits[0] <= 2 && t->digits[1] <= 2)
    {
      guint day = t->numbers[0], month = t->numbers[1];

      if (month > 12 && day <= 12)
        {
          day = t->numbers[1];
          month = t->numbers[0];
        }
      if (t->n_numbers == 2)
        return nearest_date (month, day, today, date);
      return make_date (full_year (t->numbers[2], t->digits[2]), month, day, date);
    }

  return FALSE;
}

/* Words for today and the days around it, both languages */
static gboolean
relative_date (const char  *text,
               const GDate *today,
               GDate       *date)
{
  static const struct { const char *word; int days; } words[] = {
    { "today", 0 }, { "vandaag", 0 },
    { "tomorrow", 1 }, { "morgen", 1 },
    { "yesterday", -1 }, { "gisteren", -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      if (g_ascii_strcasecmp (text, words[i].word) == 0)
        {
          *date = *today;
          if (words[i].days > 0)
            g_date_add_days (date, (guint) words[i].days);
          else if (words[i].days < 0)
            g_date_subtract_days (date, (guint) -words[i].days);
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * seeds_date_parse:
 * @text: what was typed
 * @today: today's date as "YYYY-MM-DD", to complete a date without a year
 *
 * Reads a date as people type it, in Dutch or English (see above).
 *
 * Returns: (transfer full) (nullable): the date as "YYYY-MM-DD", or %NULL
 *   when @text is not understood as one date
 */
char *
seeds_date_parse (const char *text,
                  const char *today)
{
  g_autofree char *stripped = NULL;
  Tokens tokens;
  GDate today_date, date;
  char buffer[11];

  g_return_val_if_fail (seeds_date_is_valid (today), NULL);

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return NULL;

  stripped = g_strstrip (g_strdup (text));
  g_date_clear (&today_date, 1);
  g_date_clear (&date, 1);
  g_date_set_dmy (&today_date,
                  (GDateDay) g_ascii_strtoull (today + 8, NULL, 10),
                  (GDateMonth) g_ascii_strtoull (today + 5, NULL, 10),
                  (GDateYear) g_ascii_strtoull (today, NULL, 10));

  if (!relative_date (stripped, &today_date, &date) &&
      !(tokenize (stripped, &tokens) && date_from_tokens (&tokens, &today_date, &date)))
    return NULL;

  g_snprintf (buffer, sizeof buffer, "%04u-%02u-%02u",
              (guint) g_date_get_year (&date), (guint) g_date_get_month (&date),
              (guint) g_date_get_day (&date));
  return seeds_date_is_valid (buffer) ? g_strdup (buffer) : NULL;
}
