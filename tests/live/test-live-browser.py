#!/usr/bin/python3
"""Members answer a live round in headless Chromium at phone size, as
they would on their phone: the real app runs the round
(--live-round on 127.0.0.1), and each member opens the address, reads
the page in their browser's language, taps the labels, types their name,
chooses a score for every factor (one "don't know") and sends. One in
Dutch, one in English, one in Dutch with JavaScript disabled (the plain
form), who then goes back from the thanks, finds their answers and
changes one. Then the round ends, and --export-csv shows each member's
last scores stored once. Chromium reaches nothing but the loopback.

Usage: test-live-browser.py APP PO-FILE [--screenshot PNG]"""

import collections
import os
import sys
import time

import cdp
from seeds_live import Folder, Round, add_meeting, export_scores, ok, read_po, N_FACTORS

WIDTH = 360
HEIGHT = 740

# downs: the ArrowDown presses in the list of kinds of organisation that
# choose partner_type; scores: one character per factor, ? for "don't
# know"; change: the factor and score the member changes their answers
# to afterwards, from the thanks page
Member = collections.namedtuple(
    "Member", "name organisation downs partner_type language javascript scores change")

MEMBERS = [
    Member("Anneke de Vries", "Gemeente Westland", 2, "government", "nl", True, "43521435214?",
           None),
    Member("Sam O’Neill", "Greenport Lab", 1, "company", "en", True, "5?4321543215", None),
    Member("Joost Bakker", "", 0, "", "nl", False, "3?3333333333", (1, "5")),
]


class Texts:
    """What the page says in one language: the Dutch of po/nl.po where it
    has one, else the English, as the app's catalogue does"""

    def __init__(self, language, po_file):
        self.messages = read_po(po_file) if language == "nl" else {}

    def __call__(self, msgid):
        return self.messages.get(msgid, msgid)


def text_of(tab, selector):
    return tab.evaluate("(document.querySelector(%r)||{}).textContent" % selector)


# The text that is less than WCAG AA's 4.5:1 from its background
LOW_CONTRAST = """(function(){
function rgb(s){return (s.match(/[0-9.]+/g)||[]).map(Number)}
function lum(c){var a=c.slice(0,3).map(function(v){v/=255;
  return v<=0.03928?v/12.92:Math.pow((v+0.055)/1.055,2.4)});
  return 0.2126*a[0]+0.7152*a[1]+0.0722*a[2]}
function back(e){for(;e;e=e.parentElement){var c=rgb(getComputedStyle(e).backgroundColor);
  if(c.length==3||c[3]>0)return c}return [255,255,255]}
var low=[];
document.querySelectorAll('h1,h2,p,label,legend,button,span').forEach(function(e){
  if(!e.textContent.trim()||e.closest('.sr'))return;
  var f=lum(rgb(getComputedStyle(e).color)),b=lum(back(e));
  var r=(Math.max(f,b)+0.05)/(Math.min(f,b)+0.05);
  if(r<4.5)low.push(e.textContent.trim().slice(0,30)+': '+r.toFixed(2))});
return low})()"""


def check_contrast(tab):
    low = tab.evaluate(LOW_CONTRAST)
    ok(low == [], "every text stands out from its background by 4.5:1: %s" % low)


def check_page(tab, language, t):
    """The page in the member's language, labelled, 360 px wide"""
    ok(tab.evaluate("document.documentElement.lang") == language, "the page is in " + language)
    ok(t("Your name") == text_of(tab, "label[for=name]"), "the name's label")
    ok(text_of(tab, "label[for=organisation]").startswith(t("Organisation")),
       "the organisation's label")
    ok(text_of(tab, "label[for=partner_type]").startswith(t("Kind of organisation")),
       "the partner type's label")
    ok(text_of(tab, "label.dont-know").strip() == t("Don’t know"), "“don't know” in " + language)
    ok(text_of(tab, "button[type=submit]") == t("Send my answers"), "the button")
    # The framework's words too, translated with the app's own messages
    ok(text_of(tab, "h2") == t("To what extent does this apply to our learning community?"),
       "the question: %r" % text_of(tab, "h2"))
    ok(text_of(tab, "fieldset.factor legend") == "1. " + t("Driven and personally committed"),
       "the first factor's title: %r" % text_of(tab, "fieldset.factor legend"))
    n = tab.evaluate("document.querySelectorAll('fieldset.factor').length")
    ok(n == N_FACTORS, "a fieldset for each factor, not %s" % n)
    # Every control has a label, and nothing is wider than the phone
    unlabelled = tab.evaluate(
        "Array.from(document.querySelectorAll('input:not([type=hidden]),select'))"
        ".filter(function(e){return e.labels.length==0}).map(function(e){return e.id})")
    ok(unlabelled == [], "every control has a label, not %s" % unlabelled)
    width = tab.evaluate("document.documentElement.scrollWidth")
    ok(width <= WIDTH, "no horizontal scroll: the page is %d px wide" % width)
    check_contrast(tab)


def check_focus_order(tab):
    """Tab from the top goes through the form in the order it reads"""
    tab.evaluate("document.activeElement.blur(),window.scrollTo(0,0)")
    order = []
    for _ in range(4):
        tab.press("Tab", key_code=9)
        order.append(tab.evaluate("document.activeElement.id"))
    ok(order == ["name", "organisation", "partner_type", "f1-1"],
       "Tab goes name, organisation, kind, factor 1, not %s" % order)


def choice(factor, score):
    return "label[for='f%d-%s']" % (factor, "dont-know" if score == "?" else score)


def answer(tab, member):
    tab.tap("label[for=name]")
    tab.type(member.name)
    if member.organisation:
        tab.tap("label[for=organisation]")
        tab.type(member.organisation)
    tab.tap("label[for=partner_type]")
    for _ in range(member.downs):
        tab.press("ArrowDown", key_code=40)
    ok(tab.evaluate("document.activeElement.id") == "partner_type",
       "the label of the kind of organisation focuses its list")
    for i, score in enumerate(member.scores, start=1):
        tab.tap(choice(i, score))


def check_answered(tab, member, scores):
    """The form shows what the member typed and chose"""
    ok(tab.evaluate("document.getElementById('name').value") == member.name, "the typed name")
    ok(tab.evaluate("document.getElementById('organisation').value") == member.organisation,
       "the typed organisation")
    ok(tab.evaluate("document.getElementById('partner_type').value") == member.partner_type,
       "the kind of organisation chosen with the arrow key")
    chosen = tab.evaluate("Array.from(document.querySelectorAll('.scale input:checked'))"
                          ".map(function(e){return e.value})")
    ok(chosen == [("dont-know" if s == "?" else s) for s in scores],
       "a score for every factor, not %s" % chosen)
    check_contrast(tab)
    progress = text_of(tab, "#progress")
    ok((str(N_FACTORS) in progress) == member.javascript,
       "the count of answers is there with JavaScript only: %r" % progress)


def final_scores(member):
    if member.change is None:
        return member.scores
    factor, score = member.change
    return member.scores[:factor - 1] + score + member.scores[factor:]


def change_answers(tab, member, t):
    """Back from the thanks to the form, which the member's browser finds
    with their answers; one changed, and sent again"""
    tab.browser.drop_events("Page.loadEventFired", tab.session)
    tab.tap("button[type=submit]")
    tab.browser.wait_event("Page.loadEventFired", tab.session)
    check_answered(tab, member, member.scores)
    tab.tap(choice(*member.change))
    check_answered(tab, member, final_scores(member))
    submit(tab, t, member.language)


def submit(tab, t, language):
    tab.browser.drop_events("Page.loadEventFired", tab.session)
    tab.tap("button[type=submit]")
    tab.browser.wait_event("Page.loadEventFired", tab.session)
    ok(tab.evaluate("document.documentElement.lang") == language, "the thanks in " + language)
    ok(text_of(tab, "h2") == t("Thank you!"), "the thanks: %r" % text_of(tab, "h2"))
    saved = text_of(tab, "[role=status]")
    ok(saved == t("Your answers are saved: %u of %u factors.").replace(
        "%u", str(N_FACTORS), 1).replace("%u", str(N_FACTORS), 1),
       "the thanks count the answers: %r" % saved)
    width = tab.evaluate("document.documentElement.scrollWidth")
    ok(width <= WIDTH, "no horizontal scroll on the thanks: %d px" % width)
    check_contrast(tab)


def screenshot(tab, path):
    """The form filled in, from its top to the end of the first factor,
    for docs/"""
    tab.evaluate("document.activeElement.blur(),window.scrollTo(0,0)")
    bottom = tab.evaluate("document.querySelector('fieldset.factor')"
                          ".getBoundingClientRect().bottom")
    time.sleep(0.2)
    tab.screenshot(path, height=bottom + 16)


def member_journey(browser, url, po_file, member, screenshot_path):
    t = Texts(member.language, po_file)
    accept = "nl-NL,nl;q=0.9,en;q=0.5" if member.language == "nl" else "en-GB,en;q=0.9,nl;q=0.5"
    tab = cdp.Tab(browser, accept, width=WIDTH, height=HEIGHT, javascript=member.javascript)
    try:
        tab.navigate(url)
        check_page(tab, member.language, t)
        check_focus_order(tab)
        answer(tab, member)
        check_answered(tab, member, member.scores)
        if screenshot_path:
            screenshot(tab, screenshot_path)
        submit(tab, t, member.language)
        if member.change is not None:
            change_answers(tab, member, t)
    finally:
        tab.close()


def check_stored(rows):
    """Each member once, with the partner type and scores they chose"""
    for member in MEMBERS:
        name = member.name
        theirs = [r for r in rows if r["participant"] == name]
        ok(len(theirs) == N_FACTORS, "%s's %d scores are stored once: %d rows"
           % (name, N_FACTORS, len(theirs)))
        by_factor = {r["factor_id"]: r for r in theirs}
        for i, score in enumerate(final_scores(member), start=1):
            stored = by_factor[str(i)]
            ok(stored["score"] == ("" if score == "?" else score),
               "%s's score of factor %d: %r" % (name, i, stored["score"]))
        ok(theirs[0]["organisation"] == member.organisation, "%s's organisation" % name)
        ok(theirs[0]["partner_type"] == (member.partner_type or "other"),
           "%s's partner type" % name)
    ok(len(rows) == N_FACTORS * len(MEMBERS), "no one else's scores: %d rows" % len(rows))


def main():
    if not os.access(cdp.CHROMIUM, os.X_OK):
        # build-aux/install-dependencies installs it; a machine set up otherwise says so
        print("1..0 # SKIP %s is not installed (Debian's chromium)" % cdp.CHROMIUM)
        return
    app, po_file = os.path.abspath(sys.argv[1]), sys.argv[2]
    screenshot_path = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--screenshot" else None
    started = time.monotonic()
    with Folder("seeds-browser-") as folder:
        add_meeting(app, folder)
        with Round(app, folder) as live:
            browser = cdp.Browser()
            try:
                for i, member in enumerate(MEMBERS):
                    member_journey(browser, live.url, po_file, member,
                                   screenshot_path if i == 0 else None)
                    print("ok %d - %s answered in %s%s%s" % (
                        i + 1, member.name, member.language,
                        "" if member.javascript else " without JavaScript",
                        ", and changed an answer" if member.change else ""))
            finally:
                browser.close()
            ok(live.stop() == 0, "the round ends cleanly: " + live.stderr)
        check_stored(export_scores(app, folder))
    print("ok %d - each member's answers stored once, in %.1f s"
          % (len(MEMBERS) + 1, time.monotonic() - started))
    print("1..%d" % (len(MEMBERS) + 1))


if __name__ == "__main__":
    main()
