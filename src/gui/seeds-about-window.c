/* seeds-about-window.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "seeds-about-window.h"

static void
add_credits (AdwAboutWindow *about)
{
  const char *research[] = {
    "Ellen Sjoer, Rachelle van Harn & Petra Biemans (2020), "
    "Duurzame learning communities: oogsten in de Greenport — "
    "De Haagse Hogeschool & Inholland",
    NULL
  };
  const char *designers[] = { "Charissa Meulens", "Jefta Bade", NULL };

  adw_about_window_add_acknowledgement_section (about, _("Based on the research"), research);
  adw_about_window_add_acknowledgement_section (about, _("Original design of the tool"), designers);
  /* The offline map's data, credited as its licences ask */
  adw_about_window_add_legal_section (about, _("Offline map"), NULL, GTK_LICENSE_CUSTOM,
    _("Land and borders from Natural Earth, in the public domain. "
      "The Dutch coast from OpenStreetMap: © OpenStreetMap contributors, "
      "under the Open Database License 1.0 "
      "(<a href=\"https://www.openstreetmap.org/copyright\">openstreetmap.org/copyright</a>)."));
}

/**
 * seeds_about_window_new:
 * @parent: (nullable): the window it belongs to
 *
 * The About window: the app, where to find it and report a problem, and
 * the research it builds on, with a link to the researchers' paper, so
 * that a reader can check what the factors rest on.
 */
GtkWidget *
seeds_about_window_new (GtkWindow *parent)
{
  const char *developers[] = { "The Seeds of Innovation authors", NULL };
  AdwAboutWindow *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "application-name", _("Seeds of Innovation"),
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The Seeds of Innovation authors"),
                        "developers", developers,
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "website", SEEDS_WEBSITE_URL,
                        "issue-url", SEEDS_ISSUES_URL,
                        "comments", _("A structured, honest conversation about the twelve factors "
                                      "that keep a learning community alive and make its "
                                      "outcomes last."),
                        /* Translators: put your names here, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  adw_about_window_add_link (about, _("Research paper (PDF)"), SEEDS_RESEARCH_URL);
  add_credits (about);

  return GTK_WIDGET (about);
}
