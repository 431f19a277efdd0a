/* seeds-catalog.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The app's translations in one language, read from its compiled .mo file
 * and looked up without gettext: so that a poster or a report can be made
 * in Dutch from an English session, on any thread, while the window keeps
 * its own language. Nothing process-wide changes (no locale, no
 * environment), and a catalogue does not change after it is made, so any
 * thread may look up in it.
 *
 *   g_autoptr(SeedsCatalog) catalog = seeds_catalog_new ("nl", &error);
 *
 *   title = T_(catalog, "Next Steps");  // "Vervolgstappen"
 *
 * The .mo is found where gettext would find it: in the folder that
 * bindtextdomain() bound the app's text domain to (the build tree's po/
 * when the app runs uninstalled), for the language or, failing that, its
 * language without the country ("nl" for "nl_BE"). A language without a
 * catalogue, English among them, gets the texts of the code.
 *
 * A %NULL catalogue stands for the session's own translations: shared code
 * that takes a catalogue looks up with gettext then, as the window does. */

#define SEEDS_TYPE_CATALOG (seeds_catalog_get_type ())

G_DECLARE_FINAL_TYPE (SeedsCatalog, seeds_catalog, SEEDS, CATALOG, GObject)

SeedsCatalog *seeds_catalog_new            (const char   *language,
                                            GError      **error);
SeedsCatalog *seeds_catalog_new_from_bytes (const char   *language,
                                            GBytes       *mo,
                                            GError      **error);
const char   *seeds_catalog_get_language   (SeedsCatalog *self);
gboolean      seeds_catalog_is_translated  (SeedsCatalog *self);
const char   *seeds_catalog_gettext        (SeedsCatalog *self,
                                            const char   *msgid) G_GNUC_FORMAT (2);
const char   *seeds_catalog_pgettext       (SeedsCatalog *self,
                                            const char   *context,
                                            const char   *msgid) G_GNUC_FORMAT (3);
const char   *seeds_catalog_ngettext       (SeedsCatalog *self,
                                            const char   *msgid,
                                            const char   *msgid_plural,
                                            gulong        n) G_GNUC_FORMAT (3);

/* Short forms for text in a catalogue's language. xgettext knows them as
 * keywords (po/meson.build, build-aux/check-translations), as it knows _()
 * and C_(). */
#define T_(catalog, msgid)                  seeds_catalog_gettext ((catalog), (msgid))
#define TC_(catalog, context, msgid)        seeds_catalog_pgettext ((catalog), (context), (msgid))
#define TN_(catalog, msgid, msgid_plural, n) \
  seeds_catalog_ngettext ((catalog), (msgid), (msgid_plural), (n))

G_END_DECLS
