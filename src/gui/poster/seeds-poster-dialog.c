/* seeds-poster-dialog.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "poster/seeds-poster-dialog.h"
#include "print/seeds-factor-code.h"
#include "seeds-print-util.h"
#include "seeds-widget-util.h"

/* Asks what the poster is printed on and in before the print dialog: the
 * layout depends on the paper and its orientation, and the poster's
 * language need not be the app's. */
struct _SeedsPosterDialog
{
  AdwMessageDialog  parent_instance;

  AdwComboRow      *paper_row;
  AdwComboRow      *orientation_row;
  AdwComboRow      *language_row;

  char             *base_url;  /* NULL: the codes hold text */
};

G_DEFINE_FINAL_TYPE (SeedsPosterDialog, seeds_poster_dialog, ADW_TYPE_MESSAGE_DIALOG)

/* What each paper is good for: the size of its sticker cells. */
static const char * const paper_uses[] = {
  N_("For a small group or a hand-out, with small dots or a pen"),
  N_("For the common dot stickers of 12 mm"),
  N_("For dot stickers of up to 19 mm"),
  N_("For dot stickers of up to 19 mm, read from further away"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (paper_uses) == SEEDS_N_PAPERS);

/* The orientations, in the order of the row's list. */
enum
{
  PORTRAIT,
  LANDSCAPE,
};

/* What the codes hold on the paper chosen, as the poster itself says. */
static char *
code_content_text (SeedsPosterDialog *self)
{
  SeedsPaper paper = seeds_poster_dialog_get_paper (self);

  switch (seeds_code_content_for_paper (paper, self->base_url != NULL))
    {
    case SEEDS_CODE_TITLE:
      return g_strdup (_("On this paper, its QR codes hold each factor’s title, which a phone "
                         "shows without internet."));
    case SEEDS_CODE_DEFINITION:
      return g_strdup (_("On this paper, its QR codes hold each factor’s title and what it "
                         "means, which a phone shows without internet."));
    case SEEDS_CODE_LINK:
    default:
      /* Translators: %s is a web address */
      return g_strdup_printf (_("Its QR codes link to the factor pages at %s: what each factor "
                                "means, the research’s findings and this app’s tips."),
                              self->base_url);
    }
}

static void
update_body (SeedsPosterDialog *self)
{
  g_autofree char *codes = code_content_text (self);

  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (self), "%s %s",
                                  _("Everyone puts a dot sticker on each factor’s scale. Print the poster, "
                                    "or save it as a PDF for a print shop."),
                                  codes);
}

static void
on_paper_selected (AdwComboRow       *row,
                   GParamSpec        *pspec,
                   SeedsPosterDialog *self)
{
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(paper_uses[seeds_poster_dialog_get_paper (self)]));
  update_body (self);
}

static void
seeds_poster_dialog_finalize (GObject *object)
{
  SeedsPosterDialog *self = SEEDS_POSTER_DIALOG (object);

  g_free (self->base_url);

  G_OBJECT_CLASS (seeds_poster_dialog_parent_class)->finalize (object);
}

static void
seeds_poster_dialog_class_init (SeedsPosterDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = seeds_poster_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/poster/seeds-poster-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SeedsPosterDialog, paper_row);
  gtk_widget_class_bind_template_child (widget_class, SeedsPosterDialog, orientation_row);
  gtk_widget_class_bind_template_child (widget_class, SeedsPosterDialog, language_row);
  gtk_widget_class_bind_template_callback (widget_class, on_paper_selected);
}

static void
seeds_poster_dialog_init (SeedsPosterDialog *self)
{
  g_autoptr(GtkStringList) papers = gtk_string_list_new (NULL);
  g_autoptr(GListModel) languages = seeds_print_languages_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  for (SeedsPaper paper = 0; paper < SEEDS_N_PAPERS; paper++)
    gtk_string_list_append (papers, seeds_paper_get_name (paper));

  /* The default of the command line, --paper a2: the first size for dot
   * stickers. */
  adw_combo_row_set_model (self->paper_row, G_LIST_MODEL (papers));
  adw_combo_row_set_selected (self->paper_row, SEEDS_PAPER_A2);
  adw_combo_row_set_model (self->language_row, languages);
  adw_combo_row_set_selected (self->language_row, seeds_print_languages_find (NULL));
}

/**
 * seeds_poster_dialog_new:
 * @parent: the window
 * @base_url: (nullable): where the QR codes link to, from the preferences;
 *   %NULL or "" when they hold the explanation itself
 */
SeedsPosterDialog *
seeds_poster_dialog_new (GtkWindow  *parent,
                         const char *base_url)
{
  SeedsPosterDialog *self = g_object_new (SEEDS_TYPE_POSTER_DIALOG,
                                          SEEDS_DIALOG_ROLE,
                                          "transient-for", parent,
                                          NULL);

  if (base_url != NULL && *base_url != '\0')
    self->base_url = g_strdup (base_url);
  update_body (self);

  return self;
}

SeedsPaper
seeds_poster_dialog_get_paper (SeedsPosterDialog *self)
{
  guint selected;

  g_return_val_if_fail (SEEDS_IS_POSTER_DIALOG (self), SEEDS_PAPER_A2);

  selected = adw_combo_row_get_selected (self->paper_row);
  return selected < SEEDS_N_PAPERS ? (SeedsPaper) selected : SEEDS_PAPER_A2;
}

gboolean
seeds_poster_dialog_get_landscape (SeedsPosterDialog *self)
{
  g_return_val_if_fail (SEEDS_IS_POSTER_DIALOG (self), FALSE);

  return adw_combo_row_get_selected (self->orientation_row) == LANDSCAPE;
}

/* The poster's language, as "nl". */
const char *
seeds_poster_dialog_get_language (SeedsPosterDialog *self)
{
  g_return_val_if_fail (SEEDS_IS_POSTER_DIALOG (self), NULL);

  return seeds_print_languages_get (adw_combo_row_get_selected (self->language_row));
}
