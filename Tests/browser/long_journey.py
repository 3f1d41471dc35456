#!/usr/bin/env python3
"""A journey of thousands of touchpoints, for the browser checks: the page stays under
5 MB and opens without freezing the browser (each stage a folded table).

usage: python3 Tests/browser/long_journey.py write MAPS_DIR [--touchpoints N]
       python3 Tests/browser/long_journey.py check SITE_DIR

`write` makes a deterministic maps folder (one journey, five stages); `check` opens the
built page in headless Chromium and fails when the page is 5 MB or more, when more
than LAID_OUT cells of the map are rendered on opening (the folded stages must not be),
when opening a folded stage does not render its cells, or when a stage's emotion
points stray from their columns. Load and open times are printed, not judged: they
depend on the machine.
"""
import argparse
import os
import random
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
LIMIT = 5 * 1024 * 1024
LAID_OUT = 12_000
CHANNELS = ["web", "app", "email", "push", "sms", "store", "phone", "chat"]
EMOTIONS = ["happy", "curious", "neutral", "unsure", "anxious", "frustrated", "+1 relieved", "-1 impatient"]


def write(folder, touchpoints):
    random.seed(7)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "people.md"), "w") as f:
        f.write("---\nstatus: approved\n---\n\n# People\n\n## Persona: Long-haul customer {#long-haul}\n- goal: Finish\n")
    out = ["---", "id: long-journey", "persona: long-haul", "owner: Bench", "status: draft", "---", "",
           "# A journey of many touchpoints", ""]
    stages = 5
    for s in range(stages):
        out += [f"## Stage: Stage {s + 1} {{#stage-{s}}}", f"- goal: Goal of stage {s + 1}", ""]
        for n in range(s * touchpoints // stages, (s + 1) * touchpoints // stages):
            out += [f"### Touchpoint: Step {n} {{#step-{n}}}", f"- channel: {random.choice(CHANNELS)}",
                    f"- action: Does thing number {n}", f"- emotion: {random.choice(EMOTIONS)}",
                    f"- pain: Pain number {n}", "- opportunity: Make it quicker",
                    f"- score: volume {random.randint(1, 5)}, influence {random.randint(1, 5)}, data {random.randint(1, 5)}",
                    f"- need: {random.randint(1, 5)}", f"- value: {random.randint(1, 5)}", ""]
            # A tactic on every touchpoint: the maps check without a warning.
            out += [f"#### Tactic: Tactic {n}", "- trigger: a trigger", "- fallback: default", "- kpi: clicks: 1% -> 2%",
                    f"- impact: {random.randint(1, 5)}", f"- effort: {random.randint(1, 5)}",
                    f"- confidence: {random.randint(1, 5)}", ""]
    with open(os.path.join(folder, "long-journey.md"), "w") as f:
        f.write("\n".join(out) + "\n")


LAYOUT = r"""
// checkVisibility() is false in a folded stage, whose contents the browser skips.
var laidOut = 0;
document.querySelectorAll("[data-journey-grid] td").forEach(function (td) { if (td.checkVisibility()) laidOut++; });
return {cells: laidOut, blocks: document.querySelectorAll("details.stage-block").length,
        open: document.querySelectorAll("details.stage-block[open]").length};
"""


def check(site):
    sys.path.insert(0, HERE)
    from browser import Browser
    import journey_js
    page = os.path.join(site, "journeys", "long-journey.html")
    size = os.path.getsize(page)
    problems, notes = [], [f"{size / 1024 / 1024:.2f} MB"]
    if size >= LIMIT:
        problems.append(f"the page is {size} bytes, not under {LIMIT}")
    browser = Browser()
    try:
        started = time.time()
        browser.open(page)
        notes.append(f"opened in {time.time() - started:.1f} s")
        first = browser.js(LAYOUT)
        if first["blocks"] < 2 or first["open"] != 1:
            problems.append(f"{first['blocks']} stage tables, {first['open']} open: want one table per stage, the first open")
        if first["cells"] > LAID_OUT:
            problems.append(f"{first['cells']} map cells rendered on opening (at most {LAID_OUT})")
        started = time.time()
        browser.js("document.querySelectorAll('details.stage-block')[1].open = true;")
        second = browser.js(LAYOUT)
        notes.append(f"{first['cells']} cells rendered, {second['cells']} with the second stage open "
                     f"({time.time() - started:.1f} s)")
        if second["cells"] <= first["cells"]:
            problems.append("opening the second stage rendered no more cells")
        offsets = browser.js(journey_js.EMOTION_OFFSETS)
        off = [tp for tp, dx in offsets if dx is None or abs(dx) > 10]
        if off:
            problems.append(f"{len(off)} emotion points off their columns, e.g. {off[:3]}")
    finally:
        browser.close()
    for note in notes:
        print(f"  note  long journey: {note}")
    for problem in problems:
        print(f"  FAIL  long journey: {problem}")
    print(f"{0 if problems else 1} passed, {1 if problems else 0} failed")
    return 1 if problems else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    w = sub.add_parser("write")
    w.add_argument("maps")
    w.add_argument("--touchpoints", type=int, default=2000)
    c = sub.add_parser("check")
    c.add_argument("site")
    a = ap.parse_args()
    if a.command == "write":
        write(a.maps, a.touchpoints)
        return 0
    sys.path.insert(0, HERE)
    import browser_venv
    browser_venv.ensure(__file__)
    return check(a.site)


if __name__ == "__main__":
    sys.exit(main())
