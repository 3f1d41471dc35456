import JourneyCore

/// Markup shared by the charts the site draws itself (scatter, Pareto, sparkline).
///
/// Charts are inline SVG with a `viewBox` and no width or height, so they scale with
/// the page; colours come from CSS classes (the pages' Content-Security-Policy allows no
/// inline styles), so both colour schemes apply. Every map text is escaped.
struct ChartSVG {
    var out = SiteHTML()

    /// `<svg ...>` with a `<title>` and `<desc>` naming it; `data-chart` is the stable
    /// hook tests and scripts find it by. Links inside stay reachable: the root is a
    /// named group, not an image.
    init(chart: String, cls: String, width: Double, height: Double, idPrefix: String, title: String, desc: String) {
        let titleID = idPrefix + "-title", descID = idPrefix + "-desc"
        out.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart ")
        out.text(cls)
        out.raw("\" data-chart=\"")
        out.text(chart)
        out.raw("\" viewBox=\"0 0 " + Self.num(width) + " " + Self.num(height) + "\" role=\"group\" aria-labelledby=\"")
        out.text(titleID + " " + descID)
        out.raw("\"><title id=\"")
        out.text(titleID)
        out.raw("\">")
        out.text(title)
        out.raw("</title><desc id=\"")
        out.text(descID)
        out.raw("\">")
        out.text(desc)
        out.raw("</desc>")
    }

    mutating func raw(_ markup: String) { out.raw(markup) }
    mutating func text(_ text: String) { out.text(text) }

    /// `<text class=... x y [anchor]>text</text>`.
    mutating func label(_ text: String, x: Double, y: Double, cls: String, anchor: String? = nil, rotate: Double? = nil) {
        out.raw("<text class=\"" + cls + "\" x=\"" + Self.num(x) + "\" y=\"" + Self.num(y) + "\"")
        if let anchor { out.raw(" text-anchor=\"" + anchor + "\"") }
        if let rotate {
            out.raw(" transform=\"rotate(" + Self.num(rotate) + " " + Self.num(x) + " " + Self.num(y) + ")\"")
        }
        out.raw(">")
        out.text(text)
        out.raw("</text>")
    }

    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, cls: String) {
        out.raw("<line class=\"" + cls + "\" x1=\"" + Self.num(x1) + "\" y1=\"" + Self.num(y1) + "\" x2=\"" + Self.num(x2)
                + "\" y2=\"" + Self.num(y2) + "\"/>")
    }

    mutating func rect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, cls: String) {
        out.raw("<rect class=\"" + cls + "\" x=\"" + Self.num(x) + "\" y=\"" + Self.num(y) + "\" width=\"" + Self.num(max(w, 0))
                + "\" height=\"" + Self.num(max(h, 0)) + "\"/>")
    }

    /// An item of the chart: a link when it has a target (keyboard focus, a name read
    /// from its `<title>`), else a group with the same name. `data-id` is the item's id.
    mutating func openItem(id: String, href: String?, cls: String, name: String) {
        if let href {
            out.raw("<a href=\"")
            out.text(href)
            out.raw("\" ")
        } else {
            out.raw("<g ")
        }
        out.raw("class=\"")
        out.text(cls)
        out.raw("\" data-id=\"")
        out.text(id)
        out.raw("\"><title>")
        out.text(name)
        out.raw("</title>")
    }

    mutating func closeItem(href: String?) { out.raw(href == nil ? "</g>" : "</a>") }

    mutating func finish() -> String {
        out.raw("</svg>")
        return out.html
    }

    /// Coordinates with at most one decimal, no grouping: short and byte-stable.
    static func num(_ x: Double) -> String { SiteNumber.decimal(x, maxDecimals: 1, grouping: false) }

    /// `text` cut to `limit` characters with an ellipsis (the full text is in the title).
    static func clipped(_ text: String, to limit: Int) -> String {
        guard text.count > limit, limit > 1 else { return text }
        return String(text.prefix(limit - 1)) + "\u{2026}"
    }
}
