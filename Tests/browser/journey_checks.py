"""Checks of a journey page as a journey map, run on every journeys/*.html page.

Each check returns (problems, notes). Values come from the page's JSON export
(journeys/<id>.json), never from the page itself, so a chart drawn upside down or a
lane shown for nothing is caught.
"""
import base64
import json
import os
import re
import subprocess
import tempfile

import journey_js
from browser import HEIGHT, WIDTH

FOLD = (1440, 900)
PHONE = (390, 844)
SCROLL = (1000, 800)
# Emotion points may sit this far from their column's centre, in px.
ALIGNMENT = 10
# A journey of this many touchpoints or fewer prints on at most this many pages.
PRINT_BOUND = (7, 5)
# Lanes drawn from a touchpoint field of the JSON export: shown exactly when used.
LANE_FIELDS = {
    "channels": "channels", "actors": "actors", "actions": "actions", "thoughts": "thoughts", "pains": "pains",
    "opportunities": "opportunities", "data": "data", "evidence": "evidence", "frontstage": "frontstage",
    "backstage": "backstage", "support": "support", "source": "sources", "kpis": "kpis", "duration": "duration",
    "traffic": "trafficPerDay", "emotion": "emotion", "moments": "moments", "tactics": "tactics",
    "needs-value": "needsValue", "priority": "priority",
}
WORD = re.compile(r"[\w][\w'’.-]*[\w]|\w")


def touchpoints(data):
    return [tp for stage in data["stages"] for tp in stage["touchpoints"]]


class JourneyChecks:
    def __init__(self, browser):
        self.browser = browser
        self.unused_seen = 0

    def run(self, page, tally, rel):
        with open(page[:-len(".html")] + ".json", encoding="utf-8") as f:
            data = json.load(f)
        for name, check in [("fold", self.fold), ("sticky", self.sticky), ("emotion-lane", self.emotion),
                            ("charts", lambda p: self.charts(p, data)), ("lanes", lambda p: self.lanes(p, data)),
                            ("flow", self.flow), ("phone", self.phone), ("print-pages", lambda p: self.print_pages(p, data))]:
            tally.guard(rel, name, check, page)

    def open(self, page, size=(WIDTH, HEIGHT), mobile=False):
        self.browser.color_scheme("light")
        self.browser.viewport(size[0], size[1], mobile=mobile)
        self.browser.open(page)

    def frame(self):
        self.browser.driver.execute_async_script(
            "var done = arguments[0]; requestAnimationFrame(function () { requestAnimationFrame(done); });")

    def fold(self, page):
        """At 1440x900 the map starts within the first screen."""
        self.open(page, FOLD)
        try:
            top = self.browser.js(journey_js.MAP_TOP)
        finally:
            self.browser.viewport(WIDTH, HEIGHT)
        if top is None:
            return ["no [data-journey-grid] on the page"], []
        if top > FOLD[1]:
            return [f"the journey map starts {top} px down, below the first {FOLD[1]} px"], []
        return [], [f"map starts at {top} px"]

    def sticky(self, page):
        """Scrolled 1000 px sideways and 800 px down inside its frame, the map still shows
        the lane name and the touchpoint heading of a cell in the middle of the view."""
        self.open(page, FOLD)
        try:
            scrolled = self.browser.js(journey_js.SCROLL_MAP, *SCROLL)
            self.frame()
            seen = self.browser.js(journey_js.STICKY)
        finally:
            self.browser.viewport(WIDTH, HEIGHT)
        note = (f"scrolled {scrolled['left']} of {scrolled['maxLeft']} px sideways, "
                f"{scrolled['top']} of {scrolled['maxTop']} px down")
        if "problem" in seen:
            return [seen["problem"]], [note]
        problems = []
        for what, state, name in [("lane name", seen["laneState"], seen["lane"]), ("touchpoint heading", seen["headState"], seen["head"])]:
            if state:
                problems.append(f"{what} '{name}' of the cell in view ({seen['laneName']}) is {state}")
        if not seen["sameColumn"]:
            problems.append(f"the heading '{seen['head']}' does not sit over the cell's column")
        return problems, [note + f"; cell in lane '{seen['lane']}' under '{seen['head']}'"]

    def emotion(self, page):
        """Every emotion point within 10 px of its column's centre."""
        self.open(page)
        offsets = self.browser.js(journey_js.EMOTION_OFFSETS)
        problems = [f"emotion point '{tp}' has no column heading" for tp, dx in offsets if dx is None]
        problems += [f"emotion point '{tp}' is {dx:+.1f} px from its column's centre"
                     for tp, dx in offsets if dx is not None and abs(dx) > ALIGNMENT]
        worst = max((abs(dx) for _, dx in offsets if dx is not None), default=0)
        return problems, [f"{len(offsets)} points, worst {worst:.1f} px off centre"]

    def charts(self, page, data):
        """Marks ordered as their values: higher up for more impact (need), further right
        for more effort (value); Pareto bars highest first. A chart with nothing to show
        is not drawn."""
        self.open(page)
        charts = self.browser.js(journey_js.CHART_MARKS)
        tactics = {t["id"]: (t["effort"], t["impact"]) for t in data["tactics"]
                   if t.get("impact") is not None and t.get("effort") is not None}
        tps = {tp["id"]: (tp["value"], tp["need"]) for tp in touchpoints(data)
               if tp.get("need") is not None and tp.get("value") is not None}
        priority = {tp["id"]: tp["priority"] for tp in touchpoints(data) if tp.get("priority") is not None}
        problems, notes = [], []
        for name, values in [("impact-effort", tactics), ("needs-value", tps)]:
            marks = charts.get(name)
            if not values:
                if marks is not None:
                    problems.append(f"{name}: drawn, though nothing has both values")
                continue
            if marks is None:
                problems.append(f"{name}: not drawn, though {len(values)} items have both values")
                continue
            problems += self.order(name, marks, values)
            notes.append(f"{name}: {len(marks)} marks")
        bars = charts.get("pareto")
        if priority and bars is None:
            problems.append("pareto: not drawn, though touchpoints are scored")
        elif bars:
            by_x = sorted(bars, key=lambda i: bars[i][0])
            values = [priority.get(i) for i in by_x]
            if None in values or values != sorted(values, reverse=True):
                problems.append(f"pareto: bars left to right are not highest first: {values}")
            heights = [bars[i][3] for i in by_x]
            for (a, ha), (b, hb) in zip(zip(values, heights), zip(values[1:], heights[1:])):
                if a - b >= 1 and ha <= hb:
                    problems.append(f"pareto: a bar of {a} is not taller than one of {b}")
            notes.append(f"pareto: {len(bars)} bars")
        return problems, notes

    @staticmethod
    def order(name, marks, values):
        problems = [f"{name}: no mark for '{i}'" for i in values if i not in marks]
        ids = [i for i in values if i in marks]
        for a in ids:
            for b in ids:
                (ax, ay), (bx, by) = values[a], values[b]
                if ax - bx >= 1 and not marks[a][0] > marks[b][0]:
                    problems.append(f"{name}: '{a}' ({ax}) is not right of '{b}' ({bx})")
                if ay - by >= 1 and not marks[a][1] < marks[b][1]:
                    problems.append(f"{name}: '{a}' ({ay}) is not above '{b}' ({by})")
        overlaps = []
        for n, a in enumerate(ids):
            for b in ids[n + 1:]:
                (x1, y1, w1, h1), (x2, y2, w2, h2) = marks[a], marks[b]
                w = min(x1 + w1 / 2, x2 + w2 / 2) - max(x1 - w1 / 2, x2 - w2 / 2)
                h = min(y1 + h1 / 2, y2 + h2 / 2) - max(y1 - h1 / 2, y2 - h2 / 2)
                if w > 0 and h > 0 and w * h > 0.5 * min(w1 * h1, w2 * h2):
                    overlaps.append(f"{name}: marks '{a}' and '{b}' overlap by more than half")
        return problems[:10] + overlaps[:10]

    def lanes(self, page, data):
        """A lane is drawn exactly when some touchpoint of the journey fills it."""
        self.open(page)
        drawn = set(self.browser.js(journey_js.LANES))
        problems, unused = [], []
        for lane, field in LANE_FIELDS.items():
            used = any(tp.get(field) not in (None, [], {}, "") for tp in touchpoints(data))
            if used and lane not in drawn:
                problems.append(f"lane '{lane}' is missing, though a touchpoint fills it")
            if not used:
                unused.append(lane)
                if lane in drawn:
                    problems.append(f"lane '{lane}' is drawn, though no touchpoint fills it")
        self.unused_seen += len(unused)
        return problems, [f"unused lanes, not drawn: {', '.join(unused) or 'none'}"]

    def flow(self, page):
        """The flow diagram fits its frame, its node text at least 11 px at 1440 px."""
        self.open(page, FOLD)
        try:
            flow = self.browser.js(journey_js.FLOW)
        finally:
            self.browser.viewport(WIDTH, HEIGHT)
        if flow is None:
            return [], ["no flow diagram in the page"]
        problems = []
        if flow["width"] > flow["frame"] + 1:
            problems.append(f"the flow diagram is {flow['width']:.0f} px wide in a {flow['frame']} px frame")
        if flow["smallest"] is not None and flow["smallest"] < 11 - 0.05:
            problems.append(f"node text is drawn at {flow['smallest']:.1f} px (scale {flow['scale']:.2f}), under 11 px")
        return problems, [f"scale {flow['scale']:.2f}, node text {flow['smallest'] or 0:.1f} px"]

    def phone(self, page):
        """At 390 px the page never scrolls sideways and the lane names take <= 30%."""
        self.open(page, PHONE, mobile=True)
        try:
            seen = self.browser.js(journey_js.PHONE)
        finally:
            self.browser.viewport(WIDTH, HEIGHT)
        problems = []
        widest = max(seen["page"], seen["body"])
        if widest > seen["viewport"] + 1:
            problems.append(f"the page is {widest} px wide in a {seen['viewport']} px window")
        if seen["lane"] > 0.3 * seen["viewport"]:
            problems.append(f"lane names take {seen['lane']:.0f} of {seen['viewport']} px")
        return problems, [f"lane names {seen['lane']:.0f} px"]

    def print_pages(self, page, data):
        """Printed on landscape A4: no word split; a short journey within the page bound."""
        self.open(page)
        pdf = self.browser.cdp("Page.printToPDF", {"landscape": True, "paperWidth": 11.69, "paperHeight": 8.27,
                                                   "printBackground": True, "preferCSSPageSize": True})
        self.browser.color_scheme("light", media="print")
        try:
            source = self.browser.js(journey_js.SOURCE_TEXT)
        finally:
            self.browser.color_scheme("light")
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "page.pdf")
            with open(path, "wb") as f:
                f.write(base64.b64decode(pdf["data"]))
            pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", path], capture_output=True, text=True,
                                                                   check=True).stdout).group(1))
            text = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout
        problems = [f"'{w}' is printed, but is no word of the page: a word split or cut"
                    for w in split_words(text, source)][:12]
        count = len(touchpoints(data))
        if count <= PRINT_BOUND[0] and pages > PRINT_BOUND[1]:
            problems.append(f"{count} touchpoints print on {pages} pages (at most {PRINT_BOUND[1]})")
        return problems, [f"{count} touchpoints: {pages} landscape A4 pages"]


def split_words(printed, source):
    """Words of the PDF that are no word of the page. A word may break at its own
    hyphens (`loan-to-` `value`), never elsewhere."""
    words = set(WORD.findall(source))
    pieces = set()
    for w in words:
        parts = [p for p in re.split(r"[-‐]", w) if p]
        for i in range(len(parts)):
            for k in range(i + 1, len(parts) + 1):
                pieces.add("-".join(parts[i:k]))
    return sorted({w for w in WORD.findall(printed) if w not in words and w not in pieces})
