#!/usr/bin/python3
"""Walks the accessibility tree of every window and dialog of the app, as a
screen reader finds it, and fails on a control with no name, a name that
is its type, a name with an underscore or a name said twice, and on a
dialog that is not exposed as a dialog.

Run by tests/meson.build through run-with-a11y; SEEDS_APP is the program
and SEEDS_MAKE_SAMPLE the program that makes the sample database."""

import os
import shutil
import subprocess
import sys
import tempfile
import time

import pyatspi

import seeds_a11y

DIALOG_ROLES = {pyatspi.ROLE_DIALOG, pyatspi.ROLE_ALERT, pyatspi.ROLE_FILE_CHOOSER}

# GTK's own windows: only whether they are dialogs is the app's to fix
GTK_OWN = {"Keyboard Shortcuts"}

# Each window or dialog: how a person opens it (Escape closes each)
OPENED_BY_KEYS = [
    ("New Meeting", "<Control>n"),
    ("Add Participant", "<Control><Shift>p"),
    ("Add Next Step", "<Control><Shift>n"),
    ("Preferences", "<Control>comma"),
    ("Keyboard Shortcuts", "<Control>question"),
    ("Learn from Others", "<Control>m"),
]

# The window's own actions that open a dialog or window, run through the
# AT-SPI Action interface of the main window, as an assistive tool can
OPENED_BY_ACTIONS = [
    "win.new-community", "win.rename-community", "win.new-meeting", "win.edit-meeting",
    "win.delete-meeting", "win.delete-community", "win.print-poster", "win.present",
]

PAGES = [("Score", "<Alt>1"), ("Overview", "<Alt>2"), ("History", "<Alt>3"), ("Compare", "<Alt>4")]


def new_window(app, before, timeout=20):
    end = time.time() + timeout
    while time.time() < end:
        for window in app.windows():
            if window not in before and window.childCount > 0:
                return window
        time.sleep(0.1)
    return None


def run_action(window, name):
    action = window.queryAction()
    for i in range(action.nActions):
        if action.getName(i) == name:
            action.doAction(i)
            return
    raise AssertionError(f"the main window has no action {name}")


def open_and_audit(app, what, opener, problems):
    before = app.windows()
    opener()
    window = new_window(app, before)
    if window is None:
        problems.append(f"{what} opened no window")
        return
    time.sleep(0.5)
    role = window.getRole()
    if window.getState().contains(pyatspi.STATE_MODAL) and role not in DIALOG_ROLES:
        problems.append(f"{what}: a modal window exposed as {window.getRoleName()}, not as a dialog")
    elif role == pyatspi.ROLE_FILLER:
        problems.append(f"{what}: a window exposed as a filler")
    if what not in GTK_OWN:
        seeds_a11y.audit(window, what, problems)
    app.press("Escape")
    app.wait(lambda: window not in app.windows() or not window.getState().contains(pyatspi.STATE_SHOWING),
             what=f"{what} to close")


def main():
    tmp = tempfile.mkdtemp()
    database = os.path.join(tmp, "sample.db")
    subprocess.run([os.environ["SEEDS_MAKE_SAMPLE"], database], check=True,
                   stdout=subprocess.DEVNULL)
    problems = []
    app = seeds_a11y.App(database)
    try:
        main_window = app.windows()[0]
        time.sleep(1)
        for page, keys in PAGES:
            app.press(keys)
            time.sleep(0.5)
            seeds_a11y.audit(main_window, f"main window, {page}", problems)

        for what, keys in OPENED_BY_KEYS:
            open_and_audit(app, what, lambda: app.press(keys), problems)

        for name in OPENED_BY_ACTIONS:
            open_and_audit(app, name, lambda: run_action(main_window, name), problems)
    finally:
        app.close()
        shutil.rmtree(tmp, ignore_errors=True)

    return seeds_a11y.report(problems)


if __name__ == "__main__":
    sys.exit(main())
