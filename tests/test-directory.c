/* test-directory.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "stats/seeds-peer-comparison.h"
#include "exchange/seeds-profile-export.h"
#include "store/seeds-sample-directory.h"
#include "seeds-test-util.h"
#include "model/seeds-text.h"

/* The directory of learning communities in the store: your own, those
 * from other communities' profiles and the fictional sample; searching and
 * filtering it, removing with undo, and learning from those that do well. */

#define DELFT_ID     "7a3b6c5d-1e0f-4a9b-8c3d-4e5f60718293"
#define ROTTERDAM_ID "8b4c7d6e-2f1a-4b0c-9d4e-5f60718293a4"
#define ALMOST_ID    "9c5d8e7f-3a2b-4c1d-8e5f-60718293a4b5"

typedef struct
{
  SeedsTestDatabase  db;
  GArray            *changes;  /* guint: what each SeedsStore::changed said */
} Fixture;

static void
on_changed (SeedsStore *store,
            guint       what,
            Fixture    *fixture)
{
  g_array_append_val (fixture->changes, what);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  seeds_test_database_set_up (&fixture->db, data);
  fixture->changes = g_array_new (FALSE, FALSE, sizeof (guint));
  g_signal_connect (fixture->db.store, "changed", G_CALLBACK (on_changed), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_signal_handlers_disconnect_by_data (fixture->db.store, fixture);
  g_array_unref (fixture->changes);
  seeds_test_database_tear_down (&fixture->db, data);
}

/* The one change since the last call, which must be @expected */
static void
assert_changed (Fixture *fixture,
                guint    expected)
{
  g_assert_cmpuint (fixture->changes->len, ==, 1);
  g_assert_cmphex (g_array_index (fixture->changes, guint, 0), ==, expected);
  g_array_set_size (fixture->changes, 0);
}

static void
assert_unchanged (Fixture *fixture)
{
  g_assert_cmpuint (fixture->changes->len, ==, 0);
}

static SeedsCommunityProfile *
make_profile (SeedsCommunityKind  kind,
              const char         *theme,
              const char         *place,
              const char         *partners,
              const char         *contact_name,
              const char         *description)
{
  SeedsCommunityProfile *profile = seeds_community_profile_new ();

  profile->kind = kind;
  g_free (profile->theme);
  profile->theme = g_strdup (theme);
  g_free (profile->place);
  profile->place = g_strdup (place);
  g_free (profile->partners);
  profile->partners = g_strdup (partners);
  g_free (profile->contact_name);
  profile->contact_name = g_strdup (contact_name);
  g_free (profile->description);
  profile->description = g_strdup (description);

  return profile;
}

/* Imports a profile of another community, sharing the score @mean10 of
 * @factor_id unless it is NULL. */
static void
import_peer (Fixture                     *fixture,
             const char                  *id,
             const char                  *name,
             const SeedsCommunityProfile *profile,
             const char                  *factor_id,
             guint                        mean10)
{
  g_autoptr(SeedsSharedResults) results = NULL;
  g_autoptr(SeedsProfile) peer = NULL;
  g_autoptr(GError) error = NULL;
  SeedsProfileImport outcome = SEEDS_PROFILE_UNCHANGED;

  if (factor_id != NULL)
    {
      results = seeds_shared_results_new (SEEDS_FRAMEWORK_DEFAULT_ID, "2026-04-01", 6);
      seeds_shared_results_add (results, factor_id, 5, mean10, 60);
    }

  peer = seeds_profile_new (id, name, g_get_real_time () / G_USEC_PER_SEC - 3600, profile, TRUE,
                            results);
  g_assert_true (seeds_store_import_profile (fixture->db.store, peer, &outcome, &error));
  g_assert_no_error (error);
  g_assert_cmpint (outcome, ==, SEEDS_PROFILE_ADDED);
}

/* Your own Westland Heat Lab, and two from profiles: Delft, which shares
 * scores, and Rotterdam, which does not. */
static SeedsCommunity *
add_three (Fixture *fixture)
{
  g_autoptr(SeedsCommunityProfile) delft = NULL;
  g_autoptr(SeedsCommunityProfile) rotterdam = NULL;
  g_autoptr(SeedsCommunityProfile) own_profile = seeds_test_full_profile ();
  g_autoptr(GError) error = NULL;
  SeedsCommunity *own;

  own = seeds_store_add_directory_entry (fixture->db.store, "Westland Heat Lab", own_profile,
                                         SEEDS_COMMUNITY_OWN, &error);
  g_assert_no_error (error);

  delft = make_profile (SEEDS_COMMUNITY_FIELD_LAB, "Tomatoes", "Delft", "TU Delft",
                        "Émile Bakker", "Sharing greenhouse data");
  import_peer (fixture, DELFT_ID, "Delft Tomato Circle", delft, "3", 45);
  rotterdam = make_profile (SEEDS_COMMUNITY_OTHER, "Urban farming", "Rotterdam", "",
                            "", "Growing food on roofs");
  import_peer (fixture, ROTTERDAM_ID, "Rotterdam Roof Farm", rotterdam, NULL, 0);

  g_array_set_size (fixture->changes, 0);

  return own;
}

/* The names of the entries that pass @filter, in the order listed */
static void
assert_listed (Fixture                    *fixture,
               const SeedsDirectoryFilter *filter,
               const char * const         *expected)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  guint n_expected = g_strv_length ((char **) expected);

  entries = seeds_store_list_directory (fixture->db.store, filter, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < entries->len; i++)
    g_test_message ("listed %s", seeds_community_get_name (g_ptr_array_index (entries, i)));

  g_assert_cmpuint (entries->len, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    g_assert_cmpstr (seeds_community_get_name (g_ptr_array_index (entries, i)), ==, expected[i]);
}

#define NAMES(...) ((const char * const []) { __VA_ARGS__, NULL })
#define NONE ((const char * const []) { NULL })

static void
test_add_update (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(SeedsCommunityProfile) profile = seeds_test_full_profile ();
  g_autoptr(SeedsCommunity) own = NULL;
  g_autoptr(SeedsCommunity) found = NULL;
  g_autoptr(GError) error = NULL;

  /* Typed without a scheme, the website gets https:// */
  g_free (profile->website);
  profile->website = g_strdup ("www.example.org");
  own = seeds_store_add_directory_entry (fixture->db.store, "  Westland Heat Lab ", profile,
                                         SEEDS_COMMUNITY_OWN, &error);
  g_assert_no_error (error);
  assert_changed (fixture, SEEDS_STORE_CHANGE_COMMUNITIES | SEEDS_STORE_CHANGE_DIRECTORY);
  g_assert_cmpstr (seeds_community_get_name (own), ==, "Westland Heat Lab");
  g_assert_cmpint (seeds_community_get_origin (own), ==, SEEDS_COMMUNITY_OWN);
  g_assert_cmpstr (seeds_community_get_profile (own)->website, ==, "https://www.example.org");

  found = seeds_store_get_community (fixture->db.store, seeds_community_get_id (own), &error);
  g_assert_no_error (error);
  g_assert_true (seeds_community_profile_equal (seeds_community_get_profile (found),
                                                seeds_community_get_profile (own)));
  g_assert_null (seeds_community_get_shared_results (found));

  /* Changed */
  g_free (profile->place);
  profile->place = g_strdup ("Monster");
  profile->kind = SEEDS_COMMUNITY_FIELD_LAB;
  seeds_store_update_directory_entry (fixture->db.store, own, "Monster Heat Lab", profile, &error);
  g_assert_no_error (error);
  assert_changed (fixture, SEEDS_STORE_CHANGE_COMMUNITIES | SEEDS_STORE_CHANGE_DIRECTORY);
  g_assert_cmpstr (seeds_community_get_name (own), ==, "Monster Heat Lab");
  g_assert_cmpstr (seeds_community_get_profile (own)->place, ==, "Monster");

  g_clear_object (&found);
  found = seeds_store_get_community (fixture->db.store, seeds_community_get_id (own), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_community_get_name (found), ==, "Monster Heat Lab");
  g_assert_cmpint (seeds_community_get_kind (found), ==, SEEDS_COMMUNITY_FIELD_LAB);
  g_assert_cmpstr (seeds_community_get_profile (found)->place, ==, "Monster");
}

/* Another learning community entered by hand is in the directory, not
 * among your own: no meetings, and no profile of it to share. */
static void
test_add_known (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(SeedsCommunityProfile) profile = seeds_test_full_profile ();
  g_autoptr(SeedsCommunity) known = NULL;
  g_autoptr(GPtrArray) own = NULL;
  g_autoptr(GPtrArray) directory = NULL;
  g_autoptr(SeedsProfile) shared = NULL;
  g_autoptr(GError) error = NULL;

  known = seeds_store_add_directory_entry (fixture->db.store, "Neighbours' Lab", profile,
                                           SEEDS_COMMUNITY_KNOWN, &error);
  g_assert_no_error (error);
  assert_changed (fixture, SEEDS_STORE_CHANGE_DIRECTORY);
  g_assert_cmpint (seeds_community_get_origin (known), ==, SEEDS_COMMUNITY_KNOWN);
  g_assert_false (seeds_community_is_own (known));

  own = seeds_store_list_communities (fixture->db.store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (own->len, ==, 0);
  directory = seeds_store_list_directory (fixture->db.store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (directory->len, ==, 1);
  g_assert_cmpint (seeds_community_get_origin (g_ptr_array_index (directory, 0)), ==,
                   SEEDS_COMMUNITY_KNOWN);

  shared = seeds_profile_export_new (fixture->db.store, fixture->db.framework, seeds_community_get_id (known),
                                     SEEDS_PROFILE_SHARE_CONTACT, &error);
  g_assert_null (shared);
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_INVALID);
}

/* A profile from another community keeps the time of that profile when
 * it is edited here, so that the community's next profile still wins. */
static void
test_update_imported (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(SeedsCommunity) delft = NULL;
  g_autoptr(SeedsCommunity) found = NULL;
  g_autoptr(SeedsCommunityProfile) profile = NULL;
  g_autoptr(GError) error = NULL;
  gint64 updated_at;

  g_object_unref (add_three (fixture));
  delft = seeds_store_get_community (fixture->db.store, DELFT_ID, &error);
  g_assert_no_error (error);
  updated_at = seeds_community_get_updated_at (delft);
  profile = seeds_community_profile_copy (seeds_community_get_profile (delft));
  g_free (profile->phone);
  profile->phone = g_strdup ("+31 15 000 0000");

  seeds_store_update_directory_entry (fixture->db.store, delft, "Delft Tomato Circle", profile,
                                      &error);
  g_assert_no_error (error);
  assert_changed (fixture, SEEDS_STORE_CHANGE_DIRECTORY);

  found = seeds_store_get_community (fixture->db.store, DELFT_ID, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_community_get_profile (found)->phone, ==, "+31 15 000 0000");
  g_assert_cmpint (seeds_community_get_updated_at (found), ==, updated_at);
  g_assert_cmpint (seeds_community_get_origin (found), ==, SEEDS_COMMUNITY_PROFILE);
  g_assert_nonnull (seeds_community_get_shared_results (found));
}

/* Sets the text of @profile's @member */
static void
replace_text (SeedsCommunityProfile *profile,
              const char            *member,
              const char            *value)
{
  char **text = NULL;

  if (g_str_equal (member, "email"))
    text = &profile->email;
  else if (g_str_equal (member, "phone"))
    text = &profile->phone;
  else if (g_str_equal (member, "website"))
    text = &profile->website;
  else if (g_str_equal (member, "theme"))
    text = &profile->theme;
  else if (g_str_equal (member, "description"))
    text = &profile->description;

  g_assert_nonnull (text);
  g_free (*text);
  *text = g_strdup (value);
}

typedef struct
{
  const char *member;
  const char *value;
  GQuark      domain;
  int         code;
} BadField;

/* Each refused value: its reason, and nothing written. */
static void
test_invalid (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(SeedsCommunity) own = add_three (fixture);
  g_autofree char *long_theme = g_strnfill (seeds_text_max_length (SEEDS_FIELD_THEME) + 1, 'x');
  g_autofree char *long_description =
    g_strnfill (seeds_text_max_length (SEEDS_FIELD_DESCRIPTION) + 1, 'y');
  g_autofree char *long_name =
    g_strnfill (seeds_text_max_length (SEEDS_FIELD_COMMUNITY_NAME) + 1, 'z');
  g_autofree char *before = seeds_test_dump_database (fixture->db.path);
  g_autofree char *after = NULL;
  const BadField bad[] = {
    { "email", "wilma at example.org", SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_INVALID },
    { "email", "wilma@localhost", SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_INVALID },
    { "phone", "call me", SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_INVALID },
    { "phone", "12345", SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_INVALID },
    { "website", "javascript:alert(1)", SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_INVALID },
    { "website", "ftp://example.org", SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_INVALID },
    { "theme", long_theme, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_TOO_LONG },
    { "description", long_description, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_TOO_LONG },
    { "name", long_name, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_TOO_LONG },
    { "name", " ", SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_EMPTY },
    { "latitude", NULL, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_INVALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(SeedsCommunityProfile) profile = seeds_test_full_profile ();
      g_autoptr(SeedsCommunity) added = NULL;
      g_autoptr(GError) add_error = NULL;
      g_autoptr(GError) update_error = NULL;
      const char *name = "New lab";

      if (g_str_equal (bad[i].member, "name"))
        name = bad[i].value;
      else if (g_str_equal (bad[i].member, "latitude"))
        profile->latitude = 91;
      else
        replace_text (profile, bad[i].member, bad[i].value);

      added = seeds_store_add_directory_entry (fixture->db.store, name, profile, SEEDS_COMMUNITY_OWN, &add_error);
      g_test_message ("%s: %s", bad[i].member, add_error != NULL ? add_error->message : "added");
      g_assert_null (added);
      g_assert_error (add_error, bad[i].domain, bad[i].code);
      g_assert_cmpstr (add_error->message, !=, "");

      g_assert_false (seeds_store_update_directory_entry (fixture->db.store, own, name, profile,
                                                          &update_error));
      g_assert_error (update_error, bad[i].domain, bad[i].code);
    }

  after = seeds_test_dump_database (fixture->db.path);
  g_assert_cmpstr (before, ==, after);
  assert_unchanged (fixture);
  g_assert_cmpstr (seeds_community_get_name (own), ==, "Westland Heat Lab");
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  static const struct
  {
    const char *search;
    const char *expected[4];
  } searches[] = {
    { NULL, { "Delft Tomato Circle", "Rotterdam Roof Farm", "Westland Heat Lab", NULL } },
    { "  ", { "Delft Tomato Circle", "Rotterdam Roof Farm", "Westland Heat Lab", NULL } },
    { "zuid", { "Westland Heat Lab", NULL } },                /* place: Zuid-Holland */
    { "cafe", { "Westland Heat Lab", NULL } },                /* theme: Café’s */
    { "CAFÉ", { "Westland Heat Lab", NULL } },
    { "emile", { "Delft Tomato Circle", NULL } },             /* contact: Émile */
    { "tu delft", { "Delft Tomato Circle", NULL } },          /* every word */
    { "delft roofs", { NULL } },
    { "roofs", { "Rotterdam Roof Farm", NULL } },             /* description */
    { "co-op", { "Westland Heat Lab", NULL } },               /* partners */
    { "GREENHOUSE", { "Delft Tomato Circle", "Westland Heat Lab", NULL } },
    { "heat lab", { "Westland Heat Lab", NULL } },            /* name */
    { "wilma@example.org", { NULL } },                        /* not the e-mail address */
  };

  g_object_unref (add_three (fixture));
  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    {
      SeedsDirectoryFilter filter = { .search = searches[i].search };

      g_test_message ("search “%s”", searches[i].search);
      assert_listed (fixture, &filter, searches[i].expected);
    }
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SeedsDirectoryFilter field_labs = { .kinds = SEEDS_DIRECTORY_KIND (SEEDS_COMMUNITY_FIELD_LAB) };
  SeedsDirectoryFilter others = {
    .kinds = SEEDS_DIRECTORY_KIND (SEEDS_COMMUNITY_LIVING_LAB) |
             SEEDS_DIRECTORY_KIND (SEEDS_COMMUNITY_OTHER),
  };
  SeedsDirectoryFilter sharing = { .sharing_only = TRUE };
  SeedsDirectoryFilter greenhouse_field_labs = {
    .search = "greenhouse",
    .kinds = SEEDS_DIRECTORY_KIND (SEEDS_COMMUNITY_FIELD_LAB),
  };
  SeedsDirectoryFilter own_only = { .origins = SEEDS_DIRECTORY_ORIGIN (SEEDS_COMMUNITY_OWN) };
  SeedsDirectoryFilter profiles = {
    .origins = SEEDS_DIRECTORY_ORIGIN (SEEDS_COMMUNITY_PROFILE),
  };
  SeedsDirectoryFilter samples = { .origins = SEEDS_DIRECTORY_ORIGIN (SEEDS_COMMUNITY_SAMPLE) };
  SeedsDirectoryFilter not_samples = {
    .origins = SEEDS_DIRECTORY_ORIGIN (SEEDS_COMMUNITY_OWN) |
               SEEDS_DIRECTORY_ORIGIN (SEEDS_COMMUNITY_PROFILE),
  };
  SeedsDirectoryFilter sharing_profiles = {
    .origins = SEEDS_DIRECTORY_ORIGIN (SEEDS_COMMUNITY_PROFILE),
    .sharing_only = TRUE,
  };
  g_autoptr(GPtrArray) listed = NULL;

  g_object_unref (add_three (fixture));
  assert_listed (fixture, &field_labs, NAMES ("Delft Tomato Circle"));
  assert_listed (fixture, &others, NAMES ("Rotterdam Roof Farm", "Westland Heat Lab"));
  assert_listed (fixture, &sharing, NAMES ("Delft Tomato Circle"));
  assert_listed (fixture, &greenhouse_field_labs, NAMES ("Delft Tomato Circle"));

  seeds_store_add_sample_directory (fixture->db.store, &error);
  g_assert_no_error (error);

  assert_listed (fixture, &own_only, NAMES ("Westland Heat Lab"));
  assert_listed (fixture, &profiles, NAMES ("Delft Tomato Circle", "Rotterdam Roof Farm"));
  assert_listed (fixture, &not_samples,
                 NAMES ("Delft Tomato Circle", "Rotterdam Roof Farm", "Westland Heat Lab"));
  assert_listed (fixture, &sharing_profiles, NAMES ("Delft Tomato Circle"));

  listed = seeds_store_list_directory (fixture->db.store, &samples, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listed->len, ==, SEEDS_SAMPLE_DIRECTORY_SIZE);
  for (guint i = 0; i < listed->len; i++)
    g_assert_cmpint (seeds_community_get_origin (g_ptr_array_index (listed, i)), ==,
                     SEEDS_COMMUNITY_SAMPLE);
}

static void
assert_not_found (Fixture    *fixture,
                  const char *community_id)
{
  g_autoptr(SeedsCommunity) community = NULL;
  g_autoptr(GError) error = NULL;

  community = seeds_store_get_community (fixture->db.store, community_id, &error);
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_NOT_FOUND);
  g_assert_null (community);
}

static guint
count_own (Fixture *fixture)
{
  g_autoptr(GPtrArray) communities = NULL;
  g_autoptr(GError) error = NULL;

  communities = seeds_store_list_communities (fixture->db.store, &error);
  g_assert_no_error (error);

  return communities->len;
}

/* Removed: gone from every list until restored, and kept until purged. */
static void
test_remove_restore (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(SeedsCommunity) own = add_three (fixture);
  g_autoptr(SeedsCommunity) delft = NULL;
  g_autoptr(SeedsCommunity) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = seeds_test_dump_database (fixture->db.path);
  g_autofree char *after = NULL;

  delft = seeds_store_get_community (fixture->db.store, DELFT_ID, &error);
  g_assert_no_error (error);

  seeds_store_remove_directory_entry (fixture->db.store, delft, &error);
  g_assert_no_error (error);
  assert_changed (fixture, SEEDS_STORE_CHANGE_DIRECTORY);
  seeds_store_remove_directory_entry (fixture->db.store, own, &error);
  g_assert_no_error (error);
  assert_changed (fixture, SEEDS_STORE_CHANGE_COMMUNITIES | SEEDS_STORE_CHANGE_DIRECTORY);

  assert_listed (fixture, NULL, NAMES ("Rotterdam Roof Farm"));
  assert_not_found (fixture, DELFT_ID);
  assert_not_found (fixture, seeds_community_get_id (own));
  g_assert_cmpuint (count_own (fixture), ==, 0);

  /* Twice is not found */
  g_assert_false (seeds_store_remove_directory_entry (fixture->db.store, delft, &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  assert_unchanged (fixture);

  seeds_store_restore_directory_entry (fixture->db.store, delft, &error);
  g_assert_no_error (error);
  assert_changed (fixture, SEEDS_STORE_CHANGE_DIRECTORY);
  seeds_store_restore_directory_entry (fixture->db.store, own, &error);
  g_assert_no_error (error);
  assert_changed (fixture, SEEDS_STORE_CHANGE_COMMUNITIES | SEEDS_STORE_CHANGE_DIRECTORY);

  assert_listed (fixture, NULL,
                 NAMES ("Delft Tomato Circle", "Rotterdam Roof Farm", "Westland Heat Lab"));
  back = seeds_store_get_community (fixture->db.store, DELFT_ID, &error);
  g_assert_no_error (error);
  g_assert_nonnull (seeds_community_get_shared_results (back));
  g_assert_cmpuint (count_own (fixture), ==, 1);

  /* Restoring what is there is not found either. */
  g_assert_false (seeds_store_restore_directory_entry (fixture->db.store, delft, &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* As it was */
  after = seeds_test_dump_database (fixture->db.path);
  g_assert_cmpstr (before, ==, after);
}

/* Purged: gone for good, your own community with its meetings. */
static void
test_purge (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(SeedsCommunity) own = seeds_test_add_shared_community (fixture->db.store);
  g_autoptr(SeedsCommunity) delft = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(SeedsMeeting) meeting = NULL;
  g_autoptr(SeedsCommunityProfile) profile = seeds_community_profile_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *meeting_id = NULL;
  g_autofree char *dump = NULL;

  import_peer (fixture, DELFT_ID, "Delft Tomato Circle", profile, "3", 45);
  meetings = seeds_store_list_meetings (fixture->db.store, seeds_community_get_id (own), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (meetings->len, ==, 3);
  meeting_id = g_strdup (seeds_meeting_get_id (g_ptr_array_index (meetings, 0)));

  /* Nothing removed: nothing purged */
  seeds_store_purge_removed_entries (fixture->db.store, &error);
  g_assert_no_error (error);
  assert_listed (fixture, NULL, NAMES ("Delft Tomato Circle", "Westland Heat Lab"));

  delft = seeds_store_get_community (fixture->db.store, DELFT_ID, &error);
  g_assert_no_error (error);
  seeds_store_remove_directory_entry (fixture->db.store, own, &error);
  g_assert_no_error (error);
  seeds_store_remove_directory_entry (fixture->db.store, delft, &error);
  g_assert_no_error (error);
  g_array_set_size (fixture->changes, 0);

  seeds_store_purge_removed_entries (fixture->db.store, &error);
  g_assert_no_error (error);
  assert_unchanged (fixture);

  g_assert_false (seeds_store_restore_directory_entry (fixture->db.store, own, &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (seeds_store_restore_directory_entry (fixture->db.store, delft, &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  meeting = seeds_store_get_meeting (fixture->db.store, meeting_id, &error);
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_NOT_FOUND);
  g_assert_null (meeting);

  /* Not a row of it left anywhere: meetings, people, scores, shared scores */
  dump = seeds_test_dump_database (fixture->db.path);
  g_assert_null (strstr (dump, seeds_community_get_id (own)));
  g_assert_null (strstr (dump, meeting_id));
  g_assert_null (strstr (dump, DELFT_ID));
  g_assert_null (strstr (dump, "Anneke Zwartkop"));
  assert_listed (fixture, NULL, NONE);
}

/* The Netherlands, roughly: from Zeeland to Groningen, Limburg to the
 * Wadden islands */
static gboolean
in_netherlands (const SeedsCommunityProfile *profile)
{
  return profile->has_location &&
         profile->latitude >= 50.75 && profile->latitude <= 53.6 &&
         profile->longitude >= 3.3 && profile->longitude <= 7.25;
}

static void
test_sample (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) samples = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GError) error = NULL;
  SeedsDirectoryFilter only_samples = {
    .origins = SEEDS_DIRECTORY_ORIGIN (SEEDS_COMMUNITY_SAMPLE),
  };

  g_object_unref (add_three (fixture));
  seeds_store_add_sample_directory (fixture->db.store, &error);
  g_assert_no_error (error);
  assert_changed (fixture, SEEDS_STORE_CHANGE_DIRECTORY);

  samples = seeds_store_list_directory (fixture->db.store, &only_samples, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (samples->len, ==, SEEDS_SAMPLE_DIRECTORY_SIZE);

  for (guint i = 0; i < samples->len; i++)
    {
      SeedsCommunity *sample = g_ptr_array_index (samples, i);
      const SeedsCommunityProfile *profile = seeds_community_get_profile (sample);

      g_test_message ("%s in %s (%f, %f)", seeds_community_get_name (sample), profile->place,
                      profile->latitude, profile->longitude);
      g_assert_cmpint (seeds_community_get_origin (sample), ==, SEEDS_COMMUNITY_SAMPLE);
      g_assert_false (seeds_community_is_own (sample));
      /* Never taken for a real community */
      g_assert_nonnull (strstr (seeds_community_get_name (sample), "(sample)"));
      g_assert_true (in_netherlands (profile));
    }

  /* Twice: the same ten */
  seeds_store_add_sample_directory (fixture->db.store, &error);
  g_assert_no_error (error);
  again = seeds_store_list_directory (fixture->db.store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->len, ==, SEEDS_SAMPLE_DIRECTORY_SIZE + 3);
  g_array_set_size (fixture->changes, 0);

  /* Removed: the samples only */
  seeds_store_remove_sample_directory (fixture->db.store, &error);
  g_assert_no_error (error);
  assert_changed (fixture, SEEDS_STORE_CHANGE_DIRECTORY);
  assert_listed (fixture, NULL,
                 NAMES ("Delft Tomato Circle", "Rotterdam Roof Farm", "Westland Heat Lab"));

  seeds_store_remove_sample_directory (fixture->db.store, &error);
  g_assert_no_error (error);
  assert_unchanged (fixture);
}

/* Your latest meeting: factor 3 needs attention (1, 2, 2), factor 1 is a
 * strength (5, 5, 4). */
static SeedsCommunity *
add_struggling (Fixture *fixture)
{
  static const int scores[3][2] = { { 5, 1 }, { 5, 2 }, { 4, 2 } };
  g_autoptr(SeedsCommunity) community = NULL;
  g_autoptr(SeedsMeeting) meeting = NULL;
  g_autoptr(GError) error = NULL;

  community = seeds_store_add_directory_entry (fixture->db.store, "Struggling lab", NULL, SEEDS_COMMUNITY_OWN, &error);
  g_assert_no_error (error);
  meeting = seeds_test_add_meeting (fixture->db.store, community, SEEDS_MEETING_SCORES,
                                    "2026-05-01", "Round");

  for (guint p = 0; p < G_N_ELEMENTS (scores); p++)
    {
      g_autofree char *name = g_strdup_printf ("Member %u", p + 1);
      g_autoptr(SeedsParticipant) person = NULL;

      person = seeds_store_add_participant (fixture->db.store, seeds_meeting_get_id (meeting),
                                            name, "", SEEDS_PARTNER_OTHER, &error);
      g_assert_no_error (error);
      seeds_store_set_score (fixture->db.store, seeds_meeting_get_id (meeting),
                             seeds_participant_get_id (person), "1", scores[p][0], &error);
      g_assert_no_error (error);
      seeds_store_set_score (fixture->db.store, seeds_meeting_get_id (meeting),
                             seeds_participant_get_id (person), "3", scores[p][1], &error);
      g_assert_no_error (error);
    }

  return g_steal_pointer (&community);
}

static gboolean
has_peer (const SeedsPeerFactor *factor,
          const char            *community_id,
          guint                  below)
{
  for (guint i = 0; i < MIN (below, factor->peers->len); i++)
    {
      const SeedsPeerScore *peer = g_ptr_array_index (factor->peers, i);

      if (g_str_equal (seeds_community_get_id (peer->community), community_id))
        return TRUE;
    }

  return FALSE;
}

/* Those that do well (≥ 4.0) where you need attention are the first
 * n_good peers; those below come after them; you are not among them. */
static void
test_peers (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(SeedsCommunity) own = add_struggling (fixture);
  g_autoptr(SeedsCommunityProfile) profile = seeds_community_profile_new ();
  g_autoptr(SeedsPeerComparison) comparison = NULL;
  g_autoptr(GPtrArray) samples = seeds_sample_directory_new ();
  g_autoptr(GError) error = NULL;
  const SeedsPeerFactor *factor;
  const SeedsPeerFactor *strength;
  const guint *order;
  guint n_order = 0;
  guint n_good = 1;  /* Delft */
  guint n_sharing = 2;  /* Delft and Almost */

  import_peer (fixture, DELFT_ID, "Delft Tomato Circle", profile, "3", 45);
  import_peer (fixture, ALMOST_ID, "Almost there", profile, "3", 39);
  import_peer (fixture, ROTTERDAM_ID, "Rotterdam Roof Farm", profile, NULL, 0);
  seeds_store_add_sample_directory (fixture->db.store, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < samples->len; i++)
    {
      const SeedsSharedResults *results =
        seeds_community_get_shared_results (g_ptr_array_index (samples, i));
      const SeedsSharedScore *score = results ? seeds_shared_results_lookup (results, "3") : NULL;

      n_sharing += results != NULL;
      n_good += score != NULL && score->mean10 >= SEEDS_PEER_GOOD_MEAN10;
    }
  g_assert_cmpuint (n_good, >, 1);

  comparison = seeds_peer_comparison_load (fixture->db.store, fixture->db.framework,
                                           seeds_community_get_id (own), &error);
  g_assert_no_error (error);
  g_assert_nonnull (seeds_peer_comparison_get_meeting (comparison));
  g_assert_cmpuint (seeds_peer_comparison_get_n_sharing (comparison), ==, n_sharing);

  factor = seeds_peer_comparison_lookup_factor (comparison, "3");
  g_assert_true (factor->needs_attention);
  g_assert_cmpuint (factor->n_good, ==, n_good);
  g_assert_true (has_peer (factor, DELFT_ID, factor->n_good));
  g_assert_false (has_peer (factor, ALMOST_ID, factor->n_good));
  g_assert_true (has_peer (factor, ALMOST_ID, G_MAXUINT));
  g_assert_false (has_peer (factor, ROTTERDAM_ID, G_MAXUINT));
  g_assert_false (has_peer (factor, seeds_community_get_id (own), G_MAXUINT));

  for (guint i = 0; i < factor->peers->len; i++)
    {
      const SeedsPeerScore *peer = g_ptr_array_index (factor->peers, i);

      if (i < factor->n_good)
        g_assert_cmpuint (peer->score->mean10, >=, SEEDS_PEER_GOOD_MEAN10);
      else
        g_assert_cmpuint (peer->score->mean10, <, SEEDS_PEER_GOOD_MEAN10);
    }

  order = seeds_peer_comparison_get_attention_order (comparison, &n_order);
  g_assert_cmpuint (n_order, ==, 1);
  g_assert_cmpuint (order[0], ==, factor->position);

  strength = seeds_peer_comparison_lookup_factor (comparison, "1");
  g_assert_false (strength->needs_attention);
}

/* Your own community, as an entry that shares scores, is never your peer,
 * nor is another of your own. */
static void
test_not_yourself (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(SeedsCommunity) own = add_struggling (fixture);
  g_autoptr(SeedsCommunityProfile) profile = seeds_community_profile_new ();
  g_autoptr(SeedsSharedResults) results = seeds_shared_results_new (SEEDS_FRAMEWORK_DEFAULT_ID,
                                                                     "2026-04-01", 5);
  g_autoptr(SeedsPeerComparison) loaded = NULL;
  g_autoptr(SeedsPeerComparison) comparison = NULL;
  g_autoptr(GPtrArray) directory = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  const SeedsPeerFactor *factor;
  const SeedsPeerScore *peer;

  seeds_shared_results_add (results, "3", 5, 50, 0);
  g_ptr_array_add (directory,
                   seeds_community_new_full (seeds_community_get_id (own), "Struggling lab",
                                             SEEDS_COMMUNITY_PROFILE, 1, profile, results));
  g_ptr_array_add (directory,
                   seeds_community_new_full (ROTTERDAM_ID, "Another of yours",
                                             SEEDS_COMMUNITY_OWN, 1, profile, results));
  g_ptr_array_add (directory,
                   seeds_community_new_full (DELFT_ID, "Delft Tomato Circle",
                                             SEEDS_COMMUNITY_PROFILE, 1, profile, results));

  loaded = seeds_peer_comparison_load (fixture->db.store, fixture->db.framework,
                                       seeds_community_get_id (own), &error);
  g_assert_no_error (error);
  comparison = seeds_peer_comparison_new (seeds_peer_comparison_get_summary (loaded), directory,
                                          seeds_community_get_id (own));

  g_assert_cmpuint (seeds_peer_comparison_get_n_sharing (comparison), ==, 1);
  factor = seeds_peer_comparison_lookup_factor (comparison, "3");
  g_assert_cmpuint (factor->peers->len, ==, 1);
  g_assert_cmpuint (factor->n_good, ==, 1);
  peer = g_ptr_array_index (factor->peers, 0);
  g_assert_cmpstr (seeds_community_get_id (peer->community), ==, DELFT_ID);
}

/* Shared scores of another framework count for the factors it shares with
 * yours: the students' and teachers' wording asks the research's twelve in
 * other words. Those of a framework this app doesn't know count for none. */
static void
test_peers_other_framework (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(SeedsCommunity) own = add_struggling (fixture);
  g_autoptr(SeedsCommunityProfile) profile = seeds_community_profile_new ();
  g_autoptr(SeedsSharedResults) students = seeds_shared_results_new (SEEDS_FRAMEWORK_STUDENTS_TEACHERS_ID,
                                                                      "2026-04-01", 5);
  g_autoptr(SeedsSharedResults) unknown = seeds_shared_results_new ("someone-elses", "2026-04-01", 5);
  g_autoptr(SeedsPeerComparison) loaded = NULL;
  g_autoptr(SeedsPeerComparison) comparison = NULL;
  g_autoptr(GPtrArray) directory = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  const SeedsPeerFactor *factor;

  seeds_shared_results_add (students, "3", 5, 45, 0);
  seeds_shared_results_add (unknown, "3", 5, 50, 0);
  g_ptr_array_add (directory,
                   seeds_community_new_full (DELFT_ID, "Delft Student Lab",
                                             SEEDS_COMMUNITY_PROFILE, 1, profile, students));
  g_ptr_array_add (directory,
                   seeds_community_new_full (ROTTERDAM_ID, "Rotterdam Other Questions",
                                             SEEDS_COMMUNITY_PROFILE, 1, profile, unknown));

  loaded = seeds_peer_comparison_load (fixture->db.store, fixture->db.framework,
                                       seeds_community_get_id (own), &error);
  g_assert_no_error (error);
  comparison = seeds_peer_comparison_new (seeds_peer_comparison_get_summary (loaded), directory,
                                          seeds_community_get_id (own));

  g_assert_cmpuint (seeds_peer_comparison_get_n_sharing (comparison), ==, 1);
  factor = seeds_peer_comparison_lookup_factor (comparison, "3");
  g_assert_cmpuint (factor->peers->len, ==, 1);
  g_assert_true (has_peer (factor, DELFT_ID, factor->n_good));
  g_assert_false (has_peer (factor, ROTTERDAM_ID, G_MAXUINT));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/directory/add-update", test_add_update);
  ADD ("/directory/add-known", test_add_known);
  ADD ("/directory/update-imported", test_update_imported);
  ADD ("/directory/invalid", test_invalid);
  ADD ("/directory/search", test_search);
  ADD ("/directory/filters", test_filters);
  ADD ("/directory/remove-restore", test_remove_restore);
  ADD ("/directory/purge", test_purge);
  ADD ("/directory/sample", test_sample);
  ADD ("/directory/peers", test_peers);
  ADD ("/directory/peers-other-framework", test_peers_other_framework);
  ADD ("/directory/not-yourself", test_not_yourself);

#undef ADD

  return g_test_run ();
}
