"""JavaScript run in each page by page_checks.py; each returns JSON-able values."""

# Shared helper: a short CSS-like path naming an element in a report.
SELECTOR = r"""
function selectorOf(el) {
  var parts = [];
  for (var e = el; e && e.nodeType === 1 && parts.length < 4; e = e.parentElement) {
    var s = e.tagName.toLowerCase();
    if (e.id) { parts.unshift(s + "#" + e.id); break; }
    if (e.classList && e.classList.length) s += "." + Array.prototype.join.call(e.classList, ".");
    parts.unshift(s);
  }
  return parts.join(" > ");
}
"""

# Landmarks, headings in order, one h1, a text alternative on every SVG.
STRUCTURE = SELECTOR + r"""
var problems = [];
var mains = document.querySelectorAll("main, [role=main]");
if (mains.length !== 1) problems.push(mains.length + " main landmarks (want exactly 1)");
["header", "footer"].forEach(function (tag) {
  var top = Array.prototype.filter.call(document.querySelectorAll(tag), function (e) {
    return !e.closest("main, article, aside, nav, section"); });
  if (top.length !== 1) problems.push(top.length + " page-level <" + tag + "> landmarks (want 1)");
});
var headings = document.querySelectorAll("h1, h2, h3, h4, h5, h6");
var h1s = document.querySelectorAll("h1").length;
if (h1s !== 1) problems.push(h1s + " <h1> elements (want exactly 1)");
var previous = 0, previousText = "";
Array.prototype.forEach.call(headings, function (h) {
  var level = +h.tagName.charAt(1), text = h.textContent.trim().slice(0, 60);
  if (previous === 0 && level !== 1) problems.push("first heading is <h" + level + "> '" + text + "', not <h1>");
  if (previous && level > previous + 1)
    problems.push("heading level skipped: <h" + previous + "> '" + previousText + "' then <h" + level + "> '" + text + "' (" + selectorOf(h) + ")");
  previous = level; previousText = text;
});
Array.prototype.forEach.call(document.querySelectorAll("svg"), function (svg) {
  if (svg.parentElement && svg.parentElement.closest("svg")) return;  // nested: its outer svg answers
  if (svg.closest("[aria-hidden=true]")) return;                      // decorative, hidden from AT
  var name = (svg.getAttribute("aria-label") || "").trim();
  var ids = (svg.getAttribute("aria-labelledby") || "").trim();
  if (ids) {
    ids.split(/\s+/).forEach(function (id) {
      var target = document.getElementById(id);
      if (!target) problems.push("svg " + selectorOf(svg) + ": aria-labelledby names missing id '" + id + "'");
      else name += " " + target.textContent.trim();
    });
  }
  var title = svg.querySelector(":scope > title");
  if (title) name += " " + title.textContent.trim();
  if (!name.trim()) problems.push("svg " + selectorOf(svg) + " has no text alternative (aria-label, aria-labelledby or <title>)");
});
return problems;
"""

# Every URL-valued attribute of the live DOM: [tag, attribute, value]; and every id.
REFERENCES = r"""
var refs = [], ids = [];
var XLINK = "http://www.w3.org/1999/xlink";
Array.prototype.forEach.call(document.querySelectorAll("*"), function (el) {
  var tag = el.tagName.toLowerCase();
  if (el.id) ids.push(el.id);
  if (tag === "a" && el.getAttribute("name")) ids.push(el.getAttribute("name"));
  ["href", "src", "action", "data", "poster", "formaction", "cite"].forEach(function (a) {
    if (el.hasAttribute(a)) refs.push([tag, a, el.getAttribute(a)]);
  });
  var x = el.getAttributeNS(XLINK, "href");
  if (x !== null) refs.push([tag, "xlink:href", x]);
  ["srcset", "imagesrcset"].forEach(function (a) {
    if (el.hasAttribute(a)) el.getAttribute(a).split(",").forEach(function (c) {
      var u = c.trim().split(/\s+/)[0]; if (u) refs.push([tag, a, u]); });
  });
});
return [refs, ids];
"""

# The page's colours under the current emulated colour scheme.
COLOURS = r"""
var b = getComputedStyle(document.body), h = getComputedStyle(document.documentElement);
return {body: b.backgroundColor, html: h.backgroundColor, text: b.color};
"""

# Horizontal overflow of the page at the current viewport, with the elements causing it:
# those reaching past the right edge whose parent does not, outside any scroll container.
OVERFLOW = SELECTOR + r"""
var vw = document.documentElement.clientWidth;
var result = {viewport: vw, scrollWidth: document.documentElement.scrollWidth,
              bodyScrollWidth: document.body.scrollWidth, offenders: []};
if (result.scrollWidth <= vw + 1 && result.bodyScrollWidth <= vw + 1) return result;
function inScroller(el) {
  for (var p = el.parentElement; p && p !== document.body; p = p.parentElement)
    if (getComputedStyle(p).overflowX !== "visible") return true;
  return false;
}
Array.prototype.forEach.call(document.body.querySelectorAll("*"), function (el) {
  var r = el.getBoundingClientRect();
  if (r.width === 0 || r.right <= vw + 1) return;
  var parent = el.parentElement;
  if (parent && parent !== document.body && parent.getBoundingClientRect().right > vw + 1) return;
  if (inScroller(el)) return;
  result.offenders.push(selectorOf(el) + " (right edge " + Math.round(r.right) + " px)");
});
return result;
"""

# Computed styles that a print stylesheet would typically change.
STYLE_SIGNATURE = r"""
var picks = ["body", "header", "nav", "footer", "main", "form", "a", ".scroll", "h1", "h2", "table", "svg"];
var out = {};
picks.forEach(function (sel) {
  var el = document.querySelector(sel);
  if (!el) return;
  var s = getComputedStyle(el);
  out[sel] = [s.display, s.color, s.backgroundColor, s.fontSize, s.overflowX, s.maxWidth, s.width,
              s.breakInside, s.pageBreakInside, s.textDecorationLine, s.boxShadow, s.borderTopWidth].join("|");
});
return out;
"""

# Best effort: whether a readable stylesheet holds @media print (file:// may hide rules).
HAS_PRINT_RULES = r"""
function scan(rules) {
  for (var i = 0; i < rules.length; i++) {
    var r = rules[i];
    if (r.media && /\bprint\b/.test(r.media.mediaText)) return true;
    if (r.cssRules && scan(r.cssRules)) return true;
  }
  return false;
}
var found = false, unreadable = 0;
Array.prototype.forEach.call(document.styleSheets, function (sheet) {
  if (sheet.media && /\bprint\b/.test(sheet.media.mediaText)) found = true;
  try { if (scan(sheet.cssRules)) found = true; } catch (e) { unreadable++; }
});
return {found: found, unreadable: unreadable};
"""

# The width of the journey grid and of the page, or null on a page without a grid.
GRID_WIDTH = r"""
var grid = document.querySelector(".journey-grid");
if (!grid) return null;
return {grid: Math.ceil(grid.getBoundingClientRect().width), page: document.documentElement.clientWidth};
"""

AXE_RUN = r"""
var done = arguments[arguments.length - 1];
if (!window.axe) { done({error: "axe-core did not load into the page"}); return; }
axe.run(document, arguments[0]).then(
  function (r) { done({version: axe.version, violations: r.violations}); },
  function (e) { done({error: String(e)}); });
"""
