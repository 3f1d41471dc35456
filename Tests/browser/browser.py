"""Headless Debian Chromium driven by Selenium, with the CDP helpers the checks use."""
import base64
import json
import os
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
WIDTH, HEIGHT = 1400, 1000
# Requests that stay on the machine: the site itself and inline data.
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")


class Browser:
    """One Chromium for the whole run; every page is opened in the same tab."""

    def __init__(self):
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--hide-scrollbars", "--disable-background-networking",
                     "--disable-component-update", "--no-first-run", "--force-color-profile=srgb", "--lang=en-US",
                     f"--window-size={WIDTH},{HEIGHT}"):
            options.add_argument(flag)
        # Console messages (CSP violations are SEVERE) and network events for the checks.
        options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
        self.driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
        self.driver.set_script_timeout(120)
        self.driver.set_page_load_timeout(60)
        self.viewport(WIDTH, HEIGHT)

    def close(self):
        self.driver.quit()

    def cdp(self, command, params=None):
        return self.driver.execute_cdp_cmd(command, params or {})

    def viewport(self, width, height, mobile=False):
        self.cdp("Emulation.setDeviceMetricsOverride",
                 {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})

    def color_scheme(self, scheme, media=""):
        """Emulate prefers-color-scheme (light or dark) and a media type ('' or 'print')."""
        self.cdp("Emulation.setEmulatedMedia",
                 {"media": media, "features": [{"name": "prefers-color-scheme", "value": scheme}]})

    def drain(self):
        """Forget the console and network entries gathered so far."""
        self.driver.get_log("browser")
        self.driver.get_log("performance")

    def open(self, path):
        """Load a page from file:// and wait until it and its deferred scripts ran."""
        self.drain()
        self.driver.get("file://" + os.path.abspath(path))
        deadline = time.time() + 30
        while self.js("return document.readyState") != "complete" and time.time() < deadline:
            time.sleep(0.05)
        # Two animation frames: deferred scripts and the first layout have run.
        self.driver.execute_async_script(
            "var done = arguments[0]; requestAnimationFrame(function () { requestAnimationFrame(done); });")

    def js(self, script, *args):
        return self.driver.execute_script(script, *args)

    def console(self):
        """Console entries since the last drain: [(level, message)]."""
        return [(e.get("level"), e.get("message", "")) for e in self.driver.get_log("browser")]

    def requests(self):
        """Network requests and failed loads since the last drain: ([url], [(url, error)])."""
        sent, failed, urls = [], [], {}
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            params = message.get("params", {})
            if message.get("method") == "Network.requestWillBeSent":
                url = params.get("request", {}).get("url", "")
                urls[params.get("requestId")] = url
                sent.append(url)
            elif message.get("method") == "Network.loadingFailed" and not params.get("canceled"):
                failed.append((urls.get(params.get("requestId"), "?"), params.get("errorText", "")))
        return sent, failed

    def screenshot(self, path, width, max_height=0):
        """Full-page PNG at `width` CSS pixels wide, cut at `max_height` px when not 0."""
        self.viewport(width, HEIGHT)
        height = int(self.js("return Math.ceil(Math.max(document.documentElement.scrollHeight,"
                             " document.body.scrollHeight))"))
        if max_height:
            height = min(height, max_height)
        shot = self.cdp("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True, "fromSurface": True,
            "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
        with open(path, "wb") as f:
            f.write(base64.b64decode(shot["data"]))
        self.viewport(WIDTH, HEIGHT)
        return height
