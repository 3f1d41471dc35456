"""Checks of the site as a whole: search from file://, the catalog's filters, the stylesheets, the
screenshot."""
import glob
import os
import re
import shutil
import time
import urllib.parse

from selenium.webdriver.common.by import By

SEARCH_INPUT = "form[role=search] input[type=search], input[type=search]"
SEARCH_LINKS = "form[role=search] a, .search-results a"
ABSOLUTE_IN_CSS = re.compile(r"""(?:url\(\s*['"]?|@import\s+['"])\s*((?:https?:)?//[^'")\s]+)""", re.I)


def touchpoint_title(browser, journey_page):
    """A touchpoint title read from a journey page's grid: the column headings."""
    browser.open(journey_page)
    return browser.js("""
        var th = document.querySelector("th.tp-head, thead th[scope=col]");
        if (!th) return null;
        for (var n = th.firstChild; n; n = n.nextSibling)
          if (n.nodeType === 3 && n.textContent.trim()) return n.textContent.trim();
        return th.textContent.trim();""")


def search(browser, root, page, query):
    """Type `query` into the search box of `page`; a result link must name it and lead to it."""
    browser.open(page)
    fields = [f for f in browser.driver.find_elements(By.CSS_SELECTOR, SEARCH_INPUT) if f.is_displayed()]
    if not fields:
        return ["no visible search input (the script shows the form; did it run?)"], []
    fields[0].click()
    fields[0].send_keys(query)
    hits, deadline = [], time.time() + 10
    while time.time() < deadline:
        hits = [a for a in browser.driver.find_elements(By.CSS_SELECTOR, SEARCH_LINKS)
                if query.lower() in a.text.lower()]
        if hits:
            break
        time.sleep(0.1)
    if not hits:
        status = browser.js("var s = document.getElementById('search-status'); return s ? s.textContent : '';")
        return [f"typed '{query}': no result link naming it after 10 s (status: '{status}')"], []
    href = hits[0].get_attribute("href")
    url = urllib.parse.urlsplit(href)
    target = urllib.parse.unquote(url.path)
    if url.scheme != "file" or not os.path.isfile(target):
        return [f"result '{hits[0].text}' links to {href}, which is not a file of the site"], []
    hits[0].click()
    deadline = time.time() + 10
    while urllib.parse.unquote(urllib.parse.urlsplit(browser.driver.current_url).path) != target:
        if time.time() > deadline:
            return [f"clicking result '{hits[0].text}' did not open {href}"], []
        time.sleep(0.1)
    fragment = urllib.parse.unquote(url.fragment)
    if fragment and not browser.js("return !!document.getElementById(arguments[0]);", fragment):
        return [f"result {href} opened, but the page has no element with id '{fragment}'"], []
    return [], [f"'{query}' -> {os.path.relpath(target, root)}{'#' + fragment if fragment else ''}"]


CATALOG_STATE = r"""
var tools = document.querySelector(".catalog-tools");
var rows = document.querySelectorAll("table.catalog tbody tr");
return {
  selects: tools ? tools.querySelectorAll("select").length : 0,
  shown: Array.prototype.filter.call(rows, function (r) { return !r.hidden; }).length,
  rows: rows.length
};
"""


def catalog(browser, root):
    """On the whole catalog the script adds filter boxes, and choosing a value shows as
    many tactics as that value's own page lists; a page of one value keeps its links and
    gets no boxes (they would filter only its rows)."""
    index = os.path.join(root, "tactics", "index.html")
    if not os.path.isfile(index):
        return ["no tactics/index.html"], []
    browser.open(index)
    state = browser.js(CATALOG_STATE)
    if state["selects"] == 0:
        return ["tactics/index.html: the script added no filter boxes"], []
    link = browser.driver.find_elements(By.CSS_SELECTOR, ".filters a[data-filter]")[0]
    dimension, value = link.get_attribute("data-filter"), link.get_attribute("data-value")
    page = urllib.parse.unquote(urllib.parse.urlsplit(link.get_attribute("href")).path)
    select = browser.driver.find_element(By.CSS_SELECTOR, ".catalog-tools select")
    browser.js("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", select, value)
    shown = browser.js(CATALOG_STATE)["shown"]
    browser.open(page)
    own = browser.js(CATALOG_STATE)
    problems = []
    if shown != own["rows"]:
        problems.append(f"tactics/index.html filtered to {dimension} '{value}' shows {shown} tactics; "
                        f"{os.path.relpath(page, root)} lists {own['rows']}")
    if own["selects"]:
        problems.append(f"{os.path.relpath(page, root)}: the script added filter boxes to a page of one {dimension}")
    return problems, [f"{dimension} '{value}': {shown} tactics both ways"]


def map_paths(root, maps):
    """No file of the site holds the absolute path of the maps folder it was built from:
    pages, the report and the JSON exports name a map relative to that folder."""
    folder = os.path.realpath(maps)
    needles = {folder.encode(), os.path.abspath(maps).encode()}
    problems, files = [], 0
    for path in sorted(glob.glob(os.path.join(root, "**", "*"), recursive=True)):
        if not os.path.isfile(path):
            continue
        files += 1
        with open(path, "rb") as f:
            data = f.read()
        if any(n in data for n in needles):
            problems.append(f"{os.path.relpath(path, root)} holds {folder}")
    return problems, [f"{files} files, none holds {folder}"] if not problems else []


def stylesheets(root):
    """No stylesheet imports or loads anything (fonts, images) from the network."""
    problems = []
    for path in sorted(glob.glob(os.path.join(root, "**", "*.css"), recursive=True)):
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                for url in ABSOLUTE_IN_CSS.findall(line):
                    problems.append(f"{os.path.relpath(path, root)}:{number}: loads {url} from the network")
    return problems, []


def screenshot(browser, page, path, copy_to, max_height=0):
    """Full-page PNG of `page`, 1400 px wide, light scheme; copied to `copy_to` when given."""
    browser.color_scheme("light")
    browser.open(page)
    height = browser.screenshot(path, 1400, max_height)
    size = os.path.getsize(path)
    if height < 200 or size < 10_000:
        return [f"screenshot looks empty: {height} px tall, {size} bytes"], []
    notes = [f"{path}: 1400 x {height} px, {size // 1024} KiB"]
    if copy_to:
        os.makedirs(os.path.dirname(copy_to), exist_ok=True)
        shutil.copyfile(path, copy_to)
        notes.append(f"copied to {copy_to}")
    return [], notes
