#!/usr/bin/python3
"""The headless live round, as a facilitator runs it from a terminal:
seeds-of-innovation --live-round MEETING-ID prints its address on one
line, serves the form to a real HTTP client (urllib) on the loopback,
stores what a member sends, and ends cleanly on SIGTERM and SIGINT: exit
status 0, the port closed. Mistakes end at once with a message and a
status other than 0.

Usage: test-live-command.py APP"""

import os
import signal
import socket
import sys
import time
import urllib.error
import urllib.request

from seeds_live import (Folder, MEETING_ID, N_FACTORS, Round, add_meeting, export_scores,
                        form_body, ok, port_open, run_app)

tests = 0


def passed(what):
    global tests
    tests += 1
    print("ok %d - %s" % (tests, what))


def request(url, body=None, language="en"):
    """The status and text of a response, as a browser would send it"""
    headers = {"Accept-Language": language}
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=body, headers=headers),
                                    timeout=30) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def answers(name, score, **more):
    fields = {"name": name, "organisation": "Hogeschool Inholland", "partner_type": "education"}
    fields.update({"score-%d" % i: str(score) for i in range(1, N_FACTORS + 1)})
    fields.update(more)
    return form_body(fields)


def test_mistakes(app, folder):
    """Each mistake: a message on stderr, nothing on stdout, status ≠ 0"""
    mistakes = [
        (["--live-round", "3f0c0c0c-0000-4000-8000-000000000000", "--bind", "127.0.0.1"],
         "could not be found"),
        (["--live-round", MEETING_ID, "--bind", "localhost"], "not an address"),
        (["--live-round", MEETING_ID, "--bind", "192.0.2.1"], "192.0.2.1"),
        (["--live-round", MEETING_ID, "--bind", "127.0.0.1", "--port", "70000"], "65535"),
        (["--live-round", MEETING_ID, "--bind", "127.0.0.1", "--language", "fr"], "--language"),
        (["--live-round", MEETING_ID, "--export-csv", "-"], "on its own"),
        (["--port", "8080"], "--live-round MEETING-ID"),
    ]
    for args, message in mistakes:
        done = run_app(app, folder, *args)
        ok(done.returncode != 0 and done.stdout == "" and message in done.stderr,
           "%s: status %d, stdout %r, stderr %r" % (" ".join(args), done.returncode,
                                                     done.stdout, done.stderr))
    passed("%d mistakes each end with a message and status 1" % len(mistakes))


def test_port_in_use(app, folder):
    """A port taken by another program is said so, and the round does not start"""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = run_app(app, folder, "--live-round", MEETING_ID, "--bind", "127.0.0.1",
                       "--port", str(port))
    ok(done.returncode == 1 and str(port) in done.stderr and done.stdout == "",
       "a port in use: status %d, %r" % (done.returncode, done.stderr))
    passed("a port in use is said so")


def test_round(app, folder):
    """The address, a member's answers, SIGTERM: gone, and the answers stored"""
    with Round(app, folder) as live:
        status, page = request(live.url)
        ok(status == 200 and 'lang="en"' in page and 'name="score-1"' in page,
           "the form is served at the printed address: %d" % status)
        wrong = live.url.replace(live.token, live.token[::-1])
        ok(request(wrong)[0] == 404, "nothing without the token")
        status, thanks = request(live.url, answers("Eva Jansen", 4))
        ok(status == 200 and "12 of 12" in thanks, "the answers are saved: %d" % status)
        passed("the printed address serves the form, and takes answers")

        started = time.monotonic()
        ok(live.stop(signal.SIGTERM) == 0, "SIGTERM ends the round with status 0: "
           + live.stderr)
        ok("The round has ended." in live.stderr, "the facilitator is told: " + live.stderr)
        ok("1 member has answered." in live.stderr, "the count went to stderr")
        ok(not port_open(live.host, live.port), "the port is closed")
        passed("SIGTERM ends it in %.1f s, and the port is closed" % (time.monotonic() - started))

    rows = [r for r in export_scores(app, folder) if r["participant"] == "Eva Jansen"]
    ok(len(rows) == N_FACTORS and all(r["score"] == "4" for r in rows)
       and rows[0]["partner_type"] == "education", "Eva's scores are stored: %s" % rows)
    passed("the answers are in the database, as --export-csv shows")


def test_sigint_dutch_anonymous(app, folder):
    """Ctrl+C ends a round in Dutch, on ::1, where members may stay anonymous"""
    bind = "::1" if socket.has_ipv6 and can_bind_ipv6() else "127.0.0.1"
    with Round(app, folder, "--language", "nl", "--allow-anonymous", bind=bind) as live:
        status, page = request(live.url, language="en")
        ok(status == 200 and 'lang="nl"' in page and 'id="anonymous"' in page,
           "--language nl serves Dutch to every browser, with the anonymous choice")
        status, _ = request(live.url, answers("", 2, anonymous="yes"))
        ok(status == 200, "an anonymous answer is taken: %d" % status)
        ok(live.stop(signal.SIGINT) == 0, "Ctrl+C ends the round with status 0")
        ok(not port_open(live.host, live.port), "the port is closed")
    anonymous = [r for r in export_scores(app, folder) if r["participant"].startswith("Anonymous")]
    ok(len(anonymous) == N_FACTORS, "the anonymous member's scores are stored")
    passed("Ctrl+C ends a round in Dutch on %s, with an anonymous member" % bind)


def can_bind_ipv6():
    try:
        with socket.socket(socket.AF_INET6) as probe:
            probe.bind(("::1", 0))
        return True
    except OSError:
        return False


def main():
    app = os.path.abspath(sys.argv[1])
    with Folder("seeds-live-command-") as folder:
        add_meeting(app, folder)
        test_mistakes(app, folder)
        test_port_in_use(app, folder)
        test_round(app, folder)
        test_sigint_dutch_anonymous(app, folder)
    print("1..%d" % tests)


if __name__ == "__main__":
    main()
