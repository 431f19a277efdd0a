#!/usr/bin/python3
"""The facilitator's journey on a fresh database, by keyboard and by what a
screen reader finds only: create a learning community and a meeting,
import twelve score cards, present and reveal, open the factor that needs
attention most, add a next step with an owner and a due date, print the
meeting report to PDF. Each key press, typed field and activation counts;
the journey may take at most 30. Run by tests/meson.build through
run-with-a11y."""

import glob
import json
import os
import sqlite3
import sys
import tempfile
import time

import pyatspi

import seeds_a11y

MAX_INTERACTIONS = 30
N_CARDS = 12


def write_cards(folder, meeting_id):
    """Twelve members; factor 7 scored low by all of them"""
    os.makedirs(folder)
    for m in range(N_CARDS):
        scores = {str(f): 1 + (m + f) % 5 for f in range(1, 13)}
        scores["7"] = 1 + m % 2
        card = {"format": "seeds-scorecard", "version": 1, "framework": "greenport-2020",
                "meeting": {"id": meeting_id},
                "participant": {"name": f"Member {m + 1:02}", "organisation": "",
                                "partner_type": "company"},
                "scores": scores}
        with open(os.path.join(folder, f"card-{m + 1:02}.seedscard"), "w", encoding="utf-8") as f:
            json.dump(card, f)


def query(database, sql):
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
        return db.execute(sql).fetchall()


def main():
    tmp = tempfile.mkdtemp()
    home = os.path.join(tmp, "home")
    os.makedirs(home)
    os.environ["HOME"] = home
    # The database in a folder of its own, as the app's is, away from the
    # cards: the file chooser reads the files of the folders it shows to
    # tell their type, and a process that closes a file of a database
    # drops SQLite's locks on it (POSIX), so that this test's own reads of
    # the database could then reset the app's shared memory under it (a
    # crash in the import, SIGBUS). See the closing note of stop 20.
    os.makedirs(os.path.join(tmp, "data"))
    database = os.path.join(tmp, "data", "facilitator.db")
    cards = os.path.join(tmp, "cards")

    app = seeds_a11y.App(database)
    try:
        # A learning community and a meeting
        app.activate(app.find(name="Create a Learning Community", role=pyatspi.ROLE_PUSH_BUTTON, timeout=20))
        app.find(name="New Learning Community", timeout=30, exact=False)
        app.type_keys("Westland field lab")
        app.press("Return")
        app.wait(lambda: query(database, "SELECT count(*) FROM communities")[0][0] == 1, what="the community")
        app.dialogs_closed()

        app.press("<Control>n")
        app.find(name="New Meeting", timeout=20)
        app.type_keys("Spring round")
        app.press("Return")
        app.wait(lambda: query(database, "SELECT count(*) FROM meetings")[0][0] == 1, what="the meeting")
        app.dialogs_closed()
        write_cards(cards, query(database, "SELECT id FROM meetings")[0][0])

        # Twelve cards, all selected in the chooser
        app.press("<Control>i")
        chooser = app.find(name="Import", timeout=30, exact=False)
        app.type_keys(cards + "/")
        app.press("Return")
        # In the folder once its name is on the chooser's path bar
        app.find(name="cards", role=pyatspi.ROLE_PUSH_BUTTON, root=chooser, timeout=20)
        time.sleep(0.5)
        app.press("<Control>a")
        app.press("Return")
        app.wait(lambda: query(database, "SELECT count(*) FROM attendance")[0][0] == N_CARDS,
                 timeout=60, what="twelve cards to be imported")
        report = app.find(name="imported", role=pyatspi.ROLE_DIALOG, exact=False)
        app.press("Escape")   # the import's report
        app.wait(lambda: report not in app.windows() or not report.getState().contains(pyatspi.STATE_VISIBLE),
                 what="the import's report to close")

        # Present, reveal, and the factor that needs attention most
        app.press("F5")
        app.find(name="Presentation", timeout=20)
        app.press("Right")    # the scores coming in
        app.press("Right")    # all factors, hidden
        app.press("Right")    # revealed
        app.press("Right")    # the first factor that needs attention
        time.sleep(0.5)

        # A next step with an owner and a due date
        app.press("<Control><Shift>n")
        app.find(name="Add Next Step", timeout=30, exact=False)
        app.type_keys("Visit each other's greenhouses")
        app.press("Tab")
        app.type_keys("Anouk")
        app.press("Tab")
        app.type_keys("15-1-2027")
        app.press("Return")
        app.wait(lambda: query(database, "SELECT factor_id, owner, due_date FROM next_steps")
                 == [("7", "Anouk", "2027-01-15")], what="the next step on factor 7")

        # The report, saved as a PDF file
        app.press("<Control><Shift>s")
        app.find(name="Save Report", timeout=20)
        app.press("Return")
        app.wait(lambda: glob.glob(os.path.join(home, "**", "*.pdf"), recursive=True), timeout=20,
                 what="the report's PDF")
    finally:
        app.close()
        print(f"facilitator's journey: {app.interactions} interactions", file=sys.stderr)
        for step in app.log:
            print("  " + step, file=sys.stderr)

    return 0 if app.interactions <= MAX_INTERACTIONS else 1


if __name__ == "__main__":
    sys.exit(main())
