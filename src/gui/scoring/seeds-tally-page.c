/* seeds-tally-page.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "model/seeds-score.h"
#include "model/seeds-tally.h"
#include "scoring/seeds-tally-page.h"
#include "seeds-widget-util.h"

/* A meeting held offline with the printed poster: the facilitator counts
 * the stickers per factor and per score and types the numbers in, and
 * they count like any other meeting — without names. What is typed is
 * saved a moment later, the whole grid in one write, and at once when the
 * page goes away, so nothing typed is lost. */
struct _SeedsTallyPage
{
  SeedsMeetingPart parent_instance;

  SeedsFramework  *grid_framework;  /* the framework the grid was made for */
  GHashTable      *spins;           /* "factor-id/index" → GtkSpinButton */
  GHashTable      *totals;          /* factor id → GtkLabel */
  gboolean         dirty;
  gboolean         loading;
  char            *dirty_meeting_id;  /* the meeting the typed counts are for */
  guint            save_source;

  GtkGrid         *grid;
};

/* Long enough that typing "12" is one write, short enough to feel saved. */
#define SAVE_DELAY_MS 500

G_DEFINE_FINAL_TYPE (SeedsTallyPage, seeds_tally_page, SEEDS_TYPE_MEETING_PART)

static char *
spin_key (const char *factor_id,
          int         index)
{
  return g_strdup_printf ("%s/%d", factor_id, index);
}

static void
update_total (SeedsTallyPage *self,
              const char     *factor_id)
{
  g_autofree char *text = NULL;
  guint total = 0;

  for (int i = 0; i < SEEDS_TALLY_N_VALUES; i++)
    {
      g_autofree char *key = spin_key (factor_id, i);

      total += gtk_spin_button_get_value_as_int (g_hash_table_lookup (self->spins, key));
    }

  text = g_strdup_printf ("%u", total);
  gtk_label_set_text (g_hash_table_lookup (self->totals, factor_id), text);
}

static gboolean
save_timeout (gpointer user_data)
{
  SeedsTallyPage *self = user_data;

  self->save_source = 0;
  seeds_tally_page_save (self);
  return G_SOURCE_REMOVE;
}

static void
on_value_changed (GtkSpinButton  *spin,
                  SeedsTallyPage *self)
{
  update_total (self, g_object_get_data (G_OBJECT (spin), "factor-id"));
  if (self->loading)
    return;

  if (!self->dirty)
    {
      self->dirty = TRUE;
      g_free (self->dirty_meeting_id);
      self->dirty_meeting_id = g_strdup (seeds_meeting_get_id (MEETING (self)));
    }
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_timeout, self);
}

static GtkWidget *
header_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "heading");
  return label;
}

static void
build_grid (SeedsTallyPage *self)
{
  SeedsFramework *framework = FRAMEWORK (self);
  const char *values[SEEDS_TALLY_N_VALUES] = { "?", "1", "2", "3", "4", "5" };

  seeds_widget_remove_children (GTK_WIDGET (self->grid));
  g_hash_table_remove_all (self->spins);
  g_hash_table_remove_all (self->totals);

  /* columns: 1 … 5, then "?", as on the poster */
  for (int i = 1; i <= SEEDS_TALLY_N_VALUES; i++)
    gtk_grid_attach (self->grid, header_new (values[i % SEEDS_TALLY_N_VALUES]), i, 0, 1, 1);
  gtk_grid_attach (self->grid, header_new (_("Total")), SEEDS_TALLY_N_VALUES + 1, 0, 1, 1);

  for (guint f = 0; f < seeds_framework_get_n_factors (framework); f++)
    {
      SeedsFactor *factor = seeds_framework_get_factor (framework, f);
      const char *id = seeds_factor_get_id (factor);
      g_autofree char *heading = g_strdup_printf ("%u. %s", f + 1, seeds_factor_get_title (factor));
      GtkWidget *title = gtk_label_new (heading);
      GtkWidget *total = gtk_label_new ("0");

      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_label_set_wrap (GTK_LABEL (title), TRUE);
      /* Room for a title in two or three lines next to six counts. */
      gtk_label_set_width_chars (GTK_LABEL (title), 14);
      gtk_label_set_max_width_chars (GTK_LABEL (title), 36);
      gtk_widget_set_hexpand (title, TRUE);
      gtk_grid_attach (self->grid, title, 0, f + 1, 1, 1);

      for (int i = 1; i <= SEEDS_TALLY_N_VALUES; i++)
        {
          int index = i % SEEDS_TALLY_N_VALUES;
          GtkWidget *spin = gtk_spin_button_new_with_range (0, SEEDS_TALLY_MAX_COUNT, 1);
          g_autofree char *accessible = NULL;

          /* Translators: a factor's title, then a score of the poster's scale ("?" is don't know) */
          accessible = g_strdup_printf (_("%s: stickers on %s"), seeds_factor_get_title (factor), values[index]);
          gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
          gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
          /* Counts have two digits; more still show, and the grid stays narrow. */
          gtk_editable_set_width_chars (GTK_EDITABLE (spin), 2);
          gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
          g_object_set_data_full (G_OBJECT (spin), "factor-id", g_strdup (id), g_free);
          g_signal_connect (spin, "value-changed", G_CALLBACK (on_value_changed), self);
          g_hash_table_insert (self->spins, spin_key (id, index), spin);
          gtk_grid_attach (self->grid, spin, i, f + 1, 1, 1);
        }

      gtk_widget_add_css_class (total, "numeric");
      g_hash_table_insert (self->totals, g_strdup (id), total);
      gtk_grid_attach (self->grid, total, SEEDS_TALLY_N_VALUES + 1, f + 1, 1, 1);
    }

  self->grid_framework = framework;
}

static void
show_tallies (SeedsTallyPage *self)
{
  g_autoptr(GPtrArray) tallies = NULL;
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer spin;

  self->loading = TRUE;
  g_hash_table_iter_init (&iter, self->spins);
  while (g_hash_table_iter_next (&iter, NULL, &spin))
    gtk_spin_button_set_value (spin, 0);

  tallies = seeds_store_list_tallies (STORE (self), seeds_meeting_get_id (MEETING (self)), &error);
  if (tallies == NULL)
    seeds_widget_show_error (GTK_WIDGET (self), error);

  for (guint t = 0; tallies != NULL && t < tallies->len; t++)
    {
      const SeedsTally *tally = g_ptr_array_index (tallies, t);

      for (int i = 0; i < SEEDS_TALLY_N_VALUES; i++)
        {
          g_autofree char *key = spin_key (tally->factor_id, i);

          if ((spin = g_hash_table_lookup (self->spins, key)) != NULL)
            gtk_spin_button_set_value (spin, tally->counts[i]);
        }
    }

  self->loading = FALSE;
}

static void
seeds_tally_page_update (SeedsMeetingPart *part,
                         SeedsStoreChange  change)
{
  SeedsTallyPage *self = SEEDS_TALLY_PAGE (part);

  /* What was typed for the meeting shown before goes to that meeting. */
  seeds_tally_page_save (self);

  if (MEETING (self) == NULL || seeds_meeting_get_kind (MEETING (self)) != SEEDS_MEETING_POSTER)
    return;

  if (FRAMEWORK (self) != self->grid_framework)
    build_grid (self);

  show_tallies (self);
}

/**
 * seeds_tally_page_save:
 *
 * Saves what was typed now rather than a moment later: every count of the
 * grid in one go, for the meeting they were typed for.
 *
 * Returns: whether nothing is left unsaved
 */
gboolean
seeds_tally_page_save (SeedsTallyPage *self)
{
  SeedsFramework *framework;
  g_autoptr(GPtrArray) tallies = g_ptr_array_new_with_free_func ((GDestroyNotify) seeds_tally_free);
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (SEEDS_IS_TALLY_PAGE (self), FALSE);

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (!self->dirty)
    return TRUE;

  self->dirty = FALSE;
  framework = FRAMEWORK (self);
  for (guint f = 0; f < seeds_framework_get_n_factors (framework); f++)
    {
      const char *id = seeds_factor_get_id (seeds_framework_get_factor (framework, f));
      guint counts[SEEDS_TALLY_N_VALUES];

      for (int i = 0; i < SEEDS_TALLY_N_VALUES; i++)
        {
          g_autofree char *key = spin_key (id, i);

          counts[i] = gtk_spin_button_get_value_as_int (g_hash_table_lookup (self->spins, key));
        }
      g_ptr_array_add (tallies, seeds_tally_new (id, counts));
    }

  if (!seeds_store_set_meeting_tallies (STORE (self), self->dirty_meeting_id, tallies, &error))
    {
      seeds_widget_show_error (GTK_WIDGET (self), error);
      return FALSE;
    }

  return TRUE;
}

static void
seeds_tally_page_unmap (GtkWidget *widget)
{
  seeds_tally_page_save (SEEDS_TALLY_PAGE (widget));

  GTK_WIDGET_CLASS (seeds_tally_page_parent_class)->unmap (widget);
}

static void
seeds_tally_page_dispose (GObject *object)
{
  SeedsTallyPage *self = (SeedsTallyPage *)object;

  if (self->spins != NULL)
    seeds_tally_page_save (self);
  g_clear_pointer (&self->dirty_meeting_id, g_free);
  g_clear_pointer (&self->spins, g_hash_table_unref);
  g_clear_pointer (&self->totals, g_hash_table_unref);

  G_OBJECT_CLASS (seeds_tally_page_parent_class)->dispose (object);
}

static void
seeds_tally_page_class_init (SeedsTallyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  SeedsMeetingPartClass *part_class = SEEDS_MEETING_PART_CLASS (klass);

  object_class->dispose = seeds_tally_page_dispose;
  part_class->changes = SEEDS_STORE_CHANGE_TALLIES;
  part_class->update = seeds_tally_page_update;
  widget_class->unmap = seeds_tally_page_unmap;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/scoring/seeds-tally-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SeedsTallyPage, grid);
}

static void
seeds_tally_page_init (SeedsTallyPage *self)
{
  self->spins = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->totals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
}

/* The field for the stickers on @value (1–5, or SEEDS_SCORE_DONT_KNOW). */
GtkSpinButton *
seeds_tally_page_get_spin (SeedsTallyPage *self,
                           const char     *factor_id,
                           int             value)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (SEEDS_IS_TALLY_PAGE (self), NULL);

  key = spin_key (factor_id, seeds_tally_index_score (value));
  return g_hash_table_lookup (self->spins, key);
}

gboolean
seeds_tally_page_get_dirty (SeedsTallyPage *self)
{
  g_return_val_if_fail (SEEDS_IS_TALLY_PAGE (self), FALSE);

  return self->dirty;
}
