/* seeds-text.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "model/seeds-catalog.h"
#include "model/seeds-text.h"

G_DEFINE_QUARK (seeds-text-error-quark, seeds_text_error)

typedef struct
{
  guint       max_length;
  guint       required : 1;
  guint       multi_line : 1;
  /* Names people and organisations, or is shown as a link: text in which
   * an invisible character could make one name pass for another. */
  guint       identifying : 1;
  const char *empty_message;
} FieldInfo;

static const FieldInfo fields[] = {
  [SEEDS_FIELD_COMMUNITY_NAME] =
    { 120, TRUE, FALSE, TRUE, N_("Enter a name for the learning community.") },
  [SEEDS_FIELD_MEETING_TITLE] =
    { 120, TRUE, FALSE, TRUE, N_("Enter a title for the meeting.") },
  [SEEDS_FIELD_MEETING_NOTES] =
    { 10000, FALSE, TRUE, FALSE, NULL },
  [SEEDS_FIELD_PARTICIPANT_NAME] =
    { 80, TRUE, FALSE, TRUE, N_("Enter the name of the participant.") },
  [SEEDS_FIELD_ORGANISATION] =
    { 120, FALSE, FALSE, TRUE, NULL },
  [SEEDS_FIELD_COMMENT] =
    { 1000, FALSE, TRUE, FALSE, NULL },
  [SEEDS_FIELD_NEXT_STEP] =
    { 1000, TRUE, TRUE, FALSE, N_("Describe the next step.") },
  [SEEDS_FIELD_OWNER] =
    { 80, FALSE, FALSE, TRUE, NULL },
  [SEEDS_FIELD_THEME] =
    { 120, FALSE, FALSE, TRUE, NULL },
  [SEEDS_FIELD_PLACE] =
    { 120, FALSE, FALSE, TRUE, NULL },
  [SEEDS_FIELD_PARTNERS] =
    { 2000, FALSE, TRUE, TRUE, NULL },
  [SEEDS_FIELD_CONTACT_NAME] =
    { 80, FALSE, FALSE, TRUE, NULL },
  /* The longest address RFC 5321 allows */
  [SEEDS_FIELD_EMAIL] =
    { 254, FALSE, FALSE, TRUE, NULL },
  [SEEDS_FIELD_PHONE] =
    { 40, FALSE, FALSE, TRUE, NULL },
  [SEEDS_FIELD_WEBSITE] =
    { 500, FALSE, FALSE, TRUE, NULL },
  [SEEDS_FIELD_DESCRIPTION] =
    { 2000, FALSE, TRUE, FALSE, NULL },
  [SEEDS_FIELD_FAILURE_TRIED] =
    { 1000, TRUE, TRUE, FALSE, N_("Describe what the group tried.") },
  [SEEDS_FIELD_FAILURE_HAPPENED] =
    { 1000, TRUE, TRUE, FALSE, N_("Describe what happened.") },
  [SEEDS_FIELD_FAILURE_LEARNED] =
    { 1000, TRUE, TRUE, FALSE, N_("Describe what the group learned.") },
  [SEEDS_FIELD_REWARD_TITLE] =
    { 120, TRUE, FALSE, FALSE, N_("Enter what the reward is.") },
  [SEEDS_FIELD_AGREED_BY] =
    { 80, TRUE, FALSE, TRUE, N_("Enter who agreed.") },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == SEEDS_FIELD_AGREED_BY + 1);

/* A phone number has at least this many digits and at most as many as an
 * international number (E.164) with a trunk prefix. */
#define PHONE_MIN_DIGITS 6
#define PHONE_MAX_DIGITS 16

static void
set_too_long_error (GError     **error,
                    SeedsField   field,
                    guint        limit)
{
  /* Literal strings in every branch, so that xgettext finds the plural forms
   * and the compiler can check the format. */
  switch (field)
    {
    case SEEDS_FIELD_COMMUNITY_NAME:
      g_set_error (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_TOO_LONG,
                   g_dngettext (GETTEXT_PACKAGE,
                                "A community name can be at most %u character long.",
                                "A community name can be at most %u characters long.",
                                limit),
                   limit);
      break;

    case SEEDS_FIELD_MEETING_TITLE:
      g_set_error (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_TOO_LONG,
                   g_dngettext (GETTEXT_PACKAGE,
                                "A meeting title can be at most %u character long.",
                                "A meeting title can be at most %u characters long.",
                                limit),
                   limit);
      break;

    case SEEDS_FIELD_MEETING_NOTES:
      g_set_error (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_TOO_LONG,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Meeting notes can be at most %u character long.",
                                "Meeting notes can be at most %u characters long.",
                                limit),
                   limit);
      break;

    case SEEDS_FIELD_PARTICIPANT_NAME:
      g_set_error (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_TOO_LONG,
                   g_dngettext (GETTEXT_PACKAGE,
                                "A name can be at most %u character long.",
                                "A name can be at most %u characters long.",
                                limit),
                   limit);
      break;

    case SEEDS_FIELD_ORGANISATION:
      g_set_error (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_TOO_LONG,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The name of an organisation can be at most %u character long.",
                                "The name of an organisation can be at most %u characters long.",
                                limit),
                   limit);
      break;

    case SEEDS_FIELD_COMMENT:
      g_set_error (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_TOO_LONG,
                   g_dngettext (GETTEXT_PACKAGE,
                                "A comment can be at most %u character long.",
                                "A comment can be at most %u characters long.",
                                limit),
                   limit);
      break;

    case SEEDS_FIELD_NEXT_STEP:
      g_set_error (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_TOO_LONG,
                   g_dngettext (GETTEXT_PACKAGE,
                                "A next step can be at most %u character long.",
                                "A next step can be at most %u characters long.",
                                limit),
                   limit);
      break;

    case SEEDS_FIELD_OWNER:
      g_set_error (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_TOO_LONG,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The name of who takes the step can be at most %u character long.",
                                "The name of who takes the step can be at most %u characters long.",
                                limit),
                   limit);
      break;

    case SEEDS_FIELD_THEME:
      g_set_error (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_TOO_LONG,
                   g_dngettext (GETTEXT_PACKAGE,
                                "A theme can be at most %u character long.",
                                "A theme can be at most %u characters long.",
                                limit),
                   limit);
      break;

    case SEEDS_FIELD_PLACE:
      g_set_error (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_TOO_LONG,
                   g_dngettext (GETTEXT_PACKAGE,
                                "A place can be at most %u character long.",
                                "A place can be at most %u characters long.",
                                limit),
                   limit);
      break;

    case SEEDS_FIELD_PARTNERS:
      g_set_error (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_TOO_LONG,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The list of partners can be at most %u character long.",
                                "The list of partners can be at most %u characters long.",
                                limit),
                   limit);
      break;

    case SEEDS_FIELD_CONTACT_NAME:
      g_set_error (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_TOO_LONG,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The name of the contact person can be at most %u character long.",
                                "The name of the contact person can be at most %u characters long.",
                                limit),
                   limit);
      break;

    case SEEDS_FIELD_EMAIL:
      g_set_error (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_TOO_LONG,
                   g_dngettext (GETTEXT_PACKAGE,
                                "An e-mail address can be at most %u character long.",
                                "An e-mail address can be at most %u characters long.",
                                limit),
                   limit);
      break;

    case SEEDS_FIELD_PHONE:
      g_set_error (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_TOO_LONG,
                   g_dngettext (GETTEXT_PACKAGE,
                                "A phone number can be at most %u character long.",
                                "A phone number can be at most %u characters long.",
                                limit),
                   limit);
      break;

    case SEEDS_FIELD_WEBSITE:
      g_set_error (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_TOO_LONG,
                   g_dngettext (GETTEXT_PACKAGE,
                                "A web address can be at most %u character long.",
                                "A web address can be at most %u characters long.",
                                limit),
                   limit);
      break;

    case SEEDS_FIELD_DESCRIPTION:
      g_set_error (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_TOO_LONG,
                   g_dngettext (GETTEXT_PACKAGE,
                                "A description can be at most %u character long.",
                                "A description can be at most %u characters long.",
                                limit),
                   limit);
      break;

    case SEEDS_FIELD_FAILURE_TRIED:
    case SEEDS_FIELD_FAILURE_HAPPENED:
    case SEEDS_FIELD_FAILURE_LEARNED:
      g_set_error (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_TOO_LONG,
                   g_dngettext (GETTEXT_PACKAGE,
                                "A part of a brilliant failure can be at most %u character long.",
                                "A part of a brilliant failure can be at most %u characters long.",
                                limit),
                   limit);
      break;

    case SEEDS_FIELD_REWARD_TITLE:
      g_set_error (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_TOO_LONG,
                   g_dngettext (GETTEXT_PACKAGE,
                                "A reward can be at most %u character long.",
                                "A reward can be at most %u characters long.",
                                limit),
                   limit);
      break;

    case SEEDS_FIELD_AGREED_BY:
      g_set_error (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_TOO_LONG,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The name of who agreed can be at most %u character long.",
                                "The name of who agreed can be at most %u characters long.",
                                limit),
                   limit);
      break;

    default:
      g_return_if_reached ();
    }
}

static inline gboolean
field_is_valid (SeedsField field)
{
  return (guint) field < G_N_ELEMENTS (fields);
}

guint
seeds_text_max_length (SeedsField field)
{
  g_return_val_if_fail (field_is_valid (field), 0);

  return fields[field].max_length;
}

static inline gboolean
is_line_break (gunichar c)
{
  return c == '\n' || c == '\v' || c == '\f' || c == 0x85 || c == 0x2028 || c == 0x2029;
}

/* The explicit directional formatting characters: embeddings, overrides
 * and isolates. They reorder everything after them on the line, so that
 * "Anna\u202Egnp.exe" shows as "Annaexe.png". */
static inline gboolean
is_bidi_control (gunichar c)
{
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

/**
 * seeds_text_field_is_identifying:
 * @field: a field
 *
 * Returns: whether @field names someone or something, or is shown as a
 *   link, so that an invisible character in it is refused in a file from
 *   outside and dropped from typed text
 */
gboolean
seeds_text_field_is_identifying (SeedsField field)
{
  g_return_val_if_fail (field_is_valid (field), FALSE);

  return fields[field].identifying;
}

/* The fields that hold the name of a person */
static gboolean
is_person_name (SeedsField field)
{
  return field == SEEDS_FIELD_PARTICIPANT_NAME || field == SEEDS_FIELD_OWNER ||
         field == SEEDS_FIELD_CONTACT_NAME || field == SEEDS_FIELD_AGREED_BY;
}

/* Trims white space at both ends, including non-ASCII white space such as
 * no-break spaces, which g_strstrip() leaves. */
static void
strip_in_place (GString *string)
{
  const char *start = string->str;
  const char *end = string->str + string->len;

  while (start < end && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);

  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);

      if (!g_unichar_isspace (g_utf8_get_char (prev)))
        break;
      end = prev;
    }

  g_string_truncate (string, end - string->str);
  g_string_erase (string, 0, start - string->str);
}

/* A simple check, not RFC 5322: one "@" with something before it, a
 * domain with a dot inside after it, and nothing that would end an address
 * in a mail header or a mailto: link. */
static gboolean
email_is_valid (const char *text)
{
  const char *at = strchr (text, '@');
  const char *domain;
  gsize domain_length;

  if (at == NULL || at == text || strchr (at + 1, '@') != NULL)
    return FALSE;

  domain = at + 1;
  domain_length = strlen (domain);
  if (domain_length < 3 || strchr (domain, '.') == NULL ||
      domain[0] == '.' || domain[domain_length - 1] == '.' || strstr (domain, "..") != NULL)
    return FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || (c < 0x80 && strchr ("<>()[]\\,;:\"", (char) c) != NULL))
        return FALSE;
    }

  return TRUE;
}

/* Digits, white space, "-", "(" and ")", and "+" in front only. */
static gboolean
phone_is_valid (const char *text)
{
  guint n_digits = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_ascii_isdigit (c))
        n_digits++;
      else if (c == '+' && p == text)
        continue;
      else if (c != '-' && c != '(' && c != ')' && !g_unichar_isspace (c))
        return FALSE;
    }

  return n_digits >= PHONE_MIN_DIGITS && n_digits <= PHONE_MAX_DIGITS;
}

/* An http or https address with a host; an address typed without a
 * scheme, as "www.example.org", gets "https://". NULL for anything else:
 * other schemes (javascript:, file:) never become a link. */
static char *
website_normalize (const char *text)
{
  const char *scheme = g_uri_peek_scheme (text);
  g_autofree char *address = NULL;
  g_autoptr(GUri) uri = NULL;
  const char *host;

  if (scheme == NULL)
    address = g_strconcat ("https://", text, NULL);
  else if (g_str_equal (scheme, "http") || g_str_equal (scheme, "https"))
    address = g_strdup (text);
  else
    return NULL;

  for (const char *p = address; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isspace (g_utf8_get_char (p)))
      return NULL;

  uri = g_uri_parse (address, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL)
    return NULL;

  host = g_uri_get_host (uri);
  if (host == NULL || *host == '\0')
    return NULL;

  return g_steal_pointer (&address);
}

/* Checks the fields that hold an address of some kind; replaces @clean
 * by its normal form where there is one. */
static gboolean
check_format (SeedsField   field,
              char       **clean,
              GError     **error)
{
  char *normal;

  if (**clean == '\0')
    return TRUE;

  switch (field)
    {
    case SEEDS_FIELD_EMAIL:
      if (email_is_valid (*clean))
        return TRUE;
      g_set_error_literal (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_INVALID,
                           _("Enter an e-mail address such as name@example.org."));
      return FALSE;

    case SEEDS_FIELD_PHONE:
      if (phone_is_valid (*clean))
        return TRUE;
      g_set_error_literal (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_INVALID,
                           _("Enter a phone number of digits, spaces, “+”, “-” and brackets, "
                             "such as +31 70 000 0000."));
      return FALSE;

    case SEEDS_FIELD_WEBSITE:
      normal = website_normalize (*clean);
      if (normal != NULL)
        {
          g_free (*clean);
          *clean = normal;
          return TRUE;
        }
      g_set_error_literal (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_INVALID,
                           _("Enter a web address that starts with http:// or https://, such "
                             "as https://example.org."));
      return FALSE;

    case SEEDS_FIELD_COMMUNITY_NAME:
    case SEEDS_FIELD_MEETING_TITLE:
    case SEEDS_FIELD_MEETING_NOTES:
    case SEEDS_FIELD_PARTICIPANT_NAME:
    case SEEDS_FIELD_ORGANISATION:
    case SEEDS_FIELD_COMMENT:
    case SEEDS_FIELD_NEXT_STEP:
    case SEEDS_FIELD_OWNER:
    case SEEDS_FIELD_THEME:
    case SEEDS_FIELD_PLACE:
    case SEEDS_FIELD_PARTNERS:
    case SEEDS_FIELD_CONTACT_NAME:
    case SEEDS_FIELD_DESCRIPTION:
    case SEEDS_FIELD_FAILURE_TRIED:
    case SEEDS_FIELD_FAILURE_HAPPENED:
    case SEEDS_FIELD_FAILURE_LEARNED:
    case SEEDS_FIELD_REWARD_TITLE:
    case SEEDS_FIELD_AGREED_BY:
    default:
      return TRUE;
    }
}

/**
 * seeds_text_clean:
 * @text: (nullable): what the user typed; %NULL is the same as ""
 * @field: where the text goes
 * @error: return location for a #SEEDS_TEXT_ERROR
 *
 * Removes control characters (line breaks and tabs become spaces, except
 * that fields that may hold several lines keep their line breaks as "\n")
 * and bidi controls that reorder the text after them; from identifying
 * fields (seeds_text_field_is_identifying()) every invisible character
 * too. Trims white space at both ends, normalizes to NFC and checks the
 * text against the rules of @field; a person's name may not mix
 * alphabets, such as Latin and Cyrillic. Everything else, such as markup
 * characters or emoji, is ordinary text and is kept as typed.
 *
 * Returns: (transfer full): the cleaned text, or %NULL with @error set
 */
char *
seeds_text_clean (const char  *text,
                  SeedsField   field,
                  GError     **error)
{
  g_autoptr(GString) clean = NULL;
  g_autofree char *result = NULL;
  g_autofree char *normal = NULL;
  const FieldInfo *info;
  const char *p;
  glong length;

  g_return_val_if_fail (field_is_valid (field), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  info = &fields[field];

  if (text == NULL)
    text = "";

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_INVALID,
                           _("The text contains characters that cannot be read. Type it again."));
      return NULL;
    }

  clean = g_string_sized_new (strlen (text));

  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* "\r\n" is one line break; a lone "\r" is an old-style one. */
      if (c == '\r')
        {
          if (p[1] == '\n')
            continue;
          c = '\n';
        }

      if (is_line_break (c))
        g_string_append_c (clean, info->multi_line ? '\n' : ' ');
      else if (c == '\t')
        g_string_append_c (clean, ' ');
      else if (g_unichar_iscntrl (c) || is_bidi_control (c))
        continue;
      else if (info->identifying && seeds_text_is_invisible (c))
        continue;
      else
        g_string_append_len (clean, p, g_utf8_next_char (p) - p);
    }

  strip_in_place (clean);

  /* One way to write "é", so that what looks the same is the same */
  normal = g_utf8_normalize (clean->str, clean->len, G_NORMALIZE_NFC);
  g_string_assign (clean, normal);

  if (is_person_name (field) && seeds_text_mixes_scripts (clean->str))
    {
      g_set_error_literal (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_INVALID,
                           _("A name cannot mix letters of different alphabets, such as Latin "
                             "and Cyrillic: it could pass for another name."));
      return NULL;
    }

  if (info->required && clean->len == 0)
    {
      g_set_error_literal (error, SEEDS_TEXT_ERROR, SEEDS_TEXT_ERROR_EMPTY,
                           _(info->empty_message));
      return NULL;
    }

  /* The limit holds for what is stored: a web address may have gained
   * "https://" in its normal form. */
  result = g_string_free (g_steal_pointer (&clean), FALSE);
  if (!check_format (field, &result, error))
    return NULL;

  length = g_utf8_strlen (result, -1);
  if (length > (glong) info->max_length)
    {
      set_too_long_error (error, field, info->max_length);
      return NULL;
    }

  return g_steal_pointer (&result);
}

/**
 * seeds_date_is_valid:
 * @date: (nullable): a date as "YYYY-MM-DD"
 *
 * Returns: whether @date is a real calendar date between the years 1900
 *   and 9999, written exactly as "YYYY-MM-DD"
 */
gboolean
seeds_date_is_valid (const char *date)
{
  guint year, month, day;

  if (date == NULL || strlen (date) != 10 || date[4] != '-' || date[7] != '-')
    return FALSE;

  for (guint i = 0; i < 10; i++)
    {
      if (i != 4 && i != 7 && !g_ascii_isdigit (date[i]))
        return FALSE;
    }

  year = (date[0] - '0') * 1000 + (date[1] - '0') * 100 + (date[2] - '0') * 10 + (date[3] - '0');
  month = (date[5] - '0') * 10 + (date[6] - '0');
  day = (date[8] - '0') * 10 + (date[9] - '0');

  return year >= 1900 && year <= 9999 &&
         g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

/**
 * seeds_date_today:
 *
 * Returns: (transfer full): today's local date as "YYYY-MM-DD"
 */
char *
seeds_date_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static const char *
month_name (SeedsCatalog *catalog,
            guint         month)
{
  /* Not strftime(): LC_TIME may be C while the interface is in Dutch. */
  switch (month)
    {
    case 1: return TC_(catalog, "month name", "January");
    case 2: return TC_(catalog, "month name", "February");
    case 3: return TC_(catalog, "month name", "March");
    case 4: return TC_(catalog, "month name", "April");
    case 5: return TC_(catalog, "month name", "May");
    case 6: return TC_(catalog, "month name", "June");
    case 7: return TC_(catalog, "month name", "July");
    case 8: return TC_(catalog, "month name", "August");
    case 9: return TC_(catalog, "month name", "September");
    case 10: return TC_(catalog, "month name", "October");
    case 11: return TC_(catalog, "month name", "November");
    case 12: return TC_(catalog, "month name", "December");
    default: g_return_val_if_reached (NULL);
    }
}

static const char *
short_month_name (guint month)
{
  switch (month)
    {
    case 1: return C_("short month name", "Jan");
    case 2: return C_("short month name", "Feb");
    case 3: return C_("short month name", "Mar");
    case 4: return C_("short month name", "Apr");
    case 5: return C_("short month name", "May");
    case 6: return C_("short month name", "Jun");
    case 7: return C_("short month name", "Jul");
    case 8: return C_("short month name", "Aug");
    case 9: return C_("short month name", "Sep");
    case 10: return C_("short month name", "Oct");
    case 11: return C_("short month name", "Nov");
    case 12: return C_("short month name", "Dec");
    default: g_return_val_if_reached (NULL);
    }
}

/* Splits a valid "YYYY-MM-DD"; FALSE for anything else. */
static gboolean
date_split (const char *date,
            guint      *year,
            guint      *month,
            guint      *day)
{
  if (!seeds_date_is_valid (date))
    return FALSE;

  *year = (guint) g_ascii_strtoull (date, NULL, 10);
  *month = (guint) g_ascii_strtoull (date + 5, NULL, 10);
  *day = (guint) g_ascii_strtoull (date + 8, NULL, 10);
  return TRUE;
}

/**
 * seeds_date_format:
 * @date: a date as "YYYY-MM-DD"
 *
 * Returns: (transfer full): @date for people to read, as "28 November 2026",
 *   or a copy of @date if it is not a valid date
 */
char *
seeds_date_format (const char *date)
{
  return seeds_date_format_in (date, NULL);
}

/**
 * seeds_date_format_in:
 * @date: a date as "YYYY-MM-DD"
 * @catalog: (nullable): the language to write it in, or %NULL for the
 *   session's
 *
 * Returns: (transfer full): @date for people to read in @catalog's
 *   language, as "28 november 2026", or a copy of @date if it is not a
 *   valid date
 */
char *
seeds_date_format_in (const char   *date,
                      SeedsCatalog *catalog)
{
  guint year, month, day;

  g_return_val_if_fail (date != NULL, NULL);

  if (!date_split (date, &year, &month, &day))
    return g_strdup (date);

  /* Translators: a date such as "28 November 2026": %1$u is the day, %2$s the
   * name of the month and %3$u the year. Change the order if your language
   * writes dates differently. */
  return g_strdup_printf (TC_(catalog, "date", "%1$u %2$s %3$u"), day, month_name (catalog, month),
                          year);
}

/**
 * seeds_date_format_short:
 * @date: a date as "YYYY-MM-DD"
 *
 * Returns: (transfer full): @date where room is short, as on the axis of a
 *   chart: "28 Nov 2026", or a copy of @date if it is not a valid date
 */
char *
seeds_date_format_short (const char *date)
{
  guint year, month, day;

  g_return_val_if_fail (date != NULL, NULL);

  if (!date_split (date, &year, &month, &day))
    return g_strdup (date);

  /* Translators: a short date such as "28 Nov 2026": %1$u is the day, %2$s
   * the short name of the month and %3$u the year. */
  return g_strdup_printf (C_("short date", "%1$u %2$s %3$u"), day, short_month_name (month), year);
}
