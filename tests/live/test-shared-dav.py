#!/usr/bin/python3
"""Shared directories over WebDAV through GVfs, as a region shares one on
Nextcloud: rclone serves a folder over WebDAV on the loopback, a private
D-Bus session runs GVfs, and the real app publishes a community's profile
to dav://127.0.0.1:PORT/ from one database and reads it into another with
--publish-profile, --add-shared-directory and --refresh-shared-directories.
A tampered profile on the server is refused with its file name; when the
server is gone, the entry keeps its last good copy. Every wait is bounded.

Skips (TAP) only when rclone or GVfs's WebDAV backend is not installed:
build-aux/install-dependencies installs both from build-aux/dependencies.txt.

Usage: test-shared-dav.py APP"""

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile

from seeds_live import Folder, ok, port_open, wait_until

COMMUNITY_ID = "0b8f3c1e-5a8e-4d7b-9d6a-1c2b3a4d5e6f"
INNER = "SEEDS_SHARED_DAV_INNER"
GVFSD_DAV = ("/usr/libexec/gvfsd-dav", "/usr/lib/gvfs/gvfsd-dav")

tests = 0


def passed(what):
    global tests
    tests += 1
    print("ok %d - %s" % (tests, what), flush=True)


def free_port():
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def app_env(folder):
    """The app without a display, on the private session bus and in GVfs's
    runtime folder"""
    env = dict(os.environ)
    for name in ("DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    env["XDG_DATA_HOME"] = os.path.join(folder.path, "data")
    env["XDG_CACHE_HOME"] = os.path.join(folder.path, "cache")
    env["HOME"] = folder.path
    return env


def run_app(app, folder, database, *args):
    return subprocess.run([app, "--database", os.path.join(folder.path, database), *args],
                          env=app_env(folder), cwd=folder.path, capture_output=True, text=True,
                          timeout=60)


def own_community(app, folder, database):
    """A community of its own, from an invitation to one of its meetings"""
    invitation = os.path.join(folder.path, "invitation.seedsmeeting")
    with open(invitation, "w", encoding="utf-8") as f:
        json.dump({"format": "seeds-meeting", "version": 1, "framework": "greenport-2020",
                   "community": {"id": COMMUNITY_ID, "name": "Westland field lab"},
                   "meeting": {"id": "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b",
                               "date": "2026-03-12", "title": "Spring"}}, f)
    done = run_app(app, folder, database, "--import", invitation)
    ok(done.returncode == 0, "the invitation is imported: " + done.stderr)


def query(folder, database, sql):
    db = sqlite3.connect(os.path.join(folder.path, database))
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


class Server:
    """rclone serving @root over WebDAV on the loopback only"""

    def __init__(self, root):
        self.port = free_port()
        self.process = subprocess.Popen(["rclone", "serve", "webdav", "--addr",
                                         "127.0.0.1:%d" % self.port,
                                         # what the test writes beside it shows at once
                                         "--dir-cache-time", "0s", root],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_until(lambda: port_open("127.0.0.1", self.port), 30, "the WebDAV server")
        self.uri = "dav://127.0.0.1:%d/" % self.port

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def test_publish_read(app, folder, server, share):
    own_community(app, folder, "a.db")
    done = run_app(app, folder, "a.db", "--publish-profile", server.uri, "--community",
                   COMMUNITY_ID)
    ok(done.returncode == 0, "publishing works: " + done.stderr)

    names = [n for n in os.listdir(share)]
    ok(names == [COMMUNITY_ID + ".seedsprofile"], "one whole file, no temporary: %r" % names)
    with open(os.path.join(share, names[0]), encoding="utf-8") as f:
        profile = json.load(f)
    ok(profile["community"]["name"] == "Westland field lab" and "contact" not in profile,
       "the profile, without what was not chosen: %r" % profile)
    passed("a profile is published over WebDAV as <community id>.seedsprofile")

    done = run_app(app, folder, "b.db", "--add-shared-directory", server.uri,
                   "--refresh-shared-directories")
    ok(done.returncode == 0 and "added: 1" in done.stdout,
       "the refresh adds it: %d %r %r" % (done.returncode, done.stdout, done.stderr))
    rows = query(folder, "b.db", "SELECT c.name, c.origin, s.source_uri FROM communities c "
                                 "JOIN directory_sightings s ON s.community_id = c.id")
    ok(rows == [("Westland field lab", "profile", server.uri)], "seen in the share: %r" % rows)
    passed("another database reads it from dav:// and says where it came from")


def test_concurrent_publish(app, folder, server, share):
    """Two facilitators' apps publish the same community at the same moment,
    three times over: the share holds one whole profile, never half of one
    or a temporary file"""
    shutil.copy(os.path.join(folder.path, "a.db"), os.path.join(folder.path, "c.db"))
    for _ in range(3):
        runs = [subprocess.Popen([app, "--database", os.path.join(folder.path, database),
                                  "--publish-profile", server.uri, "--community", COMMUNITY_ID],
                                 env=app_env(folder), cwd=folder.path, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
                for database in ("a.db", "c.db")]
        for run in runs:
            _, err = run.communicate(timeout=60)
            ok(run.returncode == 0, "both publish, one after the other: " + err)
        names = sorted(os.listdir(share))
        ok(names == [COMMUNITY_ID + ".seedsprofile"], "one file, no temporary: %r" % names)
        with open(os.path.join(share, names[0]), encoding="utf-8") as f:
            profile = json.load(f)
        ok(profile["community"]["id"] == COMMUNITY_ID, "a whole profile: %r" % profile)
    passed("two processes publishing at once over WebDAV leave one whole profile")


def test_refused(app, folder, server, share):
    with open(os.path.join(share, "tampered.seedsprofile"), "w", encoding="utf-8") as f:
        f.write('{"format": "seeds-profile", "version": 1, "community": {"id": "x"}}\n')
    before = query(folder, "b.db", "SELECT id, name, updated_at FROM communities ORDER BY id")
    done = run_app(app, folder, "b.db", "--refresh-shared-directories")
    after = query(folder, "b.db", "SELECT id, name, updated_at FROM communities ORDER BY id")
    ok(done.returncode == 1 and "tampered.seedsprofile: " in done.stderr,
       "refused with its name: %d %r" % (done.returncode, done.stderr))
    ok(before == after, "nothing changed: %r %r" % (before, after))
    os.remove(os.path.join(share, "tampered.seedsprofile"))
    passed("a tampered profile on the server is refused with its reason and changes nothing")


def test_unreachable(app, folder, server):
    server.stop()
    done = run_app(app, folder, "b.db", "--refresh-shared-directories")
    ok(done.returncode == 1 and done.stderr != "", "the folder is out of reach: %r" % done.stderr)
    rows = query(folder, "b.db", "SELECT name FROM communities WHERE origin = 'profile'")
    errors = query(folder, "b.db", "SELECT last_error FROM directory_sources")
    ok(rows == [("Westland field lab",)], "the last good copy stays: %r" % rows)
    ok(errors[0][0], "the source records why: %r" % errors)
    passed("with the server gone, the entry keeps its last good copy and the source its error")


def inner(app):
    print("1..5", flush=True)
    with Folder("seeds-shared-dav-") as folder:
        share = os.path.join(folder.path, "share")
        os.mkdir(share)
        server = Server(share)
        try:
            test_publish_read(app, folder, server, share)
            test_refused(app, folder, server, share)
            # After the refusal, whose "nothing changed" a newer profile would upset
            test_concurrent_publish(app, folder, server, share)
            test_unreachable(app, folder, server)
        finally:
            server.stop()


def main():
    app = os.path.abspath(sys.argv[1])
    if os.environ.get(INNER) == "1":
        inner(app)
        return

    if shutil.which("rclone") is None or not any(os.path.exists(p) for p in GVFSD_DAV):
        print("1..0 # SKIP rclone or gvfs-backends is not installed "
              "(build-aux/install-dependencies installs them)")
        return
    if shutil.which("dbus-run-session") is None:
        print("1..0 # SKIP dbus-run-session is not installed")
        return

    # GVfs runs on a private session bus, ended with the test, with a
    # runtime folder of its own that the app and GVfs's daemons share.
    runtime = tempfile.mkdtemp(prefix="seeds-shared-dav-run-")
    try:
        env = dict(os.environ, **{INNER: "1", "XDG_RUNTIME_DIR": runtime})
        done = subprocess.run(["dbus-run-session", "--", sys.executable,
                               os.path.abspath(__file__), app], env=env, timeout=180)
    finally:
        shutil.rmtree(runtime, ignore_errors=True)
    sys.exit(done.returncode)


if __name__ == "__main__":
    main()
