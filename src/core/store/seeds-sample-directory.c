/* seeds-sample-directory.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "store/seeds-sample-directory.h"

/* Every text is translated when the sample is added, so that it reads in
 * the language of the moment. Shared scores are given per factor "1" …
 * "12" as the mean × 10; 0 leaves a factor out, as a real profile leaves
 * out a factor that fewer than three people scored. */

#define N_FACTORS 12
#define MAX_PARTNERS 3

typedef struct
{
  const char         *id;
  const char         *name;
  SeedsCommunityKind  kind;
  const char         *theme;
  const char         *place;
  double              latitude;
  double              longitude;
  const char         *partners[MAX_PARTNERS];
  const char         *contact_name;  /* invented, not translated */
  const char         *email;
  const char         *phone;
  const char         *website;
  const char         *description;
  const char         *date;          /* of the shared meeting; NULL for none */
  guint               n_participants;
  guint               n;             /* 1–5 scores of each shared factor */
  guint               mean10[N_FACTORS];
  guint               spread100;     /* of every shared factor, give or take */
} Sample;

static const Sample samples[] = {
  {
    "5a3e0000-0000-4000-8000-000000000001",
    N_("Glasshouse Energy Circle (sample)"),
    SEEDS_COMMUNITY_FIELD_LAB,
    N_("Heat and energy in greenhouses"),
    NC_("place", "Naaldwijk"), 51.9933, 4.2097,
    { N_("Example Growers Co-op"), N_("Sample Energy Company"), N_("Demo University of Applied Sciences") },
    "Alex Example", "alex@energy-circle.example.org", "+31 6 0000 0001",
    "https://energy-circle.example.org",
    N_("Growers, an energy company and students try out ways to heat greenhouses without gas, "
       "and share what they measure every month."),
    "2026-09-17", 11, 9,
    { 42, 38, 31, 27, 40, 44, 35, 41, 22, 28, 36, 33 }, 85,
  },
  {
    "5a3e0000-0000-4000-8000-000000000002",
    N_("Rainwater Roundtable (sample)"),
    SEEDS_COMMUNITY_LIVING_LAB,
    N_("Water reuse and rainwater storage"),
    NC_("place", "’s-Gravenzande"), 52.0013, 4.1653,
    { N_("Example Water Board"), N_("Demo Greenhouse Builders"), NULL },
    "Sam Sample", "sam@rainwater.example.org", "+31 6 0000 0002",
    "https://rainwater.example.org",
    N_("Neighbours, growers and the water board look for ways to keep rainwater in the area "
       "and to use less drinking water in greenhouses."),
    "2026-06-04", 8, 7,
    { 36, 41, 44, 39, 33, 30, 42, 37, 45, 26, 40, 43 }, 70,
  },
  {
    "5a3e0000-0000-4000-8000-000000000003",
    N_("Robot Row Field Lab (sample)"),
    SEEDS_COMMUNITY_FIELD_LAB,
    N_("Robots and automation in horticulture"),
    NC_("place", "Honselersdijk"), 52.0061, 4.2294,
    { N_("Sample Robotics Ltd"), N_("Example Vocational College"), N_("Demo Growers Association") },
    "Robin Voorbeeld", "robin@robot-row.example.org", "+31 6 0000 0003",
    "https://robot-row.example.org",
    N_("Technology companies and growers test harvesting robots in a working greenhouse, "
       "and students learn to maintain them."),
    "2026-10-08", 14, 12,
    { 45, 35, 28, 33, 43, 38, 24, 39, 30, 41, 29, 37 }, 95,
  },
  {
    "5a3e0000-0000-4000-8000-000000000004",
    N_("Seed to Screen Living Lab (sample)"),
    SEEDS_COMMUNITY_LIVING_LAB,
    N_("Data and digital twins of crops"),
    NC_("place", "Delft"), 52.0116, 4.3571,
    { N_("Demo Technical University"), N_("Example Data Cooperative"), NULL },
    "Kim Example", "kim@seed-to-screen.example.org", "+31 6 0000 0004",
    "https://seed-to-screen.example.org",
    N_("Researchers and growers build a digital copy of a tomato crop together, to find out "
       "which data help a grower decide."),
    "2026-05-21", 6, 6,
    { 31, 44, 40, 42, 36, 27, 46, 32, 38, 35, 43, 25 }, 60,
  },
  {
    "5a3e0000-0000-4000-8000-000000000005",
    N_("City Harvest Living Lab (sample)"),
    SEEDS_COMMUNITY_LIVING_LAB,
    N_("Urban farming in neighbourhoods"),
    NC_("place", "The Hague"), 52.0705, 4.3007,
    { N_("Sample Neighbourhood Association"), N_("Example Food Bank"), N_("Demo Secondary School") },
    "Jo Sample", "jo@city-harvest.example.org", "+31 6 0000 0005",
    "https://city-harvest.example.org",
    N_("Residents grow vegetables on roofs and in empty shops, with advice from growers, and "
       "pupils learn where their food comes from."),
    "2026-07-02", 12, 10,
    { 39, 29, 37, 45, 28, 41, 33, 44, 34, 43, 25, 40 }, 110,
  },
  {
    "5a3e0000-0000-4000-8000-000000000006",
    N_("Plant Health Circle (sample)"),
    SEEDS_COMMUNITY_FIELD_LAB,
    N_("Biological crop protection"),
    NC_("place", "Leiden"), 52.1601, 4.4970,
    { N_("Example Biology Institute"), N_("Sample Bio Control Company"), NULL },
    "Noor Example", "noor@plant-health.example.org", "+31 6 0000 0006",
    "https://plant-health.example.org",
    N_("Biologists and growers compare natural enemies of pests in six greenhouses and write "
       "down what works for whom."),
    "2026-04-15", 5, 5,
    { 27, 40, 43, 30, 45, 36, 39, 28, 41, 32, 44, 38 }, 50,
  },
  {
    "5a3e0000-0000-4000-8000-000000000007",
    N_("Harbour Greens Network (sample)"),
    SEEDS_COMMUNITY_OTHER,
    N_("Logistics and circular packaging"),
    NC_("place", "Rotterdam"), 51.9244, 4.4777,
    { N_("Demo Port Logistics"), N_("Example Packaging Makers"), N_("Sample Municipality") },
    "Sasha Sample", "sasha@harbour-greens.example.org", "+31 6 0000 0007",
    "https://harbour-greens.example.org",
    N_("Transport companies, packers and the municipality work on reusable crates and fewer "
       "empty trucks between greenhouse and harbour."),
    "2026-08-27", 9, 8,
    { 44, 33, 36, 41, 38, 42, 28, 35, 27, 45, 0, 46 }, 80,
  },
  {
    "5a3e0000-0000-4000-8000-000000000008",
    N_("Skills Greenhouse (sample)"),
    SEEDS_COMMUNITY_OTHER,
    N_("Education and the labour market"),
    NC_("place", "Monster"), 52.0258, 4.1750,
    { N_("Example Vocational College"), N_("Demo Growers Association"), NULL },
    "Lou Voorbeeld", "lou@skills-greenhouse.example.org", "+31 6 0000 0008",
    "https://skills-greenhouse.example.org",
    N_("Teachers and growers design courses together, so that students learn on the job what "
       "the greenhouses of tomorrow need."),
    "2026-03-12", 4, 4,
    { 35, 42, 0, 36, 41, 34, 44, 30, 0, 38, 37, 31 }, 65,
  },
  {
    "5a3e0000-0000-4000-8000-000000000009",
    N_("Light Recipe Field Lab (sample)"),
    SEEDS_COMMUNITY_FIELD_LAB,
    N_("LED lighting recipes"),
    NC_("place", "Bleiswijk"), 52.0108, 4.5331,
    { N_("Sample Lighting Company"), N_("Example Research Greenhouse"), NULL },
    "Mo Example", "mo@light-recipe.example.org", "+31 6 0000 0009",
    "https://light-recipe.example.org",
    N_("Growers and a lighting company test which colours of light give the best crop for the "
       "least electricity."),
    NULL, 0, 0, { 0 }, 0,
  },
  {
    "5a3e0000-0000-4000-8000-00000000000a",
    N_("Circular Substrate Lab (sample)"),
    SEEDS_COMMUNITY_LIVING_LAB,
    N_("Circular substrates and residual flows"),
    NC_("place", "Pijnacker"), 52.0196, 4.4298,
    { N_("Demo Compost Cooperative"), N_("Example Growers Co-op"), NULL },
    "Ari Sample", "ari@substrate.example.org", "+31 6 0000 0010",
    "https://substrate.example.org",
    N_("Growers turn plant waste into new substrate with a compost cooperative, and look for "
       "buyers of what is left."),
    NULL, 0, 0, { 0 }, 0,
  },
};

G_STATIC_ASSERT (G_N_ELEMENTS (samples) == SEEDS_SAMPLE_DIRECTORY_SIZE);

static SeedsSharedResults *
shared_results_new (const Sample *sample)
{
  SeedsSharedResults *results;

  if (sample->date == NULL)
    return NULL;

  results = seeds_shared_results_new (SEEDS_SAMPLE_DIRECTORY_FRAMEWORK, sample->date,
                                      sample->n_participants);

  for (guint f = 0; f < N_FACTORS; f++)
    {
      g_autofree char *factor_id = NULL;

      if (sample->mean10[f] == 0)
        continue;

      /* A spread that varies a little from factor to factor */
      factor_id = g_strdup_printf ("%u", f + 1);
      seeds_shared_results_add (results, factor_id, sample->n, sample->mean10[f],
                                sample->spread100 + (f % 4) * 10);
    }

  return results;
}

static SeedsCommunity *
community_new (const Sample *sample)
{
  g_autoptr(SeedsCommunityProfile) profile = seeds_community_profile_new ();
  g_autoptr(SeedsSharedResults) results = shared_results_new (sample);
  g_autoptr(GPtrArray) partners = g_ptr_array_new ();

  for (guint i = 0; i < MAX_PARTNERS && sample->partners[i] != NULL; i++)
    g_ptr_array_add (partners, (gpointer) _(sample->partners[i]));
  g_ptr_array_add (partners, NULL);

  profile->kind = sample->kind;

#define SET(member, value) \
  g_free (profile->member); \
  profile->member = g_strdup (value);

  SET (theme, _(sample->theme))
  SET (place, g_dpgettext2 (GETTEXT_PACKAGE, "place", sample->place))
  SET (contact_name, sample->contact_name)
  SET (email, sample->email)
  SET (phone, sample->phone)
  SET (website, sample->website)
  SET (description, _(sample->description))

#undef SET

  g_free (profile->partners);
  profile->partners = g_strjoinv ("\n", (char **) partners->pdata);
  seeds_community_profile_set_location (profile, sample->latitude, sample->longitude);

  return seeds_community_new_full (sample->id, _(sample->name), SEEDS_COMMUNITY_SAMPLE, 0,
                                   profile, results);
}

/**
 * seeds_sample_directory_new:
 *
 * Returns: (transfer container) (element-type SeedsCommunity): the
 *   fictional sample communities, with origin SEEDS_COMMUNITY_SAMPLE and
 *   their texts in the language of the moment; eight of the ten share
 *   scores
 */
GPtrArray *
seeds_sample_directory_new (void)
{
  GPtrArray *communities = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    g_ptr_array_add (communities, community_new (&samples[i]));

  return communities;
}
