"""The checks run on every page once it is open in the browser.

Each check returns (problems, notes): problems fail it, notes are printed only.
"""
import html.parser
import importlib.util
import os
import urllib.parse

import page_js
from browser import HEIGHT, WIDTH

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
FAILING_IMPACTS = ("serious", "critical")
NARROW = 375
# The printable width of a landscape Letter page with the stylesheet's 12 mm margins, in
# CSS px (11 in - 24 mm at 96 px/in); A4 landscape is wider.
PRINT_WIDTH = 965
NAVIGATION = {("a", "href"), ("area", "href"), ("a", "xlink:href"), ("form", "action"),
              ("blockquote", "cite"), ("q", "cite"), ("del", "cite"), ("ins", "cite")}


def axe_script():
    """axe.min.js of selenium-axe-python (axe-core 4.x)."""
    spec = importlib.util.find_spec("selenium_axe_python")
    if spec is None:
        raise SystemExit("selenium-axe-python is missing: run Tests/browser/setup.sh")
    path = os.path.join(list(spec.submodule_search_locations)[0], "axe-core", "axe.min.js")
    with open(path, encoding="utf-8") as f:
        return f.read()


class IdCollector(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name == "id" or (tag == "a" and name == "name"):
                self.ids.add(value)


class PageChecks:
    """Checks of one site; `root` is the output folder, pages are absolute paths."""

    def __init__(self, browser, root):
        self.browser = browser
        self.root = os.path.abspath(root)
        self.axe = axe_script()
        self._ids = {}

    # ---- console and network

    def console(self):
        problems, notes = [], []
        for level, message in self.browser.console():
            (problems if level == "SEVERE" else notes).append(f"console {level}: {message}")
        return problems, notes

    def requests(self):
        sent, failed = self.browser.requests()
        problems = [f"request leaves the site: {url}" for url in sorted(set(sent))
                    if not url.startswith(("file:", "data:", "blob:", "about:"))]
        problems += [f"failed to load {url}: {error}" for url, error in failed]
        return problems, []

    # ---- document structure and references

    def structure(self):
        return self.browser.js(page_js.STRUCTURE), []

    def references(self, page):
        refs, ids = self.browser.js(page_js.REFERENCES)
        ids = set(ids)
        problems, notes = [], []
        for tag, attribute, value in {tuple(r) for r in refs}:
            problem, note = self._reference(page, ids, tag, attribute, value.strip())
            if problem:
                problems.append(f"<{tag} {attribute}=\"{value}\">: {problem}")
            if note:
                notes.append(f"<{tag} {attribute}=\"{value}\">: {note}")
        return sorted(problems), sorted(notes)

    def _reference(self, page, ids, tag, attribute, value):
        """(problem, note) for one URL-valued attribute."""
        navigation = (tag, attribute) in NAVIGATION
        if value == "":
            return (None, None) if navigation else ("empty URL", None)
        parts = urllib.parse.urlsplit(value)
        if parts.scheme in ("http", "https") or value.startswith("//"):
            if navigation:
                return None, "external link (no request unless followed)"
            return "loads a resource from the network; the site must be self-contained", None
        if parts.scheme in ("mailto", "tel") and navigation:
            return None, None
        if parts.scheme == "data" and not navigation:
            return None, None
        if parts.scheme:
            return f"absolute '{parts.scheme}:' URL; only relative links work from file:// and any sub-path", None
        if value.startswith("/"):
            return "root-relative URL; breaks from file:// and under a sub-path", None
        fragment = urllib.parse.unquote(parts.fragment)
        if not parts.path:
            if fragment and fragment not in ids:
                return f"no element with id '{fragment}' on this page", None
            return None, None
        target = os.path.normpath(os.path.join(os.path.dirname(page), urllib.parse.unquote(parts.path)))
        if not (target + os.sep).startswith(self.root + os.sep) and target != self.root:
            return "points outside the site folder", None
        if os.path.isdir(target):
            return "points at a folder; from file:// that shows a listing, link to its index.html", None
        if not os.path.isfile(target):
            return f"target file {os.path.relpath(target, self.root)} does not exist", None
        if fragment and target.endswith(".html") and fragment not in self._ids_of(target):
            return f"no element with id '{fragment}' in {os.path.relpath(target, self.root)}", None
        return None, None

    def _ids_of(self, path):
        if path not in self._ids:
            collector = IdCollector()
            with open(path, encoding="utf-8") as f:
                collector.feed(f.read())
            self._ids[path] = collector.ids
        return self._ids[path]

    # ---- accessibility

    def axe_run(self, options):
        # No preload: axe would re-fetch the stylesheets with XHR, which file:// forbids,
        # and the console check would blame the page for axe's request.
        options = dict(options, preload=False)
        self.browser.js(self.axe)
        result = self.browser.driver.execute_async_script(page_js.AXE_RUN, options)
        if "error" in result:
            raise RuntimeError(result["error"])
        problems, notes = [], []
        for v in result["violations"]:
            targets = [" ".join(n["target"]) if isinstance(n["target"], list) else str(n["target"])
                       for n in v["nodes"]]
            head = f"{v['impact']} {v['id']}: {v['help']} ({len(targets)} nodes)"
            if v["impact"] in FAILING_IMPACTS:
                problems.append(head)
                for node in v["nodes"][:8]:
                    summary = " ".join((node.get("failureSummary") or "").split())[:300]
                    problems.append(f"    at {' '.join(map(str, node['target']))}: {summary}")
                if len(v["nodes"]) > 8:
                    problems.append(f"    ... and {len(v['nodes']) - 8} more")
            else:
                notes.append(f"{head}: {', '.join(targets[:4])}")
        return problems, notes

    def axe_light(self):
        return self.axe_run({"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]})

    def axe_narrow(self):
        """axe again on a phone-sized viewport: tables that fit at 1400 px scroll there,
        and a scrolling region must be reachable from the keyboard."""
        self.browser.viewport(NARROW, 800, mobile=True)
        try:
            return self.axe_light()
        finally:
            self.browser.viewport(WIDTH, HEIGHT)

    def axe_dark(self):
        """Contrast again under prefers-color-scheme: dark (the palette changes)."""
        self.browser.color_scheme("dark")
        try:
            return self.axe_run({"runOnly": {"type": "rule", "values": ["color-contrast"]},
                                 "resultTypes": ["violations"]})
        finally:
            self.browser.color_scheme("light")

    # ---- media: dark mode, narrow viewport, print

    def dark(self):
        light = self.browser.js(page_js.COLOURS)
        self.browser.color_scheme("dark")
        try:
            dark = self.browser.js(page_js.COLOURS)
        finally:
            self.browser.color_scheme("light")
        if dark["body"] == light["body"] and dark["html"] == light["html"]:
            return [f"prefers-color-scheme: dark leaves the background at {light['body']}"], []
        if dark["text"] == light["text"]:
            return [f"prefers-color-scheme: dark changes the background but not the text colour {light['text']}"], []
        return [], []

    def narrow(self):
        self.browser.viewport(NARROW, 800, mobile=True)
        try:
            result = self.browser.js(page_js.OVERFLOW)
        finally:
            self.browser.viewport(WIDTH, HEIGHT)
        widest = max(result["scrollWidth"], result["bodyScrollWidth"])
        if widest <= result["viewport"] + 1:
            return [], []
        problems = [f"page is {widest} px wide in a {result['viewport']} px viewport (horizontal scrolling)"]
        problems += [f"    overflowing, outside any scroll container: {o}" for o in result["offenders"][:10]]
        return problems, []

    def print_styles(self):
        screen = self.browser.js(page_js.STYLE_SIGNATURE)
        self.browser.color_scheme("light", media="print")
        try:
            printed = self.browser.js(page_js.STYLE_SIGNATURE)
            fit = self.print_fit()
        finally:
            self.browser.color_scheme("light")
        if printed != screen:
            return fit, []
        rules = self.browser.js(page_js.HAS_PRINT_RULES)
        detail = "an @media print rule exists but" if rules["found"] else "no @media print rule found and"
        return [f"print stylesheet: {detail} emulating print changes none of the sampled computed styles"] + fit, []

    def print_fit(self):
        """With print media on a page's printable width, the journey grid fits it:
        Chromium does not split a table sideways across pages, it cuts it off."""
        self.browser.viewport(PRINT_WIDTH, HEIGHT)
        try:
            widths = self.browser.js(page_js.GRID_WIDTH)
        finally:
            self.browser.viewport(WIDTH, HEIGHT)
        if widths is None or widths["grid"] <= widths["page"] + 1:
            return []
        return [f"printed, the journey grid is {widths['grid']} px wide on a {widths['page']} px page: "
                "its right-hand columns would be cut off"]
