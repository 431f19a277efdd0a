"""Headless Chromium, driven through the DevTools protocol over a
WebSocket written with the standard library alone: Debian's chromium is
the only package the browser test needs. Chromium is told to contact
nothing but the loopback."""

import base64
import json
import os
import select
import shutil
import socket
import struct
import subprocess
import tempfile
import time

CHROMIUM = os.environ.get("SEEDS_CHROMIUM", "/usr/bin/chromium")

FLAGS = [
    "--headless=new",
    "--remote-debugging-port=0",
    "--no-first-run",
    "--no-default-browser-check",
    "--no-proxy-server",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-default-apps",
    "--disable-domain-reliability",
    "--disable-client-side-phishing-detection",
    "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication,"
    "CertificateTransparencyComponentUpdater,InterestFeedContentSuggestions",
    "--metrics-recording-only",
    "--safebrowsing-disable-auto-update",
    "--password-store=basic",
    "--use-mock-keychain",
    "--mute-audio",
    "--hide-scrollbars",
    # Every name resolves to nothing; the loopback is reached by address.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE [::1]",
]


class WebSocket:
    """A client WebSocket (RFC 6455), text frames only, enough for CDP"""

    def __init__(self, host, port, path, timeout):
        self.sock = socket.create_connection((host, port), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode("ascii")
        self.sock.sendall(("GET %s HTTP/1.1\r\nHost: %s:%d\r\nUpgrade: websocket\r\n"
                           "Connection: Upgrade\r\nSec-WebSocket-Key: %s\r\n"
                           "Sec-WebSocket-Version: 13\r\n\r\n"
                           % (path, host, port, key)).encode("ascii"))
        self.buffer = b""
        while b"\r\n\r\n" not in self.buffer:
            self.buffer += self._recv_some()
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        if not head.startswith(b"HTTP/1.1 101"):
            raise ConnectionError("DevTools refused the WebSocket: %r" % head[:80])

    def _recv_some(self):
        data = self.sock.recv(1 << 20)
        if not data:
            raise ConnectionError("DevTools closed the connection")
        return data

    def _read(self, n):
        while len(self.buffer) < n:
            self.buffer += self._recv_some()
        data, self.buffer = self.buffer[:n], self.buffer[n:]
        return data

    def send(self, text):
        payload = text.encode("utf-8")
        mask = os.urandom(4)
        n = len(payload)
        if n < 126:
            header = struct.pack("!BB", 0x81, 0x80 | n)
        elif n < 1 << 16:
            header = struct.pack("!BBH", 0x81, 0x80 | 126, n)
        else:
            header = struct.pack("!BBQ", 0x81, 0x80 | 127, n)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(header + mask + masked)

    def has_data(self, timeout):
        return bool(self.buffer) or bool(select.select([self.sock], [], [], timeout)[0])

    def receive(self):
        """The next text message, from its frames"""
        message = b""
        while True:
            first, second = self._read(2)
            n = second & 0x7F
            if n == 126:
                n = struct.unpack("!H", self._read(2))[0]
            elif n == 127:
                n = struct.unpack("!Q", self._read(8))[0]
            payload = self._read(n)
            opcode = first & 0x0F
            if opcode == 0x8:
                raise ConnectionError("DevTools closed the WebSocket")
            if opcode in (0x9, 0xA):
                continue
            message += payload
            if first & 0x80:
                return message.decode("utf-8")

    def close(self):
        self.sock.close()


class Browser:
    """Chromium with a profile of its own, and the DevTools connection"""

    def __init__(self, timeout=20):
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="seeds-chromium-")
        args = [CHROMIUM, *FLAGS, "--user-data-dir=" + self.profile]
        if os.geteuid() == 0:
            args.append("--no-sandbox")
        self.process = subprocess.Popen(args + ["about:blank"], stdin=subprocess.DEVNULL,
                                        stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL)
        port, path = self._active_port()
        self.ws = WebSocket("127.0.0.1", port, path, timeout)
        self.next_id = 0
        self.events = []

    def _active_port(self):
        """The port Chromium chose, from DevToolsActivePort in its profile"""
        path = os.path.join(self.profile, "DevToolsActivePort")
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("Chromium ended at once, with status %d"
                                   % self.process.returncode)
            try:
                with open(path, encoding="ascii") as f:
                    lines = f.read().split("\n")
                if len(lines) >= 2 and lines[1]:
                    return int(lines[0]), lines[1]
            except (OSError, ValueError):
                pass
            time.sleep(0.05)
        raise RuntimeError("Chromium wrote no DevToolsActivePort in %d s" % self.timeout)

    def send(self, method, session=None, **params):
        """Calls @method and returns its result; events meanwhile are kept."""
        self.next_id += 1
        call = {"id": self.next_id, "method": method, "params": params}
        if session is not None:
            call["sessionId"] = session
        self.ws.send(json.dumps(call))
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            if not self.ws.has_data(max(0, deadline - time.monotonic())):
                break
            message = json.loads(self.ws.receive())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError("%s: %s" % (method, message["error"]))
                return message["result"]
            if "method" in message:
                self.events.append(message)
        raise TimeoutError("%s got no answer in %d s" % (method, self.timeout))

    def wait_event(self, method, session=None, seconds=None):
        """The first event @method of @session since the last wait for it"""
        deadline = time.monotonic() + (seconds or self.timeout)
        while True:
            for i, event in enumerate(self.events):
                if event["method"] == method and event.get("sessionId") == session:
                    del self.events[i]
                    return event["params"]
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not self.ws.has_data(remaining):
                raise TimeoutError("No %s in %d s" % (method, seconds or self.timeout))
            message = json.loads(self.ws.receive())
            if "method" in message:
                self.events.append(message)

    def drop_events(self, method, session=None):
        self.events = [e for e in self.events
                       if not (e["method"] == method and e.get("sessionId") == session)]

    def close(self):
        try:
            self.send("Browser.close")
        except (OSError, RuntimeError, TimeoutError):
            pass
        self.ws.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.profile, ignore_errors=True)


class Tab:
    """A page of its own browser context (its own cookies: one member)"""

    def __init__(self, browser, accept_language, width=360, height=740, scale=2,
                 javascript=True):
        self.browser = browser
        self.width = width
        self.context = browser.send("Target.createBrowserContext")["browserContextId"]
        target = browser.send("Target.createTarget", url="about:blank",
                              browserContextId=self.context)["targetId"]
        self.session = browser.send("Target.attachToTarget", targetId=target,
                                    flatten=True)["sessionId"]
        self.call("Page.enable")
        self.call("Emulation.setDeviceMetricsOverride", width=width, height=height,
                  deviceScaleFactor=scale, mobile=True)
        self.call("Emulation.setTouchEmulationEnabled", enabled=True, maxTouchPoints=5)
        self.call("Emulation.setUserAgentOverride",
                  userAgent="Mozilla/5.0 (Linux; Android 14) SeedsTest Mobile",
                  acceptLanguage=accept_language)
        if not javascript:
            self.call("Emulation.setScriptExecutionDisabled", value=True)

    def call(self, method, **params):
        return self.browser.send(method, session=self.session, **params)

    def navigate(self, url):
        self.browser.drop_events("Page.loadEventFired", self.session)
        self.call("Page.navigate", url=url)
        self.browser.wait_event("Page.loadEventFired", self.session)

    def evaluate(self, expression):
        """The value of @expression in the page (DevTools may run it even
        where the page's own scripts are disabled)"""
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError("%s: %s" % (expression, result["exceptionDetails"]))
        return result["result"].get("value")

    def tap(self, selector):
        """A click in the middle of what @selector finds, brought into view
        first, as a finger would"""
        box = self.evaluate(
            "(function(){var e=document.querySelector(%s);if(!e)return null;"
            "e.scrollIntoView({block:'center'});var r=e.getBoundingClientRect();"
            "return [r.left+r.width/2,r.top+r.height/2,r.width,r.height];})()"
            % json.dumps(selector))
        if box is None or box[2] <= 0 or box[3] <= 0:
            raise AssertionError("Nothing to tap at %s" % selector)
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=kind, x=box[0], y=box[1],
                      button="left", clickCount=1)

    def press(self, key, code=None, key_code=0):
        for kind in ("rawKeyDown", "keyUp"):
            self.call("Input.dispatchKeyEvent", type=kind, key=key, code=code or key,
                      windowsVirtualKeyCode=key_code)

    def type(self, text):
        """Each character as a key press"""
        for character in text:
            self.call("Input.dispatchKeyEvent", type="keyDown", text=character,
                      key=character, unmodifiedText=character)
            self.call("Input.dispatchKeyEvent", type="keyUp", key=character)

    def screenshot(self, path, height=None):
        """The viewport, or the page's top @height pixels"""
        params = {"format": "png"}
        if height is not None:
            params["clip"] = {"x": 0, "y": 0, "width": self.width, "height": height, "scale": 1}
            params["captureBeyondViewport"] = True
        data = self.call("Page.captureScreenshot", **params)["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))

    def close(self):
        self.browser.send("Target.disposeBrowserContext", browserContextId=self.context)
