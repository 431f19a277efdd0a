/* make-sample-database.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "model/seeds-framework.h"
#include "store/seeds-store.h"

/* Makes a clearly fictional sample database, for screenshots, trying the
 * app and benchmarks: make-sample-database FILE [MEETINGS [PARTICIPANTS]].
 * Scores are drawn from a fixed seed, so every run makes the same data. */

static const char *first_names[] = {
  "Anouk", "Bram", "Chantal", "Daan", "Esra", "Floris", "Gijs", "Hanna", "Ilse", "Joost",
  "Karin", "Lars", "Mila", "Noah", "Olga", "Pieter", "Quinten", "Roos", "Sanne", "Thijs",
};

static const char *organisations[] = {
  "Kwekerij De Groene Kas", "Gemeente Westland", "Hogeschool Inholland", "Wageningen Research",
  "Tuinbouwcoöperatie", "Provincie Zuid-Holland", "MBO Westland", "De Haagse Hogeschool",
};

/* A triple helix with a researcher now and then, so that partner types
 * have enough people to show their perspective. */
static const SeedsPartnerType sample_types[] = {
  SEEDS_PARTNER_COMPANY, SEEDS_PARTNER_GOVERNMENT, SEEDS_PARTNER_EDUCATION,
  SEEDS_PARTNER_COMPANY, SEEDS_PARTNER_EDUCATION, SEEDS_PARTNER_COMPANY,
  SEEDS_PARTNER_GOVERNMENT, SEEDS_PARTNER_RESEARCH, SEEDS_PARTNER_EDUCATION,
};

/* Each factor leans to a typical mean, so that the sample shows every band. */
static const int leanings[] = { 4, 4, 3, 2, 3, 4, 3, 4, 2, 2, 3, 3 };

static int
draw_score (GRand *rand,
            int    lean)
{
  int value;

  if (g_rand_int_range (rand, 0, 14) == 0)
    return SEEDS_SCORE_DONT_KNOW;

  value = lean + g_rand_int_range (rand, -1, 2) + (g_rand_int_range (rand, 0, 6) == 0 ? -2 : 0);
  return CLAMP (value, SEEDS_SCORE_MIN, SEEDS_SCORE_MAX);
}

static void
check (gboolean    ok,
       GError     *error)
{
  if (!ok)
    {
      g_printerr ("%s\n", error->message);
      exit (1);
    }
}

/* The factor's typical score in meeting @m of @n: the group grows a little
 * over the meetings; factor 4 (competitive sensitivity) jumps once its next
 * step is done, and factor 9 (long-term support) only in the last meeting. */
static int
lean_in (guint f,
         guint m,
         guint n)
{
  int lean = leanings[f] + (int)(m * 2 / MAX (n, 1));

  if (f == 3 && m >= 3)
    lean++;
  if (f == 8)
    lean = leanings[f] + (m + 1 == n ? 1 : 0);

  return MIN (5, lean);
}

static SeedsNextStep *
add_step (SeedsStore   *store,
          SeedsMeeting *meeting,
          const char   *factor_id,
          const char   *text,
          const char   *owner)
{
  g_autoptr(GError) error = NULL;
  SeedsNextStep *step;

  step = seeds_store_add_next_step (store, seeds_meeting_get_id (meeting), factor_id, text, owner, NULL, &error);
  check (step != NULL, error);
  return step;
}

static void
review (SeedsStore         *store,
        SeedsNextStep      *step,
        SeedsMeeting       *meeting,
        SeedsReviewOutcome  outcome)
{
  g_autoptr(GError) error = NULL;

  if (step != NULL)
    check (seeds_store_review_next_step (store, step, seeds_meeting_get_id (meeting), outcome, &error), error);
}

/* The stickers of a poster meeting: as many per factor as people came. */
static void
add_stickers (SeedsStore     *store,
              SeedsFramework *framework,
              SeedsMeeting   *meeting,
              GRand          *rand,
              guint           m,
              guint           n_meetings,
              guint           n_people)
{
  g_autoptr(GError) error = NULL;

  for (guint f = 0; f < seeds_framework_get_n_factors (framework); f++)
    {
      guint counts[SEEDS_TALLY_N_VALUES] = { 0 };

      for (guint p = 0; p < n_people; p++)
        counts[seeds_tally_index_score (draw_score (rand, lean_in (f, m, n_meetings)))]++;

      check (seeds_store_set_tallies (store, seeds_meeting_get_id (meeting),
                                      seeds_factor_get_id (seeds_framework_get_factor (framework, f)),
                                      counts, &error), error);
    }
}

static const char * const sample_roles[] = { "linking-pin", "practice-partner", "knowledge-partner" };

static void
add_scores (SeedsStore     *store,
            SeedsFramework *framework,
            SeedsMeeting   *meeting,
            GRand          *rand,
            GPtrArray      *people,
            guint           m,
            guint           n_meetings,
            guint           n_people)
{
  g_autoptr(GError) error = NULL;

  for (guint p = 0; p < n_people; p++)
    {
      const char *id;

      if (p >= people->len)
        {
          g_autofree char *name = g_strdup_printf ("%s", first_names[p % G_N_ELEMENTS (first_names)]);
          SeedsParticipant *person;

          if (p >= G_N_ELEMENTS (first_names))
            {
              g_free (name);
              name = g_strdup_printf ("%s %u", first_names[p % G_N_ELEMENTS (first_names)],
                                      p / (guint)G_N_ELEMENTS (first_names) + 1);
            }
          person = seeds_store_add_participant (store, seeds_meeting_get_id (meeting), name,
                                                organisations[p % G_N_ELEMENTS (organisations)],
                                                sample_types[p % G_N_ELEMENTS (sample_types)], &error);
          check (person != NULL, error);
          /* Three of the roles the research names are taken; two are
           * left for the community page to show as gaps */
          if (p < G_N_ELEMENTS (sample_roles))
            check (seeds_store_set_participant_role (store, person, sample_roles[p], &error), error);
          g_ptr_array_add (people, person);
        }
      else
        {
          check (seeds_store_add_attendee (store, seeds_meeting_get_id (meeting),
                                           seeds_participant_get_id (g_ptr_array_index (people, p)),
                                           &error), error);
        }

      id = seeds_participant_get_id (g_ptr_array_index (people, p));
      for (guint f = 0; f < seeds_framework_get_n_factors (framework); f++)
        check (seeds_store_set_score (store, seeds_meeting_get_id (meeting), id,
                                      seeds_factor_get_id (seeds_framework_get_factor (framework, f)),
                                      draw_score (rand, lean_in (f, m, n_meetings)), &error), error);
    }
}

static char *
title_of (guint m,
          guint n_meetings,
          guint poster)
{
  if (m + 1 == n_meetings)
    return g_strdup ("Autumn session");
  if (m == 0)
    return g_strdup ("Kick-off");
  if (m == poster)
    return g_strdup ("Open day with the poster");

  return g_strdup_printf ("Session %u", m + 1);
}

/* Where the sample community is and what it works on, for the directory
 * and its map: as fictional as the rest. */
static SeedsCommunityProfile *
profile_new (void)
{
  static SeedsCommunityProfile *profile;

  if (profile == NULL)
    {
      profile = seeds_community_profile_new ();
      profile->kind = SEEDS_COMMUNITY_FIELD_LAB;
      g_free (profile->theme);
      profile->theme = g_strdup ("Water and energy in greenhouses");
      g_free (profile->place);
      profile->place = g_strdup ("De Lier");
      seeds_community_profile_set_location (profile, 51.9736, 4.2483);
      g_free (profile->contact_name);
      profile->contact_name = g_strdup ("Dana Example");
      g_free (profile->email);
      profile->email = g_strdup ("dana@water-energy.example.org");
    }

  return profile;
}

/* What the community page shows besides scores: a brilliant failure,
 * and a reward to save points for. Its points come when it is opened. */
static void
add_community_work (SeedsStore     *store,
                    SeedsCommunity *community)
{
  g_autoptr(SeedsFailure) failure = NULL;
  g_autoptr(SeedsReward) reward = NULL;
  g_autoptr(GError) error = NULL;

  failure = seeds_store_add_failure (store, seeds_community_get_id (community),
                                     "An open day for growers on a Sunday",
                                     "Nobody came: Sunday is a family day in the Westland",
                                     "Ask the growers first when they can come", "3", &error);
  check (failure != NULL, error);
  reward = seeds_store_add_reward (store, seeds_community_get_id (community),
                                   "A visit to a living lab in another region", 120, &error);
  check (reward != NULL, error);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsStore) store = NULL;
  g_autoptr(SeedsFramework) framework = NULL;
  g_autoptr(SeedsCommunity) community = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (2020);
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(SeedsNextStep) share = NULL;
  g_autoptr(SeedsNextStep) budget = NULL;
  g_autoptr(SeedsNextStep) dinner = NULL;
  guint n_meetings = argc > 2 ? atoi (argv[2]) : 6;
  guint n_people = argc > 3 ? atoi (argv[3]) : 9;
  /* Among several meetings, the third is held with the poster. */
  guint poster = n_meetings >= 4 ? 2 : G_MAXUINT;
  g_autoptr(GDateTime) last = g_date_time_new_local (2026, 11, 12, 12, 0, 0);
  g_autoptr(GDateTime) start = g_date_time_add_days (last, -91 * (int)(n_meetings - 1));

  if (argc < 2)
    {
      g_printerr ("Usage: %s FILE [MEETINGS [PARTICIPANTS]]\n", argv[0]);
      return 2;
    }

  framework = seeds_framework_new_default ("en");
  store = seeds_store_open (argv[1], &error);
  check (store != NULL, error);

  community = seeds_store_add_community (store, "Field lab Water & Energy (sample)", &error);
  check (community != NULL, error);
  check (seeds_store_update_directory_entry (store, community, seeds_community_get_name (community),
                                             profile_new (), &error), error);

  for (guint m = 0; m < n_meetings; m++)
    {
      g_autoptr(GDateTime) when = g_date_time_add_days (start, m * 91);
      g_autofree char *date = g_date_time_format (when, "%Y-%m-%d");
      g_autofree char *title = title_of (m, n_meetings, poster);
      g_autoptr(SeedsMeeting) meeting = NULL;

      meeting = seeds_store_add_meeting_of_kind (store, seeds_community_get_id (community),
                                                 seeds_framework_get_id (framework),
                                                 m == poster ? SEEDS_MEETING_POSTER : SEEDS_MEETING_SCORES,
                                                 date, title, "", &error);
      check (meeting != NULL, error);

      if (m == poster)
        add_stickers (store, framework, meeting, rand, m, n_meetings, n_people);
      else
        add_scores (store, framework, meeting, rand, people, m, n_meetings, n_people);

      /* What the group agreed, and what later meetings found of it. */
      if (m == 1 && n_meetings >= 4)
        {
          share = add_step (store, meeting, "4",
                            "Agree on what we share openly and what stays with each company", "Daan");
          budget = add_step (store, meeting, "9", "Ask the province about a budget for three years", "Karin");
        }
      if (m == 3)
        {
          review (store, share, meeting, SEEDS_REVIEW_DONE);
          review (store, budget, meeting, SEEDS_REVIEW_CARRIED);
        }
      if (m == 4)
        dinner = add_step (store, meeting, "3", "A community dinner twice a year", "Roos");
      if (m + 1 == n_meetings && m >= 4)
        {
          review (store, budget, meeting, SEEDS_REVIEW_DONE);
          review (store, dinner, meeting, SEEDS_REVIEW_CARRIED);
        }
    }

  add_community_work (store, community);
  return 0;
}
