/* test-community-gaps.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stats/seeds-community-gaps.h"
#include "seeds-test-util.h"

/* Who is missing: the kinds of partner and the framework's roles that
 * nobody who took part in the community's recent meetings brings. */

static GPtrArray *
load_gaps (SeedsTestDatabase *fixture,
           SeedsCommunity    *community)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *gaps = seeds_community_gaps_load (fixture->store, fixture->framework,
                                               seeds_community_get_id (community), &error);

  g_assert_no_error (error);
  g_assert_nonnull (gaps);
  return gaps;
}

/* The gap of @type, or NULL */
static SeedsGap *
find_type_gap (GPtrArray        *gaps,
               SeedsPartnerType  type)
{
  for (guint i = 0; i < gaps->len; i++)
    {
      SeedsGap *gap = g_ptr_array_index (gaps, i);

      if (gap->kind == SEEDS_GAP_PARTNER_TYPE && gap->partner_type == type)
        return gap;
    }

  return NULL;
}

static guint
count_kind (GPtrArray    *gaps,
            SeedsGapKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < gaps->len; i++)
    n += ((SeedsGap *) g_ptr_array_index (gaps, i))->kind == kind;

  return n;
}

static SeedsParticipant *
join (SeedsTestDatabase *fixture,
      SeedsMeeting      *meeting,
      const char        *name,
      SeedsPartnerType   type)
{
  g_autoptr(GError) error = NULL;
  SeedsParticipant *participant = seeds_store_add_participant (fixture->store,
                                                               seeds_meeting_get_id (meeting),
                                                               name, "", type, &error);

  g_assert_no_error (error);
  return participant;
}

/* The government's only member leaves the meeting: the gap appears, with
 * factors 2 and 12; someone of the government joins: it is gone. */
static void
test_partner_type (SeedsTestDatabase *fixture,
                   gconstpointer      data)
{
  g_auto(SeedsTestSample) sample = { 0 };
  g_autoptr(SeedsParticipant) cas = NULL;
  g_autoptr(SeedsParticipant) dirk = NULL;
  g_autoptr(SeedsParticipant) eva = NULL;
  g_autoptr(SeedsParticipant) femke = NULL;
  g_autoptr(GPtrArray) gaps = NULL;
  g_autoptr(GError) error = NULL;
  SeedsGap *gap;

  seeds_test_sample_init (&sample, fixture->store, "Greenport", "Anna");
  cas = join (fixture, sample.later, "Cas", SEEDS_PARTNER_GOVERNMENT);
  dirk = join (fixture, sample.later, "Dirk", SEEDS_PARTNER_EDUCATION);
  eva = join (fixture, sample.later, "Eva", SEEDS_PARTNER_OTHER);

  gaps = load_gaps (fixture, sample.community);
  g_assert_cmpuint (count_kind (gaps, SEEDS_GAP_PARTNER_TYPE), ==, 0);
  g_clear_pointer (&gaps, g_ptr_array_unref);

  g_assert_true (seeds_store_remove_attendee (fixture->store, seeds_meeting_get_id (sample.later),
                                              seeds_participant_get_id (cas), &error));
  g_assert_no_error (error);
  gaps = load_gaps (fixture, sample.community);
  g_assert_cmpuint (count_kind (gaps, SEEDS_GAP_PARTNER_TYPE), ==, 1);
  gap = find_type_gap (gaps, SEEDS_PARTNER_GOVERNMENT);
  g_assert_nonnull (gap);
  g_assert_true (g_strv_contains ((const char * const *) gap->factor_ids, "2"));
  g_assert_true (g_strv_contains ((const char * const *) gap->factor_ids, "12"));
  g_clear_pointer (&gaps, g_ptr_array_unref);

  femke = join (fixture, sample.later, "Femke", SEEDS_PARTNER_GOVERNMENT);
  gaps = load_gaps (fixture, sample.community);
  g_assert_null (find_type_gap (gaps, SEEDS_PARTNER_GOVERNMENT));
  g_assert_cmpuint (count_kind (gaps, SEEDS_GAP_PARTNER_TYPE), ==, 0);
}

/* Only the recent meetings count: when a fourth meeting pushes the first
 * out, those who came only to the first no longer fill a gap. */
static void
test_recent_only (SeedsTestDatabase *fixture,
                  gconstpointer      data)
{
  g_auto(SeedsTestSample) sample = { 0 };
  g_autoptr(SeedsMeeting) autumn = NULL;
  g_autoptr(GPtrArray) gaps = NULL;

  seeds_test_sample_init (&sample, fixture->store, "Greenport", "Anna");
  gaps = load_gaps (fixture, sample.community);
  g_assert_null (find_type_gap (gaps, SEEDS_PARTNER_RESEARCH));   /* Anna */
  g_assert_null (find_type_gap (gaps, SEEDS_PARTNER_COMPANY));    /* Bram */
  g_assert_nonnull (find_type_gap (gaps, SEEDS_PARTNER_GOVERNMENT));
  g_clear_pointer (&gaps, g_ptr_array_unref);

  autumn = seeds_test_add_meeting (fixture->store, sample.community, SEEDS_MEETING_SCORES,
                                   "2026-09-01", "Autumn");
  gaps = load_gaps (fixture, sample.community);
  g_assert_cmpuint (count_kind (gaps, SEEDS_GAP_PARTNER_TYPE), ==, SEEDS_N_PARTNER_TYPES);
}

/* A role of the framework is missing until someone who takes part has
 * it; its gap touches the factors the framework names. */
static void
test_roles (SeedsTestDatabase *fixture,
            gconstpointer      data)
{
  g_auto(SeedsTestSample) sample = { 0 };
  g_autoptr(GPtrArray) gaps = NULL;
  g_autoptr(GError) error = NULL;
  guint n_roles = seeds_framework_get_n_roles (fixture->framework);
  SeedsRole *funder = seeds_framework_lookup_role (fixture->framework, "funder");

  g_assert_nonnull (funder);
  seeds_test_sample_init (&sample, fixture->store, "Greenport", "Anna");
  gaps = load_gaps (fixture, sample.community);
  g_assert_cmpuint (count_kind (gaps, SEEDS_GAP_ROLE), ==, n_roles);
  g_clear_pointer (&gaps, g_ptr_array_unref);

  g_assert_true (seeds_store_set_participant_role (fixture->store, sample.anna, "funder", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_participant_get_role (sample.anna), ==, "funder");
  gaps = load_gaps (fixture, sample.community);
  g_assert_cmpuint (count_kind (gaps, SEEDS_GAP_ROLE), ==, n_roles - 1);
  for (guint i = 0; i < gaps->len; i++)
    {
      SeedsGap *gap = g_ptr_array_index (gaps, i);

      if (gap->kind == SEEDS_GAP_ROLE)
        {
          g_assert_true (gap->role != funder);
          g_assert_cmpstrv (gap->factor_ids, seeds_role_get_factor_ids (gap->role));
        }
    }

  /* No role, and an id that is not one, are refused or cleared. */
  g_assert_false (seeds_store_set_participant_role (fixture->store, sample.anna,
                                                    "a role id far longer than thirty-two",
                                                    &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (seeds_store_set_participant_role (fixture->store, sample.anna, NULL, &error));
  g_assert_no_error (error);
  g_assert_null (seeds_participant_get_role (sample.anna));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, SeedsTestDatabase, NULL, seeds_test_database_set_up, func, \
              seeds_test_database_tear_down)

  ADD ("/community-gaps/partner-type", test_partner_type);
  ADD ("/community-gaps/recent-only", test_recent_only);
  ADD ("/community-gaps/roles", test_roles);

#undef ADD

  return g_test_run ();
}
