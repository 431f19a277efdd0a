/* seeds-catalog.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "model/seeds-catalog.h"
#include "model/seeds-language.h"

/* The GNU .mo format: a header of 32-bit numbers in the writer's byte
 * order, then tables of (length, offset) pairs for the original strings and
 * their translations. Strings end in a NUL that their length leaves out; an
 * original with a plural is "msgid\0msgid_plural", its translation the
 * forms one after another, and a context comes first as "context\004". */
#define MO_MAGIC          0x950412de
#define MO_MAGIC_SWAPPED  0xde120495
#define MO_HEADER_SIZE    28
#define MO_MAX_MAJOR      1

/* The plural rules of the languages we ship; any other falls back to
 * English's. */
typedef enum
{
  PLURAL_NOT_ONE,       /* English, Dutch: n != 1 */
  PLURAL_MORE_THAN_ONE, /* French: n > 1 */
  PLURAL_NONE,          /* one form for every n */
} PluralRule;

static const struct
{
  const char *expression;  /* without white space */
  PluralRule  rule;
} plural_rules[] = {
  { "nplurals=2;plural=(n!=1);", PLURAL_NOT_ONE },
  { "nplurals=2;plural=n!=1;", PLURAL_NOT_ONE },
  { "nplurals=2;plural=(n>1);", PLURAL_MORE_THAN_ONE },
  { "nplurals=2;plural=n>1;", PLURAL_MORE_THAN_ONE },
  { "nplurals=1;plural=0;", PLURAL_NONE },
};

typedef struct
{
  const char *text;    /* the forms, each ending in a NUL */
  gsize       length;  /* of all of them, without the last NUL */
} Translation;

struct _SeedsCatalog
{
  GObject      parent_instance;

  char        *language;
  GBytes      *mo;            /* NULL: nothing is translated */
  GHashTable  *translations;  /* original (in mo) → Translation */
  Translation *table;
  PluralRule   plural;
};

G_DEFINE_FINAL_TYPE (SeedsCatalog, seeds_catalog, G_TYPE_OBJECT)

static void
seeds_catalog_finalize (GObject *object)
{
  SeedsCatalog *self = (SeedsCatalog *)object;

  g_clear_pointer (&self->translations, g_hash_table_unref);
  g_clear_pointer (&self->table, g_free);
  g_clear_pointer (&self->mo, g_bytes_unref);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (seeds_catalog_parent_class)->finalize (object);
}

static void
seeds_catalog_class_init (SeedsCatalogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = seeds_catalog_finalize;
}

static void
seeds_catalog_init (SeedsCatalog *self)
{
  self->translations = g_hash_table_new (g_str_hash, g_str_equal);
  self->plural = PLURAL_NOT_ONE;
}

/* ------------------------------------------------------------------------
 * Reading a .mo
 */

typedef struct
{
  const guint8 *data;
  gsize         size;
  gboolean      swapped;
} MoFile;

static gboolean
read_number (const MoFile *mo,
             guint64       offset,
             guint32      *value)
{
  guint32 raw;

  if (offset + sizeof raw > mo->size)
    return FALSE;

  memcpy (&raw, mo->data + offset, sizeof raw);
  *value = mo->swapped ? GUINT32_SWAP_LE_BE (raw) : raw;
  return TRUE;
}

/* The index'th string of the table at table: in the file, and ending in
 * its NUL. */
static gboolean
read_string (const MoFile *mo,
             guint32       table,
             guint32       index,
             const char  **text,
             gsize        *length)
{
  guint32 string_length;
  guint32 offset;

  if (!read_number (mo, table + (guint64)index * 8, &string_length) ||
      !read_number (mo, table + (guint64)index * 8 + 4, &offset) ||
      (guint64)offset + string_length >= mo->size ||
      mo->data[(gsize)offset + string_length] != '\0')
    return FALSE;

  *text = (const char *)mo->data + offset;
  *length = string_length;
  return TRUE;
}

/* The rule of the header's Plural-Forms line. */
static PluralRule
read_plural_rule (const char *header)
{
  const char *line = strstr (header, "Plural-Forms:");
  g_autoptr(GString) expression = g_string_new (NULL);

  if (line == NULL)
    return PLURAL_NOT_ONE;

  for (const char *p = line + strlen ("Plural-Forms:"); *p != '\0' && *p != '\n'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (expression, *p);

  for (guint i = 0; i < G_N_ELEMENTS (plural_rules); i++)
    if (g_str_equal (expression->str, plural_rules[i].expression))
      return plural_rules[i].rule;

  g_debug ("Unknown plural rule “%s”: using English’s", expression->str);
  return PLURAL_NOT_ONE;
}

/* Whether each of the forms is UTF-8. */
static gboolean
is_utf8 (const Translation *translation)
{
  for (gsize offset = 0; offset <= translation->length;)
    {
      const char *form = translation->text + offset;
      gsize length = strlen (form);

      if (!g_utf8_validate_len (form, length, NULL))
        return FALSE;
      offset += length + 1;
    }

  return TRUE;
}

static gboolean
load (SeedsCatalog *self,
      GBytes       *bytes)
{
  MoFile mo = { NULL, 0, FALSE };
  guint32 magic, revision, n, originals, translations;

  mo.data = g_bytes_get_data (bytes, &mo.size);

  if (!read_number (&mo, 0, &magic) || (magic != MO_MAGIC && magic != MO_MAGIC_SWAPPED))
    return FALSE;
  mo.swapped = magic == MO_MAGIC_SWAPPED;

  if (mo.size < MO_HEADER_SIZE ||
      !read_number (&mo, 4, &revision) || revision >> 16 > MO_MAX_MAJOR ||
      !read_number (&mo, 8, &n) ||
      !read_number (&mo, 12, &originals) ||
      !read_number (&mo, 16, &translations) ||
      (guint64)n * 8 > mo.size)
    return FALSE;

  self->table = g_new0 (Translation, n);

  for (guint32 i = 0; i < n; i++)
    {
      const char *original;
      gsize original_length;
      Translation *translation = &self->table[i];

      if (!read_string (&mo, originals, i, &original, &original_length) ||
          !read_string (&mo, translations, i, &translation->text, &translation->length))
        return FALSE;

      /* The header, the translation of "", says how plurals are formed. */
      if (original_length == 0)
        {
          self->plural = read_plural_rule (translation->text);
          continue;
        }

      /* Better English than text that Pango cannot show. */
      if (!is_utf8 (translation))
        continue;

      g_hash_table_insert (self->translations, (gpointer)original, translation);
    }

  self->mo = g_bytes_ref (bytes);
  return TRUE;
}

/**
 * seeds_catalog_new_from_bytes:
 * @language: (nullable): the catalogue's language, as "nl"
 * @mo: (nullable): a compiled .mo file, or %NULL for a catalogue that
 *   translates nothing
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the catalogue, or %NULL with @error set when
 *   @mo is not a .mo file
 */
SeedsCatalog *
seeds_catalog_new_from_bytes (const char  *language,
                              GBytes      *mo,
                              GError     **error)
{
  g_autoptr(SeedsCatalog) self = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (SEEDS_TYPE_CATALOG, NULL);
  self->language = g_strdup (language);

  if (mo != NULL && !load (self, mo))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* Translators: %s is a language code, as “nl” */
                   _("The translations into “%s” cannot be read: the file is damaged."),
                   language != NULL ? language : "?");
      return NULL;
    }

  return g_steal_pointer (&self);
}

/* Where gettext would look for the app's translations into language or,
 * failing that, into its language without the country; NULL when there
 * are none. */
static char *
find_mo (const char *language)
{
  g_autofree char *folder = g_strdup (bindtextdomain (GETTEXT_PACKAGE, NULL));
  g_auto(GStrv) variants = g_get_locale_variants (language);

  for (guint i = 0; folder != NULL && variants[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (folder, variants[i], "LC_MESSAGES",
                                                GETTEXT_PACKAGE ".mo", NULL);

      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&path);
    }

  return NULL;
}

/* The session's language, as gettext picks it: the first of the user's
 * languages that the app has translations for; none in the "C" locale. */
static char *
find_session_mo (void)
{
  const char * const *names = g_get_language_names_with_category ("LC_MESSAGES");

  for (guint i = 0; names[i] != NULL; i++)
    {
      char *path;

      if (g_str_equal (names[i], "C") || g_str_equal (names[i], "POSIX"))
        break;
      if ((path = find_mo (names[i])) != NULL)
        return path;
    }

  return NULL;
}

/**
 * seeds_catalog_new:
 * @language: (nullable): a language code such as "nl" or "nl_BE" (see
 *   seeds_language_is_valid()), or %NULL for the session's language
 * @error: return location for a #GError
 *
 * Reads the app's translations into @language: see seeds-catalog.h. Safe
 * to call from any thread.
 *
 * Returns: (transfer full): the catalogue, or %NULL with @error set when
 *   @language is not a language code (SEEDS_LANGUAGE_ERROR_INVALID) or its
 *   catalogue cannot be read
 */
SeedsCatalog *
seeds_catalog_new (const char  *language,
                   GError     **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GBytes) mo = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (language != NULL && !seeds_language_check (language, error))
    return NULL;

  path = language != NULL ? find_mo (language) : find_session_mo ();
  if (path != NULL)
    {
      g_autoptr(GMappedFile) file = g_mapped_file_new (path, FALSE, error);

      if (file == NULL)
        return NULL;
      mo = g_mapped_file_get_bytes (file);
    }

  return seeds_catalog_new_from_bytes (language, mo, error);
}

/**
 * seeds_catalog_get_language:
 *
 * Returns: (nullable): the language asked for, or %NULL for the session's
 */
const char *
seeds_catalog_get_language (SeedsCatalog *self)
{
  g_return_val_if_fail (SEEDS_IS_CATALOG (self), NULL);

  return self->language;
}

/**
 * seeds_catalog_is_translated:
 *
 * Returns: whether @self has translations, rather than the texts of the
 *   code (for English, or a language the app is not translated into)
 */
gboolean
seeds_catalog_is_translated (SeedsCatalog *self)
{
  g_return_val_if_fail (SEEDS_IS_CATALOG (self), FALSE);

  return self->mo != NULL;
}

/* ------------------------------------------------------------------------
 * Looking up
 */

/**
 * seeds_catalog_gettext:
 * @self: (nullable): a catalogue, or %NULL for the session's translations
 * @msgid: the English text
 *
 * Returns: the translation of @msgid, or @msgid itself when there is none
 */
const char *
seeds_catalog_gettext (SeedsCatalog *self,
                       const char   *msgid)
{
  const Translation *translation;

  g_return_val_if_fail (self == NULL || SEEDS_IS_CATALOG (self), msgid);
  g_return_val_if_fail (msgid != NULL, NULL);

  if (self == NULL)
    return g_dgettext (GETTEXT_PACKAGE, msgid);

  translation = g_hash_table_lookup (self->translations, msgid);
  return translation != NULL ? translation->text : msgid;
}

/**
 * seeds_catalog_pgettext:
 * @self: (nullable): a catalogue, or %NULL for the session's translations
 * @context: what sets @msgid apart from the same English in another place
 * @msgid: the English text
 *
 * Returns: the translation of @msgid in @context, or @msgid itself
 */
const char *
seeds_catalog_pgettext (SeedsCatalog *self,
                        const char   *context,
                        const char   *msgid)
{
  g_autofree char *key = NULL;
  const Translation *translation;

  g_return_val_if_fail (self == NULL || SEEDS_IS_CATALOG (self), msgid);
  g_return_val_if_fail (context != NULL, msgid);
  g_return_val_if_fail (msgid != NULL, NULL);

  if (self == NULL)
    return g_dpgettext2 (GETTEXT_PACKAGE, context, msgid);

  key = g_strconcat (context, "\004", msgid, NULL);
  translation = g_hash_table_lookup (self->translations, key);
  return translation != NULL ? translation->text : msgid;
}

static guint
plural_form (PluralRule rule,
             gulong     n)
{
  switch (rule)
    {
    case PLURAL_NONE:
      return 0;
    case PLURAL_MORE_THAN_ONE:
      return n > 1;
    case PLURAL_NOT_ONE:
    default:
      return n != 1;
    }
}

/**
 * seeds_catalog_ngettext:
 * @self: (nullable): a catalogue, or %NULL for the session's translations
 * @msgid: the English text for one
 * @msgid_plural: the English text for more than one
 * @n: how many
 *
 * Returns: the translation in the form for @n, or in English when there
 *   is none
 */
const char *
seeds_catalog_ngettext (SeedsCatalog *self,
                        const char   *msgid,
                        const char   *msgid_plural,
                        gulong        n)
{
  const char *english = n == 1 ? msgid : msgid_plural;
  const Translation *translation;
  gsize offset;
  guint form;

  g_return_val_if_fail (self == NULL || SEEDS_IS_CATALOG (self), english);
  g_return_val_if_fail (msgid != NULL && msgid_plural != NULL, NULL);

  if (self == NULL)
    return g_dngettext (GETTEXT_PACKAGE, msgid, msgid_plural, n);

  translation = g_hash_table_lookup (self->translations, msgid);
  if (translation == NULL)
    return english;

  /* The form'th of the forms, when the translation has that many. */
  form = plural_form (self->plural, n);
  for (offset = 0; form > 0 && offset < translation->length; form--)
    offset += strlen (translation->text + offset) + 1;

  return form == 0 && offset <= translation->length ? translation->text + offset : english;
}
