"""What the accessibility tests share: the app started under AT-SPI, its
tree walked as a screen reader sees it, and a user's interactions, each
counted: a key press, a field typed into, a control activated."""

import os
import re
import subprocess
import sys
import tempfile
import time

import pyatspi

# The controls a person operates; their names are what a screen reader says
CONTROL_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_TEXT,
    pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_SLIDER, pyatspi.ROLE_LINK, pyatspi.ROLE_MENU_ITEM,
    pyatspi.ROLE_CHECK_MENU_ITEM, pyatspi.ROLE_RADIO_MENU_ITEM, pyatspi.ROLE_PAGE_TAB,
    pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TABLE_CELL,
}

# What GTK 4.8 names an element that has no name of its own
TYPE_NAME = re.compile(r"^(Gtk|Adw|Seeds|Shumate)[A-Z]\w*$")
MNEMONIC = re.compile(r"_\w")


class App:
    def __init__(self, database, args=(), language="en", size=None):
        env = dict(os.environ)
        env.update({"LANG": "C.UTF-8", "LANGUAGE": language,
                    "GSETTINGS_BACKEND": "memory"})
        if size:
            env["SEEDS_WINDOW_SIZE"] = size
        self.interactions = 0
        self.log = []
        # What the app says goes to a file: a pipe nobody reads would block it
        self.stderr = tempfile.TemporaryFile()
        self.process = subprocess.Popen([os.environ["SEEDS_APP"], "--database", database, *args],
                                        env=env, stdout=subprocess.DEVNULL, stderr=self.stderr)
        self.app = self._find_app()

    def _find_app(self, timeout=60):
        end = time.time() + timeout
        while time.time() < end and self.process.poll() is None:
            try:
                desktop = pyatspi.Registry.getDesktop(0)
            except Exception:
                time.sleep(0.5)
                continue
            for app in desktop:
                try:
                    if app is not None and app.get_process_id() == self.process.pid and app.childCount > 0:
                        return app
                except Exception:
                    pass
            time.sleep(0.2)
        self.stderr.seek(0)
        sys.stderr.write(self.stderr.read().decode(errors="replace")[-4000:])
        if self.process.poll() is not None:
            raise AssertionError(f"the app ended (exit status {self.process.returncode}) before it appeared on the accessibility bus")
        raise AssertionError("the app did not appear on the accessibility bus")

    def close(self):
        # An app that ended before the test did crashed: what it said then
        # (a sanitizer's report, a stack) is what the next person needs
        if self.process.poll() is not None:
            self.stderr.seek(0)
            sys.stderr.write(f"the app ended early, with exit status {self.process.returncode}:\n")
            sys.stderr.write(self.stderr.read().decode(errors="replace")[-8000:])
            return
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()

    # Finding

    def windows(self):
        return [self.app.getChildAtIndex(i) for i in range(self.app.childCount)]

    def find(self, name=None, role=None, root=None, timeout=20, exact=True):
        """The first showing element with this name and role, waiting for it"""
        end = time.time() + timeout
        while True:
            for top in ([root] if root else self.windows()):
                found = _search(top, name, role, exact)
                if found is not None:
                    return found
            if time.time() > end:
                raise AssertionError(f"no {role and pyatspi.Role(role)} named {name!r} on screen")
            time.sleep(0.1)

    def dialogs_closed(self, timeout=30):
        """Waits until no dialog is on screen: keys pressed before it has
        gone would still go to it, as they would for a person"""
        roles = {pyatspi.ROLE_DIALOG, pyatspi.ROLE_ALERT, pyatspi.ROLE_FILE_CHOOSER}

        def closed():
            for top in self.windows():
                try:
                    if top.getRole() in roles and _showing(top):
                        return False
                except Exception:
                    pass
            return True
        self.wait(closed, timeout=timeout, what="the dialog to close")

    def wait(self, predicate, timeout=30, what="the app"):
        end = time.time() + timeout
        while not predicate():
            if time.time() > end:
                raise AssertionError(f"waited in vain for {what}")
            time.sleep(0.1)

    # Interactions, each counted

    def activate(self, node):
        self._count(f"activate {node.getRoleName()} {node.name!r}")
        action = node.queryAction()
        for i in range(action.nActions):
            if action.getName(i) in ("click", "activate", "press", "toggle", "select"):
                action.doAction(i)
                return
        action.doAction(0)

    def press(self, keys):
        """One key or chord, as in Gtk: "Return", "<Control>n" """
        self._count(f"press {keys}")
        mods = re.findall(r"<(\w+)>", keys)
        key = re.sub(r"<\w+>", "", keys)
        subprocess.run(["xdotool", "key", "+".join([m.lower().replace("control", "ctrl") for m in mods] + [key])],
                       check=True)
        time.sleep(0.15)

    def type_keys(self, text):
        """Types into what has the focus: one typed field"""
        self._count(f"type {text!r}")
        subprocess.run(["xdotool", "type", "--delay", "20", text], check=True)
        time.sleep(0.2)

    def type_into(self, node, text):
        self._count(f"type {text!r} into {node.name!r}")
        node.queryEditableText().setTextContents(text)
        time.sleep(0.1)

    def _count(self, what):
        self.interactions += 1
        self.log.append(what)


def _showing(node):
    """On screen: GTK 4.8 marks every widget whose own visible flag is set
    as visible, also on a stack's hidden page; those have no size."""
    if not node.getState().contains(pyatspi.STATE_VISIBLE):
        return False
    try:
        extents = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    except NotImplementedError:
        return True
    return extents.width > 0 and extents.height > 0


def _search(node, name, role, exact):
    try:
        if (role is None or node.getRole() == role) and \
           (name is None or (node.name == name if exact else name in (node.name or ""))) and \
           _showing(node):
            return node
        for i in range(node.childCount):
            found = _search(node.getChildAtIndex(i), name, role, exact)
            if found is not None:
                return found
    except Exception:
        return None
    return None


def name_problem(name):
    """What a screen reader would stumble on in this control's name"""
    if not name or not name.strip():
        return "has no name"
    if TYPE_NAME.match(name):
        return "is named by its type"
    if MNEMONIC.search(name):
        return "has an underscore"
    words = name.split()
    half = len(words) // 2
    if len(words) % 2 == 0 and half > 0 and words[:half] == words[half:]:
        return "says its name twice"
    return None


def audit(node, where, problems, seen=None):
    """Every showing control under @node with a name problem"""
    try:
        if not _showing(node):
            return problems
        if node.getRole() in CONTROL_ROLES:
            problem = name_problem(node.name)
            if problem:
                problems.append(f"{where}: {node.getRoleName()} {node.name!r} {problem}")
        for i in range(node.childCount):
            audit(node.getChildAtIndex(i), where, problems)
    except Exception as error:
        problems.append(f"{where}: unreadable element ({error})")
    return problems


def report(problems):
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0
