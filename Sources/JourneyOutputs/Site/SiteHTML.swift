import JourneyCore

/// Markup the site model writes itself for the parts of pages that repeat most (grid
/// cells, catalog rows, matrix cells, report rows), every text escaped here.
///
/// Rendering these through a template costs a dozen dynamic lookups per value, and
/// they are most of a large site's markup: made in Swift they cost a string append.
/// Templates place them with `{{{...HTML}}}` and keep the page structure.
public struct SiteHTML {
    /// The markup as UTF-8: appending bytes costs less than appending to a `String`.
    private var bytes: [UInt8] = []

    public init() {}

    /// The markup written so far.
    public var html: String { String(decoding: bytes, as: UTF8.self) }

    /// Markup as is (only literals of this file and escaped values).
    mutating func raw(_ markup: String) { bytes.append(contentsOf: markup.utf8) }

    /// `text` escaped for HTML text and quoted attribute values.
    mutating func text(_ text: String) { HTMLText.append(text, to: &bytes) }

    /// `<a href="...">text</a>`, or the text alone without a link.
    mutating func link(_ text: String, href: String?) {
        guard let href else { return self.text(text) }
        raw("<a href=\"")
        self.text(href)
        raw("\">")
        self.text(text)
        raw("</a>")
    }

    /// ` <span class="note">note</span>` after an item, when it has a note.
    mutating func note(_ note: String?) {
        guard let note else { return }
        raw(" <span class=\"note\">")
        text(note)
        raw("</span>")
    }

    /// Links separated by commas, each with its note: `a, b <span class="note">no effort</span>`.
    mutating func inlineList(_ items: [CellItem]) {
        for (n, item) in items.enumerated() {
            if n > 0 { raw(", ") }
            link(item.text, href: item.href)
            note(item.note)
        }
    }

    /// `inlineList` as a string, or `null` for no items (the template's section then shows nothing).
    static func inlineList(_ items: [CellItem]) -> SiteValue {
        guard !items.isEmpty else { return .null }
        var html = SiteHTML()
        html.inlineList(items)
        return .html(html.html)
    }

    /// A table row headed by `name` (a literal, not escaped), cells by `cells`.
    mutating func row(_ name: String, _ cells: (inout SiteHTML) -> Void) {
        raw("<tr><th scope=\"row\">")
        raw(name)
        raw("</th>")
        cells(&self)
        raw("</tr>\n")
    }

    /// A grid cell: `<td>` with a list of items, empty when there are none.
    mutating func cell(_ items: [CellItem], colspan: Int? = nil) {
        if let colspan {
            raw("<td colspan=\"")
            raw(String(colspan))
            raw("\">")
        } else {
            raw("<td>")
        }
        if !items.isEmpty {
            raw("<ul class=\"items\">")
            for item in items { listItem(item) }
            raw("</ul>")
        }
        raw("</td>")
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
