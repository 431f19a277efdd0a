/* test-live-form.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "live/seeds-html.h"
#include "live/seeds-live-answer.h"
#include "live/seeds-live-error.h"
#include "live/seeds-live-form.h"
#include "live/seeds-live-limiter.h"
#include "live/seeds-live-network.h"
#include "live/seeds-live-page.h"
#include "live/seeds-live-token.h"

/* The pieces of a live round that need no server: the form parser, the
 * escaping of the pages, the secrets, the rate limit, the networks. */

static SeedsLiveForm *
parse (const char  *data,
       GError     **error)
{
  return seeds_live_form_parse (data, strlen (data), error);
}

static void
assert_refused (const char *data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsLiveForm) form = parse (data, &error);

  g_assert_null (form);
  g_assert_error (error, SEEDS_LIVE_ERROR, SEEDS_LIVE_ERROR_MALFORMED);
}

static void
test_form_parse (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsLiveForm) form = NULL;

  form = parse ("name=Anna+de+Vries&organisation=TU%20Delft&&score-1=5&flag&"
                "city=%E2%80%9CDen+Haag%E2%80%9D&score-1=3&", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (seeds_live_form_get_n_fields (form), ==, 6);
  g_assert_cmpstr (seeds_live_form_lookup (form, "name"), ==, "Anna de Vries");
  g_assert_cmpstr (seeds_live_form_lookup (form, "organisation"), ==, "TU Delft");
  g_assert_cmpstr (seeds_live_form_lookup (form, "flag"), ==, "");
  g_assert_cmpstr (seeds_live_form_lookup (form, "city"), ==, "“Den Haag”");
  g_assert_cmpstr (seeds_live_form_lookup (form, "missing"), ==, NULL);
  /* Repeated fields are all kept, in order, for the reader to refuse */
  g_assert_cmpuint (seeds_live_form_count (form, "score-1"), ==, 2);
  g_assert_cmpstr (seeds_live_form_lookup (form, "score-1"), ==, "5");
  g_assert_cmpstr (seeds_live_form_get_name (form, 5), ==, "score-1");
  g_assert_cmpstr (seeds_live_form_get_value (form, 5), ==, "3");
  g_clear_pointer (&form, seeds_live_form_free);

  form = seeds_live_form_parse ("", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (seeds_live_form_get_n_fields (form), ==, 0);
  g_clear_pointer (&form, seeds_live_form_free);

  /* The length given counts, not a NUL */
  form = seeds_live_form_parse ("a=1&b=2", 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (seeds_live_form_get_n_fields (form), ==, 1);
}

static void
test_form_refused (void)
{
  g_autoptr(GString) many = g_string_new (NULL);
  g_autoptr(GString) long_name = g_string_new (NULL);
  g_autoptr(GString) long_value = g_string_new ("v=");
  g_autoptr(GError) error = NULL;
  g_autoptr(SeedsLiveForm) form = NULL;

  assert_refused ("name=%00");                  /* NUL */
  assert_refused ("name=Anna%00Bram");
  assert_refused ("name=%C3%28");               /* not UTF-8 */
  assert_refused ("name=%ED%A0%80");            /* a surrogate */
  assert_refused ("name=%FF");
  assert_refused ("name=%");                    /* half an escape */
  assert_refused ("name=%4");
  assert_refused ("name=%G1");
  assert_refused ("name=Anna de Vries");        /* what a browser encodes */
  assert_refused ("name=Ann\303\251");
  assert_refused ("name=a=b");
  assert_refused ("name=a\nb");
  assert_refused ("=value");                    /* no name */
  g_assert_null (seeds_live_form_parse ("a=1\0b=2", 7, &error));
  g_assert_error (error, SEEDS_LIVE_ERROR, SEEDS_LIVE_ERROR_MALFORMED);
  g_clear_error (&error);

  for (guint i = 0; i < SEEDS_LIVE_FORM_MAX_FIELDS; i++)
    g_string_append_printf (many, "f%u=%u&", i, i);
  form = parse (many->str, &error);
  g_assert_no_error (error);
  g_clear_pointer (&form, seeds_live_form_free);
  g_string_append (many, "one=more");
  assert_refused (many->str);

  for (guint i = 0; i < SEEDS_LIVE_FORM_MAX_NAME_BYTES; i++)
    g_string_append_c (long_name, 'n');
  form = parse (long_name->str, &error);
  g_assert_no_error (error);
  g_clear_pointer (&form, seeds_live_form_free);
  g_string_append (long_name, "%6E");
  assert_refused (long_name->str);

  /* Limits count decoded bytes: "%C3%A9" is two */
  for (guint i = 0; i < SEEDS_LIVE_FORM_MAX_VALUE_BYTES / 2; i++)
    g_string_append (long_value, "%C3%A9");
  form = parse (long_value->str, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (seeds_live_form_lookup (form, "v")), ==,
                    SEEDS_LIVE_FORM_MAX_VALUE_BYTES);
  g_string_append_c (long_value, 'x');
  assert_refused (long_value->str);
}

static void
test_html_escape (void)
{
  static const struct {
    const char *text;
    const char *html;
  } cases[] = {
    { "Anna & Bram", "Anna &amp; Bram" },
    { "<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;" },
    { "\" onfocus='x'", "&quot; onfocus=&#39;x&#39;" },
    { "&amp;", "&amp;amp;" },
    { "line\nbreak\ttab", "line\nbreak\ttab" },
    { "bell\a esc\033 del\177 c1\302\205", "bell esc del c1" },
    { "not \377 UTF-8", "not \357\277\275 UTF-8" },
    { "Ünïcödé 🌱 “quotes”", "Ünïcödé 🌱 “quotes”" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *html = seeds_html_escape (cases[i].text);

      g_assert_cmpstr (html, ==, cases[i].html);
    }

  {
    g_autofree char *empty = seeds_html_escape (NULL);

    g_assert_cmpstr (empty, ==, "");
  }
}

static void
test_tokens (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *a = seeds_live_token_new (&error);
  g_autofree char *b = seeds_live_token_new (&error);
  g_autofree char *code = seeds_live_code_new (&error);
  g_autofree char *typed = NULL;
  g_autofree char *normal = NULL;
  g_autofree char *again = NULL;
  guint8 bytes[64] = { 0 };
  guint n_zero = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (strlen (a), ==, SEEDS_LIVE_TOKEN_LENGTH);
  g_assert_true (seeds_live_token_is_valid (a));
  g_assert_cmpstr (a, !=, b);
  g_assert_true (seeds_live_token_equal (a, a));
  g_assert_false (seeds_live_token_equal (a, b));
  g_assert_false (seeds_live_token_equal (a, NULL));
  g_assert_false (seeds_live_token_equal ("abc", "abcd"));
  g_assert_false (seeds_live_token_is_valid ("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"));
  g_assert_false (seeds_live_token_is_valid ("abcdefghijklmnopqrstuvwxyz23456"));
  g_assert_false (seeds_live_token_is_valid ("abcdefghijklmnopqrstuvwxyz234561"));
  g_assert_false (seeds_live_token_is_valid (NULL));

  g_assert_true (seeds_live_random_bytes (bytes, sizeof bytes, &error));
  for (guint i = 0; i < sizeof bytes; i++)
    n_zero += bytes[i] == 0;
  g_assert_cmpuint (n_zero, <, 8);

  /* "K7MQ-2XRP": 8 characters of 32 that are never mistaken */
  g_assert_cmpuint (strlen (code), ==, SEEDS_LIVE_CODE_LENGTH + 1);
  g_assert_cmpint (code[4], ==, '-');
  again = seeds_live_code_normalize (code);
  g_assert_cmpstr (again, ==, code);
  typed = g_ascii_strdown (code, -1);
  memmove (typed + 4, typed + 5, 5);
  normal = seeds_live_code_normalize (typed);
  g_assert_cmpstr (normal, ==, code);
  g_assert_null (seeds_live_code_normalize ("K7MQ-2XR"));
  g_assert_null (seeds_live_code_normalize ("K7MQ-2XRPP"));
  g_assert_null (seeds_live_code_normalize ("K7MQ-2XR0"));
  g_assert_null (seeds_live_code_normalize ("K7M-Q2XRP"));
  g_assert_null (seeds_live_code_normalize ("favicon.ico"));
  g_assert_null (seeds_live_code_normalize (""));
}

static void
test_limiter (void)
{
  g_autoptr(SeedsLiveLimiter) limiter = seeds_live_limiter_new (3, 1, 2);
  gint64 t = 1000 * G_USEC_PER_SEC;

  g_assert_true (seeds_live_limiter_take (limiter, "a", 1, t));
  g_assert_true (seeds_live_limiter_take (limiter, "a", 2, t));
  g_assert_false (seeds_live_limiter_take (limiter, "a", 1, t));
  /* Others have buckets of their own */
  g_assert_true (seeds_live_limiter_take (limiter, "b", 3, t));
  /* Refilled at one a second, never above the capacity */
  g_assert_true (seeds_live_limiter_take (limiter, "a", 1, t + G_USEC_PER_SEC));
  g_assert_false (seeds_live_limiter_take (limiter, "a", 1, t + G_USEC_PER_SEC));
  g_assert_false (seeds_live_limiter_take (limiter, "a", 4, t + 100 * G_USEC_PER_SEC));
  g_assert_true (seeds_live_limiter_take (limiter, "a", 3, t + 100 * G_USEC_PER_SEC));
  g_assert_true (seeds_live_limiter_take (limiter, "b", 1, t + 100 * G_USEC_PER_SEC));

  /* Full: a third client waits until someone's bucket is full again */
  g_assert_false (seeds_live_limiter_take (limiter, "c", 1, t + 100 * G_USEC_PER_SEC));
  g_assert_cmpuint (seeds_live_limiter_get_n_clients (limiter), ==, 2);
  g_assert_true (seeds_live_limiter_take (limiter, "c", 1, t + 110 * G_USEC_PER_SEC));
  g_assert_cmpuint (seeds_live_limiter_get_n_clients (limiter), ==, 1);
}

static void
test_client_key (void)
{
  static const struct {
    const char *address;
    const char *key;
  } cases[] = {
    { "192.168.1.20", "192.168.1.20" },
    { "127.0.0.2", "127.0.0.2" },
    { "::ffff:192.168.1.20", "192.168.1.20" },
    { "2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64" },
    { "2001:db8:1:2::1", "2001:db8:1:2::/64" },
    { "::1", "::/64" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GInetAddress) address = g_inet_address_new_from_string (cases[i].address);
      g_autofree char *key = seeds_live_limiter_client_key (address);

      g_assert_cmpstr (key, ==, cases[i].key);
    }
}

static void
test_network_routes (void)
{
  static const char route[] =
    "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n"
    "docker0\t000011AC\t00000000\t0001\t0\t0\t0\t0000FFFF\t0\t0\t0\n"
    "eth1\t00000000\t0101A8C0\t0002\t0\t0\t100\t00000000\t0\t0\t0\n"
    "wlp2s0\t00000000\t0101A8C0\t0003\t0\t0\t600\t00000000\t0\t0\t0\n"
    "wlp2s0\t0001A8C0\t00000000\t0001\t0\t0\t600\t00FFFFFF\t0\t0\t0\n";
  static const char ipv6_route[] =
    "fe800000000000000000000000000000 40 00000000000000000000000000000000 00 "
    "00000000000000000000000000000000 00000100 00000001 00000000 00000001 wlp2s0\n"
    "00000000000000000000000000000000 00 00000000000000000000000000000000 00 "
    "00000000000000000000000000000000 ffffffff 00000001 00000000 00200200       lo\n"
    "00000000000000000000000000000000 00 00000000000000000000000000000000 00 "
    "fe800000000000000000000000000001 00000400 00000001 00000000 00000003   enp0s3\n";
  g_autofree char *ipv4 = seeds_live_network_parse_route (route);
  g_autofree char *ipv6 = seeds_live_network_parse_ipv6_route (ipv6_route);
  g_autofree char *url4 = seeds_live_network_format_url ("192.168.1.20", 8080, "/abc/");
  g_autofree char *url6 = seeds_live_network_format_url ("2001:db8::20", 43117, "/K7MQ-2XRP");

  /* eth1's route is not up (flags 0x2) */
  g_assert_cmpstr (ipv4, ==, "wlp2s0");
  g_assert_cmpstr (ipv6, ==, "enp0s3");
  g_assert_null (seeds_live_network_parse_route ("Iface\tDestination\n"));
  g_assert_null (seeds_live_network_parse_route (""));
  g_assert_null (seeds_live_network_parse_ipv6_route ("garbage"));
  g_assert_cmpstr (url4, ==, "http://192.168.1.20:8080/abc/");
  g_assert_cmpstr (url6, ==, "http://[2001:db8::20]:43117/K7MQ-2XRP");
}

static void
test_network_list (void)
{
  g_autoptr(GPtrArray) networks = NULL;
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  networks = seeds_live_network_list (&error);
  g_assert_no_error (error);

  for (guint i = 0; i < networks->len; i++)
    {
      const SeedsLiveNetwork *network = g_ptr_array_index (networks, i);
      g_autoptr(GInetAddress) address = g_inet_address_new_from_string (network->address);

      g_test_message ("%s %s%s", network->interface, network->address,
                      network->is_default ? " (default)" : "");
      g_assert_nonnull (address);
      g_assert_false (g_inet_address_get_is_loopback (address));
      g_assert_false (g_inet_address_get_is_link_local (address));
      if (i > 0)
        g_assert_true (network->is_default <= ((SeedsLiveNetwork *) g_ptr_array_index (networks, i - 1))->is_default);
    }

  /* No network is said plainly */
  g_assert_null (seeds_live_network_get_default (none, &error));
  g_assert_error (error, SEEDS_LIVE_ERROR, SEEDS_LIVE_ERROR_NO_NETWORK);
  g_assert_nonnull (strstr (error->message, "not connected to a network"));
}

static SeedsLiveAnswer *
read_answer (SeedsFramework  *framework,
             const char      *data,
             gboolean         allow_anonymous,
             GError         **error)
{
  g_autoptr(SeedsLiveForm) form = parse (data, error);

  if (form == NULL)
    return NULL;

  return seeds_live_answer_new_from_form (form, framework, allow_anonymous, error);
}

static void
test_answer (void)
{
  g_autoptr(SeedsFramework) framework = seeds_framework_new_default ("en");
  g_autoptr(SeedsLiveAnswer) answer = NULL;
  g_autoptr(SeedsScorecard) card = NULL;
  g_autoptr(GError) error = NULL;
  SeedsPartnerType type;

  answer = read_answer (framework, "member=abcdefghijklmnopqrstuvwxyz234567&name=++Anna++"
                                   "&organisation=TU+Delft&partner_type=research&score-1=5"
                                   "&score-12=dont-know&score-3=1", FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_live_answer_get_member (answer), ==, "abcdefghijklmnopqrstuvwxyz234567");
  g_assert_cmpstr (seeds_live_answer_get_name (answer), ==, "  Anna  ");
  g_assert_true (seeds_live_answer_get_partner_type (answer, &type));
  g_assert_cmpint (type, ==, SEEDS_PARTNER_RESEARCH);
  g_assert_cmpint (seeds_live_answer_get_score (answer, "1"), ==, 5);
  g_assert_cmpint (seeds_live_answer_get_score (answer, "12"), ==, SEEDS_SCORE_DONT_KNOW);
  g_assert_cmpint (seeds_live_answer_get_score (answer, "2"), ==, SEEDS_SCORE_NONE);
  g_assert_cmpuint (seeds_live_answer_get_n_scores (answer), ==, 3);

  card = seeds_live_answer_to_card (answer, "greenport-2020", "m", NULL, "Anonymous X", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_scorecard_get_name (card), ==, "Anna");
  g_assert_cmpstr (seeds_scorecard_get_organisation (card), ==, "TU Delft");
  g_assert_null (seeds_scorecard_get_participant_id (card));
  g_assert_cmpint (seeds_scorecard_get_partner_type (card), ==, SEEDS_PARTNER_RESEARCH);
  g_assert_cmpuint (seeds_scorecard_get_n_scores (card), ==, 3);
  g_assert_cmpint (seeds_scorecard_get_score (card, "3"), ==, 1);
  g_clear_pointer (&answer, seeds_live_answer_free);
  g_clear_object (&card);

  /* Anonymous, where allowed: the name given is not used; no partner type is "other" */
  answer = read_answer (framework, "name=Anna&anonymous=yes&partner_type=&score-2=2", TRUE, &error);
  g_assert_no_error (error);
  g_assert_false (seeds_live_answer_get_partner_type (answer, &type));
  card = seeds_live_answer_to_card (answer, "greenport-2020", "m", "p", "Anonymous X", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (seeds_scorecard_get_name (card), ==, "Anonymous X");
  g_assert_cmpstr (seeds_scorecard_get_participant_id (card), ==, "p");
  g_assert_cmpint (seeds_scorecard_get_partner_type (card), ==, SEEDS_PARTNER_OTHER);
}

static void
test_answer_refused (void)
{
  static const char * const invalid[] = {
    "name=Anna&score-13=3",             /* a factor the framework does not have */
    "name=Anna&score-=3",
    "name=Anna&score-1=0",              /* out of range */
    "name=Anna&score-1=6",
    "name=Anna&score-1=10",
    "name=Anna&score-1=-1",
    "name=Anna&score-1=3.0",
    "name=Anna&score-1=",
    "name=Anna&score-1=5&score-1=4",    /* twice */
    "name=Anna&name=Bram&score-1=4",
    "name=Anna&anonymous=yes&score-1=4",  /* not allowed in this round */
    "name=Anna&partner_type=farmer&score-1=4",
    "name=Anna&member=short&score-1=4",
    "name=Anna&admin=1&score-1=4",      /* a field the form does not have */
  };
  static const struct {
    const char *data;
    SeedsLiveError code;
  } to_put_right[] = {
    { "name=&score-1=3", SEEDS_LIVE_ERROR_NAME_MISSING },
    { "name=+%E2%80%8B+&score-1=3", SEEDS_LIVE_ERROR_NAME_MISSING },
    { "name=%D0%90nna+Smith&score-1=3", SEEDS_LIVE_ERROR_NAME_INVALID },  /* Cyrillic А */
    { "name=Anna", SEEDS_LIVE_ERROR_NO_ANSWERS },
  };
  g_autoptr(SeedsFramework) framework = seeds_framework_new_default ("en");
  g_autoptr(GString) long_name = g_string_new ("score-1=3&name=");

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SeedsLiveAnswer) answer = read_answer (framework, invalid[i], FALSE, &error);

      g_test_message ("%s", invalid[i]);
      g_assert_null (answer);
      g_assert_error (error, SEEDS_LIVE_ERROR, SEEDS_LIVE_ERROR_INVALID);
      g_assert_false (seeds_live_error_is_members (error));
    }

  for (guint i = 0; i < 81; i++)
    g_string_append_c (long_name, 'a');

  for (guint i = 0; i <= G_N_ELEMENTS (to_put_right); i++)
    {
      const char *data = i < G_N_ELEMENTS (to_put_right) ? to_put_right[i].data : long_name->str;
      SeedsLiveError code = i < G_N_ELEMENTS (to_put_right) ? to_put_right[i].code
                                                            : SEEDS_LIVE_ERROR_NAME_TOO_LONG;
      g_autoptr(GError) error = NULL;
      g_autoptr(SeedsLiveAnswer) answer = read_answer (framework, data, FALSE, &error);
      g_autoptr(SeedsScorecard) card = NULL;

      g_assert_no_error (error);
      card = seeds_live_answer_to_card (answer, "greenport-2020", "m", NULL, "Anonymous", &error);
      g_assert_null (card);
      g_assert_error (error, SEEDS_LIVE_ERROR, (int) code);
      g_assert_true (seeds_live_error_is_members (error));
      g_assert_cmpstr (seeds_live_error_describe (error, NULL), !=, "");
    }
}

static void
test_choose_language (void)
{
  static const struct {
    const char *header;
    const char *language;
  } cases[] = {
    { "nl-NL,nl;q=0.9,en-US;q=0.8,en;q=0.7", "nl" },
    { "en-GB,en;q=0.9,nl;q=0.8", "en" },
    { "de-DE,de;q=0.9,nl;q=0.5,en;q=0.4", "nl" },
    { "de-DE, en ; q=0.3", "en" },
    { "NL", "nl" },
    { "nld,english", NULL },
    { "fr", NULL },
    { "", NULL },
    /* Empty ranges, which once crashed the server (found by fuzz-live) */
    { ",nl", "nl" },
    { "en,,", "en" },
    { ",", NULL },
    { NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpstr (seeds_live_page_choose_language (cases[i].header), ==, cases[i].language);
}

/* Everything from the database goes into the page as text */
static void
test_page (void)
{
  g_autoptr(SeedsFramework) framework = seeds_framework_new_default ("en");
  g_autoptr(SeedsLiveAnswer) answer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *form = NULL;
  g_autofree char *thanks = NULL;
  SeedsLivePage page = {
    .catalog = NULL,
    .framework = framework,
    .language = "en",
    .action = "/abcdefghijklmnopqrstuvwxyz234567/",
    .meeting_title = "<script>alert('title')</script>",
    .community_name = "Westland & \"Co\"",
    .date = "2026-03-12",
    .allow_anonymous = TRUE,
    .nonce = "n0nce",
  };

  answer = read_answer (framework, "name=%3Cb%3EAnna%3C%2Fb%3E&score-4=2&anonymous=yes", TRUE,
                        &error);
  g_assert_no_error (error);
  form = seeds_live_page_form (&page, "abcdefghijklmnopqrstuvwxyz234567", answer,
                               "A <problem>");

  g_assert_true (g_utf8_validate (form, -1, NULL));
  g_assert_true (g_str_has_prefix (form, "<!DOCTYPE html>\n<html lang=\"en\">"));
  g_assert_null (strstr (form, "<script>alert"));
  g_assert_nonnull (strstr (form, "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;"));
  g_assert_nonnull (strstr (form, "Westland &amp; &quot;Co&quot;"));
  g_assert_nonnull (strstr (form, "value=\"&lt;b&gt;Anna&lt;/b&gt;\""));
  g_assert_nonnull (strstr (form, "A &lt;problem&gt;"));
  g_assert_nonnull (strstr (form, "12 March 2026"));
  g_assert_nonnull (strstr (form, "name=\"score-4\" value=\"2\" checked"));
  g_assert_nonnull (strstr (form, "id=\"anonymous\" name=\"anonymous\" value=\"yes\" checked"));
  g_assert_nonnull (strstr (form, "<script nonce=\"n0nce\">"));
  g_assert_nonnull (strstr (form, "action=\"/abcdefghijklmnopqrstuvwxyz234567/\""));
  /* Every factor, with its statement, and a label for every choice */
  for (guint i = 0; i < seeds_framework_get_n_factors (framework); i++)
    {
      SeedsFactor *factor = seeds_framework_get_factor (framework, i);
      g_autofree char *title = seeds_html_escape (seeds_factor_get_title (factor));
      g_autofree char *statement = seeds_html_escape (seeds_factor_get_definition (factor));
      g_autofree char *label = g_strdup_printf ("<label for=\"f%s-dont-know\"",
                                                seeds_factor_get_id (factor));

      g_assert_nonnull (strstr (form, title));
      g_assert_nonnull (strstr (form, statement));
      g_assert_nonnull (strstr (form, label));
    }

  thanks = seeds_live_page_thanks (&page, "abcdefghijklmnopqrstuvwxyz234567", 1);
  g_assert_nonnull (strstr (thanks, "Your answers are saved: 1 of 12 factors."));
  g_assert_nonnull (strstr (thanks, "name=\"member\" value=\"abcdefghijklmnopqrstuvwxyz234567\""));
  g_assert_null (strstr (thanks, "<script>alert"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/live/form/parse", test_form_parse);
  g_test_add_func ("/live/form/refused", test_form_refused);
  g_test_add_func ("/live/html/escape", test_html_escape);
  g_test_add_func ("/live/tokens", test_tokens);
  g_test_add_func ("/live/limiter", test_limiter);
  g_test_add_func ("/live/limiter/client-key", test_client_key);
  g_test_add_func ("/live/network/routes", test_network_routes);
  g_test_add_func ("/live/network/list", test_network_list);
  g_test_add_func ("/live/answer", test_answer);
  g_test_add_func ("/live/answer/refused", test_answer_refused);
  g_test_add_func ("/live/page/language", test_choose_language);
  g_test_add_func ("/live/page", test_page);

  return g_test_run ();
}
