/* seeds-directory-entry-dialog.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "directory/seeds-directory-entry-dialog.h"
#include "seeds-widget-util.h"

/* Adds a learning community to the directory, or changes one: its name and
 * profile. Every text is checked as the store checks it, the location as
 * well (both coordinates or neither, in range, with a decimal point or a
 * comma), so that saving is only offered for what the store takes. What
 * the store refuses all the same is shown here by the window, which keeps
 * the dialog open (it only hides on close). */
struct _SeedsDirectoryEntryDialog
{
  SeedsFormDialog  parent_instance;

  SeedsCommunity  *community;

  AdwEntryRow     *name_row;
  AdwActionRow    *own_row;
  GtkSwitch       *own_switch;
  AdwComboRow     *kind_row;
  AdwEntryRow     *theme_row;
  AdwEntryRow     *place_row;
  AdwEntryRow     *latitude_row;
  AdwEntryRow     *longitude_row;
  GtkTextView     *partners_view;
  AdwEntryRow     *contact_row;
  AdwEntryRow     *email_row;
  AdwEntryRow     *phone_row;
  AdwEntryRow     *website_row;
  GtkTextView     *description_view;
  GtkLabel        *error_label;
};

G_DEFINE_FINAL_TYPE (SeedsDirectoryEntryDialog, seeds_directory_entry_dialog, SEEDS_TYPE_FORM_DIALOG)

/* A coordinate as people type it: "52.0" or, as in Dutch, "52,0". */
static gboolean
parse_coordinate (const char *text,
                  double      min,
                  double      max,
                  double     *value)
{
  g_autofree char *clean = g_strstrip (g_strdelimit (g_strdup (text), ",", '.'));
  char *end = NULL;

  if (*clean == '\0')
    return FALSE;

  *value = g_ascii_strtod (clean, &end);
  return end != NULL && *end == '\0' && isfinite (*value) && *value >= min && *value <= max;
}

/**
 * seeds_directory_parse_location:
 * @latitude: the latitude as typed, or ""
 * @longitude: the longitude as typed, or ""
 *
 * Reads a location typed in decimal degrees: both given or neither.
 *
 * Returns: %TRUE with *@has_location, *@latitude_out and *@longitude_out
 *   set; %FALSE with a #SEEDS_TEXT_ERROR that says what is wrong
 */
gboolean
seeds_directory_parse_location (const char  *latitude,
                                const char  *longitude,
                                gboolean    *has_location,
                                double      *latitude_out,
                                double      *longitude_out,
                                GError     **error)
{
  g_autofree char *lat = g_strstrip (g_strdup (latitude != NULL ? latitude : ""));
  g_autofree char *lon = g_strstrip (g_strdup (longitude != NULL ? longitude : ""));

  *has_location = FALSE;
  *latitude_out = *longitude_out = 0;

  if (*lat == '\0' && *lon == '\0')
    return TRUE;

  if (*lat == '\0' || *lon == '\0')
    {
      g_set_error_literal (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_INVALID,
                           _("Enter both the latitude and the longitude, or neither."));
      return FALSE;
    }

  if (!parse_coordinate (lat, SEEDS_LATITUDE_MIN, SEEDS_LATITUDE_MAX, latitude_out))
    {
      g_set_error_literal (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_INVALID,
                           _("The latitude must be a number from -90 to 90 degrees."));
      return FALSE;
    }

  if (!parse_coordinate (lon, SEEDS_LONGITUDE_MIN, SEEDS_LONGITUDE_MAX, longitude_out))
    {
      g_set_error_literal (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_INVALID,
                           _("The longitude must be a number from -180 to 180 degrees."));
      return FALSE;
    }

  *has_location = TRUE;
  return TRUE;
}

static char *
get_view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* What the form dialog does not check: the multi-line fields and the
 * location. */
static gboolean
check_more (SeedsDirectoryEntryDialog  *self,
            GError                    **error)
{
  g_autofree char *partners = get_view_text (self->partners_view);
  g_autofree char *description = get_view_text (self->description_view);
  g_autofree char *clean_partners = NULL;
  g_autofree char *clean_description = NULL;
  gboolean has_location;
  double latitude, longitude;

  return (clean_partners = seeds_text_clean (partners, SEEDS_FIELD_PARTNERS, error)) != NULL &&
         (clean_description = seeds_text_clean (description, SEEDS_FIELD_DESCRIPTION, error)) != NULL &&
         seeds_directory_parse_location (gtk_editable_get_text (GTK_EDITABLE (self->latitude_row)),
                                         gtk_editable_get_text (GTK_EDITABLE (self->longitude_row)),
                                         &has_location, &latitude, &longitude, error);
}

static void
validate (SeedsDirectoryEntryDialog *self)
{
  g_autoptr(GError) error = NULL;
  gboolean valid = seeds_form_dialog_validate (SEEDS_FORM_DIALOG (self));

  /* The form's own message comes first; without one, ours. */
  if (check_more (self, &error))
    return;

  if (!gtk_widget_get_visible (GTK_WIDGET (self->error_label)))
    seeds_directory_entry_dialog_show_error (self, error);
  if (valid)
    adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), SEEDS_FORM_DIALOG_SAVE, FALSE);
}

static void
seeds_directory_entry_dialog_dispose (GObject *object)
{
  SeedsDirectoryEntryDialog *self = SEEDS_DIRECTORY_ENTRY_DIALOG (object);

  g_clear_object (&self->community);

  G_OBJECT_CLASS (seeds_directory_entry_dialog_parent_class)->dispose (object);
}

static void
seeds_directory_entry_dialog_class_init (SeedsDirectoryEntryDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = seeds_directory_entry_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/directory/seeds-directory-entry-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryEntryDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryEntryDialog, own_row);
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryEntryDialog, own_switch);
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryEntryDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryEntryDialog, theme_row);
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryEntryDialog, place_row);
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryEntryDialog, latitude_row);
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryEntryDialog, longitude_row);
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryEntryDialog, partners_view);
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryEntryDialog, contact_row);
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryEntryDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryEntryDialog, phone_row);
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryEntryDialog, website_row);
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryEntryDialog, description_view);
  gtk_widget_class_bind_template_child (widget_class, SeedsDirectoryEntryDialog, error_label);
}

static GListModel *
kinds_new (void)
{
  GtkStringList *kinds = gtk_string_list_new (NULL);

  for (int kind = 0; kind < SEEDS_N_COMMUNITY_KINDS; kind++)
    gtk_string_list_append (kinds, seeds_community_kind_get_label (kind));

  return G_LIST_MODEL (kinds);
}

static void
add_field (SeedsDirectoryEntryDialog *self,
           AdwEntryRow               *row,
           SeedsField                 field)
{
  seeds_form_dialog_add_field (SEEDS_FORM_DIALOG (self), GTK_EDITABLE (row), field);
  /* After the form's own check, which enables saving without ours */
  g_signal_connect_object (row, "changed", G_CALLBACK (validate), self, G_CONNECT_SWAPPED);
}

static void
seeds_directory_entry_dialog_init (SeedsDirectoryEntryDialog *self)
{
  g_autoptr(GListModel) kinds = kinds_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  adw_combo_row_set_model (self->kind_row, kinds);
  seeds_form_dialog_set_error_label (SEEDS_FORM_DIALOG (self), self->error_label);
  add_field (self, self->name_row, SEEDS_FIELD_COMMUNITY_NAME);
  add_field (self, self->theme_row, SEEDS_FIELD_THEME);
  add_field (self, self->place_row, SEEDS_FIELD_PLACE);
  add_field (self, self->contact_row, SEEDS_FIELD_CONTACT_NAME);
  add_field (self, self->email_row, SEEDS_FIELD_EMAIL);
  add_field (self, self->phone_row, SEEDS_FIELD_PHONE);
  add_field (self, self->website_row, SEEDS_FIELD_WEBSITE);

  /* Enter in a coordinate checks the location too, before saving. */
  g_signal_connect_object (self->latitude_row, "changed", G_CALLBACK (validate), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->longitude_row, "changed", G_CALLBACK (validate), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->partners_view), "changed",
                           G_CALLBACK (validate), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->description_view), "changed",
                           G_CALLBACK (validate), self, G_CONNECT_SWAPPED);
}

static void
set_view_text (GtkTextView *view,
               const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}

static char *
format_coordinate (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.6g", value));
}

static void
fill_in (SeedsDirectoryEntryDialog *self,
         SeedsCommunity            *community)
{
  SeedsFormDialog *form = SEEDS_FORM_DIALOG (self);
  const SeedsCommunityProfile *profile = seeds_community_get_profile (community);

  seeds_form_dialog_set_text (form, GTK_EDITABLE (self->name_row), seeds_community_get_name (community));
  adw_combo_row_set_selected (self->kind_row, profile->kind);
  seeds_form_dialog_set_text (form, GTK_EDITABLE (self->theme_row), profile->theme);
  seeds_form_dialog_set_text (form, GTK_EDITABLE (self->place_row), profile->place);
  seeds_form_dialog_set_text (form, GTK_EDITABLE (self->contact_row), profile->contact_name);
  seeds_form_dialog_set_text (form, GTK_EDITABLE (self->email_row), profile->email);
  seeds_form_dialog_set_text (form, GTK_EDITABLE (self->phone_row), profile->phone);
  seeds_form_dialog_set_text (form, GTK_EDITABLE (self->website_row), profile->website);
  set_view_text (self->partners_view, profile->partners);
  set_view_text (self->description_view, profile->description);

  if (profile->has_location)
    {
      g_autofree char *latitude = format_coordinate (profile->latitude);
      g_autofree char *longitude = format_coordinate (profile->longitude);

      gtk_editable_set_text (GTK_EDITABLE (self->latitude_row), latitude);
      gtk_editable_set_text (GTK_EDITABLE (self->longitude_row), longitude);
    }

  validate (self);
}

/**
 * seeds_directory_entry_dialog_new:
 * @parent: the directory window
 * @community: (nullable): the entry to change, or %NULL for a new one
 */
SeedsDirectoryEntryDialog *
seeds_directory_entry_dialog_new (GtkWindow      *parent,
                                  SeedsCommunity *community)
{
  SeedsDirectoryEntryDialog *self;

  g_return_val_if_fail (community == NULL || SEEDS_IS_COMMUNITY (community), NULL);

  self = g_object_new (SEEDS_TYPE_DIRECTORY_ENTRY_DIALOG,
                       SEEDS_DIALOG_ROLE,
                       "transient-for", parent,
                       NULL);

  if (community != NULL)
    {
      self->community = g_object_ref (community);
      adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _("Edit Learning Community"));
      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), "");
      adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (self), SEEDS_FORM_DIALOG_SAVE, _("_Save"));
      /* Whose it is was settled when it was added. */
      gtk_widget_set_visible (GTK_WIDGET (self->own_row), FALSE);
      fill_in (self, community);
    }

  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));

  return self;
}

/* For a new entry: one of your own, or another community you know (the
 * default: your own are usually made in the main window). */
SeedsCommunityOrigin
seeds_directory_entry_dialog_get_origin (SeedsDirectoryEntryDialog *self)
{
  g_return_val_if_fail (SEEDS_IS_DIRECTORY_ENTRY_DIALOG (self), SEEDS_COMMUNITY_KNOWN);

  return gtk_switch_get_active (self->own_switch) ? SEEDS_COMMUNITY_OWN : SEEDS_COMMUNITY_KNOWN;
}

/* (nullable): the entry being changed; %NULL for a new one */
SeedsCommunity *
seeds_directory_entry_dialog_get_community (SeedsDirectoryEntryDialog *self)
{
  g_return_val_if_fail (SEEDS_IS_DIRECTORY_ENTRY_DIALOG (self), NULL);

  return self->community;
}

char *
seeds_directory_entry_dialog_get_name (SeedsDirectoryEntryDialog *self)
{
  g_return_val_if_fail (SEEDS_IS_DIRECTORY_ENTRY_DIALOG (self), NULL);

  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
}

/**
 * seeds_directory_entry_dialog_get_profile:
 *
 * The profile as typed; the store cleans it.
 *
 * Returns: (transfer full): the profile, or %NULL when the location
 *   cannot be read
 */
SeedsCommunityProfile *
seeds_directory_entry_dialog_get_profile (SeedsDirectoryEntryDialog  *self,
                                          GError                    **error)
{
  g_autoptr(SeedsCommunityProfile) profile = seeds_community_profile_new ();
  gboolean has_location;
  double latitude, longitude;

  g_return_val_if_fail (SEEDS_IS_DIRECTORY_ENTRY_DIALOG (self), NULL);

  if (!seeds_directory_parse_location (gtk_editable_get_text (GTK_EDITABLE (self->latitude_row)),
                                       gtk_editable_get_text (GTK_EDITABLE (self->longitude_row)),
                                       &has_location, &latitude, &longitude, error))
    return NULL;

  profile->kind = MIN (adw_combo_row_get_selected (self->kind_row), SEEDS_COMMUNITY_OTHER);

#define TAKE(member, text) \
  g_free (profile->member); \
  profile->member = (text);

  TAKE (theme, g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->theme_row))))
  TAKE (place, g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->place_row))))
  TAKE (contact_name, g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->contact_row))))
  TAKE (email, g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->email_row))))
  TAKE (phone, g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->phone_row))))
  TAKE (website, g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->website_row))))
  TAKE (partners, get_view_text (self->partners_view))
  TAKE (description, get_view_text (self->description_view))

#undef TAKE

  if (has_location)
    seeds_community_profile_set_location (profile, latitude, longitude);

  return g_steal_pointer (&profile);
}

/* Says what went wrong below the form. */
void
seeds_directory_entry_dialog_show_error (SeedsDirectoryEntryDialog *self,
                                         const GError              *error)
{
  g_return_if_fail (SEEDS_IS_DIRECTORY_ENTRY_DIALOG (self));
  g_return_if_fail (error != NULL);

  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

/**
 * seeds_directory_entry_dialog_get_text_view:
 * @name: "partners" or "description"
 *
 * Returns: (transfer none): the multi-line field, for the tests
 */
GtkTextView *
seeds_directory_entry_dialog_get_text_view (SeedsDirectoryEntryDialog *self,
                                            const char                *name)
{
  g_return_val_if_fail (SEEDS_IS_DIRECTORY_ENTRY_DIALOG (self), NULL);

  return g_str_equal (name, "partners") ? self->partners_view : self->description_view;
}
