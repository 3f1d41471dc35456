/* journeymap site script: search, and sorting and filtering of the tactic catalog.
   Every page works without it; it only enhances. No inline handlers (the pages'
   Content-Security-Policy forbids them): everything is wired here. */
(function () {
  "use strict";
  var root = document.documentElement.getAttribute("data-root") || "";

  /* ---- Search: the index is a script assigning a global, so it loads from file:// too. */
  function setUpSearch() {
    var form = document.querySelector("form.search");
    if (!form) return;
    var input = form.querySelector("input[type=search]");
    var list = form.querySelector(".search-results");
    var status = form.querySelector(".search-status");
    var loading = false;
    form.hidden = false;
    form.addEventListener("submit", function (e) { e.preventDefault(); });

    function index() { return window.JOURNEYMAP_SEARCH; }
    function load(then) {
      if (index()) { then(); return; }
      if (loading) return;
      loading = true;
      var s = document.createElement("script");
      s.src = root + "assets/search-index.js";
      s.addEventListener("load", function () { loading = false; then(); });
      s.addEventListener("error", function () { loading = false; status.textContent = "The search index could not be loaded."; });
      document.head.appendChild(s);
    }
    function clear() { while (list.firstChild) list.removeChild(list.firstChild); }

    /* What each text of an entry is, by its first character (SearchIndex.Field). */
    var fields = {a: "Action", t: "Thought", p: "Pain", o: "Opportunity", g: "Goal", n: "Notes", i: "Intent",
      s: "Signal", r: "Trigger", c: "Content", b: "Fallback", e: "Need", f: "Frustration", h: "Basis"};
    /* An element of a journey names the journey's entry by its number: its context is
       that entry's title, its link that entry's page and the element's anchor. */
    function context(entries, e) { return typeof e[2] === "number" ? entries[e[2]][1] : e[2]; }
    function href(entries, e) { return typeof e[2] === "number" ? entries[e[2]][3] + "#" + e[3] : e[3]; }
    /* Lower-cased haystacks, made once: [title, title + context + keywords, texts]. */
    var lowered = null;
    function haystacks(entries) {
      if (lowered && lowered.length === entries.length) return lowered;
      lowered = entries.map(function (e) {
        var texts = (e[5] || []).map(function (t) { return t.slice(1).toLowerCase(); });
        return [e[1].toLowerCase(), (e[0] + " " + e[1] + " " + context(entries, e) + " " + e[4]).toLowerCase(), texts];
      });
      return lowered;
    }
    /* Whether every term is somewhere in the entry: 0 title, 1 keywords, 2 texts, -1 not found. */
    function matchLevel(hay, terms) {
      var level = 0;
      for (var t = 0; t < terms.length; t++) {
        var term = terms[t];
        if (hay[0].indexOf(term) >= 0) continue;
        if (hay[1].indexOf(term) >= 0) { level = Math.max(level, 1); continue; }
        var found = false;
        for (var k = 0; k < hay[2].length && !found; k++) found = hay[2][k].indexOf(term) >= 0;
        if (!found) return -1;
        level = 2;
      }
      return level;
    }
    /* The first text holding a term the title and keywords do not: [label, text, term]. */
    function matchedText(entry, hay, terms) {
      for (var t = 0; t < terms.length; t++) {
        if (hay[1].indexOf(terms[t]) >= 0) continue;
        for (var k = 0; k < hay[2].length; k++) {
          if (hay[2][k].indexOf(terms[t]) >= 0) return [fields[entry[5][k].charAt(0)] || "", entry[5][k].slice(1), terms[t]];
        }
      }
      return null;
    }
    /* `text` around its first `term`, the term in a <mark>. */
    function snippet(parent, text, term) {
      var at = text.toLowerCase().indexOf(term);
      if (at < 0) { parent.appendChild(document.createTextNode(text.slice(0, 120))); return; }
      var start = Math.max(0, at - 60), end = Math.min(text.length, at + term.length + 60);
      var before = (start > 0 ? "\u2026" : "") + text.slice(start, at);
      var after = text.slice(at + term.length, end) + (end < text.length ? "\u2026" : "");
      parent.appendChild(document.createTextNode(before));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(at, at + term.length);
      parent.appendChild(mark);
      parent.appendChild(document.createTextNode(after));
    }
    function run() {
      var query = input.value.trim().toLowerCase();
      clear();
      if (!query) { status.textContent = ""; return; }
      var terms = query.split(/\s+/);
      var hits = [];
      var entries = index() || [];
      var hays = haystacks(entries);
      for (var i = 0; i < entries.length; i++) {
        var level = matchLevel(hays[i], terms);
        if (level < 0) continue;
        var title = hays[i][0];
        var score = title.indexOf(query) === 0 ? 0 : title.indexOf(query) > 0 ? 1 : 1 + level;
        hits.push([score, i]);
      }
      hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
      var shown = hits.slice(0, 40);
      for (var h = 0; h < shown.length; h++) {
        var entry = entries[shown[h][1]];
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = root + href(entries, entry);
        var kind = document.createElement("span");
        kind.className = "kind";
        kind.textContent = entry[0];
        a.appendChild(kind);
        a.appendChild(document.createTextNode(entry[1]));
        var where = context(entries, entry);
        if (where) {
          var place = document.createElement("span");
          place.className = "context";
          place.textContent = where;
          a.appendChild(place);
        }
        var match = matchedText(entry, hays[shown[h][1]], terms);
        if (match) {
          var line = document.createElement("span");
          line.className = "context match";
          var label = document.createElement("span");
          label.className = "field";
          label.textContent = match[0] + ": ";
          line.appendChild(label);
          snippet(line, match[1], match[2]);
          a.appendChild(line);
        }
        li.appendChild(a);
        list.appendChild(li);
      }
      status.textContent = hits.length === 0 ? "No results." :
        hits.length + (hits.length === 1 ? " result" : " results") + (hits.length > shown.length ? ", first " + shown.length + " shown." : ".");
    }
    input.addEventListener("focus", function () { load(function () {}); });
    input.addEventListener("input", function () { load(run); });
    input.addEventListener("keydown", function (e) {
      if (e.key === "Escape") { input.value = ""; clear(); status.textContent = ""; }
      if (e.key === "ArrowDown" && list.firstChild) { e.preventDefault(); list.firstChild.firstChild.focus(); }
    });
    list.addEventListener("keydown", function (e) {
      var item = document.activeElement && document.activeElement.parentNode;
      if (!item || item.parentNode !== list) return;
      if (e.key === "ArrowDown" && item.nextSibling) { e.preventDefault(); item.nextSibling.firstChild.focus(); }
      if (e.key === "ArrowUp") { e.preventDefault(); if (item.previousSibling) item.previousSibling.firstChild.focus(); else input.focus(); }
      if (e.key === "Escape") { input.focus(); }
    });
  }

  /* ---- Catalog: in-page sorting by any marked column, filtering by the filter links. */
  function setUpCatalog() {
    var table = document.querySelector("table.catalog");
    if (!table) return;
    var body = table.tBodies[0];
    var headers = table.tHead.rows[0].cells;

    function key(row, column, kind) {
      if (kind === "ice") return row.getAttribute("data-ice") || "";
      var text = row.cells[column].textContent.trim();
      if (kind === "number") { var n = parseFloat(text.replace(/,/g, "")); return isNaN(n) ? -Infinity : n; }
      return text.toLowerCase();
    }
    function sortBy(column, kind, descending) {
      var rows = Array.prototype.slice.call(body.rows);
      rows.forEach(function (r, i) { r.originalIndex = i; });
      rows.sort(function (a, b) {
        var x = key(a, column, kind), y = key(b, column, kind);
        if (kind === "ice") { if (x === "" && y !== "") return 1; if (y === "" && x !== "") return -1; }
        var c = x < y ? -1 : x > y ? 1 : 0;
        return (descending ? -c : c) || a.originalIndex - b.originalIndex;
      });
      rows.forEach(function (r) { body.appendChild(r); });
      for (var i = 0; i < headers.length; i++) headers[i].removeAttribute("aria-sort");
      headers[column].setAttribute("aria-sort", descending ? "descending" : "ascending");
    }
    Array.prototype.forEach.call(headers, function (th, column) {
      var kind = th.getAttribute("data-sort");
      if (!kind) return;
      var button = document.createElement("button");
      button.type = "button";
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener("click", function () {
        var descending = th.getAttribute("aria-sort") === "ascending" || (!th.getAttribute("aria-sort") && kind !== "text");
        sortBy(column, kind, descending);
      });
    });

    var tools = document.querySelector(".catalog-tools");
    var links = document.querySelectorAll(".filters a[data-filter]");
    // The selects combine filters over the whole catalog. A page of one filter
    // (tactics/channel-web.html) holds only its rows: there its links do the work.
    if (!tools || links.length === 0 || document.querySelector(".filters a[data-filter][aria-current]")) return;
    var selects = {};
    Array.prototype.forEach.call(links, function (a) {
      var dimension = a.getAttribute("data-filter");
      if (!selects[dimension]) {
        var label = document.createElement("label");
        label.textContent = dimension.charAt(0).toUpperCase() + dimension.slice(1);
        var select = document.createElement("select");
        var any = document.createElement("option");
        any.value = "*";
        any.textContent = "any";
        select.appendChild(any);
        select.addEventListener("change", apply);
        label.appendChild(select);
        tools.appendChild(label);
        selects[dimension] = select;
      }
      var option = document.createElement("option");
      option.value = a.getAttribute("data-value");
      option.textContent = a.textContent;
      selects[dimension].appendChild(option);
    });
    var count = document.createElement("p");
    count.setAttribute("aria-live", "polite");
    tools.appendChild(count);
    tools.hidden = false;
    // The boxes replace the links: the filters show once.
    document.querySelector("nav.filters").hidden = true;
    var marks = document.querySelectorAll("svg[data-chart=portfolio] .mark[data-id]");

    function apply() {
      var shown = 0, kept = {};
      Array.prototype.forEach.call(body.rows, function (row) {
        var visible = true;
        for (var dimension in selects) {
          var wanted = selects[dimension].value;
          if (wanted === "*") continue;
          var values = row.getAttribute("data-" + dimension) || "";
          var list = values === "" ? [] : values.split("|");
          if (wanted === "" ? list.length !== 0 : list.indexOf(wanted) < 0) { visible = false; break; }
        }
        row.hidden = !visible;
        if (visible) { shown++; kept[row.getAttribute("data-id")] = true; }
      });
      // The portfolio dims the tactics the boxes filter out.
      Array.prototype.forEach.call(marks, function (mark) {
        mark.classList.toggle("dimmed", !kept[mark.getAttribute("data-id")]);
      });
      count.textContent = shown + (shown === 1 ? " tactic shown" : " tactics shown");
    }
    apply();
  }

  /* ---- Index: the journey cards filtered by persona. The cards show without it. */
  function setUpPersonaFilter() {
    var box = document.querySelector("fieldset.persona-filter");
    if (!box) return;
    var cards = document.querySelectorAll(".journey-card[data-personas]");
    var status = box.querySelector(".filter-status");
    function apply() {
      var checked = box.querySelector("input:checked");
      var wanted = checked ? checked.value : "*";
      var shown = 0;
      Array.prototype.forEach.call(cards, function (card) {
        var keys = card.getAttribute("data-personas");
        var visible = wanted === "*" || (wanted === "" ? keys === "" : keys.split(" ").indexOf(wanted) >= 0);
        card.hidden = !visible;
        if (visible) shown++;
      });
      status.textContent = shown + (shown === 1 ? " journey shown" : " journeys shown");
    }
    box.addEventListener("change", apply);
    box.hidden = false;
    apply();
  }

  function start() { setUpSearch(); setUpCatalog(); setUpPersonaFilter(); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
