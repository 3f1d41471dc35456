"""Checks of the pages around the journeys: search by a pain's words, the catalog's
portfolio chart, persona pages, the index's persona filter; and on every page: no large
light panel in dark mode, no sideways scrolling at 390 px.

Each check returns (problems, notes), as in page_checks.py.
"""
import glob
import os
import re
import time
import urllib.parse

from selenium.webdriver.common.by import By

import page_js
from browser import HEIGHT, WIDTH

PHONE = 390
# An element at least this big (CSS px²) with a light background is a panel.
PANEL_AREA = 250 * 200
PANEL_LUMINANCE = 0.6

# Every visible element of at least PANEL_AREA whose own background (HTML) or fill
# (SVG shapes) is light, after its opacities: [selector, colour, width, height].
LIGHT_PANELS = page_js.SELECTOR + r"""
var area = arguments[0], limit = arguments[1], found = [];
var shapes = {rect: 1, polygon: 1, path: 1, circle: 1, ellipse: 1};
function luminance(colour, opacity) {
  var m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(colour || "");
  if (!m) return null;
  var alpha = (m[4] === undefined ? 1 : +m[4]) * opacity;
  if (alpha < 0.5) return null;
  var c = [+m[1], +m[2], +m[3]].map(function (v) {
    v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}
Array.prototype.forEach.call(document.body.querySelectorAll("*"), function (el) {
  var r = el.getBoundingClientRect();
  if (r.width * r.height < area) return;
  var s = getComputedStyle(el);
  if (s.display === "none" || s.visibility === "hidden") return;
  var opacity = 1;
  for (var e = el; e && e.nodeType === 1; e = e.parentElement) opacity *= +getComputedStyle(e).opacity;
  var svg = el instanceof SVGElement;
  if (svg && !shapes[el.tagName.toLowerCase()]) return;
  var colour = svg ? s.fill : s.backgroundColor;
  var l = luminance(colour, svg ? opacity * +s.fillOpacity : opacity);
  if (l !== null && l > limit) found.push([selectorOf(el), colour, Math.round(r.width), Math.round(r.height)]);
});
return found;
"""

# A word of at least 6 letters that the search index holds in a touchpoint's pain and
# nowhere else, not even inside another word: {word, title, href}, or null.
PAIN_ONLY_WORD = r"""
var entries = window.JOURNEYMAP_SEARCH || [];
var texts = [];  // [entry index, "p" for a pain, lower-cased text]
entries.forEach(function (e, i) {
  [e[0], e[1], String(e[2]), e[3], e[4]].forEach(function (t) { texts.push([i, "", t.toLowerCase()]); });
  (e[5] || []).forEach(function (t) { texts.push([i, t.charAt(0), t.slice(1).toLowerCase()]); });
});
for (var k = 0; k < texts.length; k++) {
  var i = texts[k][0];
  if (texts[k][1] !== "p" || entries[i][0] !== "Touchpoint") continue;
  var words = texts[k][2].match(/[a-z]{6,}/g) || [];
  for (var w = 0; w < words.length; w++) {
    var elsewhere = texts.some(function (t, n) { return n !== k && t[2].indexOf(words[w]) >= 0; });
    if (!elsewhere) return {word: words[w], title: entries[i][1], href: entries[entries[i][2]][3] + "#" + entries[i][3]};
  }
}
return null;
"""

PORTFOLIO_MARKS = r"""
var svg = document.querySelector('svg[data-chart="portfolio"]');
if (!svg) return null;
return Array.prototype.map.call(svg.querySelectorAll("[data-id]"), function (mark) {
  var shape = mark.querySelector("circle, rect, path");
  var r = shape ? shape.getBoundingClientRect() : mark.getBoundingClientRect();
  var title = mark.querySelector("title");
  var link = mark.closest("a[href]");
  return {id: mark.getAttribute("data-id"), name: title ? title.textContent : (mark.getAttribute("aria-label") || ""),
          href: link ? link.getAttribute("href") : null, box: [r.left, r.top, r.right, r.bottom]};
});
"""

VISIBLE_CARDS = r"""
return Array.prototype.filter.call(document.querySelectorAll(".journey-card[data-personas]"), function (c) {
  return c.getClientRects().length > 0; }).map(function (c) { return c.getAttribute("data-personas"); });
"""


def light_panels(browser):
    """Dark mode: no element of PANEL_AREA or more shows a light background or fill."""
    browser.color_scheme("dark")
    try:
        found = browser.js(LIGHT_PANELS, PANEL_AREA, PANEL_LUMINANCE)
    finally:
        browser.color_scheme("light")
    return [f"dark mode shows a light panel: {sel} {colour} ({w} x {h} px)" for sel, colour, w, h in found[:10]], []


def phone_width(browser):
    """At 390 px (a phone), neither the body nor the page is wider than the viewport."""
    browser.viewport(PHONE, 844, mobile=True)
    try:
        result = browser.js(page_js.OVERFLOW)
    finally:
        browser.viewport(WIDTH, HEIGHT)
    widest = max(result["scrollWidth"], result["bodyScrollWidth"])
    if widest <= result["viewport"] + 1:
        return [], []
    return ([f"at {PHONE} px the page is {widest} px wide"]
            + [f"    overflowing: {o}" for o in result["offenders"][:10]]), []


def search_pain(browser, root):
    """A word found only in a touchpoint's pain finds that touchpoint, and its result
    opens the touchpoint on its journey page."""
    browser.open(os.path.join(root, "index.html"))
    field = browser.driver.find_element(By.CSS_SELECTOR, "#search-input")
    field.click()
    deadline = time.time() + 10
    while not browser.js("return !!window.JOURNEYMAP_SEARCH") and time.time() < deadline:
        time.sleep(0.1)
    target = browser.js(PAIN_ONLY_WORD)
    if not target:
        return ["no word of 6 letters or more appears only in a touchpoint's pain: nothing to search for"], []
    field.send_keys(target["word"])
    want = urllib.parse.unquote(target["href"])
    hits, deadline = [], time.time() + 10
    while not hits and time.time() < deadline:
        hits = [a for a in browser.driver.find_elements(By.CSS_SELECTOR, ".search-results a")
                if urllib.parse.unquote(a.get_attribute("href")).endswith(want)]
        time.sleep(0.1)
    if not hits:
        shown = [a.text for a in browser.driver.find_elements(By.CSS_SELECTOR, ".search-results a")]
        return [f"'{target['word']}' (only in a pain of {target['title']}): no result links to {want}; shown: {shown}"], []
    problems = []
    if "Pain:" not in hits[0].text:
        problems.append(f"the result for '{target['word']}' does not show the pain it matched: {hits[0].text!r}")
    hits[0].click()
    path, _, fragment = want.partition("#")
    deadline = time.time() + 10
    while not urllib.parse.unquote(browser.driver.current_url).endswith(want) and time.time() < deadline:
        time.sleep(0.1)
    if not urllib.parse.unquote(browser.driver.current_url).endswith(want):
        problems.append(f"clicking the result did not open {want} (at {browser.driver.current_url})")
    elif not browser.js("return !!document.getElementById(arguments[0]);", fragment):
        problems.append(f"{path} has no element with id '{fragment}'")
    return problems, [f"'{target['word']}' (a pain of {target['title']}) -> {want}"]


def overlap(a, b):
    """The area two boxes share, as a share of the smaller box."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return 0.0
    smaller = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
    return w * h / smaller if smaller > 0 else 1.0


def portfolio(browser, root):
    """The catalog's portfolio: one named link per tactic with impact and effort, a
    higher impact higher on screen and more effort further right (values a whole step
    apart), no two marks' boxes overlapping by more than half."""
    browser.open(os.path.join(root, "tactics", "index.html"))
    marks = browser.js(PORTFOLIO_MARKS)
    if marks is None:
        return ['tactics/index.html has no svg[data-chart="portfolio"]'], []
    problems, values = [], []
    for m in marks:
        found = re.search(r"impact ([\d.]+), effort ([\d.]+)", m["name"])
        if not found:
            problems.append(f"mark {m['id']}: its name {m['name']!r} gives no impact and effort")
            continue
        if not m["href"] or "#tactic-" not in m["href"]:
            problems.append(f"mark {m['id']} is not a link to a tactic card (href {m['href']!r})")
        values.append((float(found.group(1)), float(found.group(2)), m))
    rows = browser.js("return document.querySelectorAll('.chart-data tbody tr').length;")
    if rows != len(marks):
        problems.append(f"{len(marks)} marks but {rows} rows in the portfolio's data table")
    for i, (impact_a, effort_a, a) in enumerate(values):
        ax, ay = (a["box"][0] + a["box"][2]) / 2, (a["box"][1] + a["box"][3]) / 2
        for impact_b, effort_b, b in values[i + 1:]:
            bx, by = (b["box"][0] + b["box"][2]) / 2, (b["box"][1] + b["box"][3]) / 2
            if abs(impact_a - impact_b) >= 1 and (ay < by) != (impact_a > impact_b):
                problems.append(f"{a['id']} (impact {impact_a}) and {b['id']} (impact {impact_b}) are drawn in the wrong order")
            if abs(effort_a - effort_b) >= 1 and (ax > bx) != (effort_a > effort_b):
                problems.append(f"{a['id']} (effort {effort_a}) and {b['id']} (effort {effort_b}) are drawn in the wrong order")
            share = overlap(a["box"], b["box"])
            if share > 0.5:
                problems.append(f"{a['id']} and {b['id']} overlap by {share:.0%} of the smaller mark")
    return problems[:20], [f"{len(marks)} marks in order, none hidden by another"]


def personas(browser, root):
    """Every persona page shows an initials avatar, and a sparkline for each journey
    card (the example maps give every journey emotions)."""
    problems, pages = [], sorted(glob.glob(os.path.join(root, "personas", "*.html")))
    for page in pages:
        rel = os.path.relpath(page, root)
        browser.open(page)
        state = browser.js(r"""
            var avatar = document.querySelector(".avatar");
            var cards = document.querySelectorAll(".persona-journey");
            return {avatar: avatar && avatar.getClientRects().length ? avatar.textContent.trim() : null,
                    cards: cards.length,
                    sparklines: Array.prototype.filter.call(cards, function (c) {
                      return c.querySelector("svg.sparkline"); }).length};""")
        if not state["avatar"] or not 1 <= len(state["avatar"]) <= 2:
            problems.append(f"{rel}: no visible initials avatar (got {state['avatar']!r})")
        if state["sparklines"] != state["cards"]:
            problems.append(f"{rel}: {state['cards']} journeys but {state['sparklines']} sparklines")
    return problems, [f"{len(pages)} persona pages"]


def index_filter(browser, root):
    """The index's cards show without the script (none hidden in the HTML), each with a
    sparkline, a CX score and its figures; with it, each persona choice shows the cards
    of that persona, as many as the choice says."""
    path = os.path.join(root, "index.html")
    with open(path, encoding="utf-8") as f:
        html = f.read()
    cards = re.findall(r'<li class="card journey-card"[^>]*>', html)
    problems = [f"index.html: a card is hidden without the script: {c}" for c in cards if " hidden" in c]
    if not cards:
        return ["index.html has no journey cards"], []
    browser.open(path)
    figures = browser.js(r"""
        return Array.prototype.map.call(document.querySelectorAll(".journey-card"), function (c) {
          return [c.querySelector("h3").textContent, !!c.querySelector("svg.sparkline"), !!c.querySelector(".cx-value"),
                  !!c.querySelector(".card-counts")]; });""")
    for title, spark, cx, counts in figures:
        if not (spark and cx and counts):
            problems.append(f"card '{title}': sparkline {spark}, CX score {cx}, counts {counts}")
    radios = browser.driver.find_elements(By.CSS_SELECTOR, "fieldset.persona-filter input[type=radio]")
    # Something to choose between: two personas, or a persona and a journey without one.
    keys = browser.js("return Array.prototype.map.call(document.querySelectorAll('.journey-card'),"
                      " function (c) { return c.getAttribute('data-personas'); });")
    choices = {k for key in keys for k in (key.split() or [""])}
    if len(choices) < 2:
        if radios:
            problems.append(f"index.html: a persona filter with {len(choices)} persona to choose")
        return problems, [f"{len(cards)} cards, one persona: no filter"]
    if not radios or not radios[0].is_displayed():
        return problems + ["index.html: no visible persona filter"], []
    for radio in radios:
        value = radio.get_attribute("value")
        label = radio.find_element(By.XPATH, "..").text
        radio.click()
        shown = browser.js(VISIBLE_CARDS)
        want = int(re.search(r"\((\d+)\)", label).group(1))
        if len(shown) != want:
            problems.append(f"persona filter '{label}': {len(shown)} cards shown, want {want}")
        for keys in shown:
            matches = value == "*" or (value in keys.split() if value else keys == "")
            if not matches:
                problems.append(f"persona filter '{label}' shows a card for '{keys}'")
    return problems, [f"{len(radios)} persona choices"]
