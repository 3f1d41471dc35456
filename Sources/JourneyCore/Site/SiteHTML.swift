/// Markup the site model writes itself for the parts of pages that repeat most (grid
/// cells, catalog rows, matrix cells, report rows), every text escaped here.
///
/// Rendering these through a template costs a dozen dynamic lookups per value, and
/// they are most of a large site's markup: made in Swift they cost a string append.
/// Templates place them with `{{{...HTML}}}` and keep the page structure.
public struct SiteHTML {
    public private(set) var html = ""

    public init() {}

    /// Markup as is (only literals of this file and escaped values).
    mutating func raw(_ markup: String) { html += markup }

    /// `text` escaped for HTML text and quoted attribute values.
    mutating func text(_ text: String) { html += HTMLText.escape(text) }

    /// `<a href="...">text</a>`, or the text alone without a link.
    mutating func link(_ text: String, href: String?) {
        guard let href else { return self.text(text) }
        html += "<a href=\"" + HTMLText.escape(href) + "\">" + HTMLText.escape(text) + "</a>"
    }

    /// Links separated by commas, each with its note: `a, b <span class="note">no effort</span>`.
    mutating func inlineList(_ items: [CellItem]) {
        for (n, item) in items.enumerated() {
            if n > 0 { html += ", " }
            link(item.text, href: item.href)
            if let note = item.note { html += " <span class=\"note\">" + HTMLText.escape(note) + "</span>" }
        }
    }

    /// `inlineList` as a string, or `null` for no items (the template's section then shows nothing).
    static func inlineList(_ items: [CellItem]) -> SiteValue {
        guard !items.isEmpty else { return .null }
        var html = SiteHTML()
        html.inlineList(items)
        return .html(html.html)
    }

    /// A grid cell: `<td>` with a list of items, empty when there are none.
    mutating func cell(_ items: [CellItem], colspan: Int? = nil) {
        html += colspan.map { "<td colspan=\"\($0)\">" } ?? "<td>"
        if !items.isEmpty {
            html += "<ul class=\"items\">"
            for item in items {
                html += item.cls.map { "<li class=\"" + HTMLText.escape($0) + "\">" } ?? "<li>"
                link(item.text, href: item.href)
                if let note = item.note { html += " <span class=\"note\">" + HTMLText.escape(note) + "</span>" }
                html += "</li>"
            }
            html += "</ul>"
        }
        html += "</td>"
    }
}

/// One entry of a grid cell: text, optionally a link, a CSS class and a note.
public struct CellItem: Sendable, Equatable {
    public var text: String
    public var href: String?
    public var cls: String?
    public var note: String?

    public init(_ text: String, href: String? = nil, cls: String? = nil, note: String? = nil) {
        self.text = text
        self.href = href
        self.cls = cls
        self.note = note
    }
}
