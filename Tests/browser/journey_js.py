"""JavaScript run in a journey page by journey_checks.py; each returns JSON-able values.

The page's stable hooks: [data-summary], [data-journey-grid] (the map's scroll
container), [data-lane=NAME] rows, th[data-touchpoint=ID] column headings, the emotion
lane's points [data-touchpoint=ID], svg[data-chart=NAME] with one [data-id=ID] per item.
"""

# Where the first map starts on the page, in page coordinates.
MAP_TOP = r"""
var grid = document.querySelector("[data-journey-grid]");
if (!grid) return null;
return Math.round(grid.getBoundingClientRect().top + window.scrollY);
"""

# Opens the details lanes (a taller map), brings the map to the top of the window and
# scrolls it arguments[0] px sideways and arguments[1] px down inside its frame.
SCROLL_MAP = r"""
var grid = document.querySelector("[data-journey-grid]");
var toggle = document.querySelector(".details-toggle");
if (toggle && !toggle.checked) toggle.click();
window.scrollTo(0, grid.getBoundingClientRect().top + window.scrollY);
grid.scrollLeft = arguments[0];
grid.scrollTop = arguments[1];
return {left: grid.scrollLeft, top: grid.scrollTop,
        maxLeft: grid.scrollWidth - grid.clientWidth, maxTop: grid.scrollHeight - grid.clientHeight};
"""

# After SCROLL_MAP: the cell at a point well inside the visible part of the map, and
# whether its lane name and its touchpoint heading are on screen and uncovered there.
STICKY = r"""
var grid = document.querySelector("[data-journey-grid]");
var r = grid.getBoundingClientRect();
var view = {left: Math.max(r.left, 0), top: Math.max(r.top, 0),
            right: Math.min(r.left + grid.clientWidth, innerWidth), bottom: Math.min(r.top + grid.clientHeight, innerHeight)};
var x = view.left + (view.right - view.left) * 0.62, y = view.top + (view.bottom - view.top) * 0.72;
var hit = document.elementFromPoint(x, y);
var td = hit && hit.closest("td");
if (!td || !grid.contains(td)) return {problem: "no map cell at (" + Math.round(x) + ", " + Math.round(y) + "): " + (hit ? hit.tagName : "nothing")};
var lane = td.parentElement.querySelector("th[scope=row]");
var heads = Array.prototype.slice.call(grid.querySelectorAll("thead .tp-head"));
var head = heads.filter(function (h) { var b = h.getBoundingClientRect(); return b.left <= x && x <= b.right; })[0];
function uncovered(el) {
  if (!el) return "missing";
  var b = el.getBoundingClientRect();
  var left = Math.max(b.left, view.left), right = Math.min(b.right, view.right);
  var top = Math.max(b.top, view.top), bottom = Math.min(b.bottom, view.bottom);
  if (left + 2 >= right || top + 2 >= bottom) return "out of view";
  var at = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
  return at && (at === el || el.contains(at)) ? "" : "covered by " + (at ? at.tagName + "." + at.className : "nothing");
}
var cell = td.getBoundingClientRect(), column = head ? head.getBoundingClientRect() : null;
return {
  lane: lane ? lane.textContent.trim() : null, laneState: uncovered(lane),
  head: head ? head.textContent.trim() : null, headState: uncovered(head),
  sameColumn: !!column && td.colSpan === 1 ? Math.abs(cell.left - column.left) < 2 && Math.abs(cell.right - column.right) < 2 : true,
  laneName: td.parentElement.getAttribute("data-lane")
};
"""

# Each emotion point against its column heading: [id, horizontal offset of the centres].
EMOTION_OFFSETS = r"""
var out = [];
document.querySelectorAll('[data-lane="emotion"] [data-touchpoint]').forEach(function (p) {
  var id = p.getAttribute("data-touchpoint");
  var head = document.querySelector('thead th[data-touchpoint="' + CSS.escape(id) + '"]');
  var a = p.getBoundingClientRect();
  if (a.width === 0) return;  // in a folded stage
  if (!head) { out.push([id, null]); return; }
  var b = head.getBoundingClientRect();
  out.push([id, (a.left + a.right) / 2 - (b.left + b.right) / 2]);
});
return out;
"""

# Every chart's items: {chart: {id: [centre x, centre y, width, height]}}.
CHART_MARKS = r"""
var out = {};
document.querySelectorAll("svg[data-chart]").forEach(function (svg) {
  var marks = {};
  svg.querySelectorAll("[data-id]").forEach(function (m) {
    var shape = m.querySelector("circle, rect") || m;
    var b = shape.getBoundingClientRect();
    marks[m.getAttribute("data-id")] = [(b.left + b.right) / 2, (b.top + b.bottom) / 2, b.width, b.height];
  });
  out[svg.getAttribute("data-chart")] = marks;
});
return out;
"""

# The lanes drawn, by their data-lane names.
LANES = r"""
var names = {};
document.querySelectorAll("[data-lane]").forEach(function (row) { names[row.getAttribute("data-lane")] = true; });
return Object.keys(names);
"""

# At a phone's width: the page's overflow and the share of the width the lane names take.
PHONE = r"""
var lane = document.querySelector("[data-journey-grid] tbody th[scope=row]");
return {viewport: document.documentElement.clientWidth, page: document.documentElement.scrollWidth,
        body: document.body.scrollWidth, lane: lane ? lane.getBoundingClientRect().width : 0};
"""

# The flow diagram as shown: its width against its frame, and the size its node text
# is drawn at (Graphviz's font-size times the drawing's scale).
FLOW = r"""
var svg = document.querySelector("svg.flow-diagram");
if (!svg) return null;
var box = svg.viewBox.baseVal, shown = svg.getBoundingClientRect();
var scale = box && box.width ? shown.width / box.width : 1;
var sizes = Array.prototype.map.call(svg.querySelectorAll(".node text"), function (t) {
  return parseFloat(t.getAttribute("font-size") || "14");
});
var frame = svg.parentElement;
return {width: shown.width, frame: frame.clientWidth, scale: scale,
        smallest: sizes.length ? Math.min.apply(null, sizes.filter(function (s) { return s >= 11; })) * scale : null};
"""

# The words a reader sees, for comparing with the words of the printed PDF.
SOURCE_TEXT = r"""
var parts = [document.body.innerText];
document.querySelectorAll("svg text").forEach(function (t) { parts.push(t.textContent); });
return parts.join("\n");
"""
