#!/usr/bin/env python3
"""Validate and browse every page of a built journeymap site.

usage: python3 Tests/browser/check_site.py OUTPUT_DIR [--no-vnu] [--only GLOB]...
                                            [--screenshot-page REL] [--no-docs-screenshot]

Run Tests/browser/setup.sh first (Debian's chromium and chromium-driver, a Java
runtime, and Selenium, axe-core and vnu in .build-browser-venv/); this script
re-runs itself with that virtualenv's Python when started with another one.

Per page: vnu (W3C Nu HTML checker; errors fail, warnings are printed), then in
headless Chromium from file://: console (no SEVERE entry, CSP violations included),
requests (none leaves the site, none fails), links (every href/src relative, its
file and #fragment exist), structure (one main, one h1, headings in order, every
SVG named), axe (no serious/critical finding of wcag2a/aa, wcag21a/aa, best-practice),
axe-dark (colour contrast under prefers-color-scheme: dark), dark (the palette
changes), narrow (no horizontal page overflow at 375 px), axe-narrow (axe at 375 px),
print (print styles apply; a journey grid fits a landscape page's width), dark-panels
(no large light panel in dark mode), phone (no sideways scrolling at 390 px; journey
pages get journey_checks.py's); on journey pages also the map as a journey map
(journey_checks.py: fold, sticky, emotion-lane, charts, lanes, flow, phone, print-pages).
Site: stylesheets load nothing from the network, with --maps no file holds the maps
folder's absolute path, the catalog's filter boxes show what
the filter pages list (and stay off those pages), the portfolio chart's marks are
links in the order of their values and apart, the index's persona filter shows the
right cards, every persona page has an avatar and a sparkline per journey, a word only
in a pain finds its touchpoint, search works from the root and
from a nested page, and a full-page screenshot of a journey page (1400 px wide)
goes to OUTPUT_DIR/screenshot-journey.png and, without --no-docs-screenshot (as
`make screenshot` runs it), to docs/screenshot-journey.png.
Ends with 'N passed, M failed' (pages x checks); exits 1 on any failure.
"""
import os
import sys

import browser_venv

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = browser_venv.ROOT
browser_venv.ensure(__file__)

import argparse  # noqa: E402
import fnmatch  # noqa: E402
import glob  # noqa: E402
import json  # noqa: E402
import time  # noqa: E402

import pages_checks  # noqa: E402
import site_checks  # noqa: E402
import vnu  # noqa: E402
from browser import Browser  # noqa: E402
from journey_checks import JourneyChecks  # noqa: E402
from page_checks import PageChecks  # noqa: E402
from tally import Tally  # noqa: E402


def arguments():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("output", help="the built site (journeymap build --output)")
    ap.add_argument("--no-vnu", action="store_true", help="skip the HTML validator")
    ap.add_argument("--only", action="append", metavar="GLOB",
                    help="check only pages whose path relative to OUTPUT matches this glob (repeatable)")
    ap.add_argument("--screenshot-page", help="journey page to screenshot, relative to OUTPUT "
                    "(default journeys/trail-running.html, else the first journey page)")
    ap.add_argument("--no-docs-screenshot", action="store_true",
                    help="do not copy the screenshot to docs/screenshot-journey.png")
    ap.add_argument("--screenshot-height", type=int, default=0,
                    help="crop the screenshot to this many px from the top (default 0: the full page)")
    ap.add_argument("--maps", help="the maps folder the site was built from: no file of the site may hold its "
                    "absolute path")
    ap.add_argument("--report", help="write the failures as JSON to this file (for selftest.py)")
    return ap.parse_args()


def journey_page(root, wanted):
    if wanted:
        return os.path.join(root, wanted)
    preferred = os.path.join(root, "journeys", "trail-running.html")
    if os.path.exists(preferred):
        return preferred
    journeys = sorted(glob.glob(os.path.join(root, "journeys", "*.html")))
    return journeys[0] if journeys else None


def check_page(tally, checks, journeys, browser, page, rel, html_result):
    if html_result is not None:
        errors, warnings = html_result
        tally.record(rel, "html", errors, warnings)
    browser.color_scheme("light")
    try:
        browser.open(page)
    except Exception as error:
        tally.record(rel, "open", [f"could not open: {error}"])
        return
    tally.guard(rel, "structure", checks.structure)
    tally.guard(rel, "links", checks.references, page)
    tally.guard(rel, "axe", checks.axe_light)
    tally.guard(rel, "axe-narrow", checks.axe_narrow)
    tally.guard(rel, "axe-dark", checks.axe_dark)
    tally.guard(rel, "dark", checks.dark)
    tally.guard(rel, "narrow", checks.narrow)
    tally.guard(rel, "print", checks.print_styles)
    tally.guard(rel, "dark-panels", pages_checks.light_panels, browser)
    if rel.startswith("journeys" + os.sep):
        journeys.run(page, tally, rel)
    else:
        tally.guard(rel, "phone", pages_checks.phone_width, browser)
    # Last, so they cover everything the page did while the checks ran.
    tally.guard(rel, "console", checks.console)
    tally.guard(rel, "requests", checks.requests)


def main():
    a = arguments()
    root = os.path.abspath(a.output)
    pages = sorted(glob.glob(os.path.join(root, "**", "*.html"), recursive=True))
    if a.only:
        pages = [p for p in pages if any(fnmatch.fnmatch(os.path.relpath(p, root), g) for g in a.only)]
    if not pages:
        raise SystemExit(f"no HTML pages in {root}: build the site first (make site)")
    started = time.time()
    tally = Tally()
    print(f"checking {len(pages)} pages of {root}")

    html = {}
    if not a.no_vnu:
        try:
            html = vnu.validate(pages)
            print(f"vnu: {sum(len(e) for e, _ in html.values())} errors, "
                  f"{sum(len(w) for _, w in html.values())} warnings ({time.time() - started:.0f} s)")
        except Exception as error:  # no Java, a broken jar: every page's html check fails
            html = {page: ([f"vnu could not run: {error}"], []) for page in pages}

    browser = Browser()
    try:
        checks = PageChecks(browser, root)
        journeys = JourneyChecks(browser)
        for page in pages:
            rel = os.path.relpath(page, root)
            check_page(tally, checks, journeys, browser, page, rel, html.get(page) if not a.no_vnu else None)
        tally.guard("(site)", "stylesheets", site_checks.stylesheets, root)
        if a.maps:
            tally.guard("(site)", "map-paths", site_checks.map_paths, root, a.maps)
        tally.guard("tactics/index.html", "catalog", site_checks.catalog, browser, root)
        tally.guard("tactics/index.html", "portfolio", pages_checks.portfolio, browser, root)
        tally.guard("index.html", "persona-filter", pages_checks.index_filter, browser, root)
        tally.guard("index.html", "search-pain", pages_checks.search_pain, browser, root)
        tally.guard("personas/*.html", "personas", pages_checks.personas, browser, root)
        journey = journey_page(root, a.screenshot_page)
        if journey is None:
            tally.record("(site)", "journey-page", ["no journeys/*.html page to search for and screenshot"])
        else:
            rel = os.path.relpath(journey, root)
            query = site_checks.touchpoint_title(browser, journey)
            if not query:
                tally.record(rel, "search", [f"no touchpoint title found in {rel} (th.tp-head) to search for"])
            else:
                home = os.path.join(root, "index.html")
                for page in ([home] if os.path.exists(home) else []) + [journey]:
                    tally.guard(os.path.relpath(page, root), "search", site_checks.search, browser, root, page, query)
            docs = None if a.no_docs_screenshot else os.path.join(ROOT, "docs", "screenshot-journey.png")
            tally.guard(rel, "screenshot", site_checks.screenshot, browser, journey,
                        os.path.join(root, "screenshot-journey.png"), docs, a.screenshot_height)
    finally:
        browser.close()
    print(f"{len(pages)} pages in {time.time() - started:.0f} s")
    if a.report:
        with open(a.report, "w", encoding="utf-8") as f:
            json.dump([{"page": p, "check": c, "problems": m} for p, c, m in tally.failures], f, indent=1)
    return tally.summary()


if __name__ == "__main__":
    sys.exit(main())
