#!/usr/bin/env python3
"""Live reload of `journeymap serve` in a real browser.

usage: python3 Tests/browser/serve_reload.py [BINARY]   (default .build/release/journeymap)

Run Tests/browser/setup.sh first; this script re-runs itself with the virtualenv's
Python like check_site.py. It copies maps/ to a temporary folder, starts
`journeymap serve --port 0` on it, opens a journey page in headless Chromium, scrolls
down, and then, without touching the browser:
  - renames a touchpoint in the map: the page reloads by itself (a marker set in the
    page is gone), shows the new title and keeps its scroll position;
  - breaks the map: the problems panel appears over the page, which still shows the
    last good content; fixing the map removes the panel;
  - the console has no SEVERE entry (a Content-Security-Policy violation would be).
Ends with 'N passed, M failed'; exits 1 on any failure. Every wait is bounded.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
VENV = os.path.join(ROOT, ".build-browser-venv")
VENV_PYTHON = os.path.join(VENV, "bin", "python")

try:
    import selenium  # noqa: F401
except ImportError:
    if os.path.exists(VENV_PYTHON) and os.path.realpath(sys.prefix) != os.path.realpath(VENV):
        os.execv(VENV_PYTHON, [VENV_PYTHON, os.path.abspath(__file__)] + sys.argv[1:])
    raise SystemExit("selenium is missing: run bash Tests/browser/setup.sh first")

import re  # noqa: E402
import shutil  # noqa: E402
import signal  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

from browser import Browser  # noqa: E402
from tally import Tally  # noqa: E402

MAP = os.path.join("outdoor-retail", "trail-running.md")
PAGE = "journeys/trail-running.html"
PATIENCE = 120  # seconds: the machine may be busy


def wait_until(condition, what):
    deadline = time.time() + PATIENCE
    while time.time() < deadline:
        try:
            if condition():
                return None
        except Exception:  # the page may be between two loads
            pass
        time.sleep(0.1)
    return f"gave up waiting until {what}"


def replace_in(path, old, new):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    assert old in text, f"{old!r} not in {path}"
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace(old, new, 1))


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "release", "journeymap")
    work = tempfile.mkdtemp(prefix="journeymap-serve-browser-")
    maps = os.path.join(work, "maps")
    shutil.copytree(os.path.join(ROOT, "maps"), maps)
    map_file = os.path.join(maps, MAP)
    with open(map_file, encoding="utf-8") as f:
        title = re.search(r"^### Touchpoint: (.+?)(?: \{#|$)", f.read(), re.M).group(1)
    server = subprocess.Popen([binary, "serve", "--maps", maps, "--port", "0"], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True)
    tally = Tally()
    browser = None
    try:
        match = re.search(r"(http://127\.0\.0\.1:\d+/)", server.stdout.readline())
        if not match:
            raise SystemExit("serve printed no URL")
        url = match.group(1) + PAGE
        browser = Browser()
        driver = browser.driver

        def page_text():
            return driver.execute_script("return document.body ? document.body.innerText : ''")

        problem = wait_until(lambda: driver.get(url) is None and title in page_text(), "the journey page is served")
        tally.record(PAGE, "served", [problem] if problem else [])

        driver.execute_script("window.scrollTo(0, 700); window.journeymapMarker = 1;")
        scrolled = driver.execute_script("return window.scrollY")
        renamed = title + " (renamed in the workshop)"
        replace_in(map_file, "### Touchpoint: " + title, "### Touchpoint: " + renamed)
        problem = wait_until(lambda: driver.execute_script("return window.journeymapMarker") is None
                             and renamed in page_text(), "the page reloads by itself with the new title")
        tally.record(PAGE, "reloads-by-itself", [problem] if problem else [])
        problem = wait_until(lambda: abs(driver.execute_script("return window.scrollY") - scrolled) < 80,
                             "the scroll position is back")
        tally.record(PAGE, "keeps-scroll", [problem] if problem else [])

        driver.execute_script("window.journeymapMarker = 2;")
        replace_in(map_file, "- channel:", "- chanel:")
        panel = "var p = document.getElementById('journeymap-problems'); return p && !p.hidden ? p.innerText : ''"
        problem = wait_until(lambda: "unknown key 'chanel'" in driver.execute_script(panel)
                             and renamed in page_text(), "the problems panel shows over the last good page")
        tally.record(PAGE, "problems-panel", [problem] if problem else [])
        replace_in(map_file, "- chanel:", "- channel:")
        problem = wait_until(lambda: driver.execute_script(panel) == "" and renamed in page_text(),
                             "the panel goes once the map is fixed")
        tally.record(PAGE, "panel-goes", [problem] if problem else [])

        severe = [m for level, m in browser.console() if level == "SEVERE"]
        tally.record(PAGE, "console", severe)
        server.send_signal(signal.SIGINT)
        status = server.wait(timeout=60)
        tally.record("serve", "exit-0-on-SIGINT", [] if status == 0 else [f"exit status {status}"])
    finally:
        if browser:
            browser.close()
        if server.poll() is None:
            server.kill()
        shutil.rmtree(work, ignore_errors=True)
    return tally.summary()


if __name__ == "__main__":
    sys.exit(main())
