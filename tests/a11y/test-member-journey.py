#!/usr/bin/python3
"""The member's journey, by keyboard and by what a screen reader finds
only: open an invitation, score the twelve factors, save the score card.
Each key press, typed field and activation counts; the journey may take
at most 20. Run by tests/meson.build through run-with-a11y."""

import json
import os
import sys
import tempfile
import time

import pyatspi

import seeds_a11y

MAX_INTERACTIONS = 20
SCORES = "435214352143"   # one key per factor, 1–5


def write_invitation(folder):
    path = os.path.join(folder, "Spring round.seedsmeeting")
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"format": "seeds-meeting", "version": 1, "framework": "greenport-2020",
                   "community": {"id": "0b8f3c1e-5a8e-4d7b-9d6a-1c2b3a4d5e6f",
                                 "name": "Westland field lab"},
                   "meeting": {"id": "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b",
                               "date": "2026-03-12", "title": "Spring round"}}, f)
    return path


def main():
    tmp = tempfile.mkdtemp()
    invitation = write_invitation(tmp)
    home = os.path.join(tmp, "home")
    os.makedirs(home)
    os.environ["HOME"] = home

    # Opening the invitation (a double-click) is the first interaction
    app = seeds_a11y.App(os.path.join(tmp, "member.db"), args=[invitation])
    app.interactions += 1
    app.log.append("open the invitation")
    try:
        window = app.find(name="Score This Meeting", role=pyatspi.ROLE_FRAME, timeout=20)
        others = [w for w in app.windows() if w.getRole() == pyatspi.ROLE_FRAME and w.name != window.name]
        assert not others, f"other windows opened with it: {[w.name for w in others]}"

        time.sleep(1)
        app.type_keys("Eva de Vries")
        app.press("Return")
        for key in SCORES:
            app.press(key)

        app.press("<Control>s")
        app.find(name="Save Score Card", timeout=20)
        app.press("Return")

        # The window says so when the card is written whole: a new file
        # exists, empty, from the moment the app begins to write it
        saved = os.path.join(home, "Spring round – Eva de Vries.seedscard")
        app.find(name="Your score card is saved as", role=pyatspi.ROLE_LABEL, root=window, exact=False,
                 timeout=15)
        with open(saved, encoding="utf-8") as f:
            card = json.load(f)
        scores = card["scores"]
        assert [scores.get(str(i + 1)) for i in range(12)] == [int(c) for c in SCORES], scores
    finally:
        app.close()

    print(f"member's journey: {app.interactions} interactions", file=sys.stderr)
    for step in app.log:
        print("  " + step, file=sys.stderr)
    return 0 if app.interactions <= MAX_INTERACTIONS else 1


if __name__ == "__main__":
    sys.exit(main())
