/* seeds-live-page.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "live/seeds-html.h"
#include "live/seeds-live-page.h"
#include "model/seeds-partner-type.h"
#include "model/seeds-text.h"

/* The pages work without JavaScript: the form is a plain POST. The
 * little script only greys out the name when a member answers
 * anonymously and counts the factors answered. Everything a page holds
 * that did not come from this file goes through seeds_html_append_text().
 * Sized for a phone 360 px wide: the scale is five buttons of at least
 * 44 px, the words of its ends right under 1 and 5, and "Don't know"
 * under them, apart. */

static const char style[] =
  ":root{color-scheme:light;--accent:#1d6b3a;--text:#1c1c1c;--muted:#4d4d4d;--line:#767676}"
  "*{box-sizing:border-box}"
  "body{margin:0;background:#f6f6f3;color:var(--text);"
  "font:17px/1.45 system-ui,-apple-system,'Segoe UI',Cantarell,Roboto,sans-serif}"
  "main{max-width:40rem;margin:0 auto;padding:1rem}"
  "h1{font-size:1.45rem;line-height:1.2;margin:.25rem 0 .25rem}"
  "h2{font-size:1.1rem;margin:1.5rem 0 .75rem}"
  ".app{color:var(--accent);font-weight:700;font-size:.9rem;margin:0}"
  ".meta{color:var(--muted);margin:0 0 1rem}"
  "fieldset{background:#fff;border:1px solid #d4d4cf;border-radius:.75rem;"
  "margin:0 0 1rem;padding:.5rem 1rem 1rem;min-width:0}"
  "legend{font-weight:700;padding:0;float:left;width:100%;margin:.5rem 0 .25rem}"
  "legend+*{clear:both}"
  ".field{display:block;font-weight:600;margin:.75rem 0 .25rem}"
  ".optional{font-weight:400;color:var(--muted)}"
  "input[type=text],select{display:block;width:100%;font:inherit;padding:.6rem .7rem;"
  "border:2px solid var(--line);border-radius:.5rem;background:#fff;color:inherit}"
  "input[type=text]:disabled{background:#ececec;color:var(--muted)}"
  ".check{display:flex;gap:.6rem;align-items:center;margin-top:.75rem}"
  ".check input{width:1.4rem;height:1.4rem;margin:0;accent-color:var(--accent)}"
  ".statement{margin:0 0 .75rem}"
  ".numbers{display:grid;grid-template-columns:repeat(5,1fr);gap:.4rem}"
  ".scale input{position:absolute;opacity:0;width:1px;height:1px;margin:0}"
  ".scale label{display:flex;align-items:center;justify-content:center;min-height:2.9rem;"
  "border:2px solid var(--line);border-radius:.5rem;background:#fff;font-weight:700;"
  "font-size:1.1rem;cursor:pointer;user-select:none}"
  ".scale label.dont-know{font-size:1rem;font-weight:600;min-height:2.6rem}"
  ".scale input:checked+label{background:var(--accent);border-color:var(--accent);color:#fff}"
  ".scale input:focus-visible+label,input:focus-visible,select:focus-visible,"
  "button:focus-visible,.problem:focus{outline:3px solid #0b57d0;outline-offset:2px}"
  ".ends{display:flex;justify-content:space-between;color:var(--muted);font-size:.85rem;"
  "margin:.3rem 0 .6rem}"
  ".sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);"
  "white-space:nowrap}"
  "button{display:block;width:100%;font:inherit;font-weight:700;padding:.85rem;border:0;"
  "border-radius:.75rem;background:var(--accent);color:#fff;cursor:pointer}"
  ".progress{color:var(--muted);text-align:center;margin:.5rem 0 1rem}"
  ".problem{border:2px solid #a4221a;background:#fdecea;color:#5e0d08;border-radius:.75rem;"
  "padding:.75rem 1rem;margin:0 0 1rem}"
  ".note{color:var(--muted)}";

/* Greys out the name for an anonymous answer, counts the factors
 * answered, and brings a problem into view. */
static const char script[] =
  "(function(){"
  "var f=document.getElementById('answers');if(!f)return;"
  "var a=document.getElementById('anonymous'),n=document.getElementById('name');"
  "function anon(){if(a&&n)n.disabled=a.checked;}"
  "if(a){a.addEventListener('change',anon);anon();}"
  "var p=document.getElementById('progress'),t=p?p.getAttribute('data-template'):'';"
  "var total=f.querySelectorAll('fieldset.factor').length;"
  "function count(){if(!p)return;var c=f.querySelectorAll('.scale input:checked').length;"
  "p.textContent=t.replace('{n}',c).replace('{total}',total);}"
  "f.addEventListener('change',count);count();"
  "var e=document.getElementById('problem');if(e)e.focus();"
  "})();";

static void
append (GString    *html,
        const char *text)
{
  seeds_html_append_text (html, text);
}

static void
begin_page (GString             *html,
            const SeedsLivePage *page,
            const char          *title)
{
  g_string_append_printf (html, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n"
                          "<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                          "<meta name=\"referrer\" content=\"no-referrer\">\n"
                          "<link rel=\"icon\" href=\"data:,\">\n<title>",
                          page->language);
  append (html, title);
  g_string_append (html, " – ");
  append (html, T_(page->catalog, "Seeds of Innovation"));
  g_string_append_printf (html, "</title>\n<style nonce=\"%s\">%s</style>\n</head>\n<body>\n<main>\n",
                          page->nonce, style);
}

static void
end_page (GString             *html,
          const SeedsLivePage *page)
{
  g_string_append_printf (html, "</main>\n<script nonce=\"%s\">%s</script>\n</body>\n</html>\n",
                          page->nonce, script);
}

static void
append_heading (GString             *html,
                const SeedsLivePage *page)
{
  g_autofree char *date = seeds_date_format_in (page->date, page->catalog);

  g_string_append (html, "<p class=\"app\">");
  append (html, T_(page->catalog, "Seeds of Innovation"));
  g_string_append (html, "</p>\n<h1>");
  append (html, page->meeting_title);
  g_string_append (html, "</h1>\n<p class=\"meta\">");
  append (html, page->community_name);
  g_string_append (html, " · ");
  append (html, date);
  g_string_append (html, "</p>\n");
}

static void
append_hidden_member (GString    *html,
                      const char *member)
{
  g_string_append (html, "<input type=\"hidden\" name=\"member\" value=\"");
  append (html, member);
  g_string_append (html, "\">\n");
}

static void
append_text_input (GString    *html,
                   const char *id,
                   const char *label,
                   const char *optional,
                   const char *value,
                   const char *autocomplete,
                   guint       max_length)
{
  g_string_append_printf (html, "<label class=\"field\" for=\"%s\">", id);
  append (html, label);
  if (optional != NULL)
    {
      g_string_append (html, " <span class=\"optional\">");
      append (html, optional);
      g_string_append (html, "</span>");
    }
  g_string_append_printf (html, "</label>\n<input type=\"text\" id=\"%s\" name=\"%s\" "
                          "maxlength=\"%u\" autocomplete=\"%s\" value=\"",
                          id, id, max_length, autocomplete);
  append (html, value);
  g_string_append (html, "\">\n");
}

static void
append_partner_types (GString             *html,
                      const SeedsLivePage *page,
                      SeedsLiveAnswer     *answer)
{
  /* The labels of seeds-partner-type.c, in the page's language */
  static const char * const labels[] = {
    [SEEDS_PARTNER_COMPANY] = NC_("partner type", "Company"),
    [SEEDS_PARTNER_GOVERNMENT] = NC_("partner type", "Government"),
    [SEEDS_PARTNER_EDUCATION] = NC_("partner type", "Education"),
    [SEEDS_PARTNER_RESEARCH] = NC_("partner type", "Research"),
    [SEEDS_PARTNER_OTHER] = NC_("partner type", "Other"),
  };
  SeedsPartnerType chosen = SEEDS_PARTNER_OTHER;
  gboolean has_chosen = answer != NULL && seeds_live_answer_get_partner_type (answer, &chosen);

  G_STATIC_ASSERT (G_N_ELEMENTS (labels) == SEEDS_N_PARTNER_TYPES);

  g_string_append (html, "<label class=\"field\" for=\"partner_type\">");
  append (html, T_(page->catalog, "Kind of organisation"));
  g_string_append (html, " <span class=\"optional\">");
  append (html, T_(page->catalog, "(optional)"));
  g_string_append (html, "</span></label>\n<select id=\"partner_type\" name=\"partner_type\">\n"
                         "<option value=\"\">");
  append (html, T_(page->catalog, "Not given"));
  g_string_append (html, "</option>\n");

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      g_string_append_printf (html, "<option value=\"%s\"%s>",
                              seeds_partner_type_to_string ((SeedsPartnerType) i),
                              has_chosen && chosen == i ? " selected" : "");
      append (html, TC_(page->catalog, "partner type", labels[i]));
      g_string_append (html, "</option>\n");
    }

  g_string_append (html, "</select>\n");
}

static void
append_about_you (GString             *html,
                  const SeedsLivePage *page,
                  SeedsLiveAnswer     *answer)
{
  gboolean anonymous = answer != NULL && seeds_live_answer_get_anonymous (answer);

  g_string_append (html, "<fieldset>\n<legend>");
  append (html, T_(page->catalog, "About you"));
  g_string_append (html, "</legend>\n");

  append_text_input (html, "name", T_(page->catalog, "Your name"), NULL,
                     answer != NULL ? seeds_live_answer_get_name (answer) : "", "name",
                     seeds_text_max_length (SEEDS_FIELD_PARTICIPANT_NAME));

  if (page->allow_anonymous)
    {
      g_string_append_printf (html, "<div class=\"check\"><input type=\"checkbox\" id=\"anonymous\" "
                              "name=\"anonymous\" value=\"yes\"%s><label for=\"anonymous\">",
                              anonymous ? " checked" : "");
      append (html, T_(page->catalog, "Answer anonymously"));
      g_string_append (html, "</label></div>\n");
    }

  append_text_input (html, "organisation", T_(page->catalog, "Organisation"),
                     T_(page->catalog, "(optional)"),
                     answer != NULL ? seeds_live_answer_get_organisation (answer) : "",
                     "organization", seeds_text_max_length (SEEDS_FIELD_ORGANISATION));
  append_partner_types (html, page, answer);
  g_string_append (html, "</fieldset>\n");
}

static void
append_choice (GString    *html,
               const char *factor_id,
               const char *value,
               gboolean    checked,
               const char *css_class,
               const char *shown,
               const char *spoken)
{
  g_autofree char *id = g_strdup_printf ("f%s-%s", factor_id, value);
  g_autofree char *escaped_id = seeds_html_escape (id);
  g_autofree char *escaped_factor = seeds_html_escape (factor_id);

  g_string_append_printf (html, "<input type=\"radio\" id=\"%s\" name=\"score-%s\" value=\"%s\"%s>"
                          "<label for=\"%s\"%s>",
                          escaped_id, escaped_factor, value, checked ? " checked" : "",
                          escaped_id, css_class != NULL ? css_class : "");
  if (spoken != NULL)
    {
      g_string_append (html, "<span aria-hidden=\"true\">");
      append (html, shown);
      g_string_append (html, "</span><span class=\"sr\">");
      append (html, spoken);
      g_string_append (html, "</span>");
    }
  else
    append (html, shown);
  g_string_append (html, "</label>\n");
}

static void
append_factor (GString             *html,
               const SeedsLivePage *page,
               SeedsFactor         *factor,
               int                  score)
{
  const char *id = seeds_factor_get_id (factor);
  g_autofree char *escaped_id = seeds_html_escape (id);

  g_string_append_printf (html, "<fieldset class=\"factor\" aria-describedby=\"statement-%s\">\n"
                          "<legend>", escaped_id);
  append (html, id);
  g_string_append (html, ". ");
  append (html, seeds_factor_get_title (factor));
  g_string_append_printf (html, "</legend>\n<p class=\"statement\" id=\"statement-%s\">",
                          escaped_id);
  append (html, seeds_factor_get_definition (factor));
  g_string_append (html, "</p>\n<div class=\"scale\">\n<div class=\"numbers\">\n");

  for (int value = SEEDS_SCORE_MIN; value <= SEEDS_SCORE_MAX; value++)
    {
      char text[2] = { (char) ('0' + value), '\0' };
      const char *spoken = NULL;

      /* The words of the scale's ends are spoken, not shown: they are
       * written under it. */
      if (value == SEEDS_SCORE_MIN)
        spoken = T_(page->catalog, "1 – not at all");
      else if (value == SEEDS_SCORE_MAX)
        spoken = T_(page->catalog, "5 – completely");

      append_choice (html, id, text, score == value, NULL, text, spoken);
    }
  g_string_append (html, "</div>\n<p class=\"ends\" aria-hidden=\"true\"><span>");
  append (html, T_(page->catalog, "Not at all"));
  g_string_append (html, "</span><span>");
  append (html, T_(page->catalog, "Completely"));
  g_string_append (html, "</span></p>\n");
  append_choice (html, id, "dont-know", score == SEEDS_SCORE_DONT_KNOW, " class=\"dont-know\"",
                 T_(page->catalog, "Don’t know"), NULL);
  g_string_append (html, "</div>\n</fieldset>\n");
}

static void
append_factors (GString             *html,
                const SeedsLivePage *page,
                SeedsLiveAnswer     *answer)
{
  guint n_factors = seeds_framework_get_n_factors (page->framework);
  g_autofree char *template = NULL;

  g_string_append (html, "<h2>");
  append (html, seeds_framework_get_question (page->framework));
  g_string_append (html, "</h2>\n");

  for (guint i = 0; i < n_factors; i++)
    {
      SeedsFactor *factor = seeds_framework_get_factor (page->framework, i);
      int score = answer != NULL ? seeds_live_answer_get_score (answer, seeds_factor_get_id (factor))
                                 : SEEDS_SCORE_NONE;

      append_factor (html, page, factor, score);
    }

  g_string_append (html, "<button type=\"submit\">");
  append (html, T_(page->catalog, "Send my answers"));
  /* Translators: {n} and {total} are numbers, filled in as the member
   * answers: "7 of 12 factors answered" */
  template = g_strdup (T_(page->catalog, "{n} of {total} factors answered"));
  g_string_append (html, "</button>\n<p class=\"progress\" id=\"progress\" aria-live=\"polite\" "
                         "data-template=\"");
  append (html, template);
  g_string_append (html, "\"></p>\n");
}

/**
 * seeds_live_page_form:
 * @page: the round and the page's language
 * @member: the token of the member's browser
 * @answer: (nullable): answers to show as chosen: the member's last ones,
 *   or those just refused
 * @problem: (nullable): why the answers were refused, for the member
 *
 * Returns: (transfer full): the form, as UTF-8 HTML
 */
char *
seeds_live_page_form (const SeedsLivePage *page,
                      const char          *member,
                      SeedsLiveAnswer     *answer,
                      const char          *problem)
{
  GString *html = g_string_sized_new (32 * 1024);

  g_return_val_if_fail (page != NULL, NULL);
  g_return_val_if_fail (member != NULL, NULL);

  begin_page (html, page, page->meeting_title);
  append_heading (html, page);

  if (problem != NULL)
    {
      g_string_append (html, "<div class=\"problem\" id=\"problem\" role=\"alert\" tabindex=\"-1\">");
      append (html, problem);
      g_string_append (html, "</div>\n");
    }

  g_string_append (html, "<p>");
  append (html, T_(page->catalog, "Score how much each factor applies to your learning "
                                  "community now. On the shared screen, the group sees only "
                                  "everyone’s answers together, never yours alone."));
  g_string_append (html, "</p>\n<form id=\"answers\" method=\"post\" action=\"");
  append (html, page->action);
  g_string_append (html, "\" accept-charset=\"utf-8\">\n");
  append_hidden_member (html, member);
  append_about_you (html, page, answer);
  append_factors (html, page, answer);
  g_string_append (html, "</form>\n");
  end_page (html, page);

  return g_string_free (html, FALSE);
}

/**
 * seeds_live_page_thanks:
 * @page: the round and the page's language
 * @member: the token of the member's browser
 * @n_answered: how many factors the member answered
 *
 * Returns: (transfer full): the page after the answers are saved, with
 *   a way back to change them
 */
char *
seeds_live_page_thanks (const SeedsLivePage *page,
                        const char          *member,
                        guint                n_answered)
{
  GString *html = g_string_sized_new (8 * 1024);
  guint n_factors;
  g_autofree char *saved = NULL;

  g_return_val_if_fail (page != NULL, NULL);
  g_return_val_if_fail (member != NULL, NULL);

  n_factors = seeds_framework_get_n_factors (page->framework);
  saved = g_strdup_printf (TN_(page->catalog, "Your answers are saved: %u of %u factor.",
                               "Your answers are saved: %u of %u factors.", n_factors),
                           n_answered, n_factors);

  begin_page (html, page, T_(page->catalog, "Thank you"));
  append_heading (html, page);
  g_string_append (html, "<h2>");
  append (html, T_(page->catalog, "Thank you!"));
  g_string_append (html, "</h2>\n<p role=\"status\">");
  append (html, saved);
  g_string_append (html, "</p>\n<p>");
  append (html, T_(page->catalog, "You can change your answers until the facilitator closes "
                                  "the round."));
  g_string_append (html, "</p>\n<form method=\"get\" action=\"");
  append (html, page->action);
  g_string_append (html, "\">\n");
  append_hidden_member (html, member);
  g_string_append (html, "<button type=\"submit\">");
  append (html, T_(page->catalog, "Change my answers"));
  g_string_append (html, "</button>\n</form>\n<p class=\"note\">");
  append (html, T_(page->catalog, "On the shared screen, the group sees only everyone’s answers "
                                  "together, never yours alone."));
  g_string_append (html, "</p>\n");
  end_page (html, page);

  return g_string_free (html, FALSE);
}

/* The language of one range of an Accept-Language header, "nl-NL;q=0.8",
 * if Dutch or English, and its quality. A range may be empty: ", en"
 * has two, and the first has no tag at all. */
static const char *
range_language (const char *range,
                double     *quality)
{
  g_auto(GStrv) parts = g_strsplit (range, ";", 4);
  const char *tag;

  *quality = 1;
  if (parts[0] == NULL)
    return NULL;

  tag = g_strstrip (parts[0]);
  for (guint j = 1; parts[j] != NULL; j++)
    {
      const char *parameter = g_strstrip (parts[j]);

      if (g_ascii_strncasecmp (parameter, "q=", 2) == 0)
        *quality = g_ascii_strtod (parameter + 2, NULL);
    }

  if (g_ascii_strncasecmp (tag, "nl", 2) == 0 && (tag[2] == '\0' || tag[2] == '-'))
    return "nl";
  if (g_ascii_strncasecmp (tag, "en", 2) == 0 && (tag[2] == '\0' || tag[2] == '-'))
    return "en";

  return NULL;
}

/**
 * seeds_live_page_choose_language:
 * @accept_language: (nullable): the Accept-Language header of a request
 *
 * Returns: (nullable): "nl" or "en", whichever the browser prefers, or
 *   %NULL when it asks for neither
 */
const char *
seeds_live_page_choose_language (const char *accept_language)
{
  g_auto(GStrv) ranges = NULL;
  const char *best = NULL;
  double best_quality = 0;

  if (accept_language == NULL)
    return NULL;

  ranges = g_strsplit (accept_language, ",", 32);

  for (guint i = 0; ranges[i] != NULL; i++)
    {
      double quality;
      const char *language = range_language (ranges[i], &quality);

      if (language != NULL && quality > best_quality)
        {
          best = language;
          best_quality = quality;
        }
    }

  return best;
}
