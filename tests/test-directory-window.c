/* test-directory-window.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "directory/seeds-directory-entry-dialog.h"
#include "directory/seeds-directory-row.h"
#include "directory/seeds-directory-window-private.h"
#include "exchange/seeds-import-dialog.h"
#include "directory/seeds-profile-share-dialog.h"
#include "store/seeds-sample-directory.h"
#include "seeds-test-util.h"
#include "seeds-test-window.h"

/* The directory of learning communities in a real (Xvfb) window, on a
 * window of its own rather than the main window (test-directory-menu
 * opens it from there): entries added through the dialog and shown in the
 * list and on the map, search and the kind filter, a marker's contact card
 * with its links, removal with undo and for good, the fictional sample,
 * the export of a profile and what the import dialog says of profiles.
 *
 * Without the main window, the run stays well under the 2048 GQuarks past
 * which GLib 2.74 drops its first quark table on purpose, which
 * LeakSanitizer would report as a leak. */

typedef struct
{
  SeedsTestWindow       base;    /* the database's folder */
  GtkWidget            *parent;
  SeedsDirectoryWindow *directory;
  guint                 n_added;  /* entries add_entry() put on the map */
} Fixture;

static SeedsStore *
store (Fixture *fixture)
{
  return seeds_application_get_store (seeds_test_window_get_app ());
}

static SeedsFramework *
framework (Fixture *fixture)
{
  return seeds_application_get_framework (seeds_test_window_get_app ());
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  seeds_test_window_set_up (&fixture->base, data);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  SeedsStore *store = seeds_application_get_store (seeds_test_window_get_app ());

  /* The directory goes with its parent, and with it its hold on the
   * store: closing the database closes the file. */
  if (fixture->parent != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->parent));
  seeds_test_iterate ();
  g_assert_null (seeds_test_lookup_dialog (SEEDS_TYPE_DIRECTORY_WINDOW));

  if (store != NULL)
    g_object_add_weak_pointer (G_OBJECT (store), (gpointer *) &store);
  seeds_application_close_database (seeds_test_window_get_app ());
  g_assert_null (store);

  seeds_test_window_tear_down (&fixture->base, data);
}

static SeedsDirectoryWindow *
open_directory (Fixture *fixture)
{
  SeedsApplication *app = seeds_test_window_get_app ();

  seeds_application_open_database (app, fixture->base.db_path);
  fixture->parent = gtk_window_new ();
  gtk_window_present (GTK_WINDOW (fixture->parent));
  fixture->directory = seeds_directory_window_show (GTK_WINDOW (fixture->parent),
                                                    seeds_application_get_session (app),
                                                    seeds_application_get_settings (app));
  seeds_test_iterate ();

  return fixture->directory;
}

static void
activate (SeedsDirectoryWindow *directory,
          const char           *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (directory), action, NULL));
  seeds_test_iterate ();
}

/* Whether @action is enabled, as the menu shows it: a button for it,
 * put in the window for a moment, is sensitive only then. */
static gboolean
is_enabled (SeedsDirectoryWindow *directory,
            const char           *action)
{
  GtkWidget *probe = gtk_button_new ();
  gboolean enabled;

  gtk_actionable_set_action_name (GTK_ACTIONABLE (probe), action);
  gtk_box_append (GTK_BOX (directory->card), probe);
  seeds_test_iterate ();
  enabled = gtk_widget_get_sensitive (probe);
  gtk_box_remove (GTK_BOX (directory->card), probe);

  return enabled;
}

/* What the list shows: the search and the kind filter leave out the others. */
static GListModel *
listed (SeedsDirectoryWindow *directory)
{
  return G_LIST_MODEL (gtk_list_view_get_model (directory->list));
}

static guint
n_rows (SeedsDirectoryWindow *directory)
{
  return g_list_model_get_n_items (listed (directory));
}

/* Where the list shows the entry named @name, or GTK_INVALID_LIST_POSITION */
static guint
find_entry (SeedsDirectoryWindow *directory,
            const char           *name)
{
  for (guint i = 0; i < n_rows (directory); i++)
    {
      g_autoptr(SeedsCommunity) community = g_list_model_get_item (listed (directory), i);

      if (g_str_equal (seeds_community_get_name (community), name))
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static gboolean
lists (SeedsDirectoryWindow *directory,
       const char           *name)
{
  return find_entry (directory, name) != GTK_INVALID_LIST_POSITION;
}

static void
select_entry (SeedsDirectoryWindow *directory,
              guint                 position)
{
  g_assert_cmpuint (position, <, n_rows (directory));
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (listed (directory)), position, TRUE);
  seeds_test_iterate ();
}

static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    if (SEEDS_IS_DIRECTORY_ROW (child))
      {
        if (gtk_widget_get_child_visible (gtk_widget_get_parent (child)) &&
            seeds_directory_row_get_community (SEEDS_DIRECTORY_ROW (child)) != NULL)
          g_ptr_array_add (rows, child);
      }
    else
      collect_rows (child, rows);
}

/* The row widgets that the list has made, in sight or kept for later */
static GPtrArray *
row_widgets (SeedsDirectoryWindow *directory)
{
  GPtrArray *rows = g_ptr_array_new ();

  collect_rows (GTK_WIDGET (directory->list), rows);
  return rows;
}

/* Whether the map draws the entry named @name, and where: its marker or
 * the cluster it is in */
static gboolean
find_marker (SeedsDirectoryWindow *directory,
             const char           *name,
             double               *x,
             double               *y)
{
  guint position = find_entry (directory, name);
  g_autoptr(SeedsCommunity) community = NULL;

  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;

  community = g_list_model_get_item (listed (directory), position);
  return seeds_marker_layer_find (directory->marker_layer, seeds_community_get_id (community),
                                            x, y, NULL);
}

static gboolean
shows_marker (SeedsDirectoryWindow *directory,
              const char           *name)
{
  return find_marker (directory, name, NULL, NULL);
}

static SeedsCommunity *
add_entry_at (Fixture            *fixture,
              const char         *name,
              SeedsCommunityKind  kind,
              const char         *theme,
              const char         *place,
              double              latitude,
              double              longitude)
{
  g_autoptr(SeedsCommunityProfile) profile = seeds_community_profile_new ();
  g_autoptr(GError) error = NULL;
  SeedsCommunity *community;

  profile->kind = kind;
  g_free (profile->theme);
  profile->theme = g_strdup (theme);
  g_free (profile->place);
  profile->place = g_strdup (place);
  g_free (profile->email);
  profile->email = g_strdup ("info+lab@example.org");
  g_free (profile->phone);
  profile->phone = g_strdup ("+31 (0)70 000 0000");
  seeds_community_profile_set_location (profile, latitude, longitude);

  community = seeds_store_add_directory_entry (store (fixture), name, profile, SEEDS_COMMUNITY_OWN, &error);
  g_assert_no_error (error);
  seeds_test_iterate ();

  return community;
}

/* An entry with a place of its own, far enough from the others' that
 * their markers are apart on the map as it opens */
static SeedsCommunity *
add_entry (Fixture            *fixture,
           const char         *name,
           SeedsCommunityKind  kind,
           const char         *theme,
           const char         *place)
{
  double offset = fixture->n_added++;

  return add_entry_at (fixture, name, kind, theme, place, 52.01 + 0.04 * offset,
                       4.36 + 0.06 * offset);
}

/* A window opens once; an empty directory says so. */
static void
test_open (Fixture         *fixture,
           gconstpointer    data)
{
  SeedsDirectoryWindow *directory = open_directory (fixture);

  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (directory)) == GTK_WINDOW (fixture->parent));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (directory->sidebar_stack), ==, "empty");
  g_assert_nonnull (seeds_test_find_button (GTK_WIDGET (directory), "Show _Sample Directory"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (directory->card)));

  /* the map opens on the Greenport West-Holland */
  {
    ShumateViewport *viewport = seeds_map_view_get_viewport (directory->map_view);

    g_assert_cmpfloat_with_epsilon (shumate_location_get_latitude (SHUMATE_LOCATION (viewport)), 52.0, 0.3);
    g_assert_cmpfloat_with_epsilon (shumate_location_get_longitude (SHUMATE_LOCATION (viewport)), 4.3, 0.4);
  }

  g_assert_true (seeds_directory_window_show (GTK_WINDOW (fixture->parent),
                                              seeds_application_get_session (seeds_test_window_get_app ()),
                                              NULL) == directory);
}

/* What the dialog adds is in the list and on the map, where it was put,
 * also with a decimal comma. */
static void
test_add (Fixture         *fixture,
          gconstpointer    data)
{
  SeedsDirectoryWindow *directory = open_directory (fixture);
  g_autoptr(GPtrArray) entries = NULL;
  const SeedsCommunityProfile *profile;
  ShumateViewport *viewport = seeds_map_view_get_viewport (directory->map_view);
  double x, y, expected_x, expected_y;
  gpointer dialog;

  activate (directory, "directory.add");
  dialog = seeds_test_find_dialog (SEEDS_TYPE_DIRECTORY_ENTRY_DIALOG);
  seeds_test_type_into (dialog, "Name", "Tomato Data Lab");
  seeds_test_type_into (dialog, "Place", "Delft");
  seeds_test_type_into (dialog, "Latitude", "52,0116");
  seeds_test_type_into (dialog, "Longitude", "4.3571");
  seeds_test_type_into (dialog, "E-mail", "lab@example.org");
  adw_action_row_activate (ADW_ACTION_ROW (seeds_test_find_row (dialog, "One of Your Own")));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (
                              seeds_directory_entry_dialog_get_text_view (dialog, "partners")),
                            "Example University\nSample Growers", -1);
  seeds_test_respond (dialog, "save");

  entries = seeds_store_list_directory (store (fixture), NULL, NULL);
  g_assert_cmpuint (entries->len, ==, 1);
  profile = seeds_community_get_profile (g_ptr_array_index (entries, 0));
  g_assert_true (profile->has_location);
  g_assert_cmpfloat_with_epsilon (profile->latitude, 52.0116, 1e-9);
  g_assert_cmpfloat_with_epsilon (profile->longitude, 4.3571, 1e-9);
  g_assert_cmpstr (profile->partners, ==, "Example University\nSample Growers");

  g_assert_cmpstr (gtk_stack_get_visible_child_name (directory->sidebar_stack), ==, "list");
  g_assert_true (lists (directory, "Tomato Data Lab"));
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (directory->list), "Your community"));
  g_assert_true (find_marker (directory, "Tomato Data Lab", &x, &y));
  shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (directory->marker_layer),
                                              52.0116, 4.3571,
                                              &expected_x, &expected_y);
  g_assert_cmpfloat_with_epsilon (x, expected_x, 0.01);
  g_assert_cmpfloat_with_epsilon (y, expected_y, 0.01);

  /* the new entry's card is open, and your own is a community to hold meetings of */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (directory->card)));
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (directory->card), "Tomato Data Lab"));
  {
    g_autoptr(GPtrArray) own = seeds_store_list_communities (store (fixture), NULL);

    g_assert_cmpuint (own->len, ==, 1);
  }

  /* editing keeps the card open on it, with what changed */
  activate (directory, "directory.edit");
  dialog = seeds_test_find_dialog (SEEDS_TYPE_DIRECTORY_ENTRY_DIALOG);
  seeds_test_type_into (dialog, "Name", "Tomato Twin Lab");
  seeds_test_respond (dialog, "save");
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (directory->card), "Tomato Twin Lab"));
  g_assert_true (lists (directory, "Tomato Twin Lab"));
  g_assert_false (lists (directory, "Tomato Data Lab"));
}

static gboolean
save_enabled (gpointer dialog)
{
  const char *label = adw_message_dialog_get_response_label (dialog, SEEDS_FORM_DIALOG_SAVE);

  return gtk_widget_is_sensitive (seeds_test_find_button (dialog, label));
}

/* What cannot be saved is said in the dialog, which stays open. */
static void
test_invalid (Fixture         *fixture,
              gconstpointer    data)
{
  SeedsDirectoryWindow *directory = open_directory (fixture);
  g_autoptr(GPtrArray) entries = NULL;
  gpointer dialog;

  activate (directory, "directory.add");
  dialog = seeds_test_find_dialog (SEEDS_TYPE_DIRECTORY_ENTRY_DIALOG);
  seeds_test_type_into (dialog, "Name", "Tomato Data Lab");
  g_assert_true (save_enabled (dialog));

  seeds_test_type_into (dialog, "E-mail", "lab at example");
  g_assert_false (save_enabled (dialog));
  g_assert_true (seeds_test_shows_text (dialog, "Enter an e-mail address such as name@example.org."));
  seeds_test_type_into (dialog, "E-mail", "");

  seeds_test_type_into (dialog, "Latitude", "52.0");
  g_assert_false (save_enabled (dialog));
  g_assert_true (seeds_test_shows_text (dialog, "Enter both the latitude and the longitude, or neither."));

  seeds_test_type_into (dialog, "Longitude", "4.3");
  seeds_test_type_into (dialog, "Latitude", "95");
  g_assert_false (save_enabled (dialog));
  g_assert_true (seeds_test_shows_text (dialog, "The latitude must be a number from -90 to 90 degrees."));

  seeds_test_type_into (dialog, "Latitude", "52,0");
  g_assert_true (save_enabled (dialog));
  g_assert_true (gtk_widget_get_visible (dialog));
  seeds_test_respond (dialog, "cancel");

  entries = seeds_store_list_directory (store (fixture), NULL, NULL);
  g_assert_cmpuint (entries->len, ==, 0);
}

/* An entry removed while it is being edited: the store's refusal is shown
 * in the dialog, which comes back to say so. */
static void
test_store_error (Fixture         *fixture,
                  gconstpointer    data)
{
  SeedsDirectoryWindow *directory = open_directory (fixture);
  g_autoptr(SeedsCommunity) community = add_entry (fixture, "Tomato Data Lab", SEEDS_COMMUNITY_FIELD_LAB,
                                                   "Tomatoes", "Delft");
  gpointer dialog;

  seeds_directory_window_select (directory, seeds_community_get_id (community));
  activate (directory, "directory.edit");
  dialog = seeds_test_find_dialog (SEEDS_TYPE_DIRECTORY_ENTRY_DIALOG);
  g_assert_true (seeds_store_remove_directory_entry (store (fixture), community, NULL));
  seeds_test_iterate ();

  g_object_add_weak_pointer (G_OBJECT (dialog), &dialog);
  g_signal_emit_by_name (seeds_test_find_button (dialog, "_Save"), "clicked");
  seeds_test_iterate ();

  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (dialog));
  g_assert_true (seeds_test_shows_text (dialog, "could not be found"));
  g_object_remove_weak_pointer (G_OBJECT (dialog), &dialog);
  seeds_test_respond (dialog, "cancel");
}

static void
search (SeedsDirectoryWindow *directory,
        const char           *text)
{
  gtk_editable_set_text (GTK_EDITABLE (directory->search_entry), text);
  g_signal_emit_by_name (directory->search_entry, "search-changed");
  seeds_test_iterate ();
}

/* The list follows the search field as it is typed, and the kind chosen. */
static void
test_search_and_filter (Fixture         *fixture,
                        gconstpointer    data)
{
  SeedsDirectoryWindow *directory = open_directory (fixture);

  g_object_unref (add_entry (fixture, "Tomato Data Lab", SEEDS_COMMUNITY_FIELD_LAB,
                             "Digital twins of tomatoes", "Delft"));
  g_object_unref (add_entry (fixture, "City Harvest", SEEDS_COMMUNITY_LIVING_LAB,
                             "Urban farming", "Den Haag"));
  g_object_unref (add_entry (fixture, "Rain Table", SEEDS_COMMUNITY_OTHER, "Water", "Naaldwijk"));
  g_assert_cmpuint (n_rows (directory), ==, 3);
  g_assert_cmpuint (seeds_marker_layer_get_n_markers (directory->marker_layer), ==, 3);

  search (directory, "tomato");
  g_assert_cmpuint (n_rows (directory), ==, 1);
  g_assert_true (lists (directory, "Tomato Data Lab"));
  g_assert_cmpuint (seeds_marker_layer_get_n_markers (directory->marker_layer), ==, 1);
  g_assert_true (shows_marker (directory, "Tomato Data Lab"));
  g_assert_false (shows_marker (directory, "City Harvest"));

  search (directory, "greenhouse robots");
  g_assert_cmpuint (n_rows (directory), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (directory->sidebar_stack), ==, "no-results");

  search (directory, "");
  g_assert_cmpuint (n_rows (directory), ==, 3);
  g_assert_true (shows_marker (directory, "City Harvest"));

  /* All kinds, field lab, living lab, other */
  gtk_drop_down_set_selected (directory->kind_dropdown, 1 + SEEDS_COMMUNITY_LIVING_LAB);
  seeds_test_iterate ();
  g_assert_cmpuint (n_rows (directory), ==, 1);
  g_assert_true (lists (directory, "City Harvest"));

  gtk_drop_down_set_selected (directory->kind_dropdown, 1 + SEEDS_COMMUNITY_OTHER);
  seeds_test_iterate ();
  g_assert_cmpuint (n_rows (directory), ==, 1);
  g_assert_true (lists (directory, "Rain Table"));

  gtk_drop_down_set_selected (directory->kind_dropdown, 0);
  seeds_test_iterate ();
  g_assert_cmpuint (n_rows (directory), ==, 3);
}

/* Whether a click at (@x, @y) of @layer goes to it, as GTK finds the
 * widget under the pointer */
static gboolean
picks (SeedsMarkerLayer *layer,
       double            x,
       double            y)
{
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_native (GTK_WIDGET (layer)));
  graphene_point_t point;

  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (layer), window, &GRAPHENE_POINT_INIT (x, y),
                                          &point));
  return gtk_widget_pick (window, point.x, point.y, GTK_PICK_DEFAULT) == GTK_WIDGET (layer);
}

/* A click on a marker opens its card, with working links and nothing
 * shown of what is not known. */
static void
test_marker_card (Fixture         *fixture,
                  gconstpointer    data)
{
  SeedsDirectoryWindow *directory = open_directory (fixture);
  g_autoptr(SeedsCommunity) a = add_entry (fixture, "Tomato <b>Data</b> Lab", SEEDS_COMMUNITY_FIELD_LAB,
                                           "Tomatoes", "Delft");
  g_autoptr(SeedsCommunity) b = add_entry (fixture, "City Harvest", SEEDS_COMMUNITY_LIVING_LAB,
                                           "Urban farming", "Den Haag");
  g_autofree char *tooltip = NULL;
  GtkLinkButton *link;
  double x, y;

  g_assert_true (find_marker (directory, "Tomato <b>Data</b> Lab", &x, &y));
  tooltip = seeds_marker_layer_describe_at (directory->marker_layer, x, y);
  g_assert_cmpstr (tooltip, ==, "Tomato <b>Data</b> Lab");

  /* the pointer over the marker reaches it; elsewhere it is the map's */
  g_assert_true (picks (directory->marker_layer, x, y));
  g_assert_false (picks (directory->marker_layer, x + 40, y + 40));

  g_assert_true (seeds_marker_layer_activate_at (directory->marker_layer, x, y));
  seeds_test_iterate ();

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (directory->card)));
  g_assert_true (seeds_directory_card_get_community (directory->card) != NULL);
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (directory->card), "Tomato <b>Data</b> Lab"));
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (directory->card), "Field lab · Delft"));
  g_assert_true (seeds_marker_layer_is_current (directory->marker_layer,
                                                seeds_community_get_id (a)));
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (listed (directory))),
                    ==,
                    find_entry (directory, "Tomato <b>Data</b> Lab"));

  link = seeds_directory_card_get_link (directory->card, "mailto");
  g_assert_nonnull (link);
  g_assert_cmpstr (gtk_link_button_get_uri (link), ==, "mailto:info+lab@example.org");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (link)), ==, "info+lab@example.org");
  link = seeds_directory_card_get_link (directory->card, "tel");
  g_assert_nonnull (link);
  g_assert_cmpstr (gtk_link_button_get_uri (link), ==, "tel:+31700000000");
  g_assert_null (seeds_directory_card_get_link (directory->card, "https"));
  g_assert_false (seeds_test_shows_text (GTK_WIDGET (directory->card), "Website"));
  g_assert_false (seeds_test_shows_text (GTK_WIDGET (directory->card), "Sample"));

  /* the row of another opens its card */
  select_entry (directory, find_entry (directory, "City Harvest"));
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (directory->card), "City Harvest"));
  g_assert_false (seeds_marker_layer_is_current (directory->marker_layer,
                                                 seeds_community_get_id (a)));
  g_assert_true (seeds_marker_layer_is_current (directory->marker_layer,
                                                seeds_community_get_id (b)));

  /* a change elsewhere keeps it open */
  g_assert_true (seeds_store_rename_community (store (fixture), a, "Tomato Twin Lab", NULL));
  seeds_test_iterate ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (directory->card)));
  g_assert_cmpstr (seeds_community_get_id (seeds_directory_card_get_community (directory->card)), ==,
                   seeds_community_get_id (b));
  g_assert_true (lists (directory, "Tomato Twin Lab"));
}

static guint
cluster_size (SeedsDirectoryWindow *directory,
              SeedsCommunity       *community)
{
  guint size = 0;

  g_assert_true (seeds_marker_layer_find (directory->marker_layer,
                                          seeds_community_get_id (community),
                                                    NULL, NULL, &size));
  return size;
}

static double
zoom_level (SeedsDirectoryWindow *directory)
{
  return shumate_viewport_get_zoom_level (seeds_map_view_get_viewport (directory->map_view));
}

/* Markers that would overlap are one circle with a count over the
 * province; a click on it zooms in until they are apart, and where the
 * map goes no closer, lists them. The search leaves out markers too. */
static void
test_clusters (Fixture         *fixture,
               gconstpointer    data)
{
  SeedsDirectoryWindow *directory = open_directory (fixture);
  g_autoptr(SeedsCommunity) a = add_entry_at (fixture, "Tomato Data Lab", SEEDS_COMMUNITY_FIELD_LAB,
                                              "Tomatoes", "Delft", 52.0116, 4.3571);
  g_autoptr(SeedsCommunity) b = add_entry_at (fixture, "Tomato Twin Lab", SEEDS_COMMUNITY_FIELD_LAB,
                                              "Tomatoes", "Delft", 52.0116, 4.3571);
  g_autoptr(SeedsCommunity) c = add_entry_at (fixture, "City Harvest", SEEDS_COMMUNITY_LIVING_LAB,
                                              "Urban farming", "Delft", 52.0150, 4.3620);
  g_autofree char *tooltip = NULL;
  GtkPopover *popover = seeds_marker_layer_get_popover (directory->marker_layer);
  double x, y;

  seeds_map_view_go_to (directory->map_view, 52.0, 4.4, 8);
  seeds_test_iterate ();
  g_assert_cmpuint (cluster_size (directory, a), ==, 3);
  g_assert_cmpuint (cluster_size (directory, c), ==, 3);
  g_assert_true (find_marker (directory, "City Harvest", &x, &y));
  tooltip = seeds_marker_layer_describe_at (directory->marker_layer, x, y);
  g_assert_true (g_str_has_prefix (tooltip, "3 learning communities\n"));

  /* the search leaves one, drawn on its own */
  search (directory, "harvest");
  g_assert_cmpuint (seeds_marker_layer_get_n_markers (directory->marker_layer), ==, 1);
  g_assert_cmpuint (cluster_size (directory, c), ==, 1);
  g_assert_false (shows_marker (directory, "Tomato Data Lab"));
  search (directory, "");

  /* a click zooms in on the three, and opens no card */
  g_assert_true (seeds_marker_layer_activate_at (directory->marker_layer, x, y));
  seeds_test_iterate ();
  g_assert_cmpfloat (zoom_level (directory), >, 12);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (directory->card)));
  g_assert_cmpuint (cluster_size (directory, c), ==, 1);
  g_assert_cmpuint (cluster_size (directory, a), ==, 2);

  /* two at the very same place: listed, as close as the map goes */
  g_assert_true (find_marker (directory, "Tomato Data Lab", &x, &y));
  while (!gtk_widget_get_visible (GTK_WIDGET (popover)))
    {
      double before = zoom_level (directory);

      g_assert_true (seeds_marker_layer_activate_at (directory->marker_layer, x, y));
      seeds_test_iterate ();
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)) ||
                     zoom_level (directory) > before);
      g_assert_true (find_marker (directory, "Tomato Data Lab", &x, &y));
    }
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (popover), "Tomato Data Lab"));
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (popover), "Tomato Twin Lab"));

  g_signal_emit_by_name (seeds_test_find_button (GTK_WIDGET (popover), "Tomato Twin Lab"),
                         "clicked");
  seeds_test_iterate ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (directory->card)));
  g_assert_cmpstr (seeds_community_get_id (seeds_directory_card_get_community (directory->card)),
                   ==,
                   seeds_community_get_id (b));
  g_assert_true (seeds_marker_layer_is_current (directory->marker_layer,
                                                seeds_community_get_id (b)));
}

/* At regional scale, the list makes rows only for what is in sight, and
 * the map is named for how many it shows. */
static void
test_many (Fixture         *fixture,
           gconstpointer    data)
{
  SeedsApplication *app = seeds_test_window_get_app ();
  SeedsDirectoryWindow *directory;
  g_autoptr(SeedsCommunity) own = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *name = NULL;
  guint n_markers;

  seeds_application_open_database (app, fixture->base.db_path);
  own = seeds_test_generate_directory (store (fixture), framework (fixture), 400, 15);
  directory = open_directory (fixture);

  g_assert_true (GTK_IS_LIST_VIEW (directory->list));
  g_assert_cmpuint (n_rows (directory), ==, 401);
  rows = row_widgets (directory);
  g_assert_cmpuint (rows->len, >, 5);
  g_assert_cmpuint (rows->len, <, 401 / 4);

  /* a row made again for another entry is named for that one */
  for (guint i = 0; i < rows->len; i++)
    {
      SeedsCommunity *community = seeds_directory_row_get_community (g_ptr_array_index (rows, i));
      g_autofree char *kind_place = seeds_directory_describe_kind_place (community);
      gboolean shares = seeds_community_get_shared_results (community) != NULL;
      g_autofree char *label = g_strdup_printf ("%s, %s%s", seeds_community_get_name (community),
                                                kind_place,
                                                shares ? ", shares its scores" : "");

      if (!seeds_community_is_own (community))
        gtk_test_accessible_assert_property (GTK_ACCESSIBLE (g_ptr_array_index (rows, i)),
                                             GTK_ACCESSIBLE_PROPERTY_LABEL, label);
    }

  /* the row of an entry chosen elsewhere, far down the list, is brought in sight */
  {
    g_autoptr(SeedsCommunity) last = g_list_model_get_item (listed (directory), 400);
    g_autoptr(GPtrArray) made = NULL;
    gboolean found = FALSE;

    seeds_directory_window_select (directory, seeds_community_get_id (last));
    seeds_test_iterate ();
    made = row_widgets (directory);
    for (guint i = 0; i < made->len; i++)
      found = found || seeds_directory_row_get_community (g_ptr_array_index (made, i)) == last;
    g_assert_true (found);
  }

  n_markers = seeds_marker_layer_get_n_markers (directory->marker_layer);
  g_assert_cmpuint (n_markers, >, 100);
  name = g_strdup_printf ("Map with %u learning communities", n_markers);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (directory->marker_layer),
                                   GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (directory->marker_layer),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       name);

  /* the keys select and activate through the list's actions; the card
   * follows the one selected, and Enter opens it */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (directory->list), "list.select-item",
                                             "(ubb)",
                                             0, FALSE, FALSE));
  seeds_test_iterate ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (directory->card)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (directory->list), "list.activate-item",
                                             "u", 1));
  seeds_test_iterate ();
  {
    g_autoptr(SeedsCommunity) second = g_list_model_get_item (listed (directory), 1);

    g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (listed (directory))),
                      ==, 1);
    g_assert_cmpstr (seeds_community_get_id (seeds_directory_card_get_community (directory->card)),
                     ==,
                     seeds_community_get_id (second));
  }
}

static void
dismiss_toast (SeedsDirectoryWindow *directory)
{
  g_assert_nonnull (directory->undo_toast);
  adw_toast_dismiss (directory->undo_toast);
  seeds_test_iterate ();
}

/* Removed, then back with Undo; your own is asked about first. */
static void
test_remove_undo (Fixture         *fixture,
                  gconstpointer    data)
{
  SeedsDirectoryWindow *directory = open_directory (fixture);
  g_autoptr(SeedsCommunity) community = add_entry (fixture, "Tomato Data Lab", SEEDS_COMMUNITY_FIELD_LAB,
                                                   "Tomatoes", "Delft");
  g_autoptr(SeedsCommunity) found = NULL;
  AdwToast *toast;
  gpointer dialog;

  seeds_directory_window_select (directory, seeds_community_get_id (community));
  activate (directory, "directory.remove");
  dialog = seeds_test_find_dialog (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Remove “Tomato Data Lab”?");
  seeds_test_respond (dialog, "remove");

  g_assert_false (lists (directory, "Tomato Data Lab"));
  g_assert_false (shows_marker (directory, "Tomato Data Lab"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (directory->card)));
  g_assert_null (seeds_store_get_community (store (fixture), seeds_community_get_id (community), NULL));

  toast = directory->undo_toast;
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "“Tomato Data Lab” removed");
  g_signal_emit_by_name (toast, "button-clicked");
  dismiss_toast (directory);

  g_assert_true (lists (directory, "Tomato Data Lab"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (directory->card)));
  found = seeds_store_get_community (store (fixture), seeds_community_get_id (community), NULL);
  g_assert_nonnull (found);
}

/* Once the toast is gone without Undo, the entry is gone for good, your
 * own community with its meetings. */
static void
test_remove_purge (Fixture         *fixture,
                   gconstpointer    data)
{
  SeedsDirectoryWindow *directory = open_directory (fixture);
  g_autoptr(SeedsCommunity) community = add_entry (fixture, "Tomato Data Lab", SEEDS_COMMUNITY_FIELD_LAB,
                                                   "Tomatoes", "Delft");
  g_autoptr(SeedsMeeting) meeting = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GError) error = NULL;

  meeting = seeds_test_add_meeting (store (fixture), community, SEEDS_MEETING_SCORES, "2026-03-12",
                                    "Spring round");

  seeds_directory_window_select (directory, seeds_community_get_id (community));
  activate (directory, "directory.remove");
  seeds_test_respond (seeds_test_find_dialog (ADW_TYPE_MESSAGE_DIALOG), "remove");
  g_assert_false (lists (directory, "Tomato Data Lab"));
  dismiss_toast (directory);

  g_assert_null (seeds_store_get_community (store (fixture), seeds_community_get_id (community), &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (seeds_store_restore_directory_entry (store (fixture), community, &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (seeds_store_get_meeting (store (fixture), seeds_meeting_get_id (meeting), &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_NOT_FOUND);
  meetings = seeds_store_list_meetings (store (fixture), seeds_community_get_id (community), NULL);
  g_assert_cmpuint (meetings->len, ==, 0);
}

/* Another's entry goes without asking; closing the window ends the undo. */
static void
test_remove_close (Fixture         *fixture,
                   gconstpointer    data)
{
  SeedsDirectoryWindow *directory = open_directory (fixture);
  g_autoptr(SeedsCommunity) sample = NULL;
  g_autoptr(GError) error = NULL;

  activate (directory, "directory.add-samples");
  sample = g_list_model_get_item (listed (directory), 0);
  seeds_directory_window_select (directory, seeds_community_get_id (sample));
  activate (directory, "directory.remove");
  g_assert_null (seeds_test_lookup_dialog (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_false (lists (directory, seeds_community_get_name (sample)));

  gtk_window_destroy (GTK_WINDOW (directory));
  seeds_test_iterate ();
  g_assert_false (seeds_store_restore_directory_entry (store (fixture), sample, &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_NOT_FOUND);
}

/* A removal that the app did not see to its end, because it stopped
 * while the undo was offered, is completed when the database opens. */
static void
test_remove_left_behind (Fixture         *fixture,
                         gconstpointer    data)
{
  SeedsApplication *app = seeds_test_window_get_app ();
  g_autoptr(SeedsCommunity) entry = NULL;
  g_autoptr(GError) error = NULL;

  seeds_application_open_database (app, fixture->base.db_path);
  entry = seeds_store_add_directory_entry (store (fixture), "Left behind", NULL, SEEDS_COMMUNITY_OWN, &error);
  g_assert_no_error (error);
  g_assert_true (seeds_store_remove_directory_entry (store (fixture), entry, &error));
  g_assert_no_error (error);

  seeds_application_open_database (app, fixture->base.db_path);
  g_assert_false (seeds_store_restore_directory_entry (store (fixture), entry, &error));
  g_assert_error (error, SEEDS_STORE_ERROR, SEEDS_STORE_ERROR_NOT_FOUND);
}

/* Unless it is said to be your own, a community added to the directory
 * is another one: not among the communities you hold meetings of. */
static void
test_add_known (Fixture         *fixture,
                gconstpointer    data)
{
  SeedsDirectoryWindow *directory = open_directory (fixture);
  g_autoptr(GPtrArray) own = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  gpointer dialog;

  activate (directory, "directory.add");
  dialog = seeds_test_find_dialog (SEEDS_TYPE_DIRECTORY_ENTRY_DIALOG);
  seeds_test_type_into (dialog, "Name", "Neighbours' Lab");
  seeds_test_respond (dialog, "save");

  entries = seeds_store_list_directory (store (fixture), NULL, NULL);
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_cmpint (seeds_community_get_origin (g_ptr_array_index (entries, 0)), ==,
                   SEEDS_COMMUNITY_KNOWN);
  own = seeds_store_list_communities (store (fixture), NULL);
  g_assert_cmpuint (own->len, ==, 0);
  g_assert_true (lists (directory, "Neighbours' Lab"));
  g_assert_false (seeds_test_shows_text (GTK_WIDGET (directory->list), "Your community"));

  /* Whose it is stays as it was: editing does not ask. */
  activate (directory, "directory.edit");
  dialog = seeds_test_find_dialog (SEEDS_TYPE_DIRECTORY_ENTRY_DIALOG);
  g_assert_false (gtk_widget_get_visible (seeds_test_find_row (dialog, "One of Your Own")));
  seeds_test_respond (dialog, "cancel");
}

/* The fictional sample comes and goes through the menu, marked as such
 * in every row and on its card. */
static void
test_samples (Fixture         *fixture,
              gconstpointer    data)
{
  SeedsDirectoryWindow *directory = open_directory (fixture);
  g_autoptr(GPtrArray) rows = NULL;

  g_assert_false (is_enabled (directory, "directory.remove-samples"));
  activate (directory, "directory.add-samples");
  g_assert_true (is_enabled (directory, "directory.remove-samples"));
  g_assert_cmpuint (n_rows (directory), ==, SEEDS_SAMPLE_DIRECTORY_SIZE);
  g_assert_cmpuint (seeds_marker_layer_get_n_markers (directory->marker_layer), ==,
                    SEEDS_SAMPLE_DIRECTORY_SIZE);

  rows = row_widgets (directory);
  g_assert_cmpuint (rows->len, >, 0);
  for (guint i = 0; i < rows->len; i++)
    {
      SeedsCommunity *community = seeds_directory_row_get_community (g_ptr_array_index (rows, i));

      g_assert_cmpint (seeds_community_get_origin (community), ==, SEEDS_COMMUNITY_SAMPLE);
      g_assert_true (seeds_test_shows_text (g_ptr_array_index (rows, i), "Sample"));
    }

  for (guint i = 0; i < n_rows (directory); i++)
    {
      g_autoptr(SeedsCommunity) community = g_list_model_get_item (listed (directory), i);
      const char *id = seeds_community_get_id (community);

      g_assert_true (seeds_marker_layer_find (directory->marker_layer, id, NULL, NULL, NULL));
      g_assert_cmpint (seeds_marker_layer_get_style (directory->marker_layer, id), ==,
                       SEEDS_MARKER_STYLE_SAMPLE);
    }

  select_entry (directory, 0);
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (directory->card), "Sample — fictional"));

  /* a sample is never exported as a profile */
  g_assert_false (is_enabled (directory, "directory.export"));
  g_assert_false (is_enabled (directory, "directory.add-samples"));

  activate (directory, "directory.remove-samples");
  g_assert_cmpuint (n_rows (directory), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (directory->sidebar_stack), ==, "empty");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (directory->card)));
}

static SeedsMarkerStyle
marker_style (SeedsDirectoryWindow *directory,
              SeedsCommunity       *community)
{
  return seeds_marker_layer_get_style (directory->marker_layer, seeds_community_get_id (community));
}

/* A circle holding one of your own communities has your colour among the
 * samples', so that you find yours at any zoom. */
static void
test_cluster_colours (Fixture         *fixture,
                      gconstpointer    data)
{
  SeedsDirectoryWindow *directory = open_directory (fixture);
  g_autoptr(SeedsCommunity) sample = NULL;
  g_autoptr(SeedsCommunity) own = NULL;
  const SeedsCommunityProfile *where;

  activate (directory, "directory.add-samples");
  sample = g_list_model_get_item (listed (directory), 0);
  where = seeds_community_get_profile (sample);
  g_assert_true (where->has_location);
  g_assert_cmpint (marker_style (directory, sample), ==, SEEDS_MARKER_STYLE_SAMPLE);

  own = add_entry_at (fixture, "Tomato Data Lab", SEEDS_COMMUNITY_FIELD_LAB, "Tomatoes", "Delft",
                      where->latitude, where->longitude);
  g_assert_cmpuint (cluster_size (directory, own), >=, 2);
  g_assert_cmpint (marker_style (directory, own), ==, SEEDS_MARKER_STYLE_OWN);
  g_assert_cmpint (marker_style (directory, sample), ==, SEEDS_MARKER_STYLE_OWN);
}

static SeedsProfile *
read_profile (Fixture         *fixture,
              GFile           *file)
{
  g_autoptr(GError) error = NULL;
  SeedsProfile *profile;

  profile = seeds_profile_new_from_file (file, framework (fixture), &error);
  g_assert_no_error (error);

  return profile;
}

/* The profile saved holds what was chosen to share, and no more. */
static void
test_export (Fixture         *fixture,
             gconstpointer    data)
{
  SeedsDirectoryWindow *directory = open_directory (fixture);
  g_autoptr(SeedsCommunity) community = add_entry (fixture, "Tomato Data Lab", SEEDS_COMMUNITY_FIELD_LAB,
                                                   "Tomatoes", "Delft");
  g_autofree char *path = g_build_filename (fixture->base.dir, "Tomato Data Lab.seedsprofile", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SeedsProfile) with_contact = NULL;
  g_autoptr(SeedsProfile) without = NULL;
  SeedsProfileShareDialog *dialog;

  /* the dialog asks what to share, nothing chosen to begin with */
  seeds_directory_window_select (directory, seeds_community_get_id (community));
  g_assert_true (is_enabled (directory, "directory.export"));
  activate (directory, "directory.export");
  dialog = seeds_test_find_dialog (SEEDS_TYPE_PROFILE_SHARE_DIALOG);
  g_assert_cmpint (seeds_profile_share_dialog_get_share (dialog), ==, SEEDS_PROFILE_SHARE_NONE);
  g_assert_nonnull (seeds_test_find_row (GTK_WIDGET (dialog), "Share contact details"));
  g_assert_nonnull (seeds_test_find_row (GTK_WIDGET (dialog), "Share the scores of the latest meeting"));
  seeds_test_respond (dialog, "cancel");

  seeds_directory_window_save_profile (directory, seeds_community_get_id (community),
                                       SEEDS_PROFILE_SHARE_CONTACT | SEEDS_PROFILE_SHARE_SCORES, file);
  seeds_test_iterate ();
  with_contact = read_profile (fixture, file);
  g_assert_cmpstr (seeds_profile_get_community_id (with_contact), ==, seeds_community_get_id (community));
  g_assert_cmpstr (seeds_profile_get_name (with_contact), ==, "Tomato Data Lab");
  g_assert_true (seeds_profile_has_contact (with_contact));
  g_assert_cmpstr (seeds_profile_get_profile (with_contact)->email, ==, "info+lab@example.org");
  g_assert_cmpstr (seeds_profile_get_profile (with_contact)->place, ==, "Delft");
  /* no meeting has scores to share */
  g_assert_null (seeds_profile_get_shared_results (with_contact));

  seeds_directory_window_save_profile (directory, seeds_community_get_id (community),
                                       SEEDS_PROFILE_SHARE_NONE, file);
  seeds_test_iterate ();
  without = read_profile (fixture, file);
  g_assert_false (seeds_profile_has_contact (without));
  g_assert_cmpstr (seeds_profile_get_profile (without)->email, ==, "");
  g_assert_cmpstr (seeds_profile_get_profile (without)->theme, ==, "Tomatoes");
}

static GtkWidget *
find_image (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_IMAGE (child))
        return child;
      if ((found = find_image (child)) != NULL)
        return found;
    }

  return NULL;
}

static GFile *
write_profile (Fixture         *fixture,
               const char      *file_name,
               const char      *id,
               const char      *name,
               gint64           updated)
{
  g_autoptr(SeedsCommunityProfile) details = seeds_community_profile_new ();
  g_autoptr(SeedsProfile) profile = NULL;
  g_autofree char *path = g_build_filename (fixture->base.dir, file_name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_free (details->place);
  details->place = g_strdup ("Leiden");
  seeds_community_profile_set_location (details, 52.16, 4.49);
  profile = seeds_profile_new (id, name, updated, details, FALSE, NULL);
  g_assert_true (seeds_profile_save (profile, file, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&file);
}

/* The import dialog tells an update from a conflict, which is a warning:
 * the profile of one of your own communities is never imported. */
static void
test_import (Fixture         *fixture,
             gconstpointer    data)
{
  SeedsDirectoryWindow *directory = open_directory (fixture);
  g_autoptr(SeedsCommunity) own = add_entry (fixture, "Tomato Data Lab", SEEDS_COMMUNITY_FIELD_LAB,
                                             "Tomatoes", "Delft");
  const char *id = "0b1e0000-0000-4000-8000-000000000001";
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  g_autoptr(GFile) first = write_profile (fixture, "first.seedsprofile", id, "Plant Health Circle", now - 3600);
  g_autoptr(GFile) newer = write_profile (fixture, "newer.seedsprofile", id, "Plant Health Network", now);
  g_autoptr(GFile) mine = write_profile (fixture, "mine.seedsprofile", seeds_community_get_id (own),
                                         "Tomato Data Lab", now);
  GFile *files[] = { newer, mine };
  SeedsImportDialog *dialog;
  GtkWidget *updated, *conflict;
  GtkWidget *icon;

  seeds_directory_window_import_files (directory, &first, 1);
  seeds_test_iterate ();
  dialog = seeds_test_find_dialog (SEEDS_TYPE_IMPORT_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "The file was imported");
  seeds_test_respond (dialog, "close");
  g_assert_true (lists (directory, "Plant Health Circle"));
  g_assert_true (shows_marker (directory, "Plant Health Circle"));
  g_assert_true (seeds_test_shows_text (GTK_WIDGET (directory->card), "Plant Health Circle"));

  seeds_directory_window_import_files (directory, files, G_N_ELEMENTS (files));
  seeds_test_iterate ();
  dialog = seeds_test_find_dialog (SEEDS_TYPE_IMPORT_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "1 of 2 files was not imported");

  updated = seeds_test_find_row (GTK_WIDGET (dialog), "newer.seedsprofile");
  conflict = seeds_test_find_row (GTK_WIDGET (dialog), "mine.seedsprofile");
  g_assert_nonnull (updated);
  g_assert_nonnull (conflict);

  icon = find_image (updated);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (icon), ==, "Updated");
  g_assert_true (gtk_widget_has_css_class (icon, "success"));
  g_assert_cmpstr (gtk_image_get_icon_name (GTK_IMAGE (icon)), ==, "view-refresh-symbolic");

  icon = find_image (conflict);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (icon), ==, "Not imported: your own community");
  g_assert_true (gtk_widget_has_css_class (icon, "warning"));
  g_assert_false (gtk_widget_has_css_class (icon, "success"));
  g_assert_cmpstr (gtk_image_get_icon_name (GTK_IMAGE (icon)), ==, "dialog-warning-symbolic");
  seeds_test_respond (dialog, "close");

  g_assert_true (lists (directory, "Plant Health Network"));
  g_assert_false (lists (directory, "Plant Health Circle"));
  g_assert_true (lists (directory, "Tomato Data Lab"));
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  /* The test context, so that what screen readers are told can be read back */
  g_setenv ("GTK_A11Y", "test", TRUE);
  seeds_test_window_init (&argc, &argv);

  ADD ("/directory-window/open", test_open);
  ADD ("/directory-window/add", test_add);
  ADD ("/directory-window/add-known", test_add_known);
  ADD ("/directory-window/invalid", test_invalid);
  ADD ("/directory-window/store-error", test_store_error);
  ADD ("/directory-window/search-and-filter", test_search_and_filter);
  ADD ("/directory-window/marker-card", test_marker_card);
  ADD ("/directory-window/clusters", test_clusters);
  ADD ("/directory-window/cluster-colours", test_cluster_colours);
  ADD ("/directory-window/many", test_many);
  ADD ("/directory-window/remove-undo", test_remove_undo);
  ADD ("/directory-window/remove-purge", test_remove_purge);
  ADD ("/directory-window/remove-close", test_remove_close);
  ADD ("/directory-window/remove-left-behind", test_remove_left_behind);
  ADD ("/directory-window/samples", test_samples);
  ADD ("/directory-window/export", test_export);
  ADD ("/directory-window/import", test_import);

  return seeds_test_window_run ();
}
