#!/usr/bin/env python3
"""Proves check_site.py can fail: breaks a copy of a built site on purpose and expects
every check to catch its defect.

usage: python3 Tests/browser/selftest.py OUTPUT_DIR [-v]   (a built site; it is not modified)
       -v prints check_site.py's report on the broken copy (printed anyway when a check missed).

The copy gets: a stylesheet without its dark and print rules, that imports a font
sheet over https, with a footer too wide for 375 px and too pale to read; an index page
without its CSP, with a skipped heading level, an unnamed SVG, a duplicate id, a
root-relative link, a link to a missing file and to a missing anchor, and an image
over http, and a region that scrolls at 375 px but takes no keyboard focus; a journey
page with a script that throws, a map whose headings do not stick, an emotion lane
off its columns, a summary that pushes the map below the first screen, an impact x
effort chart drawn mirrored, a lane drawn that nothing fills and a flow diagram wider
than its frame; an empty search index; a script that adds the catalog's filter boxes
to the pages of one filter too and never shows the index's persona filter; portfolio
marks drawn on top of each other; persona pages without avatars; the maps folder's
absolute path in the report.
Both remote URLs name 127.0.0.1 port 9, which Chromium refuses to connect to (an
unsafe port): the requests show in the log but nothing leaves the machine, not even
a DNS query.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = ("index.html", "journeys/trail-running.html")
EXPECTED = {
    "index.html": ["html", "structure", "links", "requests", "console", "axe", "axe-narrow", "axe-dark",
                   "dark", "narrow", "print", "search", "dark-panels", "phone", "persona-filter", "search-pain"],
    "journeys/trail-running.html": ["console", "axe", "axe-dark", "dark", "narrow", "print", "search",
                                    "sticky", "emotion-lane", "fold", "charts", "lanes", "flow"],
    "(site)": ["stylesheets", "map-paths"],
    "tactics/index.html": ["catalog", "portfolio"],
    "personas/*.html": ["personas"],
}
INDEX_ADDITIONS = """
<h4>Skipped heading level</h4>
<p id="main">duplicate id</p>
<a href="/absolute.html">root-relative</a> <a href="missing.html">missing</a>
<a href="journeys/trail-running.html#no-such-anchor">missing anchor</a>
<img src="http://127.0.0.1:9/remote.png" alt="remote image">
<svg width="10" height="10"><rect width="10" height="10"></rect></svg>
<div class="scroll"><p class="selftest-wide">A region that scrolls on a phone, and no way to reach it by keyboard</p></div>
"""
CSS_ADDITIONS = """
.site-footer { min-width: 1000px; }
.site-footer, .site-footer p, .site-footer a { color: #dadada; }
.selftest-wide { width: 600px; }
svg[data-chart="portfolio"] .mark circle { r: 60px; }
.persona-hero .avatar { display: none; }
.journey-grid thead th, .journey-grid thead td, .journey-grid tbody th[scope="row"] { position: static !important; }
.journey-grid td.emotion-cell svg { margin-left: 30px; }
.journey-summary { margin-bottom: 900px; }
svg[data-chart="impact-effort"] .marks { transform: scale(-1, 1); transform-box: view-box; transform-origin: center; }
.flow .diagram .scroll svg { max-width: none !important; width: 3000px; }
"""
# A path the selftest claims the maps were built from, written into the report.
MAPS = "/tmp/journeymap-selftest-maps-folder"


def without_block(css, at_rule):
    """The stylesheet without every `at_rule { ... }` block (braces balanced)."""
    while True:
        start = css.find(at_rule)
        if start < 0:
            return css
        depth, i = 0, css.index("{", start)
        while True:
            depth += {"{": 1, "}": -1}.get(css[i], 0)
            i += 1
            if depth == 0:
                break
        css = css[:start] + css[i:]


def edit(path, change):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    with open(path, "w", encoding="utf-8") as f:
        f.write(change(text))


def break_site(site):
    css = os.path.join(site, "assets", "site.css")
    edit(css, lambda t: '@import url("https://127.0.0.1:9/font.css");\n'
         + without_block(without_block(t, "@media (prefers-color-scheme: dark)"), "@media print") + CSS_ADDITIONS)
    edit(os.path.join(site, "index.html"), lambda t: re.sub(
        r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", t).replace(
        '<main id="main">', '<main id="main">' + INDEX_ADDITIONS, 1))
    with open(os.path.join(site, "assets", "broken.js"), "w") as f:
        f.write('throw new Error("selftest: a script that throws");\n')
    edit(os.path.join(site, "journeys", "trail-running.html"),
         lambda t: t.replace("</head>", '<script src="../assets/broken.js"></script>\n</head>', 1)
         .replace('<tbody class="lanes">', '<tbody class="lanes"><tr data-lane="actors"><th scope="row">Actors</th></tr>', 1))
    edit(os.path.join(site, "report.html"), lambda t: t.replace("</main>", f"<p>{MAPS}/x.md</p></main>", 1))
    with open(os.path.join(site, "assets", "search-index.js"), "w") as f:
        f.write("window.JOURNEYMAP_SEARCH = [];\n")
    edit(os.path.join(site, "assets", "site.js"), without_filter_page_guard)
    edit(os.path.join(site, "assets", "site.js"), lambda t: t.replace("box.hidden = false;", "", 1))


def without_filter_page_guard(script):
    guard = ' || document.querySelector(".filters a[data-filter][aria-current]")'
    if guard not in script:
        raise SystemExit("selftest: site.js no longer holds the filter-page guard this test removes; update it")
    return script.replace(guard, "", 1)


def main():
    args = [a for a in sys.argv[1:] if a != "-v"]
    verbose = "-v" in sys.argv[1:]
    if len(args) != 1:
        raise SystemExit(__doc__)
    with tempfile.TemporaryDirectory(prefix="journeymap-selftest-") as tmp:
        site = os.path.join(tmp, "site")
        shutil.copytree(args[0], site)
        break_site(site)
        report = os.path.join(tmp, "report.json")
        proc = subprocess.run([sys.executable, os.path.join(HERE, "check_site.py"), site, "--no-docs-screenshot",
                               "--report", report, "--maps", MAPS]
                              + [arg for page in PAGES for arg in ("--only", page)], stdout=subprocess.PIPE, text=True)
        with open(report, encoding="utf-8") as f:
            failed = {(r["page"], r["check"]) for r in json.load(f)}
    passed = missed = 0
    if verbose:
        print(proc.stdout)
    for page, checks in EXPECTED.items():
        for check in checks:
            if (page, check) in failed:
                passed += 1
            else:
                missed += 1
                print(f"MISSED  {page} [{check}]: the broken copy passed this check")
    if proc.returncode != 1:
        missed += 1
        print(f"MISSED  check_site.py exited {proc.returncode} on the broken copy, want 1")
    else:
        passed += 1
    if missed and not verbose:
        print("check_site.py on the broken copy said:\n" + proc.stdout)
    print(f"{passed} passed, {missed} failed")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
