"""What the tests of the live round from outside share: a temporary
database with one meeting, the real app run with --live-round on the
loopback as a facilitator would run it, and the scores it stored, read
back with --export-csv. Everything waits a bounded time."""

import csv
import io
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.parse

COMMUNITY_ID = "0b8f3c1e-5a8e-4d7b-9d6a-1c2b3a4d5e6f"
MEETING_ID = "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b"
N_FACTORS = 12

# The address line the app prints: http://127.0.0.1:PORT/TOKEN/
URL_LINE = re.compile(r"^http://(127\.0\.0\.1|\[::1\]):([0-9]+)/([a-z2-7]{32})/$")


def ok(condition, what):
    """Fails the test with what was expected, as assert would, also under -O."""
    if not condition:
        raise AssertionError(what)


class Folder:
    """A temporary folder with the database, removed at the end"""

    def __init__(self, prefix):
        self.path = tempfile.mkdtemp(prefix=prefix)
        self.database = os.path.join(self.path, "seeds.db")

    def close(self):
        shutil.rmtree(self.path, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def app_env(folder):
    """The app without a display or a session bus, as over ssh"""
    env = dict(os.environ)
    for name in ("DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    env["DBUS_SESSION_BUS_ADDRESS"] = "disabled:"
    env["XDG_DATA_HOME"] = os.path.join(folder.path, "data")
    env["HOME"] = folder.path
    return env


def run_app(app, folder, *args, timeout=60):
    return subprocess.run([app, "--database", folder.database, *args], env=app_env(folder),
                          cwd=folder.path, capture_output=True, text=True, timeout=timeout)


def add_meeting(app, folder, community="Proeftuin Westland", title="Voorjaarsronde 2026",
                date="2026-03-12"):
    """The meeting of the round, imported from an invitation as a member's app would"""
    invitation = os.path.join(folder.path, "invitation.seedsmeeting")
    with open(invitation, "w", encoding="utf-8") as f:
        json.dump({"format": "seeds-meeting", "version": 1, "framework": "greenport-2020",
                   "community": {"id": COMMUNITY_ID, "name": community},
                   "meeting": {"id": MEETING_ID, "date": date, "title": title}}, f)
    done = run_app(app, folder, "--import", invitation)
    ok(done.returncode == 0, "the invitation is imported: " + done.stderr)


def export_scores(app, folder):
    """The scores of the database as rows of --export-csv, one per score"""
    done = run_app(app, folder, "--export-csv", "-")
    ok(done.returncode == 0, "--export-csv works: " + done.stderr)
    return list(csv.DictReader(io.StringIO(done.stdout)))


def port_open(host, port):
    try:
        with socket.create_connection((host, port), timeout=2):
            return True
    except OSError:
        return False


class Round:
    """seeds-of-innovation --live-round MEETING-ID on the loopback, with its
    address read from the one line it prints on stdout"""

    def __init__(self, app, folder, *options, bind="127.0.0.1", timeout=30):
        self.process = subprocess.Popen(
            [app, "--database", folder.database, "--live-round", MEETING_ID, "--bind", bind,
             "--port", "0", *options],
            env=app_env(folder), cwd=folder.path, stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.stderr = ""
        # readline() waits for the line or the app's end; the timer ends a
        # hang, so that the wait is bounded.
        timer = _Killer(self.process, timeout)
        self.url = self.process.stdout.readline().strip()
        timer.cancel()
        match = URL_LINE.match(self.url)
        if match is None:
            self.stop()
            raise AssertionError("The round prints its address, not %r; stderr:\n%s"
                                 % (self.url, self.stderr))
        self.host = match.group(1).strip("[]")
        self.port = int(match.group(2))
        self.token = match.group(3)

    def stop(self, sig=signal.SIGTERM, timeout=30):
        """Sends @sig and waits for the end; returns the exit status."""
        if self.process.poll() is None:
            self.process.send_signal(sig)
        try:
            out, err = self.process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            out, err = self.process.communicate()
            raise AssertionError("The round did not end within %d s of the signal" % timeout)
        self.stderr += err
        return self.process.returncode

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self.process.poll() is None:
            self.process.kill()
            self.process.communicate()


class _Killer:
    """Kills a process after a while, unless cancelled first"""

    def __init__(self, process, seconds):
        import threading
        self.timer = threading.Timer(seconds, process.kill)
        self.timer.daemon = True
        self.timer.start()

    def cancel(self):
        self.timer.cancel()


def form_body(fields):
    return urllib.parse.urlencode(fields).encode("ascii")


def wait_until(check, seconds, what):
    """Polls @check for at most @seconds"""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.05)
    raise AssertionError("Waited %d s for %s" % (seconds, what))


def read_po(path):
    """msgid → msgstr of a .po file, for what a page should say in its
    language; a plural's msgid_plural gives its plural. Untranslated
    messages are left out, and contexts are not told apart."""
    messages = {}
    current = {}
    key = None
    keys = {"msgid ": "msgid", "msgid_plural ": "plural", "msgstr ": "msgstr",
            "msgstr[0] ": "msgstr", "msgstr[1] ": "msgstr_plural"}

    def flush():
        for msgid, msgstr in (("msgid", "msgstr"), ("plural", "msgstr_plural")):
            if current.get(msgid) and current.get(msgstr):
                messages[current[msgid]] = current[msgstr]

    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            prefix = next((p for p in keys if line.startswith(p)), None)
            if prefix is not None:
                if prefix == "msgid ":
                    current = {}
                key = keys[prefix]
                current[key] = json.loads(line[len(prefix):])
            elif line.startswith('"') and key is not None:
                current[key] += json.loads(line)
            else:
                flush()
                current = {}
                key = None
    flush()
    return messages
